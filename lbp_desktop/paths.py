"""Where the app finds its bundled data (forms, resources).

The same code runs from a source checkout (editable install), from an installed wheel (data is
force-included under ``lbp_desktop/_bundled``) and from a PyInstaller bundle (``sys._MEIPASS``).
``LBP_FORMS_DIR`` / ``LBP_RESOURCES_DIR`` override for tests and regional customisation.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _first_existing(*candidates: Path) -> Path:
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[0]


def _candidates(name: str) -> list[Path]:
    found = [_PACKAGE_DIR.parent / name, _PACKAGE_DIR / "_bundled" / name]
    bundle_root = getattr(sys, "_MEIPASS", None)
    if bundle_root:
        found.insert(0, Path(bundle_root) / name)
    return found


def forms_dir() -> Path:
    """The folder holding ``*.yaml`` form and battery definitions."""
    override = os.environ.get("LBP_FORMS_DIR")
    if override:
        return Path(override)
    return _first_existing(*_candidates("forms"))


def resources_dir() -> Path:
    """The folder holding fonts, icons, translations and style sheets."""
    override = os.environ.get("LBP_RESOURCES_DIR")
    if override:
        return Path(override)
    return _first_existing(*_candidates("resources"))
