"""This PC's settings, shared by the GUI and the headless commands: ``<data folder>/settings.ini``.

An INI file (``configparser``) rather than Qt's settings store, so ``lbp-desktop serve`` reads the
bind address and port the administrator chose in the GUI without importing Qt. Sections and keys:

- ``[hub] bind``, ``port``: where the tablet service listens (default ``0.0.0.0:8443``).
- ``[workspace] idle_minutes``: minutes without input before the workspace locks (1–60, default 10).

A missing, unreadable or hand-damaged file means the defaults; writing replaces the file
atomically so a crash never leaves half a file behind.
"""

from __future__ import annotations

import configparser
import contextlib
import os
import tempfile
from pathlib import Path

from lbp_desktop.paths import data_dir

DEFAULT_HUB_BIND = "0.0.0.0"
DEFAULT_HUB_PORT = 8443
DEFAULT_IDLE_MINUTES = 10


def settings_path() -> Path:
    return data_dir() / "settings.ini"


def _read() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None)
    with contextlib.suppress(OSError, configparser.Error, UnicodeDecodeError):
        parser.read(settings_path(), encoding="utf-8")
    return parser


def _write(section: str, values: dict[str, str]) -> None:
    parser = _read()
    if not parser.has_section(section):
        parser.add_section(section)
    for key, value in values.items():
        parser.set(section, key, value)
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            parser.write(out)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def get(section: str, key: str) -> str | None:
    """The raw value, or ``None`` when it is not set."""
    return _read().get(section, key, fallback=None)


def hub_settings() -> tuple[str, int]:
    """``(bind address, port)`` of the tablet service; a bad value falls back to the default."""
    bind = (get("hub", "bind") or "").strip() or DEFAULT_HUB_BIND
    try:
        port = int(get("hub", "port") or DEFAULT_HUB_PORT)
    except ValueError:
        port = DEFAULT_HUB_PORT
    return bind, port if 0 <= port <= 65535 else DEFAULT_HUB_PORT


def save_hub_settings(bind: str, port: int) -> None:
    _write("hub", {"bind": bind, "port": str(int(port))})


def idle_minutes() -> int:
    """Minutes without input before the workspace locks (1–60; default 10)."""
    try:
        value = int(get("workspace", "idle_minutes") or DEFAULT_IDLE_MINUTES)
    except ValueError:
        value = DEFAULT_IDLE_MINUTES
    return min(max(value, 1), 60)


def set_idle_minutes(minutes: int) -> None:
    _write("workspace", {"idle_minutes": str(int(minutes))})
