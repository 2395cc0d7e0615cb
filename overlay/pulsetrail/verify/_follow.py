"""Following IDs (`pulsetrail verify --follow`): which earlier answer gives the path values of an operation that
needs an ID, and how to take them out of it."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from typing import Any

from .._verify_spec import Operation, Parameter, Spec

__all__ = ["Answers", "fill", "items"]

#: operation ID -> [(the path values it was called with, its 2xx body)]
Answers = Mapping[str, list[tuple[dict[str, str], Any]]]
_Source = tuple[str, Callable[[Any], list[Any]]]

#: A360 stats path segment -> the `af_type` of the elements whose IDs it takes (from `get_flow`'s `flows[]`)
A360_ELEMENT_TYPES: dict[str, frozenset[str]] = {
    "main-trigger": frozenset({"maintrigger"}),
    "email": frozenset({"email"}),
    "push": frozenset({"push"}),
    "sms": frozenset({"sms"}),
    "messenger": frozenset({"messenger"}),
    "filter": frozenset({"filter"}),
    "trigger": frozenset({"trigger"}),
    "goal": frozenset({"goal"}),
    "action": frozenset({"action"}),
    "flow-operator": frozenset({"trigger", "goal", "action", "filter"}),
}
#: operations called for several IDs, not one: A360's get_flow for several flows, since one flow rarely has an
#: element of every type (whose statistics calls take the element IDs get_flow lists)
FAN_OUT = {"get_flow": 5}


def items(body: Any) -> list[Any] | None:
    """The list of items in a list answer: the answer itself, or its first list of objects (depth first, 3 deep)."""
    if isinstance(body, list):
        return body
    if isinstance(body, dict):
        for value in body.values():
            if isinstance(value, list) and (not value or isinstance(value[0], dict)):
                return value
        for value in body.values():
            found = items(value) if isinstance(value, dict) else None
            if found is not None:
                return found
    return None


def _id_keys(name: str) -> list[str]:
    snake = re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
    return [name, snake, "id", "Id", "ID"]


def _ids(body: Any, name: str) -> list[Any]:
    """The IDs of the items of a list answer, in order (the key named like the parameter, or `id`)."""
    found = []
    for item in items(body) or []:
        if not isinstance(item, dict):
            continue
        for key in _id_keys(name):
            value = item.get(key)
            if isinstance(value, int | str) and not isinstance(value, bool) and str(value).strip():
                found.append(value)
                break
    return found


def _elements(body: Any, af_types: frozenset[str]) -> list[Any]:
    """The element IDs of the types `af_types` in an A360 `get_flow` answer (`flows[]`)."""
    flows = body.get("flows") if isinstance(body, dict) else None
    return [
        element["id"]
        for element in (flows if isinstance(flows, list) else [])
        if isinstance(element, dict) and element.get("af_type") in af_types and element.get("id") is not None
    ]


def _conversion_goal(body: Any) -> list[Any]:
    """The goal element IDs in an A360 `get_flow_conversions` answer (`data.goals[].id`)."""
    data = body.get("data") if isinstance(body, dict) else None
    goals = data.get("goals") if isinstance(data, dict) else None
    return _ids(goals, "id") if isinstance(goals, list) else []


def _sources(spec: Spec, op: Operation, param: Parameter, filled: Mapping[str, str]) -> list[_Source]:
    sources: list[_Source] = []
    if spec.api == "a360":
        # element IDs are not in a sibling list: they are `flows[].id` of get_flow, by `af_type`
        match = re.match(r"^/a360/stats/([^/]+)/", op.path)
        if match and param.component == "ElementId" and match.group(1) in A360_ELEMENT_TYPES:
            kinds = A360_ELEMENT_TYPES[match.group(1)]
            return [("get_flow", lambda body: _elements(body, kinds))]
        if param.name == "goalId":
            return [
                ("get_flow", lambda body: _elements(body, frozenset({"goal"}))),
                ("get_flow_conversions", _conversion_goal),
            ]
    sibling = _sibling(spec, op.path, param.name, filled)
    if sibling is not None:
        sources.append((sibling, functools.partial(_ids, name=param.name)))
    if param.component is not None:
        for other in spec.operations:
            if other is op or not any(p.component == param.component for p in other.path_parameters):
                continue
            other_param = next(p for p in other.path_parameters if p.component == param.component)
            candidate = _sibling(spec, other.path, other_param.name, {})
            if candidate is not None:
                sources.append((candidate, functools.partial(_ids, name=param.name)))
                break
    noun = re.sub(r"(_id|Id|ID)$", "", param.name).lower()
    if noun and noun != param.name.lower():
        for other in spec.operations:
            last = other.path.rstrip("/").rsplit("/", 1)[-1].lower()
            if not other.path_parameters and last in (noun, noun + "s"):
                sources.append((other.operation_id, functools.partial(_ids, name=param.name)))
                break
    return sources


def _sibling(spec: Spec, path: str, name: str, filled: Mapping[str, str]) -> str | None:
    """The list operation next to `{name}` in `path`: at the path before it, or one static segment below."""
    prefix = path[: path.index("{" + name + "}")].rstrip("/")
    best: str | None = None
    for other in spec.operations:
        names = {p.name for p in other.path_parameters}
        if not names <= set(filled) or not other.path.startswith(prefix):
            continue
        rest = other.path[len(prefix) :]
        if rest == "":
            return other.operation_id
        if best is None and re.fullmatch(r"/[^/{}]+", rest):
            best = other.operation_id
    return best


def fill(spec: Spec, answers: Answers, op: Operation) -> list[dict[str, str]]:
    """The path values to call `op` with (one set, or several for a FAN_OUT operation); [] when unknown."""
    values: dict[str, str] = {}
    parameters = op.path_parameters
    for position, param in enumerate(parameters):
        candidates: list[str] = []
        for source_id, select in _sources(spec, op, param, values):
            for source_values, body in answers.get(source_id, []):
                if any(values.get(k, v) != v for k, v in source_values.items()):
                    continue  # an answer about another parent
                candidates += [str(value) for value in select(body) if str(value) not in candidates]
            if candidates:
                break
        if not candidates:
            return []
        if position == len(parameters) - 1:
            return [{**values, param.name: value} for value in candidates[: FAN_OUT.get(op.operation_id, 1)]]
        values[param.name] = candidates[0]
    return [values]
