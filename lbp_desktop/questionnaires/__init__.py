"""Questionnaires as data: the form schema, the loader and answer checks (no Qt).

The names below are loaded on first use (PEP 562), so importing a light submodule such as
``lbp_desktop.questionnaires.words`` on the start-up path does not pull in pydantic and the form
models before the first window is painted.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_EXPORTS = {
    "AnswerError": "answers",
    "check_answer": "answers",
    "check_answers": "answers",
    "missing_required": "answers",
    "FormFileError": "loader",
    "FormSet": "loader",
    "check_folder": "loader",
    "load_file": "loader",
    "load_forms": "loader",
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
    "check_folder",
    "is_visible",
    "load_file",
    "load_forms",
    "missing_required",
]

if TYPE_CHECKING:
    from lbp_desktop.questionnaires.answers import (
        AnswerError,
        check_answer,
        check_answers,
        missing_required,
    )
    from lbp_desktop.questionnaires.loader import (
        FormFileError,
        FormSet,
        check_folder,
        load_file,
        load_forms,
    )
    from lbp_desktop.questionnaires.model import Battery, Form, Item, is_visible


def __getattr__(name: str) -> Any:
    try:
        module = _EXPORTS[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
