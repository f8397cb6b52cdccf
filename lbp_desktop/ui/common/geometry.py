"""Window size and place: fit the screen the window opens on, and remember what the user chose.

Clinic screens run from 1280×800 laptops to 1920×1080 monitors. A fixed size either overflows the
small ones or wastes the large ones, so a window starts at its preferred size shrunk to the
screen's available area (taskbar excluded), centred; once the user has moved or resized it, the
saved geometry is used — unless that screen is gone (a laptop undocked), then it fits again.
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize, Qt
from PySide6.QtWidgets import QWidget


def app_settings() -> QSettings:
    """This PC's settings: ``$LBP_DATA_DIR/settings.ini`` when set (tests, portable installs),
    else the platform's place for the user's settings."""
    folder = os.environ.get("LBP_DATA_DIR")
    if folder:
        return QSettings(os.path.join(folder, "settings.ini"), QSettings.Format.IniFormat)
    return QSettings("lbp-desktop", "lbp-desktop")


FRAME_ALLOWANCE = 24
"""Room for the window frame and title bar, which the client geometry does not include."""


def fitted_geometry(available: QRect, preferred: QSize, margin: int = 0) -> QRect:
    """``preferred`` shrunk to fit ``available`` (less ``margin`` on each side), centred."""
    width = min(preferred.width(), available.width() - 2 * margin)
    height = min(preferred.height(), available.height() - 2 * margin)
    x = available.x() + (available.width() - width) // 2
    y = available.y() + (available.height() - height) // 2
    return QRect(x, y, width, height)


def _available(window: QWidget) -> QRect:
    from PySide6.QtGui import QGuiApplication

    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 800)


def _on_some_screen(rect: QRect) -> bool:
    """At least a usable part of ``rect`` (a title bar's worth) lies on a connected screen."""
    from PySide6.QtGui import QGuiApplication

    for screen in QGuiApplication.screens():
        common = screen.availableGeometry().intersected(rect)
        if common.width() >= 200 and common.height() >= 100:
            return True
    return False


def place_window(window: QWidget, key: str, preferred: QSize) -> None:
    """The saved geometry under ``key`` if it is still on a screen, else ``preferred`` fitted to
    the available screen (maximised when the screen is smaller than ``preferred``)."""
    saved: Any = app_settings().value(f"{key}/geometry")
    if (isinstance(saved, QByteArray | bytes) and window.restoreGeometry(QByteArray(saved))
            and _on_some_screen(window.frameGeometry())):
        return
    available = _available(window)
    window.setGeometry(fitted_geometry(available, preferred, margin=FRAME_ALLOWANCE))
    if (available.width() < preferred.width() + 2 * FRAME_ALLOWANCE
            or available.height() < preferred.height() + 2 * FRAME_ALLOWANCE):
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def save_window(window: QWidget, key: str) -> None:
    """Remember ``window``'s size, place and maximised state for the next start."""
    settings = app_settings()
    settings.setValue(f"{key}/geometry", window.saveGeometry())
    settings.sync()
