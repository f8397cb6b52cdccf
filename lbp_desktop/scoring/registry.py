"""One registry from form id to scoring module.

Each module exposes ``VERSION``, ``score(form, answers) -> ScoreResult`` and
``check_form(form)`` (raises ``ValueError`` if the form's scoring data does not suit the module).
Adding an instrument means adding a form file and a module in this package — nothing else: the
registry finds every module of the package by name (without importing it) and imports a module
only when a form names it as its ``scorer``.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Mapping
from types import ModuleType
from typing import Any

from lbp_desktop.questionnaires.model import Form
from lbp_desktop.scoring.base import ScoreResult

_NOT_SCORERS = {"base", "registry", "profile"}  # shared helpers, not instruments


def _discover() -> dict[str, str]:
    package = importlib.import_module("lbp_desktop.scoring")
    return {info.name: f"{package.__name__}.{info.name}"
            for info in pkgutil.iter_modules(package.__path__)
            if not info.name.startswith("_") and info.name not in _NOT_SCORERS}


SCORERS: dict[str, str] = _discover()
"""Scorer name → module, one per module of this package (e.g. ``startback``)."""


def scorer_module(name: str) -> ModuleType:
    try:
        module = importlib.import_module(SCORERS[name])
    except KeyError:
        raise ValueError(f"no scoring module named {name!r}") from None
    missing = [attr for attr in ("VERSION", "score", "check_form") if not hasattr(module, attr)]
    if missing:
        raise ValueError(f"scoring module {name!r} lacks {', '.join(missing)}")
    return module


def check_form(form: Form) -> None:
    """Raise ``ValueError`` if the form's ``scoring`` block does not fit its module."""
    if form.scoring is None:
        return
    module = scorer_module(form.scoring.scorer)
    module.check_form(form)


def score(form: Form, answers: Mapping[str, Any]) -> ScoreResult:
    """Score ``answers`` with the form's scoring module. Raises ``AnswerError`` on bad answers."""
    if form.scoring is None:
        raise ValueError(f"form {form.id} has no scoring")
    return scorer_module(form.scoring.scorer).score(form, answers)
