"""What the first window and the letter command load: only what their work needs.

Time is measured in ``benchmarks/``; these tests pin the imports that made start-up and the
``epikrise`` command slow, so they do not creep back.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

# Libraries the painted sign-in window does not need (they load after the first paint, or when
# their feature is used).
NOT_BEFORE_SIGN_IN = ("sqlite_utils", "pluggy", "click", "dateutil", "logging.handlers",
                      "importlib.metadata", "pydantic", "yaml", "fhir", "pypdf", "reportlab",
                      "stdnum", "argon2", "lbp_desktop.cli.db_cmd", "lbp_desktop.cli.sync_cmd")


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", LBP_DATA_DIR=str(tmp_path / "data"),
               LBP_KEY_DIR=str(tmp_path / "keys"), LBP_LOG_DIR=str(tmp_path / "logs"),
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    env.pop("LBP_DB_KEY", None)
    return env


def _loaded_after(argv: list[str], watch: tuple[str, ...], env: dict[str, str]
                  ) -> tuple[list[str], subprocess.CompletedProcess[str]]:
    code = ("import sys\nfrom lbp_desktop.cli import main\n"
            f"code = main({argv!r})\n"
            f"print('loaded=' + ','.join(m for m in {watch!r} if m in sys.modules))\n"
            "raise SystemExit(code)")
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    line = next(x for x in proc.stdout.splitlines() if x.startswith("loaded="))
    return [m for m in line.split("=", 1)[1].split(",") if m], proc


@pytest.mark.slow
def test_the_sign_in_window_paints_without_the_heavy_libraries(tmp_path) -> None:
    env = _env(tmp_path)
    db = tmp_path / "clinic.lbp"
    make = ("from lbp_desktop.storage.store import Store\n"
            f"store, _ = Store.create_new({str(db)!r})\n"
            "store.save_clinic('Rygklinikken')\n"
            "store.create_user('anna', 'secret-password', 'Anna', 'clinician')\n"
            "store.close()")
    subprocess.run([sys.executable, "-c", make], env=env, check=True, timeout=120)
    loaded, proc = _loaded_after(["--db", str(db), "--quit-after-startup"],
                                 NOT_BEFORE_SIGN_IN, env)
    assert "startup_ms=" in proc.stdout
    assert loaded == []


@pytest.mark.slow
def test_the_letter_command_embeds_its_bundle_without_a_pdf_parser_or_the_form_schema(
        tmp_path) -> None:
    env = _env(tmp_path)
    db = tmp_path / "demo.lbp"
    subprocess.run([sys.executable, "-m", "lbp_desktop", "demo-db", str(db)], env=env,
                   check=True, capture_output=True, timeout=300)
    episodes = subprocess.run([sys.executable, "-m", "lbp_desktop", "episodes", "--db", str(db)],
                              env=env, check=True, capture_output=True, text=True, timeout=120)
    episode = next(line.split()[0] for line in episodes.stdout.splitlines() if "Morten" in line)
    out = tmp_path / "letter.pdf"
    # the commands above checked the forms once and filled the checked-forms cache
    loaded, proc = _loaded_after(["epikrise", "--db", str(db), "--episode", episode,
                                  "-o", str(out)], ("pypdf", "PySide6", "sqlite_utils", "pydantic",
                                                    "yaml", "lbp_desktop.cli.sync_cmd"), env)
    assert loaded == []
    assert re.search(r", \d+ pages?$", proc.stderr.strip())  # counted without a PDF parser
    from lbp_desktop.reports.attach import attachments

    files = attachments(out.read_bytes())
    assert list(files) == ["episode-fhir.json"]
    assert files["episode-fhir.json"].startswith(b'{"resourceType": "Bundle"')


@pytest.mark.parametrize("argv", [[], ["--db", "c.lbp"], ["--db=c.lbp", "--lang", "en"],
                                  ["--demo", "--kiosk", "--quit-after-startup"],
                                  ["--kiosk", "--hub", "https://hub:8443"], ["--db", "score"]])
def test_the_gui_command_line_parses_the_same_without_the_subcommands(argv) -> None:
    from lbp_desktop.cli import _only_gui_options, build_parser

    assert _only_gui_options(argv)
    assert vars(build_parser(subcommands=False).parse_args(argv)) == vars(
        build_parser().parse_args(argv))


@pytest.mark.parametrize("argv", [["score"], ["--help"], ["--db"], ["--dbx", "c"],
                                  ["--db", "c.lbp", "episodes"]])
def test_anything_else_gets_the_whole_parser(argv) -> None:
    from lbp_desktop.cli import _only_gui_options

    assert not _only_gui_options(argv)
