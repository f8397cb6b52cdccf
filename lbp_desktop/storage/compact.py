"""How answers and scores are written compactly, and read back exactly.

A clinic keeps every tap for years (a changed answer is a new row), so the bytes of one answer row
are multiplied by tens of millions. Three of its columns have a compact stored form:

- **timestamps** (``at``): the app's own stamps (``utc_now``: UTC, ISO 8601 with microseconds)
  are stored as integer microseconds since 1970 (8 bytes instead of 32 characters). A stamp that
  would not come back as the same text (an older database's date-only value, another offset) is
  kept as its text, so reading gives back exactly what was written.
- **idempotency keys** (``key``): a retried delivery of the same tap carries the same key; only a
  64-bit BLAKE2b digest is kept. Keys are compared within one response only (a few hundred keys),
  where two different keys sharing a digest has a chance of about 1 in 10^14.
- **values**: an answer is an int code or a text, stored as that SQLite type (no JSON).

A score's result is JSON with sorted keys; where zlib makes it shorter (most results: their keys
and item ids repeat) it is stored deflated as a blob, with zlib's checksum (``stored_result``,
``result_from_stored``).

``register(conn)`` adds these as SQL functions for the migration that rewrites older tables.
"""

from __future__ import annotations

import datetime as dt
import json
import zlib
from typing import Any

_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def micros(text: str) -> int | None:
    """Microseconds since 1970 of an ISO 8601 time with an offset (None if it is not one)."""
    try:
        moment = dt.datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        return None
    delta = moment - _EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def stored_stamp(text: str) -> int | str:
    """The stored form of a timestamp: microseconds if that reads back as ``text``, else text."""
    number = micros(text)
    return number if number is not None and stamp_text(number) == text else text


def stamp_text(stored: int | str) -> str:
    """A stored timestamp as the ISO 8601 text it was written as."""
    if isinstance(stored, str):
        return stored
    moment = _EPOCH + dt.timedelta(microseconds=stored)
    return moment.isoformat(timespec="microseconds")


def key_digest(key: str | None) -> int | None:
    """The stored form of an idempotency key (a signed 64-bit integer), or None."""
    if key is None:
        return None
    import hashlib  # here, not at the top: its import loads OpenSSL, which opening a store need not

    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def _value_from_json(text: str | None) -> Any:
    """An older database's JSON-encoded answer value, as the value itself."""
    if text is None:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return text
    if isinstance(value, bool) or not isinstance(value, int | str):
        return text  # not something the app writes; kept verbatim rather than guessed at
    return value


def compact_json(value: Any) -> str:
    """JSON for a stored score: sorted keys, Danish letters as they are, no spaces."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def stored_result(result: Any) -> str | bytes:
    """The stored form of a score's result: its JSON, deflated when that is shorter."""
    text = compact_json(result)
    raw = text.encode("utf-8")
    packed = zlib.compress(raw, 9)
    return packed if len(packed) < len(raw) else text


def result_from_stored(stored: str | bytes) -> Any:
    """A stored score's result (JSON text, or deflated JSON as a blob)."""
    if isinstance(stored, bytes | bytearray | memoryview):
        return json.loads(zlib.decompress(bytes(stored)).decode("utf-8"))
    return json.loads(stored)


def register(conn: Any) -> None:
    """Make the conversions available to SQL (used by the migration to the compact tables)."""
    conn.create_function("lbp_stamp", 1, stored_stamp, deterministic=True)
    conn.create_function("lbp_key", 1, key_digest, deterministic=True)
    conn.create_function("lbp_value", 1, _value_from_json, deterministic=True)
