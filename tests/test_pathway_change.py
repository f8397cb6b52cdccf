"""Change since baseline (INSTRUMENTS.md §9; Ostelo 2008): NRS, RMDQ, STarT Back risk groups."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lbp_desktop.pathway.change import (
    Change,
    RiskChange,
    compare,
    nrs_change,
    numeric_change,
    risk_change,
    rmdq_change,
)
from lbp_desktop.questionnaires import load_file
from lbp_desktop.scoring import score

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("before", "after", "direction", "important"), [
    (6, 4, "improved", True),      # 2 points and 33 %
    (6, 5, "improved", False),     # 1 point, 16.7 %
    (3, 2, "improved", False),     # 33 % but only 1 point
    (1, 0, "improved", False),     # the review's counterexample: 100 % of 1 point
    (10, 7, "improved", True),     # 3 points, 30 % exactly
    (10, 8, "improved", False),    # 2 points but 20 %
    (10, 9, "improved", False),
    (4, 6, "worsened", False),     # a worsening: reported as such, never "important"
    (5, 6, "worsened", False),
    (0, 1, "worsened", False),
    (0, 2, "worsened", False),
    (5, 5, "unchanged", False),
    (0, 0, "unchanged", False),
])
def test_nrs(before, after, direction, important):
    change = nrs_change(before, after, "back_now")
    assert isinstance(change, Change)
    assert (change.direction, change.important) == (direction, important)
    assert change.difference == after - before
    assert change.measure == "back_now"


@pytest.mark.parametrize(("before", "after", "direction", "important"), [
    (20, 14, "improved", True),    # 6 points, 30 %
    (20, 15, "improved", False),   # 5 points but 25 %
    (20, 16, "improved", False),   # 4 points, 20 %
    (10, 5, "improved", True),     # 5 points, 50 %
    (13, 10, "improved", False),   # 3 points, 23 %
    (23, 0, "improved", True),
    (3, 2, "improved", False),     # 33 % of a tiny baseline
    (8, 13, "worsened", False),
    (0, 4, "worsened", False),
    (12, 12, "unchanged", False),
])
def test_rmdq(before, after, direction, important):
    change = rmdq_change(before, after)
    assert (change.direction, change.important) == (direction, important)


@given(before=st.integers(0, 23), after=st.integers(0, 23))
def test_rmdq_rule_written_out(before, after):
    fall = before - after
    important = fall >= 5 and before > 0 and Fraction(fall, before) >= Fraction(3, 10)
    change = rmdq_change(before, after)
    assert change.important is important
    assert change.percent == (None if before == 0 else 100 * (after - before) / before)


@given(before=st.integers(0, 10), after=st.integers(0, 10))
def test_nrs_rule_needs_both_thresholds_and_an_improvement(before, after):
    change = nrs_change(before, after)
    fall = before - after
    assert change.important is (fall >= 2 and 10 * fall >= 3 * before)
    assert (change.direction == "improved") is (after < before)
    assert (change.direction == "worsened") is (after > before)


def test_thresholds_come_from_the_form():
    form = load_file(ROOT / "forms" / "rmdq23.yaml")
    assert rmdq_change(12, 8, form).important is False  # 4 points, 33 %
    strict = replace(form, scoring=replace(form.scoring, params={
        **form.scoring.params, "important_change_points": 4}))
    assert rmdq_change(12, 8, strict).important is True
    assert rmdq_change(12, 8, strict).min_points == 4


@pytest.mark.parametrize(("before", "after", "steps", "direction", "important"), [
    # a change of group is reported as a change, never as "clinically important"
    ("high", "medium", -1, "improved", False),
    ("high", "low", -2, "improved", False),
    ("low", "high", 2, "worsened", False),
    ("medium", "medium", 0, "unchanged", False),
])
def test_startback_groups(before, after, steps, direction, important):
    change = risk_change(before, after)
    assert isinstance(change, RiskChange)
    assert (change.steps, change.direction, change.important) == (steps, direction, important)


@pytest.mark.parametrize("bad", [None, "severe", ""])
def test_risk_change_refuses_unknown_groups(bad):
    with pytest.raises(ValueError):
        risk_change("low", bad)


@pytest.mark.parametrize("bad", [-1, 1.5, True, None, "3"])
def test_numeric_change_refuses_non_scores(bad):
    with pytest.raises(ValueError):
        numeric_change("x", bad, 3, 2, 30)


def test_compare_results_of_the_real_forms():
    startback = load_file(ROOT / "forms" / "startback.yaml")
    high = {**{f"q{i}": 1 for i in range(1, 9)}, "q9": 4}
    low = {**{f"q{i}": 0 for i in range(1, 9)}, "q9": 0}
    out = compare("startback", score(startback, high), score(startback, low))
    assert out["risk"].direction == "improved" and not out["risk"].important
    pain = load_file(ROOT / "forms" / "pain.yaml")
    first = score(pain, {"back_now": 7, "back_week": 6, "leg_now": 8, "leg_week": 8,
                         "leg_side": 1, "below_knee": 1})
    later = score(pain, {"back_now": 3, "back_week": 5, "leg_now": 8, "leg_week": 9,
                         "leg_side": 1, "below_knee": 0})
    out = compare("pain", first.to_dict(), later, pain)
    assert set(out) == {"back_now", "back_week", "leg_now", "leg_week"}
    assert out["back_now"].important and out["back_now"].direction == "improved"
    assert not out["back_week"].important
    assert out["leg_now"].direction == "unchanged"
    assert out["leg_week"].direction == "worsened" and not out["leg_week"].important
    assert out["back_now"].to_dict()["difference"] == -4
    rmdq = load_file(ROOT / "forms" / "rmdq23.yaml")
    incomplete = score(rmdq, {"q1": 1})
    complete = score(rmdq, {f"q{i}": 1 for i in range(1, 24)})
    assert compare("rmdq23", incomplete, complete, rmdq) == {}
    assert compare("rmdq23", complete, complete, rmdq)["total"].direction == "unchanged"
    assert compare("mdi", {"total": 3}, {"total": 30}) == {}
