"""The MCP server: the chosen tools listed and called through the official `mcp` SDK's low-level `Server` (each
tool's JSON Schema is ours, from the spec), served over stdio or Streamable HTTP.

Every call goes through the typed namespace method of the SDK client, so auth, token refresh, retries, the
throttle, the in-flight limit and typed errors apply. Every failure of a call becomes a tool error (`isError`) with
one line: the typed error's message (pulsetrail's errors carry no secret), or, for a bug, only its type; the server
goes on.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import mcp_types as types
from mcp.server.context import ServerRequestContext
from mcp.server.lowlevel import Server
from mcp.server.stdio import stdio_server

from .._client import __version__
from .._exceptions import PulsetrailError
from .._pagination import paging_of
from ._arguments import check_arguments, convert_arguments
from ._catalog import OperationTool
from ._helpers import HelperTool
from ._results import page_result, render, to_json

__all__ = ["Outcome", "ToolBox", "build_server", "serve_http", "serve_stdio"]

logger = logging.getLogger("pulsetrail.mcp")

AnyTool = OperationTool | HelperTool


@dataclass(frozen=True)
class Outcome:
    text: str
    is_error: bool = False


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _summary(tool: AnyTool) -> str:
    return tool.summary if isinstance(tool, OperationTool) else tool.description.split("\n", 1)[0]


def mcp_tool(tool: AnyTool) -> types.Tool:
    return types.Tool(
        name=tool.name,
        title=_summary(tool),
        description=tool.description,
        input_schema=dict(tool.input_schema),
        annotations=types.ToolAnnotations(
            read_only_hint=tool.read_only,
            destructive_hint=tool.destructive,
            idempotent_hint=tool.read_only,
            open_world_hint=True,
        ),
    )


_NAME = {"type": "string", "description": "The operation's name, as list_operations gives it."}
META_TOOLS: tuple[types.Tool, ...] = (
    types.Tool(
        name="list_operations",
        title="List the operations",
        description=(
            "The operations this server can call: name, namespace, one-line summary, and whether it only reads. "
            "Narrow the list with `search` (words in the name or summary) or `namespace`. Then describe_operation "
            "gives one operation's full description and arguments, and call_operation calls it."
        ),
        input_schema={
            "type": "object",
            "properties": {
                "search": {"type": "string", "description": "Words that the name or summary contain."},
                "namespace": {"type": "string", "description": "Only this namespace (e.g. `contacts`)."},
            },
            "additionalProperties": False,
        },
        annotations=types.ToolAnnotations(read_only_hint=True, idempotent_hint=True, open_world_hint=False),
    ),
    types.Tool(
        name="describe_operation",
        title="Describe an operation",
        description="One operation's full description and the JSON Schema of its arguments (for call_operation).",
        input_schema={
            "type": "object",
            "properties": {"name": _NAME},
            "required": ["name"],
            "additionalProperties": False,
        },
        annotations=types.ToolAnnotations(read_only_hint=True, idempotent_hint=True, open_world_hint=False),
    ),
    types.Tool(
        name="call_operation",
        title="Call an operation",
        description=(
            "Call one operation with its arguments (an object matching the schema describe_operation gives). "
            "The answer is the operation's JSON; a paged one also says whether more pages may exist."
        ),
        input_schema={
            "type": "object",
            "properties": {
                "name": _NAME,
                "arguments": {"type": "object", "description": "The operation's arguments.", "default": {}},
            },
            "required": ["name"],
            "additionalProperties": False,
        },
        annotations=types.ToolAnnotations(open_world_hint=True),
    ),
)


class ToolBox:
    """The tools one server offers (all of them, or the three of `--dynamic`) and how each call runs."""

    def __init__(self, client: Any, tools: Sequence[AnyTool], *, max_result_chars: int, dynamic: bool = False) -> None:
        self._client = client
        self._tools = {tool.name: tool for tool in tools}
        self._max_result_chars = max_result_chars
        self._dynamic = dynamic

    def listed(self) -> list[types.Tool]:
        """What `tools/list` answers."""
        return list(META_TOOLS) if self._dynamic else [mcp_tool(tool) for tool in self._tools.values()]

    async def call(self, name: str, arguments: Mapping[str, Any]) -> Outcome:
        """What `tools/call` answers: never raises."""
        if not self._dynamic:
            return await self._call(name, arguments)
        meta = {tool.name: tool for tool in META_TOOLS}.get(name)
        if meta is None:
            offered = ", ".join(tool.name for tool in META_TOOLS)
            return Outcome(f"no tool {name!r}: this server offers {offered}", True)
        try:
            check_arguments(meta.input_schema, arguments)
        except PulsetrailError as error:
            return Outcome(_one_line(f"{type(error).__name__}: {error}"), True)
        if name == "list_operations":
            return self._rendered(self._operations(arguments.get("search"), arguments.get("namespace")))
        tool = self._tools.get(arguments["name"])
        if tool is None:
            return Outcome(f"no operation {arguments['name']!r} here; list_operations names them", True)
        if name == "describe_operation":
            return self._rendered(
                {
                    "name": tool.name,
                    "namespace": tool.namespace,
                    "read_only": tool.read_only,
                    "destructive": tool.destructive,
                    "description": tool.description,
                    "input_schema": tool.input_schema,
                }
            )
        inner = arguments.get("arguments") or {}
        return await self._call(tool.name, inner)

    def _operations(self, search: str | None, namespace: str | None) -> list[dict[str, Any]]:
        words = (search or "").lower().split()
        found = []
        for tool in self._tools.values():
            text = f"{tool.name} {_summary(tool)}".lower()
            if namespace and tool.namespace != namespace:
                continue
            if all(word in text for word in words):
                found.append(
                    {
                        "name": tool.name,
                        "namespace": tool.namespace,
                        "summary": _summary(tool),
                        "read_only": tool.read_only,
                    }
                )
        return found

    def _rendered(self, payload: Any) -> Outcome:
        text, _ = render(payload, self._max_result_chars)
        return Outcome(text)

    async def _call(self, name: str, arguments: Mapping[str, Any]) -> Outcome:
        tool = self._tools.get(name)
        if tool is None:
            return Outcome(f"no tool {name!r} on this server (it may be a write operation not allowed)", True)
        try:
            check_arguments(tool.input_schema, arguments)
            if isinstance(tool, HelperTool):
                payload = await tool.run(self._client, arguments)
            else:
                payload = await self._operation(tool, arguments)
        except PulsetrailError as error:
            return Outcome(_one_line(f"{type(error).__name__}: {error}"), True)
        except Exception as error:  # a bug of ours: said without its message (it could quote anything), logged
            logger.exception("tool %s failed", name)
            return Outcome(f"internal error ({type(error).__name__}) in {name}; the server goes on", True)
        return self._rendered(payload)

    async def _operation(self, tool: OperationTool, arguments: Mapping[str, Any]) -> Any:
        keywords = convert_arguments(tool.arguments, arguments)
        method = getattr(getattr(self._client, tool.namespace), tool.name)
        if not tool.paged:
            answer = to_json(await method(**keywords))
            return {"done": True, "body": None} if answer is None else answer
        paging = paging_of([a.name for a in tool.arguments], first_page=getattr(self._client, "first_page", 1))
        assert paging is not None  # the catalog checked it
        page = await method(**keywords).first_page()
        return page_result(page, paging, {**tool.defaults, **keywords})


def build_server(box: ToolBox, api: str) -> Server[Any]:
    """The MCP server answering `tools/list` and `tools/call` from `box`."""

    async def list_tools(
        ctx: ServerRequestContext[Any], params: types.PaginatedRequestParams | None
    ) -> types.ListToolsResult:
        return types.ListToolsResult(tools=box.listed())

    async def call_tool(ctx: ServerRequestContext[Any], params: types.CallToolRequestParams) -> types.CallToolResult:
        outcome = await box.call(params.name, params.arguments or {})
        return types.CallToolResult(content=[types.TextContent(text=outcome.text)], is_error=outcome.is_error)

    title = {"a360": "SendPulse Automation360", "activetrail": "ActiveTrail"}[api]
    return Server(
        f"pulsetrail-{api}",
        version=__version__,
        title=f"pulsetrail: {title}",
        instructions=(
            f"Tools for the {title} API, one per operation (named by its operationId) plus curated helpers. "
            "Answers are JSON; paged answers say whether more pages may exist; long answers are cut and say so."
        ),
        on_list_tools=list_tools,
        on_call_tool=call_tool,
    )


async def serve_stdio(server: Server[Any]) -> None:
    async with stdio_server() as (read, write):
        await server.run(read, write, server.create_initialization_options())


async def serve_http(server: Server[Any], host: str, port: int, announce: Callable[[str], None]) -> None:
    """Streamable HTTP at http://HOST:PORT/mcp (port 0: a free one); `announce` gets the URL once it listens."""
    import uvicorn

    app = server.streamable_http_app(host=host)
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    bound = sock.getsockname()[1]
    shown = f"[{host}]" if family == socket.AF_INET6 else host
    announce(f"http://{shown}:{bound}/mcp")
    config = uvicorn.Config(app, log_level="warning", lifespan="on")
    await uvicorn.Server(config).serve(sockets=[sock])
