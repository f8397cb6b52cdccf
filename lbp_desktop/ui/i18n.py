"""Update and compile the workspace's English translation.

    .venv/bin/python -m lbp_desktop.ui.i18n

runs ``pyside6-lupdate`` over the app shell and workspace sources (Danish source strings) into
``resources/i18n/workspace_en.ts`` (existing translations are kept), then ``pyside6-lrelease``
into ``workspace_en.qm``, which ``lbp_desktop.ui.app`` loads with ``--lang en``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ["lbp_desktop/ui/app.py", "lbp_desktop/ui/common", "lbp_desktop/ui/workspace"]
TS = ROOT / "resources" / "i18n" / "workspace_en.ts"


def _tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else (shutil.which(name) or name)


def main() -> int:
    files = []
    for src in SOURCES:
        path = ROOT / src
        files += sorted(str(p) for p in path.rglob("*.py")) if path.is_dir() else [str(path)]
    subprocess.run([_tool("pyside6-lupdate"), *files, "-source-language", "da",
                    "-target-language", "en", "-no-obsolete", "-ts", str(TS)], check=True)
    subprocess.run([_tool("pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))],
                   check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
