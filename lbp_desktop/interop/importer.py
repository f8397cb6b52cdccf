"""Import a FHIR QuestionnaireResponse (answers captured elsewhere) into an episode.

A QuestionnaireResponse is treated as a full snapshot of one filling-in:

- It maps to the stored response whose id equals the QR id (a round trip into the same database),
  else to the response created by an earlier import of the same QR (``device = fhir:<qr id>``),
  else to a new response from ``store.start_response``.
- Only answers that differ from what is stored are recorded, each with the idempotency key
  ``fhir:<qr id>:<linkId>:<n>`` (``n`` = earlier rows of that item), so importing the same file
  twice, or a retried delivery, records nothing new; an item the snapshot no longer answers is
  cleared.
- ``completed`` completes (and so scores) the response, ``stopped`` abandons it.
- Every answer is validated against the forms first, and every value is checked for what JSON
  allows but a database cannot hold (``strict_json``); nothing is written if one is bad.
- The subject is resolved in every form FHIR allows (``subject``) and must be the episode's
  patient unless the caller says otherwise (``--any-subject``).
- One import — every response in a file — is one transaction: all or nothing.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from lbp_desktop.errors import UserError
from lbp_desktop.interop import strict_json
from lbp_desktop.interop.common import link_id
from lbp_desktop.interop.response import (
    STATUS_FROM_FHIR,
    answers_from_questionnaire_response,
    questionnaire_id_of,
)
from lbp_desktop.interop.subject import subject_problem
from lbp_desktop.questionnaires.answers import AnswerError


class FhirImportError(UserError):
    """A QuestionnaireResponse that cannot be imported (one line for the user)."""


@dataclass(frozen=True)
class ImportResult:
    response_id: str
    created: bool
    recorded: int
    unchanged: int
    status: str

    def summary(self) -> str:
        what = "new response" if self.created else "existing response"
        return (f"{what} {self.response_id}: {self.recorded} answer(s) recorded, "
                f"{self.unchanged} unchanged, status {self.status}")


def qr_identity(qr: Mapping[str, Any]) -> str:
    """The QR's id, or a stable digest of its content when it has none."""
    given = qr.get("id")
    if isinstance(given, str) and given:
        return given
    digest = hashlib.sha256(json.dumps(qr, sort_keys=True).encode("utf-8")).hexdigest()
    return f"sha256-{digest[:32]}"


def load_json(path: str) -> dict[str, Any]:
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except OSError as exc:
        raise FhirImportError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        data = strict_json.loads(raw)
    except strict_json.JsonValueError as exc:
        raise FhirImportError(f"{path}: {exc}; nothing was imported") from None
    if not isinstance(data, dict):
        raise FhirImportError(f"{path}: expected a JSON object")
    return data


def questionnaire_responses_in(data: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The QuestionnaireResponses in a resource or a Bundle."""
    if data.get("resourceType") == "QuestionnaireResponse":
        return [dict(data)]
    if data.get("resourceType") == "Bundle":
        return [dict(e["resource"]) for e in data.get("entry") or []
                if isinstance(e, dict) and isinstance(e.get("resource"), dict)
                and e["resource"].get("resourceType") == "QuestionnaireResponse"]
    raise FhirImportError(f"expected a QuestionnaireResponse, got {data.get('resourceType')!r}")


def _questionnaire_of(qr: Mapping[str, Any], form_ids: list[str], forms: Any) -> str:
    qid = questionnaire_id_of(qr)
    if qid is None and len(form_ids) == 1:
        qid = form_ids[0]
    if qid is None:
        raise FhirImportError(f"questionnaire {qr.get('questionnaire')!r} is not one of this app's")
    if qid not in forms.batteries and qid not in forms.forms:
        raise FhirImportError(f"unknown questionnaire {qid!r} (no such battery or form)")
    return qid


def _check_forms(qid: str, form_ids: list[str], forms: Any) -> None:
    allowed = forms.batteries[qid].instruments if qid in forms.batteries else [qid]
    for form_id in form_ids:
        if form_id not in allowed:
            raise AnswerError(form_id, f"not part of questionnaire {qid}")


def _check_subject(store: Any, qr: Mapping[str, Any], episode: Any,
                   bundle: Mapping[str, Any] | None) -> None:
    problem = subject_problem(qr, store.patient(episode.patient_id), bundle)
    if problem:
        raise FhirImportError(f"{problem}; episode {episode.id} is Patient/{episode.patient_id} "
                              "(use --any-subject to import anyway)")


def import_all(store: Any, episode_id: str, data: Mapping[str, Any], *, forms: Any = None,
               check_subject: bool = True) -> list[ImportResult]:
    """Import every QuestionnaireResponse in ``data`` (a resource or a Bundle) in one
    transaction: if one is refused, none is kept."""
    responses = questionnaire_responses_in(data)
    if not responses:
        raise FhirImportError("no QuestionnaireResponse in it")
    bundle = data if data.get("resourceType") == "Bundle" else None
    with store.db.atomic():
        return [import_questionnaire_response(store, episode_id, qr, forms=forms,
                                              check_subject=check_subject, bundle=bundle)
                for qr in responses]


def import_questionnaire_response(store: Any, episode_id: str, qr: Mapping[str, Any], *,
                                  forms: Any = None, check_subject: bool = True,
                                  bundle: Mapping[str, Any] | None = None) -> ImportResult:
    """Bring one QuestionnaireResponse (dict) into ``episode_id`` in one transaction. See the
    module doc. ``bundle``: the Bundle it came in, to resolve its subject."""
    if forms is None:
        from lbp_desktop.instruments import load_forms

        forms = load_forms()
    try:
        strict_json.check_tree(qr)
    except strict_json.JsonValueError as exc:
        raise FhirImportError(f"{exc}; nothing was imported") from None
    form_ids, answers = answers_from_questionnaire_response(qr, forms)
    qid = _questionnaire_of(qr, form_ids, forms)
    _check_forms(qid, form_ids, forms)
    fhir_status = str(qr.get("status") or "")
    if fhir_status not in STATUS_FROM_FHIR:
        raise FhirImportError(f"status {fhir_status!r} cannot be imported "
                           f"(one of {', '.join(STATUS_FROM_FHIR)})")
    status = STATUS_FROM_FHIR[fhir_status]
    episode = store.episode(episode_id)
    if check_subject:
        _check_subject(store, qr, episode, bundle)
    with store.db.atomic():
        return _write(store, episode_id, qr, qid, answers, status)


def _write(store: Any, episode_id: str, qr: Mapping[str, Any], qid: str,
           answers: dict[str, dict[str, Any]], status: str) -> ImportResult:
    identity = qr_identity(qr)
    device = f"fhir:{identity}"
    existing = next((r for r in store.responses(episode_id)
                     if r.id == identity or r.device == device), None)
    created = existing is None
    if existing is not None and existing.status != "in_progress":
        if store.answers(existing.id) != answers:
            raise FhirImportError(f"response {existing.id} is already {existing.status} with other "
                               "answers; a finished response is not changed by an import")
        return ImportResult(existing.id, False, 0, _count(answers), existing.status)
    response = existing or store.start_response(
        episode_id, qid, language=str(qr.get("language") or "da"), device=device)
    if existing is None and response.device != device:
        raise FhirImportError(f"episode {episode_id} already has response {response.id} in "
                           "progress; finish or abandon it before importing")
    current = store.answers(response.id)
    history: dict[tuple[str, str], int] = {}
    for row in store.answer_history(response.id):
        history[(row.form_id, row.item_id)] = history.get((row.form_id, row.item_id), 0) + 1
    recorded = unchanged = 0
    wanted = {(f, i): v for f, items in answers.items() for i, v in items.items()}
    stored = {(f, i): v for f, items in current.items() for i, v in items.items()}
    for (form_id, item_id), value in [*wanted.items(),
                                      *((k, None) for k in stored if k not in wanted)]:
        if stored.get((form_id, item_id)) == value:
            unchanged += 1
            continue
        n = history.get((form_id, item_id), 0)
        key = f"fhir:{identity}:{link_id(form_id, item_id)}:{n}"
        store.record_answer(response.id, form_id, item_id, value, idempotency_key=key)
        recorded += 1
    if status == "completed":
        store.complete_response(response.id)
    elif status == "abandoned":
        store.abandon_response(response.id)
    return ImportResult(response.id, created, recorded, unchanged, status)


def _count(answers: Mapping[str, Mapping[str, Any]]) -> int:
    return sum(len(items) for items in answers.values())


__all__ = ["FhirImportError", "ImportResult", "import_all", "import_questionnaire_response",
           "load_json",
           "qr_identity", "questionnaire_responses_in"]
