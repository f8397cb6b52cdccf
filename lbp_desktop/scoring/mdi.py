"""Major Depression Inventory (MDI), Danish original.

Sources (see ``docs/clinical/mdi.md``): Bech P, Rasmussen NA, Olsen LR, Noerholm V, Abildgaard W.
The sensitivity and specificity of the Major Depression Inventory, using the Present State
Examination as the index of diagnostic validity. J Affect Disord 2001;66:159-64; Olsen LR et al.
The internal and external validity of the Major Depression Inventory in measuring severity of
depressive states. Psychol Med 2003;33:351-6; DSAM (Dansk Selskab for Almen Medicin), klinisk
vejledning "Depression", Bilag 1 (scoring of the MDI).

- Items q1–q7, q8a, q8b, q9, q10a, q10b, each 0 (at no time) … 5 (all the time), last 2 weeks.
- Sum 0–50: items 8 and 10 take the higher of a/b (DSAM).
- Sum band: the form's ``scoring.bands.severity`` (the scheme and its citation live in the form
  data, because published cut-points differ). A sum band is *not* a diagnosis.
- ICD-10 algorithm (DSAM Bilag 1; Bech 2001), thresholds in ``params``: the core items 1–3 count
  when ≥ 4 (``icd10_core_min_code``); the seven accompanying items 4, 5, 6, 7, 8, 9, 10 count when
  ≥ 3 (``icd10_other_min_code``) — **items 4 (self-confidence) and 5 (guilt) count separately**,
  8 and 10 via the higher of a/b. Mild = 2 core + 2 accompanying; moderate = 2 core + 4;
  severe = 3 core + 5.
- DSM-IV algorithm (Bech 2001), a separate result: item 4 is merged into item 5 (the higher of
  the two), giving nine symptoms; a symptom is present on the same thresholds as for ICD-10
  (items 1–3 ≥ 4, the others ≥ ``dsm4_min_code``); major depression = ≥ 5 of the nine, of which
  item 1 or 2. This is the secondary result; the letter leads with ICD-10, as DSAM does.
- Item 6 ("life not worth living"): any answer ≥ ``min_code`` of the alert rule on q6 in the form
  (1: any answer above "at no time") is a clinician-only safety alert; ``item6`` is the answer
  and ``item6_alert`` whether the alert fired. The alert is raised even when other items are
  missing — it must never wait for the rest.
No imputation: an incomplete set has total, severity, icd10 and dsm4 null.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from lbp_desktop.questionnaires.model import Form
from lbp_desktop.scoring.base import (
    ScoreResult,
    alerts_for,
    band_for,
    int_param,
    prepare,
    unanswered,
)

VERSION = "mdi-2"
ITEMS = ["q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8a", "q8b", "q9", "q10a", "q10b"]
CORE = ["q1", "q2", "q3"]
PAIRS = {"q8": ("q8a", "q8b"), "q10": ("q10a", "q10b")}
BAND_SET = "severity"
CORE_PARAM = "icd10_core_min_code"
OTHER_PARAM = "icd10_other_min_code"
DSM4_PARAM = "dsm4_min_code"
ALERT_ITEM = "q6"

# ICD-10 levels (DSAM): (level, core items needed, other items needed), most severe first.
ICD10_LEVELS: tuple[tuple[str, int, int], ...] = (
    ("severe", 3, 5),
    ("moderate", 2, 4),
    ("mild", 2, 2),
)


def check_form(form: Form) -> None:
    ids = form.item_ids()
    missing = [i for i in ITEMS if i not in ids]
    if missing:
        raise ValueError(f"MDI needs items {', '.join(missing)}")
    for item_id in ITEMS:
        codes = form.item(item_id).codes()
        if sorted(c for c in codes if isinstance(c, int)) != list(range(6)) or len(codes) != 6:
            raise ValueError(f"MDI item {item_id} must have the codes 0–5")
    try:
        bands = form.bands(BAND_SET)
    except KeyError:
        raise ValueError(f"MDI needs the band set bands.{BAND_SET}") from None
    for value in range(51):
        try:
            band_for(bands, value)
        except ValueError:
            raise ValueError(f"bands.{BAND_SET} leaves the sum {value} without a band") from None
    for name in (CORE_PARAM, OTHER_PARAM, DSM4_PARAM):
        try:
            code = form.param(name)
        except KeyError:
            raise ValueError(f"MDI needs the parameter {name}") from None
        if not isinstance(code, int) or not 0 <= code <= 5:
            raise ValueError(f"parameter {name} must be a code 0–5")
    assert form.scoring is not None
    if not any(rule.item == ALERT_ITEM for rule in form.scoring.alerts):
        raise ValueError("MDI needs an alert rule on q6 (life not worth living)")


def item_values(answers: Mapping[str, int]) -> dict[str, int]:
    """The ten scored items: q8 and q10 as the higher of a/b (DSAM)."""
    out = {i: answers[i] for i in ("q1", "q2", "q3", "q4", "q5", "q6", "q7", "q9")}
    for name, (a, b) in PAIRS.items():
        out[name] = max(answers[a], answers[b])
    return out


ACCOMPANYING = ("q4", "q5", "q6", "q7", "q8", "q9", "q10")


def icd10_level(values: Mapping[str, int], core_min: int = 4, other_min: int = 3) -> str:
    """The ICD-10 depression level of ten scored items (DSAM Bilag 1).

    The seven accompanying symptoms are counted one by one: self-confidence (4) and guilt (5) are
    two symptoms in ICD-10. (Only the DSM-IV algorithm merges them — see ``dsm4_major``.)
    """
    core = sum(1 for i in CORE if values[i] >= core_min)
    others = sum(1 for i in ACCOMPANYING if values[i] >= other_min)
    for level, need_core, need_other in ICD10_LEVELS:
        if core >= need_core and others >= need_other:
            return level
    return "none"


def dsm4_major(values: Mapping[str, int], min_code: int = 3, core_min: int = 4) -> bool:
    """DSM-IV major depression (Bech 2001): ≥ 5 of nine symptoms, one of them item 1 or 2.

    Items 4 and 5 are one symptom here (the higher of the two). Items 1–3 count at ``core_min``
    (≥ 4, "most of the time"), the others at ``min_code`` (≥ 3).
    """
    core = [values[i] >= core_min for i in ("q1", "q2")]
    rest = [values["q3"] >= core_min, max(values["q4"], values["q5"]) >= min_code]
    rest += [values[i] >= min_code for i in ("q6", "q7", "q8", "q9", "q10")]
    return any(core) and sum(core) + sum(rest) >= 5


def score(form: Form, answers: Mapping[str, Any]) -> ScoreResult:
    clean, required = prepare(form, answers)
    missing = unanswered(form, clean, ITEMS, required)
    alerts = alerts_for(form, clean)
    q6 = clean.get(ALERT_ITEM)
    item6_alert = None if q6 is None else any(a.item == ALERT_ITEM for a in alerts)
    item6 = q6 if isinstance(q6, int) else None
    if missing:
        return ScoreResult(form.id, VERSION, False,
                           {"total": None, "severity": None, "icd10": None, "dsm4": None,
                            "item6": item6, "item6_alert": item6_alert}, missing, alerts)
    values = item_values({i: int(clean[i]) for i in ITEMS})
    total = sum(values.values())
    core_min = int_param(form, CORE_PARAM)
    icd10 = icd10_level(values, core_min, int_param(form, OTHER_PARAM))
    dsm4 = "major" if dsm4_major(values, int_param(form, DSM4_PARAM), core_min) else "none"
    return ScoreResult(form.id, VERSION, True,
                       {"total": total, "severity": band_for(form.bands(BAND_SET), total),
                        "icd10": icd10, "dsm4": dsm4, "item6": item6,
                        "item6_alert": item6_alert}, [], alerts)
