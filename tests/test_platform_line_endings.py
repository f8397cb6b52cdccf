"""Exported files and CLI output are the same bytes on Windows as on Linux.

Windows text mode turns every ``\\n`` into ``\\r\\n`` and encodes in the ANSI code page (cp1252 in
Denmark), which cannot write every patient's name. Exports are therefore written as bytes, any
text-mode write in the export paths must say its ``newline=`` explicitly, and the CLI writes
UTF-8 with ``\\n`` whatever the console or code page. The code page is simulated with
``PYTHONIOENCODING=cp1252``, which is what a redirected stdout gets on a Danish Windows.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lbp_desktop.cli import main
from lbp_desktop.interop.bundle import build_bundle, to_json_bytes
from tests.fhir_support import add_case, new_store

ROOT = Path(__file__).resolve().parents[1]
# Where files that leave the machine are written (exports, letters, save dialogs).
EXPORT_CODE = ["lbp_desktop/interop", "lbp_desktop/reports", "lbp_desktop/cli",
               "lbp_desktop/ui/workspace"]
NAME = "Łukasz Żółć-Ærø"  # not in cp1252: Ł, Ż, ł, ż, ć


@pytest.fixture
def clinic(tmp_path: Path, forms) -> tuple[Path, str]:
    store = new_store(tmp_path)
    case = add_case(store, forms, "010190-1235", NAME, "high", letter=False)
    store.close()
    return tmp_path / "clinic.db", case["episode"].id


def test_a_fhir_export_is_exactly_the_bundle_bytes_with_lf(clinic, tmp_path, forms) -> None:
    db, episode = clinic
    target = tmp_path / "eksport.json"
    assert main(["export-fhir", "--db", str(db), "--plaintext", "--episode", episode,
                 "-o", str(target)]) == 0
    written = target.read_bytes()
    assert b"\r\n" not in written
    assert NAME.encode("utf-8") in written
    bundle = json.loads(written)
    assert to_json_bytes(bundle) == written  # nothing added or translated on the way to disk


def _cli(args: list[str]) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, PYTHONIOENCODING="cp1252", PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "lbp_desktop", *args], capture_output=True,
                          env=env, timeout=120, cwd=ROOT)


def test_cli_json_is_utf8_with_lf_under_a_windows_code_page(clinic) -> None:
    db, _ = clinic
    result = _cli(["episodes", "--db", str(db), "--plaintext", "--json"])
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert b"\r\n" not in result.stdout
    listed = json.loads(result.stdout.decode("utf-8"))
    assert listed[0]["patient"]["name"] == NAME


def test_cli_errors_are_utf8_under_a_windows_code_page(tmp_path) -> None:
    missing = tmp_path / "Łódź" / "klinik.lbp"
    result = _cli(["episodes", "--db", str(missing), "--plaintext"])
    assert result.returncode != 0
    message = result.stderr.decode("utf-8")
    assert "Łódź" in message
    assert "Traceback" not in message


def _text_mode_writes(path: Path) -> list[str]:
    """Calls in ``path`` that open a file for writing in text mode without ``newline=``."""
    found = []
    shown = path.relative_to(ROOT) if ROOT in path.parents else path.name
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
        keywords = {k.arg for k in node.keywords}
        if name == "write_text" and "newline" not in keywords:
            found.append(f"{shown}:{node.lineno}: write_text without newline=")
        if name in ("open", "fdopen") and "newline" not in keywords:
            mode = node.args[1] if len(node.args) > 1 else next(
                (k.value for k in node.keywords if k.arg == "mode"), None)
            text = mode.value if isinstance(mode, ast.Constant) else ""
            if isinstance(text, str) and any(c in text for c in "wax") and "b" not in text:
                found.append(f"{shown}:{node.lineno}: text-mode {name} "
                             "without newline=")
    return found


def test_export_code_never_writes_text_without_saying_its_line_ends() -> None:
    problems = [problem for folder in EXPORT_CODE for path in sorted((ROOT / folder).rglob("*.py"))
                for problem in _text_mode_writes(path)]
    assert problems == []


def test_the_checker_does_find_a_text_mode_write(tmp_path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('open("x.csv", "w")\nPath("y.xml").write_text("z")\n'
                      'open("ok.csv", "w", newline="")\nopen("ok.pdf", "wb")\n', newline="\n")
    assert [p.split(": ", 1)[1] for p in _text_mode_writes(sample)] == [
        "text-mode open without newline=", "write_text without newline="]


def test_the_bundle_builder_output_has_no_carriage_returns(clinic, forms) -> None:
    from lbp_desktop.storage.store import Store

    db, _ = clinic
    store = Store.open(db, None, plaintext=True)
    try:
        data = to_json_bytes(build_bundle(store, forms=forms))
    finally:
        store.close()
    assert b"\r" not in data


def _unbinary_opens(path: Path) -> list[str]:
    """``os.open`` calls for writing whose flags lack ``O_BINARY``.

    On Windows ``os.open`` gives a *text-mode* descriptor unless ``O_BINARY`` is set: every
    ``os.write`` of ``\\n`` then becomes ``\\r\\n`` — a PDF, a database page or a backup written
    that way is corrupt. (``getattr(os, "O_BINARY", 0)`` is how the flag is written portably.)
    """
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "open" and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "os" and len(node.args) > 1):
            continue
        flags = node.args[1]
        names = {n.attr for n in ast.walk(flags) if isinstance(n, ast.Attribute)}
        names |= {n.value for n in ast.walk(flags) if isinstance(n, ast.Constant)}
        if names & {"O_WRONLY", "O_RDWR"} and "O_BINARY" not in names:
            shown = path.relative_to(ROOT) if ROOT in path.parents else path.name
            found.append(f"{shown}:{node.lineno}")
    return found


def test_every_low_level_write_is_binary_on_windows() -> None:
    problems = [problem for path in sorted((ROOT / "lbp_desktop").rglob("*.py"))
                for problem in _unbinary_opens(path)]
    assert problems == []


def test_the_binary_checker_does_find_a_text_mode_descriptor(tmp_path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("import os\n"
                      "os.open(p, os.O_WRONLY | os.O_CREAT, 0o600)\n"
                      "os.open(p, os.O_RDWR | getattr(os, 'O_BINARY', 0))\n"
                      "os.open(p, os.O_RDONLY)\n", newline="\n")
    assert _unbinary_opens(sample) == ["sample.py:2"]
