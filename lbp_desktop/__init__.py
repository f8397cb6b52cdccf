"""lbp-desktop: the questionnaire, scoring and epikrise for the Danish low-back-pain pathway.

The package is split into a Qt-free core (questionnaires, scoring, pathway, storage, reports,
interop, security) and a thin PySide6 shell (``ui``). The core never imports Qt.
"""

APP_NAME = "lbp-desktop"

# The one place the version is written: the build reads it from here (``[tool.hatch.version]``),
# so the running app needs no ``importlib.metadata`` (tens of milliseconds at every start) and a
# frozen build, which carries no package metadata, still knows its version.
__version__ = "0.1.0"
