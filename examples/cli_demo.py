"""`make demo`, second part: the `pulsetrail` program against Prism mock servers started from our specs.

Runs, as a person would type them (credentials from the environment, fake ones here):

    pulsetrail a360 report --from 2026-10-01 --to 2026-10-31
    pulsetrail activetrail contacts export --out build/demo/contacts.csv
    pulsetrail activetrail contacts import build/demo/contacts.csv --group 12
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from mock_servers import A360_SPEC, ACTIVETRAIL_SPEC, prism  # noqa: E402

OUT = ROOT / "build" / "demo"
DEMO_CREDENTIALS = {  # fake: Prism accepts any
    "SENDPULSE_CLIENT_ID": "demo-client-id",
    "SENDPULSE_CLIENT_SECRET": "demo-client-secret",
    "ACTIVETRAIL_TOKEN": "0Xdemo-token",
}


def pulsetrail(*args: str, base_url: str) -> int:
    """Run the installed console script, showing the command line (never the credentials: they are in env)."""
    print(f"$ pulsetrail {shlex.join(args)}", flush=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SENDPULSE_", "ACTIVETRAIL_"))}
    script = Path(sys.executable).with_name("pulsetrail")
    done = subprocess.run(  # noqa: S603 - our own console script, fixed arguments
        [str(script), *args, "--base-url", base_url], env={**env, **DEMO_CREDENTIALS}, check=False, timeout=120
    )
    print(f"(exit code {done.returncode})\n", flush=True)
    return done.returncode


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    contacts = OUT / "contacts.csv"
    with prism(A360_SPEC) as a360_url, prism(ACTIVETRAIL_SPEC) as activetrail_url:
        print(f"The pulsetrail program against the mocks: A360 {a360_url}, ActiveTrail {activetrail_url}\n")
        codes = [
            pulsetrail("a360", "report", "--from", "2026-10-01", "--to", "2026-10-31", base_url=a360_url),
            pulsetrail("activetrail", "contacts", "export", "--out", str(contacts), base_url=activetrail_url),
        ]
        print(contacts.read_text(encoding="utf-8").splitlines()[0][:100] + "...\n")
        # the mock's example answer rejects one contact, so this one exits 1 and writes contacts.rejected.csv
        pulsetrail("activetrail", "contacts", "import", str(contacts), "--group", "12", base_url=activetrail_url)
    return 1 if any(codes) else 0


if __name__ == "__main__":
    sys.exit(main())
