"""Plan options, assessment categories and the prefilled plan (Keele stratified care)."""

from __future__ import annotations

import pytest

from lbp_desktop.pathway.plan import (
    Choice,
    assessment,
    assessment_categories,
    option,
    plan_options,
    plan_source,
    recommended_plan,
)

REQUIRED_OPTIONS = {
    "acute_referral", "information_advice", "stay_active_work", "graded_return",
    "home_exercises", "mobilisation_manipulation", "supervised_training", "psych_informed",
    "refer_investigation", "no_further_investigation", "municipal_involvement",
    "work_retention", "caseworker_contact",
}


def test_options_and_categories_have_both_languages():
    ids = [c.id for c in plan_options()]
    assert set(ids) >= REQUIRED_OPTIONS
    assert len(ids) == len(set(ids))
    assert [c.id for c in assessment_categories()] == [
        "nonspecific", "nerve_root", "disc_herniation", "specific_pathology"]
    for choice in [*plan_options(), *assessment_categories()]:
        assert isinstance(choice, Choice)
        assert choice.label("da") and choice.label("en")
        assert choice.label("da") != choice.label("en")
    assert option("home_exercises").label("en") == "Home exercises"
    assert assessment("nerve_root").label_da
    with pytest.raises(KeyError):
        option("nope")
    with pytest.raises(KeyError):
        assessment("nope")


def test_low_risk_is_advice_and_self_management():
    plan = recommended_plan("low")
    assert {"information_advice", "stay_active_work"} <= set(plan)
    assert not {"mobilisation_manipulation", "supervised_training", "psych_informed"} & set(plan)


def test_medium_risk_is_treatment_for_the_symptoms():
    # pathway case 1: information, mobilisation/manipulation, advice, home exercises, stay at
    # work, supervised training
    plan = recommended_plan("medium")
    assert {"information_advice", "mobilisation_manipulation", "home_exercises",
            "stay_active_work", "supervised_training"} <= set(plan)
    assert "psych_informed" not in plan


def test_high_risk_is_psychologically_informed():
    plan = recommended_plan("high")
    assert "psych_informed" in plan
    assert "municipal_involvement" not in plan


def test_acute_red_flag_puts_acute_referral_first():
    for risk in ("low", "medium", "high", None):
        plan = recommended_plan(risk, red_flags_acute=True)
        assert plan[0] == "acute_referral"
        assert plan.count("acute_referral") == 1
        assert "no_further_investigation" not in plan
    assert "acute_referral" not in recommended_plan("medium")


def test_sick_listed_gets_graded_return_and_work_retention():
    plan = recommended_plan("low", sick_listed=True)
    assert {"graded_return", "work_retention", "caseworker_contact"} <= set(plan)
    assert "stay_active_work" not in plan
    # pathway case 4: high risk, sick-listed → work retention and wider (municipal) support
    plan = recommended_plan("high", sick_listed=True, mdi_severity="moderate")
    assert {"psych_informed", "work_retention", "municipal_involvement",
            "mood_follow_up"} <= set(plan)
    assert recommended_plan("low", sick_listed=None) == recommended_plan("low")


@pytest.mark.parametrize(("severity", "added"), [
    (None, False), ("none", False), ("mild", False), ("moderate", True), ("severe", True)])
def test_mdi_adds_mood_follow_up(severity, added):
    assert ("mood_follow_up" in recommended_plan("medium", mdi_severity=severity)) is added


def test_unknown_risk_still_gives_basic_advice_and_bad_risk_is_refused():
    assert recommended_plan(None) == ["information_advice", "stay_active_work"]
    with pytest.raises(ValueError):
        recommended_plan("severe")


def test_plan_follows_the_option_order_without_duplicates():
    order = [c.id for c in plan_options()]
    for risk in ("low", "medium", "high", None):
        for acute in (False, True):
            for sick in (False, True):
                plan = recommended_plan(risk, acute, sick, "severe")
                assert len(plan) == len(set(plan))
                rest = plan[1:] if acute else plan
                assert rest == sorted(rest, key=order.index)
                assert set(plan) <= set(order)


def test_source_is_cited():
    assert "Hill" in plan_source() and "Lancet" in plan_source()
