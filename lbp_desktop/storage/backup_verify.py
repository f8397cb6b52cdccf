"""Is this file a whole, readable lbp-desktop database? The check every backup and restore runs.

A backup is only called a backup after its copy passed: it opens with the key, it is an
lbp-desktop database of a schema this app knows, SQLite's full ``integrity_check`` is ok, and every
stored letter's PDF still matches the SHA-256 recorded when it was made (an approved letter is the
legal record sent to the GP: a copy whose letter bytes changed is not a backup of it).

Kept apart from ``backup`` so the check has no dependency on the store and the store none on it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from lbp_desktop.storage.connection import DatabaseError, raw_connect, translate
from lbp_desktop.storage.errors import StorageError


class DamagedError(StorageError):
    """The file opened but its content is damaged; ``reason`` says how, without the file name."""

    def __init__(self, path: Path | str, what: str, reason: str) -> None:
        self.reason = reason
        super().__init__(f"{path}: the {what} is damaged ({reason})")


def check_file_path(path: Path, what: str = "backup") -> None:
    """A clear message for a path that is not a file at all."""
    if path.is_dir():
        raise StorageError(f"{path}: is a folder, not a {what} file — name the file itself")
    if not path.is_file():
        raise StorageError(f"{path}: no such file")


def verify(path: Path | str, key: bytes | None, *, plaintext: bool = False,
           what: str = "backup") -> int:
    """Check a backup (or any database file) without changing it; returns its schema version.

    Raises ``StorageError`` saying what is wrong (missing, a folder, wrong key, damaged, not ours,
    newer, a letter whose bytes no longer match its hash).
    """
    path = Path(path)
    check_file_path(path, what)
    conn = raw_connect(path, key, plaintext=plaintext)
    try:
        _check_database(conn, path, what)
        try:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
            version = int(conn.execute(
                "SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0])
        except DatabaseError as exc:
            raise _damaged(path, what, exc) from None
        if not rows or rows[0][0] != "ok":
            raise DamagedError(path, what, f"integrity check: {_first_problem(rows)}")
        check_letters(conn, path, what)
        return version
    finally:
        conn.close()


def _first_problem(rows: list[Any]) -> str:
    """SQLite's integrity report on one line: its first real problem and how many there are."""
    lines = [line for row in rows for line in str(row[0]).splitlines()
             if line.strip() and not line.startswith("***")]
    if not lines:
        return "no answer"
    more = f"; {len(lines) - 1} more problem(s)" if len(lines) > 1 else ""
    return lines[0] + more


def _check_database(conn: Any, path: Path, what: str) -> None:
    from lbp_desktop.storage.integrity import check_lbp_database

    try:
        check_lbp_database(conn, path)
    except StorageError as exc:
        if "damaged" in str(exc):
            raise StorageError(f"{path}: the {what} file is damaged (truncated or corrupt); "
                               f"use another {what}") from None
        raise


def _damaged(path: Path, what: str, exc: BaseException) -> StorageError:
    translated = translate(exc, path)
    if "damaged" in str(translated):
        return StorageError(f"{path}: the {what} file is damaged (truncated or corrupt); "
                            f"use another {what}")
    return translated


def check_letters(conn: Any, path: Path | str, what: str = "backup") -> None:
    """Every stored letter's PDF must match its recorded SHA-256."""
    try:
        cursor = conn.execute("SELECT id, status, sha256, pdf FROM letter"
                              " WHERE sha256 IS NOT NULL")
        for letter_id, status, sha256, pdf in cursor:
            if hashlib.sha256(bytes(pdf or b"")).hexdigest() != sha256:
                raise DamagedError(path, what, f"the {status} letter {letter_id} no longer "
                                   "matches its recorded SHA-256")
    except DatabaseError as exc:
        raise _damaged(Path(path), what, exc) from None
