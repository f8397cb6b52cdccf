"""Update and compile the English translations of the workspace and of patient mode.

    .venv/bin/python -m lbp_desktop.ui.i18n

runs ``pyside6-lupdate`` over the app shell and workspace sources (Danish source strings) into
``resources/i18n/workspace_en.ts`` and over the kiosk sources into ``kiosk_en.ts`` (existing
translations are kept), then ``pyside6-lrelease`` into the ``.qm`` files: ``lbp_desktop.ui.app``
loads the workspace's with ``--lang en``; the kiosk loads its own per patient session.
``qt_da.ts`` (written by hand) gives Qt's own standard buttons and menus Danish words
("Annullér", "Ja", "Nej", "Fortsæt" — never "OK"/"Cancel") in the Danish interface.

Write ``tr()`` outside f-strings: lupdate does not see a ``tr()`` inside one.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
CATALOGUES = {
    I18N / "workspace_en.ts": ["lbp_desktop/ui/app.py", "lbp_desktop/ui/common",
                               "lbp_desktop/ui/workspace"],
    I18N / "kiosk_en.ts": ["lbp_desktop/ui/kiosk"],
}


def _tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else (shutil.which(name) or name)


def main() -> int:
    for ts, sources in CATALOGUES.items():
        files = []
        for src in sources:
            path = ROOT / src
            files += sorted(str(p) for p in path.rglob("*.py")) if path.is_dir() else [str(path)]
        subprocess.run([_tool("pyside6-lupdate"), *files, "-source-language", "da",
                        "-target-language", "en", "-no-obsolete", "-ts", str(ts)], check=True)
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True)
    qt_da = I18N / "qt_da.ts"
    subprocess.run([_tool("pyside6-lrelease"), str(qt_da), "-qm", str(qt_da.with_suffix(".qm"))],
                   check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
