"""Paper answers typed in by staff: same store path as the kiosk, source recorded, double entry."""

from __future__ import annotations

import pytest

from lbp_desktop.domain.records import Referral
from lbp_desktop.questionnaires import AnswerError
from lbp_desktop.storage import StorageError
from lbp_desktop.storage.store import Store

pytestmark = pytest.mark.usefixtures("private_keys")

STARTBACK_MEDIUM = {"q1": 1, "q2": 0, "q3": 1, "q4": 1, "q5": 0, "q6": 1, "q7": 1, "q8": 0, "q9": 3}


@pytest.fixture
def store(tmp_path, key):
    s = Store.create(tmp_path / "clinic.lbp", key)
    s.actor_id = s.create_user("anna", "pw-anna-1234", "Anna Fys", "clinician").id
    yield s
    s.close()


@pytest.fixture
def episode(store):
    patient = store.add_patient("010182-1233", "Morten Kristensen")
    return store.add_episode(patient.id, Referral(gp_name="Læge Hansen",
                                                  referral_date="2026-01-05"))


def _second_user(store: Store) -> str:
    return store.create_user("bo", "pw-bo-12345678", "Bo Sekretær", "reception").id


def test_single_entry_scores_like_the_kiosk_and_records_its_source(store, episode):
    response = store.start_paper_response(episode.id, "startback")
    assert (response.source, response.entered_by, response.double_entry) == (
        "paper", store.actor_id, "none")
    for item, value in STARTBACK_MEDIUM.items():
        store.record_answer(response.id, "startback", item, value)
    records = store.complete_response(response.id)
    assert records[0].result["risk"] == "medium"
    done = store.response(response.id)
    assert done.status == "completed" and done.source == "paper"
    tablet = store.start_response(episode.id, "startback")
    assert tablet.source == "patient" and tablet.entered_by is None


def test_paper_entry_needs_a_signed_in_user_and_no_other_open_questionnaire(store, episode):
    store.start_response(episode.id, "startback")
    with pytest.raises(StorageError, match="already under way"):
        store.start_paper_response(episode.id, "startback")
    store.actor_id = None
    with pytest.raises(StorageError, match="sign in"):
        store.start_paper_response(episode.id, "startback")


def test_double_entry_keeps_the_response_open_until_every_item_agrees(store, episode):
    first_typist = store.actor_id
    response = store.start_paper_response(episode.id, "startback", double_entry=True)
    for item, value in STARTBACK_MEDIUM.items():
        store.record_answer(response.id, "startback", item, value)
    with pytest.raises(StorageError, match="second person"):
        store.complete_response(response.id)
    with pytest.raises(StorageError, match="another person"):
        store.record_check_answer(response.id, "startback", "q1", 1)
    with pytest.raises(StorageError, match="not been made"):
        store.agree_double_entry(response.id)

    store.actor_id = _second_user(store)
    second = dict(STARTBACK_MEDIUM, q9=4)  # one item read differently
    for item, value in second.items():
        store.record_check_answer(response.id, "startback", item, value)
    with pytest.raises(AnswerError, match="q9"):
        store.record_check_answer(response.id, "startback", "q9", 9)
    differences = store.paper_differences(response.id)
    assert [(d.item_id, d.first, d.second) for d in differences] == [("q9", 3, 4)]
    with pytest.raises(StorageError, match="differ on 1 item"):
        store.agree_double_entry(response.id)
    assert store.response(response.id).status == "in_progress"

    store.resolve_difference(response.id, "startback", "q9", 4)
    assert store.paper_differences(response.id) == []
    records = store.agree_double_entry(response.id)
    assert records[0].result["total"] == 6  # q9=4 counts as 1 in the psychosocial subscale
    done = store.response(response.id)
    assert (done.status, done.double_entry, done.entered_by) == ("completed", "agreed",
                                                                 first_typist)
    details = [e.detail for e in store.audit_events()]
    assert "double entry resolved startback.q9" in details
    assert "double entry agreed" in details


def test_an_item_left_blank_on_one_entry_is_a_difference(store, episode):
    response = store.start_paper_response(episode.id, "startback", double_entry=True)
    for item, value in STARTBACK_MEDIUM.items():
        if item != "q5":
            store.record_answer(response.id, "startback", item, value)
    store.actor_id = _second_user(store)
    for item, value in STARTBACK_MEDIUM.items():
        store.record_check_answer(response.id, "startback", item, value)
    assert [(d.item_id, d.first, d.second) for d in store.paper_differences(response.id)] == [
        ("q5", None, 0)]


def test_fhir_says_who_typed_a_paper_response(store, episode):
    from lbp_desktop.interop.bundle import build_bundle
    from lbp_desktop.interop.validate import bundle_problems

    paper = store.start_paper_response(episode.id, "startback")
    for item, value in STARTBACK_MEDIUM.items():
        store.record_answer(paper.id, "startback", item, value)
    store.complete_response(paper.id)
    tablet = store.start_response(episode.id, "startback")
    store.record_answer(tablet.id, "startback", "q1", 1)

    bundle = build_bundle(store, episode.id)
    assert bundle_problems(bundle) == []
    responses = {e["resource"]["id"]: e["resource"] for e in bundle["entry"]
                 if e["resource"]["resourceType"] == "QuestionnaireResponse"}
    typed, tapped = responses[paper.id], responses[tablet.id]
    assert typed["meta"]["tag"][0]["code"] == "paper"
    assert typed["author"] == {"display": "Anna Fys (indtastet fra papir)"}
    assert typed["source"] == typed["subject"]
    assert tapped["meta"]["tag"][0]["code"] == "patient"
    assert tapped["author"] == tapped["subject"]


def test_the_letter_says_the_answers_were_typed_from_paper(store, episode):
    import io

    from pypdf import PdfReader

    from lbp_desktop.reports.from_store import render_episode_letter

    paper = store.start_paper_response(episode.id, "startback")
    for item, value in STARTBACK_MEDIUM.items():
        store.record_answer(paper.id, "startback", item, value)
    store.complete_response(paper.id)
    pdf, _ = render_episode_letter(store, episode.id, "gp", letter_date="2026-11-30")
    text = " ".join(" ".join((p.extract_text() or "").split())
                    for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "på papir, indtastet af Anna Fys" in text
