"""Backup and restore with SQLite's online backup API.

- A backup is a consistent snapshot even while the app writes (the copy runs in one step inside a
  read transaction; WAL lets writers go on meanwhile). It is encrypted with the same key as the
  database, written to a temporary file next to the target, verified (opens with the key,
  ``integrity_check`` is ok, it is an lbp-desktop database) and only then renamed into place.
- A restore verifies the backup *before* anything is replaced, copies it into a temporary file in
  the database's folder, verifies that copy, keeps the current database as
  ``PATH.before-restore-<timestamp>`` and renames the copy into place. A bad backup never
  overwrites a good database.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from lbp_desktop.storage.connection import DatabaseError, create_private, raw_connect, translate
from lbp_desktop.storage.errors import StorageError

if TYPE_CHECKING:
    from lbp_desktop.storage.store import Store


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _remove_db_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            path.with_name(path.name + suffix).unlink()


def _copy(source_conn, target: Path, key: bytes | None, plaintext: bool) -> None:
    """Online-backup ``source_conn`` into a new file ``target`` (same key), in rollback mode."""
    try:
        create_private(target)
    except OSError as exc:
        raise StorageError(f"{target}: cannot write: {exc.strerror or exc}") from None
    dest = raw_connect(target, key, plaintext=plaintext)
    try:
        source_conn.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
        dest.commit()
    except DatabaseError as exc:
        raise translate(exc, target, doing="writing the backup") from None
    finally:
        dest.close()


def verify(path: Path | str, key: bytes | None, *, plaintext: bool = False) -> int:
    """Check a backup (or any database file) without changing it; returns its schema version.

    Raises ``StorageError`` saying what is wrong (missing, wrong key, damaged, not ours, newer).
    """
    from lbp_desktop.storage.integrity import check_lbp_database

    path = Path(path)
    if not path.is_file():
        raise StorageError(f"{path}: no such file")
    conn = raw_connect(path, key, plaintext=plaintext)
    try:
        check_lbp_database(conn, path)
        try:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
            version = int(conn.execute(
                "SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0])
        except DatabaseError as exc:
            raise translate(exc, path) from None
        if not rows or rows[0][0] != "ok":
            raise StorageError(f"{path}: the backup is damaged (integrity check failed)")
        return version
    finally:
        conn.close()


def backup_store(store: Store, destination: Path | str) -> Path:
    """Write a verified backup of the open ``store`` to ``destination`` (replaced atomically)."""
    destination = Path(destination)
    if destination.resolve() == Path(store.path).resolve():
        raise StorageError(f"{destination}: the backup must not replace the database itself")
    folder = destination.parent if str(destination.parent) else Path(".")
    if not folder.is_dir():
        raise StorageError(f"{folder}: no such folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StorageError(f"{folder}: the folder is read-only; cannot write the backup there")
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%f")
    tmp = destination.with_name(f".{destination.name}.tmp-{os.getpid()}-{stamp}")
    try:
        _copy(store.db.conn, tmp, store.key, store.plaintext)
        verify(tmp, store.key, plaintext=store.plaintext)
        os.replace(tmp, destination)
        _fsync_dir(folder)
    except BaseException:
        _remove_db_files(tmp)
        raise
    from lbp_desktop.security import keys

    with contextlib.suppress(OSError):  # the backup's key is filed under the same id
        keys.new_db_id(destination, keys.db_id(store.path))
    store.audit("export", "database", None, detail=f"backup to {destination.name}")
    return destination


def backup_file(db_path: Path | str, destination: Path | str, key: bytes | None, *,
                plaintext: bool = False) -> Path:
    """Back up the database at ``db_path`` (the CLI's ``backup``), safe while the app runs."""
    from lbp_desktop.storage.store import Store

    store = Store.open(db_path, key, plaintext=plaintext)
    try:
        return backup_store(store, destination)
    finally:
        store.close()


def restore_file(db_path: Path | str, backup: Path | str, key: bytes | None, *,
                 plaintext: bool = False) -> Path | None:
    """Replace the database at ``db_path`` with ``backup`` (verified first).

    Returns where the previous database was kept (``PATH.before-restore-<timestamp>``), or
    ``None`` if there was none. The database must not be open in the app meanwhile.
    """
    db_path = Path(db_path)
    backup = Path(backup)
    verify(backup, key, plaintext=plaintext)  # a bad backup stops here: nothing touched
    folder = db_path.parent if str(db_path.parent) else Path(".")
    if not folder.is_dir():
        raise StorageError(f"{folder}: no such folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StorageError(f"{folder}: the folder is read-only; nothing was restored")
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    tmp = db_path.with_name(f".{db_path.name}.restore-{os.getpid()}-{stamp}")
    kept: Path | None = None
    try:
        source = raw_connect(backup, key, plaintext=plaintext)
        try:
            _copy(source, tmp, key, plaintext)
        finally:
            source.close()
        verify(tmp, key, plaintext=plaintext)
        if db_path.exists():
            kept = db_path.with_name(f"{db_path.name}.before-restore-{stamp}")
            n = 1
            while kept.exists():
                kept = db_path.with_name(f"{db_path.name}.before-restore-{stamp}-{n}")
                n += 1
            _checkpoint_and_copy(db_path, kept, key, plaintext)
        os.replace(tmp, db_path)
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(OSError):
                db_path.with_name(db_path.name + suffix).unlink()
        _fsync_dir(folder)
    except BaseException:
        _remove_db_files(tmp)
        raise
    return kept


def _checkpoint_and_copy(db_path: Path, kept: Path, key: bytes | None, plaintext: bool) -> None:
    """Keep the current database (with anything still in its WAL) as ``kept``."""
    try:
        conn = raw_connect(db_path, key, plaintext=plaintext)
        try:
            _copy(conn, kept, key, plaintext)
        finally:
            conn.close()
    except StorageError:
        # the current file cannot be read with this key (e.g. it is damaged): keep its bytes
        shutil.copy2(db_path, kept)
        wal = db_path.with_name(db_path.name + "-wal")
        if wal.exists():
            shutil.copy2(wal, kept.with_name(kept.name + "-wal"))
