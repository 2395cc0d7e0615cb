"""A tool's JSON arguments as the typed method takes them: checked against the tool's input schema first (so an error
names the argument and its value before anything is sent), then converted to each argument's declared type (dates
from ISO strings, enums from their values, request bodies through the model's `from_dict`)."""

from __future__ import annotations

import datetime as dt
import enum
import json
import types
import typing
from collections.abc import Mapping
from typing import Any

from dateutil.parser import isoparse
from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

from .._exceptions import InvalidInputError
from ._catalog import Argument

__all__ = ["check_arguments", "convert_arguments", "to_declared"]

MAX_SHOWN = 200  # characters of a rejected value shown in an error


def _shown(value: object) -> object:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return value if len(text) <= MAX_SHOWN else f"{text[:MAX_SHOWN]}..."


def check_arguments(schema: Mapping[str, Any], arguments: Mapping[str, Any]) -> None:
    """Raise `InvalidInputError` naming the first argument (JSON path) the input schema rejects, and why."""
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    error = best_match(validator.iter_errors(dict(arguments)))
    if error is None:
        return
    where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path).lstrip(".")
    if error.validator == "additionalProperties":
        known = ", ".join(sorted(schema.get("properties", {}))) or "none"
        unknown = sorted(set(arguments) - set(schema.get("properties", {})))
        if unknown and not where:
            name = unknown[0]
            raise InvalidInputError(name, _shown(arguments[name]), f"no such argument; this tool takes: {known}")
    if error.validator == "required" and isinstance(error.validator_value, list):
        missing = [n for n in error.validator_value if isinstance(error.instance, dict) and n not in error.instance]
        name = ".".join(filter(None, [where, missing[0] if missing else ""]))
        raise InvalidInputError(name or "arguments", None, "is required (missing)")
    message = error.message if len(error.message) <= 2 * MAX_SHOWN else f"{error.message[: 2 * MAX_SHOWN]}..."
    raise InvalidInputError(where or "arguments", _shown(error.instance), message)


def _members(annotation: Any) -> list[Any]:
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return [m for m in typing.get_args(annotation) if m is not type(None) and m.__name__ != "Unset"]
    return [annotation]


def to_declared(name: str, value: Any, annotation: Any) -> Any:
    """`value` (JSON) as the declared type `annotation` of argument `name`; InvalidInputError when it is not one."""
    if value is None:
        return None
    members = _members(annotation)
    reasons: list[str] = []
    for member in members:
        try:
            return _one(name, value, member)
        except (InvalidInputError, ValueError, TypeError, KeyError, AttributeError) as error:
            reasons.append(error.reason if isinstance(error, InvalidInputError) else f"{type(error).__name__}: {error}")
    raise InvalidInputError(name, _shown(value), "; or ".join(reasons) or "has no declared type")


def _one(name: str, value: Any, declared: Any) -> Any:
    origin = typing.get_origin(declared)
    if origin is list:
        if not isinstance(value, list):
            raise InvalidInputError(name, value, "must be a list")
        (item,) = typing.get_args(declared)
        return [to_declared(f"{name}[{i}]", v, item) for i, v in enumerate(value)]
    if declared is bool:
        if not isinstance(value, bool):
            raise InvalidInputError(name, value, "must be true or false")
        return value
    if declared is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidInputError(name, value, "must be an integer")
        return value
    if declared is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise InvalidInputError(name, value, "must be a number")
        return float(value)
    if declared is str:
        if not isinstance(value, str):
            raise InvalidInputError(name, value, "must be a string")
        return value
    if declared is dt.datetime:
        if not isinstance(value, str):
            raise InvalidInputError(name, value, "must be an ISO 8601 date-time string")
        return isoparse(value)
    if declared is dt.date:
        if not isinstance(value, str):
            raise InvalidInputError(name, value, "must be an ISO date string (YYYY-MM-DD)")
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise InvalidInputError(name, value, "must be an ISO date (YYYY-MM-DD)") from None
    if isinstance(declared, type) and issubclass(declared, enum.Enum):
        try:
            return declared(value)
        except ValueError:
            known = ", ".join(repr(m.value) for m in declared)
            raise InvalidInputError(name, value, f"must be one of {known}") from None
    from_dict = getattr(declared, "from_dict", None)
    if callable(from_dict):
        if not isinstance(value, dict):
            raise InvalidInputError(name, value, f"must be an object ({declared.__name__})")
        return from_dict(value)
    raise InvalidInputError(name, value, f"cannot be given as {declared!r}")


def convert_arguments(arguments: tuple[Argument, ...], given: Mapping[str, Any]) -> dict[str, Any]:
    """The keyword arguments of the typed method for the tool's (checked) JSON arguments; omitted ones stay out, so
    the method's own defaults apply."""
    converted: dict[str, Any] = {}
    for argument in arguments:
        if argument.name not in given:
            continue
        value = given[argument.name]
        if argument.json_document and not isinstance(value, str):
            value = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
        converted[argument.name] = to_declared(argument.name, value, argument.annotation)
    return converted
