"""Storage for MedCom messaging: GP addresses, outbox/inbox folders, sent messages and their state.

Kept beside ``Store`` (functions taking the open store) so the messaging tables have one owner;
they use the store's transaction, clock, id and audit helpers like every other write.

Message states: ``sent`` (in the outbox, no Acknowledgement yet), ``acknowledged`` (``ok``),
``transient`` (``transient-error``: may be sent again unchanged in a new envelope), ``failed``
(``fatal-error``: only a new message can follow). The database refuses a second live (not
failed) message for the same letter version (unique index), so a letter is never sent twice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from lbp_desktop.storage.errors import StorageError

if TYPE_CHECKING:
    from lbp_desktop.storage.store import Store

MessageStatus = Literal["sent", "acknowledged", "transient", "failed"]
_ACK_STATUS: dict[str, MessageStatus] = {"ok": "acknowledged", "transient-error": "transient",
                                         "fatal-error": "failed"}


@dataclass(frozen=True)
class GpAddress:
    """The referring GP clinic's MedCom address ("" = not known yet)."""

    sor: str = ""
    ean: str = ""

    @property
    def complete(self) -> bool:
        return bool(self.sor and self.ean)


@dataclass(frozen=True)
class Folders:
    outbox: str = ""
    inbox: str = ""


@dataclass(frozen=True)
class MedcomMessage:
    id: str
    """The MessageHeader id (what an Acknowledgement names)."""
    letter_id: str
    episode_id: str
    bundle_id: str
    envelope_id: str
    status: MessageStatus
    error: str
    previous_id: str | None
    receiver_name: str
    receiver_sor: str
    receiver_ean: str
    file: str
    sent_at: str
    answered_at: str | None


def gp_address(store: Store, episode_id: str) -> GpAddress:
    row = store._one("SELECT sor, ean FROM gp_address WHERE episode_id = ?", [episode_id])
    return GpAddress(row["sor"], row["ean"]) if row else GpAddress()


def set_gp_address(store: Store, episode_id: str, sor: str, ean: str) -> GpAddress:
    """Store already-checked values (``identifiers.normalize_*``); audited."""
    erow = store._get("episode", episode_id, "episode")
    now = store._now()
    with store._tx("saving the GP's address"):
        store.db.execute(
            "INSERT INTO gp_address (episode_id, sor, ean, updated_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(episode_id) DO UPDATE SET sor = excluded.sor, ean = excluded.ean,"
            " updated_at = excluded.updated_at", [episode_id, sor, ean, now])
        store.audit("update", "episode", episode_id, patient_id=erow["patient_id"],
                    detail="gp_address")
    return GpAddress(sor, ean)


def folders(store: Store) -> Folders:
    row = store._one("SELECT medcom_outbox, medcom_inbox FROM clinic ORDER BY created_at LIMIT 1")
    return Folders(row["medcom_outbox"], row["medcom_inbox"]) if row else Folders()


def set_folders(store: Store, outbox: str, inbox: str) -> Folders:
    clinic = store.clinic()
    if clinic is None:
        raise StorageError("set up the clinic first")
    with store._tx("saving the MedCom folders"):
        store.db.execute("UPDATE clinic SET medcom_outbox = ?, medcom_inbox = ?, updated_at = ?"
                         " WHERE id = ?", [outbox, inbox, store._now(), clinic.id])
        store.audit("update", "clinic", clinic.id, detail="medcom folders")
    return Folders(outbox, inbox)


_COLUMNS = ("id, letter_id, episode_id, bundle_id, envelope_id, status, error, previous_id,"
            " receiver_name, receiver_sor, receiver_ean, file, sent_at, answered_at")


def _message(row: dict[str, Any]) -> MedcomMessage:
    return MedcomMessage(**{k: row[k] for k in MedcomMessage.__dataclass_fields__})


def messages_for_episode(store: Store, episode_id: str) -> list[MedcomMessage]:
    """Oldest first."""
    return [_message(r) for r in store._all(
        f"SELECT {_COLUMNS} FROM medcom_message WHERE episode_id = ? ORDER BY sent_at, rowid",
        [episode_id])]


def messages_for_letter(store: Store, letter_id: str) -> list[MedcomMessage]:
    return [_message(r) for r in store._all(
        f"SELECT {_COLUMNS} FROM medcom_message WHERE letter_id = ? ORDER BY sent_at, rowid",
        [letter_id])]


def latest_states(store: Store, episode_ids: list[str]) -> dict[str, str]:
    """``{episode_id: status}`` of each episode's newest message (one query per worklist page)."""
    if not episode_ids:
        return {}
    marks = ",".join("?" for _ in episode_ids)
    rows = store._all(
        f"SELECT episode_id, status FROM medcom_message m WHERE episode_id IN ({marks})"
        " AND rowid = (SELECT rowid FROM medcom_message n WHERE n.episode_id = m.episode_id"
        " ORDER BY sent_at DESC, rowid DESC LIMIT 1)", list(episode_ids))
    return {r["episode_id"]: r["status"] for r in rows}


def message(store: Store, message_id: str) -> MedcomMessage | None:
    row = store._one(f"SELECT {_COLUMNS} FROM medcom_message WHERE id = ?", [message_id])
    return _message(row) if row else None


def message_bytes(store: Store, message_id: str) -> bytes:
    row = store._one("SELECT message FROM medcom_message WHERE id = ?", [message_id])
    if row is None:
        raise StorageError(f"no MedCom message with id {message_id}")
    return bytes(row["message"])


def record_sent(store: Store, msg: MedcomMessage, data: bytes,
                deliver: Callable[[], str]) -> MedcomMessage:
    """Record a new message and deliver it in one transaction: if ``deliver()`` (writing the
    outbox file, returning its path) fails, nothing is recorded; if a live message for the letter
    exists already, nothing is delivered."""
    lrow = store._get("letter", msg.letter_id, "letter")
    now = store._now()
    with store._tx("recording the MedCom message"):
        if store._one("SELECT id FROM medcom_message WHERE letter_id = ? AND status != 'failed'",
                      [msg.letter_id]):
            raise StorageError("this letter version has already been sent")
        store.db.execute(
            "INSERT INTO medcom_message (id, letter_id, episode_id, bundle_id, envelope_id,"
            " status, error, previous_id, receiver_name, receiver_sor, receiver_ean, file,"
            " message, sent_at, answered_at, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, 'sent', '', ?, ?, ?, ?, '', ?, ?, NULL, ?, ?)",
            [msg.id, msg.letter_id, lrow["episode_id"], msg.bundle_id, msg.envelope_id,
             msg.previous_id, msg.receiver_name, msg.receiver_sor, msg.receiver_ean, data,
             msg.sent_at, now, now])
        path = deliver()
        store.db.execute("UPDATE medcom_message SET file = ? WHERE id = ?", [path, msg.id])
        _audit(store, msg.id, lrow["episode_id"], f"sent letter {msg.letter_id} to "
                                                  f"{msg.receiver_ean}")
    found = message(store, msg.id)
    assert found is not None
    return found


def record_resent(store: Store, message_id: str, envelope_id: str,
                  deliver: Callable[[], str]) -> MedcomMessage:
    """A message that had a transient error, delivered again unchanged in a new envelope."""
    current = message(store, message_id)
    if current is None or current.status != "transient":
        raise StorageError("only a message with a transient error can be sent again unchanged")
    with store._tx("recording the MedCom message"):
        path = deliver()
        store.db.execute("UPDATE medcom_message SET status = 'sent', error = '', envelope_id = ?,"
                         " file = ?, answered_at = NULL, updated_at = ? WHERE id = ?",
                         [envelope_id, path, store._now(), message_id])
        _audit(store, message_id, current.episode_id, f"resent in envelope {envelope_id}")
    found = message(store, message_id)
    assert found is not None
    return found


def record_acknowledgement(store: Store, message_id: str, code: str, error: str = ""
                           ) -> MedcomMessage | None:
    """Apply an Acknowledgement; ``None`` if the message is not ours. Reading the same
    Acknowledgement twice changes (and audits) nothing the second time."""
    current = message(store, message_id)
    if current is None:
        return None
    status = _ACK_STATUS.get(code)
    if status is None:
        raise StorageError(f"unknown acknowledgement code {code!r}")
    if current.status == status and current.error == error:
        return current
    if current.status in ("acknowledged", "failed"):
        return current  # a final answer stays; MedCom never sends ok after fatal or back
    with store._tx("recording the acknowledgement"):
        store.db.execute("UPDATE medcom_message SET status = ?, error = ?, answered_at = ?,"
                         " updated_at = ? WHERE id = ?",
                         [status, error, store._now(), store._now(), message_id])
        _audit(store, message_id, current.episode_id,
               f"acknowledgement {code}" + (f": {error}" if error else ""))
    return message(store, message_id)


def _audit(store: Store, message_id: str, episode_id: str, detail: str) -> None:
    erow = store._one("SELECT patient_id FROM episode WHERE id = ?", [episode_id])
    store.audit("medcom", "medcom_message", message_id,
                patient_id=erow["patient_id"] if erow else None, detail=detail[:500])


__all__ = ["Folders", "GpAddress", "MedcomMessage", "MessageStatus", "folders", "gp_address",
           "latest_states", "message", "message_bytes", "messages_for_episode",
           "messages_for_letter", "record_acknowledgement", "record_resent", "record_sent",
           "set_folders", "set_gp_address"]
