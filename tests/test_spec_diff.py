"""scripts/spec_diff.py (`make spec-diff`): which spec changes are breaking, on small old/new spec dicts."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from spec_diff import Change, SpecDiffError, diff, main, specs_at

Spec = dict[str, Any]


def _spec() -> Spec:
    """A small spec: a paged list with a `$ref`'d row schema, a create with a body, a path-level parameter."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "Test", "version": "1"},
        "paths": {
            "/contacts": {
                "get": {
                    "operationId": "list_contacts",
                    "parameters": [
                        {"$ref": "#/components/parameters/Page"},
                        {"name": "SearchTerm", "in": "query", "schema": {"type": "string"}},
                    ],
                    "responses": {
                        "200": {
                            "description": "A page.",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ContactList"}}},
                        },
                        "400": {"$ref": "#/components/responses/BadRequest"},
                    },
                },
                "post": {
                    "operationId": "create_contact",
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Contact"}}},
                    },
                    "responses": {
                        "200": {
                            "description": "The contact.",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Contact"}}},
                        }
                    },
                },
            },
            "/contacts/{id}": {
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}],
                "delete": {"operationId": "delete_contact", "responses": {"204": {"description": "Deleted."}}},
            },
        },
        "components": {
            "parameters": {
                "Page": {"name": "Page", "in": "query", "schema": {"type": "integer", "minimum": 1}},
            },
            "responses": {"BadRequest": {"description": "Bad request."}},
            "schemas": {
                "ContactList": {
                    "type": "object",
                    "properties": {
                        "data": {"type": "array", "items": {"$ref": "#/components/schemas/Contact"}},
                        "total": {"type": "integer"},
                    },
                },
                "Contact": {
                    "type": "object",
                    "required": ["email"],
                    "properties": {
                        "email": {"type": "string"},
                        "first_name": {"type": ["string", "null"]},
                        "manager": {"anyOf": [{"$ref": "#/components/schemas/Contact"}, {"type": "null"}]},
                    },
                },
            },
        },
    }


def _breaking(changes: list[Change]) -> list[str]:
    return [f"{change.where}: {change.what}" for change in changes if change.breaking]


def _non_breaking(changes: list[Change]) -> list[str]:
    return [f"{change.where}: {change.what}" for change in changes if not change.breaking]


def test_identical_specs_have_no_changes() -> None:
    assert diff(_spec(), _spec()) == []


def test_removed_operation_is_breaking() -> None:
    new = _spec()
    del new["paths"]["/contacts"]["post"]
    assert _breaking(diff(_spec(), new)) == ["POST /contacts (create_contact): operation removed"]


def test_removed_path_is_breaking() -> None:
    new = _spec()
    del new["paths"]["/contacts/{id}"]
    assert _breaking(diff(_spec(), new)) == ["/contacts/{id}: path removed (operations delete_contact)"]


def test_new_operation_is_not_breaking() -> None:
    new = _spec()
    new["paths"]["/contacts/{id}"]["get"] = {"operationId": "get_contact", "responses": {"200": {"description": "x"}}}
    changes = diff(_spec(), new)
    assert _breaking(changes) == []
    assert _non_breaking(changes) == ["GET /contacts/{id} (get_contact): new operation"]


def test_new_required_parameter_is_breaking() -> None:
    new = _spec()
    new["paths"]["/contacts"]["get"]["parameters"].append(
        {"name": "Groupid", "in": "query", "required": True, "schema": {"type": "integer"}}
    )
    assert _breaking(diff(_spec(), new)) == ["GET /contacts (list_contacts): new required query parameter Groupid"]


def test_new_optional_parameter_is_not_breaking() -> None:
    new = _spec()
    new["paths"]["/contacts"]["get"]["parameters"].append(
        {"name": "Limit", "in": "query", "schema": {"type": "integer"}}
    )
    changes = diff(_spec(), new)
    assert _breaking(changes) == []
    assert _non_breaking(changes) == ["GET /contacts (list_contacts): new optional query parameter Limit"]


def test_parameter_becoming_required_is_breaking() -> None:
    new = _spec()
    new["components"]["parameters"]["Page"]["required"] = True
    assert _breaking(diff(_spec(), new)) == ["GET /contacts (list_contacts): query parameter Page became required"]


def test_changed_parameter_type_is_breaking() -> None:
    new = _spec()
    new["components"]["parameters"]["Page"]["schema"] = {"type": "string"}
    assert _breaking(diff(_spec(), new)) == [
        "GET /contacts (list_contacts): type of query parameter Page changed: integer → string"
    ]


def test_removed_response_property_is_breaking() -> None:
    new = _spec()
    del new["components"]["schemas"]["ContactList"]["properties"]["total"]
    assert _breaking(diff(_spec(), new)) == ["GET /contacts (list_contacts): response 200 field total removed"]


def test_removed_nested_property_is_reported_for_every_operation_using_it() -> None:
    new = _spec()
    del new["components"]["schemas"]["Contact"]["properties"]["first_name"]
    assert _breaking(diff(_spec(), new)) == [
        "GET /contacts (list_contacts): response 200 field data[].first_name removed",
        "POST /contacts (create_contact): request body field first_name removed",
        "POST /contacts (create_contact): response 200 field first_name removed",
    ]


def test_new_response_property_is_not_breaking() -> None:
    new = _spec()
    new["components"]["schemas"]["ContactList"]["properties"]["next"] = {"type": "string"}
    changes = diff(_spec(), new)
    assert _breaking(changes) == []
    assert _non_breaking(changes) == ["GET /contacts (list_contacts): new response 200 field next"]


def test_changed_property_type_is_breaking() -> None:
    new = _spec()
    new["components"]["schemas"]["ContactList"]["properties"]["total"] = {"type": "string"}
    assert _breaking(diff(_spec(), new)) == [
        "GET /contacts (list_contacts): type of response 200 field total changed: integer → string"
    ]


def test_response_property_becoming_nullable_is_breaking() -> None:
    new = _spec()
    new["components"]["schemas"]["ContactList"]["properties"]["total"] = {"type": ["integer", "null"]}
    assert _breaking(diff(_spec(), new)) == [
        "GET /contacts (list_contacts): type of response 200 field total changed: integer → integer/null"
    ]


def test_request_type_widening_is_not_breaking() -> None:
    new = _spec()
    new["components"]["parameters"]["Page"]["schema"] = {"type": "number"}
    changes = diff(_spec(), new)
    assert _breaking(changes) == []
    assert _non_breaking(changes) == [
        "GET /contacts (list_contacts): type of query parameter Page widened: integer → number"
    ]


def test_new_required_request_field_is_breaking_and_optional_one_is_not() -> None:
    new = _spec()
    contact = new["components"]["schemas"]["Contact"]
    contact["properties"]["sms"] = {"type": "string"}
    contact["properties"]["group"] = {"type": "integer"}
    contact["required"] = ["email", "group"]
    changes = diff(_spec(), new)
    assert _breaking(changes) == ["POST /contacts (create_contact): new required request body field group"]
    assert "POST /contacts (create_contact): new optional request body field sms" in _non_breaking(changes)


def test_removed_success_response_and_renamed_operation_are_breaking() -> None:
    new = _spec()
    delete = new["paths"]["/contacts/{id}"]["delete"]
    delete["operationId"] = "remove_contact"
    delete["responses"] = {"200": {"description": "Deleted."}}
    assert _breaking(diff(_spec(), new)) == [
        "DELETE /contacts/{id} (remove_contact): operationId changed: delete_contact → remove_contact",
        "DELETE /contacts/{id} (remove_contact): success response 204 removed",
    ]


def test_missing_old_spec_reports_everything_as_new() -> None:
    changes = diff(None, _spec(), "a360")
    assert _breaking(changes) == []
    assert {change.where for change in changes} == {"/contacts", "/contacts/{id}"}
    assert all(change.api == "a360" for change in changes)


def test_specs_at_a_git_ref_are_read_and_bundled() -> None:
    specs = specs_at("HEAD")
    for api in ("a360", "activetrail"):
        spec = specs[api]
        assert spec is not None
        assert len(spec["paths"]) > 10, api
        assert diff(spec, copy.deepcopy(spec), api) == []


def test_unknown_ref_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SpecDiffError):
        specs_at("no-such-ref-anywhere")
    assert main(["--base", "no-such-ref-anywhere"]) == 2
    assert "unknown git ref" in capsys.readouterr().err
