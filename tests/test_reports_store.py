"""The epikrise from the demo database (the six pathway cases) and the ``epikrise`` CLI."""

from __future__ import annotations

import io
import os
import re

import pytest
from pypdf import PdfReader

from lbp_desktop.cli import main
from lbp_desktop.pathway.letter_rules import LetterRefused
from lbp_desktop.pathway.plan import option
from lbp_desktop.pathway.summary import summarize
from lbp_desktop.reports import labels as L
from lbp_desktop.reports.attach import attachments
from lbp_desktop.reports.from_store import build_letter_input, render_episode_letter
from lbp_desktop.storage.store import Store


def pages_text(pdf: bytes) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from lbp_desktop.demo.build import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.lbp"
    result = build_demo(path, plaintext=True)
    store = Store.open(path, None, plaintext=True)
    yield store, result.episodes, path
    store.close()


@pytest.mark.parametrize("case", [1, 2, 3, 4, 5, 6])
def test_every_demo_case_letter_holds_its_data(demo, case: int) -> None:
    store, episodes, _ = demo
    summary = summarize(store, episodes[case])
    pdf, inp = render_episode_letter(store, episodes[case], "gp", letter_date="2026-11-20")
    pages = pages_text(pdf)
    text = " ".join(pages)
    for number, page in enumerate(pages, start=1):
        assert f"Side {number} af {len(pages)}" in page
        assert "Indeholder helbredsoplysninger – fortroligt" in page
        assert inp.document_id in page
    assert summary.patient.name in text
    assert f"CPR-nr. {summary.patient.cpr}" in text
    assert summary.episode.referral.gp_name in text
    assert "Epikrise efter udvidet rygudredning" in text
    if summary.risk:
        assert L.RISK["da"][summary.risk] in text
        sb = summary.startback
        assert f"score {sb['total']}/9, psykosocial delscore {sb['psychosocial']}/5" in text
    orebro = summary.current.get("orebro10")
    if orebro:
        assert f"{orebro['total']}/100" in text
        for domain, values in orebro["profile"].items():
            row = f"{L.DOMAIN['da'][domain]} {L.BAND['da'][values['band']]} {values['burden']}"
            assert row in text, row
    rmdq = summary.current.get("rmdq23")
    if rmdq:
        assert f"{rmdq['total']}/23" in text
    pain = summary.current.get("pain")
    if pain:
        assert f"Ryg nu {pain['back_now']}" in text
    if summary.red_flags.acute:
        assert "AKUT RØDT FLAG" in pages[0]
    exam = summary.examination
    if exam:
        for option_id in exam.plan:
            assert option(option_id).label("da") in text
        answer = "Ja" if exam.gp_follow_up else "Nej"
        assert f"Opfølgning hos egen læge anbefales: {answer}" in text
    else:
        assert "Opfølgning hos egen læge anbefales: ikke angivet" in text
    assert "FIKTIV PATIENT" in text


def test_case_1_morten_kristensen_as_the_case_text_has_it(demo) -> None:
    store, episodes, _ = demo
    pdf, inp = render_episode_letter(store, episodes[1], "gp", letter_date="2026-03-12")
    text = " ".join(pages_text(pdf))
    for expected in ["Morten Kristensen", "Middel risiko", "Smerteniveau moderat",
                     "Nedsat funktionsniveau moderat", "Søvnforstyrrelse svær",
                     "Bevægeangst svær",
                     "Alle 8 spørgsmål om røde flag er besvaret med nej. Ingen røde flag.",
                     "Intet aldersflag (43–44 år ved debut; ud fra CPR-nr. og "
                     "smertevarighed: 6–8 uger)",
                     "Mobilisering/manipulation", "Hjemmeøvelser", "Superviseret træning",
                     "Forblive fysisk aktiv og i arbejde", "Side 1 af"]:
        assert expected in text, expected
    assert inp.status is not None and inp.status.startback.risk == "medium"
    # the profile in words, as the case text summarises Morten's questionnaire
    assert ("Spørgeskemaet viser moderat smerteniveau, moderat nedsat funktionsniveau, kraftig "
            "søvnforstyrrelse, svær bevægeangst, moderat bekymring/anspændthed, udtalt frygt for "
            "at tilstanden aldrig bliver bedre, moderat påvirket humør og") in text
    # the plan is on page 1 or at the top of page 2, and the letter is at most 2 pages
    pages = pages_text(pdf)
    assert len(pages) <= 2
    assert "Anbefalet plan" in pages[0] or pages[1].index("Anbefalet plan") < 200


def test_letter_wording_reads_as_danish_not_as_a_template(demo) -> None:
    """No machine phrasing: numbers with their scale, the age behind the age flag, no "uge(r)"."""
    store, episodes, _ = demo
    for number in sorted(episodes):
        pdf, _ = render_episode_letter(store, episodes[number], "gp", letter_date="2026-12-01")
        text = " ".join(pages_text(pdf))
        assert "(r)" not in text and "Ingen besvaret" not in text
        assert re.search(r"Ryg nu \d+/10, gns\. seneste uge \d+/10", text), number
        if "Ud fra CPR-nr." in text:
            assert re.search(r"Alder under 20 eller over 55 år \(\d+ år\)", text)


def test_case_2_acute_flag_cannot_be_missed(demo) -> None:
    store, episodes, _ = demo
    pdf, _ = render_episode_letter(store, episodes[2], "gp", letter_date="2026-04-16")
    first = pages_text(pdf)[0]
    assert "AKUT RØDT FLAG" in first
    assert first.index("AKUT RØDT FLAG") < first.index("Vurdering")
    assert "vandladning" in first


def test_case_4_caseworker_letter_leaves_out_psychological_items(demo) -> None:
    store, episodes, _ = demo
    gp = " ".join(pages_text(render_episode_letter(store, episodes[4], "gp",
                                                   letter_date="2026-05-12")[0]))
    assert "MDI" in gp and "Høj risiko" in gp and "Bekymring" in gp
    pdf, inp = render_episode_letter(store, episodes[4], "caseworker", letter_date="2026-05-12")
    text = " ".join(pages_text(pdf))
    for word in ["MDI", "depression", "Bekymring", "humør", "Frygt for", "Bevægeangst",
                 "psykosocial", "STarT", "Örebro", "Røde flag", "forventning"]:
        assert word not in text, word
    assert "Status til kommunal sagsbehandler" in text
    assert "Sagsbehandler Lone Dahl" in text
    assert "sygemeldt" in text
    assert inp.recipient.name.startswith("Sagsbehandler")


def test_patient_copy_follows_the_answer_language(demo, tmp_path) -> None:
    store, episodes, _ = demo
    pdf, inp = render_episode_letter(store, episodes[1], "patient", letter_date="2026-03-12")
    assert inp.language == "da"
    assert "Din plan efter rygundersøgelsen" in " ".join(pages_text(pdf))
    pdf, inp = render_episode_letter(store, episodes[1], "patient", letter_date="2026-03-12",
                                     language="en")
    text = " ".join(pages_text(pdf))
    assert "Your plan after the back examination" in text
    assert "STarT" not in text and "RMDQ" not in text


def test_patient_answering_in_english_gets_english(tmp_path) -> None:
    from lbp_desktop.demo.build import build_demo

    path = tmp_path / "demo.lbp"
    episodes = build_demo(path, plaintext=True).episodes
    store = Store.open(path, None, plaintext=True)
    try:
        for response in store.responses(episodes[1]):
            store.set_language(response.id, "en")
        inp = build_letter_input(store, episodes[1], "patient", letter_date="2026-03-12")
    finally:
        store.close()
    assert inp.language == "en"


def test_store_letter_is_deterministic(demo) -> None:
    store, episodes, _ = demo
    first, _ = render_episode_letter(store, episodes[2], "gp", letter_date="2026-04-16")
    second, _ = render_episode_letter(store, episodes[2], "gp", letter_date="2026-04-16")
    assert first == second


def test_cli_writes_the_letter(demo, tmp_path, capsys) -> None:
    _, episodes, path = demo
    out = tmp_path / "epikrise.pdf"
    fhir = tmp_path / "episode.json"
    fhir.write_text('{"resourceType": "Bundle"}', encoding="utf-8")
    code = main(["epikrise", "--db", str(path), "--plaintext", "--episode", episodes[1][:8],
                 "-o", str(out), "--date", "2026-03-12", "--attach", str(fhir)])
    assert code == 0
    pdf = out.read_bytes()
    text = " ".join(pages_text(pdf))
    assert "Morten Kristensen" in text and "Side 1 af" in text
    assert attachments(pdf) == {"episode.json": b'{"resourceType": "Bundle"}'}
    assert "Wrote" in capsys.readouterr().err

    # case 4 has no examination yet: no final letter, only a draft on request
    code = main(["epikrise", "--db", str(path), "--plaintext", "--episode", episodes[4],
                 "-o", str(tmp_path / "cw.pdf"), "--recipient", "caseworker"])
    assert code != 0 and not (tmp_path / "cw.pdf").exists()
    assert "no examination recorded" in capsys.readouterr().err
    code = main(["epikrise", "--db", str(path), "--plaintext", "--episode", episodes[4],
                 "-o", str(tmp_path / "cw.pdf"), "--recipient", "caseworker", "--draft"])
    assert code == 0
    pages = pages_text((tmp_path / "cw.pdf").read_bytes())
    assert "MDI" not in " ".join(pages)
    assert all("UDKAST" in page for page in pages)


def test_cli_user_errors(demo, tmp_path, capsys) -> None:
    _, _, path = demo
    code = main(["epikrise", "--db", str(path), "--plaintext", "--episode", "nope",
                 "-o", str(tmp_path / "x.pdf")])
    assert code != 0
    assert "no episode 'nope'" in capsys.readouterr().err
    code = main(["epikrise", "--db", str(tmp_path / "missing.lbp"), "--plaintext",
                 "--episode", "x", "-o", str(tmp_path / "x.pdf")])
    assert code != 0
    assert "no such file" in capsys.readouterr().err
    assert not os.path.exists(tmp_path / "x.pdf")


def test_gp_letter_embeds_the_episode_as_fhir_and_the_others_do_not(demo) -> None:
    import json

    store, episodes, _ = demo
    summary = summarize(store, episodes[1])
    gp, _ = render_episode_letter(store, episodes[1], "gp", letter_date="2026-11-20")
    files = attachments(gp)
    assert list(files) == ["episode-fhir.json"]
    bundle = json.loads(files["episode-fhir.json"])
    assert bundle["resourceType"] == "Bundle"
    patients = [e["resource"] for e in bundle["entry"]
                if e["resource"]["resourceType"] == "Patient"]
    assert [p["identifier"][0]["value"] for p in patients] == [
        summary.patient.cpr.replace("-", "")]  # the Danish core profile's ten characters
    assert any(e["resource"]["resourceType"] == "QuestionnaireResponse" for e in bundle["entry"])
    # the same input still gives the same bytes, attachment included
    again, _ = render_episode_letter(store, episodes[1], "gp", letter_date="2026-11-20")
    assert again == gp
    # the caseworker and the patient never get every answer as data
    pdf, _ = render_episode_letter(store, episodes[3], "caseworker", letter_date="2026-11-20")
    assert attachments(pdf) == {}
    pdf, _ = render_episode_letter(store, episodes[1], "patient", letter_date="2026-11-20")
    assert attachments(pdf) == {}
    # case 1 has no caseworker: a caseworker letter is refused, not addressed to nobody
    with pytest.raises(LetterRefused, match="no caseworker"):
        render_episode_letter(store, episodes[1], "caseworker", letter_date="2026-11-20")
