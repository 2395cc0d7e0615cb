"""The `pulsetrail` console script and `python -m pulsetrail`: the program, or one line saying how to install it.

A plain `pip install pulsetrail` installs the console script too, but not the libraries of the program (the
`pulsetrail[cli]` extra). So this module imports none of them until it has checked they are there: without them,
the program is one line on stderr and exit code 2 (a usage error), not a `ModuleNotFoundError` traceback.
"""

from __future__ import annotations

import importlib
import sys

__all__ = ["CLI_LIBRARIES", "main"]

#: what the `cli` extra installs (pyproject.toml), as imported
CLI_LIBRARIES = ("typer", "rich", "jsonschema", "yaml")
INSTALL_HINT = "pip install 'pulsetrail[cli]'"


def main() -> None:
    """Run the `pulsetrail` program (`pulsetrail.cli.main`) when the `cli` extra is installed."""
    for name in CLI_LIBRARIES:
        try:
            importlib.import_module(name)
        except ImportError:
            print(
                f"pulsetrail: error: the pulsetrail program needs the cli extra ({name} is not installed): "
                f"{INSTALL_HINT}",
                file=sys.stderr,
            )
            sys.exit(2)
    from .cli import main as program  # after the check: an ImportError of the program itself stays a traceback

    program()


if __name__ == "__main__":
    main()
