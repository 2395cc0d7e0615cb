"""`pulsetrail mcp` driven by a real MCP client (the `mcp` SDK's `Client`): the server runs as a subprocess (the
installed console script) over stdio, and once over Streamable HTTP, against the Prism mocks of our specs."""

from __future__ import annotations

import json
import os
import re
import selectors
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import MockServer
from jsonschema import Draft202012Validator
from mcp import Client
from mcp.client.stdio import StdioServerParameters
from mcp_types import CallToolResult
from pulsetrail._verify_spec import load_spec
from pulsetrail.mcp._arguments import check_arguments, convert_arguments
from pulsetrail.mcp._catalog import PACKAGES, _descriptors, _resolve, catalog

SCRIPT = Path(sys.executable).with_name("pulsetrail")
SECRETS = {
    "SENDPULSE_CLIENT_ID": "mcp-client-id-SECRET-51ac",
    "SENDPULSE_CLIENT_SECRET": "mcp-client-secret-SECRET-0e2f",
    "ACTIVETRAIL_TOKEN": "0Xmcp-activetrail-token-SECRET-77b1",
}
WRITE_METHODS = ("post", "put", "patch", "delete")


def operations(spec: Path) -> dict[str, tuple[str, dict[str, Any]]]:
    """operationId -> (HTTP method, operation) of every operation of a spec."""
    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    found = {}
    for item in document["paths"].values():
        for method in ("get", *WRITE_METHODS):
            if method in item:
                found[item[method]["operationId"]] = (method, item[method])
    return found


def scan(*texts: str) -> None:
    for text in texts:
        for name, secret in SECRETS.items():
            assert secret[:12] not in text, f"{name} in the output"


def text_of(result: CallToolResult) -> str:
    assert len(result.content) == 1
    text = getattr(result.content[0], "text", None)
    assert isinstance(text, str)
    scan(text)
    return text


@asynccontextmanager
async def stdio(api: str, mock: MockServer, *args: str) -> AsyncIterator[Client]:
    parameters = StdioServerParameters(
        command=str(SCRIPT), args=["mcp", api, "--base-url", mock.url, *args], env=dict(SECRETS)
    )
    async with Client(parameters, read_timeout_seconds=120) as client:
        yield client


async def tool_names(client: Client) -> list[str]:
    listed = await client.list_tools()
    assert listed.next_cursor is None
    return [tool.name for tool in listed.tools]


# -- what is offered --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("api", "helper"), [("a360", "flow_statistics"), ("activetrail", "campaign_report_summary")])
async def test_by_default_one_tool_per_get_operation_and_no_write(
    api: str, helper: str, request: pytest.FixtureRequest
) -> None:
    mock: MockServer = request.getfixturevalue(f"{api}_mock")
    spec = operations(mock.spec)
    gets = {name for name, (method, _) in spec.items() if method == "get"}
    async with stdio(api, mock) as client:
        listed = (await client.list_tools()).tools
    names = [tool.name for tool in listed]
    assert len(names) == len(set(names)) == len(gets) + 1
    assert set(names) == gets | {helper}
    assert not {name for name, (method, _) in spec.items() if method != "get"} & set(names)
    for tool in listed:
        assert tool.annotations is not None and tool.annotations.read_only_hint is True
        assert tool.input_schema["type"] == "object"
    by_name = {tool.name: tool for tool in listed}
    inferred = [n for n in gets if spec[n][1].get("x-confidence") == "inferred"]
    for name in inferred:  # an inferred shape says so
        assert "Inferred:" in (by_name[name].description or "")
    summary = spec[names[0]][1]["summary"]
    assert (by_name[names[0]].description or "").startswith(summary)


async def test_a_read_tool_answers_the_spec_example(a360_mock: MockServer) -> None:
    _, operation = operations(a360_mock.spec)["get_flow"]
    example = operation["responses"]["200"]["content"]["application/json"]["example"]
    async with stdio("a360", a360_mock) as client:
        result = await client.call_tool("get_flow", {"id": 281013})
    assert not result.is_error, text_of(result)
    assert json.loads(text_of(result)) == example


async def test_a_paged_tool_says_whether_more_pages_may_exist(activetrail_mock: MockServer) -> None:
    async with stdio("activetrail", activetrail_mock) as client:
        full = json.loads(text_of(await client.call_tool("list_groups", {"page": 1, "limit": 2})))
        short = json.loads(text_of(await client.call_tool("list_groups", {"limit": 50})))
    assert len(full["result"]) == 2
    assert full["paging"]["more_pages_may_exist"] is True
    assert full["paging"]["next_page_arguments"] == {"page": 2, "limit": 2}
    assert short["paging"]["more_pages_may_exist"] is False  # fewer items than asked for: the last page
    assert short["paging"]["next_page_arguments"] is None


async def test_bad_arguments_are_clear_tool_errors_and_the_server_goes_on(a360_mock: MockServer) -> None:
    async with stdio("a360", a360_mock) as client:
        wrong_type = await client.call_tool("get_flow", {"id": "abc"})
        missing = await client.call_tool("get_flow", {})
        unknown = await client.call_tool("get_flow", {"id": 281013, "flow": 2})
        bad_date = await client.call_tool("flow_statistics", {"flow_id": 281013, "date_from": "2026-13-01"})
        backwards = await client.call_tool(
            "flow_statistics", {"flow_id": 281013, "date_from": "2026-10-31", "date_to": "2026-10-01"}
        )
        write = await client.call_tool("send_event", {"body": {}})
        still_fine = await client.call_tool("get_flow", {"id": 281013})
    assert wrong_type.is_error and text_of(wrong_type).startswith("InvalidInputError: id='abc'")
    assert missing.is_error and "id" in text_of(missing) and "required" in text_of(missing)
    assert unknown.is_error and text_of(unknown).startswith("InvalidInputError: flow=2: no such argument")
    assert bad_date.is_error and "date_from='2026-13-01'" in text_of(bad_date)
    assert backwards.is_error and "date_to='2026-10-31'" not in text_of(backwards)
    assert "is before date_from" in text_of(backwards)
    assert write.is_error and "no tool 'send_event'" in text_of(write)
    assert not still_fine.is_error
    for result in (wrong_type, missing, unknown, bad_date, backwards, write):
        assert "\n" not in text_of(result)  # one line


async def test_an_api_failure_is_a_one_line_tool_error(activetrail_mock: MockServer) -> None:
    with socket.socket() as probe:  # a port where nothing listens: every request is refused
        probe.bind(("127.0.0.1", 0))
        nowhere = MockServer(f"http://127.0.0.1:{probe.getsockname()[1]}", activetrail_mock.spec)
    async with stdio("activetrail", nowhere) as client:
        failed = await client.call_tool("get_campaign_report", {"id": 4521})
        again = await client.call_tool("campaign_report_summary", {"campaign_id": 4521})
    text = text_of(failed)
    assert failed.is_error and again.is_error  # and the server answered the second call: it did not crash
    assert text.startswith("APIConnectionError: ") and "\n" not in text
    assert "/api/campaignreports/4521" in text


@pytest.mark.parametrize("api", ["a360", "activetrail"])
def test_every_tool_schema_is_valid_and_takes_the_spec_examples(api: str) -> None:
    """In process: each input schema is Draft 2020-12 with every `$ref` inside it, and the spec's own examples of
    each operation (parameters and body) pass it and convert to the typed method's arguments."""
    document = load_spec(api).document
    tried = 0
    for tool in catalog(api):
        Draft202012Validator.check_schema(tool.input_schema)
        for ref in re.findall(r'"\$ref": "#/\$defs/([^"]+)"', json.dumps(tool.input_schema)):
            assert ref in tool.input_schema["$defs"], (tool.name, ref)
        item = document["paths"][tool.path]
        operation = item[tool.http_method.lower()]
        _, descriptor = _descriptors(PACKAGES[api])[tool.name]
        by_wire = {p.wire: p.name for p in descriptor.parameters}
        examples: dict[str, Any] = {}
        for raw in [*item.get("parameters", []), *operation.get("parameters", [])]:
            parameter = _resolve(raw, document, "parameters")
            if "example" in parameter:
                examples[by_wire[parameter["name"]]] = parameter["example"]
        media = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
        if "example" in media:
            examples["body"] = media["example"]
        if not all(a.name in examples for a in tool.arguments if a.required):
            continue  # an operation without an example of each required argument
        check_arguments(tool.input_schema, examples)
        converted = convert_arguments(tool.arguments, examples)
        assert set(converted) == set(examples)
        tried += 1
    assert tried >= len(catalog(api)) - 10


# -- writes, helpers, modes -------------------------------------------------------------------------------------------


async def test_allow_write_offers_exactly_the_named_write_tools(activetrail_mock: MockServer) -> None:
    named = "groups.create_group,delete_group,list_groups"
    async with stdio("activetrail", activetrail_mock, "--allow-write", "--tools", named) as client:
        assert sorted(await tool_names(client)) == ["create_group", "delete_group", "list_groups"]
        created = await client.call_tool("create_group", {"body": {"name": "Spring sale leads"}})
        deleted = await client.call_tool("delete_group", {"id": 1203})
    assert not created.is_error, text_of(created)
    assert json.loads(text_of(created))["name"] == "Spring sale leads"
    assert not deleted.is_error and json.loads(text_of(deleted)) == {"done": True, "body": None}
    async with stdio("activetrail", activetrail_mock, "--allow-write", "--tools", "groups.*") as client:
        names = set(await tool_names(client))
    assert {"create_group", "update_group", "list_groups"} <= names
    assert "delete_group" not in names  # a wildcard never offers a DELETE


def test_selection_mistakes_are_usage_errors() -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(  # noqa: S603 - our own console script, fixed arguments
            [str(SCRIPT), "mcp", "activetrail", "--list-tools", *args],
            capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip

    assert "add --allow-write" in run("--tools", "groups.create_group").stderr
    assert "never offers a DELETE" in run("--allow-write", "--tools", "groups.delete*").stderr
    assert "needs --tools" in run("--allow-write").stderr
    nothing = run("--tools", "no_such_operation")
    assert nothing.returncode == 2 and "matches no operation" in nothing.stderr
    listed = run("--tools", "campaign_reports.*")
    assert listed.returncode == 0
    assert all(line.split("\t")[1].startswith("campaign_reports.") for line in listed.stdout.splitlines())


def test_a_wildcard_offers_writes_but_never_a_delete_nor_the_token() -> None:
    listed = subprocess.run(  # noqa: S603 - our own console script, fixed arguments
        [str(SCRIPT), "mcp", "a360", "--list-tools", "--allow-write", "--tools", "*"],
        capture_output=True, text=True, timeout=120, check=True,
    ).stdout  # fmt: skip
    kinds = dict(line.split("\t")[::2] for line in listed.splitlines())
    assert kinds["send_event"] == "write" and kinds["get_flow"] == "read"
    assert "delete_event_logs" not in kinds  # a POST named for deleting: by its exact name only
    assert "get_access_token" not in kinds  # the client authenticates; a token is not for an agent


async def test_curated_helpers(a360_mock: MockServer, activetrail_mock: MockServer) -> None:
    window = {"flow_id": 281013, "date_from": "2026-10-01", "date_to": "2026-10-31"}
    async with stdio("a360", a360_mock) as client:
        flow = json.loads(text_of(await client.call_tool("flow_statistics", window)))
    assert flow["from"] == "2026-10-01" and flow["elements"]
    email = next(e for e in flow["elements"] if e["element_type"] == "email")
    assert isinstance(email["statistics"]["sent"], int)
    async with stdio("activetrail", activetrail_mock) as client:
        report = json.loads(text_of(await client.call_tool("campaign_report_summary", {"campaign_id": 4521})))
    counters = report["report"]
    assert report["rates_percent"]["open_rate"] == round(100 * counters["opens"] / counters["sent"], 2)


async def test_dynamic_mode_three_tools(a360_mock: MockServer) -> None:
    async with stdio("a360", a360_mock, "--dynamic") as client:
        assert await tool_names(client) == ["list_operations", "describe_operation", "call_operation"]
        listed = json.loads(text_of(await client.call_tool("list_operations", {"search": "flow"})))
        described = json.loads(text_of(await client.call_tool("describe_operation", {"name": "get_flow"})))
        called = await client.call_tool("call_operation", {"name": "get_flow", "arguments": {"id": 281013}})
        refused = await client.call_tool("call_operation", {"name": "send_event", "arguments": {}})
    assert "get_flow" in {op["name"] for op in listed} and all(op["read_only"] for op in listed)
    assert described["input_schema"]["required"] == ["id"]
    assert not called.is_error and json.loads(text_of(called))["autoresponder"]["id"] == 281013
    assert refused.is_error


async def test_large_answers_are_cut_and_say_so(a360_mock: MockServer) -> None:
    async with stdio("a360", a360_mock, "--max-result-chars", "1000") as client:
        text = text_of(await client.call_tool("get_flow", {"id": 281013}))
    body, note = text.split("\n[cut: ", 1)
    assert len(body) == 1000 and "only the first 1000" in note


# -- Streamable HTTP --------------------------------------------------------------------------------------------------


@contextmanager
def http_server(api: str, mock: MockServer) -> Iterator[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SENDPULSE_", "ACTIVETRAIL_"))}
    process = subprocess.Popen(  # noqa: S603 - our own console script, fixed arguments
        [str(SCRIPT), "mcp", api, "--http", "0", "--base-url", mock.url],
        env={**env, **SECRETS}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert process.stderr is not None
    try:
        selector = selectors.DefaultSelector()
        selector.register(process.stderr, selectors.EVENT_READ)
        deadline = time.monotonic() + 120  # a hang guard only
        line = ""
        while " at http://" not in line:
            assert time.monotonic() < deadline and process.poll() is None, "the server did not start"
            if selector.select(timeout=1):
                line = process.stderr.readline()
        yield line.strip().rsplit(" ", 1)[1]
    finally:
        process.terminate()
        process.wait(timeout=30)
        scan(process.stderr.read())


async def test_streamable_http(activetrail_mock: MockServer) -> None:
    with http_server("activetrail", activetrail_mock) as url:
        assert url.startswith("http://127.0.0.1:") and url.endswith("/mcp")
        async with Client(url, read_timeout_seconds=120) as client:
            names = await tool_names(client)
            result = await client.call_tool("campaign_report_summary", {"campaign_id": 4521})
    assert "list_groups" in names and "create_group" not in names
    assert not result.is_error and json.loads(text_of(result))["campaign_id"] == 4521
