"""A tap (``Store.record_answer``): what the store keeps in memory between taps never lets an
answer through that the database would refuse, and a plain tap does only the work it needs."""

from __future__ import annotations

import pytest

from lbp_desktop.domain.records import Referral
from lbp_desktop.questionnaires import AnswerError
from lbp_desktop.storage import StorageError
from lbp_desktop.storage.store import Store

pytestmark = pytest.mark.usefixtures("private_keys")


@pytest.fixture
def path(tmp_path, key):
    made = tmp_path / "clinic.lbp"
    Store.create(made, key).close()
    return made


@pytest.fixture
def store(path, key):
    s = Store.open(path, key)
    yield s
    s.close()


def _episode(store: Store) -> str:
    patient = store.add_patient("010182-1233", "Morten Kristensen", fictional=True)
    return store.add_episode(patient.id, Referral(gp_name="Læge Hansen")).id


def _history(store: Store, response_id: str) -> list[tuple[str, object]]:
    return [(h.item_id, h.value) for h in store.answer_history(response_id)]


def test_a_plain_tap_is_begin_insert_commit(store):
    response = store.start_response(_episode(store), "ulrus")
    store.record_answer(response.id, "startback", "q1", 1)  # the first tap: item, episode
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        store.record_answer(response.id, "startback", "q1", 0)
        store.record_answer(response.id, "startback", "q2", 1)
    finally:
        store.conn.set_trace_callback(None)
    assert [s.split()[0] for s in statements][:3] == ["BEGIN", "INSERT", "COMMIT"]
    assert len([s for s in statements if s == "BEGIN"]) == 2
    assert _history(store, response.id) == [("q1", 1), ("q1", 0), ("q2", 1)]
    assert store.response(response.id).position == "startback.q2"
    assert store.worklist()[0].questionnaire == "in_progress"


def test_a_response_closed_by_another_connection_refuses_the_next_tap(store, path, key):
    response = store.start_response(_episode(store), "startback")
    store.record_answer(response.id, "startback", "q1", 1)  # facts of the response now kept
    with Store.open(path, key) as other:  # e.g. the tablet hub's own connection
        other.abandon_response(response.id)
    with pytest.raises(StorageError, match="abandoned"):
        store.record_answer(response.id, "startback", "q2", 1)
    with pytest.raises(StorageError, match="abandoned"):
        store.record_answer(response.id, "startback", "q2", 9)  # closed before "does not fit"
    assert _history(store, response.id) == [("q1", 1)]


def test_a_value_outside_the_codes_is_refused_and_nothing_written(store):
    response = store.start_response(_episode(store), "ulrus")
    store.record_answer(response.id, "redflags", "night_pain", 0)  # the item is known now
    before = store.db.execute("SELECT count(*) FROM answer").fetchone()[0]
    for value in (3, True, "1", 1.0, -1):
        with pytest.raises(AnswerError) as info:
            store.record_answer(response.id, "redflags", "night_pain", value)  # type: ignore[arg-type]
        assert info.value.item == "night_pain"
    with pytest.raises(AnswerError, match="not part of"):
        store.record_answer(response.id, "mdi", "q1", 1)
    assert store.db.execute("SELECT count(*) FROM answer").fetchone()[0] == before
    assert store.alerts(include_flags=True) == []
    assert _history(store, response.id) == [("night_pain", 0)]


def test_a_retried_key_is_recorded_once_even_after_completion(store):
    response = store.start_response(_episode(store), "startback")
    store.record_answer(response.id, "startback", "q1", 1, idempotency_key="tap-1")
    store.record_answer(response.id, "startback", "q1", 1, idempotency_key="tap-1")
    store.record_answer(response.id, "startback", "q1", 0, idempotency_key="tap-1")
    assert _history(store, response.id) == [("q1", 1)]
    store.complete_response(response.id)
    store.record_answer(response.id, "startback", "q1", 1, idempotency_key="tap-1")  # a late retry
    with pytest.raises(StorageError, match="completed"):
        store.record_answer(response.id, "startback", "q2", 1, idempotency_key="tap-2")
    assert _history(store, response.id) == [("q1", 1)]


def test_the_episode_shows_the_questionnaire_under_way_whoever_changed_it(store, path, key):
    episode = _episode(store)
    response = store.start_response(episode, "ulrus")
    store.record_answer(response.id, "startback", "q1", 1)
    with Store.open(path, key) as other:
        other.start_response(episode, "startback")  # another questionnaire: "waiting"
    assert store.worklist()[0].questionnaire == "waiting"
    store.record_answer(response.id, "startback", "q2", 1)
    assert store.worklist()[0].questionnaire == "in_progress"


def test_an_alert_is_written_with_its_answer_and_the_flag(store):
    response = store.start_response(_episode(store), "ulrus")
    store.record_answer(response.id, "redflags", "bladder_bowel", 0)
    store.record_answer(response.id, "redflags", "bladder_bowel", 1)
    assert [a["item_id"] for a in store.alerts()] == ["bladder_bowel"]
    assert store.worklist()[0].red_flags == "acute"
    assert _history(store, response.id) == [("bladder_bowel", 0), ("bladder_bowel", 1)]


def test_a_rolled_back_response_is_not_remembered(store):
    episode = _episode(store)
    with pytest.raises(RuntimeError), store.db.atomic():
        gone = store.start_response(episode, "startback")
        store.record_answer(gone.id, "startback", "q1", 1)
        raise RuntimeError("undo")
    kept = store.start_response(episode, "startback")  # takes the rolled-back number
    with pytest.raises(StorageError, match="no response"):
        store.record_answer(gone.id, "startback", "q2", 1)
    store.record_answer(kept.id, "startback", "q2", 1)
    assert _history(store, kept.id) == [("q2", 1)]
    assert store.db.execute("SELECT count(*) FROM item").fetchone()[0] == 1  # q1 rolled back
