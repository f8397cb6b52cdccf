"""Red-flag triage: acute vs non-acute from the redflags result, and the age flag (< 20 or > 55)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from lbp_desktop.domain.cpr import parse_cpr
from lbp_desktop.pathway.redflags import Triage, age_flag, age_limits, label, triage
from lbp_desktop.questionnaires import load_file
from lbp_desktop.scoring import score

ROOT = Path(__file__).resolve().parents[1]
FLAGS = ["bladder_bowel", "saddle_anaesthesia", "progressive_weakness", "cancer_history",
         "weight_loss_fever", "night_pain", "trauma", "steroids"]
ON = dt.date(2025, 6, 1)
MIDDLE_AGED = dt.date(1980, 1, 1)


@pytest.fixture(scope="module")
def form():
    return load_file(ROOT / "forms" / "redflags.yaml")


def answers(*yes: str) -> dict[str, int]:
    return {flag: int(flag in yes) for flag in FLAGS}


def test_no_flags(form):
    result = triage(score(form, answers()), MIDDLE_AGED, ON)
    assert isinstance(result, Triage)
    assert (result.level, result.acute, result.non_acute, result.age_flag) == (
        "none", [], [], False)
    assert result.age == 45 and result.complete


def test_changed_urination_is_acute(form):
    # pathway case 2: changed urination must be impossible to miss
    result = triage(score(form, answers("bladder_bowel", "night_pain")), MIDDLE_AGED, ON)
    assert result.level == "acute"
    assert result.acute == ["bladder_bowel"]
    assert result.non_acute == ["night_pain"]
    assert result.flags == ["bladder_bowel", "night_pain"]


def test_non_acute_only(form):
    result = triage(score(form, answers("cancer_history", "steroids")), MIDDLE_AGED, ON)
    assert result.level == "non_acute"
    assert result.non_acute == ["cancer_history", "steroids"]


@pytest.mark.parametrize(("birth", "flag", "age"), [
    (dt.date(2005, 6, 2), True, 19),    # 20th birthday tomorrow
    (dt.date(2005, 6, 1), False, 20),   # 20 today
    (dt.date(1969, 6, 2), False, 55),   # 56th birthday tomorrow
    (dt.date(1969, 6, 1), True, 56),    # 56 today: over 55
    (dt.date(1970, 1, 1), False, 55),
    (dt.date(1969, 1, 1), True, 56),    # pathway case 6: Jørgen, 56
])
def test_age_flag(birth, flag, age):
    assert age_flag(birth, ON) is flag
    result = triage(None, birth, ON)
    assert result.age == age and result.age_flag is flag
    assert ("age" in result.non_acute) is flag
    assert result.level == ("non_acute" if flag else "none")


def test_age_limits_are_data():
    assert age_limits() == (20, 55)


def test_age_from_a_cpr(form):
    cpr = parse_cpr("010160-1234", ON)
    result = triage(score(form, answers("trauma")), cpr.birth_date, ON)
    assert result.non_acute == ["trauma", "age"]
    assert result.level == "non_acute"


def test_incomplete_result_still_triages_what_was_answered(form):
    result = triage(score(form, {"progressive_weakness": 1}), MIDDLE_AGED, ON)
    assert result.level == "acute"
    assert result.complete is False
    assert "bladder_bowel" in result.missing


def test_not_asked_and_no_birth_date():
    result = triage(None)
    assert (result.level, result.complete, result.age) == ("none", False, None)


def test_plain_dict_results_are_accepted():
    result = triage({"complete": True, "acute": [], "non_acute": ["trauma"]}, None, ON)
    assert result.level == "non_acute"
    assert result.to_dict()["non_acute"] == ["trauma"]


def test_labels_for_every_flag_and_level():
    for flag in [*FLAGS, "age", "acute", "non_acute", "none"]:
        assert label(flag, "da") and label(flag, "en")
        assert label(flag, "da") != label(flag, "en")
    with pytest.raises(KeyError):
        label("nonsense")
