"""The kiosk's store on a tablet: the part of ``Store`` the kiosk window uses, answered from the
encrypted outbox and the hub (``TabletClient``), so the same kiosk code runs on the hub and on a
separate waiting-room tablet."""

from __future__ import annotations

import logging
from typing import Any

from lbp_desktop.sync.errors import SyncError

log = logging.getLogger(__name__)


class RemoteSessionStore:
    """The part of ``Store`` that ``KioskWindow`` uses, backed by the outbox and the hub.

    Writes (``record_answer``, ``set_position``, ``set_language``, ``complete_response``) go to
    the encrypted outbox first and return at once — the patient never waits for the network.
    Reads come from the outbox's copy. Sessions appear as worklist rows whose ``episode_id`` *is*
    the session id (the tablet knows no episodes, CPR numbers or surnames): ``worklist``,
    ``start_response``, ``response``, ``episode`` and ``patient`` all speak in session ids, and
    ``patient(...).name`` is the first name only. Staff sign-in (``authenticate_pin``,
    ``authenticate``) is checked by the hub.
    """

    actor_id: str | None = None

    def __init__(self, client: Any) -> None:  # a TabletClient
        self.client = client
        self.outbox = client.outbox

    @property
    def forms(self) -> Any:
        return self.client.forms

    # -- sessions --------------------------------------------------------------------------

    def worklist(self, *, search: str = "", open_only: bool = True, limit: int = 200,
                 offset: int = 0) -> list[Any]:
        from lbp_desktop.domain.records import WorklistRow

        try:
            remote = self.client.sessions()
        except SyncError as exc:
            log.warning("cannot list sessions from the hub: %s", exc)
            remote = []
        rows: dict[str, Any] = {}
        for s in remote:
            rows[s.id] = (s.first_name, "in_progress" if s.position else "waiting")
        for local in self.outbox.sessions():
            if local.status == "in_progress":
                rows.setdefault(local.id, (local.first_name, "in_progress"))
        out = [WorklistRow(episode_id=sid, patient_id=sid, patient_name=name, cpr="",
                           status="questionnaire_pending", referral_date=None,
                           clinician_name="", questionnaire=state, risk=None,
                           red_flags="none", updated_at="")
               for sid, (name, state) in rows.items()]
        if search:
            out = [r for r in out if search.lower() in r.patient_name.lower()]
        return out[offset:offset + limit]

    def start_response(self, episode_id: str, battery_id: str, *, language: str = "da",
                       device: str = "kiosk") -> Any:
        """Open the session ``episode_id`` (a session id from ``worklist``) on this tablet."""
        local = self.outbox.session(episode_id)
        if local is None:
            info = self.client._sessions_seen.get(episode_id)
            if info is None:
                self.client.sessions()
                info = self.client._sessions_seen.get(episode_id)
            if info is None:
                from lbp_desktop.storage.errors import StorageError

                raise StorageError("that questionnaire is no longer waiting on the hub")
            battery = info.battery or battery_id
            versions = self._versions(battery)
            self.outbox.add_session(info.id, battery, language=info.language or language,
                                    first_name=info.first_name, position=info.position,
                                    form_versions=versions)
        return self.response(episode_id)

    def _versions(self, battery: str) -> dict[str, str]:
        forms = self.forms
        ids = forms.batteries[battery].instruments if battery in forms.batteries else [battery]
        return {i: forms.forms[i].version for i in ids if i in forms.forms}

    def open_response(self, episode_id: str) -> Any:
        local = self.outbox.session(episode_id)
        return self.response(episode_id) if local and local.status == "in_progress" else None

    def _session(self, response_id: str) -> Any:
        local = self.outbox.session(response_id)
        if local is None:
            from lbp_desktop.storage.errors import StorageError

            raise StorageError(f"no session {response_id} on this tablet")
        return local

    def response(self, response_id: str) -> Any:
        from lbp_desktop.domain.records import Response

        s = self._session(response_id)
        return Response(id=s.id, episode_id=s.id, battery_id=s.battery_id,
                        form_versions=s.form_versions, language=s.language, device="tablet",
                        status=s.status, started_at=s.started_at, completed_at=s.completed_at,
                        position=s.position)

    def episode(self, episode_id: str) -> Any:
        from lbp_desktop.domain.records import Episode, Referral

        s = self._session(episode_id)
        return Episode(id=s.id, patient_id=s.id, referral=Referral(), clinician_id=None,
                       status="questionnaire_pending", created_at=s.started_at,
                       updated_at=s.started_at)

    def patient(self, patient_id: str) -> Any:
        from lbp_desktop.domain.records import Patient

        s = self._session(patient_id)
        return Patient(id=s.id, cpr="", name=s.first_name)

    def patient_first_name(self, response_id: str) -> str:
        return self._session(response_id).first_name

    # -- answers ---------------------------------------------------------------------------

    def answers(self, response_id: str) -> dict[str, dict[str, int | str]]:
        return self.outbox.answers(response_id)

    def record_answer(self, response_id: str, form_id: str, item_id: str,
                      value: int | str | None, *, idempotency_key: str | None = None) -> None:
        """Checked against the form like ``Store.record_answer``, kept durably in the outbox,
        delivered in the background."""
        from lbp_desktop.questionnaires.answers import AnswerError, check_answer
        from lbp_desktop.storage.errors import StorageError

        session = self._session(response_id)
        if session.status != "in_progress":
            raise StorageError("the questionnaire is completed; answers can no longer be changed")
        if form_id not in self._versions(session.battery_id):
            raise AnswerError(item_id, f"form {form_id!r} is not part of {session.battery_id}")
        try:
            item = self.forms.form(form_id).item(item_id)
        except KeyError:
            raise AnswerError(item_id, f"not an item of form {form_id}") from None
        clean = check_answer(item, value)
        self.outbox.record_answer(response_id, form_id, item_id, clean, idempotency_key)
        self.client.wake()

    def set_position(self, response_id: str, position: str) -> None:
        self.outbox.set_state(response_id, position=position)
        self.client.wake()

    def set_language(self, response_id: str, language: str) -> None:
        self.outbox.set_state(response_id, language=language)
        self.client.wake()

    def complete_response(self, response_id: str) -> list[Any]:
        """Queue the completed QuestionnaireResponse; the hub scores it (the tablet never sees
        scores), so this returns ``[]``."""
        from lbp_desktop.domain.records import Response
        from lbp_desktop.sync import wire

        forms = self.forms

        def build(session: Any, answers: Any, key: str, stamp: str) -> dict[str, Any]:
            response = Response(id=session.id, episode_id=session.id,
                                battery_id=session.battery_id,
                                form_versions=session.form_versions, language=session.language,
                                device="tablet", status="completed",
                                started_at=session.started_at, completed_at=stamp,
                                position=session.position)
            return wire.completed_response(response, answers, forms, key)

        self.outbox.complete(response_id, build)
        self.client.wake()
        return []

    # -- staff and audit -------------------------------------------------------------------

    def _user(self, data: dict[str, Any] | None) -> Any:
        if not data:
            return None
        from lbp_desktop.domain.records import User

        return User(id=data["id"], username=data.get("username", ""), name=data.get("name", ""),
                    role=data.get("role", "clinician"), active=bool(data.get("active", True)))

    def authenticate_pin(self, pin: str) -> Any:
        return self._user(self.client.unlock(pin=pin))

    def authenticate(self, username: str, password: str) -> Any:
        return self._user(self.client.unlock(username=username, password=password))

    def audit(self, action: str, entity: str, entity_id: str | None = None, *,
              patient_id: str | None = None, detail: str = "") -> None:
        """The hub audits what the tablet does; nothing to keep here."""

    def close(self) -> None:
        """The client owns the outbox; closing the kiosk leaves delivery running."""
