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
    result = triage(score(form, answers()), MIDDLE_AGED, ON, duration_code=5)
    assert isinstance(result, Triage)
    assert (result.level, result.acute, result.non_acute, result.age_flag) == (
        "none", [], [], False)
    assert result.age == 45 and result.complete and result.all_clear


def test_unanswered_bladder_bowel_is_a_warning_not_a_clean_screen(form):
    given = answers()
    del given["bladder_bowel"]
    scored = score(form, given)
    assert scored["unanswered"] == ["bladder_bowel"]
    result = triage(scored, MIDDLE_AGED, ON, duration_code=5)
    assert result.unanswered == ["bladder_bowel"] and result.unanswered_acute == ["bladder_bowel"]
    assert result.level == "unanswered"
    assert not result.all_clear


def test_unanswered_non_acute_item_is_named_but_not_a_warning(form):
    given = answers()
    del given["steroids"]
    result = triage(score(form, given), MIDDLE_AGED, ON, duration_code=5)
    assert result.unanswered == ["steroids"] and result.unanswered_acute == []
    assert result.level == "none" and not result.all_clear


def test_ved_ikke_counts_as_yes(form):
    given = answers("night_pain")
    given["saddle_anaesthesia"] = 2  # "Ved ikke": "Er du i tvivl, så svar ja"
    scored = score(form, given)
    assert scored["positive"] == ["saddle_anaesthesia", "night_pain"]
    assert scored["acute"] == ["saddle_anaesthesia"] and scored["unsure"] == ["saddle_anaesthesia"]
    assert [a.item for a in scored.alerts] == ["saddle_anaesthesia", "night_pain"]
    result = triage(scored, MIDDLE_AGED, ON)
    assert result.level == "acute" and result.unsure == ["saddle_anaesthesia"]


def test_worklist_level_ranks_unanswered_between_flag_and_acute(form):
    from lbp_desktop.pathway.redflags import worklist_level

    given = answers("trauma")
    del given["progressive_weakness"]
    scored = score(form, given).to_dict()
    assert worklist_level({"redflags": scored}) == "unanswered"
    assert worklist_level({"redflags": scored}, "acute") == "acute"  # never lowered
    assert worklist_level({"redflags": score(form, answers("trauma")).to_dict()}) == "flag"
    assert worklist_level({"redflags": score(form, answers()).to_dict()}) == "none"


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
    (dt.date(2005, 6, 2), True, 19),    # 20th birthday tomorrow, pain for a week: onset at 19
    (dt.date(2005, 6, 1), False, 20),   # 20 today, pain began within the week: undecided below
    (dt.date(1969, 6, 2), False, 55),   # 56th birthday tomorrow
    (dt.date(1969, 5, 20), True, 56),   # 56 for 12 days, pain for under a week: onset at 56
    (dt.date(1970, 1, 1), False, 55),
])
def test_age_flag_with_a_short_duration(birth, flag, age):
    # Örebro q1 code 1: 0–1 week of pain, so the age at onset is (nearly) the age today
    result = triage(None, birth, ON, duration_code=1)
    assert result.age == age
    if birth == dt.date(2005, 6, 1):
        assert result.age_flag is None  # 19 or 20 at onset: cannot be decided, never "no"
        return
    assert age_flag(birth, ON, 1) is flag
    assert result.age_flag is flag
    assert ("age" in result.non_acute) is flag


def test_case_6_long_pain_at_56_is_no_age_flag():
    # pathway case 6: Jørgen, 56, years of recurring pain: onset before 56 -> no flag
    result = triage(None, dt.date(1969, 1, 1), ON, duration_code=10)
    assert result.age == 56
    assert result.age_flag is False
    assert "age" not in result.non_acute
    assert result.onset is not None and result.onset.latest == 55


def test_age_today_alone_never_flags_over_55_as_certain():
    # no duration answered: a 70-year-old may have had the pain since 40 -> undecided, not "no"
    result = triage(None, dt.date(1955, 1, 1), ON)
    assert result.age == 70 and result.age_flag is None
    assert "age" not in result.non_acute


def test_onset_over_55_when_the_pain_is_recent():
    # 70 years old, pain for 3–6 months: onset at 69/70 -> flag
    result = triage(None, dt.date(1955, 1, 1), ON, duration_code=7)
    assert result.age_flag is True and "age" in result.non_acute


def test_registered_onset_date_wins_over_the_duration():
    result = triage(None, dt.date(1965, 1, 1), ON, duration_code=10,
                    onset_date=dt.date(2024, 3, 1))
    assert result.onset is not None and result.onset.basis == "onset_date"
    assert result.onset.latest == 59 and result.age_flag is True


def test_long_pain_that_straddles_55_is_undecided():
    # 57 now, pain 9–12 months: onset at 56 or 57 -> flag; pain over a year: 55 or earlier?
    assert triage(None, dt.date(1968, 1, 1), ON, duration_code=9).age_flag is True
    assert triage(None, dt.date(1968, 1, 1), ON, duration_code=10).age_flag is None


def test_age_limits_are_data():
    assert age_limits() == (20, 55)


def test_age_from_a_cpr(form):
    cpr = parse_cpr("010160-1234", ON)
    result = triage(score(form, answers("trauma")), cpr.birth_date, ON, duration_code=3)
    assert result.non_acute == ["trauma", "age"]
    assert result.level == "non_acute"


def test_incomplete_result_still_triages_what_was_answered(form):
    result = triage(score(form, {"progressive_weakness": 1}), MIDDLE_AGED, ON)
    assert result.level == "acute"
    assert result.complete is False
    assert "bladder_bowel" in result.missing and "bladder_bowel" in result.unanswered


def test_not_asked_and_no_birth_date():
    result = triage(None)
    assert (result.complete, result.age) == (False, None)
    assert result.unanswered == FLAGS  # never asked is never "no"
    assert result.level == "unanswered"
    assert not result.all_clear


def test_plain_dict_results_are_accepted():
    result = triage({"complete": True, "acute": [], "non_acute": ["trauma"]}, None, ON)
    assert result.level == "non_acute"
    assert result.to_dict()["non_acute"] == ["trauma"]


def test_labels_for_every_flag_and_level():
    for flag in [*FLAGS, "age", "age_over", "age_under", "age_undecided", "acute", "unanswered",
                 "non_acute", "none"]:
        assert label(flag, "da") and label(flag, "en")
        assert label(flag, "da") != label(flag, "en")
    with pytest.raises(KeyError):
        label("nonsense")
