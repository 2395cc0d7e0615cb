"""The `pulsetrail` program never loses a file (#22): outputs replace their target only when complete (a refused
token, an unreachable server, a failure midway, Ctrl-C and a real SIGINT leave it byte-identical), `--out -` is
stdout, imports read what spreadsheets save (cp1252 with `--encoding`, a BOM, UTF-16, `;` and tab) or say in one
line why not, an import accounts for every row, and without the `cli` extra the program is one line, not a traceback.

Servers are real sockets: a local HTTP server in a thread (each test says what it answers), a bound port that does
not listen, and Prism for the A360 export to stdout."""

from __future__ import annotations

import csv
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from conftest import MockServer
from pulsetrail.cli._output import CsvOut
from test_cli import SECRETS, cli, one_line_error, read_csv, scan

HANG_GUARD = 120.0  # seconds: generous, only so a broken test cannot hang the suite

#: (status, JSON body) for a request: (method, path with query, body)
Answer = Callable[[str, str, bytes], tuple[int, Any]]


@dataclass
class Server:
    url: str
    requests: list[tuple[str, str, bytes]] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)  # set: stalled answers go on (teardown)


@contextmanager
def serve(answer: Answer) -> Iterator[Server]:
    """A local HTTP server on 127.0.0.1 answering every request with `answer`; it records what it received."""
    server = Server(url="")

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _answer(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            server.requests.append((self.command, self.path, body))
            status, payload = answer(self.command, self.path, body)
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = _answer

        def log_message(self, format: str, *args: Any) -> None:
            pass

    class Quiet(ThreadingHTTPServer):
        def handle_error(self, request: Any, client_address: Any) -> None:
            pass  # a client that went away (the SIGINT test's, by design) is not the server's error

    httpd = Quiet(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    server.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.release.set()
        httpd.shutdown()
        httpd.server_close()


def contacts_page(path: str, total: int) -> list[dict[str, Any]]:
    """The page `GET /api/contacts?Page=..&Limit=..` asks for, out of `total` contacts."""
    query = dict(part.split("=", 1) for part in path.split("?", 1)[1].split("&"))
    number, size = int(query["Page"]), int(query["Limit"])
    first = (number - 1) * size
    return [
        {"id": i, "email": f"c{i}@example.com", "state": "ACTIVE"}
        for i in range(first + 1, min(first + size, total) + 1)
    ]


PRECIOUS = b"id,email\r\n1,keep-me@example.com\r\n2,caf\xe9@example.com\r\nnot even csv: \x00\xff\n"


@pytest.fixture
def precious(tmp_path: Path) -> Path:
    """A file the user cares about (odd bytes included), with its own permissions, alone in its folder."""
    path = tmp_path / "precious.csv"
    path.write_bytes(PRECIOUS)
    path.chmod(0o640)
    return path


def assert_untouched(path: Path) -> None:
    assert path.read_bytes() == PRECIOUS
    assert path.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no partial file left beside it


EXPORTS = {
    "activetrail": ["activetrail", "contacts", "export"],
    "a360": ["a360", "recipients", "email", "467511"],
}


# -- outputs: replaced only when complete -------------------------------------------------------------------------


@pytest.mark.parametrize("api", EXPORTS)
def test_a_refused_token_leaves_the_file_byte_identical(api: str, precious: Path) -> None:
    with serve(lambda method, path, body: (401, {"Message": "Authorization has been denied for this request."})) as srv:
        result = cli(*EXPORTS[api], "--out", str(precious), "--base-url", srv.url)
    assert srv.requests  # the server was asked (and refused)
    assert result.exit_code == 1
    error = one_line_error(result)
    assert error.startswith("pulsetrail: error: AuthenticationError: ")
    assert error.endswith(f"; nothing was written ({precious} is as it was)")
    assert_untouched(precious)


@pytest.mark.parametrize("api", EXPORTS)
def test_an_unreachable_server_leaves_the_file_byte_identical(api: str, precious: Path) -> None:
    # a port bound by us but not listening: it refuses connections and stays ours for the whole test
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{sock.getsockname()[1]}"
        result = cli(*EXPORTS[api], "--out", str(precious), "--base-url", url)
    assert result.exit_code == 1
    error = one_line_error(result)
    assert error.startswith("pulsetrail: error: APIConnectionError: ")
    assert error.endswith(f"; nothing was written ({precious} is as it was)")
    assert_untouched(precious)


def test_a_failure_midway_leaves_the_file_byte_identical(precious: Path) -> None:
    # page 1 is written (to the partial file), page 2 fails: the user's file is still the old one
    def answer(method: str, path: str, body: bytes) -> tuple[int, Any]:
        if "Page=1&" in path or path.endswith("Page=1"):
            return 200, contacts_page(path, 500)
        return 400, {"Message": "The request is invalid."}

    with serve(answer) as srv:
        result = cli("activetrail", "contacts", "export", "-o", str(precious), "--base-url", srv.url)
    assert len(srv.requests) == 2
    assert result.exit_code == 1
    assert one_line_error(result).startswith("pulsetrail: error: BadRequestError: ")
    assert_untouched(precious)


def test_ctrl_c_in_the_writer_leaves_the_file_untouched(precious: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write = CsvOut.write

    def interrupted_at_row_150(self: CsvOut, row: Any) -> None:
        if self.rows == 150:
            raise KeyboardInterrupt
        write(self, row)

    monkeypatch.setattr(CsvOut, "write", interrupted_at_row_150)
    fresh = precious.with_name("fresh.csv")
    with serve(lambda method, path, body: (200, contacts_page(path, 500))) as srv:
        result = cli("activetrail", "contacts", "export", "-o", str(precious), "--base-url", srv.url)
        assert result.exit_code == 130
        assert one_line_error(result) == (
            f"pulsetrail: error: interrupted; nothing was written ({precious} is as it was)"
        )
        assert_untouched(precious)
        new = cli("activetrail", "contacts", "export", "-o", str(fresh), "--base-url", srv.url)
    assert new.exit_code == 130
    assert one_line_error(new) == f"pulsetrail: error: interrupted; nothing was written to {fresh}"
    assert not fresh.exists()
    assert_untouched(precious)


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_sigint_to_the_program_leaves_the_file_untouched(precious: Path) -> None:
    # the console script in its own process, Ctrl-C (SIGINT) while it waits for page 2 with page 1 on disk
    def answer(method: str, path: str, body: bytes) -> tuple[int, Any]:
        if "Page=1&" not in path:
            srv.release.wait(HANG_GUARD)  # page 2 never comes while the test runs
        return 200, contacts_page(path, 500)

    script = Path(sys.executable).with_name("pulsetrail")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SENDPULSE_", "ACTIVETRAIL_"))}
    with serve(answer) as srv:
        child = subprocess.Popen(  # noqa: S603 - our own console script, fixed arguments
            [str(script), "activetrail", "contacts", "export", "-o", str(precious), "--base-url", srv.url],
            env={**env, **SECRETS}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            # Ctrl-C's default, whoever started the tests: a shell's background job ignores SIGINT, and a child
            # inheriting that (Python keeps an ignored SIGINT ignored) would never see the signal this test sends
            preexec_fn=_default_sigint,
        )  # fmt: skip
        try:
            deadline = time.monotonic() + HANG_GUARD
            while not any(".partial" in p.name and p.stat().st_size > 1000 for p in precious.parent.iterdir()):
                assert child.poll() is None and time.monotonic() < deadline, "page 1 never reached the disk"
                time.sleep(0.05)
            child.send_signal(signal.SIGINT)
            out, err = child.communicate(timeout=HANG_GUARD)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
    scan(out, err)
    assert child.returncode == 130, err
    assert out == ""
    assert err.strip().splitlines() == [
        f"pulsetrail: error: interrupted; nothing was written ({precious} is as it was)"
    ]
    assert_untouched(precious)


def test_an_export_through_a_symlink_replaces_the_file_it_points_to(precious: Path) -> None:
    link = precious.with_name("link.csv")
    link.symlink_to(precious.name)
    with serve(lambda method, path, body: (401, {"Message": "Authorization has been denied."})) as srv:
        refused = cli("activetrail", "contacts", "export", "-o", str(link), "--base-url", srv.url)
    assert refused.exit_code == 1
    assert link.is_symlink() and precious.read_bytes() == PRECIOUS
    with serve(lambda method, path, body: (200, contacts_page(path, 3))) as srv:
        done = cli("activetrail", "contacts", "export", "-o", str(link), "--base-url", srv.url)
    assert done.exit_code == 0, done.stderr
    assert link.is_symlink() and link.resolve() == precious.resolve()
    assert [row["email"] for row in read_csv(precious)] == [f"c{i}@example.com" for i in range(1, 4)]
    assert precious.stat().st_mode & 0o777 == 0o640  # the replaced file keeps its permissions
    assert sorted(p.name for p in precious.parent.iterdir()) == ["link.csv", "precious.csv"]


def test_out_dash_writes_the_csv_to_stdout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, a360_mock: MockServer
) -> None:
    monkeypatch.chdir(tmp_path)
    with serve(lambda method, path, body: (200, contacts_page(path, 150))) as srv:
        result = cli("activetrail", "contacts", "export", "--out", "-", "--base-url", srv.url)
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(result.stdout.splitlines()))
    assert [row["email"] for row in rows] == [f"c{i}@example.com" for i in range(1, 151)]
    assert result.stderr.strip() == "150 contact(s) written to stdout"
    recipients = cli("a360", "recipients", "email", "467511", "-o", "-", "--base-url", a360_mock.url)
    assert recipients.exit_code == 0, recipients.stderr
    assert all("@" in row["email"] for row in csv.DictReader(recipients.stdout.splitlines()))
    assert list(tmp_path.iterdir()) == []  # no file named `-`


# -- imports: what spreadsheets save ------------------------------------------------------------------------------


def accept_all(method: str, path: str, body: bytes) -> tuple[int, Any]:
    return 200, {"success": len(json.loads(body)["contacts"]), "contact_errors": []}


def sent_contacts(srv: Server) -> list[dict[str, Any]]:
    return [c for _, _, body in srv.requests for c in json.loads(body)["contacts"]]


def test_a_cp1252_file_is_one_line_naming_the_encoding_and_the_line(tmp_path: Path) -> None:
    file = tmp_path / "excel.csv"
    file.write_bytes("email,first_name\r\nann@example.com,Ann\r\nandre@example.com,André\r\n".encode("cp1252"))
    with serve(accept_all) as srv:
        result = cli("activetrail", "contacts", "import", str(file), "--group", "12", "--base-url", srv.url)
        assert result.exit_code == 2
        error = one_line_error(result)
        assert f"{file}: line 3 is not UTF-8 text (byte 0xe9)" in error
        assert "--encoding cp1252" in error
        assert srv.requests == []
        named = cli("activetrail", "contacts", "import", str(file), "--group", "12", "--encoding", "cp1252",
                    "--base-url", srv.url)  # fmt: skip
        assert named.exit_code == 0, named.stderr
        assert [c["first_name"] for c in sent_contacts(srv)] == ["Ann", "André"]
        wrong = cli("activetrail", "contacts", "import", str(file), "--group", "12", "--encoding", "utf-8",
                    "--base-url", srv.url)  # fmt: skip
    assert wrong.exit_code == 2
    assert f"{file}: line 3 is not utf-8 text (byte 0xe9)" in one_line_error(wrong)
    unknown = cli("activetrail", "contacts", "import", str(file), "--group", "12", "--encoding", "klingon")
    assert unknown.exit_code == 2
    assert "unknown encoding 'klingon' (--encoding)" in one_line_error(unknown)


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10", id="png"),
        pytest.param(b"email\nok@example.com\n\x00\x01\x02", id="nul-bytes"),
    ],
)
def test_a_binary_file_is_one_line(tmp_path: Path, content: bytes) -> None:
    file = tmp_path / "not.csv"
    file.write_bytes(content)
    result = cli("activetrail", "contacts", "import", str(file), "--group", "12", "--base-url", "http://127.0.0.1:9")
    assert result.exit_code == 2
    assert one_line_error(result) == f"pulsetrail: error: {file} is a binary file, not CSV text"


def test_an_excel_workbook_is_one_line_saying_to_save_it_as_csv(tmp_path: Path) -> None:
    file = tmp_path / "contacts.xlsx"
    with zipfile.ZipFile(file, "w") as workbook:
        workbook.writestr("xl/workbook.xml", "<workbook/>")
    result = cli("activetrail", "contacts", "import", str(file), "--group", "12", "--base-url", "http://127.0.0.1:9")
    assert result.exit_code == 2
    assert one_line_error(result).endswith("is a binary file, not CSV text (a zip archive: an Excel workbook? save "
                                           "it as CSV)")  # fmt: skip


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("utf-8", ";"), ("utf-8", "\t"), ("utf-8-sig", ","), ("utf-8-sig", ";"), ("utf-16", "\t")],
    ids=["semicolon", "tab", "utf8-bom", "utf8-bom-semicolon", "excel-unicode-text"],
)
def test_what_spreadsheets_save_imports_as_it_is(tmp_path: Path, encoding: str, delimiter: str) -> None:
    file = tmp_path / "saved.csv"
    with file.open("w", encoding=encoding, newline="") as stream:
        writer = csv.writer(stream, delimiter=delimiter)
        writer.writerow(["email", "first_name", "num1"])
        writer.writerow(["ann@example.com", "Ann; Lee, Jr.", "1.5"])
        writer.writerow(["zoe@example.com", "Zoë", "2"])
    with serve(accept_all) as srv:
        result = cli("activetrail", "contacts", "import", str(file), "--group", "12", "--base-url", srv.url)
    assert result.exit_code == 0, result.stderr
    assert sent_contacts(srv) == [
        {"email": "ann@example.com", "first_name": "Ann; Lee, Jr.", "num1": 1.5},
        {"email": "zoe@example.com", "first_name": "Zoë", "num1": 2.0},
    ]


def test_another_separator_is_named_in_the_error(tmp_path: Path) -> None:
    file = tmp_path / "piped.csv"
    file.write_text("email|first_name\nann@example.com|Ann\n", encoding="utf-8")
    result = cli("activetrail", "contacts", "import", str(file), "--group", "12", "--base-url", "http://127.0.0.1:9")
    assert result.exit_code == 2
    error = one_line_error(result)
    assert "line 1: unknown column(s) 'email|first_name'" in error
    assert "the file must be separated by ',', ';' or tab" in error


# -- imports: every row accounted for -------------------------------------------------------------------------------


def write_rows(path: Path, total: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["email", "first_name"])
        writer.writerows([f"row{i}@example.com", str(i)] for i in range(total))
    return path


def accounted(summary: str) -> tuple[int, int, int, int]:
    """`I of T row(s) imported, R rejected, N not sent` -> (I, R, N, T)."""
    words = summary.split("row(s) imported, ")
    imported, total = (int(n) for n in words[0].split()[-3::2])
    rejected, not_sent = (int(part.split()[0]) for part in words[1].split(", ")[:2])
    return imported, rejected, not_sent, total


def test_a_5000_row_import_with_one_rejection_per_call_accounts_for_every_row(tmp_path: Path) -> None:
    # each 1,000-row call: one contact refused, by email; the server's own count says 1 (a hostile or broken count:
    # the rows it does not name are what went through)
    def answer(method: str, path: str, body: bytes) -> tuple[int, Any]:
        contacts = json.loads(body)["contacts"]
        refused = contacts[7]["email"]
        return 200, {"success": 1, "contact_errors": [{"message": "Contact is blocked",
                                                        "contact_error": {"email": refused}}]}  # fmt: skip

    file = write_rows(tmp_path / "five.csv", 5000)
    with serve(answer) as srv:
        result = cli("activetrail", "contacts", "import", str(file), "--group", "12", "--base-url", srv.url)
    assert result.exit_code == 1
    assert sorted(len(json.loads(body)["contacts"]) for _, _, body in srv.requests) == [1000] * 5
    summary = result.stderr.strip()
    assert summary.startswith("4995 of 5000 row(s) imported, 5 rejected, 0 not sent (into group 12); ")
    assert accounted(summary) == (4995, 5, 0, 5000)
    rejected = read_csv(tmp_path / "five.rejected.csv")
    assert [(row["source_line"], row["email"], row["reject_reason"]) for row in rejected] == [
        (str(call * 1000 + 7 + 2), f"row{call * 1000 + 7}@example.com", "Contact is blocked") for call in range(5)
    ]


def test_an_import_stopped_by_a_refused_token_accounts_for_every_row(tmp_path: Path) -> None:
    # 5 calls, 4 at a time: the third is refused (401), so the fifth is never sent
    def answer(method: str, path: str, body: bytes) -> tuple[int, Any]:
        contacts = json.loads(body)["contacts"]
        if contacts[0]["email"] == "row2000@example.com":
            return 401, {"Message": "Authorization has been denied for this request."}
        return 200, {"success": len(contacts), "contact_errors": []}

    file = write_rows(tmp_path / "stop.csv", 5000)
    with serve(answer) as srv:
        result = cli("activetrail", "contacts", "import", str(file), "--group", "12", "--base-url", srv.url)
    assert result.exit_code == 1
    assert len(srv.requests) == 4
    error = one_line_error(result)
    assert error.startswith("pulsetrail: error: AuthenticationError: ")
    assert "; 3000 of 5000 row(s) imported, 0 rejected, 2000 not sent (every row not imported is in " in error
    rejected = read_csv(tmp_path / "stop.rejected.csv")
    assert [int(row["source_line"]) for row in rejected] == [*range(2002, 3002), *range(4002, 5002)]
    assert all(row["reject_reason"].startswith("not sent: AuthenticationError: ") for row in rejected)


def test_ctrl_c_during_an_import_accounts_for_every_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pulsetrail.cli import activetrail as command

    answered = command.ImportTally.answered
    calls: list[int] = []

    def interrupted_after_two_answers(self: Any, part: Any, result: Any) -> None:
        calls.append(len(part))
        if len(calls) == 3:
            raise KeyboardInterrupt
        answered(self, part, result)

    monkeypatch.setattr(command.ImportTally, "answered", interrupted_after_two_answers)
    file = write_rows(tmp_path / "ctrl-c.csv", 5000)
    with serve(accept_all) as srv:
        result = cli("activetrail", "contacts", "import", str(file), "--group", "12", "--base-url", srv.url)
    assert result.exit_code == 130
    error = one_line_error(result)
    assert error.startswith("pulsetrail: error: interrupted; 2000 of 5000 row(s) imported, 0 rejected, 3000 not sent")
    assert len(read_csv(tmp_path / "ctrl-c.rejected.csv")) == 3000


def test_a_rejection_that_names_no_row_is_kept_and_counted(tmp_path: Path) -> None:
    def answer(method: str, path: str, body: bytes) -> tuple[int, Any]:
        contacts = json.loads(body)["contacts"]
        return 200, {"success": len(contacts) - 1, "contact_errors": [
            {"message": "Unknown contact", "contact_error": {"email": "stranger@example.com"}}]}  # fmt: skip

    file = write_rows(tmp_path / "odd.csv", 30)
    with serve(answer) as srv:
        result = cli("activetrail", "contacts", "import", str(file), "--group", "12", "--base-url", srv.url)
    assert result.exit_code == 1
    assert accounted(result.stderr.strip()) == (29, 1, 0, 30)
    rejected = read_csv(tmp_path / "odd.rejected.csv")
    assert [(row["source_line"], row["email"], row["reject_reason"]) for row in rejected] == [
        ("", "", "server: Unknown contact")
    ]


def test_nothing_sent_when_the_credentials_are_missing(tmp_path: Path) -> None:
    file = write_rows(tmp_path / "no-token.csv", 3)
    result = cli("activetrail", "contacts", "import", str(file), "--group", "12", env={"ACTIVETRAIL_TOKEN": None})
    assert result.exit_code == 2
    assert one_line_error(result).endswith("; nothing was sent")
    assert not (tmp_path / "no-token.rejected.csv").exists()


# -- without the cli extra --------------------------------------------------------------------------------------------


def test_without_the_cli_extra_the_program_is_one_line(tmp_path: Path) -> None:
    # what `pip install pulsetrail` (no [cli]) leaves: the console script, and no typer to import
    blocker = tmp_path / "no-extra"
    blocker.mkdir()
    (blocker / "typer.py").write_text(
        "raise ModuleNotFoundError(\"No module named 'typer'\", name='typer')\n", encoding="utf-8"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SENDPULSE_", "ACTIVETRAIL_"))}
    env["PYTHONPATH"] = str(blocker)
    script = Path(sys.executable).with_name("pulsetrail")
    for command in ([str(script), "a360", "flows"], [str(script)], [sys.executable, "-m", "pulsetrail", "--version"]):
        done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=HANG_GUARD, check=False)  # noqa: S603
        assert done.returncode == 2, (command, done.stderr)
        assert done.stdout == ""
        assert done.stderr.splitlines() == [
            "pulsetrail: error: the pulsetrail program needs the cli extra (typer is not installed): "
            "pip install 'pulsetrail[cli]'"
        ]
    with_extra = subprocess.run(
        [sys.executable, "-m", "pulsetrail", "--version"], capture_output=True, text=True, timeout=HANG_GUARD,
        check=False,
    )  # fmt: skip
    assert with_extra.returncode == 0 and with_extra.stdout.startswith("pulsetrail ")


def test_the_console_script_is_the_checked_entry_point() -> None:
    import tomllib

    pyproject = tomllib.loads((Path(__file__).resolve().parent.parent / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["scripts"] == {"pulsetrail": "pulsetrail.__main__:main"}
    assert "from pulsetrail.__main__ import main" in Path(sys.executable).with_name("pulsetrail").read_text()
