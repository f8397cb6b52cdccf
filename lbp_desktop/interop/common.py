"""Shared constants and helpers of the FHIR export: the one canonical base, ids, translations.

FHIR version: the export is **FHIR R4** JSON (4.0.1). ``fhir.resources`` 8 targets R5 by default,
so the tests validate with its ``fhir.resources.R4B`` models (4.3.0), which are identical to R4
for every resource used here (Patient, ServiceRequest, Questionnaire, QuestionnaireResponse,
Observation, DocumentReference, Bundle); the R4 JSON schema and an R4 structure validator are run
too where Node.js and the validator packages are installed (``tests/test_fhir_validator.py``).

URL and id scheme (documented in ``docs/FHIR.md``):

- ``BASE`` is the project's canonical base. Questionnaire ``url`` is ``BASE/Questionnaire/<id>``
  (``<id>`` = form or battery id), answer codes live in ``BASE/CodeSystem/<linkId>``, score codes
  in ``BASE/CodeSystem/score``, own extensions in ``BASE/StructureDefinition/<name>``.
- Bundle entries have ``fullUrl = BASE/<Type>/<id>`` and resources refer to each other as
  ``<Type>/<id>``, so the same resource JSON reads the same inside and outside a Bundle.
- Resource ids come from the stored UUIDs: Patient = patient id, QuestionnaireResponse = response
  id, DocumentReference = letter id; the others are UUID5 of a fixed namespace and a name, so two
  exports of the same data are equal.
- ``linkId`` of an answer item is ``<form_id>.<item_id>`` (e.g. ``startback.q1``) in every
  Questionnaire, instrument or battery; the group holding an instrument's items has
  ``linkId = <form_id>``; display-only items have a ``/`` in their linkId (never an answer).
"""

from __future__ import annotations

import uuid
from typing import Any

BASE = "https://lbp-desktop.example/fhir"
"""The project's canonical base URL (one place; change it here only)."""

FHIR_VERSION = "4.0.1"
CPR_SYSTEM = "urn:oid:1.2.208.176.1.2"
SNOMED = "http://snomed.info/sct"
LOINC = "http://loinc.org"
TRANSLATION_EXT = "http://hl7.org/fhir/StructureDefinition/translation"
SCORE_SYSTEM = f"{BASE}/CodeSystem/score"
BAND_SYSTEM = f"{BASE}/CodeSystem/band"
OBS_CATEGORY_SYSTEM = "http://terminology.hl7.org/CodeSystem/observation-category"
ITEM_CONTROL_SYSTEM = "http://hl7.org/fhir/questionnaire-item-control"
ITEM_CONTROL_EXT = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl"
MIN_VALUE_EXT = "http://hl7.org/fhir/StructureDefinition/minValue"
MAX_VALUE_EXT = "http://hl7.org/fhir/StructureDefinition/maxValue"
UNIT_EXT = "http://hl7.org/fhir/StructureDefinition/questionnaire-unit"
KIOSK_EXT = f"{BASE}/StructureDefinition/kiosk"
VERIFIED_EXT = f"{BASE}/StructureDefinition/wording-verified"
ANSWER_SOURCE_SYSTEM = f"{BASE}/CodeSystem/answer-source"
"""How a response's answers were given: ``patient`` (tablet) or ``paper`` (typed in by staff)."""

_NAMESPACE = uuid.UUID("8d3c1f0e-7a51-5c2b-9e54-1b6f0c2a4d10")


def questionnaire_url(questionnaire_id: str) -> str:
    return f"{BASE}/Questionnaire/{questionnaire_id}"


def answer_system(link_id: str) -> str:
    """The code system of one item's answer codes (codes are the canonical codes as strings)."""
    return f"{BASE}/CodeSystem/{link_id}"


def link_id(form_id: str, item_id: str) -> str:
    return f"{form_id}.{item_id}"


def derived_id(*parts: str) -> str:
    """A stable UUID (as FHIR id) from a name, e.g. ``derived_id("Observation", rid, "total")``."""
    return str(uuid.uuid5(_NAMESPACE, "/".join(parts)))


def full_url(resource: dict[str, Any]) -> str:
    return f"{BASE}/{resource['resourceType']}/{resource['id']}"


def ref(resource_type: str, resource_id: str, display: str | None = None) -> dict[str, str]:
    out = {"reference": f"{resource_type}/{resource_id}"}
    if display:
        out["display"] = display
    return out


def translated(en: str | None) -> dict[str, Any] | None:
    """The ``_element`` carrying an English translation of a Danish string, or None."""
    if not en:
        return None
    return {"extension": [{"url": TRANSLATION_EXT, "extension": [
        {"url": "lang", "valueCode": "en"},
        {"url": "content", "valueString": en},
    ]}]}


def put_text(target: dict[str, Any], key: str, da: str, en: str | None) -> None:
    """Set ``target[key] = da`` and ``target['_' + key]`` to its English translation."""
    target[key] = da
    extra = translated(en)
    if extra:
        target[f"_{key}"] = extra


def translation_of(element: dict[str, Any] | None, lang: str = "en") -> str | None:
    """Read a translation extension back (from an ``_element`` dict)."""
    for ext in (element or {}).get("extension", []):
        if ext.get("url") != TRANSLATION_EXT:
            continue
        parts = {e.get("url"): e for e in ext.get("extension", [])}
        if parts.get("lang", {}).get("valueCode") == lang:
            return parts.get("content", {}).get("valueString")
    return None


def fhir_datetime(value: str | None) -> str | None:
    """Storage timestamps are ISO 8601 with ``+00:00``; FHIR accepts them as they are, but
    ``Z`` is shorter and what most servers print."""
    if not value:
        return None
    return value.replace("+00:00", "Z") if value.endswith("+00:00") else value
