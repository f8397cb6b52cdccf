"""The demo database: the six pathway cases with the values the acceptance table asks for."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys

import pytest

from lbp_desktop.demo.build import build_demo
from lbp_desktop.pathway.summary import summarize
from lbp_desktop.storage.store import Store

AT_LEAST_MODERATE = {"moderate", "severe"}


@pytest.fixture(scope="module")
def key_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("keys")


@pytest.fixture(autouse=True)
def _private_keys(private_keys, key_dir, monkeypatch):
    monkeypatch.setenv("LBP_KEY_DIR", str(key_dir))


@pytest.fixture(scope="module")
def demo_key() -> bytes:
    return os.urandom(32)


@pytest.fixture(scope="module")
def demo(tmp_path_factory, key_dir, demo_key):
    with pytest.MonkeyPatch.context() as mp:  # setup_key files the key: in this module's folder
        mp.setenv("LBP_KEY_DIR", str(key_dir))
        return build_demo(tmp_path_factory.mktemp("demo") / "demo.lbp", key=demo_key)


@pytest.fixture(scope="module")
def summaries(demo, demo_key):
    store = Store.open(demo.path, demo_key)
    try:
        return {case: summarize(store, episode_id) for case, episode_id in demo.episodes.items()}
    finally:
        store.close()


def _age(summary) -> int:
    born = dt.date.fromisoformat(summary.patient.birth_date)
    return 2026 - born.year - ((born.month, born.day) > (7, 1))


def test_patients_are_fictional_with_consistent_cpr(summaries):
    expected = {1: ("Morten Kristensen", 44, "male"), 2: ("Karen Mortensen", 36, "female"),
                3: ("Lisbeth Jensen", 42, "female"), 4: ("Peter Hansen", 53, "male"),
                5: ("Karsten Henriksen", 47, "male"), 6: ("Jørgen Hansen", 56, "male")}
    for case, (name, age, sex) in expected.items():
        summary = summaries[case]
        assert summary.patient.name == name
        assert summary.patient.fictional
        assert summary.patient.sex == sex
        assert _age(summary) == age, (name, summary.patient.birth_date)
        assert "fiktiv" in summary.referral.gp_name


def test_case1_medium_with_the_profile_of_the_text(summaries):
    s = summaries[1]
    assert s.risk == "medium"
    p = s.profile
    assert (p["pain"], p["function"], p["sleep"], p["fear_avoidance"]) == (
        "moderate", "moderate", "severe", "severe")
    for domain in ("worry", "persistence", "mood"):
        assert p[domain] in AT_LEAST_MODERATE
    assert s.red_flags.positive == [] and s.red_flags.level == "none"
    assert s.examination is not None and s.examination.assessment == "nonspecific"
    assert "mobilisation_manipulation" in s.examination.plan
    assert "hjemmeøvelser" in s.examination.plan_text


def test_case2_medium_severe_leg_pain_and_bladder_flag(summaries):
    s = summaries[2]
    assert s.risk == "medium"
    assert (s.profile["pain"], s.profile["function"], s.profile["sleep"]) == (
        "severe", "severe", "severe")
    pain = s.current["pain"]
    assert pain["leg_now"] > pain["back_now"] and pain["leg_side"] == "left"
    assert "bladder_bowel" in s.red_flags.positive and s.red_flags.level == "acute"
    assert any(a["item_id"] == "bladder_bowel" and a["level"] == "acute"
               for a in s.red_flags.alerts)
    assert s.examination is not None and s.examination.assessment == "nerve_root"
    assert "no_further_investigation" in s.examination.plan


def test_case3_low_and_sick_listed_8_weeks(summaries):
    s = summaries[3]
    assert s.risk == "low"
    assert s.current["work"]["sick_listed"] is True
    assert s.current["work"]["sick_leave_weeks"] == 8
    assert s.episode.caseworker


def test_case4_high_with_mdi_moderate_or_severe(summaries):
    s = summaries[4]
    assert s.risk == "high"
    assert s.mdi is not None and s.mdi["severity"] in ("moderate", "severe")
    assert s.current["work"]["sick_listed"] is True
    assert s.current["pain"]["leg_side"] == "right"


def test_case5_low_right_leg_and_walking_limited(summaries, demo):
    s = summaries[5]
    assert s.risk == "low"
    assert s.current["pain"]["leg_side"] == "right"
    rmdq_answers = s.latest.answers["rmdq23"]
    assert rmdq_answers["q16"] == 1 and rmdq_answers["q3"] == 1  # short walks, walks slowly
    assert s.current["rmdq23"]["total"] >= 8


def test_case6_three_questionnaires_over_a_year_showing_a_trend(summaries):
    s = summaries[6]
    assert len(s.responses) == 3
    first = dt.date.fromisoformat(s.responses[0].at[:10])
    last = dt.date.fromisoformat(s.responses[-1].at[:10])
    assert (last - first).days >= 300
    risks = [r.startback["risk"] for r in s.responses]
    assert risks == ["high", "medium", "low"]
    rmdq = [r.rmdq23["total"] for r in s.responses]
    assert rmdq == sorted(rmdq, reverse=True)
    assert s.change["rmdq23"]["total"].direction == "improved"
    assert s.change["startback"]["risk"].to_dict()
    # 56 today with years of pain: the age at onset was at most 55 -> no age flag (the seed says
    # "no red flags")
    assert s.red_flags.age_flag is False and "age" not in s.red_flags.non_acute
    assert s.red_flags.onset_age["basis"] == "duration"


def test_demo_accounts(demo):
    store = Store.open_path(demo.path)
    try:
        clinician = store.authenticate("demo", "demo")
        admin = store.authenticate("admin", "admin")
        assert clinician is not None and clinician.role == "clinician"
        assert admin is not None and admin.role == "admin"
        assert store.authenticate_pin("1234") == clinician
        assert store.clinic() is not None and "fiktiv" in store.clinic().name
    finally:
        store.close()


@pytest.mark.slow
def test_demo_is_deterministic(tmp_path, demo):
    again = build_demo(tmp_path / "again.lbp", plaintext=True)
    assert again.episodes == demo.episodes
    one = Store.open_path(demo.path)
    two = Store.open(again.path, None, plaintext=True)
    try:
        for case, episode_id in demo.episodes.items():
            a, b = summarize(one, episode_id).to_dict(), summarize(two, episode_id).to_dict()
            assert a == b, case
    finally:
        one.close()
        two.close()


@pytest.mark.slow
def test_episodes_json_via_cli(tmp_path, key_dir):
    env = {**os.environ, "LBP_KEY_DIR": str(key_dir)}
    env.pop("LBP_DB_KEY", None)
    path = tmp_path / "cli-demo.lbp"
    made = subprocess.run([sys.executable, "-m", "lbp_desktop", "demo-db", str(path)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert made.returncode == 0, made.stderr
    assert "demo / demo" in made.stdout
    again = subprocess.run([sys.executable, "-m", "lbp_desktop", "demo-db", str(path)], env=env,
                           capture_output=True, text=True, timeout=60)
    assert again.returncode != 0 and "already exists" in again.stderr
    done = subprocess.run([sys.executable, "-m", "lbp_desktop", "episodes", "--db", str(path),
                           "--json"], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    items = json.loads(done.stdout)
    assert isinstance(items, list) and len(items) == 6
    by_name = {item["patient"]["name"]: item for item in items}
    for item in items:
        assert {"episode_id", "patient", "status", "startback", "profile", "red_flags"} <= set(item)
        assert set(item["patient"]) >= {"name", "cpr"}
        assert item["startback"]["form"] == "startback"
        assert set(item["startback"]) >= {"complete", "total", "psychosocial", "risk"}
    assert by_name["Morten Kristensen"]["startback"]["risk"] == "medium"
    assert by_name["Morten Kristensen"]["profile"]["sleep"] == "severe"
    assert by_name["Karen Mortensen"]["red_flags"] == ["bladder_bowel"]
    assert by_name["Peter Hansen"]["mdi"]["severity"] in ("moderate", "severe")
    assert "mdi" not in by_name["Lisbeth Jensen"]
    # the score object is exactly what `lbp-desktop score` prints for the same answers
    store_env = {**env}
    store = Store.open_path(path)
    try:
        episode_id = by_name["Morten Kristensen"]["episode_id"]
        response = store.responses(episode_id)[-1]
        answers = store.answers(response.id)["startback"]
    finally:
        store.close()
    scored = subprocess.run([sys.executable, "-m", "lbp_desktop", "score", "startback", "-"],
                            input=json.dumps(answers), env=store_env, capture_output=True,
                            text=True, timeout=60)
    assert json.loads(scored.stdout) == by_name["Morten Kristensen"]["startback"]
