"""FHIR R4 ``QuestionnaireResponse`` for a stored response, and the inverse parse.

The answers nest exactly like the Questionnaire (see ``questionnaire.py``): one group per
instrument (``linkId = <form_id>``), one item per answered question (``linkId =
<form_id>.<item_id>``). Choice answers are ``valueCoding`` with the canonical code as a string in
``BASE/CodeSystem/<linkId>``; 0–10 scales and numbers are ``valueInteger``; text is
``valueString``. Unanswered items are left out. Status: ``in_progress`` → ``in-progress``,
``completed`` → ``completed``, ``abandoned`` → ``stopped``.

``answers_from_questionnaire_response`` reads such a resource back (also the flat form without
groups, or with section groups, since only ``linkId`` counts) and checks every answer against the
forms: an unknown item, a code that is not the item's, a value of the wrong type, or two answers
to one item are refused with an ``AnswerError`` naming the item (``startback.q9``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from lbp_desktop.interop.common import (
    ANSWER_SOURCE_SYSTEM,
    BASE,
    answer_system,
    fhir_datetime,
    link_id,
    put_text,
    questionnaire_url,
    ref,
)
from lbp_desktop.interop.questionnaire import CHOICE_TYPES, INTEGER_TYPES, answer_coding
from lbp_desktop.questionnaires.answers import AnswerError, check_answer
from lbp_desktop.questionnaires.model import Form, Item

STATUS_TO_FHIR = {"in_progress": "in-progress", "completed": "completed", "abandoned": "stopped"}
STATUS_FROM_FHIR = {"in-progress": "in_progress", "completed": "completed", "stopped":
                    "abandoned", "amended": "completed"}
QUESTIONNAIRE_PREFIX = f"{BASE}/Questionnaire/"

Answers = dict[str, dict[str, int | str]]


def answer_value(form: Form | None, form_id: str, item_id: str, value: int | str
                 ) -> dict[str, Any]:
    """One ``QuestionnaireResponse.item.answer`` for a stored value."""
    item = _find_item(form, item_id)
    if item is not None and item.type in CHOICE_TYPES:
        return {"valueCoding": answer_coding(form_id, item, value)}
    if isinstance(value, bool):
        return {"valueBoolean": value}
    if isinstance(value, int):
        return {"valueInteger": value}
    return {"valueString": str(value)}


def _find_item(form: Form | None, item_id: str) -> Item | None:
    if form is None:
        return None
    try:
        return form.item(item_id)
    except KeyError:
        return None


def _form_order(battery_id: str, answers: Mapping[str, Any], forms: Any) -> list[str]:
    order: list[str] = []
    if forms is not None and battery_id in forms.batteries:
        order = list(forms.batteries[battery_id].instruments)
    elif forms is not None and battery_id in forms.forms:
        order = [battery_id]
    return order + [f for f in answers if f not in order]


def questionnaire_canonical(battery_id: str, forms: Any, form_versions: Mapping[str, str]
                            ) -> str:
    version = None
    if forms is not None and battery_id in forms.batteries:
        version = forms.batteries[battery_id].version
    elif battery_id in form_versions:
        version = form_versions[battery_id]
    elif forms is not None and battery_id in forms.forms:
        version = forms.forms[battery_id].version
    url = questionnaire_url(battery_id)
    return f"{url}|{version}" if version else url


SOURCE_DISPLAY = {"patient": "Besvaret af patienten på tablet",
                  "paper": "Besvaret på papir og indtastet af personalet"}


def build_questionnaire_response(
    response: Any,
    answers: Mapping[str, Mapping[str, int | str]],
    forms: Any,
    *,
    patient_id: str | None = None,
    based_on_id: str | None = None,
    entered_by_name: str | None = None,
) -> dict[str, Any]:
    """A QuestionnaireResponse (dict) for a ``domain.records.Response`` and its answers.

    The patient is the ``source`` of every response. A paper response is tagged ``paper`` and
    its ``author`` is the staff member who typed it in (``entered_by_name``); a tablet response is
    tagged ``patient`` and authored by the patient."""
    out: dict[str, Any] = {
        "resourceType": "QuestionnaireResponse",
        "id": response.id,
        "language": response.language or "da",
        "questionnaire": questionnaire_canonical(response.battery_id, forms,
                                                 response.form_versions or {}),
        "status": STATUS_TO_FHIR.get(response.status, "in-progress"),
    }
    if based_on_id:
        out["basedOn"] = [ref("ServiceRequest", based_on_id)]
    source = getattr(response, "source", "patient") or "patient"
    out["meta"] = {"tag": [{"system": ANSWER_SOURCE_SYSTEM, "code": source,
                            "display": SOURCE_DISPLAY.get(source, source)}]}
    if patient_id:
        out["subject"] = ref("Patient", patient_id)
        out["source"] = ref("Patient", patient_id)
    if source == "paper":
        out["author"] = {"display": f"{entered_by_name or 'ukendt'} (indtastet fra papir)"}
    elif patient_id:
        out["author"] = ref("Patient", patient_id)
    authored = fhir_datetime(response.completed_at or response.started_at)
    if authored:
        out["authored"] = authored
    groups = []
    for form_id in _form_order(response.battery_id, answers, forms):
        form_answers = answers.get(form_id) or {}
        form = forms.forms.get(form_id) if forms is not None else None
        item_ids = form.item_ids() if form is not None else []
        item_ids += [i for i in form_answers if i not in item_ids]
        items = []
        for item_id in item_ids:
            value = form_answers.get(item_id)
            if value is None:
                continue
            entry: dict[str, Any] = {"linkId": link_id(form_id, item_id)}
            item = _find_item(form, item_id)
            if item is not None:
                put_text(entry, "text", item.text.da, None)
            entry["answer"] = [answer_value(form, form_id, item_id, value)]
            items.append(entry)
        if not items:
            continue
        group: dict[str, Any] = {"linkId": form_id}
        if form is not None:
            group["text"] = form.title.da
        group["item"] = items
        groups.append(group)
    if groups:
        out["item"] = groups
    return out


# -- reading back -------------------------------------------------------------------------


def questionnaire_id_of(qr: Mapping[str, Any]) -> str | None:
    """The battery/instrument id a QuestionnaireResponse answers (``None`` if not one of ours)."""
    canonical = str(qr.get("questionnaire") or "")
    url = canonical.split("|", 1)[0]
    if url.startswith(QUESTIONNAIRE_PREFIX):
        return url[len(QUESTIONNAIRE_PREFIX):] or None
    if url.startswith("Questionnaire/"):
        return url.split("/", 1)[1] or None
    return None


def _walk(items: Any, where: str) -> Iterator[dict[str, Any]]:
    if items is None:
        return
    if not isinstance(items, list):
        raise AnswerError(where, "item must be a list")
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("linkId"), str):
            raise AnswerError(where, "every item needs a linkId")
        yield item
        yield from _walk(item.get("item"), item["linkId"])
        for answer in item.get("answer") or []:
            if isinstance(answer, dict):
                yield from _walk(answer.get("item"), item["linkId"])


def _value_of(item: Item, lid: str, answer: Mapping[str, Any]) -> int | str:
    values = {k: v for k, v in answer.items() if k.startswith("value")}
    if len(values) != 1:
        raise AnswerError(lid, "an answer needs exactly one value[x]")
    kind, value = next(iter(values.items()))
    if item.type in CHOICE_TYPES:
        if kind != "valueCoding" or not isinstance(value, dict):
            raise AnswerError(lid, f"expected valueCoding, got {kind}")
        system = value.get("system")
        if system is not None and system != answer_system(lid):
            raise AnswerError(lid, f"code system {system!r} is not {answer_system(lid)}")
        code = value.get("code")
        for known in item.codes():
            if str(known) == str(code):
                return known
        shown = ", ".join(str(c) for c in item.codes())
        raise AnswerError(lid, f"code {code!r} is not one of {shown}")
    if item.type in INTEGER_TYPES:
        if kind not in ("valueInteger", "valueDecimal") or isinstance(value, bool):
            raise AnswerError(lid, f"expected valueInteger, got {kind}")
        if not isinstance(value, int | float) or int(value) != value:
            raise AnswerError(lid, f"expected a whole number, got {value!r}")
        return int(value)
    if kind not in ("valueString",) or not isinstance(value, str):
        raise AnswerError(lid, f"expected valueString, got {kind}")
    return value


def answers_from_questionnaire_response(qr: Mapping[str, Any], forms: Any
                                        ) -> tuple[list[str], Answers]:
    """``(form ids in order, {form_id: {item_id: value}})`` from a QuestionnaireResponse.

    Every answer is checked against ``forms`` (a ``FormSet``); problems raise ``AnswerError``
    naming the item's linkId. Group and display linkIds (no ``.``) are skipped.
    """
    if not isinstance(qr, Mapping) or qr.get("resourceType") != "QuestionnaireResponse":
        raise AnswerError("(resource)", "not a QuestionnaireResponse")
    form_ids: list[str] = []
    answers: Answers = {}
    seen: set[str] = set()
    for entry in _walk(qr.get("item"), "(item)"):
        lid = entry["linkId"]
        given = entry.get("answer") or []
        if "." not in lid or "/" in lid:
            if given:
                raise AnswerError(lid, "not a question of any form (expected <form>.<item>)")
            continue
        form_id, item_id = lid.split(".", 1)
        if form_id not in forms.forms:
            raise AnswerError(lid, f"no form {form_id!r}")
        form = forms.forms[form_id]
        item = _find_item(form, item_id)
        if item is None:
            raise AnswerError(lid, f"not an item of form {form_id}")
        if lid in seen:
            raise AnswerError(lid, "answered twice")
        seen.add(lid)
        if not isinstance(given, list):
            raise AnswerError(lid, "answer must be a list")
        if len(given) > 1:
            raise AnswerError(lid, "more than one answer to a single-answer item")
        if form_id not in form_ids:
            form_ids.append(form_id)
        if not given:
            continue
        if not isinstance(given[0], Mapping):
            raise AnswerError(lid, "an answer must be an object")
        value = _value_of(item, lid, given[0])
        try:
            checked = check_answer(item, value)
        except AnswerError as exc:
            raise AnswerError(lid, str(exc).split(": ", 1)[-1]) from None
        if checked is not None:
            answers.setdefault(form_id, {})[item_id] = checked
    return form_ids, answers


__all__ = [
    "STATUS_FROM_FHIR",
    "STATUS_TO_FHIR",
    "answer_value",
    "answers_from_questionnaire_response",
    "build_questionnaire_response",
    "questionnaire_canonical",
    "questionnaire_id_of",
]
