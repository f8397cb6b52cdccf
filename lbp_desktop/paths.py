"""Where the app finds its bundled data (forms, resources) and keeps this user's files.

The same code runs from a source checkout (editable install), from an installed wheel (data is
force-included under ``lbp_desktop/_bundled``) and from a PyInstaller bundle (``sys._MEIPASS``).
``LBP_FORMS_DIR`` / ``LBP_RESOURCES_DIR`` override for tests and regional customisation.

This user's files live in the platform's folders (``platformdirs``): the data folder (clinic
database, demo database, ``settings.ini``; ``LBP_DATA_DIR`` overrides) and the log folder
(``LBP_LOG_DIR`` overrides).
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


APP_ID = "lbp-desktop"
"""The folder name under the platform's user folders."""


def data_dir() -> Path:
    """This user's data folder: the clinic database, the demo database and ``settings.ini``."""
    override = os.environ.get("LBP_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def log_dir() -> Path:
    """The folder of the rotating log and crash reports (no health data in either)."""
    override = os.environ.get("LBP_LOG_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_ID, appauthor=False))
