"""Örebro Musculoskeletal Pain Screening Questionnaire, short form (ÖMPSQ-10).

Source: Linton SJ, Nicholas M, MacDonald S. Development of a short form of the Örebro
Musculoskeletal Pain Screening Questionnaire. Spine 2011;36:1891-5 (docs/clinical/instruments.md).

- q1 is the pain duration category, coded 1–10, and adds its code (Linton 2011).
- q2–q10 are 0–10 scales; the reversed items (q3 light work, q4 sleep, q8 chance of working in
  3 months) add ``10 − code`` (Linton 2011). Which items are reversed is read from the form's
  ``scoring.reversed``; ``check_form`` insists it names exactly q3, q4 and q8.
- Total = q1 + q2 + (10 − q3) + (10 − q4) + q5 + q6 + q7 + (10 − q8) + q9 + q10, range 1–100.
- Total ≥ ``params.raised_risk_min_total`` (50 in Linton 2011) → ``raised_risk``.
- The domain profile (docs/clinical/instruments.md) is computed by
  ``lbp_desktop.scoring.profile`` from the form's ``scoring.domains`` and ``scoring.bands.profile``.
No imputation: a set with a missing item is incomplete, every result null.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from lbp_desktop.questionnaires.model import Form
from lbp_desktop.scoring import profile
from lbp_desktop.scoring.base import ScoreResult, int_param, prepare, unanswered

VERSION = "orebro10-1"
ITEMS = [f"q{i}" for i in range(1, 11)]
DURATION = "q1"
SCALES = ITEMS[1:]
LINTON_REVERSED = {"q3", "q4", "q8"}
RAISED_RISK_PARAM = "raised_risk_min_total"


def check_form(form: Form) -> None:
    ids = form.item_ids()
    missing = [i for i in ITEMS if i not in ids]
    if missing:
        raise ValueError(f"Örebro-10 needs items {', '.join(missing)}")
    duration = form.item(DURATION)
    if sorted(c for c in duration.codes() if isinstance(c, int)) != list(range(1, 11)):
        raise ValueError("Örebro-10 item q1 (duration) must have the codes 1–10")
    for item_id in SCALES:
        if form.item(item_id).type != "scale_0_10":
            raise ValueError(f"Örebro-10 item {item_id} must be a scale_0_10 item")
    assert form.scoring is not None
    if set(form.scoring.reversed) != LINTON_REVERSED:
        raise ValueError("Örebro-10 reverses exactly q3, q4 and q8 (Linton 2011); "
                         f"the form says {sorted(form.scoring.reversed)}")
    try:
        cut = form.param(RAISED_RISK_PARAM)
    except KeyError:
        raise ValueError(f"Örebro-10 needs the parameter {RAISED_RISK_PARAM}") from None
    if not isinstance(cut, int) or not 1 <= cut <= 100:
        raise ValueError(f"parameter {RAISED_RISK_PARAM} must be a whole number 1–100")
    profile.check_form(form, SCALES)


def item_points(form: Form, item_id: str, code: int) -> int:
    """What one answer adds to the total: reversed items add 10 − code (Linton 2011)."""
    assert form.scoring is not None
    return 10 - code if item_id in form.scoring.reversed else code


def score(form: Form, answers: Mapping[str, Any]) -> ScoreResult:
    clean, required = prepare(form, answers)
    missing = unanswered(form, clean, ITEMS, required)
    if missing:
        return ScoreResult(form.id, VERSION, False,
                           {"total": None, "raised_risk": None, "profile": None}, missing)
    total = sum(item_points(form, i, int(clean[i])) for i in ITEMS)
    raised = total >= int_param(form, RAISED_RISK_PARAM)
    return ScoreResult(form.id, VERSION, True,
                       {"total": total, "raised_risk": raised,
                        "profile": profile.domain_profile(form, clean)})
