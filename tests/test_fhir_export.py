"""The Bundle export: valid R4 resources, deterministic, the right codes per case."""

from __future__ import annotations

import base64
import hashlib
import json

import pytest
from fhir.resources.R4B import get_fhir_model_class

from lbp_desktop.interop import build_bundle, bundle_problems, episode_fhir_json
from lbp_desktop.interop.common import CPR_SYSTEM, LOINC, SNOMED
from lbp_desktop.interop.observations import STARTBACK_RISK_SNOMED
from tests.fhir_support import PDF, add_case, new_store, resources

CASES = [("010190-1235", "Karen Jensen", "low"), ("150575-2346", "Ole Hansen", "medium"),
         ("311299-3457", "Mette Lund Nielsen", "high")]


@pytest.fixture()
def clinic(tmp_path, forms):
    store = new_store(tmp_path)
    cases = [add_case(store, forms, cpr, name, risk) for cpr, name, risk in CASES]
    cases.append(add_case(store, forms, "020202-4568", "Ib Holm", "low", complete=False))
    yield store, cases
    store.close()


def test_every_resource_validates_with_fhir_resources(clinic, forms):
    store, _ = clinic
    bundle = build_bundle(store, forms=forms)
    assert bundle_problems(bundle) == []
    get_fhir_model_class("Bundle").model_validate(bundle)
    for entry in bundle["entry"]:
        resource = entry["resource"]
        get_fhir_model_class(resource["resourceType"]).model_validate(resource)
        assert entry["fullUrl"].endswith(f"/{resource['resourceType']}/{resource['id']}")
    assert bundle["type"] == "collection"


def test_two_exports_are_equal(clinic, forms):
    store, cases = clinic
    assert build_bundle(store, forms=forms) == build_bundle(store, forms=forms)
    episode = cases[0]["episode"].id
    assert episode_fhir_json(store, episode, forms=forms) == \
        episode_fhir_json(store, episode, forms=forms)


def test_patient_referral_and_references(clinic, forms):
    store, cases = clinic
    bundle = build_bundle(store, forms=forms)
    patients = {p["id"]: p for p in resources(bundle, "Patient")}
    assert set(patients) == {c["patient"].id for c in cases}
    karen = patients[cases[0]["patient"].id]
    assert karen["identifier"][0] == {"use": "official", "system": CPR_SYSTEM,
                                      "value": "0101901235"}
    assert karen["name"][0]["family"] == "Jensen"
    assert karen["birthDate"] == "1990-01-01"
    assert karen["gender"] == "male"
    assert karen["meta"]["security"][0]["code"] == "HTEST"
    requests = resources(bundle, "ServiceRequest")
    assert len(requests) == len(cases)
    assert requests[0]["requester"]["display"].startswith("Læge Anne Andersen")
    assert requests[0]["reasonCode"][0]["text"] == "Lænderygsmerter > 6 uger"
    assert requests[0]["authoredOn"] == "2026-11-02"
    known = {f"{e['resource']['resourceType']}/{e['resource']['id']}" for e in bundle["entry"]}
    text = json.dumps(bundle)
    for reference in set(_references(json.loads(text))):
        assert reference in known, f"dangling reference {reference}"


def _references(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "reference":
                yield value
            else:
                yield from _references(value)
    elif isinstance(node, list):
        for value in node:
            yield from _references(value)


def test_each_case_has_responses_and_startback_risk_coded_in_snomed(clinic, forms):
    store, cases = clinic
    bundle = build_bundle(store, forms=forms)
    responses = {r["id"]: r for r in resources(bundle, "QuestionnaireResponse")}
    observations = resources(bundle, "Observation")
    for case in cases:
        qr = responses[case["response"].id]
        assert qr["subject"]["reference"] == f"Patient/{case['patient'].id}"
        mine = [o for o in observations
                if o["derivedFrom"][0]["reference"] == f"QuestionnaireResponse/{qr['id']}"]
        if case["response"].status != "completed":
            assert qr["status"] == "in-progress"
            assert mine == []
            continue
        assert qr["status"] == "completed"
        risk = [o for o in mine if o["code"]["coding"][0]["code"] == "startback.risk"]
        assert len(risk) == 1
        coding = risk[0]["valueCodeableConcept"]["coding"][0]
        assert coding == {"system": SNOMED, "code": STARTBACK_RISK_SNOMED[case["risk"]]}
        # the group's words are the form's, as on screen and in the letter
        label = forms.forms["startback"].scoring.labels[case["risk"]]
        assert risk[0]["valueCodeableConcept"]["text"] == label.da
        assert risk[0]["valueCodeableConcept"]["coding"][1]["display"] == label.en
        assert all(o["subject"]["reference"] == f"Patient/{case['patient'].id}" for o in mine)


def test_pain_nrs_uses_loinc_and_tells_back_from_leg(clinic, forms):
    store, cases = clinic
    bundle = build_bundle(store, cases[0]["episode"].id, forms=forms)
    pain = [o for o in resources(bundle, "Observation")
            if o["code"]["coding"][0] == {"system": LOINC, "code": "72514-3",
                                          "display": o["code"]["coding"][0]["display"]}]
    own = sorted(o["code"]["coding"][1]["code"] for o in pain)
    assert own == ["pain.back_now", "pain.back_week", "pain.leg_now", "pain.leg_week"]
    for o in pain:
        site = o["bodySite"]["coding"][0]["code"]
        assert o["code"]["coding"][1]["code"].startswith(f"pain.{site}_")
        assert o["valueInteger"] == 6
        if o["code"]["coding"][1]["code"].endswith("_week"):
            assert "effectivePeriod" in o


def test_other_scores_are_under_the_project_code_system(clinic, forms):
    store, cases = clinic
    bundle = build_bundle(store, cases[2]["episode"].id, forms=forms)
    codes = {o["code"]["coding"][-1]["code"]: o for o in resources(bundle, "Observation")}
    for expected in ("startback.total", "startback.psychosocial", "orebro10.total",
                     "orebro10.raised_risk", "rmdq23.total", "redflags"):
        assert expected in codes, expected
    assert codes["startback.total"]["valueInteger"] == 9
    assert codes["startback.psychosocial"]["valueInteger"] == 5
    domains = [c for c in codes if c.startswith("orebro10.profile.")]
    assert len(domains) == 8
    flags = codes["redflags"]
    assert flags["valueBoolean"] is True
    positive = {c["code"]["coding"][0]["code"] for c in flags["component"] if c["valueBoolean"]}
    assert "redflags.night_pain" in positive


def test_only_approved_letters_are_exported_with_the_pdf(clinic, forms):
    store, cases = clinic
    bundle = build_bundle(store, cases[1]["episode"].id, forms=forms)
    documents = resources(bundle, "DocumentReference")
    assert [d["id"] for d in documents] == [cases[1]["letters"][1].id]
    attachment = documents[0]["content"][0]["attachment"]
    assert attachment["contentType"] == "application/pdf"
    assert base64.b64decode(attachment["data"]) == PDF
    assert attachment["hash"] == base64.b64encode(hashlib.sha1(PDF).digest()).decode()
    assert attachment["title"] and documents[0]["date"]
    embedded = episode_fhir_json(store, cases[1]["episode"].id, forms=forms)
    assert b"DocumentReference" not in embedded
    json.loads(embedded)


def test_episode_bundle_holds_only_that_episode(clinic, forms):
    store, cases = clinic
    bundle = build_bundle(store, cases[0]["episode"].id, forms=forms)
    assert [p["id"] for p in resources(bundle, "Patient")] == [cases[0]["patient"].id]
    assert [q["id"] for q in resources(bundle, "QuestionnaireResponse")] == \
        [cases[0]["response"].id]
    assert [q["id"] for q in resources(bundle, "Questionnaire")] == ["ulrus"]


def test_demo_database_exports(tmp_path, forms):
    """Every demo case: a Patient, QuestionnaireResponses and score Observations."""
    from lbp_desktop.cli import main
    from lbp_desktop.storage.store import Store

    path = tmp_path / "demo.db"
    assert main(["demo-db", str(path), "--plaintext"]) == 0
    store = Store.open(path, None, plaintext=True)
    try:
        bundle = build_bundle(store, forms=forms)
        episodes = store.episodes()
        risks = {r.id: store.scores(r.id)["startback"].result.get("risk")
                 for e in episodes for r in store.responses(e.id)
                 if r.status == "completed" and "startback" in store.scores(r.id)}
    finally:
        store.close()
    assert len(episodes) >= 6
    assert risks, "no scored STarT Back in the demo"
    for response_id, risk in risks.items():
        coded = [o["valueCodeableConcept"]["coding"][0]["code"]
                 for o in resources(bundle, "Observation")
                 if o["code"]["coding"][0]["code"] == "startback.risk"
                 and o["derivedFrom"][0]["reference"] == f"QuestionnaireResponse/{response_id}"]
        assert coded == ([STARTBACK_RISK_SNOMED[risk]] if risk else [])
    assert bundle_problems(bundle) == []
    patients = resources(bundle, "Patient")
    assert len(patients) >= 1
    for episode in episodes:
        qrs = [q for q in resources(bundle, "QuestionnaireResponse")
               if q["subject"]["reference"] == f"Patient/{episode.patient_id}"]
        assert qrs, f"no response for episode {episode.id}"
        observations = [o for o in resources(bundle, "Observation")
                        if o["subject"]["reference"] == f"Patient/{episode.patient_id}"]
        if any(q["status"] == "completed" for q in qrs):
            assert observations
