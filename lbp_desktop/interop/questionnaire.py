"""FHIR R4 ``Questionnaire`` resources generated from the form files (``forms/*.yaml``).

One Questionnaire per instrument (``id`` = form id) and one per battery (``ulrus``), which holds
the same instrument groups in order. Every Questionnaire has the same shape, so a response to a
battery and a response to a single instrument nest their answers the same way:

    Questionnaire.item = [group linkId=<form_id> [question linkId=<form_id>.<item_id>, ...], ...]

Type mapping: ``yes_no``/``single_choice`` → ``choice`` with ``answerOption.valueCoding`` (system
``BASE/CodeSystem/<linkId>``, code = canonical code as a string, Danish display with an English
``translation`` extension); ``scale_0_10`` → ``integer`` 0–10 (minValue/maxValue, slider item
control, the anchors as ``lower``/``upper`` display children); ``number`` → ``integer`` with
minValue/maxValue; ``text`` → ``string`` (maxLength 2000). ``show_if`` → ``enableWhen`` (one
per code, ``enableBehavior: any``). ``kiosk: false`` items carry the extension
``BASE/StructureDefinition/kiosk`` = false. Every text is Danish (``language: da``) with English
as a ``translation`` extension.
"""

from __future__ import annotations

from typing import Any

from lbp_desktop.interop.common import (
    BASE,
    ITEM_CONTROL_EXT,
    ITEM_CONTROL_SYSTEM,
    KIOSK_EXT,
    MAX_VALUE_EXT,
    MIN_VALUE_EXT,
    UNIT_EXT,
    VERIFIED_EXT,
    answer_system,
    derived_id,
    full_url,
    link_id,
    put_text,
    questionnaire_url,
    translated,
)
from lbp_desktop.questionnaires.model import Battery, Code, Form, Item, Text

PUBLISHER = "lbp-desktop"
TEXT_MAX_LENGTH = 2000
CHOICE_TYPES = ("yes_no", "single_choice")
INTEGER_TYPES = ("scale_0_10", "number")


def fhir_type(item: Item) -> str:
    if item.type in CHOICE_TYPES:
        return "choice"
    if item.type in INTEGER_TYPES:
        return "integer"
    return "string"


def answer_coding(form_id: str, item: Item, code: Code) -> dict[str, Any]:
    """The Coding of one answer option (also used in QuestionnaireResponse answers)."""
    coding: dict[str, Any] = {"system": answer_system(link_id(form_id, item.id)),
                              "code": str(code)}
    for option in item.options:
        if option.code == code:
            put_text(coding, "display", option.label.da, option.label.en)
    return coding


def _display(link: str, text: Text, control: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"linkId": link, "type": "display"}
    put_text(out, "text", text.da, text.en)
    if control:
        out["extension"] = [_item_control(control)]
    return out


def _item_control(code: str) -> dict[str, Any]:
    return {"url": ITEM_CONTROL_EXT, "valueCodeableConcept": {"coding": [
        {"system": ITEM_CONTROL_SYSTEM, "code": code}]}}


def _enable_when(form: Form, item: Item) -> list[dict[str, Any]]:
    assert item.show_if is not None
    out = []
    for clause in item.show_if.clauses():
        target = form.item(clause.item)
        question = link_id(form.id, target.id)
        for code in clause.in_:
            condition: dict[str, Any] = {"question": question, "operator": "="}
            if target.type in CHOICE_TYPES:
                condition["answerCoding"] = {"system": answer_system(question),
                                             "code": str(code)}
            elif target.type in INTEGER_TYPES:
                condition["answerInteger"] = int(code)
            else:
                condition["answerString"] = str(code)
            out.append(condition)
    return out


def questionnaire_item(form: Form, item: Item) -> dict[str, Any]:
    """One question of a form as a Questionnaire item."""
    lid = link_id(form.id, item.id)
    out: dict[str, Any] = {"linkId": lid}
    put_text(out, "text", item.text.da, item.text.en)
    out["type"] = fhir_type(item)
    extensions: list[dict[str, Any]] = []
    children: list[dict[str, Any]] = []
    if item.type in CHOICE_TYPES:
        out["answerOption"] = [{"valueCoding": answer_coding(form.id, item, o.code)}
                               for o in item.options]
    elif item.type == "scale_0_10":
        extensions += [{"url": MIN_VALUE_EXT, "valueInteger": 0},
                       {"url": MAX_VALUE_EXT, "valueInteger": 10},
                       _item_control("slider")]
        assert item.anchors is not None
        children += [_display(f"{lid}/low", item.anchors.low, "lower"),
                     _display(f"{lid}/high", item.anchors.high, "upper")]
    elif item.type == "number":
        assert item.min is not None and item.max is not None
        extensions += [{"url": MIN_VALUE_EXT, "valueInteger": item.min},
                       {"url": MAX_VALUE_EXT, "valueInteger": item.max}]
        if item.unit is not None:
            unit: dict[str, Any] = {}
            put_text(unit, "display", item.unit.da, item.unit.en)
            extensions.append({"url": UNIT_EXT, "valueCoding": unit})
    else:
        out["maxLength"] = TEXT_MAX_LENGTH
    if not item.kiosk:
        extensions.append({"url": KIOSK_EXT, "valueBoolean": False})
    if item.help is not None:
        children.append(_display(f"{lid}/help", item.help, "help"))
    if item.show_if is not None:
        out["enableWhen"] = _enable_when(form, item)
        if len(out["enableWhen"]) > 1:
            out["enableBehavior"] = "any"
    out["required"] = item.required
    if extensions:
        out = {"extension": extensions, **out}
    if children:
        out["item"] = children
    return out


def instrument_group(form: Form) -> dict[str, Any]:
    """The group holding one instrument's items (linkId = form id)."""
    group: dict[str, Any] = {"linkId": form.id}
    put_text(group, "text", form.title.da, form.title.en)
    group["type"] = "group"
    group["required"] = False
    items: list[dict[str, Any]] = []
    if form.instructions is not None:
        items.append(_display(f"{form.id}/instructions", form.instructions))
    for section in form.sections:
        if section.title is not None:
            items.append(_display(f"{form.id}/{section.id}/title", section.title))
        if section.instructions is not None:
            items.append(_display(f"{form.id}/{section.id}/instructions", section.instructions))
        items += [questionnaire_item(form, item) for item in section.items]
    group["item"] = items
    return group


def _name(identifier: str) -> str:
    """A computer-friendly name (FHIR invariant que-0: starts with a capital letter)."""
    return "".join(part[:1].upper() + part[1:] for part in identifier.split("_"))


def _header(identifier: str, version: str, title: Text) -> dict[str, Any]:
    out: dict[str, Any] = {
        "resourceType": "Questionnaire",
        "id": identifier,
        "language": "da",
        "url": questionnaire_url(identifier),
        "version": version,
        "name": _name(identifier),
    }
    put_text(out, "title", title.da, title.en)
    out["status"] = "active"
    out["subjectType"] = ["Patient"]
    out["publisher"] = PUBLISHER
    return out


def questionnaire(form: Form) -> dict[str, Any]:
    """The Questionnaire of one instrument."""
    out = _header(form.id, form.version, form.title)
    meta = form.instrument
    out["extension"] = [{"url": VERIFIED_EXT, "extension": [
        {"url": "da", "valueBoolean": meta.verified.da},
        {"url": "en", "valueBoolean": meta.verified.en},
    ]}]
    out["description"] = f"{meta.full_name.da}. {meta.citation}"
    english = translated(f"{meta.full_name.en}. {meta.citation}")
    if english:
        out["_description"] = english
    out["copyright"] = meta.copyright
    out["item"] = [instrument_group(form)]
    return {"resourceType": out.pop("resourceType"), "id": out.pop("id"),
            "extension": out.pop("extension"), **out}


def battery_questionnaire(battery: Battery, forms: dict[str, Form]) -> dict[str, Any]:
    """The Questionnaire of a battery: the instruments' groups in the battery's order."""
    members = [forms[form_id] for form_id in battery.instruments]
    out = _header(battery.id, battery.version, battery.title)
    out["derivedFrom"] = [f"{questionnaire_url(f.id)}|{f.version}" for f in members]
    out["copyright"] = "\n\n".join(f"{f.instrument.short_name}: {f.instrument.copyright}"
                                   for f in members)
    items: list[dict[str, Any]] = []
    if battery.instructions is not None:
        items.append(_display(f"{battery.id}/instructions", battery.instructions))
    items += [instrument_group(f) for f in members]
    out["item"] = items
    return out


def questionnaires(forms: Any) -> list[dict[str, Any]]:
    """Every instrument and battery Questionnaire of a ``FormSet``, instruments first."""
    out = [questionnaire(form) for form in forms.forms.values()]
    out += [battery_questionnaire(b, forms.forms) for b in forms.batteries.values()]
    return out


def questionnaire_for(questionnaire_id: str, forms: Any) -> dict[str, Any]:
    """The Questionnaire of a battery or instrument id (a response's ``battery_id``)."""
    if questionnaire_id in forms.batteries:
        return battery_questionnaire(forms.batteries[questionnaire_id], forms.forms)
    return questionnaire(forms.form(questionnaire_id))


def questionnaire_bundle(forms: Any) -> dict[str, Any]:
    """All Questionnaires as one ``collection`` Bundle: the forms' wire format for tablets."""
    resources = questionnaires(forms)
    versions = "|".join(f"{r['id']}@{r['version']}" for r in resources)
    return {
        "resourceType": "Bundle",
        "id": derived_id("Bundle", "questionnaires", versions),
        "type": "collection",
        "entry": [{"fullUrl": full_url(r), "resource": r} for r in resources],
    }


__all__ = [
    "BASE",
    "answer_coding",
    "battery_questionnaire",
    "fhir_type",
    "instrument_group",
    "questionnaire",
    "questionnaire_bundle",
    "questionnaire_for",
    "questionnaire_item",
    "questionnaires",
]
