"""Work and sick leave: the answers put in words-ready form for the letter and the workspace.

Source: docs/clinical/instruments.md and the codes of docs/clinical/README.md. Nothing is scored;
the module turns codes into words (``employment``), yes/no into booleans and hides answers to
questions that were not shown (``sick_listed`` only for employed/self-employed, ``sick_leave_weeks``
only when sick-listed; a hidden question hides the questions that depend on it).
``goal`` is the option code, ``goal_label`` its ``{"da", "en"}`` label from the form.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from lbp_desktop.questionnaires.model import Form, is_visible
from lbp_desktop.scoring.base import ScoreResult, prepare

VERSION = "work-1"
EMPLOYMENT = {1: "employed", 2: "self_employed", 3: "unemployed", 4: "student", 5: "retired",
              6: "other"}
"""Canonical codes of ``employment`` (docs/clinical/README.md)."""
ITEMS = ["occupation", "employment", "sick_listed", "sick_leave_weeks", "physical_work", "goal",
         "goal_text"]
YES_NO = ("sick_listed", "physical_work")


def check_form(form: Form) -> None:
    ids = form.item_ids()
    missing = [i for i in ITEMS if i not in ids]
    if missing:
        raise ValueError(f"work needs items {', '.join(missing)}")
    if sorted(form.item("employment").codes()) != sorted(EMPLOYMENT):  # type: ignore[type-var]
        raise ValueError("work item employment must have the codes 1–6 of docs/clinical/README.md")
    for item_id in YES_NO:
        if form.item(item_id).type != "yes_no":
            raise ValueError(f"work item {item_id} must be a yes_no item")
    if form.item("sick_leave_weeks").type != "number":
        raise ValueError("work item sick_leave_weeks must be a number item")
    for item_id in ("occupation", "goal_text"):
        if form.item(item_id).type != "text":
            raise ValueError(f"work item {item_id} must be a text item")


def score(form: Form, answers: Mapping[str, Any]) -> ScoreResult:
    clean, _ = prepare(form, answers)
    shown: dict[str, bool] = {}
    seen: dict[str, Any] = {}  # answers to shown items only: a hidden parent hides its children
    missing: list[str] = []
    for item in form.items():
        shown[item.id] = is_visible(item, seen)
        if shown[item.id] and item.id in clean:
            seen[item.id] = clean[item.id]
        elif shown[item.id] and item.required:
            missing.append(item.id)

    def value(item_id: str) -> Any:
        return clean.get(item_id) if shown[item_id] else None

    employment = value("employment")
    goal = value("goal")
    values: dict[str, Any] = {
        "occupation": value("occupation"),
        "employment": EMPLOYMENT[int(employment)] if employment is not None else None,
        "sick_listed": None,
        "sick_leave_weeks": value("sick_leave_weeks"),
        "physical_work": None,
        "goal": goal,
        "goal_label": None,
        "goal_text": value("goal_text"),
    }
    for item_id in YES_NO:
        answer = value(item_id)
        values[item_id] = None if answer is None else answer == 1
    if goal is not None:
        label = next(o.label for o in form.item("goal").options if o.code == goal)
        values["goal_label"] = {"da": label.da, "en": label.en}
    return ScoreResult(form.id, VERSION, not missing, values, missing)
