"""The one door to the database: every read and write the app makes, as typed methods.

``Store`` is a facade over the parts in this package, one per kind of record — ``users`` (clinic
and staff), ``patients``, ``episodes`` (and the worklist), ``responses`` (answers, scores,
alerts), ``letters`` (examinations and letters), ``audit`` — sharing the plumbing in ``base``. This
module opens and creates database files; ``integrity`` checks a file before it is opened;
``backup`` copies and restores one. The GUI never writes SQL; it calls these methods.

- Encrypted by default (SQLCipher via ``sqlcipher3``; sqlite-utils over the same connection,
  loaded on first use — see ``base``).
- ``record_answer`` is one durable transaction (WAL, ``synchronous=FULL``): when it returns, the
  answer survives a crash or power loss. A changed answer is a new row; the history stays.
- Every create/change/view of a patient's data writes an ``audit_event`` for ``self.actor_id``.
- A store object belongs to one thread. Open another for another thread (the sync server does).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from lbp_desktop.storage import schema
from lbp_desktop.storage.base import utc_now
from lbp_desktop.storage.connection import (
    DatabaseError,
    configure,
    create_private,
    raw_connect,
    translate,
)
from lbp_desktop.storage.episodes import EpisodeStore
from lbp_desktop.storage.errors import StorageError
from lbp_desktop.storage.integrity import check_lbp_database
from lbp_desktop.storage.letters import LetterStore
from lbp_desktop.storage.lock import DatabaseLock
from lbp_desktop.storage.medcom import MedcomStore
from lbp_desktop.storage.paper_entry import PaperEntryStore
from lbp_desktop.storage.patients import PatientStore
from lbp_desktop.storage.users import UserStore

__all__ = ["Store", "backup_file"]


class Store(UserStore, PatientStore, EpisodeStore, PaperEntryStore, LetterStore, MedcomStore):
    """An open clinic database."""

    # -- opening -----------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path | str, key: bytes | None, *, plaintext: bool = False) -> Store:
        """Make a new database at ``path`` (refuses to overwrite), migrated to the latest schema.

        ``key`` is the 32-byte raw database key. ``plaintext=True`` (developer option only) makes
        an unencrypted database and requires ``key is None``.
        """
        path = Path(path)
        if path.exists() or path.with_name(path.name + "-wal").exists():
            raise StorageError(f"{path}: already exists; refusing to overwrite it")
        folder = path.parent if str(path.parent) else Path(".")
        if not folder.is_dir():
            raise StorageError(f"{folder}: no such folder")
        if not os.access(folder, os.W_OK | os.X_OK):
            raise StorageError(f"{folder}: the folder is read-only; cannot create a database there")
        lock = DatabaseLock.shared(path)
        try:
            create_private(path)  # health data: readable only by this user, like the key file
        except OSError as exc:
            lock.release()
            raise StorageError(f"{path}: cannot create: {exc.strerror or exc}") from None
        try:
            conn = raw_connect(path, key, plaintext=plaintext)
        except BaseException:
            lock.release()
            with contextlib.suppress(OSError):
                path.unlink()
            raise
        try:
            configure(conn, path)
            store = cls(conn, path, key, plaintext)
            schema.apply(store.db)
            db = store.db
            store._lock = lock
            from lbp_desktop import __version__

            with store.transaction("creating the database"):
                db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('app_version', ?)",
                           [__version__])
                db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('created_at', ?)",
                           [utc_now()])
        except BaseException as exc:
            conn.close()
            lock.release()
            for suffix in ("", "-wal", "-shm", "-journal"):
                with contextlib.suppress(OSError):
                    path.with_name(path.name + suffix).unlink()
            if isinstance(exc, DatabaseError):
                raise translate(exc, path, doing="creating the database") from None
            raise
        return store

    @classmethod
    def create_new(cls, path: Path | str, *, plaintext: bool = False) -> tuple[Store, str | None]:
        """Create with a fresh random key filed in the key store; returns the recovery key."""
        from lbp_desktop.security import keys

        if plaintext:
            return cls.create(path, None, plaintext=True), None
        path = Path(path)
        if path.exists():
            raise StorageError(f"{path}: already exists; refusing to overwrite it")
        key = keys.generate_key()
        store = cls.create(path, key)
        keys.setup_key(path, key)
        return store, keys.recovery_key(key)

    @classmethod
    def open_path(cls, path: Path | str, *, key_file: Path | str | None = None,
                  plaintext: bool = False) -> Store:
        """Open, finding the key as the CLI does (``--key-file``, ``LBP_DB_KEY``, key store)."""
        path = Path(path)
        if not path.exists():
            raise StorageError(f"{path}: no such file")
        if plaintext:
            return cls.open(path, None, plaintext=True)
        from lbp_desktop.security import keys

        return cls.open(path, keys.find_key(path, key_file=key_file))

    @classmethod
    def open(cls, path: Path | str, key: bytes | None, *, plaintext: bool = False) -> Store:
        """Open an existing database; migrate it forward if it is older.

        Raises ``StorageError`` (a ``UserError``) with a clear message for: no such file, not a
        database, wrong key, truncated/corrupt file, a schema newer than this app (left untouched).
        """
        path = Path(path)
        if not path.exists():
            raise StorageError(f"{path}: no such file")
        if path.is_dir():
            raise StorageError(f"{path}: is a folder, not a database file")
        if not os.access(path, os.R_OK):
            raise StorageError(f"{path}: no permission to read the file")
        folder = path.parent if str(path.parent) else Path(".")
        if not os.access(folder, os.W_OK | os.X_OK) or not os.access(path, os.W_OK):
            raise StorageError(f"{path}: the database or its folder is read-only; lbp-desktop "
                               "must be able to write there (copy it to a writable folder)")
        lock = DatabaseLock.shared(path)  # before connecting: a restore cannot swap the file now
        try:
            conn = raw_connect(path, key, plaintext=plaintext)
        except BaseException:
            lock.release()
            raise
        try:
            check_lbp_database(conn, path)
            configure(conn, path)
            store = cls(conn, path, key, plaintext)
            if schema.pending(conn):  # read directly: a current database needs no sqlite-utils
                try:
                    schema.apply(store.db)
                except DatabaseError as exc:
                    raise translate(exc, path, doing="upgrading the database") from None
        except BaseException:
            conn.close()
            lock.release()
            raise
        store._lock = lock
        return store

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- backup ------------------------------------------------------------------------------

    def backup(self, destination: Path | str) -> Path:
        """A consistent copy (SQLite online backup API), encrypted with the same key, verified."""
        from lbp_desktop.storage.backup import backup_store

        return backup_store(self, destination)


def backup_file(db_path: Path | str, destination: Path | str, key: bytes | None, *,
                plaintext: bool = False) -> Path:
    """Back up the database at ``db_path`` (the CLI's ``backup``), safe while the app runs."""
    with Store.open(db_path, key, plaintext=plaintext) as store:
        return store.backup(destination)
