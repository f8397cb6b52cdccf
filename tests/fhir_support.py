"""Helpers for the FHIR tests: a small clinic database built through the Store API.

(Not named test_*: no tests here. Imported as ``tests.fhir_support``.)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lbp_desktop.questionnaires import FormSet, is_visible

STARTBACK = {
    "low": {f"q{i}": 0 for i in range(1, 10)},
    "medium": {**{f"q{i}": 1 for i in range(1, 5)}, **{f"q{i}": 0 for i in range(5, 10)}},
    "high": {**{f"q{i}": 1 for i in range(1, 9)}, "q9": 4},
}
PDF = b"%PDF-1.4\n% fake letter for the FHIR tests\n%%EOF\n"


def new_store(tmp_path: Path, name: str = "clinic.db") -> Any:
    from lbp_desktop.storage.store import Store

    return Store.create(tmp_path / name, None, plaintext=True)


def fill(forms: FormSet, battery_id: str, overrides: dict[str, dict[str, Any]] | None = None
         ) -> dict[str, dict[str, Any]]:
    """A complete, valid answer set for every visible item of a battery."""
    overrides = overrides or {}
    out: dict[str, dict[str, Any]] = {}
    for form in forms.battery_forms(battery_id):
        answers: dict[str, Any] = {}
        for item in form.items():
            if not is_visible(item, answers):
                continue
            if item.id in overrides.get(form.id, {}):
                value = overrides[form.id][item.id]
            elif item.type == "text":
                value = "Kontorarbejde, æøå"
            elif item.type == "number":
                value = item.min
            elif item.type == "scale_0_10":
                value = 6
            else:
                value = item.codes()[-1]
            if value is not None:
                answers[item.id] = value
        out[form.id] = answers
    return out


def add_case(store: Any, forms: FormSet, cpr: str, name: str, risk: str, *,
             complete: bool = True, letter: bool = True, battery: str = "ulrus") -> dict:
    from lbp_desktop.domain.records import Referral

    patient = store.add_patient(cpr, name, fictional=True)
    episode = store.add_episode(patient.id, Referral(
        gp_name="Læge Anne Andersen", gp_clinic="Lægehuset Åby", referral_date="2026-11-02",
        reason="Lænderygsmerter > 6 uger"))
    response = store.start_response(episode.id, battery)
    answers = fill(forms, battery, {"startback": STARTBACK[risk], "redflags":
                                    {"night_pain": 1}})
    for form_id, items in answers.items():
        for item_id, value in items.items():
            store.record_answer(response.id, form_id, item_id, value)
    if complete:
        store.complete_response(response.id)
    letters = []
    if letter and complete:
        from lbp_desktop.domain.records import Examination

        store.save_examination(Examination(episode.id, None, None, assessment="nonspecific",
                                           plan=["information_advice"]))
        draft = store.add_letter(episode.id, "gp", PDF + b"draft", approve=False)
        approved = store.add_letter(episode.id, "gp", PDF, approve=True)
        letters = [draft, approved]
    return {"patient": patient, "episode": episode, "response": store.response(response.id),
            "answers": answers, "risk": risk, "letters": letters}


def resources(bundle: dict, kind: str) -> list[dict]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]
