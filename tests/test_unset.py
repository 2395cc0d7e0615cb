"""`UNSET` (absent, not sent) prints as `UNSET` where users see it: print(), a model's repr, help() of a method (#24
item 2). The generator's types.py is overridden for it (scripts/generator-config/templates/types.py.jinja)."""

from __future__ import annotations

import inspect
import pydoc

import activetrail_api.types
import pytest
import sendpulse_a360_api.types
from activetrail_api.api.contacts import AsyncContacts
from activetrail_api.models.contact_input import ContactInput
from sendpulse_a360_api.models.send_event_result import SendEventResult


@pytest.mark.parametrize("unset", [activetrail_api.types.UNSET, sendpulse_a360_api.types.UNSET], ids=["at", "a360"])
def test_unset_prints_as_unset(unset: object) -> None:
    assert repr(unset) == "UNSET"
    assert str(unset) == "UNSET"
    assert f"{unset}" == "UNSET"
    assert not unset  # still falsy: generated code and users' `if model.field:` rely on it


def test_a_models_repr_shows_absent_fields_as_unset() -> None:
    answer = SendEventResult.from_dict({"result": True})
    assert repr(answer) == "SendEventResult(result=True, message=UNSET, additional_properties={})"
    contact = ContactInput(email="dana@example.com", first_name=None)
    assert "first_name=None" in repr(contact)  # null, sent as null
    assert "last_name=UNSET" in repr(contact)  # absent, not sent
    assert contact.to_dict() == {"email": "dana@example.com", "first_name": None}


def test_help_shows_unset_defaults_without_an_address() -> None:
    assert "last_name: 'None | str | Unset' = UNSET" in str(inspect.signature(ContactInput))
    for documented in (ContactInput, AsyncContacts.list_contacts):
        assert "object at 0x" not in pydoc.render_doc(documented, renderer=pydoc.plaintext)
