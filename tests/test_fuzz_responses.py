"""Fuzzing every response model of both specs with Hypothesis.

The 2xx JSON schema of every operation of specs/sendpulse-a360.yaml and generated/openapi/activetrail.yaml is resolved
($refs inlined) and turned into a Hypothesis strategy (our own: the JSON Schema subset the specs use, checked by
`jsonschema` on every document). Each distinct schema is one response model, parsed by the generated
`_parse_response` of the first operation that answers with it.

- Valid documents: the generated parser takes them and `to_dict` gives the same document back.
- Mutated documents (a wrong type, a required field removed, an unknown code where the spec lists known values, an
  extra field): what may escape the generated parser is a ValueError, TypeError or KeyError (or a subclass), nothing
  else; an unknown code and an extra field must even parse and round-trip, since the specs declare codes as open
  (`x-known-values`, never `enum`) and objects as open.
- pulsetrail's layer: a paginator over a respx mock answering the mutated document either copes (a page) or raises;
  what it raises must be a PulsetrailError (the parser's errors arrive as `ResponseParseError`).

Examples are bounded (see SETTINGS) and derandomized, so the file runs in well under a minute and the same way each
time; the number of examples tried is printed at the end.
"""

from __future__ import annotations

import asyncio
import copy
import datetime as dt
import inspect
import json
import re
import types
import typing
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

import httpx
import pytest
import respx
from conftest import A360_SPEC, ACTIVETRAIL_SPEC
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from pulsetrail import A360, ActiveTrail, PulsetrailError, RetryPolicy
from spec_calls import Operation, load_operations

SETTINGS = settings(
    max_examples=20,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
)
PAGINATOR_SETTINGS = settings(SETTINGS, max_examples=10)
ALLOWED = (ValueError, TypeError, KeyError)  # what may escape a generated parser
INT32 = (-(2**31), 2**31 - 1)
INT64 = (-(2**63), 2**63 - 1)
EXAMPLES: Counter[str] = Counter()
OUTCOMES: Counter[str] = Counter()


# --- the response models ------------------------------------------------------------------------------------------


_ANNOTATIONS = frozenset({"description", "example", "examples", "readOnly", "writeOnly", "deprecated", "title"})


def _resolve(spec: dict[str, Any], node: Any, seen: tuple[str, ...] = ()) -> Any:
    """The schema with every $ref inlined, integer formats turned into bounds, and annotations dropped (except
    `x-known-values`, which the mutations use; validators ignore it)."""
    if isinstance(node, list):
        return [_resolve(spec, item, seen) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        ref = node["$ref"]
        assert ref not in seen, f"recursive schema {ref}"
        target: Any = spec
        for part in ref.removeprefix("#/").split("/"):
            target = target[part]
        return _resolve(spec, {**target, **{k: v for k, v in node.items() if k != "$ref"}}, (*seen, ref))
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == "properties":
            out[key] = {name: _resolve(spec, sub, seen) for name, sub in value.items()}
        elif key == "format" and isinstance(value, str):
            if value in ("int32", "int64"):
                low, high = INT32 if value == "int32" else INT64
                out["minimum"] = max(node.get("minimum", low), low)
                out["maximum"] = min(node.get("maximum", high), high)
            elif value in ("date", "date-time", "email", "uuid"):
                out[key] = value
        elif key in _ANNOTATIONS or (key.startswith("x-") and key != "x-known-values"):
            continue
        else:
            out[key] = _resolve(spec, value, seen)
    for key in ("anyOf", "oneOf"):
        if key in out:  # each branch carries its siblings' keywords: a walk can then pick a branch and go on
            siblings = {k: v for k, v in out.items() if k not in ("anyOf", "oneOf")}
            out[key] = [{**siblings, **branch} for branch in out[key]]
    return out


@dataclass(frozen=True)
class Model:
    api: str
    name: str
    operation: Operation
    status: int
    schema_json: str  # resolved, as JSON (hashable)
    used_by: int  # how many operations answer with it

    @property
    def id(self) -> str:
        return f"{self.api}:{self.name}"

    @property
    def schema(self) -> dict[str, Any]:
        return _schema(self.schema_json)


@cache
def _schema(text: str) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(text)
    return result


def _name(raw: dict[str, Any]) -> str:
    if "$ref" in raw:
        return str(raw["$ref"]).rsplit("/", 1)[1]
    if raw.get("type") == "array" and "$ref" in raw.get("items", {}):
        return f"list[{raw['items']['$ref'].rsplit('/', 1)[1]}]"
    return json.dumps(raw, sort_keys=True)


def collect() -> tuple[list[Model], int]:
    """(one Model per distinct 2xx JSON schema, the number of 2xx answers without a JSON body)."""
    models: dict[tuple[str, str], Model] = {}
    uses: Counter[tuple[str, str]] = Counter()
    bodiless = 0
    for api, package, path in (
        ("a360", "sendpulse_a360_api", A360_SPEC),
        ("activetrail", "activetrail_api", ACTIVETRAIL_SPEC),
    ):
        for operation in load_operations(package, path):
            for code, answer in operation.operation.get("responses", {}).items():
                if not str(code).startswith("2"):
                    continue
                while "$ref" in answer:
                    answer = _resolve(operation.spec, answer)
                raw = ((answer.get("content") or {}).get("application/json") or {}).get("schema")
                if raw is None:
                    bodiless += 1
                    continue
                key = (api, json.dumps(raw, sort_keys=True))
                uses[key] += 1
                if key not in models:
                    schema = _resolve(operation.spec, raw)
                    Draft202012Validator.check_schema(schema)
                    models[key] = Model(api, _name(raw), operation, int(code), json.dumps(schema), 0)
    found = [Model(m.api, m.name, m.operation, m.status, m.schema_json, uses[key]) for key, m in models.items()]
    assert len({m.id for m in found}) == len(found)
    return found, bodiless


MODELS, BODILESS = collect()


# --- documents ----------------------------------------------------------------------------------------------------


JSON_VALUES: st.SearchStrategy[Any] = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**6), 10**6) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=2) | st.dictionaries(st.text(max_size=5), inner, max_size=2),
    max_leaves=4,
)


_STRATEGIES: dict[str, st.SearchStrategy[Any]] = {}


def model_strategy(model: Model) -> st.SearchStrategy[Any]:
    """Built once per model: building strategies costs far more than drawing from them."""
    if model.id not in _STRATEGIES:
        _STRATEGIES[model.id] = strategy(model.schema)
    return _STRATEGIES[model.id]


@cache
def _pattern(pattern: str) -> st.SearchStrategy[str]:
    return st.from_regex(pattern.replace(r"\d", "[0-9]"), fullmatch=True)  # ECMA-262's \d is ASCII; Python's is not


def strategy(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Documents valid against `schema` (the JSON Schema subset both specs use in their answers)."""
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    for key in ("anyOf", "oneOf"):
        if key in schema:
            base = {k: v for k, v in schema.items() if k != key}
            return st.one_of([strategy({**base, **branch}) for branch in schema[key]])
    kind = schema.get("type")
    if isinstance(kind, list):
        return st.one_of([strategy({**schema, "type": one}) for one in kind])
    if kind is None:
        return _object(schema) if "properties" in schema else JSON_VALUES
    if kind == "null":
        return st.none()
    if kind == "boolean":
        return st.booleans()
    if kind == "integer":
        return st.integers(schema.get("minimum"), schema.get("maximum"))
    if kind == "number":
        low, high = schema.get("minimum"), schema.get("maximum")
        return st.integers(low, high) | st.floats(low, high, allow_nan=False, allow_infinity=False)
    if kind == "string":
        return _string(schema)
    if kind == "array":
        low = schema.get("minItems", 0)
        return st.lists(
            strategy(schema.get("items", {})), min_size=low, max_size=max(low, min(schema.get("maxItems", 3), 3))
        )
    if kind == "object":
        return _object(schema)
    raise AssertionError(f"no strategy for {schema}")


def _string(schema: dict[str, Any]) -> st.SearchStrategy[str]:
    fmt = schema.get("format")
    if fmt == "date":
        return st.dates(dt.date(1970, 1, 1), dt.date(2100, 12, 31)).map(dt.date.isoformat)
    if fmt == "date-time":
        return st.datetimes(dt.datetime(1970, 1, 1), dt.datetime(2100, 1, 1)).map(dt.datetime.isoformat)
    if fmt == "email":
        return st.emails()
    if fmt == "uuid":
        return st.uuids().map(str)
    low, high = schema.get("minLength", 0), schema.get("maxLength")
    if "pattern" in schema:
        return _pattern(schema["pattern"]).filter(lambda s: low <= len(s) <= (high if high is not None else len(s)))
    return st.text(min_size=low, max_size=high if high is not None else max(low, 12))


def _object(schema: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    properties = schema.get("properties", {})
    required = set(schema.get("required", []))
    base = st.fixed_dictionaries(
        {name: strategy(sub) for name, sub in properties.items() if name in required},
        optional={name: strategy(sub) for name, sub in properties.items() if name not in required},
    )
    extra = schema.get("additionalProperties", True)
    if extra is False:
        return base
    values = strategy(extra) if isinstance(extra, dict) else JSON_VALUES
    keys = st.text(st.characters(codec="ascii", categories=["Ll"]), min_size=1, max_size=6).filter(
        lambda key: key not in properties
    )
    extras = st.dictionaries(keys, values, max_size=1 if isinstance(extra, dict) else 0)
    return st.tuples(base, extras).map(lambda pair: {**pair[1], **pair[0]})


@cache
def _validator(schema_json: str) -> Draft202012Validator:
    return Draft202012Validator(_schema(schema_json))


def valid(model: Model, doc: Any) -> bool:
    return _validator(model.schema_json).is_valid(doc)


def json_type(value: Any) -> str:
    for kind, python in (("null", type(None)), ("boolean", bool), ("integer", int), ("number", float)):
        if isinstance(value, python):
            return kind
    return {str: "string", list: "array", dict: "object"}[type(value)]


ALL_TYPES = frozenset({"null", "boolean", "integer", "number", "string", "array", "object"})


def allowed_types(schema: dict[str, Any]) -> frozenset[str]:
    """The JSON types a schema admits (an integer is a number too)."""
    branches = schema.get("anyOf") or schema.get("oneOf")
    if branches:
        return frozenset().union(*(allowed_types(branch) for branch in branches))
    kind = schema.get("type")
    if kind is None:
        return frozenset({"object"}) if "properties" in schema else ALL_TYPES
    kinds = frozenset(kind if isinstance(kind, list) else [kind])
    return kinds | {"integer"} if "number" in kinds else kinds


Path = tuple[str | int, ...]


def walk(doc: Any, schema: dict[str, Any], path: Path = ()) -> Iterator[tuple[Path, Any, dict[str, Any]]]:
    """Every node of `doc` with the schema that describes it (the matching branch of an anyOf)."""
    for branch in schema.get("anyOf") or schema.get("oneOf") or []:
        if json_type(doc) in allowed_types(branch):
            schema = branch
            break
    yield path, doc, schema
    if isinstance(doc, dict):
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties", {})
        for name, value in doc.items():
            yield from walk(value, properties.get(name, extra if isinstance(extra, dict) else {}), (*path, name))
    elif isinstance(doc, list):
        for index, value in enumerate(doc):
            yield from walk(value, schema.get("items", {}), (*path, index))


MUTATIONS = ("wrong-type", "missing-required", "unknown-code", "extra-field")
WRONG_VALUES = [0, -1, 2**40, 1.5, "", "x", "2024-13-45", True, None, [], [1], {}, {"k": "v"}]


def _replace(doc: Any, path: Path, value: Any) -> Any:
    if not path:
        return value
    result = copy.deepcopy(doc)
    node = result
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    return result


def _delete(doc: Any, path: Path, key: str) -> Any:
    result = copy.deepcopy(doc)
    node = result
    for part in path:
        node = node[part]
    del node[key]
    return result


def mutations(doc: Any, schema: dict[str, Any]) -> dict[str, list[Callable[[st.DataObject], Any]]]:
    """Per kind of mutation, the ways to apply it to this document."""
    found: dict[str, list[Callable[[st.DataObject], Any]]] = {kind: [] for kind in MUTATIONS}
    for path, value, node_schema in walk(doc, schema):
        admitted = allowed_types(node_schema)
        wrong = [w for w in WRONG_VALUES if json_type(w) not in admitted]
        if wrong:
            found["wrong-type"].append(lambda data, p=path, w=wrong: _replace(doc, p, data.draw(st.sampled_from(w))))
        known = node_schema.get("x-known-values") or node_schema.get("enum")
        if known and isinstance(value, int | str) and not isinstance(value, bool):
            if isinstance(value, str):
                codes: st.SearchStrategy[Any] = st.from_regex(r"UNKNOWN_[A-Z]{1,6}", fullmatch=True)
            else:
                codes = st.integers(
                    max(int(k) for k in known if isinstance(k, int | str) and str(k).isdigit()) + 1, 10**6
                )
            found["unknown-code"].append(lambda data, p=path, c=codes: _replace(doc, p, data.draw(c)))
        if isinstance(value, dict):
            for key in set(node_schema.get("required", [])) & set(value):
                found["missing-required"].append(lambda data, p=path, k=key: _delete(doc, p, k))
            if node_schema.get("additionalProperties", True) is True:
                taken = set(node_schema.get("properties", {})) | set(value)

                def add(data: st.DataObject, p: Path = path, v: Any = value, taken: set[str] = taken) -> Any:
                    name = data.draw(st.from_regex(r"zz_[a-z]{1,5}", fullmatch=True).filter(lambda n: n not in taken))
                    return _replace(doc, p, {**v, name: data.draw(JSON_VALUES)})

                found["extra-field"].append(add)
    return {kind: ways for kind, ways in found.items() if ways}


# --- parsing ------------------------------------------------------------------------------------------------------


def parse(model: Model, doc: Any) -> Any:
    module = model.operation.module()
    package = importlib_package(model.operation.package)
    response = httpx.Response(
        model.status, content=json.dumps(doc).encode(), headers={"Content-Type": "application/json"}
    )
    return module._parse_response(client=package.Client(base_url="http://fuzz.test"), response=response)


@cache
def importlib_package(name: str) -> types.ModuleType:
    return __import__(name)


def to_json(parsed: Any) -> Any:
    if hasattr(parsed, "to_dict"):
        return parsed.to_dict()
    if isinstance(parsed, list):
        return [to_json(item) for item in parsed]
    return parsed


def normal(value: Any) -> Any:
    return json.loads(json.dumps(value))


def check_round_trip(model: Model, doc: Any) -> None:
    parsed = parse(model, doc)
    if model.schema.get("type") not in ("null", ["null"]):
        assert parsed is not None or doc is None
    assert normal(to_json(parsed)) == normal(doc)
    if hasattr(parsed, "to_dict"):
        assert type(parsed).from_dict(parsed.to_dict()).to_dict() == parsed.to_dict()


# --- the tests ----------------------------------------------------------------------------------------------------


class ExamplesReport:
    """Prints how many examples ran, and what the mutated ones did, at the end of the run."""

    name = "pulsetrail-fuzz-responses"

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(EXAMPLES.items()))
        terminalreporter.write_line(
            f"fuzz responses: {sum(EXAMPLES.values())} examples tried over {len(MODELS)} response models ({kinds})"
        )
        outcomes = ", ".join(f"{n} {kind}" for kind, n in sorted(OUTCOMES.items()))
        terminalreporter.write_line(f"fuzz responses: mutated outcomes: {outcomes}")


@pytest.fixture(scope="module", autouse=True)
def examples_report(request: pytest.FixtureRequest) -> None:
    manager = request.config.pluginmanager
    if manager.get_plugin(ExamplesReport.name) is None:
        manager.register(ExamplesReport(), ExamplesReport.name)


def test_every_response_model_is_covered() -> None:
    apis = Counter(model.api for model in MODELS)
    assert apis["a360"] >= 20 and apis["activetrail"] >= 100, apis
    names = {model.name for model in MODELS}
    assert {"FlowList", "EmailAddressList", "list[Contact]", "GroupMembersPage"} <= names


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.id)
def test_valid_documents_parse_and_round_trip(model: Model) -> None:
    @SETTINGS
    @given(st.data())
    def run(data: st.DataObject) -> None:
        doc = data.draw(model_strategy(model), label="document")
        assert valid(model, doc), doc  # the strategy's own check
        EXAMPLES["valid"] += 1
        check_round_trip(model, doc)

    run()


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.id)
def test_mutated_documents_fail_only_with_value_type_or_key_errors(model: Model) -> None:
    @SETTINGS
    @given(st.data())
    def run(data: st.DataObject) -> None:
        doc = data.draw(model_strategy(model), label="document")
        ways = mutations(doc, model.schema)
        kind = data.draw(st.sampled_from([k for k in MUTATIONS if k in ways]), label="mutation")
        mutated = data.draw(st.sampled_from(ways[kind]), label="where")(data)
        EXAMPLES["mutated"] += 1
        if kind in ("unknown-code", "extra-field"):
            # open codes and open objects: still a valid document, which must parse and come back the same
            assert valid(model, mutated), mutated
            check_round_trip(model, mutated)
            OUTCOMES[f"{kind} tolerated"] += 1
            return
        try:
            parsed = parse(model, mutated)
        except ALLOWED as exc:
            OUTCOMES[f"{kind} -> {type(exc).__name__}"] += 1
            return
        OUTCOMES[f"{kind} tolerated"] += 1
        try:  # outside the contract, recorded for the report: to_dict of a model that took a wrong value
            to_json(parsed)
        except Exception as exc:
            OUTCOMES[f"{kind} tolerated, then to_dict -> {type(exc).__name__}"] += 1

    run()


# --- through pulsetrail's paginators ------------------------------------------------------------------------------

PAGING = ({"limit", "offset"}, {"page", "limit"}, {"page_number", "page_size"})


def _argument_for(annotation: Any) -> Any:
    options = typing.get_args(annotation) if typing.get_origin(annotation) in (typing.Union, types.UnionType) else ()
    for candidate in options or (annotation,):
        if candidate is int:
            return 1
        if candidate is str:
            return "x"
        if candidate is dt.date:
            return dt.date(2024, 1, 1)
    raise LookupError(annotation)


def paginated(model: Model) -> dict[str, Any] | None:
    """The required arguments of the model's operation when pulsetrail can paginate it, else None."""
    function = model.operation.module().asyncio_detailed
    signature = inspect.signature(function)
    if not any(paging <= set(signature.parameters) for paging in PAGING):
        return None
    hints = typing.get_type_hints(function)
    arguments = {}
    for name, parameter in signature.parameters.items():
        if name == "client" or parameter.default is not inspect.Parameter.empty:
            continue
        try:
            arguments[name] = _argument_for(hints[name])
        except LookupError:
            return None
    return arguments


PAGINATED = [
    pytest.param(model, arguments, id=model.id) for model in MODELS if (arguments := paginated(model)) is not None
]


async def first_page(model: Model, arguments: dict[str, Any], body: Any) -> Any:
    operation = model.operation.module().asyncio_detailed
    base = "https://fuzz.test"
    with respx.mock(assert_all_called=False) as router:
        answer = httpx.Response(
            model.status, content=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
        )
        router.route().mock(return_value=answer)
        if model.api == "a360":
            async with A360(api_key="k", base_url=base, rate_limit=None, retry=RetryPolicy(max_retries=0)) as a360:
                return await a360.paginate(operation, **arguments).first_page()
        async with ActiveTrail("t", base_url=base, retry=RetryPolicy(max_retries=0)) as at:
            return await at.paginate(operation, **arguments).first_page()


@pytest.fixture(scope="module")
def loop() -> Iterator[asyncio.AbstractEventLoop]:
    """A loop of our own for the Hypothesis examples (the tests themselves are synchronous)."""
    own = asyncio.new_event_loop()
    yield own
    own.close()


def test_some_operations_are_paginated() -> None:
    assert len(PAGINATED) >= 20


@pytest.mark.parametrize(("model", "arguments"), PAGINATED)
def test_paginator_over_mutated_documents(
    model: Model, arguments: dict[str, Any], loop: asyncio.AbstractEventLoop
) -> None:
    @PAGINATOR_SETTINGS
    @given(st.data())
    def run(data: st.DataObject) -> None:
        doc = data.draw(model_strategy(model), label="document")
        ways = mutations(doc, model.schema)
        kind = data.draw(st.sampled_from([k for k in MUTATIONS if k in ways]), label="mutation")
        mutated = data.draw(st.sampled_from(ways[kind]), label="where")(data)
        EXAMPLES["through a paginator"] += 1
        try:
            page = loop.run_until_complete(first_page(model, arguments, mutated))
        except PulsetrailError:  # nothing else may escape: the parser's own errors arrive as ResponseParseError
            OUTCOMES["paginator -> PulsetrailError"] += 1
        else:
            assert isinstance(page.items, list)
            OUTCOMES["paginator -> page"] += 1

    run()


@pytest.mark.parametrize(
    ("api", "body"),
    [
        ("a360", {"data": "not a list"}),
        ("a360", []),
        ("activetrail", {"Message": "a wrapper where a list belongs"}),
        ("activetrail", [1, 2]),
    ],
)
def test_paginator_turns_parse_failures_into_pulsetrail_errors(
    api: str, body: Any, loop: asyncio.AbstractEventLoop
) -> None:
    model = next(m for m in MODELS if m.name == ("FlowList" if api == "a360" else "list[Contact]"))
    arguments = paginated(model)
    assert arguments is not None
    with pytest.raises(PulsetrailError):
        loop.run_until_complete(first_page(model, arguments, body))


def test_open_codes_are_declared_open() -> None:
    """The mutations' premise: response schemas declare codes as `x-known-values`, never as a closed `enum`."""
    closed = [m.id for m in MODELS if re.search(r'"(enum|const)"', m.schema_json)]
    assert closed == [], closed
