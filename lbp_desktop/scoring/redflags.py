"""Red flags the patient can answer (yes/no), split into acute and non-acute.

Source: INSTRUMENTS.md §6. The acute ones — ``bladder_bowel``, ``saddle_anaesthesia``,
``progressive_weakness`` (cauda equina or progressive neurology) — need acute hospital referral and
must reach the clinician at once: they are declared as ``level: acute`` alert rules in the form's
``scoring.alerts`` and raise ``alerts``. The rest are flags for the clinician. The ``age`` flag
(< 20 or > 55) is derived from the CPR in ``lbp_desktop.pathway.redflags``, never asked.

Result: ``positive`` (every id answered yes), ``acute`` / ``non_acute`` (the yes answers split by
level), ``asked`` (the ids that were answered), all in form order. An incomplete set is
``complete: false`` with the missing ids; what *was* answered yes is still reported, and acute
alerts still raised — a yes is a fact, not a guess, and an emergency must never wait for the rest.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from lbp_desktop.questionnaires.model import Form
from lbp_desktop.scoring.base import ScoreResult, alerts_for, prepare, unanswered

VERSION = "redflags-1"
ACUTE = ["bladder_bowel", "saddle_anaesthesia", "progressive_weakness"]
NON_ACUTE = ["cancer_history", "weight_loss_fever", "night_pain", "trauma", "steroids"]
ITEMS = ACUTE + NON_ACUTE


def acute_items(form: Form) -> list[str]:
    """Items whose yes is an emergency: the form's ``level: acute`` alert rules."""
    assert form.scoring is not None
    acute = {rule.item for rule in form.scoring.alerts if rule.level == "acute"}
    return [i for i in form.item_ids() if i in acute]


def check_form(form: Form) -> None:
    ids = form.item_ids()
    missing = [i for i in ITEMS if i not in ids]
    if missing:
        raise ValueError(f"red flags need items {', '.join(missing)}")
    for item_id in ids:
        if form.item(item_id).type != "yes_no":
            raise ValueError(f"red-flag item {item_id} must be a yes_no item")
    declared = acute_items(form)
    lacking = [i for i in ACUTE if i not in declared]
    if lacking:
        raise ValueError("red flags: the acute items need an alert rule with level acute: "
                         + ", ".join(lacking))
    wrong = [i for i in declared if i in NON_ACUTE]
    if wrong:
        raise ValueError(f"red flags: {', '.join(wrong)} is not acute (INSTRUMENTS.md §6)")
    assert form.scoring is not None
    for rule in form.scoring.alerts:
        if rule.min_code != 1:
            raise ValueError(f"red flags: the alert on {rule.item} must fire on yes (min_code 1)")


def score(form: Form, answers: Mapping[str, Any]) -> ScoreResult:
    clean, required = prepare(form, answers)
    ids = form.item_ids()
    missing = unanswered(form, clean, ITEMS, required)
    acute = set(acute_items(form))
    positive = [i for i in ids if clean.get(i) == 1]
    values = {
        "positive": positive,
        "acute": [i for i in positive if i in acute],
        "non_acute": [i for i in positive if i not in acute],
        "asked": [i for i in ids if clean.get(i) is not None],
    }
    return ScoreResult(form.id, VERSION, not missing, values, missing, alerts_for(form, clean))
