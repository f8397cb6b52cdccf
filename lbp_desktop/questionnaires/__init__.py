"""Questionnaires as data: the form schema, the loader and answer checks (no Qt)."""

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
