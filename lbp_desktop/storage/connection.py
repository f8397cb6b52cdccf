"""Opening a (SQLCipher-encrypted) SQLite connection and turning its errors into clear messages.

The raw 32-byte key is given as ``PRAGMA key = "x'<hex>'"`` so SQLCipher uses it directly (no
key derivation: the key is already random). Every connection runs in WAL mode with
``synchronous=FULL`` (a committed transaction is fsynced to the WAL before ``commit`` returns, so an
answer the patient saw accepted survives a crash or power loss), foreign keys on and a busy
timeout so the app and a CLI backup can share the file.
"""

from __future__ import annotations

from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from lbp_desktop.storage.errors import DiskFullError, StorageError

BUSY_TIMEOUT_MS = 15000

DatabaseError = sqlcipher.DatabaseError
OperationalError = sqlcipher.OperationalError
IntegrityError = sqlcipher.IntegrityError


def raw_connect(path: Path | str, key: bytes | None, *, plaintext: bool = False,
                check_same_thread: bool = True) -> sqlcipher.Connection:
    """A connection with the key applied (nothing read yet). ``path`` may be ':memory:'."""
    if plaintext:
        if key is not None:
            raise StorageError("a plaintext database takes no key")
    elif key is None or len(key) != 32:
        raise StorageError("an encrypted database needs a 32-byte key (or plaintext=True)")
    try:
        conn = sqlcipher.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000,
                                 check_same_thread=check_same_thread)
    except sqlcipher.Error as exc:
        raise translate(exc, path) from None
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if not plaintext:
            assert key is not None
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    except sqlcipher.Error as exc:
        conn.close()
        raise translate(exc, path) from None
    return conn


def create_private(path: Path | str) -> None:
    """Create an empty database file readable only by this user (SQLite gives its -wal and -shm
    files the same mode). Raises ``FileExistsError`` if ``path`` exists."""
    import os

    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     0o600))


def configure(conn: sqlcipher.Connection, path: Path | str) -> None:
    """WAL, durable commits, foreign keys, busy timeout (run after the schema check)."""
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal" and str(path) != ":memory:":
            raise StorageError(f"{path}: could not switch the database to WAL mode ({mode})")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA recursive_triggers = ON")  # as sqlite-utils sets it
    except sqlcipher.Error as exc:
        raise translate(exc, path) from None


DISK_FULL_BELOW = 4 * 2**20
"""Less free space than this where the database lives: an I/O error is a full disk (SQLite
reports a full disk at open, while it sizes the WAL index, only as a generic I/O error)."""


def _disk_nearly_full(path: Path | str) -> bool:
    import shutil

    folder = Path(path).parent if str(Path(path).parent) else Path(".")
    try:
        return shutil.disk_usage(folder).free < DISK_FULL_BELOW
    except OSError:
        return False


def translate(exc: BaseException, path: Path | str | None = None, *,
              doing: str = "") -> StorageError:
    """A one-line ``StorageError`` for a sqlite/sqlcipher exception."""
    where = f"{path}: " if path else ""
    what = f" while {doing}" if doing else ""
    message = str(exc).lower()
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name == "SQLITE_FULL" or "database or disk is full" in message:
        return DiskFullError(f"{where}the disk is full{what}; nothing was changed — free some "
                             "space and try again")
    if name == "SQLITE_NOTADB" or "file is not a database" in message:
        return StorageError(f"{where}wrong key or not an lbp-desktop database")
    if name in ("SQLITE_CORRUPT",) or "malformed" in message or "corrupt" in message:
        return StorageError(f"{where}the database file is damaged (truncated or corrupt); "
                            "restore it from a backup")
    if name in ("SQLITE_READONLY",) or "readonly" in message or "read-only" in message:
        return StorageError(f"{where}the database or its folder is read-only{what}; "
                            "nothing was changed")
    if name == "SQLITE_CANTOPEN" or "unable to open" in message:
        return StorageError(f"{where}cannot open or create the database file (missing folder "
                            "or no permission to write there)")
    if name == "SQLITE_BUSY" or "locked" in message:
        return StorageError(f"{where}the database is busy (another program holds a lock); "
                            "try again")
    if name.startswith("SQLITE_IOERR") or "disk i/o error" in message:
        if path is not None and _disk_nearly_full(path):
            return DiskFullError(f"{where}the disk is full{what}; nothing was changed — free "
                                 "some space and try again")
        return StorageError(f"{where}disk input/output error{what}; check the disk, nothing "
                            "was changed")
    return StorageError(f"{where}database error{what}: {exc}")
