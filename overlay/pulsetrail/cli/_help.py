"""How the `pulsetrail` program's help reads: usage lines and metavars as a person expects them.

Typer writes a required argument as `{TYPE}` in the usage line and names an argument without a metavar after its type
(`api:<activetrail|a360>`); an option without a metavar shows its type (`<int range>`, `<%Y-%m-%d>`, `<file>`).
`Command` (every command of the program is one) shows an argument as its name in capitals (`TYPE ELEMENT_ID`) and an
option without a metavar as its name in capitals too (`--max-calls MAX_CALLS`); the commands give a better
metavar where they can (`--out FILE`, `--from YYYY-MM-DD`, `--group ID`).
"""

from __future__ import annotations

from typing import Any

import typer.core

__all__ = ["Command"]


class Command(typer.core.TyperCommand):
    """A command whose usage line and help rows name its parameters plainly."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for param in self.params:
            takes_value = isinstance(param, typer.core.TyperArgument) or not (
                isinstance(param, typer.core.TyperOption) and (param.is_flag or param.count)
            )
            if param.metavar is None and param.name and takes_value:
                param.metavar = param.name.upper()

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        # Typer wraps a required argument in braces (`{FILE}`); the convention is the bare name, `[NAME]` if optional
        return [piece.removeprefix("{").removesuffix("}") for piece in super().collect_usage_pieces(ctx)]
