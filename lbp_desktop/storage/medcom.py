"""Storage for MedCom messaging: GP addresses, outbox/inbox folders, sent messages and their state.

One part of the ``Store`` facade (``MedcomStore``), like the other kinds of record: it uses the
store's transaction, clock and audit helpers like every other write.

Message states: ``sent`` (in the outbox, no Acknowledgement yet), ``acknowledged`` (``ok``),
``transient`` (``transient-error``: may be sent again unchanged in a new envelope), ``failed``
(``fatal-error``: only a new message can follow). The database refuses a second live (not
failed) message for the same letter version (unique index), so a letter is never sent twice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from lbp_desktop.storage.audit import AuditStore
from lbp_desktop.storage.errors import StorageError

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


_COLUMNS = ("id, letter_id, episode_id, bundle_id, envelope_id, status, error, previous_id,"
            " receiver_name, receiver_sor, receiver_ean, file, sent_at, answered_at")


class MedcomStore(AuditStore):
    """GP addresses, the MedCom folders, and the messages sent with their Acknowledgement state."""

    def gp_address(self, episode_id: str) -> GpAddress:
        row = self._one("SELECT sor, ean FROM gp_address WHERE episode_id = ?", [episode_id])
        return GpAddress(row["sor"], row["ean"]) if row else GpAddress()

    def set_gp_address(self, episode_id: str, sor: str, ean: str) -> GpAddress:
        """Store already-checked values (``identifiers.normalize_*``); audited."""
        erow = self._get("episode", episode_id, "episode")
        now = self.now()
        with self.transaction("saving the GP's address"):
            self.db.execute(
                "INSERT INTO gp_address (episode_id, sor, ean, updated_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT(episode_id) DO UPDATE SET sor = excluded.sor, ean = excluded.ean,"
                " updated_at = excluded.updated_at", [episode_id, sor, ean, now])
            self.audit("update", "episode", episode_id, patient_id=erow["patient_id"],
                       detail="gp_address")
        return GpAddress(sor, ean)

    def medcom_folders(self) -> Folders:
        row = self._one("SELECT medcom_outbox, medcom_inbox FROM clinic"
                        " ORDER BY created_at LIMIT 1")
        return Folders(row["medcom_outbox"], row["medcom_inbox"]) if row else Folders()

    def set_medcom_folders(self, outbox: str, inbox: str) -> Folders:
        clinic = self._one("SELECT id FROM clinic ORDER BY created_at LIMIT 1")
        if clinic is None:
            raise StorageError("set up the clinic first")
        with self.transaction("saving the MedCom folders"):
            self.db.execute("UPDATE clinic SET medcom_outbox = ?, medcom_inbox = ?,"
                            " updated_at = ? WHERE id = ?",
                            [outbox, inbox, self.now(), clinic["id"]])
            self.audit("update", "clinic", clinic["id"], detail="medcom folders")
        return Folders(outbox, inbox)

    @staticmethod
    def _medcom_message(row: dict[str, Any]) -> MedcomMessage:
        return MedcomMessage(**{k: row[k] for k in MedcomMessage.__dataclass_fields__})

    def medcom_messages_for_episode(self, episode_id: str) -> list[MedcomMessage]:
        """Oldest first."""
        return [self._medcom_message(r) for r in self._all(
            f"SELECT {_COLUMNS} FROM medcom_message WHERE episode_id = ? ORDER BY sent_at, rowid",
            [episode_id])]

    def medcom_messages_for_letter(self, letter_id: str) -> list[MedcomMessage]:
        return [self._medcom_message(r) for r in self._all(
            f"SELECT {_COLUMNS} FROM medcom_message WHERE letter_id = ? ORDER BY sent_at, rowid",
            [letter_id])]

    def medcom_latest_states(self, episode_ids: list[str]) -> dict[str, str]:
        """``{episode_id: status}`` of each episode's newest message (one query per page)."""
        if not episode_ids:
            return {}
        marks = ",".join("?" for _ in episode_ids)
        rows = self._all(
            f"SELECT episode_id, status FROM medcom_message m WHERE episode_id IN ({marks})"
            " AND rowid = (SELECT rowid FROM medcom_message n WHERE n.episode_id = m.episode_id"
            " ORDER BY sent_at DESC, rowid DESC LIMIT 1)", list(episode_ids))
        return {r["episode_id"]: r["status"] for r in rows}

    def medcom_message(self, message_id: str) -> MedcomMessage | None:
        row = self._one(f"SELECT {_COLUMNS} FROM medcom_message WHERE id = ?", [message_id])
        return self._medcom_message(row) if row else None

    def medcom_message_bytes(self, message_id: str) -> bytes:
        row = self._one("SELECT message FROM medcom_message WHERE id = ?", [message_id])
        if row is None:
            raise StorageError(f"no MedCom message with id {message_id}")
        return bytes(row["message"])

    def record_medcom_sent(self, msg: MedcomMessage, data: bytes,
                           deliver: Callable[[], str]) -> MedcomMessage:
        """Record a new message and deliver it in one transaction: if ``deliver()`` (writing the
        outbox file, returning its path) fails, nothing is recorded; if a live message for the
        letter exists already, nothing is delivered."""
        lrow = self._get("letter", msg.letter_id, "letter")
        now = self.now()
        with self.transaction("recording the MedCom message"):
            if self._one("SELECT id FROM medcom_message WHERE letter_id = ?"
                         " AND status != 'failed'", [msg.letter_id]):
                raise StorageError("this letter version has already been sent")
            self.db.execute(
                "INSERT INTO medcom_message (id, letter_id, episode_id, bundle_id, envelope_id,"
                " status, error, previous_id, receiver_name, receiver_sor, receiver_ean, file,"
                " message, sent_at, answered_at, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, 'sent', '', ?, ?, ?, ?, '', ?, ?, NULL, ?, ?)",
                [msg.id, msg.letter_id, lrow["episode_id"], msg.bundle_id, msg.envelope_id,
                 msg.previous_id, msg.receiver_name, msg.receiver_sor, msg.receiver_ean, data,
                 msg.sent_at, now, now])
            path = deliver()
            self.db.execute("UPDATE medcom_message SET file = ? WHERE id = ?", [path, msg.id])
            self._audit_medcom(msg.id, lrow["episode_id"],
                               f"sent letter {msg.letter_id} to {msg.receiver_ean}")
        found = self.medcom_message(msg.id)
        assert found is not None
        return found

    def record_medcom_resent(self, message_id: str, envelope_id: str,
                             deliver: Callable[[], str]) -> MedcomMessage:
        """A message that had a transient error, delivered again unchanged in a new envelope."""
        current = self.medcom_message(message_id)
        if current is None or current.status != "transient":
            raise StorageError("only a message with a transient error can be sent again unchanged")
        with self.transaction("recording the MedCom message"):
            path = deliver()
            self.db.execute("UPDATE medcom_message SET status = 'sent', error = '',"
                            " envelope_id = ?, file = ?, answered_at = NULL, updated_at = ?"
                            " WHERE id = ?", [envelope_id, path, self.now(), message_id])
            self._audit_medcom(message_id, current.episode_id, f"resent in envelope {envelope_id}")
        found = self.medcom_message(message_id)
        assert found is not None
        return found

    def record_medcom_acknowledgement(self, message_id: str, code: str, error: str = ""
                                      ) -> MedcomMessage | None:
        """Apply an Acknowledgement; ``None`` if the message is not ours. Reading the same
        Acknowledgement twice changes (and audits) nothing the second time."""
        current = self.medcom_message(message_id)
        if current is None:
            return None
        status = _ACK_STATUS.get(code)
        if status is None:
            raise StorageError(f"unknown acknowledgement code {code!r}")
        if current.status == status and current.error == error:
            return current
        if current.status in ("acknowledged", "failed"):
            return current  # a final answer stays; MedCom never sends ok after fatal or back
        with self.transaction("recording the acknowledgement"):
            self.db.execute("UPDATE medcom_message SET status = ?, error = ?, answered_at = ?,"
                            " updated_at = ? WHERE id = ?",
                            [status, error, self.now(), self.now(), message_id])
            self._audit_medcom(message_id, current.episode_id,
                               f"acknowledgement {code}" + (f": {error}" if error else ""))
        return self.medcom_message(message_id)

    def _audit_medcom(self, message_id: str, episode_id: str, detail: str) -> None:
        erow = self._one("SELECT patient_id FROM episode WHERE id = ?", [episode_id])
        self.audit("medcom", "medcom_message", message_id,
                   patient_id=erow["patient_id"] if erow else None, detail=detail[:500])


__all__ = ["Folders", "GpAddress", "MedcomMessage", "MedcomStore", "MessageStatus"]
