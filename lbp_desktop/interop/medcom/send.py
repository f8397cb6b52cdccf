"""From an episode to a MedCom CareCommunication: the refusal rules, building, sending, reading
Acknowledgements back. Qt-free; the workspace and the CLI both call these.

Refused (``MedcomRefusal``, a ``UserError`` with a machine ``reason`` and one English line):

- ``acute`` — the episode has an acute red flag that is not handled. MedCom: CareCommunication
  "must not be used for cases with an acute nature" (CareCommunication 5.0, message profile
  description); acute red flags go the acute route (phone, acute referral), never by letter.
- ``no_letter`` — no approved letter to the GP.
- ``no_gp_address`` / ``no_clinic_address`` — SOR id or EAN location number missing or invalid.
- ``already_sent`` — this letter version already has a message that is not failed.
- ``no_outbox`` — sending needs the outbox folder (the CLI writes a file and needs none).

A resend after a ``fatal-error`` is a *new* message (new Bundle, MessageHeader, Communication and
envelope ids) whose Provenance names the failed MessageHeader; a ``transient-error`` message is
sent again unchanged in a new envelope (MedCom reliable messaging, scenario "resending an
unchanged message").
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from lbp_desktop.errors import UserError
from lbp_desktop.interop.medcom import envelope as env
from lbp_desktop.interop.medcom import profiles as P
from lbp_desktop.interop.medcom.ack import read_acknowledgement
from lbp_desktop.interop.medcom.files import inbox_files, mark_processed, write_atomic
from lbp_desktop.interop.medcom.identifiers import IdentifierError, normalize_ean, normalize_sor
from lbp_desktop.interop.medcom.message import (
    Author,
    MessageIds,
    MessageInput,
    Organisation,
    build_message,
)
from lbp_desktop.interop.medcom.serialize import MessageFormatError, to_xml_bytes
from lbp_desktop.storage import medcom as db

if TYPE_CHECKING:
    from lbp_desktop.domain.records import Letter
    from lbp_desktop.storage.store import Store

Reason = Literal["acute", "no_letter", "no_gp_address", "no_clinic_address", "already_sent",
                 "no_outbox"]


class MedcomRefusal(UserError):
    """A message that must not (or cannot yet) be sent; ``reason`` for the GUI's wording."""

    def __init__(self, reason: Reason, message: str) -> None:
        self.reason: Reason = reason
        super().__init__(message)


def local_now() -> str:
    """Now, Danish local time with its UTC offset (MedCom: date, time and time zone)."""
    now = dt.datetime.now(dt.UTC)
    try:
        from zoneinfo import ZoneInfo

        now = now.astimezone(ZoneInfo("Europe/Copenhagen"))
    except Exception:  # no time-zone data on this machine: UTC is still correct
        pass
    return now.isoformat(timespec="seconds")


def _fhir_time(stored: str | None) -> str:
    if not stored:
        return local_now()
    moment = dt.datetime.fromisoformat(stored.replace("Z", "+00:00"))
    try:
        from zoneinfo import ZoneInfo

        moment = moment.astimezone(ZoneInfo("Europe/Copenhagen"))
    except Exception:
        pass
    return moment.isoformat(timespec="seconds")


def acute_flags(store: Store, episode_id: str) -> list[str]:
    """Acute red flags of the episode that are not handled: the triage's acute answers, unless
    the clinician has recorded how the acute flag was handled (``store.record_acute_handling``)
    after the newest acute answer."""
    from lbp_desktop.pathway.summary import summarize

    red_flags = summarize(store, episode_id).red_flags
    handled = getattr(red_flags, "handled", None)
    newest_acute = max((str(a.get("at") or "") for a in red_flags.alerts
                        if a.get("level") == "acute"), default="")
    if handled and str(handled.get("at") or "") >= newest_acute:
        return []  # handled, and no acute answer has come in since
    return list(red_flags.acute)


def latest_gp_letter(store: Store, episode_id: str) -> Letter | None:
    approved = [x for x in store.letters(episode_id)
                if x.recipient == "gp" and x.status == "approved"]
    return max(approved, key=lambda x: x.version) if approved else None


def _org(kind: Literal["gp", "clinic"], name: str, sor: str, ean: str) -> Organisation:
    reason: Reason = "no_gp_address" if kind == "gp" else "no_clinic_address"
    who = "the GP clinic" if kind == "gp" else "the clinic"
    try:
        return Organisation(name=name or who, sor=normalize_sor(sor), ean=normalize_ean(ean))
    except IdentifierError as exc:
        raise MedcomRefusal(reason, f"{who}: {exc} (needed for MedCom)") from None


def receiver(store: Store, episode_id: str) -> Organisation:
    episode = store.episode(episode_id)
    address = store.gp_address(episode_id)
    name = episode.referral.gp_clinic or episode.referral.gp_name
    return _org("gp", name, address.sor, address.ean)


def check_sendable(store: Store, episode_id: str) -> Letter:
    """The letter to send, or ``MedcomRefusal`` (acute first: it is the one that matters)."""
    acute = acute_flags(store, episode_id)
    if acute:
        raise MedcomRefusal("acute", f"episode {episode_id} has an acute red flag "
                                     f"({', '.join(acute)}): use the acute route (phone or acute "
                                     "referral), never a CareCommunication")
    letter = latest_gp_letter(store, episode_id)
    if letter is None:
        raise MedcomRefusal("no_letter", f"episode {episode_id} has no approved GP letter")
    receiver(store, episode_id)
    clinic = store.clinic()
    _org("clinic", clinic.name if clinic else "", clinic.sor if clinic else "",
         clinic.ean if clinic else "")
    return letter


def cover_text(store: Store, episode_id: str, author: Author) -> str:
    episode = store.episode(episode_id)
    patient = store.patient(episode.patient_id)
    clinic = store.clinic()
    ref = episode.referral
    to = ", ".join(p for p in (ref.gp_name, ref.gp_clinic) if p) or "egen læge"
    when = f" af {ref.referral_date}" if ref.referral_date else ""
    sign = ", ".join(p for p in (author.name, author.profession) if p)
    lines = [f"Til {to}.",
             f"Hermed epikrise efter udvidet rygudredning af {patient.name} på jeres "
             f"henvisning{when}. Epikrisen er vedhæftet som PDF.",
             "Med venlig hilsen", sign]
    if clinic:
        lines.append(", ".join(p for p in (clinic.name, f"tlf. {clinic.phone}"
                                                         if clinic.phone else "") if p))
    return "\n".join(lines)


def _author(store: Store, letter: Letter) -> Author:
    user = None
    if letter.approved_by:
        try:
            user = store.user(letter.approved_by)
        except Exception:
            user = None
    if user is None:
        return Author(name="Behandler")
    return Author(name=user.name, profession=user.profession)


def message_input(store: Store, episode_id: str, *, previous_header_id: str | None = None,
                  sent_at: str | None = None, ids: MessageIds | None = None
                  ) -> tuple[Letter, MessageInput]:
    letter = check_sendable(store, episode_id)
    episode = store.episode(episode_id)
    clinic = store.clinic()
    assert clinic is not None  # check_sendable refused otherwise
    author = _author(store, letter)
    data = MessageInput(
        sender=_org("clinic", clinic.name, clinic.sor, clinic.ean),
        receiver=receiver(store, episode_id),
        patient=store.patient(episode.patient_id),
        author=author, contact_phone=clinic.phone or "",
        cover_text=cover_text(store, episode_id, author),
        pdf=store.letter_pdf(letter.id),
        letter_title=f"Epikrise til egen læge, version {letter.version}",
        letter_created=_fhir_time(letter.approved_at or letter.created_at),
        sent_at=sent_at or local_now(),
        ids=ids or MessageIds.new(),
        previous_header_id=previous_header_id)
    return letter, data


def build_for_episode(store: Store, episode_id: str) -> dict[str, Any]:
    """The message for the episode's latest approved GP letter (not recorded, not sent)."""
    _, data = message_input(store, episode_id)
    return build_message(data)


@dataclass(frozen=True)
class Status:
    """What the workspace and ``episodes --json`` show for a letter."""

    state: str
    """``not_sent`` / ``sent`` / ``acknowledged`` / ``transient`` / ``failed``."""
    message_id: str | None = None
    receiver: str = ""
    error: str = ""
    at: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"state": self.state, "message_id": self.message_id, "receiver": self.receiver,
                "error": self.error, "at": self.at}


def letter_status(store: Store, letter_id: str) -> Status:
    sent = store.medcom_messages_for_letter(letter_id)
    if not sent:
        return Status("not_sent")
    last = sent[-1]
    return Status(last.status, last.id, f"{last.receiver_name} (EAN {last.receiver_ean})",
                  last.error, last.answered_at or last.sent_at)


def episode_status(store: Store, episode_id: str) -> Status | None:
    letter = latest_gp_letter(store, episode_id)
    return letter_status(store, letter.id) if letter else None


def _outbox(store: Store, outbox: Path | str | None) -> Path:
    folder = outbox or store.medcom_folders().outbox
    if not folder:
        raise MedcomRefusal("no_outbox", "no MedCom outbox folder is set (administration)")
    return Path(folder)


def _deliver(folder: Path, name: str, envelope: env.Envelope) -> Any:
    def run() -> str:
        return str(write_atomic(folder / f"{name}.xml", env.wrap(envelope)))

    return run


def send(store: Store, episode_id: str, *, outbox: Path | str | None = None
         ) -> db.MedcomMessage:
    """Write the letter's CareCommunication into the outbox and record it (once per letter
    version; after a fatal error, a new message referring to the failed one)."""
    folder = _outbox(store, outbox)
    letter = check_sendable(store, episode_id)
    earlier = store.medcom_messages_for_letter(letter.id)
    if earlier and earlier[-1].status != "failed":
        raise MedcomRefusal("already_sent", f"letter version {letter.version} has already been "
                                            f"sent (state: {earlier[-1].status})")
    previous = earlier[-1].id if earlier else None
    letter, data = message_input(store, episode_id, previous_header_id=previous)
    xml = to_xml_bytes(build_message(data))
    envelope = env.Envelope(sender_ean=data.sender.ean, receiver_ean=data.receiver.ean,
                            envelope_id=str(uuid.uuid4()), sent=data.sent_at,
                            message_id=data.ids.header, mime=P.FHIR_XML_MIME, data=xml)
    record = db.MedcomMessage(
        id=data.ids.header, letter_id=letter.id, episode_id=episode_id,
        bundle_id=data.ids.bundle, envelope_id=envelope.envelope_id, status="sent", error="",
        previous_id=previous, receiver_name=data.receiver.name,
        receiver_sor=data.receiver.sor, receiver_ean=data.receiver.ean, file="",
        sent_at=data.sent_at, answered_at=None)
    return store.record_medcom_sent(record, xml, _deliver(folder, data.ids.header, envelope))


def resend_unchanged(store: Store, message_id: str, *, outbox: Path | str | None = None
                     ) -> db.MedcomMessage:
    """After a transient error: the same message, a new envelope."""
    folder = _outbox(store, outbox)
    current = store.medcom_message(message_id)
    if current is None:
        raise UserError(f"no MedCom message {message_id}")
    clinic = store.clinic()
    envelope = env.Envelope(sender_ean=clinic.ean if clinic else "",
                            receiver_ean=current.receiver_ean, envelope_id=str(uuid.uuid4()),
                            sent=local_now(), message_id=current.id, mime=P.FHIR_XML_MIME,
                            data=store.medcom_message_bytes(message_id))
    return store.record_medcom_resent(message_id, envelope.envelope_id,
                            _deliver(folder, f"{current.id}-{envelope.envelope_id[:8]}",
                                     envelope))


@dataclass(frozen=True)
class InboxResult:
    file: str
    outcome: str
    """``applied`` / ``not_ours`` / ``unreadable``."""
    message_id: str | None = None
    code: str | None = None


def read_inbox(store: Store, inbox: Path | str | None = None) -> list[InboxResult]:
    """Apply every Acknowledgement in the inbox; read ones move to ``processed/``."""
    folder = inbox or store.medcom_folders().inbox
    if not folder:
        return []
    results = []
    for path in inbox_files(Path(folder)):
        try:
            ack = read_acknowledgement(path.read_bytes())
        except (MessageFormatError, OSError):
            results.append(InboxResult(path.name, "unreadable"))
            continue
        updated = store.record_medcom_acknowledgement(ack.message_header_id, ack.code,
                                            ack.error_text)
        if updated is None:
            results.append(InboxResult(path.name, "not_ours", ack.message_header_id, ack.code))
            continue
        mark_processed(path)
        results.append(InboxResult(path.name, "applied", ack.message_header_id, ack.code))
    return results


__all__ = ["InboxResult", "MedcomRefusal", "Status", "acute_flags", "build_for_episode",
           "check_sendable", "episode_status", "latest_gp_letter", "letter_status",
           "local_now", "message_input", "read_inbox", "receiver", "resend_unchanged", "send"]
