"""Every earlier schema version migrates to the current one with every answer, its history, every
score, every alert with the text it was raised with, every handling of an acute flag and every
approved letter intact; the compact answer tables keep the tap path's guarantees."""

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
BEFORE_COMPACT = [name for name, _ in schema.STEPS].index(COMPACT)  # the last version before it
EARLIER = range(1, schema.SCHEMA_VERSION)  # every version a clinic's database may be at

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
    ("r1", "redflags", "redflags-1", '{"positive": ["bladder_bowel"], "acute": ["bladder_bowel"],'
     ' "alerts": [{"item": "bladder_bowel", "level": "acute", "message_da": "Tal med os nu",'
     ' "message_en": "Speak to us now"}]}', T4),   # a score's alerts kept as objects
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


# (response, form, item, level, Danish, English, at) as raised; older wording than today's forms
# (an alert keeps the text it was shown with), two raised in the same instant (tap order kept)
ALERTS = [
    ("r1", "mdi", "q6", "acute", "Ældre tekst: ring til patienten", "Older text: call", T1),
    ("r2", "redflags", "bladder_bowel", "acute", "Tal med personalet nu", "Speak to staff now", T3),
    ("r2", "redflags", "night_pain", "flag", "Tak. Vi spørger ind til det", "We will ask", T3),
]
HANDLING = ("h1", "Birgit Behandler", "Ringet op; ingen blæreforstyrrelse. Set samme dag.", T3)
ALERTS_FROM, HANDLING_FROM = 2, 4  # the versions that added the alert and acute_handling tables


def _v2_alerts(db) -> None:
    for n, (response, form, item, level, da, en, at) in enumerate(ALERTS):
        db.execute("INSERT INTO alert (id, episode_id, response_id, form_id, item_id, level,"
                   " message_da, message_en, at) VALUES (?, 'e1', ?, ?, ?, ?, ?, ?, ?)",
                   [f"al{n}", response, form, item, level, da, en, at])
    db.execute("UPDATE episode SET red_flag_level = 'acute'")


def _v4_handling(db) -> None:
    record_id, name, action, at = HANDLING
    db.execute("INSERT INTO acute_handling (id, episode_id, handled_by_name, action, handled_at,"
               " created_at) VALUES (?, 'e1', ?, ?, ?, ?)", [record_id, name, action, at, at])
    db.execute("UPDATE episode SET acute_handled_at = ?", [at])


def _database_at(path, key, version: int) -> None:
    """A database at schema ``version`` holding data written in each table's shape of its time:
    answers, scores and letters at v1, alerts at v2, a handling at v4, then migrated up to
    ``version`` by the migrations of that time."""
    conn = raw_connect(path, key)
    configure(conn, path)

    def reach(step: int) -> None:
        schema.apply(conn, stop_before=schema.STEPS[step][0])

    reach(1)
    with conn:
        _v1_data(conn)
    if version >= ALERTS_FROM:
        reach(ALERTS_FROM)
        with conn:
            _v2_alerts(conn)
    if version >= HANDLING_FROM:
        reach(HANDLING_FROM)
        with conn:
            _v4_handling(conn)
    reach(version)
    assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] \
        == str(version)
    assert schema.applied_names(conn) == list(schema.KNOWN_MIGRATIONS[:version])
    conn.close()


def _expected_alerts(*, include_flags: bool = True, since: str | None = None) -> list[dict]:
    """``store.alerts`` of the raised ``ALERTS``: newest first, same instant latest first."""
    rows = [{"episode_id": "e1", "patient_name": "Morten Kristensen", "response_id": response,
             "form_id": form, "item_id": item, "level": level, "message_da": da,
             "message_en": en, "at": at}
            for response, form, item, level, da, en, at in ALERTS
            if (include_flags or level == "acute") and (since is None or at > since)]
    return sorted(reversed(rows), key=lambda a: a["at"], reverse=True)


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

    raised = version >= ALERTS_FROM
    assert store.alerts(include_flags=True) == (_expected_alerts() if raised else [])
    assert store.alerts(episode_id="e1", include_flags=True) \
        == (_expected_alerts() if raised else [])
    assert store.alerts() == (_expected_alerts(include_flags=False) if raised else [])
    assert store.alerts(since=T1) == (_expected_alerts(include_flags=False, since=T1)
                                      if raised else [])
    handled = store.acute_handling("e1")
    if version >= HANDLING_FROM:
        record_id, name, action, at = HANDLING
        assert [(h["id"], h["by_name"], h["action"], h["at"]) for h in handled] \
            == [(record_id, name, action, at)]
        assert store.db.execute("SELECT acute_handled_at FROM episode").fetchone()[0] == at
    else:
        assert handled == []

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
    before = BEFORE_COMPACT
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
