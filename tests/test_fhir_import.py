"""QuestionnaireResponse parse and import: validation by item, idempotency, the round trip."""

from __future__ import annotations

import copy
import json

import pytest

from lbp_desktop.cli import main
from lbp_desktop.domain.records import Referral, Response
from lbp_desktop.errors import UserError
from lbp_desktop.interop import (
    answers_from_questionnaire_response,
    build_bundle,
    build_questionnaire_response,
    import_questionnaire_response,
)
from lbp_desktop.questionnaires.answers import AnswerError
from tests.fhir_support import add_case, fill, new_store, resources


def _response(status="completed", battery="ulrus"):
    return Response(id="2f1c3c8e-2a52-4a8a-9d35-1f1e0c6f0a11", episode_id="e", battery_id=battery,
                    form_versions={}, language="da", device="local", status=status,
                    started_at="2026-11-25T09:00:00.000000+00:00",
                    completed_at="2026-11-25T09:10:00.000000+00:00")


def test_parse_gives_back_exactly_the_answers(forms):
    answers = fill(forms, "ulrus")
    qr = build_questionnaire_response(_response(), answers, forms, patient_id="p")
    form_ids, parsed = answers_from_questionnaire_response(qr, forms)
    assert form_ids == [f for f in forms.batteries["ulrus"].instruments if answers.get(f)]
    assert parsed == {f: a for f, a in answers.items() if a}


def _qr_with(forms, mutate):
    qr = build_questionnaire_response(_response(), fill(forms, "ulrus"), forms)
    item = next(i for g in qr["item"] for i in g["item"] if i["linkId"] == "startback.q9")
    mutate(item)
    return qr


@pytest.mark.parametrize(("mutate", "message"), [
    (lambda i: i["answer"][0]["valueCoding"].update(code="7"), "code '7'"),
    (lambda i: i["answer"][0]["valueCoding"].update(system="http://other"), "code system"),
    (lambda i: i.update(answer=[{"valueInteger": 3}]), "expected valueCoding"),
    (lambda i: i.update(answer=[i["answer"][0], i["answer"][0]]), "more than one"),
    (lambda i: i.update(linkId="startback.q99"), "not an item"),
    (lambda i: i.update(linkId="nosuchform.q1"), "no form"),
])
def test_bad_answers_are_refused_naming_the_item(forms, mutate, message):
    qr = _qr_with(forms, mutate)
    with pytest.raises(AnswerError) as caught:
        answers_from_questionnaire_response(qr, forms)
    assert message in str(caught.value)
    assert caught.value.item.startswith(("startback.q9", "nosuchform"))


def test_out_of_range_numbers_are_refused(forms):
    qr = build_questionnaire_response(_response(), fill(forms, "ulrus"), forms)
    item = next(i for g in qr["item"] for i in g["item"] if i["linkId"] == "pain.back_now")
    item["answer"] = [{"valueInteger": 11}]
    with pytest.raises(AnswerError, match=r"pain\.back_now"):
        answers_from_questionnaire_response(qr, forms)


def _answers_of(bundle):
    out = {}
    for qr in resources(bundle, "QuestionnaireResponse"):
        items = {i["linkId"]: i["answer"] for g in qr.get("item", []) for i in g["item"]}
        out[qr["id"]] = (qr["status"], items)
    return out


def test_round_trip_into_another_database(tmp_path, forms):
    source = new_store(tmp_path, "a.db")
    case = add_case(source, forms, "010190-1235", "Karen Jensen", "high")
    exported = build_bundle(source, case["episode"].id, forms=forms)
    qr = resources(exported, "QuestionnaireResponse")[0]

    target = new_store(tmp_path, "b.db")
    patient = target.add_patient("010190-1235", "Karen Jensen", fictional=True)
    episode = target.add_episode(patient.id, Referral(gp_name="Læge B"))
    with pytest.raises(UserError, match="any-subject"):
        import_questionnaire_response(target, episode.id, qr, forms=forms)
    result = import_questionnaire_response(target, episode.id, qr, forms=forms,
                                           check_subject=False)
    assert result.created and result.status == "completed"
    assert target.answers(result.response_id) == source.answers(case["response"].id)
    assert target.scores(result.response_id)["startback"].result["risk"] == "high"

    again = build_bundle(target, episode.id, forms=forms)
    (status, items), = _answers_of(again).values()
    (status0, items0), = _answers_of(exported).values()
    assert (status, items) == (status0, items0)

    # importing the same file again changes nothing
    before = len(target.answer_history(result.response_id))
    second = import_questionnaire_response(target, episode.id, qr, forms=forms,
                                           check_subject=False)
    assert second.response_id == result.response_id and not second.created
    assert second.recorded == 0
    assert len(target.responses(episode.id)) == 1
    assert len(target.answer_history(result.response_id)) == before
    assert build_bundle(target, episode.id, forms=forms) == again


def test_reimport_into_the_same_database_is_a_no_op(tmp_path, forms):
    store = new_store(tmp_path)
    case = add_case(store, forms, "150575-2346", "Ole Hansen", "medium")
    before = build_bundle(store, forms=forms)
    qr = resources(before, "QuestionnaireResponse")[0]
    result = import_questionnaire_response(store, case["episode"].id, qr, forms=forms)
    assert result.response_id == case["response"].id and result.recorded == 0
    assert _answers_of(build_bundle(store, forms=forms)) == _answers_of(before)


def test_in_progress_snapshots_update_then_complete(tmp_path, forms):
    store = new_store(tmp_path)
    patient = store.add_patient("311299-3457", "Mette Lund", fictional=True)
    episode = store.add_episode(patient.id, Referral())
    answers = fill(forms, "ulrus")
    response = _response(status="in_progress")
    partial = {"startback": {"q1": 1, "q2": 0}}
    qr = build_questionnaire_response(response, partial, forms, patient_id=patient.id)
    first = import_questionnaire_response(store, episode.id, qr, forms=forms)
    assert first.created and first.recorded == 2
    assert store.response(first.response_id).status == "in_progress"
    changed = {"startback": {"q1": 0, "q3": 1}}
    qr2 = build_questionnaire_response(response, changed, forms, patient_id=patient.id)
    second = import_questionnaire_response(store, episode.id, qr2, forms=forms)
    assert second.response_id == first.response_id
    assert store.answers(first.response_id) == changed
    final = build_questionnaire_response(_response(), answers, forms, patient_id=patient.id)
    import_questionnaire_response(store, episode.id, final, forms=forms)
    assert store.response(first.response_id).status == "completed"
    assert store.answers(first.response_id) == {f: a for f, a in answers.items() if a}
    # a completed response with different answers is not changed by an import
    other = copy.deepcopy(final)
    other["item"][0]["item"][0]["answer"] = [{"valueInteger": 0}]
    with pytest.raises(UserError, match="already completed"):
        import_questionnaire_response(store, episode.id, other, forms=forms)


def test_cli_export_and_import(tmp_path, forms, capsys):
    store = new_store(tmp_path, "cli.db")
    case = add_case(store, forms, "010190-1235", "Karen Jensen", "low")
    store.close()
    out = tmp_path / "export.json"
    db = str(tmp_path / "cli.db")
    assert main(["export-fhir", "--db", db, "--plaintext", "-o", str(out), "--check"]) == 0
    bundle = json.loads(out.read_text(encoding="utf-8"))
    assert bundle["resourceType"] == "Bundle"
    qr = resources(bundle, "QuestionnaireResponse")[0]
    qr_file = tmp_path / "qr.json"
    qr_file.write_text(json.dumps(qr), encoding="utf-8")
    assert main(["import-fhir", "--db", db, "--plaintext", "--episode", case["episode"].id,
                 str(qr_file)]) == 0
    assert "0 answer(s) recorded" in capsys.readouterr().out
    out2 = tmp_path / "export2.json"
    assert main(["export-fhir", "--db", db, "--plaintext", "-o", str(out2)]) == 0
    assert _answers_of(json.loads(out2.read_text(encoding="utf-8"))) == _answers_of(bundle)
    q = tmp_path / "q.json"
    assert main(["export-fhir", "--questionnaires", "-o", str(q)]) == 0
    assert json.loads(q.read_text(encoding="utf-8"))["entry"]
    bad = tmp_path / "bad.json"
    bad.write_text('{"resourceType": "Patient"}', encoding="utf-8")
    assert main(["import-fhir", "--db", db, "--plaintext", "--episode", case["episode"].id,
                 str(bad)]) == 2
