"""The tablet's encrypted outbox: every tap lands here first, durably, before it goes anywhere.

A SQLCipher database (``outbox.db`` in the tablet's folder; its random 32-byte key is kept like the
device token, see ``credentials``), opened with the storage layer's connection helpers (WAL,
``synchronous=FULL``: a tap the patient saw accepted survives a crash or power loss).

Tables:

- ``session``: the sessions open on this tablet (id, battery, language, first name, position,
  status) — what the kiosk needs to show and resume without the hub.
- ``answer``: the current answer per item of each session (the kiosk reads them back).
- ``outbox``: what is still to be delivered, in tap order: ``answer`` (with its idempotency key),
  ``state`` (position/language, last one wins) and ``complete`` (the full completed
  QuestionnaireResponse).

When the hub acknowledges a session's completion, ``forget`` deletes everything about it; the
tablet then holds nothing of that patient.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SCHEMA = [
    """CREATE TABLE IF NOT EXISTS session (
        id TEXT PRIMARY KEY, battery_id TEXT NOT NULL, language TEXT NOT NULL DEFAULT 'da',
        first_name TEXT NOT NULL DEFAULT '', position TEXT, status TEXT NOT NULL DEFAULT
        'in_progress', form_versions TEXT NOT NULL DEFAULT '{}', started_at TEXT NOT NULL,
        completed_at TEXT)""",
    """CREATE TABLE IF NOT EXISTS answer (
        response_id TEXT NOT NULL, form_id TEXT NOT NULL, item_id TEXT NOT NULL,
        value TEXT NOT NULL, seq INTEGER NOT NULL,
        PRIMARY KEY (response_id, form_id, item_id))""",
    """CREATE TABLE IF NOT EXISTS outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT, response_id TEXT NOT NULL, kind TEXT NOT NULL
        CHECK (kind IN ('answer', 'state', 'complete')), key TEXT NOT NULL UNIQUE,
        payload TEXT NOT NULL, created_at REAL NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT)""",
    "CREATE INDEX IF NOT EXISTS outbox_response ON outbox(response_id, seq)",
]


def _now_iso() -> str:
    import datetime as dt

    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


@dataclass(frozen=True)
class Entry:
    seq: int
    response_id: str
    kind: str
    key: str
    payload: dict[str, Any]
    attempts: int


@dataclass(frozen=True)
class LocalSession:
    id: str
    battery_id: str
    language: str
    first_name: str
    position: str | None
    status: str
    form_versions: dict[str, str]
    started_at: str
    completed_at: str | None


class Outbox:
    """Thread-safe (one connection behind a lock): the kiosk writes, the delivery thread reads."""

    def __init__(self, path: Path | str, key: bytes) -> None:
        from lbp_desktop.storage.connection import DatabaseError, configure, raw_connect, translate

        self.path = Path(path)
        self._lock = threading.RLock()
        self._conn = raw_connect(self.path, key, check_same_thread=False)
        self._conn.isolation_level = None  # explicit BEGIN/COMMIT below
        try:
            try:
                self._conn.execute("PRAGMA user_version").fetchone()  # checks the key
            except DatabaseError as exc:
                raise translate(exc, self.path) from None
            configure(self._conn, self.path)
            with self._tx() as conn:
                for sql in SCHEMA:
                    conn.execute(sql)
        except BaseException:
            self._conn.close()
            raise

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    @contextmanager
    def _tx(self) -> Iterator[Any]:
        with self._lock:
            conn = self._conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def _query(self, sql: str, params: tuple | list = ()) -> list[tuple]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    # -- sessions --------------------------------------------------------------------------

    def add_session(self, session_id: str, battery_id: str, *, language: str = "da",
                    first_name: str = "", position: str | None = None,
                    form_versions: dict[str, str] | None = None) -> LocalSession:
        """Register a session on this tablet (kept as it is if it is already here)."""
        with self._tx() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO session (id, battery_id, language, first_name, position,"
                " form_versions, started_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [session_id, battery_id, language, first_name, position,
                 json.dumps(form_versions or {}), _now_iso()])
        found = self.session(session_id)
        assert found is not None
        return found

    def session(self, session_id: str) -> LocalSession | None:
        rows = self._query("SELECT id, battery_id, language, first_name, position, status,"
                           " form_versions, started_at, completed_at FROM session WHERE id = ?",
                           [session_id])
        if not rows:
            return None
        r = rows[0]
        return LocalSession(r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r[6]), r[7], r[8])

    def sessions(self) -> list[LocalSession]:
        ids = [r[0] for r in self._query("SELECT id FROM session ORDER BY rowid")]
        return [s for s in (self.session(i) for i in ids) if s is not None]

    def answers(self, session_id: str) -> dict[str, dict[str, int | str]]:
        out: dict[str, dict[str, int | str]] = {}
        for form_id, item_id, value in self._query(
                "SELECT form_id, item_id, value FROM answer WHERE response_id = ? ORDER BY seq",
                [session_id]):
            out.setdefault(form_id, {})[item_id] = json.loads(value)
        return out

    # -- what the kiosk writes -------------------------------------------------------------

    def record_answer(self, session_id: str, form_id: str, item_id: str,
                      value: int | str | None, key: str | None = None) -> str:
        """Keep the answer and queue its delivery, in one durable transaction. Returns the key
        (a repeated key is a no-op, like ``Store.record_answer``)."""
        key = key or str(uuid.uuid4())
        with self._tx() as conn:
            if conn.execute("SELECT 1 FROM outbox WHERE key = ?", [key]).fetchone():
                return key
            cur = conn.execute(
                "INSERT INTO outbox (response_id, kind, key, payload, created_at)"
                " VALUES (?, 'answer', ?, ?, ?)",
                [session_id, key, json.dumps({"form_id": form_id, "item_id": item_id,
                                               "value": value}), time.time()])
            if value is None:
                conn.execute("DELETE FROM answer WHERE response_id = ? AND form_id = ? AND"
                             " item_id = ?", [session_id, form_id, item_id])
            else:
                conn.execute(
                    "INSERT INTO answer (response_id, form_id, item_id, value, seq)"
                    " VALUES (?, ?, ?, ?, ?) ON CONFLICT (response_id, form_id, item_id)"
                    " DO UPDATE SET value = excluded.value, seq = excluded.seq",
                    [session_id, form_id, item_id, json.dumps(value), cur.lastrowid])
        return key

    def set_state(self, session_id: str, *, position: str | None = None,
                  language: str | None = None) -> None:
        """Save position/language locally and queue them (an older queued state is replaced)."""
        with self._tx() as conn:
            if position is not None:
                conn.execute("UPDATE session SET position = ? WHERE id = ?",
                             [position, session_id])
            if language is not None:
                conn.execute("UPDATE session SET language = ? WHERE id = ?",
                             [language, session_id])
            row = conn.execute("SELECT position, language FROM session WHERE id = ?",
                               [session_id]).fetchone()
            if row is None:
                return
            conn.execute("DELETE FROM outbox WHERE response_id = ? AND kind = 'state'",
                         [session_id])
            conn.execute(
                "INSERT INTO outbox (response_id, kind, key, payload, created_at)"
                " VALUES (?, 'state', ?, ?, ?)",
                [session_id, str(uuid.uuid4()),
                 json.dumps({"position": row[0], "language": row[1]}), time.time()])

    def complete(self, session_id: str, build: Any) -> str:
        """Mark the session submitted and queue ``build(session, answers, key)`` (the completed
        QuestionnaireResponse). Returns the completion key; a second call is a no-op."""
        with self._lock:
            session = self.session(session_id)
            if session is None:
                raise KeyError(session_id)
            existing = self._query("SELECT key FROM outbox WHERE response_id = ? AND"
                                   " kind = 'complete'", [session_id])
            if existing:
                return existing[0][0]
            key = str(uuid.uuid4())
            stamp = _now_iso()
            payload = build(session, self.answers(session_id), key, stamp)
            with self._tx() as conn:
                conn.execute("UPDATE session SET status = 'completed', completed_at = ?"
                             " WHERE id = ?", [stamp, session_id])
                conn.execute(
                    "INSERT INTO outbox (response_id, kind, key, payload, created_at)"
                    " VALUES (?, 'complete', ?, ?, ?)",
                    [session_id, key, json.dumps(payload), time.time()])
            return key

    # -- what the delivery thread reads ----------------------------------------------------

    def pending(self, limit: int = 100) -> list[Entry]:
        return [Entry(r[0], r[1], r[2], r[3], json.loads(r[4]), r[5]) for r in self._query(
            "SELECT seq, response_id, kind, key, payload, attempts FROM outbox ORDER BY seq"
            " LIMIT ?", [limit])]

    def count(self) -> int:
        return int(self._query("SELECT count(*) FROM outbox")[0][0])

    def ack(self, seqs: list[int]) -> None:
        if not seqs:
            return
        with self._tx() as conn:
            conn.executemany("DELETE FROM outbox WHERE seq = ?", [(s,) for s in seqs])

    def note_failure(self, seqs: list[int], error: str) -> None:
        if not seqs:
            return
        with self._tx() as conn:
            conn.executemany("UPDATE outbox SET attempts = attempts + 1, last_error = ?"
                             " WHERE seq = ?", [(error[:500], s) for s in seqs])

    def forget(self, session_id: str) -> None:
        """Delete everything this tablet holds about a session (after the hub has it all)."""
        with self._tx() as conn:
            for table, column in (("outbox", "response_id"), ("answer", "response_id"),
                                  ("session", "id")):
                conn.execute(f"DELETE FROM {table} WHERE {column} = ?", [session_id])

    def holds_anything(self, session_id: str) -> bool:
        return any(self._query(f"SELECT 1 FROM {table} WHERE {column} = ? LIMIT 1",
                               [session_id])
                   for table, column in (("outbox", "response_id"), ("answer", "response_id"),
                                         ("session", "id")))
