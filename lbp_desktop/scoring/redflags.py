"""Red flags the patient can answer (no / yes / "Ved ikke"), split into acute and non-acute.

Source: the project's clinical reference, ``docs/clinical/red-flags.md``. The acute ones —
``bladder_bowel``, ``saddle_anaesthesia``, ``progressive_weakness`` (cauda equina or progressive
neurology) — need acute hospital referral and must reach the clinician at once: they are declared as
``level: acute`` alert rules in the form's ``scoring.alerts`` and raise ``alerts``. The rest are
flags for the clinician. The ``age`` flag (age at onset < 20 or > 55) is derived in
``lbp_desktop.pathway.redflags``, never asked.

Result fields, all in form order:

- ``positive``: every id answered yes *or* "Ved ikke". The form tells the patient "Er du i tvivl,
  så svar ja" (if unsure, answer yes), so an unsure answer is treated as a yes for triage;
  ``unsure`` lists which of the positives were "Ved ikke" so the clinician can ask.
- ``acute`` / ``non_acute``: the positives split by level.
- ``asked``: the ids that were answered (any code).
- ``unanswered``: the red-flag ids without an answer. A missing answer is never a no: the summary,
  the results screen and the letter name each of them as not answered.

An incomplete set is ``complete: false`` with the missing ids; what *was* answered yes is still
reported and acute alerts still raised — a yes is a fact, not a guess, and an emergency must never
wait for the rest.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from lbp_desktop.questionnaires.model import Form
from lbp_desktop.scoring.base import ScoreResult, alerts_for, int_param, prepare, unanswered

VERSION = "redflags-2"
ACUTE = ["bladder_bowel", "saddle_anaesthesia", "progressive_weakness"]
NON_ACUTE = ["cancer_history", "weight_loss_fever", "night_pain", "trauma", "steroids"]
ITEMS = ACUTE + NON_ACUTE
UNSURE_PARAM = "unsure_code"
"""Form parameter: the answer code of "Ved ikke" (counted as positive)."""


def acute_items(form: Form) -> list[str]:
    """Items whose yes is an emergency: the form's ``level: acute`` alert rules."""
    assert form.scoring is not None
    acute = {rule.item for rule in form.scoring.alerts if rule.level == "acute"}
    return [i for i in form.item_ids() if i in acute]


def unsure_code(form: Form) -> int | None:
    """The code of the "Ved ikke" answer, if the form offers one."""
    try:
        return int_param(form, UNSURE_PARAM)
    except KeyError:
        return None


def _check_item(form: Form, item_id: str, unsure: int | None) -> None:
    item = form.item(item_id)
    codes = sorted(c for c in item.codes() if isinstance(c, int))
    allowed = ([0, 1] if unsure is None else [0, 1, unsure])
    if item.type not in ("yes_no", "single_choice") or codes != sorted(allowed):
        what = "0 (no) and 1 (yes)" + ("" if unsure is None else f" and {unsure} (unsure)")
        raise ValueError(f"red-flag item {item_id} must have exactly the codes {what}")


def check_form(form: Form) -> None:
    ids = form.item_ids()
    missing = [i for i in ITEMS if i not in ids]
    if missing:
        raise ValueError(f"red flags need items {', '.join(missing)}")
    unsure = unsure_code(form)
    if unsure is not None and unsure in (0, 1):
        raise ValueError(f"red flags: {UNSURE_PARAM} must differ from 0 (no) and 1 (yes)")
    for item_id in ids:
        _check_item(form, item_id, unsure)
    declared = acute_items(form)
    lacking = [i for i in ACUTE if i not in declared]
    if lacking:
        raise ValueError("red flags: the acute items need an alert rule with level acute: "
                         + ", ".join(lacking))
    wrong = [i for i in declared if i in NON_ACUTE]
    if wrong:
        raise ValueError(f"red flags: {', '.join(wrong)} is not acute (docs/clinical)")
    assert form.scoring is not None
    for rule in form.scoring.alerts:
        if rule.min_code != 1:
            raise ValueError(f"red flags: the alert on {rule.item} must fire on yes (min_code 1)")


def score(form: Form, answers: Mapping[str, Any]) -> ScoreResult:
    clean, required = prepare(form, answers)
    ids = form.item_ids()
    missing = unanswered(form, clean, ITEMS, required)
    acute = set(acute_items(form))
    unsure = unsure_code(form)
    # yes (1) and "Ved ikke" both count: "Er du i tvivl, så svar ja"
    positive = [i for i in ids if isinstance(clean.get(i), int) and clean[i] != 0]
    values = {
        "positive": positive,
        "acute": [i for i in positive if i in acute],
        "non_acute": [i for i in positive if i not in acute],
        "unsure": [i for i in positive if unsure is not None and clean.get(i) == unsure],
        "asked": [i for i in ids if clean.get(i) is not None],
        "unanswered": [i for i in ids if clean.get(i) is None],
    }
    return ScoreResult(form.id, VERSION, not missing, values, missing, alerts_for(form, clean))
