"""Checks a database file before it is opened or restored: it is an lbp-desktop database, of a
schema this app knows, and not damaged. Read-only: nothing is written to a file that fails."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lbp_desktop.storage import schema
from lbp_desktop.storage.connection import DatabaseError, translate
from lbp_desktop.storage.errors import NewerSchemaError, StorageError


def check_lbp_database(conn: Any, path: Path | str) -> None:
    """Refuse (read-only, nothing written) a file that is not a readable lbp-desktop database of
    a schema this app knows; check it is not damaged."""
    try:
        tables = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}
    except DatabaseError as exc:
        raise translate(exc, path) from None
    if "meta" not in tables:
        raise StorageError(f"{path}: wrong key or not an lbp-desktop database")
    try:
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        applied = schema.applied_names(conn)
    except DatabaseError as exc:
        raise translate(exc, path) from None
    if meta.get("app") != schema.APP_ID:
        raise StorageError(f"{path}: wrong key or not an lbp-desktop database")
    _check_schema(meta, applied, path)
    if _needs_full_check(conn, path):
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        except DatabaseError as exc:
            raise translate(exc, path) from None
        ok = bool(rows) and rows[0][0] == "ok"
    else:
        ok = not _shorter_than_its_pages(conn, path)
    if not ok:
        raise StorageError(f"{path}: the database file is damaged (truncated or corrupt); "
                           "restore it from a backup")


def _check_schema(meta: dict[str, Any], applied: list[str], path: Path | str) -> None:
    """A schema this app can open, or a message that says what is really wrong."""
    raw = meta.get("schema_version", "0")
    try:
        version = int(raw)
    except (TypeError, ValueError):
        raise StorageError(f"{path}: its schema version {str(raw)[:40]!r} is not a number — the "
                           "file is damaged or was not written by lbp-desktop; it was left "
                           "untouched") from None
    writer = meta.get("app_version", "a newer version")
    unknown = [name for name in applied if name not in schema.KNOWN_MIGRATIONS]
    if unknown:
        raise NewerSchemaError(
            f"{path}: this database has schema changes this app does not know "
            f"({', '.join(unknown[:3])}), made by lbp-desktop {writer}; it was left untouched — "
            "open it with that version or a newer one")
    if version > schema.SCHEMA_VERSION:
        raise NewerSchemaError(
            f"{path}: this database was written by a newer lbp-desktop ({writer}, schema "
            f"{version}; this app knows schema {schema.SCHEMA_VERSION}); it was left untouched — "
            "update lbp-desktop to open it")


def _needs_full_check(conn: Any, path: Path | str) -> bool:
    """A full ``quick_check`` reads every page: seconds to minutes on a ten-year clinic database,
    so opening runs it only when the last session did not end cleanly (a non-empty WAL is left) or
    the file is small. Otherwise a truncated file is caught by its size, and a damaged page by
    SQLCipher's per-page HMAC the moment it is read (a clear ``StorageError`` then); backups and
    restores run the full ``integrity_check``."""
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return True
    return Path(path).stat().st_size <= FULL_CHECK_MAX_BYTES


FULL_CHECK_MAX_BYTES = 8 * 2**20
"""Files up to this size get a full ``quick_check`` on every open (it takes milliseconds)."""


def _shorter_than_its_pages(conn: Any, path: Path | str) -> bool:
    try:
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        page_count = int(conn.execute("PRAGMA page_count").fetchone()[0])
    except DatabaseError as exc:
        raise translate(exc, path) from None
    return Path(path).stat().st_size < page_size * page_count
