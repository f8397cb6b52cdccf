"""Scoring: one pure module per instrument behind one registry (no Qt, no database).

The names below are loaded on first use (PEP 562): code that needs one scoring module (the letter
reads the red-flag rules) does not load the registry, which lists the package's modules.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_EXPORTS = {"Alert": "base", "ScoreResult": "base", "score": "registry"}

__all__ = ["Alert", "ScoreResult", "score"]

if TYPE_CHECKING:
    from lbp_desktop.scoring.base import Alert, ScoreResult
    from lbp_desktop.scoring.registry import score


def __getattr__(name: str) -> Any:
    try:
        module = _EXPORTS[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
