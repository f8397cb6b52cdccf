"""Roland-Morris Disability Questionnaire, 23-item Danish version (RMDQ-23).

Sources: Roland M, Fairbank J. Spine 2000;25:3115-24 (score = number of yes); Danish 23-item
version: Albert H et al., Ugeskr Læger 2005 (docs/clinical/instruments.md).

- Each of q1–q23 is yes (1, "applies to me today") or no (0). Score = number of yes, 0–23.
- Missing items (docs/clinical/instruments.md): with at most ``params.max_prorated_missing`` (2)
  unanswered, the score is prorated to the 0–23 scale — total = yes × 23 / answered, rounded half up
  — and marked ``prorated: true``; with more missing the set is incomplete and the total null.
- ``answered`` = how many items were answered.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from lbp_desktop.questionnaires.model import Form
from lbp_desktop.scoring.base import ScoreResult, int_param, prepare, unanswered

VERSION = "rmdq23-1"
ITEMS = [f"q{i}" for i in range(1, 24)]
PRORATION_PARAM = "max_prorated_missing"


def check_form(form: Form) -> None:
    ids = form.item_ids()
    missing = [i for i in ITEMS if i not in ids]
    if missing:
        raise ValueError(f"RMDQ-23 needs items {', '.join(missing)}")
    for item_id in ITEMS:
        if form.item(item_id).type != "yes_no":
            raise ValueError(f"RMDQ-23 item {item_id} must be a yes_no item")
    try:
        limit = form.param(PRORATION_PARAM)
    except KeyError:
        raise ValueError(f"RMDQ-23 needs the parameter {PRORATION_PARAM}") from None
    if not isinstance(limit, int) or not 0 <= limit < len(ITEMS):
        raise ValueError(f"parameter {PRORATION_PARAM} must be a whole number 0–22")


def prorate(yes: int, answered: int, scale_max: int = len(ITEMS)) -> int:
    """yes × scale_max / answered, rounded half up (exact: integer arithmetic)."""
    if answered <= 0:
        raise ValueError("cannot prorate with no answers")
    # round_half_up(yes * 23 / answered) without binary floating point
    return (2 * yes * scale_max + answered) // (2 * answered)


def score(form: Form, answers: Mapping[str, Any]) -> ScoreResult:
    clean, required = prepare(form, answers)
    missing = unanswered(form, clean, ITEMS, required)
    answered = sum(1 for i in ITEMS if clean.get(i) is not None)
    yes = sum(1 for i in ITEMS if clean.get(i) == 1)
    limit = int_param(form, PRORATION_PARAM)
    if not missing:
        return ScoreResult(form.id, VERSION, True,
                           {"total": yes, "prorated": False, "answered": answered})
    if len(missing) <= limit and answered > 0:
        total = prorate(yes, answered)
        return ScoreResult(form.id, VERSION, True,
                           {"total": total, "prorated": True, "answered": answered}, missing)
    return ScoreResult(form.id, VERSION, False,
                       {"total": None, "prorated": False, "answered": answered}, missing)
