"""The Store: encrypted database, repositories, autosave, audit, letters, worklist."""

from __future__ import annotations

import os
import sqlite3
import sys

import pytest

from lbp_desktop.domain.records import Examination, Referral
from lbp_desktop.questionnaires import AnswerError
from lbp_desktop.storage import StorageError
from lbp_desktop.storage.store import Store

STARTBACK_MEDIUM = {"q1": 1, "q2": 0, "q3": 1, "q4": 1, "q5": 0, "q6": 1, "q7": 1, "q8": 0, "q9": 3}


pytestmark = pytest.mark.usefixtures("private_keys")



@pytest.fixture
def store(tmp_path, key):
    s = Store.create(tmp_path / "clinic.lbp", key)
    yield s
    s.close()


def _patient_episode(store: Store, cpr: str = "010182-1233", name: str = "Morten Kristensen"):
    patient = store.add_patient(cpr, name)
    episode = store.add_episode(patient.id, Referral(gp_name="Læge Hansen",
                                                     referral_date="2026-01-05",
                                                     reason="Lænderygsmerter"))
    return patient, episode


def test_create_refuses_to_overwrite(tmp_path, key, store):
    with pytest.raises(StorageError, match="already exists"):
        Store.create(tmp_path / "clinic.lbp", key)


def test_users_and_authentication(store):
    user = store.create_user("anna", "hemmelig", "Anna Fysio", "clinician", pin="4321",
                             profession="fysioterapeut")
    assert user.pin_set and user.role == "clinician"
    assert store.authenticate("anna", "hemmelig") == user
    assert store.authenticate("anna", "forkert") is None
    assert store.authenticate("nobody", "x") is None
    assert store.authenticate_pin("4321") == user
    assert store.authenticate_pin("0000") is None
    row = store.db.execute("SELECT password_hash, pin_hash FROM user").fetchone()
    assert "hemmelig" not in row[0] and row[0].startswith("$argon2")
    store.set_password(user.id, "nyt")
    assert store.authenticate("anna", "nyt") == user
    store.set_user_active(user.id, False)
    assert store.authenticate("anna", "nyt") is None
    assert store.users() == [] and len(store.users(include_inactive=True)) == 1
    actions = [e.action for e in store.audit_events()]
    assert "login" in actions and "login_failed" in actions
    with pytest.raises(StorageError, match="taken"):
        store.create_user("ANNA", "x", "Other", "clinician")


def test_patient_cpr_and_view_audit(store):
    patient = store.add_patient("0101821233", "Morten  Kristensen", fictional=True)
    assert patient.cpr == "010182-1233"
    assert patient.birth_date == "1982-01-01" and patient.sex == "male"
    assert store.find_patient_by_cpr("010182-1233") == patient
    with pytest.raises(StorageError, match="already exists"):
        store.add_patient("010182-1233", "Someone Else")
    store.add_episode(patient.id, Referral())
    assert store.patient(patient.id) == patient
    views = [e for e in store.audit_events(patient_id=patient.id) if e.action == "view"]
    assert views
    updated = store.update_patient(patient.id, name="Morten K. Kristensen", phone="12345678")
    assert updated.name == "Morten K. Kristensen"
    assert store.worklist(search="k. krist")[0].patient_name == "Morten K. Kristensen"


def test_record_answer_validates_and_keeps_history(store):
    _, episode = _patient_episode(store)
    response = store.start_response(episode.id, "startback")
    assert store.start_response(episode.id, "startback") == response
    assert store.episode(episode.id).status == "questionnaire_pending"
    with pytest.raises(AnswerError) as info:
        store.record_answer(response.id, "startback", "q9", 7)
    assert info.value.item == "q9"
    with pytest.raises(AnswerError, match="q99"):
        store.record_answer(response.id, "startback", "q99", 1)
    with pytest.raises(AnswerError):
        store.record_answer(response.id, "mdi", "q1", 1)
    store.record_answer(response.id, "startback", "q1", 0)
    store.record_answer(response.id, "startback", "q1", 1, idempotency_key="a")
    store.record_answer(response.id, "startback", "q1", 0, idempotency_key="a")  # retried: no-op
    store.record_answer(response.id, "startback", "q2", 1)
    store.record_answer(response.id, "startback", "q2", None)
    assert store.answers(response.id) == {"startback": {"q1": 1}}
    history = store.answer_history(response.id)
    assert [(h.item_id, h.value) for h in history] == [("q1", 0), ("q1", 1), ("q2", 1),
                                                       ("q2", None)]
    assert store.response(response.id).position == "startback.q2"
    assert store.worklist()[0].questionnaire == "in_progress"


def test_complete_response_scores_and_updates_worklist(store):
    _, episode = _patient_episode(store)
    response = store.start_response(episode.id, "startback")
    for item, value in STARTBACK_MEDIUM.items():
        store.record_answer(response.id, "startback", item, value)
    records = store.complete_response(response.id)
    assert [r.form_id for r in records] == ["startback"]
    result = records[0].result
    assert result["risk"] == "medium" and result["total"] == 6
    assert store.scores(response.id)["startback"].result == result
    assert store.scores(response.id)["startback"].scoring_version == "startback-1"
    row = store.worklist()[0]
    assert (row.risk, row.questionnaire, row.status) == ("medium", "done",
                                                         "questionnaire_completed")
    with pytest.raises(StorageError, match="completed"):
        store.record_answer(response.id, "startback", "q1", 0)


def test_acute_red_flag_alerts_at_once(store):
    _, episode = _patient_episode(store)
    response = store.start_response(episode.id, "ulrus")
    store.record_answer(response.id, "redflags", "night_pain", 1)
    assert store.alerts() == []
    assert [a["item_id"] for a in store.alerts(include_flags=True)] == ["night_pain"]
    assert store.worklist()[0].red_flags == "flag"
    store.record_answer(response.id, "redflags", "bladder_bowel", 1)
    alerts = store.alerts()
    assert len(alerts) == 1
    assert alerts[0]["item_id"] == "bladder_bowel" and alerts[0]["level"] == "acute"
    assert alerts[0]["patient_name"] == "Morten Kristensen" and alerts[0]["message_da"]
    assert store.worklist()[0].red_flags == "acute"
    assert store.alerts(since=alerts[0]["at"]) == []


def test_ulrus_completion_scores_every_instrument(store):
    _, episode = _patient_episode(store)
    response = store.start_response(episode.id, "ulrus")
    assert set(response.form_versions) == {"pain", "orebro10", "rmdq23", "redflags", "work",
                                           "startback"}
    for item, value in STARTBACK_MEDIUM.items():
        store.record_answer(response.id, "startback", item, value)
    store.record_answer(response.id, "redflags", "night_pain", 1)
    records = {r.form_id: r for r in store.complete_response(response.id)}
    assert set(records) == set(response.form_versions)
    assert records["orebro10"].result["complete"] is False
    # the acute red-flag questions were not answered: a warning above the night-pain flag
    assert store.worklist()[0].red_flags == "unanswered"


def test_examination_versions(store):
    _, episode = _patient_episode(store)
    assert store.examination(episode.id) is None
    first = store.save_examination(Examination(episode.id, None, None,
                                               findings={"slr": "negativ"},
                                               assessment="nonspecific", plan=["information"]))
    assert first.findings == {"slr": "negativ"} and first.examined_at
    second = store.save_examination(Examination(episode.id, None, "2026-02-01T10:00:00+00:00",
                                                assessment="nerve_root"))
    assert store.examination(episode.id) == second
    assert len(store.examinations(episode.id)) == 2
    assert store.episode(episode.id).status == "examined"


def test_letters_immutable_once_approved(store):
    _, episode = _patient_episode(store)
    draft = store.add_letter(episode.id, "gp", b"%PDF-1 draft", approve=False)
    # no final letter before an examination with assessment and plan
    with pytest.raises(StorageError, match="no examination recorded"):
        store.approve_letter(draft.id)
    with pytest.raises(StorageError, match="no examination recorded"):
        store.add_letter(episode.id, "gp", b"%PDF-1 x", approve=True)
    store.save_examination(Examination(episode.id, None, None, assessment="nonspecific"))
    with pytest.raises(StorageError, match="no plan"):
        store.approve_letter(draft.id)
    store.save_examination(Examination(episode.id, None, None, assessment="nonspecific",
                                       plan=["information_advice"]))
    assert draft.status == "draft" and draft.version == 1
    store.db.execute("UPDATE letter SET pdf = ? WHERE id = ?", [b"%PDF-1 edited", draft.id])
    approved = store.approve_letter(draft.id)
    assert approved.status == "approved" and approved.approved_at
    assert store.episode(episode.id).status == "letter_sent"
    with pytest.raises(sqlite_errors()):
        store.db.execute("UPDATE letter SET pdf = ? WHERE id = ?", [b"tampered", draft.id])
    with pytest.raises(sqlite_errors()):
        store.db.execute("DELETE FROM letter WHERE id = ?", [draft.id])
    assert store.letter_pdf(draft.id) == b"%PDF-1 edited"
    correction = store.add_letter(episode.id, "gp", b"%PDF-1 v2", approve=True,
                                  replaces_id=draft.id)
    assert correction.version == 2 and correction.replaces_id == draft.id
    import hashlib

    assert correction.sha256 == hashlib.sha256(b"%PDF-1 v2").hexdigest()
    assert [letter.version for letter in store.letters(episode.id)] == [1, 2]


def sqlite_errors():
    from sqlcipher3 import dbapi2

    return dbapi2.DatabaseError


def test_audit_trail_is_append_only(store):
    store.audit("view", "patient", "x", detail="test")
    with pytest.raises(sqlite_errors(), match="append-only"):
        store.db.execute("UPDATE audit_event SET detail = 'changed'")
    with pytest.raises(sqlite_errors(), match="append-only"):
        store.db.execute("DELETE FROM audit_event")
    assert any(e.detail == "test" for e in store.audit_events())


def test_worklist_search_paging_and_open_only(store):
    ids = []
    for n in range(30):
        patient = store.add_patient(f"0101{n + 50:02d}-12{n:02d}", f"Patient Nummer{n:02d}")
        ids.append(store.add_episode(patient.id, Referral()).id)
    store.set_episode_status(ids[0], "closed")
    assert store.worklist_count() == 29
    assert store.worklist_count(open_only=False) == 30
    page1 = store.worklist(limit=10)
    page3 = store.worklist(limit=10, offset=20)
    assert len(page1) == 10 and len(page3) == 9
    assert page1[0].episode_id == ids[-1]  # newest first
    assert [r.patient_name for r in store.worklist(search="nummer07")] == ["Patient Nummer07"]
    assert [r.cpr for r in store.worklist(search="010157")] == ["010157-1207"]
    assert [r.cpr for r in store.worklist(search="010157-12")] == ["010157-1207"]
    assert store.worklist(search="%") == []


def test_worklist_uses_indices(store):
    plan = " ".join(str(r) for r in store.db.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM episode e WHERE e.status != 'closed'"
        " ORDER BY e.updated_at DESC LIMIT 200").fetchall())
    assert "episode_open_updated" in plan


def test_encrypted_files_contain_no_readable_data(tmp_path, store):
    _, episode = _patient_episode(store, cpr="241283-4567", name="Zacharias Ødegaard")
    response = store.start_response(episode.id, "startback")
    store.record_answer(response.id, "startback", "q1", 1)
    files = [p for p in tmp_path.iterdir() if p.name.startswith("clinic.lbp")]
    assert any(p.name.endswith("-wal") for p in files)
    for path in files:
        data = path.read_bytes()
        for secret in ("Zacharias", "Ødegaard", "241283", "2412834567", "Hansen"):
            assert secret.encode("utf-8") not in data, (path.name, secret)
    store.close()
    plain = sqlite3.connect(tmp_path / "clinic.lbp")
    with pytest.raises(sqlite3.DatabaseError):
        plain.execute("SELECT * FROM sqlite_master").fetchall()
    plain.close()


def test_plaintext_only_on_request(tmp_path):
    path = tmp_path / "dev.lbp"
    with pytest.raises(StorageError):
        Store.create(path, None)
    s = Store.create(path, None, plaintext=True)
    s.add_patient("010101-1234", "Dev Patient")
    s.close()
    plain = sqlite3.connect(path)
    assert plain.execute("SELECT name FROM patient").fetchone() == ("Dev Patient",)
    plain.close()


@pytest.mark.parametrize("bad", ["320182-1233", "010182-12", "hello", "011382-1233"])
def test_an_invalid_cpr_is_refused_and_nothing_is_written(store, bad):
    before = store.worklist_count(open_only=False), len(store.patients())
    with pytest.raises(StorageError, match="invalid CPR"):
        store.add_patient(bad, "Anna Andersen")
    assert (store.worklist_count(open_only=False), len(store.patients())) == before


def test_a_replacement_cpr_is_stored_with_its_birth_date(store):
    patient = store.add_patient("010190-1AB3", "Erstatning Person")
    assert patient.cpr == "010190-1AB3"
    assert patient.birth_date == "1990-01-01"
    assert store.find_patient_by_cpr("0101901ab3") == patient


def test_database_and_backup_files_are_private(tmp_path, key, store):
    # health data and password hashes: created 0600 like the key file (they were 0644 by umask)
    from lbp_desktop.storage.backup import backup_store, restore_file

    store.add_patient("010182-1233", "Morten Kristensen")
    backup = backup_store(store, tmp_path / "backup.lbp")
    posix_modes = sys.platform != "win32"  # NTFS has no modes: the profile folder protects
    for path in (store.path, store.path.with_name(store.path.name + "-wal"), backup):
        assert not posix_modes or os.stat(path).st_mode & 0o077 == 0, path
    target = tmp_path / "restored.lbp"
    restore_file(target, backup, key)
    assert not posix_modes or os.stat(target).st_mode & 0o077 == 0


def test_worklist_pages_through_pinned_acute_rows_and_the_rest_without_gaps(store):
    ids = []
    for n in range(23):
        patient = store.add_patient(f"0201{n + 50:02d}-12{n:02d}", f"Patient Side{n:02d}")
        ids.append(store.add_episode(patient.id, Referral()).id)
    acute = set(ids[3:14])  # eleven unhandled acute flags, pinned above the rest
    store.db.execute(f"UPDATE episode SET red_flag_level = 'acute' WHERE id IN"
                     f" ({', '.join('?' * len(acute))})", sorted(acute))
    whole = [r.episode_id for r in store.worklist(limit=100)]
    assert set(whole[:11]) == acute and len(whole) == 23 == len(set(whole))
    for size in (1, 4, 5, 11, 12):
        paged = [r.episode_id for offset in range(0, 30, size)
                 for r in store.worklist(limit=size, offset=offset)]
        assert paged == whole, size
    assert store.worklist(limit=5, offset=23) == []
