"""Change since baseline: the first questionnaire of the episode against a follow-up.

Rules (``docs/clinical/change.md``):
- NRS pain: a clinically important *improvement* needs a fall of ≥ 2 points **and** ≥ 30 % of the
  baseline (Ostelo RW et al. Interpreting change scores for pain and functional status in low
  back pain: towards international consensus regarding minimal important change. Spine
  2008;33:90-4 — 30 % together with an absolute floor, so 1 → 0 is not important).
- RMDQ: ≥ 5 points **and** ≥ 30 % (Ostelo 2008). Thresholds are read from the form's
  ``scoring.params`` (``important_change_points``, ``important_change_percent``) where given.
- Ostelo's thresholds are for improvement: a rise is reported as a worsening with its size, never
  marked "clinically important" (no published threshold) and never worded as an improvement.
- STarT Back: movement between risk groups (low < medium < high) is reported as a change of
  group, never as "clinically important" (Keele publishes no change threshold).

Lower is better for every measure here, so a fall is ``improved``. Percentages are relative to the
baseline; with a baseline of 0 there is nothing to improve. Arithmetic is exact (no floating-point
edge cases at exactly 30 %).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:  # the thresholds read a Form's params; comparing needs no form model
    from lbp_desktop.questionnaires.model import Form

Direction = Literal["improved", "worsened", "unchanged"]

NRS_POINTS = 2
NRS_PERCENT = 30
RMDQ_POINTS = 5
RMDQ_PERCENT = 30
RISK_ORDER = ("low", "medium", "high")
NRS_ITEMS = ("back_now", "back_week", "leg_now", "leg_week")


@dataclass(frozen=True)
class Change:
    """The change in one numeric measure (lower = better)."""

    measure: str
    baseline: int
    current: int
    difference: int
    """current − baseline (negative = better)."""
    percent: float | None
    """difference as % of the baseline; None when the baseline is 0."""
    direction: Direction
    important: bool
    """A clinically important improvement (both thresholds met); never True for a worsening."""
    min_points: int
    min_percent: float

    def to_dict(self) -> dict[str, Any]:
        return {"measure": self.measure, "baseline": self.baseline, "current": self.current,
                "difference": self.difference, "percent": self.percent,
                "direction": self.direction, "important": self.important}


@dataclass(frozen=True)
class RiskChange:
    """Movement between STarT Back risk groups."""

    baseline: str
    current: str
    steps: int
    """Groups moved: negative = towards low risk."""
    direction: Direction
    important: bool = False
    """Always False: a change of group is a change, not a clinically important one."""

    def to_dict(self) -> dict[str, Any]:
        return {"measure": "risk", "baseline": self.baseline, "current": self.current,
                "steps": self.steps, "direction": self.direction, "important": self.important}


def _direction(difference: int) -> Direction:
    if difference < 0:
        return "improved"
    if difference > 0:
        return "worsened"
    return "unchanged"


def numeric_change(measure: str, baseline: int, current: int, min_points: int,
                   min_percent: float) -> Change:
    """Change of a score where lower is better; an important improvement needs a fall of
    ≥ ``min_points`` **and** ≥ ``min_percent`` % of the baseline."""
    for name, value in (("baseline", baseline), ("current", current)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValueError(f"{measure}: {name} must be a whole number ≥ 0, got {value!r}")
    difference = current - baseline
    size = abs(difference)
    percent = None
    important = False
    if baseline > 0:
        from fractions import Fraction  # exact percentages; loaded only when there is a change

        ratio = Fraction(size * 100, baseline)
        percent = float(Fraction(difference * 100, baseline))
        important = (difference < 0 and size >= min_points
                     and ratio >= Fraction(str(min_percent)))
    return Change(measure, baseline, current, difference, percent, _direction(difference),
                  important, min_points, min_percent)


def _thresholds(form: Form | None, points: int, percent: float) -> tuple[int, float]:
    if form is None or form.scoring is None:
        return points, percent
    params = form.scoring.params
    p = params.get("important_change_points", points)
    q = params.get("important_change_percent", percent)
    if not isinstance(p, int) or not isinstance(q, int | float) or isinstance(q, bool):
        raise ValueError(f"form {form.id}: important_change_points/percent must be numbers")
    return p, float(q)


def nrs_change(baseline: int, current: int, measure: str = "nrs",
               form: Form | None = None) -> Change:
    """NRS pain 0–10: important improvement at ≥ 2 points and ≥ 30 % (Ostelo 2008)."""
    points, percent = _thresholds(form, NRS_POINTS, NRS_PERCENT)
    return numeric_change(measure, baseline, current, points, percent)


def rmdq_change(baseline: int, current: int, form: Form | None = None) -> Change:
    """RMDQ-23 total: important improvement at ≥ 5 points and ≥ 30 % (Ostelo 2008)."""
    points, percent = _thresholds(form, RMDQ_POINTS, RMDQ_PERCENT)
    return numeric_change("total", baseline, current, points, percent)


def risk_change(baseline: str, current: str) -> RiskChange:
    """STarT Back: movement between risk groups, reported as a change of group (Keele)."""
    for name, value in (("baseline", baseline), ("current", current)):
        if value not in RISK_ORDER:
            raise ValueError(f"risk: {name} must be one of low, medium, high, got {value!r}")
    steps = RISK_ORDER.index(current) - RISK_ORDER.index(baseline)
    return RiskChange(baseline, current, steps, _direction(steps))


def _values(result: Any) -> Mapping[str, Any]:
    return result.to_dict() if hasattr(result, "to_dict") else result


def compare(form_id: str, baseline: Any, current: Any,
            form: Form | None = None) -> dict[str, Change | RiskChange]:
    """Compare two results (``ScoreResult`` or dict) of the same instrument, per measure.

    ``pain``: each NRS rating; ``rmdq23``: ``total``; ``startback``: ``risk``. A measure missing
    (None) on either side is left out; an instrument without a change rule gives ``{}``.
    """
    before, after = _values(baseline), _values(current)
    out: dict[str, Change | RiskChange] = {}
    if form_id == "pain":
        for item in NRS_ITEMS:
            if before.get(item) is not None and after.get(item) is not None:
                out[item] = nrs_change(before[item], after[item], item, form)
    elif form_id in ("rmdq23", "startback"):
        key = "total" if form_id == "rmdq23" else "risk"
        if before.get(key) is not None and after.get(key) is not None:
            out[key] = (rmdq_change(before[key], after[key], form) if key == "total"
                        else risk_change(before[key], after[key]))
    return out
