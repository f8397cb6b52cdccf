"""Paired tablets (the ``device`` table): one-time pairing codes, device tokens, revocation.

Functions take an open ``Store`` and use its database and ``transaction()``, so they run in
whatever thread owns that store.

- A **pairing code** (8 digits, valid a few minutes) is a ``device`` row that is not paired yet:
  ``paired_at`` is NULL and ``token_hash`` is ``code$<expires epoch>$<salt hex>$<sha256 hex>``
  (salted hash of the code; the code itself is never stored).
- **Claiming** the code turns that row into the device: ``name``, ``paired_at`` and
  ``token_hash = tok$<sha256 hex of the token>``. The token (32 random bytes, URL-safe base64) is
  returned once and only its hash is kept. A code works once.
- A **revoked** device keeps its row (``revoked_at`` set) for the audit trail; its token stops
  working at once.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lbp_desktop.storage.errors import StorageError

if TYPE_CHECKING:  # pragma: no cover
    from lbp_desktop.storage.store import Store

CODE_DIGITS = 8
CODE_TTL_SECONDS = 300
_PENDING_NAME = "(pairing code)"


@dataclass(frozen=True)
class Device:
    id: str
    name: str
    paired_at: str | None
    last_seen_at: str | None
    revoked_at: str | None
    created_at: str

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None


@dataclass(frozen=True)
class PairingCode:
    code: str
    """The digits to give the tablet (shown once, never stored)."""
    expires_at: float
    """Unix time after which the code no longer works."""


def _device(row: dict) -> Device:
    return Device(id=row["id"], name=row["name"], paired_at=row["paired_at"],
                  last_seen_at=row["last_seen_at"], revoked_at=row["revoked_at"],
                  created_at=row["created_at"])


def token_hash(token: str) -> str:
    return "tok$" + hashlib.sha256(token.encode("utf-8")).hexdigest()


def _code_hash(code: str, salt: bytes) -> str:
    return hashlib.sha256(salt + code.encode("ascii")).hexdigest()


def delete_expired_codes(store: Store, *, now: float | None = None) -> int:
    now = time.time() if now is None else now
    stale = []
    for row in store.db.query("SELECT id, token_hash FROM device WHERE paired_at IS NULL"):
        parts = (row["token_hash"] or "").split("$")
        if len(parts) != 4 or parts[0] != "code" or float(parts[1]) <= now:
            stale.append(row["id"])
    if stale:
        with store.transaction("removing expired pairing codes"):
            for device_id in stale:
                store.db.execute("DELETE FROM device WHERE id = ? AND paired_at IS NULL",
                                 [device_id])
    return len(stale)


def void_pairing_codes(store: Store) -> None:
    """Make every outstanding pairing code useless (after too many wrong guesses)."""
    with store.transaction("voiding pairing codes"):
        store.db.execute("DELETE FROM device WHERE paired_at IS NULL")


def create_pairing_code(store: Store, *, ttl_seconds: float = CODE_TTL_SECONDS,
                        digits: int = CODE_DIGITS) -> PairingCode:
    """A fresh one-time code, stored hashed with its expiry; audited."""
    delete_expired_codes(store)
    code = "".join(secrets.choice("0123456789") for _ in range(digits))
    salt = secrets.token_bytes(16)
    expires = time.time() + ttl_seconds
    now = store.now()
    row_id = store.new_id()
    with store.transaction("starting pairing"):
        store.db.execute(
            "INSERT INTO device (id, name, token_hash, paired_at, revoked_at, last_seen_at,"
            " created_at, updated_at) VALUES (?, ?, ?, NULL, NULL, NULL, ?, ?)",
            [row_id, _PENDING_NAME, f"code${expires:.3f}${salt.hex()}${_code_hash(code, salt)}",
             now, now])
        store.audit("pairing_started", "device", row_id,
                    detail=f"one-time code valid {int(ttl_seconds)} s")
    return PairingCode(code=code, expires_at=expires)


def claim_pairing_code(store: Store, code: str, name: str, *, now: float | None = None
                       ) -> tuple[Device, str] | None:
    """``(device, token)`` if ``code`` is an unexpired, unused pairing code; else ``None``."""
    now = time.time() if now is None else now
    code = "".join(ch for ch in str(code) if not ch.isspace())
    if not code.isdigit():
        return None
    match = None
    for row in store.db.query("SELECT id, token_hash FROM device WHERE paired_at IS NULL"):
        parts = (row["token_hash"] or "").split("$")
        if len(parts) != 4 or parts[0] != "code" or float(parts[1]) <= now:
            continue
        if hmac.compare_digest(_code_hash(code, bytes.fromhex(parts[2])), parts[3]):
            match = row["id"]
            break
    if match is None:
        return None
    token = base64.urlsafe_b64encode(secrets.token_bytes(32)).decode("ascii").rstrip("=")
    name = (name or "").strip()[:80] or "tablet"
    stamp = store.now()
    with store.transaction("pairing the tablet"):
        cursor = store.db.execute(
            "UPDATE device SET name = ?, token_hash = ?, paired_at = ?, last_seen_at = ?,"
            " updated_at = ? WHERE id = ? AND paired_at IS NULL",
            [name, token_hash(token), stamp, stamp, stamp, match])
        if cursor.rowcount != 1:  # pragma: no cover - claimed by a racing request
            return None
    return device(store, match), token


def device(store: Store, device_id: str) -> Device:
    rows = list(store.db.query("SELECT * FROM device WHERE id = ?", [device_id]))
    if not rows:
        raise StorageError(f"no device with id {device_id}")
    return _device(rows[0])


def device_for_token(store: Store, token: str) -> Device | None:
    """The device holding ``token`` (revoked ones too: the caller refuses them)."""
    if not token:
        return None
    rows = list(store.db.query(
        "SELECT * FROM device WHERE token_hash = ? AND paired_at IS NOT NULL",
        [token_hash(token)]))
    return _device(rows[0]) if rows else None


def touch(store: Store, device_id: str) -> None:
    stamp = store.now()
    with store.transaction("noting the tablet"):
        store.db.execute("UPDATE device SET last_seen_at = ? WHERE id = ?", [stamp, device_id])


def devices(store: Store, *, include_revoked: bool = True) -> list[Device]:
    sql = "SELECT * FROM device WHERE paired_at IS NOT NULL"
    if not include_revoked:
        sql += " AND revoked_at IS NULL"
    return [_device(r) for r in store.db.query(sql + " ORDER BY paired_at, rowid")]


def find_device(store: Store, ref: str) -> Device:
    """A paired device by id, id prefix (≥ 4 characters) or exact name."""
    ref = ref.strip()
    found = [d for d in devices(store)
             if d.id == ref or d.name == ref or (len(ref) >= 4 and d.id.startswith(ref))]
    if not found:
        raise StorageError(f"no paired device {ref!r} (see `lbp-desktop devices`)")
    if len(found) > 1:
        raise StorageError(f"{ref!r} names more than one device; give its id")
    return found[0]


def revoke(store: Store, device_id: str) -> Device:
    """Revoke a device: its token is refused from the next request on."""
    current = device(store, device_id)
    if current.revoked:
        return current
    stamp = store.now()
    with store.transaction("revoking the tablet"):
        store.db.execute("UPDATE device SET revoked_at = ?, updated_at = ? WHERE id = ?",
                         [stamp, stamp, device_id])
        store.audit("revoke", "device", device_id, detail=f"name={current.name}")
    return device(store, device_id)
