"""lbp-desktop: the questionnaire, scoring and epikrise for the Danish low-back-pain pathway.

The package is split into a Qt-free core (questionnaires, scoring, pathway, storage, reports,
interop, security) and a thin PySide6 shell (``ui``). The core never imports Qt.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("lbp-desktop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "lbp-desktop"
