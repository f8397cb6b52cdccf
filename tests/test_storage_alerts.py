"""Alerts are stored once, with the text they were raised with: a changed form file never rewords
an alert already shown, a score's alerts read back as the scoring returned them, and the
migration to the interned alert tables refuses rather than lose or move an alert."""

from __future__ import annotations

import dataclasses

import pytest

from lbp_desktop.domain.records import Referral
from lbp_desktop.questionnaires.model import Text
from lbp_desktop.storage import StorageError, schema
from lbp_desktop.storage.connection import configure, raw_connect
from lbp_desktop.storage.store import Store

pytestmark = pytest.mark.usefixtures("private_keys")

NEW_DA, NEW_EN = "Ny ordlyd: kontakt personalet", "New wording: contact the staff"


@pytest.fixture
def store(tmp_path):
    made, _ = Store.create_new(tmp_path / "alerts.lbp")
    yield made
    made.close()


def _episode(store: Store, cpr: str = "010182-1233") -> str:
    patient = store.add_patient(cpr, "Morten Kristensen", fictional=True)
    return store.add_episode(patient.id, Referral()).id


def _reworded(store: Store, item: str) -> None:
    """The store's forms as after an update of the red-flag form's alert text for ``item``."""
    form = store.forms.form("redflags")
    assert form.scoring is not None
    rules = [dataclasses.replace(rule, message=Text(da=NEW_DA, en=NEW_EN))
             if rule.item == item else rule for rule in form.scoring.alerts]
    changed = dataclasses.replace(form, scoring=dataclasses.replace(form.scoring, alerts=rules))
    store._forms = dataclasses.replace(store.forms, forms={**store.forms.forms,
                                                           "redflags": changed})


def _complete_red_flags(store: Store, episode_id: str, yes: set[str]) -> str:
    response = store.start_response(episode_id, "ulrus")
    for item in store.forms.form("redflags").item_ids():
        store.record_answer(response.id, "redflags", item, 1 if item in yes else 0)
    return response.id


def test_an_alert_keeps_the_text_it_was_raised_with_after_the_form_changes(store):
    episode_id = _episode(store)
    rule = next(r for r in store.forms.form("redflags").scoring.alerts
                if r.item == "bladder_bowel")
    first = _complete_red_flags(store, episode_id, {"bladder_bowel"})
    store.complete_response(first)
    scored_before = store.scores(first)["redflags"].result

    _reworded(store, "bladder_bowel")
    second = _complete_red_flags(store, episode_id, {"bladder_bowel"})
    records = store.complete_response(second)

    raised = store.alerts(episode_id=episode_id)
    assert [(a["response_id"], a["item_id"], a["message_da"], a["message_en"])
            for a in raised] == [(second, "bladder_bowel", NEW_DA, NEW_EN),
                                 (first, "bladder_bowel", rule.message.da, rule.message.en)]
    # each score reads back exactly as the scoring returned it, in its own wording
    assert store.scores(first)["redflags"].result == scored_before
    assert scored_before["alerts"] == [{"item": "bladder_bowel", "level": "acute",
                                        "message_da": rule.message.da,
                                        "message_en": rule.message.en}]
    assert {r.form_id: r.result for r in records} \
        == {f: s.result for f, s in store.scores(second).items()}
    assert store.scores(second)["redflags"].result["alerts"][0]["message_da"] == NEW_DA


def test_a_stored_alert_text_cannot_be_changed_or_removed(store):
    response = _complete_red_flags(store, _episode(store), {"saddle_anaesthesia"})
    store.complete_response(response)
    conn = store.conn
    for sql in ("UPDATE alert_text SET message_da = 'noget andet'", "DELETE FROM alert_text"):
        with pytest.raises(Exception, match="kept as it was raised"):
            conn.execute(sql)
    assert store.alerts()[0]["item_id"] == "saddle_anaesthesia"


def test_alerts_since_a_moment(store):
    episode_id = _episode(store)
    response = store.start_response(episode_id, "ulrus")
    store.record_answer(response.id, "redflags", "bladder_bowel", 1)
    at = store.alerts()[0]["at"]
    assert store.alerts(since=at) == []
    before = "2000-01-01T00:00:00+00:00"  # no microseconds, as isoformat() writes a whole second
    assert [a["at"] for a in store.alerts(since=before)] == [at]
    assert [a["at"] for a in store.alerts(since="2000-01-01T01:00:00+01:00")] == [at]
    assert store.alerts(since="2999-01-01T00:00:00.000001+00:00") == []


def test_the_migration_refuses_to_move_an_alert_to_another_episode(tmp_path, key):
    path = tmp_path / "moved.lbp"
    conn = raw_connect(path, key)
    configure(conn, path)
    last = schema.KNOWN_MIGRATIONS.index("0010_compact_alerts")
    schema.apply(conn, stop_before="0010_compact_alerts")
    now = "2026-01-02T09:15:00.123456+00:00"
    with conn:
        conn.execute("INSERT INTO patient (id, cpr, name, created_at, updated_at) VALUES"
                     " ('p1', '010182-1233', 'Morten Kristensen', ?, ?)", [now, now])
        for episode in ("e1", "e2"):
            conn.execute("INSERT INTO episode (id, patient_id, created_at, updated_at) VALUES"
                         " (?, 'p1', ?, ?)", [episode, now, now])
        conn.execute("INSERT INTO response (id, n, episode_id, battery_id, started_at,"
                     " created_at, updated_at) VALUES ('r1', 1, 'e1', 'ulrus', ?, ?, ?)",
                     [now, now, now])
        for n, episode in enumerate(("e1", "e2")):  # the second names another episode
            conn.execute("INSERT INTO alert (id, episode_id, response_id, form_id, item_id,"
                         " level, message_da, message_en, at) VALUES (?, ?, 'r1', 'redflags',"
                         " 'bladder_bowel', 'acute', 'Tal med personalet', 'Speak to staff', ?)",
                         [f"a{n}", episode, now])
    conn.close()
    with pytest.raises(StorageError, match=r"copying alerts.*left as it was"):
        Store.open(path, key)
    conn = raw_connect(path, key)
    assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] \
        == str(last)
    assert conn.execute("SELECT count(*) FROM alert WHERE episode_id = 'e2'").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'alert_text'"
                        ).fetchone()[0] == 0
    conn.close()
