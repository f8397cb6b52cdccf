"""Check one answer or a whole answer set against a form, naming the item on any error.

Used by the scoring CLI, storage (before an answer is written) and FHIR import, so that a bad
answer is refused the same way everywhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from lbp_desktop.errors import UserError
from lbp_desktop.questionnaires.model import Code, Form, Item, is_visible


class AnswerError(UserError, ValueError):
    """An answer that does not fit its item. ``item`` names the item."""

    def __init__(self, item: str, message: str) -> None:
        self.item = item
        super().__init__(f"{item}: {message}")


def check_answer(item: Item, value: Any) -> Code | None:
    """Return the value as stored (int code or text) or raise ``AnswerError``. None = no answer."""
    if value is None:
        return None
    if item.type == "text":
        if not isinstance(value, str):
            raise AnswerError(item.id, f"expected text, got {type(value).__name__}")
        if len(value) > 2000:
            raise AnswerError(item.id, "text longer than 2000 characters")
        return value
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise AnswerError(item.id, f"expected a code, got {type(value).__name__} {value!r}")
    if item.type == "number":
        if not isinstance(value, int):
            raise AnswerError(item.id, f"expected a whole number, got {value!r}")
        assert item.min is not None and item.max is not None
        if not item.min <= value <= item.max:
            raise AnswerError(item.id, f"{value} is outside {item.min}–{item.max}")
        return value
    codes = item.codes()
    if value not in codes:
        shown = ", ".join(str(c) for c in codes)
        raise AnswerError(item.id, f"code {value!r} is not one of {shown}")
    return value


def check_answers(form: Form, answers: Mapping[str, Any]) -> dict[str, Code]:
    """Validate a whole answer set: unknown items and bad codes are refused, by item."""
    if not isinstance(answers, Mapping):
        raise AnswerError("(answers)", "expected a JSON object of item id → code")
    known = {item.id: item for item in form.items()}
    clean: dict[str, Code] = {}
    for item_id, value in answers.items():
        item = known.get(item_id)
        if item is None:
            raise AnswerError(str(item_id), f"not an item of form {form.id}")
        checked = check_answer(item, value)
        if checked is not None:
            clean[item_id] = checked
    return clean


def missing_required(form: Form, answers: Mapping[str, Any]) -> list[str]:
    """Required, visible items without an answer, in form order."""
    return [
        item.id
        for item in form.items()
        if item.required and is_visible(item, dict(answers)) and answers.get(item.id) is None
    ]
