"""One registry from form id to scoring module.

Each module exposes ``VERSION``, ``score(form, answers) -> ScoreResult`` and
``check_form(form)`` (raises ``ValueError`` if the form's scoring data does not suit the module).
Adding an instrument means adding a form file and a module here — nothing else.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from types import ModuleType
from typing import Any

from lbp_desktop.questionnaires.model import Form
from lbp_desktop.scoring.base import ScoreResult

SCORERS: dict[str, str] = {
    "startback": "lbp_desktop.scoring.startback",
    "orebro10": "lbp_desktop.scoring.orebro10",
    "pain": "lbp_desktop.scoring.pain",
    "rmdq23": "lbp_desktop.scoring.rmdq23",
    "redflags": "lbp_desktop.scoring.redflags",
    "work": "lbp_desktop.scoring.work",
    "mdi": "lbp_desktop.scoring.mdi",
}


def scorer_module(name: str) -> ModuleType:
    try:
        return importlib.import_module(SCORERS[name])
    except KeyError:
        raise ValueError(f"no scoring module named {name!r}") from None


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
