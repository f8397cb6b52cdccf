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
                      "stdnum", "argon2", "lbp_desktop.cli.db_cmd", "lbp_desktop.cli.sync_cmd",
                      # hashlib loads OpenSSL's libcrypto (~3 MiB resident), uuid loads platform
                      "hashlib", "_hashlib", "hmac", "secrets", "uuid", "platform", "socket",
                      # the settings of an earlier version are carried over before the workspace
                      "lbp_desktop.settings", "configparser",
                      "lbp_desktop.ui.workspace.lock_screen")

# PySide6 builds a class (and all of its enum classes) on first use. These the bare window never
# builds, and the sign-in window need not before its first paint: the ``Qt`` namespace (~95 enums,
# ~15 ms), the style (set by the ``-style`` argument, not ``setStyle``), the recovery-key dialogs.
QT_CLASSES_NOT_BEFORE_SIGN_IN = ("QtCore.Qt", "QtCore.QSettings", "QtWidgets.QStyle",
                                 "QtWidgets.QInputDialog", "QtWidgets.QMessageBox")


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", LBP_DATA_DIR=str(tmp_path / "data"),
               LBP_KEY_DIR=str(tmp_path / "keys"), LBP_LOG_DIR=str(tmp_path / "logs"),
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    env.pop("LBP_DB_KEY", None)
    return env


def _loaded_after(argv: list[str], watch: tuple[str, ...], env: dict[str, str]
                  ) -> tuple[list[str], subprocess.CompletedProcess[str]]:
    """The modules of ``watch`` loaded after the command ``argv``; its output also says which of
    ``QT_CLASSES_NOT_BEFORE_SIGN_IN`` PySide6 built (``qt=``) and the exception hook (``hook=``)."""
    code = ("import sys\nfrom lbp_desktop.cli import main\n"
            f"code = main({argv!r})\n"
            f"print('loaded=' + ','.join(m for m in {watch!r} if m in sys.modules))\n"
            "built = [c for c in " + repr(QT_CLASSES_NOT_BEFORE_SIGN_IN) + " if c.split('.')[1]"
            " in vars(sys.modules.get('PySide6.' + c.split('.')[0], sys)) ]\n"
            "print('qt=' + ','.join(built))\n"
            "print('hook=' + sys.excepthook.__module__)\n"
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
    assert "\nqt=\n" in proc.stdout  # none of them built
    assert "hook=lbp_desktop.ui.common.crash" in proc.stdout  # the crash hook is set at once


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
    from lbp_desktop.cli import _only_gui_options, _read_gui_options

    assert not _only_gui_options(argv)
    assert _read_gui_options(argv) is None


@pytest.mark.parametrize("argv", [[], ["--db", "c.lbp"], ["--db=c.lbp", "--lang", "en"],
                                  ["--demo", "--kiosk", "--quit-after-startup"],
                                  ["--kiosk", "--hub", "https://hub:8443"], ["--db", "score"],
                                  ["--db=", "--lang=da"], ["--db=-x"], ["--db", "a", "--db", "b"],
                                  ["--db", "klinik æøå.lbp", "--quit-after-startup"]])
def test_the_usual_gui_command_line_is_read_as_argparse_reads_it(argv) -> None:
    """Read by hand (argparse's help texts cost the start a gettext lookup each)."""
    from lbp_desktop.cli import _read_gui_options, build_parser

    assert vars(_read_gui_options(argv)) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize("argv", [["--lang", "de"], ["--lang=fr"], ["--db", "--kiosk"],
                                  ["--db", "-1"], ["--demo=yes"], ["--version"], ["--kiosk", "--"],
                                  ["--hub"], ["--quit"]])
def test_unusual_gui_command_lines_are_left_to_argparse(argv) -> None:
    """Errors, abbreviations and values that look like options: argparse's reading and words."""
    from lbp_desktop.cli import _read_gui_options

    assert _read_gui_options(argv) is None
