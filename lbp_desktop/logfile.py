"""The app's log file, for the GUI and the headless commands alike (``serve`` runs for days).

A rotating file (1 MB x 5) ``lbp-desktop.log`` in the platform's user log folder
(``lbp_desktop.paths.log_dir``; ``LBP_LOG_DIR`` overrides). Log lines name actions and ids, never
names, CPR numbers or answers.
"""

from __future__ import annotations

from pathlib import Path

from lbp_desktop.paths import log_dir


def setup_logging() -> Path | None:
    """Attach the rotating file handler to the ``lbp_desktop`` logger (once). Returns the log
    file, or ``None`` if the folder is not writable (the app then runs without a log)."""
    import logging.handlers  # not on the start-up path: the GUI opens its log after the first paint

    root = logging.getLogger("lbp_desktop")
    for existing in root.handlers:
        if isinstance(existing, logging.handlers.RotatingFileHandler):
            return Path(existing.baseFilename)
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "lbp-desktop.log"
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5,
                                                       encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path
