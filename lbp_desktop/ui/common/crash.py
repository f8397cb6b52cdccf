"""Logging and the last-resort error handler, with no health data in either.

- A rotating log file in the platform's user log folder (``platformdirs``). Log lines name
  actions and ids, never names, CPR numbers or answers.
- ``sys.excepthook``: an unexpected exception writes a crash log (exception type and the stack's
  file/line/function only — the exception *message* can hold user data, so it is left out) and
  shows a friendly dialog instead of a silent exit.

``install()`` sets the hook at once and nothing else; the log file (``setup_logging``, which needs
``logging.handlers`` and its socket/pickle imports) is opened after the first window is painted,
or by the hook itself if something goes wrong before that.
"""

from __future__ import annotations

import datetime as _dt
import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from lbp_desktop.logfile import setup_logging
from lbp_desktop.paths import log_dir

log = logging.getLogger("lbp_desktop")


def crash_report(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """The crash text: type and stack frames only (no message, no local variables)."""
    lines = [f"lbp-desktop crash at {_dt.datetime.now(_dt.UTC).isoformat()}",
             f"python {sys.version.split()[0]} on {sys.platform}"]
    try:
        from lbp_desktop import __version__

        lines.append(f"version {__version__}")
    except Exception:  # pragma: no cover - metadata is always there in practice
        pass
    lines.append(f"exception: {exc_type.__module__}.{exc_type.__qualname__}")
    for frame in traceback.extract_tb(tb):
        lines.append(f"  {Path(frame.filename).name}:{frame.lineno} in {frame.name}")
    return "\n".join(lines) + "\n"


def write_crash_log(exc_type: type[BaseException], tb: TracebackType | None) -> Path | None:
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        path = folder / f"crash-{stamp}.log"
        path.write_text(crash_report(exc_type, tb), encoding="utf-8")
        return path
    except OSError:
        return None


_showing = False


def excepthook(exc_type: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> None:
    """Installed as ``sys.excepthook`` by the app: log, write a crash file, tell the user."""
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    path = write_crash_log(exc_type, tb)
    setup_logging()  # the log may not be open yet (it opens after the first paint)
    log.error("unexpected error %s.%s (crash log %s)", exc_type.__module__,
              exc_type.__qualname__, path)
    if os.environ.get("LBP_CRASH_NO_DIALOG") or _showing:
        sys.__excepthook__(exc_type, exc, tb)
        return
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    _showing = True
    try:
        box = QMessageBox()
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Crash", "Der opstod en fejl"))
        box.setText(QCoreApplication.translate(
            "Crash", "Der skete en uventet fejl. Dine gemte data er ikke berørt.\n"
                     "Prøv igen, og kontakt support, hvis fejlen gentager sig."))
        if path is not None:
            box.setInformativeText(QCoreApplication.translate(
                "Crash", "En fejlrapport uden patientdata er gemt her:") + f"\n{path}")
        box.exec()
    finally:
        _showing = False


def install() -> None:
    """The crash hook, now; the log file is ``setup_logging``'s (called after the first paint)."""
    sys.excepthook = excepthook
