"""`pulsetrail mcp a360|activetrail`: the API as MCP tools for AI agents (needs the `pulsetrail[mcp]` extra; the
`mcp` SDK is imported only when the command runs)."""

from __future__ import annotations

import asyncio
import enum
import os
import sys
from typing import Annotated

import typer

from ..cli._output import EXIT_USAGE, fail
from ..verify import CredentialsError, client_from_environment
from ._results import DEFAULT_MAX_RESULT_CHARS

__all__ = ["ENV_BASE_URLS", "Api", "mcp_command"]

#: the environment variable that overrides each API's base URL (a mock or a proxy), as for the other commands
ENV_BASE_URLS = {"a360": "SENDPULSE_BASE_URL", "activetrail": "ACTIVETRAIL_BASE_URL"}
LOOPBACK = ("127.0.0.1", "localhost", "::1")


class Api(enum.StrEnum):
    a360 = "a360"
    activetrail = "activetrail"


def _say(message: str) -> None:
    print(f"pulsetrail mcp: {message}", file=sys.stderr, flush=True)


def mcp_command(
    api: Annotated[
        Api,
        typer.Argument(
            metavar="API", help="a360 or activetrail: the API whose operations become tools.", case_sensitive=False
        ),
    ],
    http: Annotated[
        int | None,
        typer.Option(
            "--http",
            metavar="PORT",
            help="Serve Streamable HTTP on PORT (0: any free port) at /mcp instead of stdio.",
        ),
    ] = None,
    host: Annotated[
        str, typer.Option("--host", help="The address --http listens on; loopback unless you say otherwise.")
    ] = "127.0.0.1",
    allow_write: Annotated[
        bool, typer.Option("--allow-write", help="Offer the write operations named in --tools too.")
    ] = False,
    tools: Annotated[
        str | None,
        typer.Option(
            "--tools",
            metavar="PATTERNS",
            help="Only these tools: comma-separated names or wildcards "
            "(`contacts.*,groups.list_groups`). A DELETE is offered only when named exactly.",
        ),
    ] = None,
    dynamic: Annotated[
        bool,
        typer.Option(
            "--dynamic",
            help="Three tools (list_operations, describe_operation, call_operation) instead "
            "of one per operation, for clients with a small tool budget.",
        ),
    ] = False,
    max_result_chars: Annotated[
        int,
        typer.Option(
            "--max-result-chars", metavar="N", help="Cut longer answers to this size (at least 1000), saying so."
        ),
    ] = DEFAULT_MAX_RESULT_CHARS,
    list_tools: Annotated[
        bool, typer.Option("--list-tools", help="Print the tools this selection offers, one a line, and exit.")
    ] = False,
    base_url: Annotated[
        str | None,
        typer.Option(
            "--base-url",
            help="The API's base URL (a mock or a proxy); also from SENDPULSE_BASE_URL / ACTIVETRAIL_BASE_URL.",
        ),
    ] = None,
) -> None:
    """Serve the API's operations as Model Context Protocol tools (stdio by default), read-only unless asked.

    One tool per GET operation (named by its operationId) plus curated helpers; writes only with --allow-write and
    only those named in --tools. Credentials come from the environment only, as for every command.
    """
    try:
        from ._catalog import catalog
        from ._helpers import helpers
        from ._select import SelectionError, parse_patterns, select
        from ._server import AnyTool, ToolBox, build_server, mcp_tool, serve_http, serve_stdio
    except ImportError as error:
        raise fail(
            f"`pulsetrail mcp` needs the mcp extra: pip install 'pulsetrail[mcp]' ({error})", EXIT_USAGE
        ) from None
    if http is not None and not 0 <= http <= 65535:
        raise fail(f"--http {http}: a port is 0 (any free port) to 65535", EXIT_USAGE)
    if max_result_chars < 1000:
        raise fail(f"--max-result-chars {max_result_chars}: must be at least 1000", EXIT_USAGE)
    name = api.value
    try:
        offered: list[AnyTool] = [*catalog(name), *helpers(name)]
        chosen = select(offered, allow_write=allow_write, patterns=parse_patterns(tools))
    except SelectionError as error:
        raise fail(str(error), EXIT_USAGE) from None
    if list_tools:
        for tool in chosen:
            listed = mcp_tool(tool)
            kind = "read" if tool.read_only else ("DELETE" if tool.destructive else "write")
            typer.echo(f"{listed.name}\t{tool.qualified}\t{kind}")
        return
    url = base_url or os.environ.get(ENV_BASE_URLS[name]) or None
    try:
        client = client_from_environment(name, base_url=url)
    except CredentialsError as error:
        raise fail(f"{type(error).__name__}: {error}", EXIT_USAGE) from None
    if http is not None and host not in LOOPBACK:
        _say(f"warning: listening on {host}: anyone who reaches it calls the API with your credentials")

    async def serve() -> None:
        async with client:
            box = ToolBox(client, chosen, max_result_chars=max_result_chars, dynamic=dynamic)
            server = build_server(box, name)
            if http is None:
                await serve_stdio(server)
            else:
                await serve_http(server, host, http, lambda address: _say(f"serving {name} at {address}"))

    try:
        asyncio.run(serve())
    except KeyboardInterrupt:
        pass
    except OSError as error:
        raise fail(f"{type(error).__name__}: {error.strerror or error}", EXIT_USAGE) from None
