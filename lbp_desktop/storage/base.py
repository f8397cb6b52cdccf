"""What every part of the store shares: the open database, its key, the clock, ids and
transactions.

A store object belongs to one thread; open another for another thread (the sync server does).

Everything goes straight to the SQLCipher connection: ``db`` offers the part of sqlite-utils'
``Database`` the app uses (``execute``, ``query``, ``atomic``, ``conn``) without loading
sqlite-utils, whose plugin machinery (pluggy, click, dateutil) cost the sign-in window and every
command tens of milliseconds and megabytes. sqlite-utils itself is loaded only to migrate
(``schema.apply``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lbp_desktop.storage.connection import DatabaseError, translate
from lbp_desktop.storage.errors import StorageError
from lbp_desktop.storage.lock import DatabaseLock

if TYPE_CHECKING:
    from lbp_desktop.questionnaires.loader import FormSet


def utc_now() -> str:
    """The current UTC time as an ISO 8601 string with microseconds (how every row is stamped)."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def _random_id() -> str:
    import uuid  # here: its import loads ``platform``, which opening a database does not need

    return str(uuid.uuid4())


def to_json(value: Any) -> str:
    """Stable JSON for a stored column (sorted keys, Danish letters kept as they are)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


class StoreBase:
    """An open clinic database and the plumbing the record-specific parts of the store share."""

    actor_id: str | None
    """The signed-in user; recorded in every audit event. ``None`` for system actions."""

    def __init__(self, conn: Any, path: Path, key: bytes | None, plaintext: bool) -> None:
        # a sqlite-utils Database is accepted too (its connection is what is kept)
        self.conn: Any = getattr(conn, "conn", conn)
        self.db = Connection(self.conn)
        self.path = path
        self._key = key
        self.plaintext = plaintext
        self.actor_id = None
        self._clock: Callable[[], str] = utc_now
        self._id_factory: Callable[[], str] = _random_id
        self._forms: FormSet | None = None
        self._lock: DatabaseLock | None = None
        """Held from open to close, so a restore cannot replace the file under this store."""

    @property
    def key(self) -> bytes | None:
        """The raw database key (``None`` for a plaintext developer database); a backup or a
        second connection (the sync server's) opens the file with it."""
        return self._key

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.conn.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    # -- time, ids, transactions -------------------------------------------------------------

    def set_clock(self, clock: Callable[[], str] | None) -> None:
        """Use ``clock()`` for every timestamp (demo data); ``None`` restores real UTC time."""
        self._clock = clock or utc_now

    def set_id_factory(self, factory: Callable[[], str] | None) -> None:
        """Use ``factory()`` for every new id (deterministic demo data)."""
        self._id_factory = factory or _random_id

    def now(self) -> str:
        """The timestamp to write now (the store's clock, so demo data is deterministic)."""
        return self._clock()

    def new_id(self) -> str:
        """A fresh row id (the store's id factory)."""
        return self._id_factory()

    @contextlib.contextmanager
    def transaction(self, doing: str = "saving") -> Iterator[None]:
        """One atomic, durable write (nested: a savepoint); a database error becomes a
        ``StorageError`` saying what was being done (``doing``), and a refused change to an
        immutable row says so."""
        try:
            with _atomic(self.conn):
                yield
        except DatabaseError as exc:
            if "cannot be changed" in str(exc) or "cannot be deleted" in str(exc) \
                    or "append-only" in str(exc):
                raise StorageError(str(exc)) from None
            raise translate(exc, self.path, doing=doing) from None

    def _rows(self, sql: str, params: Sequence[Any]) -> list[dict[str, Any]]:
        try:
            cursor = self.conn.execute(sql, params)
            names = [column[0] for column in cursor.description or ()]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
        except DatabaseError as exc:
            raise translate(exc, self.path, doing="reading") from None

    def _one(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
        rows = self._rows(sql, params)
        return rows[0] if rows else None

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return self._rows(sql, params)

    def _get(self, table: str, row_id: str, what: str | None = None) -> dict[str, Any]:
        row = self._one(f"SELECT * FROM [{table}] WHERE id = ?", [row_id])
        if row is None:
            raise StorageError(f"no {what or table} with id {row_id}")
        return row

    # -- forms -------------------------------------------------------------------------------

    @property
    def forms(self) -> FormSet:
        """The questionnaire definitions, loaded on first use (kept off the sign-in path)."""
        if self._forms is None:
            from lbp_desktop.instruments import load_forms

            self._forms = load_forms()
        return self._forms

    def _instrument_ids(self, battery_id: str) -> list[str]:
        forms = self.forms
        if battery_id in forms.batteries:
            return list(forms.batteries[battery_id].instruments)
        if battery_id in forms.forms:
            return [battery_id]
        raise StorageError(f"unknown questionnaire {battery_id!r}")

    # -- database facts ----------------------------------------------------------------------

    def schema_version(self) -> int:
        row = self._one("SELECT value FROM meta WHERE key = 'schema_version'")
        return int(row["value"]) if row else 0

    def integrity_check(self) -> str:
        """``'ok'`` or the first problem SQLite reports."""
        row = self._one("PRAGMA integrity_check")
        return str(next(iter(row.values()))) if row else "ok"


_TRANSACTION_CONTROL = {"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"}


class Connection:
    """The part of sqlite-utils' ``Database`` the app uses, over one SQLCipher connection."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def execute(self, sql: str, parameters: Sequence[Any] | None = None) -> Any:
        """The cursor of ``sql`` run with ``parameters``. As in sqlite-utils, a write outside a
        transaction is committed at once (and rolled back if it fails)."""
        conn = self.conn
        was_in_transaction = conn.in_transaction
        try:
            cursor = conn.execute(sql) if parameters is None else conn.execute(sql, parameters)
        except Exception:
            if not was_in_transaction and conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        if not was_in_transaction and conn.in_transaction and cursor.description is None \
                and sql.lstrip().split(None, 1)[0].upper() not in _TRANSACTION_CONTROL:
            conn.execute("COMMIT")
        return cursor

    def query(self, sql: str, parameters: Sequence[Any] | None = None
              ) -> Iterator[dict[str, Any]]:
        """The rows of ``sql`` as dicts (column name → value)."""
        cursor = self.execute(sql, parameters)
        names = [column[0] for column in cursor.description or ()]
        for row in cursor:
            yield dict(zip(names, row, strict=True))

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Connection]:
        """A transaction (a savepoint inside one), as sqlite-utils' ``atomic``."""
        with _atomic(self.conn):
            yield self


@contextlib.contextmanager
def _atomic(conn: Any) -> Iterator[None]:
    """BEGIN … COMMIT, or a savepoint inside an open transaction (as sqlite-utils' ``atomic``)."""
    if conn.in_transaction:
        savepoint = f"lbp_{os.urandom(8).hex()}"  # secrets.token_hex(8), without hashlib
        conn.execute(f"SAVEPOINT {savepoint}")
        try:
            yield
        except BaseException:
            # an error such as RAISE(ROLLBACK) may have ended the whole transaction already
            if conn.in_transaction:
                conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            raise
        conn.execute(f"RELEASE SAVEPOINT {savepoint}")
        return
    conn.execute("BEGIN")
    try:
        yield
    except BaseException:
        conn.rollback()  # a no-op if the error already ended the transaction
        raise
    try:
        conn.execute("COMMIT")
    except BaseException:
        conn.rollback()
        raise
