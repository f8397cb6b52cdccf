"""lbp-desktop: the questionnaire, scoring and epikrise for the Danish low-back-pain pathway.

The package is split into a Qt-free core (questionnaires, scoring, pathway, storage, reports,
interop, security) and a thin PySide6 shell (``ui``). The core never imports Qt.
"""

from typing import Any

APP_NAME = "lbp-desktop"


def __getattr__(name: str) -> Any:
    """``__version__`` on first use: importlib.metadata costs ~80 ms ``--help`` need not pay."""
    if name != "__version__":
        raise AttributeError(f"module 'lbp_desktop' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        value = version("lbp-desktop")
    except PackageNotFoundError:  # running from a source tree that was never installed
        value = "0.0.0+source"
    globals()["__version__"] = value
    return value
