"""Backup and restore with SQLite's online backup API.

- A backup is a consistent snapshot even while the app writes (the copy runs in one step inside a
  read transaction; WAL lets writers go on meanwhile). It is encrypted with the same key as the
  database, written to a temporary file next to the target, verified (``backup_verify``: opens
  with the key, it is an lbp-desktop database, ``integrity_check`` is ok, every letter matches its
  SHA-256) and only then renamed into place; a copy that fails is removed and the message says
  the database itself is damaged.
- A restore takes the database's lock exclusively (``lock``): refused, changing nothing, while
  anybody else has it open. It verifies the backup *before* anything is replaced, copies it
  into a temporary file in the database's folder, verifies that copy, keeps the current database
  (with its key reference) as ``PATH.before-restore-<timestamp>`` and renames the copy into
  place. A bad backup never overwrites a good database.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
from pathlib import Path
from typing import Any, Protocol

from lbp_desktop.security.private_file import fsync_dir
from lbp_desktop.storage.backup_verify import DamagedError, check_file_path, verify
from lbp_desktop.storage.connection import DatabaseError, create_private, raw_connect, translate
from lbp_desktop.storage.errors import StorageError
from lbp_desktop.storage.lock import DatabaseLock


class OpenStore(Protocol):
    """What backup needs of an open store (no import of the store: the store imports this)."""

    db: Any
    path: Path
    plaintext: bool

    @property
    def key(self) -> bytes | None: ...

    def audit(self, action: str, entity: str, entity_id: str | None = None, *,
              patient_id: str | None = None, detail: str = "") -> None: ...

    def close(self) -> None: ...


def _remove_db_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            path.with_name(path.name + suffix).unlink()


def _copy(source_conn: Any, target: Path, key: bytes | None, plaintext: bool,
          source_name: Path | str) -> None:
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
        error = translate(exc, target, doing="writing the copy")
        if "damaged" in str(error):  # the page that could not be read is the source's
            raise StorageError(f"{source_name}: the database itself is damaged (a page could "
                               "not be read); no copy was written — restore the last good "
                               "backup") from None
        raise error from None
    finally:
        dest.close()


def backup_store(store: OpenStore, destination: Path | str) -> Path:
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
        _copy(store.db.conn, tmp, store.key, store.plaintext, store.path)
        _verify_copy(store.path, tmp, store.key, store.plaintext)
        os.replace(tmp, destination)
        fsync_dir(folder)
    except BaseException:
        _remove_db_files(tmp)
        raise
    from lbp_desktop.security import keys

    with contextlib.suppress(OSError):  # the backup's key is filed under the same id
        keys.new_db_id(destination, keys.db_id(store.path))
    store.audit("export", "database", None, detail=f"backup to {destination.name}")
    return destination


def _verify_copy(source: Path, tmp: Path, key: bytes | None, plaintext: bool) -> None:
    """A copy that fails its check means the *database* is damaged: say so, not "backup"."""
    try:
        verify(tmp, key, plaintext=plaintext)
    except DamagedError as exc:
        raise StorageError(f"{source}: the database itself is damaged ({exc.reason}); no backup "
                           "was written — restore the last good backup") from None


def restore_file(db_path: Path | str, backup: Path | str, key: bytes | None, *,
                 plaintext: bool = False) -> Path | None:
    """Replace the database at ``db_path`` with ``backup`` (verified first).

    Refused (``DatabaseInUseError``, nothing changed) while any other process or ``Store`` has the
    database open: what they write after the swap would go into the replaced file and be lost.
    Returns where the previous database was kept (``PATH.before-restore-<timestamp>``, with its
    key reference beside it so it opens like the database did), or ``None`` if there was none.
    """
    db_path = Path(db_path)
    backup = Path(backup)
    check_file_path(backup)
    if db_path.is_dir():
        raise StorageError(f"{db_path}: is a folder, not a database file — name the database "
                           "to replace; nothing was restored")
    folder = db_path.parent if str(db_path.parent) else Path(".")
    if not folder.is_dir():
        raise StorageError(f"{folder}: no such folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StorageError(f"{folder}: the folder is read-only; nothing was restored")
    with DatabaseLock.exclusive(db_path, "restore"):
        verify(backup, key, plaintext=plaintext)  # a bad backup stops here: nothing touched
        return _replace(db_path, backup, folder, key, plaintext)


def _replace(db_path: Path, backup: Path, folder: Path, key: bytes | None,
             plaintext: bool) -> Path | None:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    tmp = db_path.with_name(f".{db_path.name}.restore-{os.getpid()}-{stamp}")
    kept: Path | None = None
    try:
        source = raw_connect(backup, key, plaintext=plaintext)
        try:
            _copy(source, tmp, key, plaintext, backup)
        finally:
            source.close()
        verify(tmp, key, plaintext=plaintext)
        if db_path.exists():
            kept = _keep_current(db_path, stamp, key, plaintext)
        os.replace(tmp, db_path)
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(OSError):
                db_path.with_name(db_path.name + suffix).unlink()
        fsync_dir(folder)
    except BaseException:
        _remove_db_files(tmp)
        raise
    return kept


def _keep_current(db_path: Path, stamp: str, key: bytes | None, plaintext: bool) -> Path:
    """Copy the current database aside, with its key reference, before it is replaced."""
    kept = db_path.with_name(f"{db_path.name}.before-restore-{stamp}")
    n = 1
    while kept.exists():
        kept = db_path.with_name(f"{db_path.name}.before-restore-{stamp}-{n}")
        n += 1
    _checkpoint_and_copy(db_path, kept, key, plaintext)
    if not plaintext:
        from lbp_desktop.security import keys

        try:  # the same id, so the key store gives the kept copy the database's key
            keys.new_db_id(kept, keys.db_id(db_path))
        except OSError as exc:
            _remove_db_files(kept)
            raise StorageError(f"{kept}: cannot write its key reference: "
                               f"{exc.strerror or exc}; nothing was restored") from None
    return kept


def restore_path(db_path: Path | str, backup: Path | str, *, key_file: Path | str | None = None,
                 plaintext: bool = False) -> Path | None:
    """``restore`` as the CLI runs it: find the key, restore, and file the key reference.

    Restoring over an existing database uses that database's key (the backup must have been made
    with it); restoring to a new place uses the backup's own key and adopts its key reference.
    """
    db_path = Path(db_path)
    backup = Path(backup)
    check_file_path(backup)
    if plaintext:
        return restore_file(db_path, backup, None, plaintext=True)
    from lbp_desktop.security import keys

    if db_path.exists() or keys.sidecar_path(db_path).exists():
        key = keys.find_key(db_path, key_file=key_file)
    else:
        key = keys.find_key(backup, key_file=key_file)
    kept = restore_file(db_path, backup, key)
    if not keys.sidecar_path(db_path).exists() and keys.sidecar_path(backup).exists():
        keys.new_db_id(db_path, keys.db_id(backup))
    return kept


def restore_store(store: OpenStore, backup: Path | str) -> Path | None:
    """Restore over the database ``store`` has open (the GUI): closes the store first, so the
    app's own connection is not what refuses the restore. The caller reopens afterwards."""
    path, key, plaintext = Path(store.path), store.key, store.plaintext
    store.close()
    return restore_file(path, backup, key, plaintext=plaintext)


def _checkpoint_and_copy(db_path: Path, kept: Path, key: bytes | None, plaintext: bool) -> None:
    """Keep the current database (with anything still in its WAL) as ``kept``."""
    try:
        conn = raw_connect(db_path, key, plaintext=plaintext)
        try:
            _copy(conn, kept, key, plaintext, db_path)
        finally:
            conn.close()
    except StorageError:
        # the current file cannot be read with this key (e.g. it is damaged): keep its bytes
        shutil.copy2(db_path, kept)
        wal = db_path.with_name(db_path.name + "-wal")
        if wal.exists():
            shutil.copy2(wal, kept.with_name(kept.name + "-wal"))
