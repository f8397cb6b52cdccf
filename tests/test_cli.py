"""The ``lbp-desktop`` command as a whole: fast help, one-line errors."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("pydantic", "yaml", "importlib.metadata", "reportlab", "PySide6", "sqlcipher3",
         "fhir", "starlette")


def _modules_after(argv: list[str]) -> list[str]:
    code = ("import sys\nfrom lbp_desktop.cli import main\n"
            f"try:\n    main({argv!r})\nexcept SystemExit:\n    pass\n"
            f"print(','.join(m for m in {HEAVY!r} if m in sys.modules), file=sys.stderr)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr
    return [m for m in proc.stderr.strip().split(",") if m]


def test_help_imports_nothing_heavy() -> None:
    # main() used to import the form model (pydantic) before parsing, and the package imported
    # importlib.metadata for __version__: --help took ~0.5 s instead of ~0.1 s.
    assert _modules_after(["--help"]) == []
    assert _modules_after(["epikrise", "--help"]) == []


def test_version_still_prints() -> None:
    proc = subprocess.run([sys.executable, "-m", "lbp_desktop", "--version"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0
    assert proc.stdout.startswith("lbp-desktop ")
