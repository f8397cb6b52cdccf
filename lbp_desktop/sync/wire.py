"""The wire format between tablet and hub: FHIR R4 JSON, built with ``lbp_desktop.interop``.

Forms travel as a ``Bundle`` of ``Questionnaire`` (``interop.questionnaire.questionnaire_bundle``).

Answers travel as ``QuestionnaireResponse`` resources (``id`` = the session/response id,
``questionnaire`` = the battery's canonical URL):

- **answer delivery** (while answering): a QuestionnaireResponse with ``status: in-progress`` that
  holds only the answers being delivered, grouped per instrument like the full resource (group
  ``linkId = <form_id>``, question ``linkId = <form_id>.<item_id>``, values exactly as
  ``interop.response.answer_value`` writes them). Each question item carries the answer's
  idempotency key in the extension ``IDEMPOTENCY_EXT`` (``valueString``). A question item without
  ``answer`` clears that answer. A linkId appears at most once per delivery (the outbox splits
  batches where the patient changed the same answer twice while offline).
- **completion** (at submit): the full QuestionnaireResponse with ``status: completed``
  (``interop.response.build_questionnaire_response``), carrying the completion's idempotency key
  as ``identifier`` (``system = IDEMPOTENCY_SYSTEM``). The hub reconciles it with what it holds
  (anything that differs is recorded, keyed ``<completion key>:<linkId>``) and then completes and
  scores the response.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from lbp_desktop.interop.common import BASE, link_id
from lbp_desktop.interop.response import (
    answer_value,
    answers_from_questionnaire_response,
    build_questionnaire_response,
    questionnaire_canonical,
    questionnaire_id_of,
)
from lbp_desktop.questionnaires.answers import AnswerError

IDEMPOTENCY_EXT = f"{BASE}/StructureDefinition/idempotency-key"
IDEMPOTENCY_SYSTEM = f"{BASE}/NamingSystem/idempotency-key"


@dataclass(frozen=True)
class Delivery:
    """One answer as the tablet tapped it."""

    key: str
    form_id: str
    item_id: str
    value: int | str | None

    @property
    def link_id(self) -> str:
        return link_id(self.form_id, self.item_id)


def questionnaire_bundle(forms: Any) -> dict[str, Any]:
    from lbp_desktop.interop.questionnaire import questionnaire_bundle as bundle

    return bundle(forms)


def answer_fragment(response_id: str, battery_id: str, deliveries: Iterable[Delivery],
                    forms: Any, *, language: str | None = None) -> dict[str, Any]:
    """An in-progress QuestionnaireResponse carrying ``deliveries`` (distinct linkIds)."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for d in deliveries:
        form = forms.forms.get(d.form_id) if forms is not None else None
        entry: dict[str, Any] = {
            "extension": [{"url": IDEMPOTENCY_EXT, "valueString": d.key}],
            "linkId": d.link_id,
        }
        if d.value is not None:
            entry["answer"] = [answer_value(form, d.form_id, d.item_id, d.value)]
        groups.setdefault(d.form_id, []).append(entry)
    out: dict[str, Any] = {
        "resourceType": "QuestionnaireResponse",
        "id": response_id,
        "questionnaire": questionnaire_canonical(battery_id, forms, {}),
        "status": "in-progress",
    }
    if language:
        out["language"] = language
    out["item"] = [{"linkId": form_id, "item": items} for form_id, items in groups.items()]
    return out


def parse_fragment(qr: Mapping[str, Any], forms: Any) -> list[Delivery | AnswerError]:
    """The deliveries in an answer fragment, in order; a bad item becomes its ``AnswerError``
    (keyed by the item's idempotency key in ``.key`` when it had one)."""
    if not isinstance(qr, Mapping) or qr.get("resourceType") != "QuestionnaireResponse":
        raise AnswerError("(resource)", "not a QuestionnaireResponse")
    out: list[Delivery | AnswerError] = []
    for entry in _question_items(qr.get("item")):
        key = _idempotency_key(entry)
        lid = entry.get("linkId")
        try:
            if not key:
                raise AnswerError(str(lid), "no idempotency key on the item")
            form_id, item_id = str(lid).split(".", 1)
            if entry.get("answer"):
                _, parsed = answers_from_questionnaire_response(
                    {"resourceType": "QuestionnaireResponse", "item": [
                        {"linkId": lid, "answer": entry["answer"]}]}, forms)
                value = parsed.get(form_id, {}).get(item_id)
            else:
                _, _ = answers_from_questionnaire_response(
                    {"resourceType": "QuestionnaireResponse", "item": [{"linkId": lid}]}, forms)
                value = None
            out.append(Delivery(key, form_id, item_id, value))
        except AnswerError as exc:
            exc.key = key  # type: ignore[attr-defined]
            out.append(exc)
    return out


def _question_items(items: Any) -> Iterable[dict[str, Any]]:
    if not isinstance(items, list):
        return
    for item in items:
        if not isinstance(item, dict):
            continue
        lid = item.get("linkId")
        if isinstance(lid, str) and "." in lid and "/" not in lid:
            yield item
        yield from _question_items(item.get("item"))


def _idempotency_key(entry: Mapping[str, Any]) -> str | None:
    for ext in entry.get("extension") or []:
        if isinstance(ext, dict) and ext.get("url") == IDEMPOTENCY_EXT:
            value = ext.get("valueString")
            if isinstance(value, str) and 8 <= len(value) <= 200:
                return value
    return None


def completed_response(response: Any, answers: Mapping[str, Mapping[str, int | str]],
                       forms: Any, key: str) -> dict[str, Any]:
    """The full, completed QuestionnaireResponse the tablet submits at the end."""
    qr = build_questionnaire_response(response, answers, forms)
    qr["status"] = "completed"
    qr["identifier"] = {"system": IDEMPOTENCY_SYSTEM, "value": key}
    return qr


def parse_completed(qr: Mapping[str, Any], forms: Any
                    ) -> tuple[str | None, str | None, dict[str, dict[str, int | str]]]:
    """``(completion key, battery id, answers)`` of a completed QuestionnaireResponse."""
    if not isinstance(qr, Mapping) or qr.get("resourceType") != "QuestionnaireResponse":
        raise AnswerError("(resource)", "not a QuestionnaireResponse")
    if qr.get("status") != "completed":
        raise AnswerError("(resource)", "status must be 'completed' to complete a session")
    identifier = qr.get("identifier") or {}
    key = identifier.get("value") if isinstance(identifier, Mapping) else None
    _, answers = answers_from_questionnaire_response(qr, forms)
    return key, questionnaire_id_of(qr), answers
