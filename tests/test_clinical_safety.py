"""What the clinician and the GP read is never wrong or falsely reassuring: the demo cases and
the counterexamples of the clinical review, end to end (store → summary → JSON → letter)."""

from __future__ import annotations

import copy
import io
import json
import shutil

import pytest
from pypdf import PdfReader

from lbp_desktop.cli import main
from lbp_desktop.pathway.plan import recommended_plan, suggested_plan
from lbp_desktop.pathway.summary import summarize
from lbp_desktop.reports.from_store import render_episode_letter
from lbp_desktop.storage.errors import StorageError
from lbp_desktop.storage.store import Store


def pages_text(pdf: bytes) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    from lbp_desktop.demo.build import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.lbp"
    result = build_demo(path, plaintext=True)
    return path, result.episodes


@pytest.fixture()
def demo(demo_file, tmp_path):
    """A private copy of the demo database per test (tests here write to it)."""
    source, episodes = demo_file
    path = tmp_path / "demo.lbp"
    shutil.copy(source, path)
    store = Store.open(path, None, plaintext=True)
    yield store, episodes, path
    store.close()


def _episodes_json(path, capsys) -> dict[str, dict]:
    assert main(["episodes", "--db", str(path), "--plaintext", "--json", "--all"]) == 0
    return {e["patient"]["name"]: e for e in json.loads(capsys.readouterr().out)}


# -- the age flag is about age at onset --------------------------------------------------------


def test_case_6_has_no_age_flag_in_episodes_json(demo, capsys):
    store, _, path = demo
    store.close()
    data = _episodes_json(path, capsys)
    jorgen = data["Jørgen Hansen"]["red_flag_triage"]
    assert jorgen["age"] == 56 and jorgen["age_flag"] is False
    assert "age" not in jorgen["non_acute"] and jorgen["level"] == "none"
    assert jorgen["onset_age"]["basis"] == "duration" and jorgen["onset_age"]["latest"] <= 55
    assert jorgen["all_clear"] is True
    assert data["Jørgen Hansen"]["red_flags"] == []


# -- unanswered red flags -----------------------------------------------------------------------


def test_imported_response_without_bladder_bowel_is_reported_unanswered(demo, tmp_path, capsys):
    store, episodes, path = demo
    episode_id = episodes[1]
    store.close()
    out = tmp_path / "export.json"
    assert main(["export-fhir", "--db", str(path), "--plaintext", "--episode", episode_id,
                 "--no-letters", "-o", str(out)]) == 0
    bundle = json.loads(out.read_text(encoding="utf-8"))
    qr = next(e["resource"] for e in bundle["entry"]
              if e["resource"]["resourceType"] == "QuestionnaireResponse")
    qr = copy.deepcopy(qr)
    qr["id"] = "7d0c5b4e-1111-4a8a-9d35-1f1e0c6f0a99"
    for ident in [qr.get("identifier")] if isinstance(qr.get("identifier"), dict) else []:
        ident["value"] = "urn:uuid:" + qr["id"]
    qr["authored"] = "2026-12-01T10:00:00+00:00"
    removed = []

    def drop(items):
        kept = []
        for item in items:
            if str(item.get("linkId", "")).endswith("bladder_bowel"):
                removed.append(item["linkId"])
                continue
            if "item" in item:
                item["item"] = drop(item["item"])
            kept.append(item)
        return kept

    qr["item"] = drop(qr["item"])
    assert removed, "the export holds the bladder/bowel answer"
    qr_file = tmp_path / "qr.json"
    qr_file.write_text(json.dumps(qr), encoding="utf-8")
    assert main(["import-fhir", "--db", str(path), "--plaintext", "--episode", episode_id,
                 str(qr_file)]) == 0
    capsys.readouterr()

    triage = _episodes_json(path, capsys)["Morten Kristensen"]["red_flag_triage"]
    assert triage["unanswered"] == ["bladder_bowel"]
    assert triage["unanswered_acute"] == ["bladder_bowel"]
    assert triage["level"] == "unanswered" and triage["all_clear"] is False

    store = Store.open(path, None, plaintext=True)
    try:
        row = next(r for r in store.worklist() if r.episode_id == episode_id)
        assert row.red_flags == "unanswered"
        pdf, _ = render_episode_letter(store, episode_id, "gp", letter_date="2026-12-01")
    finally:
        store.close()
    pages = pages_text(pdf)
    text = " ".join(pages)
    assert "SPØRGSMÅL OM AKUT RØDT FLAG IKKE BESVARET" in pages[0]
    assert "Ikke besvaret: Nyopståede vandladningsforstyrrelser" in text
    assert "7 af 8 spørgsmål om røde flag besvaret" in text
    # never the letter's own all-clear (the clinician's examination note may still say what
    # was found at the examination)
    assert "Ingen røde flag." not in text and "besvaret med nej" not in text

    # FHIR says the same: asked but unknown, never "no"; the whole screen indeterminate
    again = tmp_path / "again.json"
    assert main(["export-fhir", "--db", str(path), "--plaintext", "--episode", episode_id,
                 "--no-letters", "--check", "-o", str(again)]) == 0
    observations = [e["resource"] for e in json.loads(again.read_text("utf-8"))["entry"]
                    if e["resource"]["resourceType"] == "Observation"
                    and e["resource"]["code"]["coding"][0]["code"] == "redflags"]
    newest = max(observations, key=lambda o: o.get("effectiveDateTime", ""))
    absent = [c for c in newest["component"] if "dataAbsentReason" in c]
    assert [c["code"]["coding"][0]["code"] for c in absent] == ["redflags.bladder_bowel"]
    assert newest["interpretation"][0]["coding"][0]["code"] == "IND"


# -- acute flags: the plan, the handling record, the letter ------------------------------------


def test_case_2_acute_flag_replaces_the_suggested_plan(demo):
    store, episodes, _ = demo
    summary = summarize(store, episodes[2])
    assert summary.red_flags.acute == ["bladder_bowel"]
    assert suggested_plan(summary) == ["acute_referral"]


@pytest.mark.parametrize(("kwargs", "present", "absent"), [
    ({"red_flags_acute": True}, ["acute_referral"], ["no_further_investigation",
                                                      "information_advice"]),
    ({"red_flags": ["cancer_history"]}, ["consider_investigation"],
     ["no_further_investigation", "acute_referral"]),
    ({"red_flags": ["age"]}, ["consider_investigation"], ["no_further_investigation"]),
    ({"unanswered": ["bladder_bowel"]}, [], ["no_further_investigation"]),
    ({}, ["no_further_investigation"], ["consider_investigation"]),
])
@pytest.mark.parametrize("risk", ["low", "medium", "high"])
def test_never_no_further_investigation_beside_a_red_flag(risk, kwargs, present, absent):
    plan = recommended_plan(risk, **kwargs)
    for wanted in present:
        assert wanted in plan
    for unwanted in absent:
        assert unwanted not in plan


def test_recording_the_handling_of_an_acute_flag(demo):
    store, episodes, _ = demo
    user = store.authenticate("demo", "demo")
    assert user is not None
    store.actor_id = user.id
    with pytest.raises(StorageError, match="describe"):
        store.record_acute_handling(episodes[2], "   ")
    record = store.record_acute_handling(
        episodes[2], "Vandladning afklaret: ingen ridebukseanæstesi, normal kraft. Informeret om "
                     "at søge akut ved forværring.")
    assert record["by_name"] == user.name and record["at"]
    with pytest.raises(Exception, match="permanent"):
        store.db.execute("UPDATE acute_handling SET action = 'x'")
    row = next(r for r in store.worklist() if r.episode_id == episodes[2])
    assert row.red_flags == "acute" and row.acute_handled
    summary = summarize(store, episodes[2])
    assert summary.red_flags.handled["action"].startswith("Vandladning afklaret")
    pdf, _ = render_episode_letter(store, episodes[2], "gp", letter_date="2026-04-16")
    first = pages_text(pdf)[0]
    assert "AKUT RØDT FLAG" not in first  # no alarm once handled ...
    assert "Akut rødt flag – håndteret" in first  # ... but what was found and done
    assert f"af {user.name}: Vandladning afklaret" in first


# -- no final letter before an examination ------------------------------------------------------


@pytest.mark.parametrize("case", [3, 4, 5, 6])
def test_epikrise_never_writes_a_final_letter_without_an_examination(demo, tmp_path, capsys,
                                                                     case):
    store, episodes, path = demo
    assert store.examination(episodes[case]) is None
    store.close()
    out = tmp_path / "letter.pdf"
    code = main(["epikrise", "--db", str(path), "--plaintext", "--episode", episodes[case],
                 "-o", str(out)])
    assert code != 0 and not out.exists()
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no examination recorded" in err[0]
    assert main(["epikrise", "--db", str(path), "--plaintext", "--episode", episodes[case],
                 "--draft", "-o", str(out)]) == 0
    pages = pages_text(out.read_bytes())
    assert all("UDKAST" in page for page in pages)
    assert "Ingen undersøgelse registreret endnu" in pages[0]


def test_case_1_still_gets_a_final_letter(demo, tmp_path):
    store, episodes, path = demo
    store.close()
    out = tmp_path / "letter.pdf"
    assert main(["epikrise", "--db", str(path), "--plaintext", "--episode", episodes[1],
                 "-o", str(out)]) == 0
    text = " ".join(pages_text(out.read_bytes()))
    assert "UDKAST" not in text and "Epikrise efter udvidet rygudredning" in text


def test_patient_copy_of_a_draft_promises_no_agreement(demo):
    store, episodes, _ = demo
    pdf, inp = render_episode_letter(store, episodes[5], "patient", letter_date="2026-06-10")
    assert inp.draft and inp.missing_for_final == ("examination",)
    text = " ".join(pages_text(pdf))
    assert "aftalte" not in text and "Din plan er ikke færdig endnu" in text


def test_caseworker_letter_without_a_caseworker_is_refused(demo, tmp_path, capsys):
    store, episodes, path = demo
    assert not store.episode(episodes[1]).caseworker
    store.close()
    code = main(["epikrise", "--db", str(path), "--plaintext", "--episode", episodes[1],
                 "--recipient", "caseworker", "-o", str(tmp_path / "cw.pdf")])
    assert code != 0 and not (tmp_path / "cw.pdf").exists()
    assert "no caseworker is recorded" in capsys.readouterr().err


# -- the GP reads the conclusion first ------------------------------------------------------


@pytest.mark.parametrize("case", [1, 2, 4])
def test_gp_letter_conclusion_on_page_one(demo, case):
    store, episodes, _ = demo
    pdf, inp = render_episode_letter(store, episodes[case], "gp", letter_date="2026-12-01")
    pages = pages_text(pdf)
    assert len(pages) <= 2
    first = pages[0]
    assert "Vurdering" in first
    heads = ["Vurdering"]
    if inp.plan:
        assert "Anbefalet plan" in first and "Opfølgning hos egen læge anbefales" in first
        heads.append("Anbefalet plan")
    heads += ["Røde flag", "Patientrapporteret status"]
    text, at = " ".join(pages), 0
    for head in heads:  # each after the one before: the conclusion, then flags, then details
        at = text.index(head, at) + len(head)


def test_orebro_work_item_is_not_worded_as_return_to_work(demo):
    store, episodes, _ = demo
    pdf, _ = render_episode_letter(store, episodes[1], "gp", letter_date="2026-12-01")
    text = " ".join(pages_text(pdf))
    assert "vende tilbage til arbejde" not in text


def test_case_4_mdi_letter_names_icd10_and_the_sum_band(demo):
    store, episodes, _ = demo
    mdi = summarize(store, episodes[4]).mdi
    assert mdi is not None and mdi["icd10"] == "moderate"
    pdf, _ = render_episode_letter(store, episodes[4], "gp", letter_date="2026-12-01")
    text = " ".join(pages_text(pdf))
    assert "Moderat depression (ICD-10)" in text
    assert f"sum {mdi['total']}/50" in text and "sumbånd efter DSAM" in text
    assert "Ingen depression" not in text


def test_unverified_wording_is_footnoted_once(demo):
    store, episodes, _ = demo
    pdf, _ = render_episode_letter(store, episodes[1], "gp", letter_date="2026-12-01")
    text = " ".join(pages_text(pdf))
    assert text.count("er ikke valideret mod den publicerede danske version") == 1
    assert "STarT Back*" in text and "Roland-Morris (RMDQ-23)*" in text
