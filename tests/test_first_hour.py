"""What a user meets in the first hour (issue 24): optional parameters take None as "not sent" and show None (never
`Unset`) as their default.
"""

from __future__ import annotations

import importlib
import inspect
import pydoc
import subprocess
import sys
from pathlib import Path
from typing import Any, get_args

import httpx
import pytest
import respx
from conftest import A360_SPEC, ACTIVETRAIL_SPEC, MockServer
from pulsetrail import A360, ActiveTrail, PulsetrailError, SyncActiveTrail
from pulsetrail._client import BaseClient
from pulsetrail._operation import Operation as Descriptor
from spec_calls import Operation, build_arguments, load_operations

A360_OPERATIONS = load_operations("sendpulse_a360_api", A360_SPEC)
ACTIVETRAIL_OPERATIONS = load_operations("activetrail_api", ACTIVETRAIL_SPEC)
BASE = "https://first-hour.test"


def descriptor_of(op: Operation) -> Descriptor:
    tag_package, name = op.module_name.rsplit(".", 1)
    operations: dict[str, Descriptor] = importlib.import_module(tag_package).OPERATIONS
    return operations[name]


def methods_of(client: Any, op: Operation) -> list[Any]:
    """The operation's method on the client's namespace and on its `with_raw_response`."""
    *_, tag, name = op.module_name.split(".")
    namespace = getattr(client, tag)
    return [getattr(namespace, name), getattr(namespace.with_raw_response, name)]


def optional_parameters(op: Operation) -> list[str]:
    """The optional parameters of an operation that cannot be null (None means "not sent" for them)."""
    return [p.name for p in descriptor_of(op).parameters if not p.required and not p.nullable and p.location != "body"]


def test_some_operations_have_optional_parameters() -> None:
    # the tests below hold for every optional parameter: there must be some
    assert sum(len(optional_parameters(op)) for op in ACTIVETRAIL_OPERATIONS) > 200
    assert sum(len(optional_parameters(op)) for op in A360_OPERATIONS) > 5


@pytest.mark.parametrize("operations", [A360_OPERATIONS, ACTIVETRAIL_OPERATIONS], ids=["a360", "activetrail"])
async def test_signatures_show_none_never_unset(operations: list[Operation]) -> None:
    async with A360(api_key="k", base_url=BASE) as a360, ActiveTrail("0Xk", base_url=BASE) as at:
        sync = SyncActiveTrail("0Xk", base_url=BASE)
        try:
            for op in operations:
                clients: list[Any] = [a360] if op.package == "sendpulse_a360_api" else [at, sync]
                for client in clients:
                    for method in methods_of(client, op):
                        signature = inspect.signature(method)
                        for name in optional_parameters(op):
                            parameter = signature.parameters[name]
                            assert "Unset" not in str(parameter.annotation), f"{op.id}.{name}: {parameter}"
                            assert "None" in str(parameter.annotation), f"{op.id}.{name}: {parameter}"
                            assert parameter.default is None or isinstance(parameter.default, int | str | float)
                        assert "Unset" not in pydoc.render_doc(method, renderer=pydoc.plaintext), op.id
        finally:
            sync.close()


def test_help_of_a_list_method_shows_none() -> None:
    with SyncActiveTrail("0Xk", base_url=BASE) as at:
        signature = inspect.signature(at.contacts.list_contacts)
        text = pydoc.render_doc(at.contacts.list_contacts, renderer=pydoc.plaintext)
    assert signature.parameters["search_term"].default is None
    assert signature.parameters["limit"].default == 20  # the spec's default, shown as it is
    assert str(signature.parameters["search_term"]).replace("'", "") == "search_term: str | None = None"
    assert "search_term: " in text
    assert "Unset" not in text and "UNSET" not in text


async def _sent_with_nones(op: Operation, client: BaseClient[Any]) -> list[httpx.Request]:
    """The requests the operation's method sends when every optional parameter without a default is given None."""
    *_, tag, name = op.module_name.split(".")
    method = getattr(getattr(client, tag), name)
    signature = inspect.signature(method)
    nones = [n for n in optional_parameters(op) if signature.parameters[n].default is None]
    arguments = {**build_arguments(op), **dict.fromkeys(nones)}
    with respx.mock(base_url=BASE) as router:
        router.route().mock(return_value=httpx.Response(400, json={"message": "no"}))
        with pytest.raises(PulsetrailError):
            await method(**arguments)
        return [call.request for call in router.calls]


@pytest.mark.parametrize("op", A360_OPERATIONS + ACTIVETRAIL_OPERATIONS, ids=lambda op: op.id)
async def test_none_is_not_sent(op: Operation) -> None:
    descriptor = descriptor_of(op)
    if op.package == "sendpulse_a360_api":
        client: BaseClient[Any] = A360(api_key="k", base_url=BASE, rate_limit=None)
    else:
        client = ActiveTrail("0Xk", base_url=BASE)
    async with client:
        requests = await _sent_with_nones(op, client)
    assert requests, op.id
    by_name = {p.name: p for p in descriptor.parameters}
    signature = inspect.signature(getattr(getattr(client, op.module_name.split(".")[-2]), descriptor.name))
    for name in optional_parameters(op):
        if signature.parameters[name].default is not None:
            continue
        parameter = by_name[name]
        for request in requests:
            if parameter.location == "query":
                assert parameter.wire not in request.url.params, f"{op.id}: {name}=None was sent: {request.url}"
            elif parameter.location == "header":
                assert parameter.wire.lower() not in request.headers, f"{op.id}: {name}=None was sent"


def test_search_term_none_is_not_sent_by_the_sync_client() -> None:
    with respx.mock(base_url=BASE) as router, SyncActiveTrail("0Xk", base_url=BASE) as at:
        route = router.get("/api/contacts").mock(return_value=httpx.Response(200, json=[]))
        assert list(at.contacts.list_contacts(search_term=None, from_date=None, customer_states=None).get()) == []
        assert list(at.contacts.list_contacts(search_term=None)) == []
        at.contacts.list_contacts(search_term="ann").get()
    sent = [dict(call.request.url.params) for call in route.calls]
    assert sent[0] == {"Page": "1", "Limit": "20"}
    assert "SearchTerm" not in sent[1]
    assert sent[2]["SearchTerm"] == "ann"


async def test_none_for_a_required_parameter_is_still_refused() -> None:
    from pulsetrail import InvalidInputError

    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        anything = router.route().mock(return_value=httpx.Response(200, json={}))
        async with ActiveTrail("0Xk", base_url=BASE) as at:
            with pytest.raises(InvalidInputError) as caught:
                await at.contacts.get_contact(None)  # type: ignore[arg-type]
    assert caught.value.field == "id"
    assert not anything.called


# One page shape (issue 24, 5): a paginator gives a `Page` for both APIs, awaited (`.get()` in sync code) or not,
# and a page reads as the sequence of its items.


async def test_a_page_reads_as_its_items_for_both_apis(a360_mock: MockServer, activetrail_mock: MockServer) -> None:
    async with (
        A360(api_key="test-token", base_url=a360_mock.url, rate_limit=None) as a360,
        ActiveTrail("0Xtest-token", base_url=activetrail_mock.url) as at,
    ):
        await _pages_read_as_items(a360, at)


async def _pages_read_as_items(a360: A360, at: ActiveTrail) -> None:
    from activetrail_api.models import Contact
    from pulsetrail import Page
    from sendpulse_a360_api.models import FlowList, FlowListItem

    flows = await a360.flows.list_flows(limit=10).first_page()
    contacts = await at.contacts.list_contacts(limit=10).first_page()
    awaited_flows = await a360.flows.list_flows(limit=10)
    awaited_contacts = await at.contacts.list_contacts(limit=10)
    for page, item_type in (
        (flows, FlowListItem),
        (contacts, Contact),
        (awaited_flows, FlowListItem),
        (awaited_contacts, Contact),
    ):
        assert isinstance(page, Page)
        assert page.index == 0
        assert len(page) == len(page.items) > 0 and page
        assert page[0] is page.items[0] and isinstance(page[0], item_type)
        assert page[-1] is page.items[-1]
        assert list(page[:1]) == list(page.items[:1])
        assert list(page) == list(page.items)
        assert page[0] in page
        with pytest.raises(IndexError):
            page[len(page)]
    # what the operation answered stays on the page, as the docs say: FlowList for A360, list[Contact] for ActiveTrail
    for page in (flows, awaited_flows):
        assert isinstance(page.parsed, FlowList) and page.parsed.data == list(page)
    for page in (contacts, awaited_contacts):
        assert isinstance(page.parsed, list) and page.parsed == list(page)


async def test_an_awaited_page_indexes_its_items(a360_mock: MockServer, activetrail_mock: MockServer) -> None:
    from activetrail_api.models import Contact
    from sendpulse_a360_api.models import FlowListItem

    async with (
        A360(api_key="test-token", base_url=a360_mock.url, rate_limit=None) as a360,
        ActiveTrail("0Xtest-token", base_url=activetrail_mock.url) as at,
    ):
        assert isinstance((await a360.flows.list_flows(limit=2))[0], FlowListItem)
        assert isinstance((await at.contacts.list_contacts(limit=2))[0], Contact)


def test_a_sync_page_indexes_its_items(a360_mock: MockServer, activetrail_mock: MockServer) -> None:
    from activetrail_api.models import Contact
    from pulsetrail import Page, SyncA360
    from sendpulse_a360_api.models import FlowList, FlowListItem

    with (
        SyncA360(api_key="test-token", base_url=a360_mock.url, rate_limit=None) as a360,
        SyncActiveTrail("0Xtest-token", base_url=activetrail_mock.url) as at,
    ):
        flows = a360.flows.list_flows(limit=2).get()
        contacts = at.contacts.list_contacts(limit=2).get()
    assert isinstance(flows, Page) and isinstance(contacts, Page)
    assert isinstance(flows[0], FlowListItem) and isinstance(contacts[0], Contact)
    assert isinstance(flows.parsed, FlowList) and flows.parsed.data == list(flows)
    assert contacts.parsed == list(contacts)


async def test_a360_no_data_is_an_empty_page_awaited_or_not() -> None:
    from pulsetrail import SyncA360

    with respx.mock(base_url=BASE) as router:
        route = router.get("/a360/autoresponders/list").mock(
            return_value=httpx.Response(404, json={"error_code": 404, "message": "No data"})
        )
        async with A360(api_key="k", base_url=BASE) as a360:
            pages = [await a360.flows.list_flows(), await a360.flows.list_flows().first_page()]
        with SyncA360(api_key="k", base_url=BASE) as sync:
            pages += [sync.flows.list_flows().get(), sync.flows.list_flows().first_page()]
    assert route.call_count == 4
    for page in pages:
        assert (page.index, list(page), page.total, page.parsed) == (0, [], None, None)
        assert not page


def test_an_empty_page_is_empty() -> None:
    from pulsetrail import Page

    page: Page[int] = Page(index=3, items=[], total=0, parsed=None)
    assert len(page) == 0 and list(page) == [] and not page
    with pytest.raises(IndexError):
        page[0]


def test_page_takes_its_answer_type_or_only_the_item_type_at_run_time() -> None:
    from activetrail_api.models import Contact
    from pulsetrail import Page
    from sendpulse_a360_api.models import FlowList, FlowListItem

    assert get_args(Page[Contact]) == (Contact, Any)
    assert get_args(Page[FlowListItem, FlowList]) == (FlowListItem, FlowList)
    page = Page[Contact](index=0, items=[], total=None, parsed=[])
    assert isinstance(page, Page)


PAGE_TYPES = """
from collections.abc import Sequence
from typing import Any, assert_type

from activetrail_api.models import Contact
from pulsetrail import A360, ActiveTrail, Page, SyncA360, SyncActiveTrail
from sendpulse_a360_api.models import FlowList, FlowListItem


def first_contact(page: Page[Contact]) -> Contact:
    assert_type(page.parsed, Any | None)
    return page[0]


async def awaited(a360: A360, at: ActiveTrail) -> None:
    flows = await a360.flows.list_flows(limit=2)
    assert_type(flows, Page[FlowListItem, FlowList])
    assert_type(flows[0], FlowListItem)
    assert_type(flows.parsed, FlowList | None)
    contacts: Page[Contact] = await at.contacts.list_contacts(limit=2)
    assert_type(await at.contacts.list_contacts(), Page[Contact, list[Contact]])
    assert_type(first_contact(contacts), Contact)
    assert_type(await a360.flows.list_flows().first_page(), Page[FlowListItem, FlowList])
    async for page in a360.flows.list_flows().pages():
        assert_type(page, Page[FlowListItem, FlowList])
    flows.data  # E: a Page is no FlowList: its items are the page itself (or .items, .parsed)


def got(a360: SyncA360, at: SyncActiveTrail) -> None:
    assert_type(a360.flows.list_flows().get(), Page[FlowListItem, FlowList])
    assert_type(at.contacts.list_contacts().get()[0], Contact)
    assert_type(at.contacts.list_contacts().get()[:1], Sequence[Contact])
"""


def test_pages_are_typed_for_mypy(tmp_path: Path) -> None:
    source = tmp_path / "typed_pages.py"
    source.write_text(PAGE_TYPES)
    run = subprocess.run(  # noqa: S603 - this interpreter's mypy on a file the test wrote
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", str(tmp_path / "cache"), source],
        capture_output=True,
        text=True,
        check=False,
    )
    wrong = next(n for n, line in enumerate(PAGE_TYPES.splitlines(), 1) if "# E:" in line)
    lines = {line.split(":")[1] for line in run.stdout.splitlines() if ": error:" in line}
    assert lines == {str(wrong)}, run.stdout  # every assert_type holds; only the FlowList attribute is refused


# Namespace docstrings say what the section covers (issue 24, 7): the first sentence of the tag's description.


def _tag_sentences(spec: dict[str, Any]) -> dict[str, str]:
    import generate

    return {tag["name"]: generate.first_sentence(tag["description"]) for tag in spec["tags"]}


@pytest.mark.parametrize(
    ("package", "operations"),
    [("sendpulse_a360_api", A360_OPERATIONS), ("activetrail_api", ACTIVETRAIL_OPERATIONS)],
    ids=["a360", "activetrail"],
)
def test_namespace_docstrings_say_what_the_section_covers(package: str, operations: list[Operation]) -> None:
    api = importlib.import_module(f"{package}.api")
    sentences = set(_tag_sentences(operations[0].spec).values())
    tags = sorted({op.module_name.split(".")[-2] for op in operations})
    assert len(tags) > 5
    for tag in tags:
        namespace = importlib.import_module(f"{package}.api.{tag}")
        pascal = "".join(part.capitalize() for part in tag.split("_") if part)
        docs = {
            "attribute": inspect.getdoc(getattr(api.AsyncNamespaces, tag)),
            "sync attribute": inspect.getdoc(getattr(api.SyncNamespaces, tag)),
            **{kind: inspect.getdoc(getattr(namespace, f"{kind}{pascal}")) for kind in ("Async", "Sync")},
            **{
                f"{kind} raw": inspect.getdoc(getattr(namespace, f"{kind}{pascal}WithRawResponse"))
                for kind in ("Async", "Sync")
            },
        }
        for where, doc in docs.items():
            assert doc is not None, f"{tag} {where}"
            first = " ".join(doc.split("\n\n", 1)[0].split())
            assert first in sentences, f"{tag} {where}: {first!r} is not a tag's description"
            assert not first.startswith(f"The {tag} operations"), f"{tag} {where}: {first!r}"


def test_first_sentence() -> None:
    import generate

    assert generate.first_sentence("Email campaigns.") == "Email campaigns."
    assert generate.first_sentence("Reports (opens, clicks...). And more.") == "Reports (opens, clicks...)."
    assert generate.first_sentence("A list,\n  over lines. `x` too.") == "A list, over lines."
    assert generate.first_sentence("No full stop") == "No full stop."
