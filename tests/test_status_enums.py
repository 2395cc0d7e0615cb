"""Status fields read as pulsetrail's tolerant enums (issue 24).

A server-sent code whose spec schema names an enum in `x-pulsetrail-enum` is typed and parsed as that enum of
overlay/pulsetrail/_enums.py by the generated model (scripts/generator-config/templates/model.py.jinja): a known value
is a member, an unknown one is kept and equals its raw value, `to_dict()` writes the raw value back. The spec stays
open (`type` + `x-known-values`, never `enum`), and importing a generated package imports no pulsetrail.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import Any

import generate
import pulsetrail
import pytest
import yaml
from activetrail_api.models import Contact, MailingListContact
from activetrail_api.types import UNSET
from conftest import A360_SPEC, ACTIVETRAIL_SPEC, MockServer
from pulsetrail import A360, A360ElementType, ContactState, EmailDeliveryStatus, FlowStatus, SubscriptionStatus
from sendpulse_a360_api.models import EmailAddress, FlowListItem

SPECS = {"sendpulse_a360_api": A360_SPEC, "activetrail_api": ACTIVETRAIL_SPEC}


def _fields() -> Iterator[tuple[str, str, str, str, str]]:
    for package, spec in SPECS.items():
        for model, props in generate.enum_fields(spec).items():
            for prop, (enum, base) in props.items():
                yield package, model, prop, enum, base


FIELDS = sorted(_fields())


def _schemas(spec: Path) -> dict[str, Any]:
    schemas: dict[str, Any] = yaml.safe_load(spec.read_text(encoding="utf-8"))["components"]["schemas"]
    return schemas


def _resolved(schema: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any]:
    """The schema that carries the extension: itself, its `$ref`'s target, or the `anyOf` member that does."""
    if "$ref" in schema:
        return _resolved(schemas[schema["$ref"].rsplit("/", 1)[1]], schemas)
    for member in schema.get("anyOf", []):
        found = _resolved(member, schemas)
        if generate.ENUM_EXTENSION in found:
            return found
    return schema


def test_the_most_read_statuses_are_covered() -> None:
    covered = {(model, prop): enum for _, model, prop, enum, _ in FIELDS}
    assert covered[("FlowListItem", "status")] == covered[("Flow", "status")] == "FlowStatus"
    assert covered[("EmailAddress", "delivered_status")] == "EmailDeliveryStatus"
    assert covered[("SmsAddress", "status")] == "SmsStatus"
    assert covered[("PushAddress", "status")] == "PushStatus"
    assert covered[("FlowElement", "af_type")] == "A360ElementType"
    assert covered[("Contact", "state")] == "ContactState"
    assert covered[("Contact", "status")] == covered[("Contact", "sms_status")] == "SubscriptionStatus"
    assert covered[("MailingListContact", "status")] == "SubscriptionStatus"


@pytest.mark.parametrize(("package", "model", "prop", "enum", "base"), FIELDS)
def test_each_field_is_open_in_the_spec_typed_as_its_enum_and_knows_what_the_spec_knows(
    package: str, model: str, prop: str, enum: str, base: str
) -> None:
    schemas = _schemas(SPECS[package])
    schema = _resolved(schemas[model]["properties"][prop], schemas)
    assert "enum" not in schema  # open: a client generated elsewhere takes any value of the base type
    types = [schema["type"]] if isinstance(schema["type"], str) else [t for t in schema["type"] if t != "null"]
    assert schema[generate.ENUM_EXTENSION] == enum and [{"integer": "int", "string": "str"}[t] for t in types] == [base]
    cls = getattr(pulsetrail, enum)
    assert issubclass(cls, Enum) and issubclass(cls, int if base == "int" else str)
    # every value the spec lists is a named member, not a pseudo-member for an unknown code
    assert all(cls(value).is_known for value in schema["x-known-values"]), schema["x-known-values"]
    module = importlib.import_module(f"{package}.models")
    annotations = getattr(module, model).__annotations__
    annotation = str(annotations.get(prop) or annotations[f"{prop}_"])  # `type` becomes `type_`
    assert enum in annotation.split(" | "), annotation


def test_every_field_with_the_values_of_an_enum_names_it() -> None:
    """A field whose `x-known-values` are exactly an enum's values reads as that enum, except in request-only
    models (`*Input`: what the client sends, typed as the plain value so existing callers keep type-checking)."""
    enums = [pulsetrail.FlowStatus, pulsetrail.EmailDeliveryStatus, pulsetrail.SmsStatus, pulsetrail.ContactState]
    enums += [pulsetrail.SubscriptionStatus, A360ElementType]
    missing = []
    for package, spec in SPECS.items():
        schemas = _schemas(spec)
        for model, schema in schemas.items():
            for prop, prop_schema in (schema.get("properties") or {}).items():
                resolved = _resolved(prop_schema, schemas)
                known = resolved.get("x-known-values")
                if not known or model.endswith("Input") or generate.ENUM_EXTENSION in resolved:
                    continue
                if any(sorted(map(str, known)) == sorted(str(m.value) for m in e) for e in enums):
                    missing.append(f"{package}: {model}.{prop}")
    assert not missing


def test_a_known_and_an_unknown_status_parse_and_round_trip() -> None:
    known = FlowListItem.from_dict({"id": 1, "name": "a", "status": 1})
    unknown = FlowListItem.from_dict({"id": 2, "name": "b", "status": 7})
    assert known.status is FlowStatus.ACTIVE
    assert isinstance(unknown.status, FlowStatus) and not unknown.status.is_known
    assert unknown.status == 7 and unknown.status.value == 7 and unknown.status.name == "UNKNOWN_7"
    for model, raw in ((known, 1), (unknown, 7)):
        written = model.to_dict()["status"]
        assert written == raw and type(written) is int  # the raw value, not the enum

    row = EmailAddress.from_dict({"id": 1, "event_id": "e", "delivered_status": 13})
    assert row.delivered_status is EmailDeliveryStatus.NO_STATUS_13


def test_string_codes_absent_null_and_unknown() -> None:
    payload = {"id": 1, "status": "Subscribed", "sms_status": None, "state": "ARCHIVED"}
    contact = Contact.from_dict(payload)
    assert contact.status is SubscriptionStatus.SUBSCRIBED
    assert contact.sms_status is None
    assert isinstance(contact.state, ContactState) and contact.state == "ARCHIVED" and not contact.state.is_known
    written = contact.to_dict()
    assert written == payload and type(written["state"]) is str and type(written["status"]) is str
    absent = MailingListContact.from_dict({})
    assert absent.status is UNSET and "status" not in absent.to_dict()


def test_a_code_of_the_wrong_type_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="FlowStatus"):
        FlowListItem.from_dict({"id": 1, "name": "a", "status": "active"})


def test_importing_a_generated_package_imports_no_pulsetrail() -> None:
    code = (
        "import sys, activetrail_api.models.contact, sendpulse_a360_api.models.flow_list_item as m\n"
        "assert 'pulsetrail' not in sys.modules, 'imported pulsetrail'\n"
        "assert m.FlowListItem.from_dict({'id': 1, 'name': 'a', 'status': 3}).status.name == 'PAUSE'\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)  # noqa: S603
    assert run.returncode == 0, run.stderr


async def test_flows_from_the_mock_server_read_as_enums(a360_mock: MockServer) -> None:
    async with A360(client_id="id", client_secret="secret", base_url=a360_mock.url) as a360:
        flows = [flow async for flow in a360.flows()]
    assert flows and all(isinstance(flow.status, FlowStatus) for flow in flows)


TYPED = """\
from typing import assert_type

from activetrail_api.models import Contact
from activetrail_api.types import Unset
from pulsetrail import ContactState, FlowStatus, SubscriptionStatus
from sendpulse_a360_api.models import FlowListItem


def active(flow: FlowListItem) -> bool:
    assert_type(flow.status, FlowStatus)
    return flow.status is FlowStatus.ACTIVE


def state(contact: Contact) -> str:
    assert_type(contact.state, ContactState | None | Unset)
    if isinstance(contact.status, SubscriptionStatus):
        return contact.status.name
    return "-"


def wrong(flow: FlowListItem) -> str:
    return flow.status  # E: a FlowStatus is not a str
"""


def test_status_fields_are_typed_as_their_enum_for_mypy(tmp_path: Path) -> None:
    source = tmp_path / "typed_statuses.py"
    source.write_text(TYPED)
    run = subprocess.run(  # noqa: S603 - this interpreter's mypy on a file the test wrote
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", str(tmp_path / "cache"), source],
        capture_output=True,
        text=True,
        check=False,
    )
    wrong = next(n for n, line in enumerate(TYPED.splitlines(), 1) if "# E:" in line)
    lines = {line.split(":")[1] for line in run.stdout.splitlines() if ": error:" in line}
    assert lines == {str(wrong)}, run.stdout  # every assert_type holds; only the str return is refused
