r"""Where the app finds its bundled data (forms, resources) and keeps each user's own files.

Bundled data: the same code runs from a source checkout (editable install), from an installed wheel
(data is force-included under ``lbp_desktop/_bundled``) and from a PyInstaller bundle
(``sys._MEIPASS``). ``LBP_FORMS_DIR`` / ``LBP_RESOURCES_DIR`` override for tests and regional
customisation.

The user's own files — the clinic database, the key-file fallback, logs, and the folder offered
for exports and backups — live in the signed-in user's profile, never beside the program. On
Windows a file mode such as 0600 means nothing (NTFS has access-control lists, and Python's chmod
only toggles the read-only flag), so what keeps one Windows user's health data from another is that
it sits in that user's profile, whose folders only that user (and administrators) may open:

- data (database, demo database): Windows ``%LOCALAPPDATA%\lbp-desktop``; macOS
  ``~/Library/Application Support/lbp-desktop``; Linux ``~/.local/share/lbp-desktop``;
- config (secrets and pairing state: ``keys/`` for key files where no credential store is usable,
  ``sync/`` for the hub's TLS key and the tablet's pairing and outbox): Windows
  ``%LOCALAPPDATA%\lbp-desktop-config``; macOS ``~/Library/Application Support/lbp-desktop-config``;
  Linux ``~/.config/lbp-desktop``;
- logs: Windows ``%LOCALAPPDATA%\lbp-desktop\Logs``; macOS ``~/Library/Logs/lbp-desktop``; Linux
  ``~/.local/state/lbp-desktop/log``;
- exports and backups: save dialogs start in the user's *Documents* folder.

The config folder is never inside the data folder, so a copied data folder does not carry its key
or the hub's TLS key: where the platform's config folder *is* the data folder (Windows and macOS)
it gets a sibling folder of its own. The database is in the *local* (non-roaming) profile: it must
not travel to a domain file server with a roaming profile. ``LBP_DATA_DIR``, ``LBP_KEY_DIR``,
``LBP_SYNC_DIR`` and ``LBP_LOG_DIR`` override (tests, portable installs).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from platformdirs.api import PlatformDirsABC

APP_ID = "lbp-desktop"

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


# -- each user's own folders ------------------------------------------------------------------


@dataclass(frozen=True)
class UserFolders:
    """The per-user folders of one operating system (see the module docstring)."""

    data: Path
    config: Path
    logs: Path
    documents: Path

    @property
    def keys(self) -> Path:
        """Database key files (only where no OS credential store is usable)."""
        return self.config / "keys"

    @property
    def sync(self) -> Path:
        """The hub's certificate and TLS key, the tablet's pairing state and outbox."""
        return self.config / "sync"


def _platform_dirs(platform: str) -> PlatformDirsABC:
    """platformdirs' rules for ``platform`` (a ``sys.platform`` value), whatever this machine is.

    Only that platform's module is imported (the Windows one loads ``ctypes``)."""
    if platform == "win32":
        from platformdirs.windows import Windows

        return Windows(appname=APP_ID, appauthor=False)
    if platform == "darwin":
        from platformdirs.macos import MacOS

        return MacOS(appname=APP_ID, appauthor=False)
    from platformdirs.unix import Unix

    return Unix(appname=APP_ID, appauthor=False)


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def user_folders(platform: str | None = None) -> UserFolders:
    """The signed-in user's folders on ``platform`` (default: this machine), without overrides."""
    dirs = _platform_dirs(platform or sys.platform)
    data = Path(dirs.user_data_dir)
    config = Path(dirs.user_config_dir)
    if _inside(config, data):
        config = data.with_name(data.name + "-config")
    return UserFolders(data=data, config=config, logs=Path(dirs.user_log_dir),
                       documents=Path(dirs.user_documents_dir))


def data_dir() -> Path:
    """The clinic database, the demo database and this PC's settings (``LBP_DATA_DIR``)."""
    override = os.environ.get("LBP_DATA_DIR")
    return Path(override) if override else user_folders().data


def key_dir() -> Path:
    """Key files where no OS credential store is usable (``LBP_KEY_DIR``)."""
    override = os.environ.get("LBP_KEY_DIR")
    return Path(override) if override else user_folders().keys


def sync_dir() -> Path:
    """The hub's certificate and the tablet's pairing state (``LBP_SYNC_DIR``)."""
    override = os.environ.get("LBP_SYNC_DIR")
    return Path(override) if override else user_folders().sync


def log_dir() -> Path:
    """The rotating log without health data (``LBP_LOG_DIR``)."""
    override = os.environ.get("LBP_LOG_DIR")
    return Path(override) if override else user_folders().logs


def documents_dir() -> Path:
    """Where save dialogs for letters, exports and backups start: the user's Documents."""
    return user_folders().documents
