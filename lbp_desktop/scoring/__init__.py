"""Scoring: one pure module per instrument behind one registry (no Qt, no database).

The names below are loaded on first use (PEP 562): code that needs one scoring module (the letter
reads the red-flag rules) does not load the registry, which lists the package's modules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lbp_desktop.lazy_exports import lazy_exports

_EXPORTS = {"Alert": "base", "ScoreResult": "base", "score": "registry"}

__all__ = ["Alert", "ScoreResult", "score"]

if TYPE_CHECKING:
    from lbp_desktop.scoring.base import Alert, ScoreResult
    from lbp_desktop.scoring.registry import score


__getattr__ = lazy_exports(__name__, _EXPORTS, globals())
