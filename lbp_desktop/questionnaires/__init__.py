"""Questionnaires as data: the form schema, reading one form file and answer checks (no Qt).

Loading the app's whole set of forms, checked against their scoring, is ``lbp_desktop.instruments``.

The names below are loaded on first use (PEP 562), so importing the package on the start-up path
loads nothing it does not use; only ``load_file`` (the loader) pulls in YAML and pydantic.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lbp_desktop.lazy_exports import lazy_exports

_EXPORTS = {
    "AnswerError": "answers",
    "check_answer": "answers",
    "check_answers": "answers",
    "missing_required": "answers",
    "FormFileError": "files",
    "FormSet": "model",
    "load_file": "loader",
    "Battery": "model",
    "Form": "model",
    "Item": "model",
    "is_visible": "model",
}

__all__ = [
    "AnswerError",
    "Battery",
    "Form",
    "FormFileError",
    "FormSet",
    "Item",
    "check_answer",
    "check_answers",
    "is_visible",
    "load_file",
    "missing_required",
]

if TYPE_CHECKING:
    from lbp_desktop.questionnaires.answers import (
        AnswerError,
        check_answer,
        check_answers,
        missing_required,
    )
    from lbp_desktop.questionnaires.files import FormFileError
    from lbp_desktop.questionnaires.loader import load_file
    from lbp_desktop.questionnaires.model import Battery, Form, FormSet, Item, is_visible


__getattr__ = lazy_exports(__name__, _EXPORTS, globals())
