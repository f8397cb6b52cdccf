"""The compact answer tables: every earlier database migrates with every answer, its history,
every score and every approved letter intact; the tap path keeps its guarantees."""

from __future__ import annotations

import hashlib
import json

import pytest

from lbp_desktop.domain.records import Referral
from lbp_desktop.storage import StorageError, schema
from lbp_desktop.storage.compact import key_digest, stamp_text, stored_stamp
from lbp_desktop.storage.connection import configure, raw_connect
from lbp_desktop.storage.store import Store

pytestmark = pytest.mark.usefixtures("private_keys")

COMPACT = "0005_compact_answers"
EARLIER = range(1, [name for name, _ in schema.STEPS].index(COMPACT) + 1)

PDF = b"%PDF-1.4\n% an approved letter\n%%EOF\n"
T1 = "2026-01-02T09:15:00.123456+00:00"   # the app's own stamps
T2 = "2026-01-02T09:15:07.000001+00:00"
T3 = "2026-01-02T09:16:30.500000+00:00"
T4 = "2026-01-02"                          # an odd stamp from an older writer: kept as text
T5 = "2026-01-02T10:16:30.5+01:00"         # another offset: kept as text

# (response, form, item, JSON value, answered_at, idempotency key) in tap order
ANSWERS = [
    ("r1", "startback", "q1", "1", T1, "tablet-1"),
    ("r1", "startback", "q2", "0", T1, "tablet-2"),
    ("r1", "startback", "q1", "0", T2, "tablet-3"),      # changed: a new row
    ("r1", "work", "occupation", '"Tømrer"', T2, None),
    ("r1", "startback", "q2", None, T3, None),          # cleared
    ("r1", "startback", "q2", "1", T4, None),
    ("r2", "redflags", "bladder_bowel", "0", T5, "fhir:x:redflags.bladder_bowel:0"),
    ("r2", "work", "occupation", '"12"', T3, None),     # a text that looks like a number
]
SCORES = [  # (response, form, version, result JSON, computed_at) in insertion order
    ("r1", "startback", "startback-1", '{"risk": "high", "complete": true}', T3),
    ("r1", "redflags", "redflags-1", '{"positive": [], "acute": []}', T4),
]


def _v1_data(db) -> None:
    run = db.execute
    run("INSERT INTO patient (id, cpr, name, created_at, updated_at) VALUES"
        " ('p1', '010182-1233', 'Morten Kristensen', ?, ?)", [T1, T1])
    run("INSERT INTO episode (id, patient_id, status, created_at, updated_at) VALUES"
        " ('e1', 'p1', 'examined', ?, ?)", [T1, T1])
    run("INSERT INTO response (id, episode_id, battery_id, status, started_at, completed_at,"
        " created_at, updated_at) VALUES ('r1', 'e1', 'ulrus', 'completed', ?, ?, ?, ?)",
        [T1, T3, T1, T3])
    run("INSERT INTO response (id, episode_id, battery_id, status, started_at, created_at,"
        " updated_at) VALUES ('r2', 'e1', 'ulrus', 'in_progress', ?, ?, ?)", [T3, T3, T3])
    for n, (response, form, item, value, at, key) in enumerate(ANSWERS):
        run("INSERT INTO answer (id, response_id, form_id, item_id, value, answered_at,"
            " idempotency_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [f"a{n}", response, form, item, value, at, key, at])
    for n, (response, form, version, result, at) in enumerate(SCORES):
        run("INSERT INTO score (id, response_id, form_id, scoring_version, result, computed_at,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [f"s{n}", response, form, version, result, at, at])
    for n, (status, pdf) in enumerate([("approved", PDF), ("draft", b"%PDF draft")], start=1):
        run("INSERT INTO letter (id, episode_id, recipient, version, status, pdf, sha256,"
            " approved_at, created_at, updated_at) VALUES (?, 'e1', 'gp', ?, ?, ?, ?, ?, ?, ?)",
            [f"l{n}", n, status, pdf, hashlib.sha256(pdf).hexdigest(),
             T3 if status == "approved" else None, T3, T3])


def _database_at(path, key, version: int) -> None:
    conn = raw_connect(path, key)
    configure(conn, path)
    schema.apply(conn, stop_before=schema.STEPS[version][0])
    assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] \
        == str(version)
    with conn:
        _v1_data(conn)  # answer, score and letter kept their v1 shape until the compaction
    conn.close()


@pytest.mark.parametrize("version", EARLIER)
def test_every_answer_history_score_and_letter_survive_the_migration(tmp_path, key, version):
    path = tmp_path / f"v{version}.lbp"
    _database_at(path, key, version)

    store = Store.open(path, key)
    assert store.schema_version() == schema.SCHEMA_VERSION
    assert schema.applied_names(store.conn) == list(schema.KNOWN_MIGRATIONS)
    for response in ("r1", "r2"):
        history = [(a.form_id, a.item_id, a.value, a.answered_at)
                   for a in store.answer_history(response)]
        assert history == [(form, item, None if value is None else json.loads(value), at)
                           for r, form, item, value, at, _ in ANSWERS if r == response]
    assert store.answers("r1") == {"startback": {"q1": 0, "q2": 1},
                                   "work": {"occupation": "Tømrer"}}
    assert store.answers("r2") == {"redflags": {"bladder_bowel": 0}, "work": {"occupation": "12"}}
    scores = store.scores("r1")
    assert [(s.form_id, s.scoring_version, s.result, s.computed_at) for s in scores.values()] \
        == [(f, v, json.loads(res), at) for _, f, v, res, at in SCORES]
    approved = store.letter("l1")
    assert approved.status == "approved"
    assert store.letter_pdf("l1") == PDF
    assert hashlib.sha256(store.letter_pdf("l1")).hexdigest() == approved.sha256
    assert store.integrity_check() == "ok"
    assert store.db.execute("PRAGMA foreign_key_check").fetchall() == []

    # a retried delivery of a tap recorded before the migration is still recognised
    store.record_answer("r2", "redflags", "bladder_bowel", 1,
                        idempotency_key="fhir:x:redflags.bladder_bowel:0")
    assert store.answers("r2")["redflags"] == {"bladder_bowel": 0}
    # and new taps follow the old ones in the history
    store.record_answer("r2", "startback", "q1", 1, idempotency_key="after")
    assert [a.item_id for a in store.answer_history("r2")] == [
        "bladder_bowel", "occupation", "q1"]
    store.close()
    Store.open(path, key).close()  # opening a current database again changes nothing


def test_a_migration_that_would_lose_a_row_changes_nothing(tmp_path, key):
    path = tmp_path / "orphan.lbp"
    before = EARLIER[-1]  # the last schema before the compaction
    _database_at(path, key, before)
    conn = raw_connect(path, key)
    conn.execute("PRAGMA foreign_keys = OFF")  # an answer whose response is gone
    with conn:
        conn.execute("INSERT INTO answer (id, response_id, form_id, item_id, value, answered_at,"
                     " created_at) VALUES ('lost', 'nope', 'startback', 'q1', '1', ?, ?)",
                     [T1, T1])
    conn.close()
    with pytest.raises(StorageError, match=r"copying answers.*left as it was"):
        Store.open(path, key)
    conn = raw_connect(path, key)
    assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] \
        == str(before)
    assert conn.execute("SELECT count(*) FROM answer").fetchone()[0] == len(ANSWERS) + 1
    conn.close()


def test_stamps_read_back_as_written() -> None:
    for text in (T1, T2, T3, "1970-01-01T00:00:00.000000+00:00"):
        assert isinstance(stored_stamp(text), int)
        assert stamp_text(stored_stamp(text)) == text
    for text in (T4, T5, "2026-01-02T09:15:00+00:00", "not a time"):
        assert stored_stamp(text) == text


def test_idempotency_keys_are_per_response(tmp_path):
    store, _ = Store.create_new(tmp_path / "c.lbp")
    patient = store.add_patient("010182-1233", "Morten Kristensen", fictional=True)
    first = store.add_episode(patient.id, Referral())
    response = store.start_response(first.id, "ulrus")
    store.record_answer(response.id, "startback", "q1", 1, idempotency_key="k")
    store.record_answer(response.id, "startback", "q1", 0, idempotency_key="k")  # a retry
    assert [a.value for a in store.answer_history(response.id)] == [1]
    assert store.answer_recorded(response.id, "k")
    assert not store.answer_recorded(response.id, "other")
    assert key_digest("k") != key_digest("K")
    store.abandon_response(response.id)
    second = store.start_response(first.id, "ulrus")
    store.record_answer(second.id, "startback", "q1", 0, idempotency_key="k")
    assert store.answers(second.id) == {"startback": {"q1": 0}}
    store.close()
