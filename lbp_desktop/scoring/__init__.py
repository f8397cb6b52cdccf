"""Scoring: one pure module per instrument behind one registry (no Qt, no database)."""

from lbp_desktop.scoring.base import Alert, ScoreResult
from lbp_desktop.scoring.registry import score

__all__ = ["Alert", "ScoreResult", "score"]
