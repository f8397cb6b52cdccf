"""FHIR import never writes into the wrong patient, never half-writes, never crashes on values
JSON allows but a database cannot hold."""

from __future__ import annotations

import copy
import json

import pytest

from lbp_desktop.cli import main
from lbp_desktop.domain.records import Referral, Response
from lbp_desktop.interop import build_questionnaire_response
from lbp_desktop.interop.common import CPR_SYSTEM
from lbp_desktop.interop.importer import FhirImportError, import_all
from tests.fhir_support import fill, new_store


@pytest.fixture
def clinic(tmp_path, forms):
    store = new_store(tmp_path, "clinic.db")
    patient = store.add_patient("010190-1235", "Karen Jensen", fictional=True)
    other = store.add_patient("020290-2468", "Ole Olsen", fictional=True)
    episode = store.add_episode(patient.id, Referral())
    yield store, patient, other, episode
    store.close()


def _qr(forms, subject=None):
    response = Response(id="2f1c3c8e-2a52-4a8a-9d35-1f1e0c6f0a11", episode_id="e",
                        battery_id="ulrus", form_versions={}, language="da", device="local",
                        status="completed", started_at="2026-11-25T09:00:00.000000+00:00",
                        completed_at="2026-11-25T09:10:00.000000+00:00")
    qr = build_questionnaire_response(response, fill(forms, "ulrus"), forms)
    qr.pop("subject", None)
    if subject is not None:
        qr["subject"] = subject
    return qr


def _bundle(qr, patient_cpr, full_url="urn:uuid:7d1c9a4e-0000-4000-8000-000000000001"):
    patient = {"resourceType": "Patient", "id": "elsewhere-1",
               "identifier": [{"system": CPR_SYSTEM, "value": patient_cpr}]}
    return {"resourceType": "Bundle", "type": "collection",
            "entry": [{"fullUrl": full_url, "resource": patient}, {"resource": qr}]}


def _answers(store) -> int:
    return store.db.execute("SELECT count(*) FROM answer").fetchone()[0]


def _subjects(patient, other):
    urn = "urn:uuid:7d1c9a4e-0000-4000-8000-000000000001"
    return [
        ("plain id", {"reference": f"Patient/{other.id}"}, None),
        ("absolute URL", {"reference": f"https://elsewhere.example/fhir/Patient/{other.id}"},
         None),
        ("CPR identifier", {"identifier": {"system": CPR_SYSTEM, "value": "0202902468"}}, None),
        ("bundled Patient by urn:uuid", {"reference": urn}, "020290-2468"),
        ("urn:uuid naming nothing", {"reference": "urn:uuid:00000000-0000-4000-8000-0"}, None),
        ("another resource type", {"reference": "Group/g1"}, None),
        ("identifier of another system",
         {"identifier": {"system": "urn:oid:1.2.3", "value": "x"}}, None),
    ]


@pytest.mark.parametrize("case", range(7))
def test_every_subject_form_of_another_patient_is_refused(clinic, forms, case):
    store, patient, other, episode = clinic
    name, subject, bundled_cpr = _subjects(patient, other)[case]
    qr = _qr(forms, subject)
    data = _bundle(qr, bundled_cpr) if bundled_cpr else qr
    with pytest.raises(FhirImportError, match="any-subject") as caught:
        import_all(store, episode.id, data, forms=forms)
    assert len(str(caught.value).splitlines()) == 1, name
    assert _answers(store) == 0
    assert store.responses(episode.id) == []
    import_all(store, episode.id, data, forms=forms, check_subject=False)  # --any-subject
    assert _answers(store) > 0


@pytest.mark.parametrize("subject_of", [
    lambda p: {"reference": f"Patient/{p.id}"},
    lambda p: {"reference": f"https://lbp-desktop.example/fhir/Patient/{p.id}/_history/2"},
    lambda p: {"identifier": {"system": CPR_SYSTEM, "value": "010190-1235"}},
    lambda p: {"reference": "urn:uuid:7d1c9a4e-0000-4000-8000-000000000001"},
])
def test_every_subject_form_of_the_same_patient_is_accepted(clinic, forms, subject_of):
    store, patient, _other, episode = clinic
    qr = _qr(forms, subject_of(patient))
    data = _bundle(qr, "0101901235") if qr["subject"].get("reference", "").startswith(
        "urn:") else qr
    (result,) = import_all(store, episode.id, data, forms=forms)
    assert result.status == "completed" and _answers(store) > 0


def _text_answer(qr):
    for group in qr["item"]:
        for item in group["item"]:
            for answer in item.get("answer", []):
                if "valueString" in answer:
                    return item["linkId"], answer
    raise AssertionError("no text answer")


def _integer_answer(qr):
    for group in qr["item"]:
        for item in group["item"]:
            for answer in item.get("answer", []):
                if "valueInteger" in answer:
                    return item["linkId"], answer
    raise AssertionError("no integer answer")


@pytest.mark.parametrize("bad", ["NaN", "Infinity", "-Infinity", "1e400", "surrogate", "deep",
                                 "huge-int"])
def test_bad_values_are_one_line_errors_naming_the_item_and_write_nothing(
        clinic, forms, tmp_path, capsys, bad):
    store, patient, _other, episode = clinic
    qr = _qr(forms, {"reference": f"Patient/{patient.id}"})
    if bad == "surrogate":
        link, answer = _text_answer(qr)
        answer["valueString"] = "@@BAD@@"
        text = json.dumps(qr).replace('"@@BAD@@"', '"ok \\ud800 text"')
    elif bad == "deep":
        link, answer = _integer_answer(qr)
        answer["valueInteger"] = "@@BAD@@"
        text = json.dumps(qr).replace('"@@BAD@@"', "[" * 100_000 + "]" * 100_000)
    else:
        link, answer = _integer_answer(qr)
        answer["valueInteger"] = "@@BAD@@"
        literal = "1" + "0" * 5000 if bad == "huge-int" else bad
        text = json.dumps(qr).replace('"@@BAD@@"', literal)
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    code = main(["import-fhir", "--db", str(store.path), "--plaintext", "--episode", episode.id,
                 str(path)])
    err = capsys.readouterr().err
    assert code == 2
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    if bad != "deep":
        assert link in err
    assert _answers(store) == 0 and store.responses(episode.id) == []


def test_a_surrogate_handed_in_as_a_dict_writes_nothing(clinic, forms):
    store, patient, _other, episode = clinic
    qr = _qr(forms, {"reference": f"Patient/{patient.id}"})
    link, answer = _text_answer(qr)
    answer["valueString"] = "ok \ud800 text"
    with pytest.raises(FhirImportError, match=link.replace(".", r"\.")):
        import_all(store, episode.id, qr, forms=forms)
    assert _answers(store) == 0


def test_one_import_is_one_transaction(clinic, forms):
    store, patient, _other, episode = clinic
    good = _qr(forms, {"reference": f"Patient/{patient.id}"})
    refused = copy.deepcopy(good)
    refused["id"] = "another-response"
    refused["questionnaire"] = "https://lbp-desktop.example/fhir/Questionnaire/nosuch"
    bundle = {"resourceType": "Bundle", "type": "collection",
              "entry": [{"resource": good}, {"resource": refused}]}
    with pytest.raises(FhirImportError):
        import_all(store, episode.id, bundle, forms=forms)
    assert _answers(store) == 0 and store.responses(episode.id) == []
