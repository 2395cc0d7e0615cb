"""The typed description of one API operation, and the per-call options every typed method takes.

The generator's templates (scripts/generator-config/templates/) emit one frozen `Operation` per operation beside its
namespace method; the method hands it and its arguments to the client's one request path (`OperationCore`). So what
the runtime knows of an operation (its method, path, parameters with their wire names, places and declared types,
success type, paging and items field) is typed data, and a bad argument is refused by the parameter it was given
for, before anything is sent.
"""

from __future__ import annotations

import datetime
import enum
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING, Any, Literal, TypedDict

from ._exceptions import InvalidInputError, check_id
from ._pagination import OffsetPaging, PageNumberPaging, Paging

if TYPE_CHECKING:
    import httpx

__all__ = [
    "ANY",
    "BOOL",
    "DATE",
    "DATETIME",
    "FLOAT",
    "INT",
    "STR",
    "CallOptions",
    "OffsetPaging",
    "Operation",
    "PageNumberPaging",
    "Parameter",
    "Type",
    "is_unset",
]

Location = Literal["path", "query", "header", "cookie", "body"]
Kind = Literal["int", "float", "str", "bool", "date", "datetime", "enum", "model", "list", "any"]


@dataclass(frozen=True, slots=True)
class Type:
    """A parameter's declared type, as far as a value can be checked against it before sending: a scalar kind, an
    enum or model class (by name: the check imports no model), or a list of a type."""

    kind: Kind
    #: the class of an enum or a model
    name: str = ""
    #: the type of a list's items
    item: Type | None = None

    def accepts(self, value: object) -> bool:
        kind = self.kind
        if kind == "int":
            return isinstance(value, int) and not isinstance(value, bool)
        if kind == "str":
            return isinstance(value, str)
        if kind == "date":  # a datetime is a date too: the generated code sends its isoformat()
            return isinstance(value, datetime.date)
        if kind == "datetime":
            return isinstance(value, datetime.datetime)
        if kind == "bool":
            return isinstance(value, bool)
        if kind == "float":
            return isinstance(value, int | float) and not isinstance(value, bool)
        if kind == "enum":
            return isinstance(value, enum.Enum) and _is_named(value, self.name)
        if kind == "model":
            return hasattr(value, "to_dict") and _is_named(value, self.name)
        if kind == "list":
            item = self.item
            return isinstance(value, list) and (item is None or all(item.accepts(v) for v in value))
        return True

    def __str__(self) -> str:
        if self.kind == "list":
            return f"list[{self.item or 'Any'}]"
        if self.kind == "date":
            return "datetime.date"
        if self.kind == "datetime":
            return "datetime.datetime"
        return self.name or self.kind


INT = Type("int")
FLOAT = Type("float")
STR = Type("str")
BOOL = Type("bool")
DATE = Type("date")
DATETIME = Type("datetime")
ANY = Type("any")


@dataclass(frozen=True, slots=True)
class Parameter:
    """One parameter of an operation: its Python name (the method's argument), its name on the wire (the body has
    none), where it goes, its declared type, whether the method requires it, and whether null is one of its values
    (when not, an optional one given None is left out: `Operation.given`)."""

    name: str
    wire: str
    location: Location
    type: Type
    required: bool = True
    nullable: bool = False

    def check(self, value: object) -> None:
        """InvalidInputError naming this parameter unless `value` is of its declared type (or left out); a path
        parameter must also be a segment that keeps the request where it says (`check_path_segment`)."""
        if self.location == "path" and self.type.kind in ("int", "str"):
            check_path_segment(self.name, value, self.type)
            return
        if self.location == "path" and self.type.accepts(value):  # an enum
            check_path_segment(self.name, value, self.type)
            return
        if self.type.accepts(value) or (not self.required and is_unset(value)):
            return
        raise InvalidInputError(self.name, value, f"must be {_article(str(self.type))} {self.type}")


#: the longest path parameter sent (longer ones are refused before sending: no ID of either API comes near it)
MAX_PATH_SEGMENT = 1024


def check_path_segment(name: str, value: object, declared: Type) -> None:
    """Refuse a path argument that would send the request somewhere else, or nowhere: a segment of `.`/`..` (httpx
    collapses it: `delete_automations("..")` would hit the parent path), an empty one, one of another type (a bool,
    an object; an int where a str is declared is sent as its digits), one too long for any URL; an integer one must
    be a positive ID (both APIs number things from 1)."""
    if declared.kind == "int":
        check_id(name, value)
    elif isinstance(value, bool) or not isinstance(value, str | int):
        raise InvalidInputError(name, value, f"must be {_article(str(declared))} {declared} (a path segment)")
    # str() of an int over 4300 digits raises ValueError: its size says enough (3.33 bits a digit)
    if isinstance(value, int) and value.bit_length() > 4 * MAX_PATH_SEGMENT:
        raise InvalidInputError(name, "<an integer too long to send>", f"is longer than {MAX_PATH_SEGMENT} digits")
    text = str(value)
    if len(text) > MAX_PATH_SEGMENT:
        raise InvalidInputError(name, f"<{len(text)} characters>", f"is longer than {MAX_PATH_SEGMENT} characters")
    if not text.strip() or text in {".", ".."}:
        raise InvalidInputError(name, value, "must be a non-empty path segment other than '.' and '..'")


@dataclass(frozen=True, slots=True)
class Operation:
    """One operation of an API, as its namespace method hands it to the client."""

    #: the operation's Python name: its method's and its module's
    name: str
    #: the generated module that serializes its request (`_get_kwargs`) and parses its answer (`_parse_response`)
    module: str
    method: str
    #: the path template as the generated module formats it (`/api/contacts/{id}`: placeholders by Python name)
    path: str
    parameters: tuple[Parameter, ...]
    #: the declared type of its 2xx answers ("None" when none has a body)
    success: str
    #: how a list operation pages (None: not a list)
    paging: Paging | None = None
    #: the field of the answer holding a list's items (None: the answer is the list)
    items_field: str | None = None

    @property
    def returns_body(self) -> bool:
        return self.success != "None"

    @property
    def body(self) -> Parameter | None:
        return next((p for p in self.parameters if p.location == "body"), None)

    def given(self, arguments: Mapping[str, Any]) -> dict[str, Any]:
        """The arguments without those an optional parameter that cannot be null was given None for: the methods
        show None as "not sent" (the generated serializers expect `UNSET` there)."""
        dropped = {p.name for p in self.parameters if not p.required and not p.nullable}
        return {name: value for name, value in arguments.items() if not (value is None and name in dropped)}

    def check(self, arguments: Mapping[str, object]) -> None:
        """Each argument checked by the parameter it is for (InvalidInputError naming that parameter)."""
        for parameter in self.parameters:
            if parameter.name in arguments:
                parameter.check(arguments[parameter.name])
            elif parameter.required:
                raise InvalidInputError(parameter.name, None, "is required")

    def paging_query(self, index: int, size: int, *, first_page: int = 1) -> dict[str, int]:
        """The paging query of page `index` (0: the first) of `size` items, by the parameters' names on the wire
        (`{"Page": 1, "Limit": 20}`): what a caller that speaks the wire (verify, a spec tool) sends to page."""
        paging = self.paging
        if paging is None:
            raise InvalidInputError("operation", self.name, "is not a list operation")
        if isinstance(paging, PageNumberPaging):
            paging = PageNumberPaging(paging.page_param, paging.size_param, first_page)
        wire = {p.name: p.wire for p in self.parameters}
        return {wire[name]: value for name, value in paging.arguments(index, size).items()}

    def implementation(self) -> ModuleType:
        """The generated module of the operation (imported on first use: importing a namespace imports no model)."""
        return sys.modules.get(self.module) or import_module(self.module)


class CallOptions(TypedDict, total=False):
    """The options every typed method takes besides its parameters (keyword-only):

    - `timeout`: this call's httpx timeout, per attempt (seconds or an `httpx.Timeout`; None: the client's);
    - `extra_headers`, `extra_query`: headers and query parameters added to (or replacing) the operation's own;
    - `extra_body`: fields merged into the operation's JSON body (operations with a body only);
    - `deadline`: seconds for the whole call, every attempt and wait included.
    """

    timeout: httpx.Timeout | float | None
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None
    deadline: float | None


def _is_named(value: object, name: str) -> bool:
    return any(cls.__name__ == name for cls in type(value).__mro__)


def is_unset(value: object) -> bool:
    """The generated packages' `UNSET` (each package has its own `Unset` class)."""
    return type(value).__name__ == "Unset"


def _article(noun: str) -> str:
    return "an" if noun[:1].lower() in "aeiou" else "a"
