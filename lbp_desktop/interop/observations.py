"""FHIR R4 ``Observation`` resources for the stored scores of a response.

Codes: every Observation carries the project's own code ``BASE/CodeSystem/score#<form>.<field>``
(e.g. ``startback.total``, ``orebro10.profile.sleep``). Where a standard concept exists it comes
first in the same CodeableConcept:

- STarT Back risk group: ``valueCodeableConcept`` with the UK SNOMED CT concept of the group
  (low 945621000000107, medium 45641000000100, high 45601000000103) and our own band code.
- Pain NRS (``pain.back_now`` …): LOINC 72514-3; ``bodySite.text`` says back or leg, the own code
  and ``code.text`` say now or average last week; a week's average has ``effectivePeriod`` of the
  7 days before the response.

Each Observation has ``derivedFrom`` the QuestionnaireResponse, ``subject`` the Patient,
``effectiveDateTime`` the response's completion, ``issued`` the time the score was computed and
``method.text`` the scoring version. A value the scoring left empty (incomplete answers) gives no
Observation; an incomplete result's other values are exported with status ``preliminary``.
The ``work`` form has no score Observations: its answers are in the QuestionnaireResponse.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from lbp_desktop.interop.common import (
    BAND_SYSTEM,
    BASE,
    LOINC,
    OBS_CATEGORY_SYSTEM,
    SCORE_SYSTEM,
    SNOMED,
    derived_id,
    fhir_datetime,
    ref,
)

STARTBACK_RISK_SNOMED = {
    "low": "945621000000107",
    "medium": "45641000000100",
    "high": "45601000000103",
}
"""UK SNOMED CT concepts for the STarT Back risk groups (``docs/clinical/instruments.md``)."""

PAIN_LOINC = "72514-3"
PAIN_LOINC_DISPLAY = "Pain severity - 0-10 verbal numeric rating [Score] - Reported"
INTERPRETATION_SYSTEM = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
BODY_SITE_SYSTEM = f"{BASE}/CodeSystem/body-site"
SKIPPED_FORMS = frozenset({"work"})
_META_KEYS = frozenset({"form", "scoring_version", "complete", "missing", "alerts"})

LABELS: dict[str, tuple[str, str]] = {
    "startback.total": ("STarT Back totalscore (0-9)", "STarT Back total score (0-9)"),
    "startback.psychosocial": ("STarT Back psykosocial delscore (0-5)",
                               "STarT Back psychosocial subscale score (0-5)"),
    "startback.risk": ("STarT Back risikogruppe", "STarT Back risk group"),
    "orebro10.total": ("Örebro (ÖMPSQ-10) totalscore (1-100)",
                       "Örebro Musculoskeletal Pain Screening Questionnaire (short form) total "
                       "score (1-100)"),
    "orebro10.raised_risk": ("Örebro: øget risiko for langvarige problemer (total >= 50)",
                             "Örebro: raised risk of long-term disability (total >= 50)"),
    "pain.back_now": ("Rygsmerter nu (NRS 0-10)", "Back pain now (NRS 0-10)"),
    "pain.back_week": ("Rygsmerter, gennemsnit seneste uge (NRS 0-10)",
                       "Back pain, average last week (NRS 0-10)"),
    "pain.leg_now": ("Bensmerter nu (NRS 0-10)", "Leg pain now (NRS 0-10)"),
    "pain.leg_week": ("Bensmerter, gennemsnit seneste uge (NRS 0-10)",
                      "Leg pain, average last week (NRS 0-10)"),
    "pain.leg_side": ("Side med bensmerter", "Side of leg pain"),
    "pain.below_knee": ("Smerter under knæet", "Pain below the knee"),
    "pain.back_band": ("Rygsmerter, niveau", "Back pain band"),
    "pain.leg_band": ("Bensmerter, niveau", "Leg pain band"),
    "rmdq23.total": ("Roland-Morris (RMDQ-23) score (0-23)",
                     "Roland-Morris Disability Questionnaire (23 items) score (0-23)"),
    "rmdq23.prorated": ("Omregnet for manglende svar", "Prorated for missing answers"),
    "rmdq23.answered": ("Antal besvarede spørgsmål", "Number of items answered"),
    "mdi.total": ("Major Depression Inventory (MDI) sumscore (0-50)",
                  "Major Depression Inventory (MDI) total score (0-50)"),
    "mdi.severity": ("MDI sumbånd (ikke en diagnose)", "MDI sum band (not a diagnosis)"),
    "mdi.icd10": ("MDI depression efter ICD-10-algoritmen", "MDI depression by ICD-10 algorithm"),
    "mdi.dsm4": ("MDI major depression efter DSM-IV-algoritmen",
                 "MDI major depression by DSM-IV algorithm"),
    "mdi.item6": ("MDI spørgsmål 6 (livet ikke værd at leve), svar 0-5",
                  "MDI item 6 (life not worth living), answer 0-5"),
    "mdi.item6_alert": ("MDI spørgsmål 6 (livet ikke værd at leve) >= 1",
                        "MDI item 6 (life not worth living) >= 1"),
    "redflags": ("Røde flag", "Red flags"),
}

_PAIN_SITES = {"back": ("Ryg (lænd)", "Low back"), "leg": ("Ben", "Leg")}


def score_code(code: str, da: str | None = None, en: str | None = None) -> dict[str, Any]:
    da_label, en_label = LABELS.get(code, (da or code, en or code))
    return {"coding": [{"system": SCORE_SYSTEM, "code": code, "display": en_label}],
            "text": da_label}


def _concept(system: str, code: str, text: str | None = None) -> dict[str, Any]:
    return {"coding": [{"system": system, "code": code}], "text": text or code}


def _value(value: Any, form_id: str, key: str) -> dict[str, Any] | None:
    if value is None or isinstance(value, list | dict):
        return None
    if isinstance(value, bool):
        return {"valueBoolean": value}
    if isinstance(value, int):
        return {"valueInteger": value}
    if isinstance(value, float):
        return {"valueQuantity": {"value": value}}
    system = BAND_SYSTEM if key.endswith("band") else f"{BASE}/CodeSystem/{form_id}.{key}"
    return {"valueCodeableConcept": _concept(system, str(value))}


class _Context:
    def __init__(self, score: Any, response: Any, patient_id: str | None) -> None:
        self.form_id: str = score.form_id
        self.result: Mapping[str, Any] = score.result
        self.response_id: str = response.id
        self.patient_id = patient_id
        self.effective = fhir_datetime(response.completed_at or response.started_at)
        self.issued = fhir_datetime(score.computed_at)
        self.version: str = score.scoring_version
        self.status = "final" if score.result.get("complete", True) else "preliminary"

    def observation(self, key: str, code: dict[str, Any], value: dict[str, Any],
                    **extra: Any) -> dict[str, Any]:
        out: dict[str, Any] = {
            "resourceType": "Observation",
            "id": derived_id("Observation", self.response_id, self.form_id, key),
            "status": self.status,
            "category": [{"coding": [{"system": OBS_CATEGORY_SYSTEM, "code": "survey",
                                      "display": "Survey"}]}],
            "code": code,
        }
        if self.patient_id:
            out["subject"] = ref("Patient", self.patient_id)
        period = extra.pop("effectivePeriod", None)
        if period:
            out["effectivePeriod"] = period
        elif self.effective:
            out["effectiveDateTime"] = self.effective
        if self.issued:
            out["issued"] = self.issued
        out.update(value)
        out.update(extra)
        out["method"] = {"text": f"lbp-desktop scoring {self.version}"}
        out["derivedFrom"] = [ref("QuestionnaireResponse", self.response_id)]
        return out


def _startback_risk(ctx: _Context, risk: str, form: Any) -> dict[str, Any]:
    # the group's words are the form's (forms/startback.yaml scoring.labels), as on screen
    label = form.scoring.labels.get(risk) if form is not None and form.scoring else None
    da, en = (label.da, label.en) if label is not None else (risk, risk)
    coding = []
    if risk in STARTBACK_RISK_SNOMED:
        coding.append({"system": SNOMED, "code": STARTBACK_RISK_SNOMED[risk]})
    coding.append({"system": BAND_SYSTEM, "code": risk, "display": en})
    return ctx.observation("risk", score_code("startback.risk"),
                           {"valueCodeableConcept": {"coding": coding, "text": da}})


def _week_before(moment: str | None) -> dict[str, str] | None:
    if not moment:
        return None
    try:
        end = datetime.fromisoformat(moment.replace("Z", "+00:00"))
    except ValueError:
        return None
    start = (end - timedelta(days=7)).isoformat().replace("+00:00", "Z")
    return {"start": start, "end": moment}


def _pain_nrs(ctx: _Context, key: str, value: int) -> dict[str, Any]:
    site, when = key.split("_", 1)
    own = score_code(f"pain.{key}")
    code = {"coding": [{"system": LOINC, "code": PAIN_LOINC, "display": PAIN_LOINC_DISPLAY},
                       *own["coding"]], "text": own["text"]}
    da, en = _PAIN_SITES[site]
    extra: dict[str, Any] = {"bodySite": {"coding": [{"system": BODY_SITE_SYSTEM, "code": site,
                                                      "display": en}], "text": da}}
    if when == "week":
        period = _week_before(ctx.effective)
        if period:
            extra["effectivePeriod"] = period
    return ctx.observation(key, code, {"valueInteger": value}, **extra)


DATA_ABSENT_SYSTEM = "http://terminology.hl7.org/CodeSystem/data-absent-reason"


def _interpretation(code: str, display: str) -> list[dict[str, Any]]:
    return [{"coding": [{"system": INTERPRETATION_SYSTEM, "code": code, "display": display}]}]


def _redflags(ctx: _Context) -> dict[str, Any] | None:
    result = ctx.result
    asked = list(result.get("asked") or [])
    positive = list(result.get("positive") or [])
    acute = list(result.get("acute") or [])
    unanswered = list(result.get("unanswered", result.get("missing")) or [])
    if not asked:
        return None
    components: list[dict[str, Any]] = [
        {"code": score_code(f"redflags.{flag}"), "valueBoolean": flag in positive}
        for flag in asked]
    # an unanswered question is never a "no": it is sent as asked but unknown
    components += [{"code": score_code(f"redflags.{flag}"),
                    "dataAbsentReason": _concept(DATA_ABSENT_SYSTEM, "asked-unknown")}
                   for flag in unanswered]
    if acute:
        interpretation = _interpretation("AA", "Critical abnormal")
    elif positive:
        interpretation = _interpretation("A", "Abnormal")
    elif unanswered:
        interpretation = _interpretation("IND", "Indeterminate")
    else:
        interpretation = _interpretation("N", "Normal")
    return ctx.observation("positive", score_code("redflags"), {"valueBoolean": bool(positive)},
                           interpretation=interpretation, component=components)


def _orebro_profile(ctx: _Context, form: Any) -> list[dict[str, Any]]:
    profile = ctx.result.get("profile") or {}
    labels = {}
    if form is not None and form.scoring is not None:
        labels = {d.id: d.label for d in form.scoring.domains}
    out = []
    for domain, data in profile.items():
        if not isinstance(data, Mapping) or data.get("burden") is None:
            continue
        label = labels.get(domain)
        code = score_code(f"orebro10.profile.{domain}",
                          f"Örebro-profil: {label.da if label else domain} (0-10)",
                          f"Örebro profile: {label.en if label else domain} (0-10)")
        extra: dict[str, Any] = {}
        if data.get("band"):
            extra["interpretation"] = [_concept(BAND_SYSTEM, str(data["band"]))]
        out.append(ctx.observation(f"profile.{domain}", code,
                                   {"valueInteger": int(data["burden"])}, **extra))
    return out


def _rmdq(ctx: _Context) -> list[dict[str, Any]]:
    total = ctx.result.get("total")
    if total is None:
        return []
    components = []
    for key in ("prorated", "answered"):
        value = _value(ctx.result.get(key), "rmdq23", key)
        if value is not None:
            components.append({"code": score_code(f"rmdq23.{key}"), **value})
    return [ctx.observation("total", score_code("rmdq23.total"), {"valueInteger": int(total)},
                            component=components)]


def score_observations(score: Any, response: Any, *, patient_id: str | None = None,
                       forms: Any = None) -> list[dict[str, Any]]:
    """The Observations of one ``ScoreRecord`` of a ``Response``."""
    ctx = _Context(score, response, patient_id)
    form_id = ctx.form_id
    if form_id in SKIPPED_FORMS:
        return []
    form = forms.forms.get(form_id) if forms is not None else None
    result = ctx.result
    if form_id == "redflags":
        single = _redflags(ctx)
        return [single] if single else []
    if form_id == "rmdq23":
        return _rmdq(ctx)
    out: list[dict[str, Any]] = []
    for key, value in result.items():
        if key in _META_KEYS or value is None:
            continue
        if form_id == "startback" and key == "risk":
            out.append(_startback_risk(ctx, str(value), form))
        elif form_id == "pain" and key in ("back_now", "back_week", "leg_now", "leg_week"):
            out.append(_pain_nrs(ctx, key, int(value)))
        elif form_id == "orebro10" and key == "profile":
            out += _orebro_profile(ctx, form)
        else:
            fhir_value = _value(value, form_id, key)
            if fhir_value is not None:
                out.append(ctx.observation(key, score_code(f"{form_id}.{key}"), fhir_value))
    return out


__all__ = ["PAIN_LOINC", "STARTBACK_RISK_SNOMED", "score_code", "score_observations"]
