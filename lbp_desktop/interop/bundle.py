"""Whole exports: a ``collection`` Bundle per episode or for the whole database.

Entry order: the Questionnaires the responses refer to, then per patient the Patient and per
episode its ServiceRequest, QuestionnaireResponses (oldest first), their score Observations and
the approved letters as DocumentReferences. No timestamps of the export itself go into the
Bundle, and every id comes from stored ids, so two exports of the same data are byte-equal.
"""

from __future__ import annotations

import json
from typing import Any

from lbp_desktop.interop.common import derived_id, full_url
from lbp_desktop.interop.observations import score_observations
from lbp_desktop.interop.questionnaire import questionnaire_for
from lbp_desktop.interop.resources import (
    document_reference,
    patient_resource,
    referral_id,
    referral_resource,
)
from lbp_desktop.interop.response import build_questionnaire_response

_PAGE = 500


def _default_forms(forms: Any) -> Any:
    if forms is not None:
        return forms
    from lbp_desktop.instruments import load_forms

    return load_forms()


def all_episode_ids(store: Any) -> list[str]:
    """Every episode of the database, oldest first (for a stable order)."""
    if hasattr(store, "episodes"):
        return [episode.id for episode in store.episodes()]
    rows: list[Any] = []
    offset = 0
    while True:
        page = store.worklist(open_only=False, limit=_PAGE, offset=offset)
        rows += page
        if len(page) < _PAGE:
            break
        offset += _PAGE
    ids = list(dict.fromkeys(row.episode_id for row in rows))
    ids.reverse()  # the worklist is newest first
    return ids


def _user_name(store: Any, user_id: str | None) -> str | None:
    if not user_id:
        return None
    try:
        return store.user(user_id).name
    except Exception:  # an unknown or deleted user must not stop an export
        return None


def episode_resources(store: Any, episode: Any, forms: Any, *, include_letters: bool = True
                      ) -> list[dict[str, Any]]:
    """The ServiceRequest, responses, Observations and letters of one episode."""
    patient_id = episode.patient_id
    out = [referral_resource(episode)]
    observations: list[dict[str, Any]] = []
    for response in store.responses(episode.id):
        answers = store.answers(response.id)
        out.append(build_questionnaire_response(
            response, answers, forms, patient_id=patient_id,
            based_on_id=referral_id(episode.id),
            entered_by_name=_user_name(store, getattr(response, "entered_by", None))))
        if response.status != "completed":
            continue
        scores = store.scores(response.id)
        for form_id in sorted(scores, key=_form_sort_key(response.battery_id, forms)):
            observations += score_observations(scores[form_id], response,
                                               patient_id=patient_id, forms=forms)
    out += observations
    if include_letters:
        approved = [letter for letter in store.letters(episode.id)
                    if letter.status == "approved"]
        replaced = {letter.replaces_id for letter in approved if letter.replaces_id}
        for letter in sorted(approved, key=lambda x: (x.recipient, x.version, x.id)):
            out.append(document_reference(
                letter, store.letter_pdf(letter.id), patient_id=patient_id,
                author=_user_name(store, letter.approved_by), superseded=letter.id in replaced))
    return out


def _form_sort_key(battery_id: str, forms: Any) -> Any:
    order: list[str] = []
    if battery_id in forms.batteries:
        order = list(forms.batteries[battery_id].instruments)
    return lambda form_id: (order.index(form_id) if form_id in order else len(order), form_id)


def build_bundle(store: Any, episode_id: str | None = None, *, forms: Any = None,
                 include_letters: bool = True, include_questionnaires: bool = True
                 ) -> dict[str, Any]:
    """A ``collection`` Bundle (dict) of one episode, or of every episode in the database."""
    forms = _default_forms(forms)
    episode_ids = [episode_id] if episode_id else all_episode_ids(store)
    episodes = [store.episode(eid) for eid in episode_ids]
    patients: dict[str, list[Any]] = {}
    for episode in episodes:
        patients.setdefault(episode.patient_id, []).append(episode)
    body: list[dict[str, Any]] = []
    questionnaire_ids: list[str] = []
    for patient_id, its_episodes in patients.items():
        patient = store.patient(patient_id)
        body.append(patient_resource(patient))
        for episode in its_episodes:
            body += episode_resources(store, episode, forms, include_letters=include_letters)
            store.audit("export", "episode", episode.id, patient_id=patient_id, detail="fhir")
            questionnaire_ids += [r.battery_id for r in store.responses(episode.id)]
    resources: list[dict[str, Any]] = []
    if include_questionnaires:
        for qid in dict.fromkeys(questionnaire_ids):
            if qid in forms.batteries or qid in forms.forms:
                resources.append(questionnaire_for(qid, forms))
    resources += body
    scope = episode_id or "database"
    clinic = store.clinic()
    return {
        "resourceType": "Bundle",
        "id": derived_id("Bundle", clinic.id if clinic else "", scope),
        "type": "collection",
        "entry": [{"fullUrl": full_url(r), "resource": r} for r in resources],
    }


def to_json_bytes(resource: dict[str, Any], *, indent: int | None = 2) -> bytes:
    """UTF-8 JSON of a resource (Danish letters as they are, not escaped)."""
    text = json.dumps(resource, ensure_ascii=False, indent=indent)
    return (text + "\n").encode("utf-8") if indent else text.encode("utf-8")


def episode_fhir_json(store: Any, episode_id: str, *, forms: Any = None,
                      include_letters: bool = False) -> bytes:
    """The episode's Bundle as compact JSON bytes, for embedding in the letter PDF.

    Letters are left out by default (a PDF carrying earlier PDFs would grow with each version).
    """
    bundle = build_bundle(store, episode_id, forms=forms, include_letters=include_letters)
    return to_json_bytes(bundle, indent=None)


__all__ = ["all_episode_ids", "build_bundle", "episode_fhir_json", "episode_resources",
           "to_json_bytes"]
