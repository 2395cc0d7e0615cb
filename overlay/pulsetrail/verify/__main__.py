"""`python -m pulsetrail.verify ...`: the `pulsetrail verify` command on its own."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    try:
        from ..cli import verify_app
    except ImportError as error:  # the cli extra is missing
        print(
            f"pulsetrail: error: ImportError: pulsetrail verify needs the cli extra: pip install 'pulsetrail[cli]' "
            f"({error.name})",
            file=sys.stderr,
        )
        return 2
    return verify_app(list(argv) if argv is not None else sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
