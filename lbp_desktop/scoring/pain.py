"""Pain ratings: back and leg pain on the 0–10 NRS, which leg, pain below the knee.

Source: docs/clinical/instruments.md. NRS 0 no pain … 10 worst imaginable (LOINC 72514-3). The bands
are the common NRS bands kept in the form's ``scoring.bands.nrs`` (0 none, 1–3 mild, 4–6 moderate,
7–10 severe; docs/clinical/instruments.md) so a region can change them.

``back_band`` / ``leg_band`` band the rating named by ``params.band_from``: ``now`` (default),
``week`` (average last week) or ``max`` (the higher of the two).
``below_knee`` is asked only when a leg hurts (``show_if`` on ``leg_side``); with ``leg_side`` none
it is null, not missing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from lbp_desktop.questionnaires.model import Form, is_visible
from lbp_desktop.scoring.base import ScoreResult, band_for, prepare, unanswered

VERSION = "pain-1"
NRS_ITEMS = ["back_now", "back_week", "leg_now", "leg_week"]
LEG_SIDE = "leg_side"
BELOW_KNEE = "below_knee"
LEG_SIDES = {0: "none", 1: "left", 2: "right", 3: "both"}
"""Canonical codes of leg_side (docs/clinical/README.md)."""
BAND_SET = "nrs"
BAND_FROM = ("now", "week", "max")


def check_form(form: Form) -> None:
    ids = form.item_ids()
    missing = [i for i in [*NRS_ITEMS, LEG_SIDE, BELOW_KNEE] if i not in ids]
    if missing:
        raise ValueError(f"pain needs items {', '.join(missing)}")
    for item_id in NRS_ITEMS:
        if form.item(item_id).type != "scale_0_10":
            raise ValueError(f"pain item {item_id} must be a scale_0_10 item")
    if sorted(form.item(LEG_SIDE).codes()) != sorted(LEG_SIDES):  # type: ignore[type-var]
        raise ValueError("pain item leg_side must have the codes 0 none, 1 left, 2 right, 3 both")
    if form.item(BELOW_KNEE).type != "yes_no":
        raise ValueError("pain item below_knee must be a yes_no item")
    try:
        bands = form.bands(BAND_SET)
    except KeyError:
        raise ValueError(f"pain needs the band set bands.{BAND_SET}") from None
    for value in range(11):
        try:
            band_for(bands, value)
        except ValueError:
            raise ValueError(f"bands.{BAND_SET} leaves NRS {value} without a band") from None
    assert form.scoring is not None
    band_from = form.scoring.params.get("band_from", "now")
    if band_from not in BAND_FROM:
        raise ValueError(f"parameter band_from must be one of {', '.join(BAND_FROM)}")


def _band_value(now: int, week: int, band_from: str) -> int:
    if band_from == "week":
        return week
    if band_from == "max":
        return max(now, week)
    return now


def score(form: Form, answers: Mapping[str, Any]) -> ScoreResult:
    clean, required = prepare(form, answers)
    below_knee_shown = is_visible(form.item(BELOW_KNEE), dict(clean))
    needed = [*NRS_ITEMS, LEG_SIDE] + ([BELOW_KNEE] if below_knee_shown else [])
    missing = unanswered(form, clean, needed, required)
    values: dict[str, Any] = {i: clean.get(i) for i in NRS_ITEMS}
    side = clean.get(LEG_SIDE)
    values[LEG_SIDE] = LEG_SIDES[int(side)] if side is not None else None
    knee = clean.get(BELOW_KNEE) if below_knee_shown else None
    values[BELOW_KNEE] = None if knee is None else knee == 1
    if missing:
        values.update({i: None for i in NRS_ITEMS})
        values.update({LEG_SIDE: None, BELOW_KNEE: None, "back_band": None, "leg_band": None})
        return ScoreResult(form.id, VERSION, False, values, missing)
    assert form.scoring is not None
    band_from = str(form.scoring.params.get("band_from", "now"))
    bands = form.bands(BAND_SET)
    values["back_band"] = band_for(
        bands, _band_value(int(clean["back_now"]), int(clean["back_week"]), band_from))
    values["leg_band"] = band_for(
        bands, _band_value(int(clean["leg_now"]), int(clean["leg_week"]), band_from))
    return ScoreResult(form.id, VERSION, True, values)
