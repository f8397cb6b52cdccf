"""Property and worked-example tests for every instrument's scoring, on the real forms in forms/.

Each expectation is written from INSTRUMENTS.md independently of the scoring modules (own
formulas, Keele/Linton/DSAM constants typed in here), so a wrong form value or a wrong module both
show up.
"""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lbp_desktop.questionnaires import AnswerError, is_visible, load_file
from lbp_desktop.scoring import registry, score

ROOT = Path(__file__).resolve().parents[1]
SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


def real_form(form_id: str):
    form = load_file(ROOT / "forms" / f"{form_id}.yaml")
    registry.check_form(form)
    return form


@pytest.fixture(scope="module")
def forms():
    return {i: real_form(i) for i in ("orebro10", "pain", "rmdq23", "redflags", "work", "mdi")}


def nrs_band(value: int) -> str:
    """INSTRUMENTS.md §3: 0 none, 1–3 mild, 4–6 moderate, 7–10 severe."""
    if value == 0:
        return "none"
    return "mild" if value <= 3 else "moderate" if value <= 6 else "severe"


def half_up(numerator: int, denominator: int) -> int:
    """numerator/denominator rounded half up, exactly."""
    value = Fraction(numerator, denominator)
    floor = value.numerator // value.denominator
    return floor + (1 if value - floor >= Fraction(1, 2) else 0)


def with_params(form, **params):
    scoring = replace(form.scoring, params={**form.scoring.params, **params})
    return replace(form, scoring=scoring)


def without_answers(answers: dict, drop: set[str]) -> dict:
    return {k: v for k, v in answers.items() if k not in drop}


# === Örebro-10 (Linton 2011) =====================================================================

OREBRO_ITEMS = [f"q{i}" for i in range(1, 11)]
orebro_sets = st.fixed_dictionaries(
    {"q1": st.integers(1, 10), **{f"q{i}": st.integers(0, 10) for i in range(2, 11)}})


def linton_total(a: dict) -> int:
    return (a["q1"] + a["q2"] + (10 - a["q3"]) + (10 - a["q4"]) + a["q5"] + a["q6"] + a["q7"]
            + (10 - a["q8"]) + a["q9"] + a["q10"])


def expected_profile(a: dict) -> dict[str, int]:
    """INSTRUMENTS.md §3, burden per domain."""
    return {
        "pain": a["q2"], "function": 10 - a["q3"], "sleep": 10 - a["q4"], "worry": a["q5"],
        "mood": a["q6"], "persistence": a["q7"], "work_expectation": 10 - a["q8"],
        "fear_avoidance": half_up(a["q9"] + a["q10"], 2),
    }


@SETTINGS
@given(answers=orebro_sets)
def test_orebro_total_range_cut_point_and_profile(forms, answers):
    out = score(forms["orebro10"], answers).to_dict()
    assert out["complete"] is True
    assert out["total"] == linton_total(answers)
    assert 1 <= out["total"] <= 100
    assert out["raised_risk"] is (out["total"] >= 50)
    want = expected_profile(answers)
    assert set(out["profile"]) == set(want)
    for domain, burden in want.items():
        assert out["profile"][domain] == {"burden": burden, "band": nrs_band(burden)}, domain


@SETTINGS
@given(answers=orebro_sets, item=st.sampled_from(OREBRO_ITEMS))
def test_orebro_raising_an_item_moves_the_total_by_its_direction(forms, answers, item):
    top = 10
    if answers[item] == top:
        return
    before = score(forms["orebro10"], answers)["total"]
    after = score(forms["orebro10"], {**answers, item: answers[item] + 1})["total"]
    if item in ("q3", "q4", "q8"):  # reversed (Linton 2011): a higher code lowers the total
        assert after == before - 1
    else:
        assert after == before + 1


def test_orebro_form_reverses_exactly_q3_q4_q8(forms):
    assert sorted(forms["orebro10"].scoring.reversed) == ["q3", "q4", "q8"]
    assert forms["orebro10"].param("raised_risk_min_total") == 50


@SETTINGS
@given(answers=orebro_sets, drop=st.sets(st.sampled_from(OREBRO_ITEMS), min_size=1))
def test_orebro_incomplete_sets_are_incomplete(forms, answers, drop):
    out = score(forms["orebro10"], without_answers(answers, drop)).to_dict()
    assert out["complete"] is False
    assert out["missing"] == [i for i in OREBRO_ITEMS if i in drop]
    assert out["total"] is None and out["raised_risk"] is None and out["profile"] is None


def test_orebro_worked_examples(forms):
    extremes_low = {"q1": 1, "q2": 0, "q3": 10, "q4": 10, "q5": 0, "q6": 0, "q7": 0, "q8": 10,
                    "q9": 0, "q10": 0}
    extremes_high = {"q1": 10, "q2": 10, "q3": 0, "q4": 0, "q5": 10, "q6": 10, "q7": 10, "q8": 0,
                     "q9": 10, "q10": 10}
    assert score(forms["orebro10"], extremes_low)["total"] == 1
    assert score(forms["orebro10"], extremes_high)["total"] == 100
    # case 1 of the pathway (Morten): moderate pain and function, severe sleep and fear of movement
    morten = {"q1": 10, "q2": 5, "q3": 4, "q4": 2, "q5": 6, "q6": 5, "q7": 6, "q8": 5, "q9": 8,
              "q10": 7}
    out = score(forms["orebro10"], morten).to_dict()
    assert out["total"] == 10 + 5 + 6 + 8 + 6 + 5 + 6 + 5 + 8 + 7 == 66
    assert out["raised_risk"] is True
    bands = {d: v["band"] for d, v in out["profile"].items()}
    assert bands["pain"] == "moderate" and bands["function"] == "moderate"
    assert bands["sleep"] == "severe" and bands["fear_avoidance"] == "severe"
    assert out["profile"]["fear_avoidance"]["burden"] == 8  # (8 + 7) / 2 = 7.5 → 8 (half up)
    # cut-point boundary: 49 not raised, 50 raised
    base = {**extremes_low, "q2": 10, "q5": 10, "q6": 10, "q7": 10}  # 1 + 40 = 41
    assert score(forms["orebro10"], {**base, "q9": 8})["raised_risk"] is False  # 49
    assert score(forms["orebro10"], {**base, "q9": 9})["raised_risk"] is True  # 50


@pytest.mark.parametrize(("q9", "q10", "burden"), [
    (0, 0, 0), (0, 1, 1), (1, 2, 2), (2, 3, 3), (3, 4, 4), (9, 10, 10), (5, 6, 6), (4, 4, 4),
])
def test_fear_avoidance_is_the_mean_rounded_half_up(forms, q9, q10, burden):
    answers = {"q1": 1, **{f"q{i}": 5 for i in range(2, 9)}, "q9": q9, "q10": q10}
    assert score(forms["orebro10"], answers)["profile"]["fear_avoidance"]["burden"] == burden


# === Pain (NRS) ==================================================================================

NRS = ["back_now", "back_week", "leg_now", "leg_week"]


@st.composite
def pain_sets(draw):
    answers = {i: draw(st.integers(0, 10)) for i in NRS}
    answers["leg_side"] = draw(st.integers(0, 3))
    if answers["leg_side"]:
        answers["below_knee"] = draw(st.integers(0, 1))
    return answers


@SETTINGS
@given(answers=pain_sets())
def test_pain_values_and_bands(forms, answers):
    out = score(forms["pain"], answers).to_dict()
    assert out["complete"] is True
    for item in NRS:
        assert out[item] == answers[item]
    assert out["leg_side"] == ["none", "left", "right", "both"][answers["leg_side"]]
    assert out["below_knee"] == (None if "below_knee" not in answers
                                 else answers["below_knee"] == 1)
    band_from = forms["pain"].param("band_from")
    assert band_from == "now"
    assert out["back_band"] == nrs_band(answers["back_now"])
    assert out["leg_band"] == nrs_band(answers["leg_now"])


@SETTINGS
@given(answers=pain_sets())
def test_pain_band_from_is_read_from_the_form(forms, answers):
    weekly = score(with_params(forms["pain"], band_from="week"), answers)
    worst = score(with_params(forms["pain"], band_from="max"), answers)
    assert weekly["back_band"] == nrs_band(answers["back_week"])
    assert worst["leg_band"] == nrs_band(max(answers["leg_now"], answers["leg_week"]))


def test_pain_below_knee_is_asked_only_with_leg_pain(forms):
    base = {"back_now": 3, "back_week": 4, "leg_now": 6, "leg_week": 7}
    out = score(forms["pain"], {**base, "leg_side": 2}).to_dict()
    assert (out["complete"], out["missing"], out["back_band"]) == (False, ["below_knee"], None)
    out = score(forms["pain"], {**base, "leg_side": 0}).to_dict()
    assert out["complete"] is True and out["below_knee"] is None
    out = score(forms["pain"], {**base, "leg_side": 0, "below_knee": 1}).to_dict()
    assert out["below_knee"] is None  # an answer to a question that was not shown is ignored
    out = score(forms["pain"], {**base, "leg_side": 3, "below_knee": 0}).to_dict()
    assert out["below_knee"] is False and out["leg_side"] == "both"
    assert out["back_band"] == "mild" and out["leg_band"] == "moderate"


@SETTINGS
@given(answers=pain_sets(), drop=st.sets(st.sampled_from([*NRS, "leg_side"]), min_size=1))
def test_pain_incomplete_sets_are_incomplete(forms, answers, drop):
    kept = without_answers(answers, drop)
    if not is_visible(forms["pain"].item("leg_side"), kept):
        drop = drop - {"leg_side"}  # no leg rating above 0: which leg is not asked
        if not drop:
            return
    out = score(forms["pain"], kept).to_dict()
    assert out["complete"] is False
    assert set(drop) <= set(out["missing"])
    assert all(out[k] is None for k in [*NRS, "back_band", "leg_band", "leg_side"])


# === RMDQ-23 =====================================================================================

RMDQ = [f"q{i}" for i in range(1, 24)]
rmdq_sets = st.fixed_dictionaries({i: st.sampled_from([0, 1, None]) for i in RMDQ})


@SETTINGS
@given(answers=rmdq_sets)
def test_rmdq_total_and_proration(forms, answers):
    out = score(forms["rmdq23"], answers).to_dict()
    answered = [v for v in answers.values() if v is not None]
    missing = [i for i in RMDQ if answers[i] is None]
    yes = sum(answered)
    assert out["answered"] == len(answered)
    if not missing:
        assert out == {**out, "complete": True, "total": yes, "prorated": False}
    elif len(missing) <= 2:
        assert out["complete"] is True and out["prorated"] is True
        assert out["total"] == half_up(yes * 23, len(answered))
        assert yes <= out["total"] <= 23
    else:
        assert out["complete"] is False and out["total"] is None and out["prorated"] is False
        assert out["missing"] == missing
    if out["total"] is not None:
        assert 0 <= out["total"] <= 23


@SETTINGS
@given(answers=rmdq_sets, item=st.sampled_from(RMDQ))
def test_rmdq_a_yes_never_lowers_the_total(forms, answers, item):
    if answers[item] != 0:
        return
    before = score(forms["rmdq23"], answers)["total"]
    after = score(forms["rmdq23"], {**answers, item: 1})["total"]
    if before is None:
        assert after is None
    elif all(v is not None for v in answers.values()):
        assert after == before + 1
    else:
        assert after >= before


@pytest.mark.parametrize(("yes", "missing", "total", "prorated", "complete"), [
    (23, 0, 23, False, True),
    (0, 0, 0, False, True),
    (21, 2, 23, True, True),       # all answered are yes → top of the scale
    (0, 2, 0, True, True),
    (11, 1, 12, True, True),       # 11 × 23 / 22 = 11.5 → 12 (half up, not half to even)
    (10, 2, 11, True, True),       # 10 × 23 / 21 = 10.95 → 11
    (1, 2, 1, True, True),         # 23 / 21 = 1.095 → 1
    (5, 1, 5, True, True),         # 5 × 23 / 22 = 5.23 → 5
    (20, 3, None, False, False),   # 3 missing: incomplete, never guessed
    (0, 23, None, False, False),
])
def test_rmdq_proration_boundaries(forms, yes, missing, total, prorated, complete):
    answers = {}
    for index, item in enumerate(RMDQ):
        if index < missing:
            continue
        answers[item] = 1 if index - missing < yes else 0
    out = score(forms["rmdq23"], answers).to_dict()
    assert (out["total"], out["prorated"], out["complete"]) == (total, prorated, complete)
    assert out["answered"] == 23 - missing


def test_rmdq_form_prorates_at_most_two(forms):
    assert forms["rmdq23"].param("max_prorated_missing") == 2


# === Red flags ===================================================================================

ACUTE = ["bladder_bowel", "saddle_anaesthesia", "progressive_weakness"]
NON_ACUTE = ["cancer_history", "weight_loss_fever", "night_pain", "trauma", "steroids"]
redflag_sets = st.fixed_dictionaries({i: st.sampled_from([0, 1, None]) for i in ACUTE + NON_ACUTE})


@SETTINGS
@given(answers=redflag_sets)
def test_redflags_split_and_alerts(forms, answers):
    result = score(forms["redflags"], answers)
    out = result.to_dict()
    yes = {i for i, v in answers.items() if v == 1}
    assert set(out["positive"]) == yes
    assert out["acute"] == [i for i in ACUTE if i in yes]
    assert out["non_acute"] == [i for i in NON_ACUTE if i in yes]
    assert set(out["asked"]) == {i for i, v in answers.items() if v is not None}
    acute_alerts = [a.item for a in result.alerts if a.level == "acute"]
    assert acute_alerts == out["acute"]  # every acute yes raises an acute alert, even incomplete
    missing = [i for i in ACUTE + NON_ACUTE if answers[i] is None]
    assert out["complete"] is (not missing)
    if missing:
        assert sorted(out["missing"]) == sorted(missing)


def test_redflags_none_positive(forms):
    out = score(forms["redflags"], dict.fromkeys(ACUTE + NON_ACUTE, 0)).to_dict()
    assert out["positive"] == out["acute"] == out["non_acute"] == []
    assert out["complete"] is True and "alerts" not in out
    assert len(out["asked"]) == 8


# === Work ========================================================================================

def test_work_in_words(forms):
    out = score(forms["work"], {"occupation": "Tømrer", "employment": 1, "sick_listed": 1,
                                "sick_leave_weeks": 8, "physical_work": 1, "goal": 3}).to_dict()
    assert out["complete"] is True
    assert out["employment"] == "employed" and out["sick_listed"] is True
    assert out["sick_leave_weeks"] == 8 and out["physical_work"] is True
    assert out["goal"] == 3 and set(out["goal_label"]) == {"da", "en"}
    assert out["occupation"] == "Tømrer" and out["goal_text"] is None


@pytest.mark.parametrize(("code", "word"), [(1, "employed"), (2, "self_employed"),
                                            (3, "unemployed"), (4, "student"), (5, "retired"),
                                            (6, "other")])
def test_work_employment_codes(forms, code, word):
    out = score(forms["work"], {"employment": code, "goal": 1, "sick_listed": 0,
                                "physical_work": 0}).to_dict()
    assert out["employment"] == word
    assert out["complete"] is True
    if code > 2:  # sick leave and physical work are asked only of the employed/self-employed
        assert out["sick_listed"] is None and out["physical_work"] is None


def test_work_hidden_parent_hides_child_and_missing_is_listed(forms):
    # sick_listed answered, then employment changed to retired: neither counts any more
    out = score(forms["work"], {"employment": 5, "sick_listed": 1, "goal": 2}).to_dict()
    assert out["complete"] is True
    assert out["sick_listed"] is None and out["sick_leave_weeks"] is None
    out = score(forms["work"], {"employment": 1, "sick_listed": 1, "goal": 2}).to_dict()
    assert out["complete"] is False
    assert out["missing"] == ["sick_leave_weeks", "physical_work"]


# === MDI (DSAM) ==================================================================================

MDI = ["q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8a", "q8b", "q9", "q10a", "q10b"]
mdi_sets = st.fixed_dictionaries({i: st.integers(0, 5) for i in MDI})


def dsam_sum(a: dict) -> int:
    return (sum(a[i] for i in ("q1", "q2", "q3", "q4", "q5", "q6", "q7", "q9"))
            + max(a["q8a"], a["q8b"]) + max(a["q10a"], a["q10b"]))


def dsam_severity(total: int) -> str:
    return ("none" if total < 20 else "mild" if total < 25 else "moderate" if total < 30
            else "severe")


def dsam_icd10(a: dict) -> str:
    """DSAM Bilag 1: core 1–3 at ≥ 4; the seven accompanying symptoms 4–10 at ≥ 3, items 4 and 5
    counted SEPARATELY, 8 and 10 as max of a/b."""
    core = [a["q1"], a["q2"], a["q3"]].count(4) + [a["q1"], a["q2"], a["q3"]].count(5)
    symptoms = [a["q4"], a["q5"], a["q6"], a["q7"], max(a["q8a"], a["q8b"]), a["q9"],
                max(a["q10a"], a["q10b"])]
    other = len([s for s in symptoms if s in (3, 4, 5)])
    table = [("severe", 3, 5), ("moderate", 2, 4), ("mild", 2, 2)]
    return next((name for name, c, o in table if core >= c and other >= o), "none")


def bech_dsm4(a: dict) -> str:
    """Bech 2001: nine symptoms (4 merged into 5), major at ≥ 5 of them incl. item 1 or 2."""
    present = [a["q1"] >= 4, a["q2"] >= 4, a["q3"] >= 4, max(a["q4"], a["q5"]) >= 3,
               a["q6"] >= 3, a["q7"] >= 3, max(a["q8a"], a["q8b"]) >= 3, a["q9"] >= 3,
               max(a["q10a"], a["q10b"]) >= 3]
    return "major" if (present[0] or present[1]) and sum(present) >= 5 else "none"


LEVEL = {"none": 0, "mild": 1, "moderate": 2, "severe": 3}


@SETTINGS
@given(answers=mdi_sets)
def test_mdi_sum_severity_icd10_and_alert(forms, answers):
    result = score(forms["mdi"], answers)
    out = result.to_dict()
    assert out["complete"] is True
    assert out["total"] == dsam_sum(answers)
    assert 0 <= out["total"] <= 50
    assert out["severity"] == dsam_severity(out["total"])
    assert out["icd10"] == dsam_icd10(answers)
    assert out["item6_alert"] is (answers["q6"] >= 1)  # any answer above "at no time"
    assert any(a.item == "q6" for a in result.alerts) is (answers["q6"] >= 1)
    assert out["item6"] == answers["q6"]
    assert out["dsm4"] == bech_dsm4(answers)


@SETTINGS
@given(answers=mdi_sets, item=st.sampled_from(MDI))
def test_mdi_is_monotone(forms, answers, item):
    if answers[item] == 5:
        return
    before = score(forms["mdi"], answers)
    after = score(forms["mdi"], {**answers, item: answers[item] + 1})
    assert after["total"] >= before["total"]
    assert LEVEL[after["severity"]] >= LEVEL[before["severity"]]
    assert LEVEL[after["icd10"]] >= LEVEL[before["icd10"]]


@SETTINGS
@given(answers=mdi_sets, pair=st.sampled_from([("q8a", "q8b"), ("q10a", "q10b")]))
def test_mdi_items_8_and_10_take_the_higher_of_a_and_b(forms, answers, pair):
    a, b = pair
    swapped = {**answers, a: answers[b], b: answers[a]}
    assert score(forms["mdi"], swapped).to_dict() == score(forms["mdi"], answers).to_dict()
    low = min(answers[a], answers[b])
    lower = {**answers, a: max(answers[a], answers[b]), b: 0}
    assert score(forms["mdi"], lower)["total"] == score(forms["mdi"], answers)["total"]
    if low < max(answers[a], answers[b]):
        raised = {**answers, a: answers[a], b: answers[b]}
        raised[a if answers[a] == low else b] = low + 1
        assert score(forms["mdi"], raised)["total"] == score(forms["mdi"], answers)["total"]


def mdi(**codes):
    return {**dict.fromkeys(MDI, 0), **codes}


@pytest.mark.parametrize(("answers", "icd10"), [
    (mdi(), "none"),
    (mdi(q1=4, q2=4, q4=3, q6=3), "mild"),                      # 2 core + 2 others
    (mdi(q1=4, q2=4, q4=3, q5=3), "mild"),                      # 4 and 5 count separately
    (mdi(q1=4, q2=4, q4=5, q5=5, q7=3), "mild"),
    (mdi(q1=5, q3=4, q4=3, q6=3, q7=3, q9=3), "moderate"),      # 2 core + 4 others
    (mdi(q1=5, q2=5, q3=5, q5=4, q6=3, q7=3, q8b=3, q9=3), "severe"),   # 3 core + 5
    (mdi(q1=5, q2=5, q3=5, q5=4, q6=3, q7=3, q9=3), "moderate"),        # 3 core + 4 only
    (mdi(q1=5, q2=5, q3=5, q4=3, q5=4, q6=3, q7=3, q9=3), "severe"),    # 4 and 5 both count
    (mdi(q1=3, q2=3, q3=3, q4=5, q6=5, q7=5, q8a=5, q9=5, q10b=5), "none"),  # core below 4
    (mdi(q1=4, q2=4, q4=3, q8a=0, q8b=3), "mild"),              # 8 via the higher of a/b
    (mdi(q1=4, q2=4, q4=3, q8a=3, q8b=0), "mild"),
    (mdi(q1=4, q2=4, q4=3, q8a=2, q8b=2), "none"),              # 2 + 2 is not 3
    (mdi(q1=4, q2=4, q4=3, q10a=0, q10b=4), "mild"),
    (mdi(q1=4, q2=4, q3=4, q4=3, q6=3, q7=3, q8a=3, q9=2, q10a=3), "severe"),
])
def test_mdi_icd10_worked_examples(forms, answers, icd10):
    assert score(forms["mdi"], answers)["icd10"] == icd10


def test_mdi_icd10_and_dsm4_are_separate_results(forms):
    # the review's counterexample: q1=4, q2=4, q4=3, q5=3 -> ICD-10 mild (4 and 5 separately);
    # DSM-IV merges them: 3 symptoms, not major depression; the sum (14) is below every band
    out = score(forms["mdi"], mdi(q1=4, q2=4, q4=3, q5=3)).to_dict()
    assert (out["icd10"], out["dsm4"], out["severity"], out["total"]) == (
        "mild", "none", "none", 14)


@pytest.mark.parametrize("q6", [0, 1, 2, 3, 4, 5])
def test_mdi_item6_alert_on_any_answer_above_at_no_time(forms, q6):
    out = score(forms["mdi"], mdi(q6=q6)).to_dict()
    assert out["item6"] == q6
    assert out["item6_alert"] is (q6 >= 1)
    assert [a["item"] for a in out.get("alerts", [])] == (["q6"] if q6 else [])
    # raised even when the rest is unanswered
    partial = score(forms["mdi"], {"q6": q6}).to_dict()
    assert partial["complete"] is False and partial["item6_alert"] is (q6 >= 1)


@pytest.mark.parametrize(("total", "severity"), [(0, "none"), (19, "none"), (20, "mild"),
                                                 (24, "mild"), (25, "moderate"),
                                                 (29, "moderate"), (30, "severe"),
                                                 (50, "severe")])
def test_mdi_severity_boundaries(forms, total, severity):
    answers = dict.fromkeys(MDI, 0)
    remaining = total
    for item in ("q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8a", "q9", "q10a"):
        answers[item] = min(5, remaining)
        remaining -= answers[item]
    out = score(forms["mdi"], answers).to_dict()
    assert (out["total"], out["severity"]) == (total, severity)


def test_mdi_incomplete_still_raises_the_item6_alert(forms):
    result = score(forms["mdi"], {"q1": 2, "q6": 4})
    out = result.to_dict()
    assert out["complete"] is False
    assert out["total"] is None and out["severity"] is None and out["icd10"] is None
    assert out["item6_alert"] is True
    assert [a["item"] for a in out["alerts"]] == ["q6"]
    assert out["missing"] == [i for i in MDI if i not in ("q1", "q6")]
    assert score(forms["mdi"], {"q1": 2})["item6_alert"] is None  # q6 not answered: unknown


@SETTINGS
@given(answers=mdi_sets, drop=st.sets(st.sampled_from(MDI), min_size=1))
def test_mdi_incomplete_sets_are_incomplete(forms, answers, drop):
    out = score(forms["mdi"], without_answers(answers, drop)).to_dict()
    assert out["complete"] is False and out["total"] is None and out["icd10"] is None
    assert out["missing"] == [i for i in MDI if i in drop]


# === bad answers and bad forms ==================================================================

@pytest.mark.parametrize(("form_id", "item", "value"), [
    ("orebro10", "q1", 0), ("orebro10", "q2", 11), ("orebro10", "q3", "5"),
    ("orebro10", "q11", 1), ("pain", "back_now", -1), ("pain", "leg_side", 4),
    ("rmdq23", "q24", 1), ("rmdq23", "q1", 2), ("redflags", "age", 1),
    ("redflags", "trauma", True), ("work", "sick_leave_weeks", 105),
    ("work", "employment", 7), ("work", "occupation", 5), ("mdi", "q8", 3),
    ("mdi", "q10b", 6), ("mdi", "q6", 2.5),
])
def test_bad_answers_are_refused_naming_the_item(forms, form_id, item, value):
    with pytest.raises(AnswerError) as info:
        score(forms[form_id], {item: value})
    assert info.value.item == item


def test_check_form_refuses_forms_without_what_the_module_needs(forms):
    orebro = forms["orebro10"]
    wrong = replace(orebro, scoring=replace(orebro.scoring, reversed=["q3", "q4"]))
    with pytest.raises(ValueError, match="q3, q4 and q8"):
        registry.check_form(wrong)
    rmdq = forms["rmdq23"]
    with pytest.raises(ValueError, match="max_prorated_missing"):
        registry.check_form(replace(rmdq, scoring=replace(rmdq.scoring, params={})))
    mdi_form = forms["mdi"]
    with pytest.raises(ValueError, match="severity"):
        registry.check_form(replace(mdi_form, scoring=replace(mdi_form.scoring, bands={})))
    with pytest.raises(ValueError, match="q6"):
        registry.check_form(replace(mdi_form, scoring=replace(mdi_form.scoring, alerts=[])))
    flags = forms["redflags"]
    only_flags = [a for a in flags.scoring.alerts if a.level != "acute"]
    with pytest.raises(ValueError, match="bladder_bowel"):
        registry.check_form(replace(flags, scoring=replace(flags.scoring, alerts=only_flags)))
    pain = forms["pain"]
    with pytest.raises(ValueError, match="band_from"):
        registry.check_form(with_params(pain, band_from="worst"))


def test_every_result_field_of_the_contract_is_present(forms):
    fields = {
        "orebro10": {"total", "raised_risk", "profile"},
        "pain": {"back_now", "back_week", "leg_now", "leg_week", "leg_side", "below_knee",
                 "back_band", "leg_band"},
        "rmdq23": {"total", "prorated", "answered"},
        "redflags": {"positive", "acute", "non_acute", "asked"},
        "work": {"employment", "sick_listed", "sick_leave_weeks", "occupation", "physical_work",
                 "goal"},
        "mdi": {"total", "severity", "icd10", "item6_alert"},
    }
    for form_id, names in fields.items():
        out = score(forms[form_id], {}).to_dict()
        assert names <= set(out), form_id
        assert out["form"] == form_id and "scoring_version" in out
