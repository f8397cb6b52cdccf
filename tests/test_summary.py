"""summarize(): one read model of an episode for the screen, the letter and the JSON."""

from __future__ import annotations

import os

import pytest

from lbp_desktop.domain.records import Examination, Referral
from lbp_desktop.pathway.summary import summarize
from lbp_desktop.storage.store import Store

STARTBACK = {"q1": 1, "q2": 0, "q3": 1, "q4": 1, "q5": 0, "q6": 1, "q7": 1, "q8": 0, "q9": 3}


@pytest.fixture
def store(tmp_path):
    s = Store.create(tmp_path / "s.lbp", os.urandom(32))
    yield s
    s.close()


def _episode(store):
    patient = store.add_patient("010160-1233", "Ole Testsen")  # 66 in 2026: age flag
    return store.add_episode(patient.id, Referral(gp_name="Læge X", referral_date="2026-01-01"))


def test_empty_episode(store):
    episode = _episode(store)
    s = summarize(store, episode.id)
    assert s.responses == () and s.latest is None and s.baseline is None
    assert s.risk is None and s.profile == {} and s.examination is None
    # 66 today, no questionnaire: the age at onset is unknown, and no red-flag question answered
    assert s.red_flags.age_flag is None and s.red_flags.level == "unanswered"
    assert not s.red_flags.all_clear and len(s.red_flags.unanswered) == 8
    data = s.to_dict()
    assert data["startback"] is None and data["red_flags"] == [] and "mdi" not in data
    assert any(e.action == "view" for e in store.audit_events(patient_id=episode.patient_id))


def test_in_progress_acute_flag_is_shown_before_completion(store):
    episode = _episode(store)
    response = store.start_response(episode.id, "ulrus")
    store.record_answer(response.id, "redflags", "saddle_anaesthesia", 1)
    s = summarize(store, episode.id)
    assert s.in_progress is not None and s.in_progress.id == response.id
    assert s.red_flags.level == "acute" and "saddle_anaesthesia" in s.red_flags.acute
    assert s.to_dict()["red_flags"] == ["saddle_anaesthesia"]


def test_follow_up_changes_and_separate_mdi(store):
    episode = _episode(store)
    first = store.start_response(episode.id, "startback")
    for item, value in STARTBACK.items():
        store.record_answer(first.id, "startback", item, value)
    store.complete_response(first.id)
    mdi = store.start_response(episode.id, "mdi")
    for item in ("q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8a", "q8b", "q9", "q10a", "q10b"):
        store.record_answer(mdi.id, "mdi", item, 1)
    store.complete_response(mdi.id)
    second = store.start_response(episode.id, "startback")
    for item, value in {**STARTBACK, "q3": 0, "q4": 0, "q6": 0, "q9": 0}.items():
        store.record_answer(second.id, "startback", item, value)
    store.complete_response(second.id)
    store.save_examination(Examination(episode.id, None, None, assessment="nonspecific",
                                       plan=["information_advice"]))
    store.add_letter(episode.id, "gp", b"%PDF-1.4 x", approve=True)

    s = summarize(store, episode.id)
    assert [r.response.battery_id for r in s.responses] == ["startback", "mdi", "startback"]
    assert s.baseline.id == first.id and s.latest.id == second.id
    assert s.baseline_scores["startback"]["risk"] == "medium"
    assert s.risk == "low"
    assert s.mdi is not None and s.mdi["severity"] == "none"
    risk_change = s.change["startback"]["risk"].to_dict()
    assert risk_change["baseline"] == "medium" and risk_change["current"] == "low"
    assert s.examination.assessment == "nonspecific"
    assert [letter.status for letter in s.letters] == ["approved"]
    data = s.to_dict()
    assert data["letters"][0]["status"] == "approved"
    assert data["examination"]["assessment"] == "nonspecific"
    assert data["change"]["startback"]["risk"]["current"] == "low"
