"""Guard: every parameter, request body and 2xx response schema of every spec operation reaches generated/.

openapi-python-client drops some constructs without a warning (a query parameter declared with `content:`, for one),
so after each generation this reads the specs and the generated modules side by side and fails on anything missing.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPECS = {
    "sendpulse_a360_api": ROOT / "specs" / "sendpulse-a360.yaml",
    "activetrail_api": ROOT / "generated" / "openapi" / "activetrail.yaml",
}
METHODS = ("get", "put", "post", "delete", "patch")
_METHOD = re.compile(r'"method":\s*"(\w+)"')
_URL = re.compile(r'"url":\s*f?"([^"]+)"')


@dataclass(frozen=True)
class Module:
    path: Path
    source: str


def _route_key(method: str, url: str) -> tuple[str, str]:
    return method.lower(), re.sub(r"\{[^}]*\}", "{}", url)


def index_modules(package: Path) -> dict[tuple[str, str], Module]:
    """Generated operation modules by (method, path with anonymous placeholders)."""
    modules: dict[tuple[str, str], Module] = {}
    for path in sorted((package / "api").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        methods, urls = _METHOD.findall(source), _URL.findall(source)
        if len(methods) == 1 and len(urls) == 1:
            modules[_route_key(methods[0], urls[0])] = Module(path, source)
    return modules


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def problems_for(spec: dict[str, Any], modules: dict[tuple[str, str], Module]) -> list[str]:
    found: list[str] = []
    for url, item in spec.get("paths", {}).items():
        for method in METHODS:
            if method not in item:
                continue
            operation = item[method]
            name = f"{method.upper()} {url} ({operation.get('operationId')})"
            module = modules.get(_route_key(method, url))
            if module is None:
                found.append(f"{name}: no generated module")
                continue
            found.extend(f"{name}: {problem}" for problem in _namespace_problems(module))
            parameters = [_resolve(spec, p) for p in item.get("parameters", []) + operation.get("parameters", [])]
            for parameter in parameters:
                where, wire = parameter["in"], parameter["name"]
                if where == "path":
                    continue  # counted below: placeholders keep their position, not their spelling
                container = {"query": "params", "header": "headers", "cookie": "cookies"}[where]
                if f'{container}["{wire}"]' not in module.source:
                    found.append(f"{name}: {where} parameter {wire!r} is missing")
            wanted = sum(1 for p in parameters if p["in"] == "path")
            generated_url = _URL.search(module.source)
            have = len(re.findall(r"\{[^}]*\}", generated_url.group(1))) if generated_url else 0
            if have != wanted:
                found.append(f"{name}: {wanted} path parameters in the spec, {have} in the generated URL")
            if "requestBody" in operation and '_kwargs["json"]' not in module.source:
                found.append(f"{name}: request body is missing")
            for status, response in operation.get("responses", {}).items():
                if not str(status).startswith("2"):
                    continue
                has_schema = any("schema" in m for m in _resolve(spec, response).get("content", {}).values())
                if f"if response.status_code == {status}:" not in module.source:
                    found.append(f"{name}: response {status} is not handled")
                elif has_schema and f"response_{status} = cast(Any, None)" in module.source:
                    found.append(f"{name}: response {status} schema is not parsed")
    return found


def _namespace_problems(module: Module) -> list[str]:
    """The operation must have its descriptor and a method in each of its tag's four namespace classes (async, sync,
    and their `with_raw_response` twins), and the tag must be an attribute of the clients."""
    tag_dir = module.path.parent
    namespace = (tag_dir / "__init__.py").read_text(encoding="utf-8")
    api_init = (tag_dir.parent / "__init__.py").read_text(encoding="utf-8")
    problems = []
    methods = re.findall(rf"^    (?:async )?def {module.path.stem}\(\n        self,", namespace, re.MULTILINE)
    if len(methods) != 4:  # async, async raw, sync, sync raw
        problems.append(f"{len(methods)} of the 4 methods {module.path.stem}() in {tag_dir.name}/__init__.py")
    if f"\n_{module.path.stem.upper()} = op.Operation(\n" not in namespace:
        problems.append(f"no descriptor _{module.path.stem.upper()} in {tag_dir.name}/__init__.py")
    if f"    def {tag_dir.name}(self) -> " not in api_init:
        problems.append(f"no namespace attribute {tag_dir.name!r} in api/__init__.py")
    return problems


def main() -> int:
    failures: list[str] = []
    for package, spec_path in SPECS.items():
        if not spec_path.exists():
            failures.append(f"{spec_path.relative_to(ROOT)} does not exist")
            continue
        spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
        modules = index_modules(ROOT / "generated" / package)
        failures.extend(f"{package}: {p}" for p in problems_for(spec, modules))
        operations = sum(1 for item in spec.get("paths", {}).values() for m in METHODS if m in item)
        print(f"check_generated: {package}: {operations} operations checked")
    for failure in failures:
        print(f"check_generated: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
