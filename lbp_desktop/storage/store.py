"""The one door to the database: every read and write the app makes, as typed methods.

CONTRACT (written before the implementation so the GUI, letter, FHIR and sync work can proceed in
parallel): the method names, arguments and return types below are fixed; bodies are filled in by
the storage work. The GUI never writes SQL; it calls these.

- Encrypted by default (SQLCipher via ``sqlcipher3``, handed to ``sqlite_utils.Database``).
- ``record_answer`` is one durable transaction (WAL, ``synchronous=FULL``): when it returns, the
  answer survives a crash or power loss. A changed answer is a new row; the history stays.
- Every create/change/view of a patient's data writes an ``audit_event`` for ``self.actor_id``.
- A store object belongs to one thread. Open another for another thread (the sync server does).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from lbp_desktop.storage.records import (
    AnswerRecord,
    AuditEvent,
    Clinic,
    Episode,
    Examination,
    Letter,
    Patient,
    Referral,
    Response,
    ScoreRecord,
    User,
    WorklistRow,
)


class Store:
    """An open clinic database."""

    actor_id: str | None
    """The signed-in user; recorded in every audit event. ``None`` for system actions."""

    # -- opening -----------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path | str, key: bytes | None, *, plaintext: bool = False) -> Store:
        """Make a new database at ``path`` (refuses to overwrite), migrated to the latest schema.

        ``key`` is the 32-byte raw database key. ``plaintext=True`` (developer option only) makes
        an unencrypted database and requires ``key is None``.
        """
        raise NotImplementedError

    @classmethod
    def open(cls, path: Path | str, key: bytes | None, *, plaintext: bool = False) -> Store:
        """Open an existing database; migrate it forward if it is older.

        Raises ``StorageError`` (a ``UserError``) with a clear message for: no such file, not a
        database, wrong key, truncated/corrupt file, a schema newer than this app (left untouched).
        """
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    # -- clinic and users --------------------------------------------------------------------

    def clinic(self) -> Clinic | None:
        raise NotImplementedError

    def save_clinic(self, name: str, address: str = "", phone: str = "", sor: str = "",
                    ean: str = "") -> Clinic:
        raise NotImplementedError

    def create_user(self, username: str, password: str, name: str, role: str, *,
                    profession: str = "", authorisation_id: str = "",
                    pin: str | None = None) -> User:
        """Passwords (and optional kiosk PINs) are hashed with argon2; never stored in clear."""
        raise NotImplementedError

    def users(self, *, include_inactive: bool = False) -> list[User]:
        raise NotImplementedError

    def user(self, user_id: str) -> User:
        raise NotImplementedError

    def authenticate(self, username: str, password: str) -> User | None:
        """The user if the password is right and the account active; audits success/failure."""
        raise NotImplementedError

    def authenticate_pin(self, pin: str) -> User | None:
        """A staff member whose kiosk PIN matches (used to leave patient mode)."""
        raise NotImplementedError

    def set_password(self, user_id: str, password: str) -> None:
        raise NotImplementedError

    def set_user_active(self, user_id: str, active: bool) -> None:
        raise NotImplementedError

    # -- patients and episodes ---------------------------------------------------------------

    def find_patient_by_cpr(self, cpr: str) -> Patient | None:
        raise NotImplementedError

    def add_patient(self, cpr: str, name: str, *, phone: str = "", email: str = "",
                    fictional: bool = False) -> Patient:
        """Birth date and sex are derived from the CPR (``lbp_desktop.pathway.cpr``).
        Raises ``StorageError`` if a patient with that CPR exists (use find first)."""
        raise NotImplementedError

    def patient(self, patient_id: str) -> Patient:
        """Reading a patient is a ``view`` audit event."""
        raise NotImplementedError

    def update_patient(self, patient_id: str, **fields: Any) -> Patient:
        raise NotImplementedError

    def add_episode(self, patient_id: str, referral: Referral, *, clinician_id: str | None = None,
                    caseworker: str = "") -> Episode:
        raise NotImplementedError

    def episode(self, episode_id: str) -> Episode:
        raise NotImplementedError

    def episodes_for_patient(self, patient_id: str) -> list[Episode]:
        raise NotImplementedError

    def set_episode_status(self, episode_id: str, status: str) -> None:
        raise NotImplementedError

    def worklist(self, *, search: str = "", open_only: bool = True, limit: int = 200,
                 offset: int = 0) -> list[WorklistRow]:
        """Newest first. ``search`` matches name (substring, case-insensitive) or CPR (prefix,
        with or without the dash). Fast on 100,000 episodes (indexed, paged)."""
        raise NotImplementedError

    def worklist_count(self, *, search: str = "", open_only: bool = True) -> int:
        raise NotImplementedError

    # -- questionnaire responses -------------------------------------------------------------

    def start_response(self, episode_id: str, battery_id: str, *, language: str = "da",
                       device: str = "local") -> Response:
        """Begin (or return the existing in-progress) response for the episode."""
        raise NotImplementedError

    def response(self, response_id: str) -> Response:
        raise NotImplementedError

    def responses(self, episode_id: str) -> list[Response]:
        """Oldest first."""
        raise NotImplementedError

    def open_response(self, episode_id: str) -> Response | None:
        """The in-progress response of the episode, if any (for resuming)."""
        raise NotImplementedError

    def record_answer(self, response_id: str, form_id: str, item_id: str,
                      value: int | str | None, *, idempotency_key: str | None = None) -> None:
        """Validate against the form (``AnswerError`` naming the item) and commit durably.
        ``value=None`` clears an answer (a new row with null). A repeated ``idempotency_key`` is
        a no-op, so a retried delivery never counts twice."""
        raise NotImplementedError

    def set_position(self, response_id: str, position: str) -> None:
        raise NotImplementedError

    def set_language(self, response_id: str, language: str) -> None:
        raise NotImplementedError

    def answers(self, response_id: str) -> dict[str, dict[str, int | str]]:
        """Current answers: ``{form_id: {item_id: value}}`` (latest row per item, nulls dropped)."""
        raise NotImplementedError

    def answer_history(self, response_id: str) -> list[AnswerRecord]:
        raise NotImplementedError

    def complete_response(self, response_id: str) -> list[ScoreRecord]:
        """Mark completed, score every instrument with the core's scoring, store and return the
        scores (with the scoring version); move the episode to ``questionnaire_completed``."""
        raise NotImplementedError

    def abandon_response(self, response_id: str) -> None:
        raise NotImplementedError

    def scores(self, response_id: str) -> dict[str, ScoreRecord]:
        """``{form_id: ScoreRecord}`` for a completed response."""
        raise NotImplementedError

    def alerts(self, *, since: str | None = None) -> list[dict[str, Any]]:
        """Acute alerts (red flags, MDI item 6) raised by answers, newest first:
        ``{"episode_id", "patient_name", "response_id", "form_id", "item_id", "level",
        "message_da", "message_en", "at"}``. The worklist polls this."""
        raise NotImplementedError

    # -- examination, letters ----------------------------------------------------------------

    def examination(self, episode_id: str) -> Examination | None:
        raise NotImplementedError

    def save_examination(self, examination: Examination) -> Examination:
        """Store a new version; moves the episode to ``examined`` if it was before that."""
        raise NotImplementedError

    def add_letter(self, episode_id: str, recipient: str, pdf: bytes, *, approve: bool,
                   language: str = "da", replaces_id: str | None = None) -> Letter:
        """Store a generated letter with its SHA-256. An approved letter is immutable (triggers
        refuse update/delete); a correction is a new version with ``replaces_id``."""
        raise NotImplementedError

    def approve_letter(self, letter_id: str) -> Letter:
        raise NotImplementedError

    def letters(self, episode_id: str) -> list[Letter]:
        raise NotImplementedError

    def letter_pdf(self, letter_id: str) -> bytes:
        raise NotImplementedError

    # -- audit -------------------------------------------------------------------------------

    def audit(self, action: str, entity: str, entity_id: str | None = None, *,
              patient_id: str | None = None, detail: str = "") -> None:
        raise NotImplementedError

    def audit_events(self, *, limit: int = 500, patient_id: str | None = None
                     ) -> Sequence[AuditEvent]:
        raise NotImplementedError
