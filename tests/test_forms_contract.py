"""Every file in forms/ against the canonical ids and codes (docs/clinical/item-ids.md).

Runs over the real form files: they load, every text exists in every language, the ids and codes
are exactly the canonical ones, the scoring data is what the scoring modules read, the metadata is
honest about unverified wording, and any complete answer set scores.
"""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lbp_desktop.instruments import check_folder
from lbp_desktop.paths import forms_dir
from lbp_desktop.questionnaires import Battery, Form, is_visible, load_file
from lbp_desktop.questionnaires.loader import form_files
from lbp_desktop.questionnaires.model import LANGUAGES, Text
from lbp_desktop.scoring import registry

FORMS_DIR = forms_dir()
FILES = form_files(FORMS_DIR)

CONTRACT_ITEMS: dict[str, list[str]] = {
    "startback": [f"q{i}" for i in range(1, 10)],
    "orebro10": [f"q{i}" for i in range(1, 11)],
    "pain": ["back_now", "back_week", "leg_now", "leg_week", "leg_side", "below_knee"],
    "rmdq23": [f"q{i}" for i in range(1, 24)],
    "redflags": ["bladder_bowel", "saddle_anaesthesia", "progressive_weakness", "cancer_history",
                 "weight_loss_fever", "night_pain", "trauma", "steroids"],
    "work": ["employment", "occupation", "sick_listed", "sick_leave_weeks", "physical_work",
             "goal", "goal_text"],
    "mdi": ["q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8a", "q8b", "q9", "q10a", "q10b"],
}
CONTRACT_BATTERIES = {"ulrus": ["pain", "orebro10", "rmdq23", "redflags", "work", "startback"]}
ACUTE_RED_FLAGS = {"bladder_bowel", "saddle_anaesthesia", "progressive_weakness"}
PROFILE_DOMAINS = ["pain", "function", "sleep", "worry", "mood", "persistence",
                   "work_expectation", "fear_avoidance"]
NRS_BANDS = [("none", 0, 0), ("mild", 1, 3), ("moderate", 4, 6), ("severe", 7, 10)]
CONTRACT_RESULT_FIELDS: dict[str, set[str]] = {
    "startback": {"total", "psychosocial", "risk"},
    "orebro10": {"total", "raised_risk", "profile"},
    "pain": {"back_now", "back_week", "leg_now", "leg_week", "leg_side", "below_knee",
             "back_band", "leg_band"},
    "rmdq23": {"total", "prorated", "answered"},
    "redflags": {"positive", "acute", "non_acute", "asked"},
    "work": {"employment", "sick_listed", "sick_leave_weeks"},
    "mdi": {"total", "severity", "icd10", "item6_alert"},
}


def _load_all() -> dict[str, Form | Battery]:
    return {path.stem: load_file(path) for path in FILES}


MODELS = _load_all()
FORMS = {k: v for k, v in MODELS.items() if isinstance(v, Form)}


def _texts(node: Any, where: str = "") -> list[tuple[str, Text]]:
    """Every ``Text`` in a model, with its place."""
    found: list[tuple[str, Text]] = []
    if isinstance(node, Text):
        return [(where, node)]
    if dataclasses.is_dataclass(node):
        for field in dataclasses.fields(node):
            name = field.name
            found += _texts(getattr(node, name), f"{where}.{name}" if where else name)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _texts(value, f"{where}[{index}]")
    elif isinstance(node, dict):
        for key, value in node.items():
            found += _texts(value, f"{where}.{key}")
    return found


# -- the files ------------------------------------------------------------------------------


def test_every_contract_form_and_battery_has_a_file() -> None:
    assert set(CONTRACT_ITEMS) | set(CONTRACT_BATTERIES) <= {p.stem for p in FILES}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_file_loads_and_its_id_is_its_name(path: Path) -> None:
    model = load_file(path)
    assert model.id == path.stem
    assert model.version.strip()


@pytest.mark.parametrize("form_id", sorted(MODELS))
def test_every_text_has_every_language(form_id: str) -> None:
    texts = _texts(MODELS[form_id])
    assert texts, "a form without any text"
    for where, text in texts:
        for lang in LANGUAGES:
            value = getattr(text, lang)
            assert value.strip() == value and value, f"{form_id}: {where}.{lang} is {value!r}"


@pytest.mark.parametrize("form_id", sorted(FORMS))
def test_every_item_option_and_anchor_is_translated(form_id: str) -> None:
    form = FORMS[form_id]
    for item in form.items():
        for lang in LANGUAGES:
            assert item.text.get(lang).strip()
            for option in item.options:
                assert option.label.get(lang).strip(), f"{item.id} option {option.code}"
            if item.type == "scale_0_10":
                assert item.anchors is not None
                assert item.anchors.low.get(lang).strip() and item.anchors.high.get(lang).strip()
        # Danish and English are genuinely different texts, not a copy left untranslated.
        assert item.text.da != item.text.en, f"{form_id}.{item.id} is not translated"


@pytest.mark.parametrize("form_id", sorted(FORMS))
def test_instrument_metadata_is_complete_and_honest(form_id: str) -> None:
    meta = FORMS[form_id].instrument
    assert meta.citation.strip() and meta.copyright.strip() and meta.licence.strip()
    assert meta.short_name.strip()
    if not (meta.verified.da and meta.verified.en):
        assert len(meta.verified.note) > 30, "unverified wording needs a note saying what"


@pytest.mark.parametrize("form_id", ["orebro10", "rmdq23", "startback", "mdi", "pain",
                                     "redflags", "work"])
def test_danish_wording_not_checked_against_a_published_form_is_marked_unverified(
    form_id: str,
) -> None:
    # INSTRUMENTS.md: Danish Örebro, RMDQ-23, STarT-dk and MDI are [U]; pain, red flags and work
    # are project wording.
    assert FORMS[form_id].instrument.verified.da is False


@pytest.mark.parametrize("form_id", ["pain", "redflags", "work"])
def test_project_wording_says_so(form_id: str) -> None:
    assert "project wording" in FORMS[form_id].instrument.verified.note.lower()


# -- ids and codes --------------------------------------------------------------------------


@pytest.mark.parametrize("form_id", sorted(CONTRACT_ITEMS))
def test_item_ids_are_exactly_the_contract(form_id: str) -> None:
    assert FORMS[form_id].item_ids() == CONTRACT_ITEMS[form_id]


def test_battery_is_the_contract_and_every_reference_resolves() -> None:
    for battery_id, instruments in CONTRACT_BATTERIES.items():
        battery = MODELS[battery_id]
        assert isinstance(battery, Battery)
        assert battery.instruments == instruments
    for model in MODELS.values():
        if isinstance(model, Battery):
            for form_id in model.instruments:
                assert isinstance(MODELS.get(form_id), Form), f"{model.id} -> {form_id}"


def _codes(form_id: str, item_id: str) -> list:
    return sorted(FORMS[form_id].item(item_id).codes())


def test_startback_codes() -> None:
    for i in range(1, 9):
        assert FORMS["startback"].item(f"q{i}").type == "yes_no"
        assert _codes("startback", f"q{i}") == [0, 1]
    assert _codes("startback", "q9") == [0, 1, 2, 3, 4]


def test_orebro10_codes() -> None:
    form = FORMS["orebro10"]
    assert form.item("q1").type == "single_choice"
    assert _codes("orebro10", "q1") == list(range(1, 11))
    for i in range(2, 11):
        assert form.item(f"q{i}").type == "scale_0_10"


def test_pain_codes_and_condition() -> None:
    form = FORMS["pain"]
    for item_id in ("back_now", "back_week", "leg_now", "leg_week"):
        assert form.item(item_id).type == "scale_0_10"
    side = form.item("leg_side")
    assert side.type == "single_choice"
    assert {o.code: o.label.en for o in side.options} == {
        0: "Neither leg", 1: "Left leg", 2: "Right leg", 3: "Both legs"}
    knee = form.item("below_knee")
    assert knee.type == "yes_no"
    assert knee.show_if is not None and knee.show_if.item == "leg_side"
    assert knee.show_if.in_ == [1, 2, 3]
    assert not is_visible(knee, {"leg_side": 0})
    assert is_visible(knee, {"leg_side": 2})


def test_rmdq23_codes() -> None:
    for item in FORMS["rmdq23"].items():
        assert item.type == "yes_no" and sorted(item.codes()) == [0, 1]
        assert {o.code: o.label.da for o in item.options}[1].startswith("Ja")


def test_redflags_codes_and_alerts() -> None:
    form = FORMS["redflags"]
    for item in form.items():
        # no, yes and "Ved ikke" (which counts as yes: "Er du i tvivl, så svar ja")
        assert sorted(item.codes()) == [0, 1, 2]
        assert {o.code: o.label.da for o in item.options}[2] == "Ved ikke"
    assert form.param("unsure_code") == 2
    assert form.scoring is not None
    levels = {rule.item: rule.level for rule in form.scoring.alerts}
    assert {i for i, level in levels.items() if level == "acute"} == ACUTE_RED_FLAGS
    assert {i for i, level in levels.items() if level == "flag"} == (
        set(CONTRACT_ITEMS["redflags"]) - ACUTE_RED_FLAGS)
    for rule in form.scoring.alerts:
        assert rule.min_code == 1
        if rule.level == "acute":
            assert "personalet" in rule.message.da and "staff" in rule.message.en
    assert "age" not in form.item_ids()  # derived from the CPR, never asked


def test_work_codes_and_conditions() -> None:
    form = FORMS["work"]
    assert _codes("work", "employment") == [1, 2, 3, 4, 5, 6]
    sick = form.item("sick_listed")
    assert sick.type == "yes_no"
    assert sick.show_if is not None and (sick.show_if.item, sick.show_if.in_) == (
        "employment", [1, 2])
    weeks = form.item("sick_leave_weeks")
    assert (weeks.type, weeks.min, weeks.max) == ("number", 0, 104)
    assert weeks.show_if is not None and (weeks.show_if.item, weeks.show_if.in_) == (
        "sick_listed", [1])
    physical = form.item("physical_work")
    assert physical.type == "yes_no"
    assert physical.show_if is not None and physical.show_if.in_ == [1, 2]
    goal = form.item("goal")
    assert goal.type == "single_choice" and len(goal.options) >= 5
    assert goal.options[-1].label.en == "Other"
    goal_text = form.item("goal_text")
    assert goal_text.type == "text" and goal_text.kiosk is False and goal_text.required is False
    occupation = form.item("occupation")  # asked after employment, only of those in work
    assert occupation.type == "text" and occupation.show_if is not None
    assert (occupation.show_if.item, occupation.show_if.in_) == ("employment", [1, 2])
    assert form.item_ids().index("occupation") > form.item_ids().index("employment")


def test_mdi_codes() -> None:
    for item in FORMS["mdi"].items():
        assert item.type == "single_choice"
        assert sorted(item.codes()) == [0, 1, 2, 3, 4, 5]
        labels = {o.code: o.label.da for o in item.options}
        assert labels[5] == "Hele tiden" and labels[0] == "På intet tidspunkt"


# -- scoring data ---------------------------------------------------------------------------


@pytest.mark.parametrize("form_id", sorted(FORMS))
def test_scorer_is_registered_and_named_after_the_form(form_id: str) -> None:
    scoring = FORMS[form_id].scoring
    assert scoring is not None
    assert scoring.scorer == form_id
    assert scoring.scorer in registry.SCORERS
    assert re.fullmatch(rf"{form_id}-\d+", scoring.version)
    assert scoring.source.strip()


def _bands(form_id: str, name: str) -> list[tuple[str, float, float]]:
    return [(b.id, b.min, b.max) for b in FORMS[form_id].bands(name)]


def test_orebro10_scoring_data() -> None:
    form = FORMS["orebro10"]
    assert form.scoring is not None
    assert sorted(form.scoring.reversed) == ["q3", "q4", "q8"]
    assert form.param("raised_risk_min_total") == 50
    domains = {d.id: d for d in form.scoring.domains}
    assert [d.id for d in form.scoring.domains] == PROFILE_DOMAINS
    expected = {"pain": (["q2"], False), "function": (["q3"], True), "sleep": (["q4"], True),
                "worry": (["q5"], False), "mood": (["q6"], False),
                "persistence": (["q7"], False), "work_expectation": (["q8"], True),
                "fear_avoidance": (["q9", "q10"], False)}
    for domain_id, (items, reversed_) in expected.items():
        assert (domains[domain_id].items, domains[domain_id].reversed) == (items, reversed_)
    assert domains["fear_avoidance"].combine == "mean_round_half_up"
    assert domains["pain"].label.da == "smerteniveau"
    assert domains["fear_avoidance"].label.da == "bevægeangst"
    assert _bands("orebro10", "profile") == NRS_BANDS
    # the cut-point is written once (params), not again as a band set to keep in step
    assert "total" not in form.scoring.bands


def test_pain_bands() -> None:
    assert _bands("pain", "nrs") == NRS_BANDS


def test_rmdq23_params() -> None:
    form = FORMS["rmdq23"]
    assert form.param("max_prorated_missing") == 2
    assert form.param("important_change_points") == 5
    assert form.param("important_change_percent") == 30


def test_mdi_bands_and_alert() -> None:
    assert _bands("mdi", "severity") == [("none", 0, 19), ("mild", 20, 24),
                                          ("moderate", 25, 29), ("severe", 30, 50)]
    scoring = FORMS["mdi"].scoring
    assert scoring is not None
    # any answer above "at no time" (0) to item 6 reaches the clinician
    assert [(a.item, a.min_code, a.level) for a in scoring.alerts] == [("q6", 1, "acute")]


def test_startback_risk_groups_are_labels_not_bands() -> None:
    scoring = FORMS["startback"].scoring
    assert scoring is not None
    assert "risk" not in scoring.bands
    assert set(scoring.labels) == {"low", "medium", "high"}


# -- the whole folder, with scoring ---------------------------------------------------------


def test_check_folder_accepts_the_app_forms() -> None:
    forms, errors = check_folder(FORMS_DIR)
    assert [str(e) for e in errors] == []
    assert set(forms.forms) == set(CONTRACT_ITEMS)
    assert [f.id for f in forms.battery_forms("ulrus")] == CONTRACT_BATTERIES["ulrus"]


def test_cli_forms_check_exits_zero_on_the_app_forms() -> None:
    done = subprocess.run([sys.executable, "-m", "lbp_desktop", "forms", "check",
                           str(FORMS_DIR)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"{len(FILES)} valid, 0 invalid"
    assert done.stderr == ""


# -- any complete answer set scores ---------------------------------------------------------


@st.composite
def complete_answers(draw: st.DrawFn, form: Form) -> dict[str, Any]:
    """Answers for every shown required item (and, sometimes, the optional ones)."""
    answers: dict[str, Any] = {}
    for item in form.items():
        if not is_visible(item, answers):
            continue
        if not item.required and not draw(st.booleans()):
            continue
        if item.type == "text":
            answers[item.id] = draw(st.text(min_size=1, max_size=40))
        elif item.type == "number":
            assert item.min is not None and item.max is not None
            answers[item.id] = draw(st.integers(item.min, item.max))
        else:
            answers[item.id] = draw(st.sampled_from(item.codes()))
    return answers


@pytest.mark.parametrize("form_id", sorted(FORMS))
def test_random_complete_answer_sets_score(form_id: str) -> None:
    form = FORMS[form_id]
    assert form.scoring is not None, f"{form_id} has no scoring block"
    from lbp_desktop.scoring import score

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(answers=complete_answers(form))
    def run(answers: dict[str, Any]) -> None:
        result = score(form, answers).to_dict()
        assert result["form"] == form_id
        assert result["complete"] is True, result
        assert "missing" not in result
        assert CONTRACT_RESULT_FIELDS[form_id] <= set(result), result
        if form_id == "orebro10":
            assert 1 <= result["total"] <= 100
            assert result["raised_risk"] == (result["total"] >= 50)
            assert list(result["profile"]) == PROFILE_DOMAINS
        elif form_id == "rmdq23":
            assert result["total"] == sum(answers.values())
        elif form_id == "mdi":
            assert 0 <= result["total"] <= 50
        elif form_id == "redflags":
            positive = {k for k, v in answers.items() if v in (1, 2)}
            assert set(result["positive"]) == positive
            assert set(result["acute"]) == positive & ACUTE_RED_FLAGS
        elif form_id == "startback":
            assert result["risk"] in {"low", "medium", "high"}

    run()
