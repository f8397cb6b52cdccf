"""The epikrise PDF from synthetic inputs: content, recipients, page furniture, hostile input,
determinism, metadata and attachments (text read back with pypdf)."""

from __future__ import annotations

import dataclasses
import io
import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from lbp_desktop.reports.attach import attachments
from lbp_desktop.reports.epikrise import render_letter
from lbp_desktop.reports.letter_input import (
    DomainRow,
    Finding,
    LetterInput,
    PatientReported,
    PlanItem,
    RecipientBlock,
    RedFlagStatus,
    Sender,
    StartBackStatus,
    for_recipient,
)
from lbp_desktop.reports.samples import ALL_RED_FLAGS, morten_kristensen


def pages_text(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


def text_of(pdf: bytes) -> str:
    return " ".join(pages_text(pdf))


@pytest.fixture(scope="module")
def gp_pdf() -> bytes:
    return render_letter(morten_kristensen())


# -- the GP letter -----------------------------------------------------------------------------


def test_gp_letter_has_every_section_and_value(gp_pdf: bytes) -> None:
    text = text_of(gp_pdf)
    for expected in [
        # sender and date
        "Fysioterapi & Kiropraktik Aarhus C (fiktiv)", "Søndergade 10", "Signe Østergaard",
        "Fysioterapeut", "Aut.-id 0A1B2", "20. november 2026",
        # recipient
        "Til", "Praktiserende læge Anne Holm", "Lægehuset Vesterbro (fiktiv)", "Vesterbrogade 2",
        # patient, referral
        "Epikrise efter udvidet rygudredning", "Morten Kristensen", "CPR-nr. 120382-0000",
        "Henvist 02.11.2026", "Undersøgt 18.11.2026", "Henvisningsårsag:",
        # patient-reported status
        "Patientrapporteret status", "STarT Back", "Middel risiko",
        "score 6/9, psykosocial delscore 3/5", "Ryg nu 6/10", "Ben nu 1/10", "venstre ben",
        "Roland-Morris (RMDQ-23)", "11/23", "Örebro (ÖMPSQ-10)", "58/100",
        "øget risiko for langvarigt forløb (≥ 50)",
        "Maskinopstiller", "lønmodtager", "ikke sygemeldt",
        # red flags, findings, assessment, information, plan, follow-up
        "Røde flag", "Alle 8 spørgsmål om røde flag er besvaret med nej. Ingen røde flag.",
        "Fund og handling", "Kliniske fund", "Neurologi", "Strakt benløft (SLR)",
        "Vurdering", "Uspecifikke lænderygsmerter", "Information givet", "smertemekanismer",
        "Anbefalet plan", "Mobilisering/manipulation", "Hjemmeøvelser", "Superviseret træning",
        "Forblive fysisk aktiv og i arbejde", "Opfølgning", "Kontrol hos fysioterapeut om 3 uger",
        "Opfølgning hos egen læge anbefales: Nej", "Med venlig hilsen",
        # page furniture
        "Indeholder helbredsoplysninger – fortroligt", "Dok.-id EPI-2026-000123 · version 1",
        "FIKTIV PATIENT",
    ]:
        assert expected in text, expected


def test_gp_letter_profile_in_words_with_numbers(gp_pdf: bytes) -> None:
    text = text_of(gp_pdf)
    for phrase in [
        "Smerteniveau moderat 6", "Nedsat funktionsniveau moderat 5", "Søvnforstyrrelse svær 8",
        "Bevægeangst svær 8", "Bekymring / anspændthed moderat 6",
        "Frygt for at tilstanden aldrig bliver bedre moderat 6", "Påvirket humør moderat 5",
        "Lav forventning om at klare gøremål om 3 mdr. let 3",
    ]:
        assert phrase in text, phrase


def test_every_page_is_numbered_and_marked(gp_pdf: bytes) -> None:
    pages = pages_text(gp_pdf)
    for number, page in enumerate(pages, start=1):
        assert f"Side {number} af {len(pages)}" in page
        assert "Indeholder helbredsoplysninger – fortroligt" in page
        assert "EPI-2026-000123" in page
        assert "version 1" in page


def test_three_page_letter_numbers_every_page() -> None:
    long = " ".join(f"Fund nummer {i} ved undersøgelsen af lænderyggen." for i in range(150))
    inp = morten_kristensen(findings=(Finding("other", long),), version=2,
                            replaces="EPI-2026-000100 v1")
    pages = pages_text(render_letter(inp))
    assert len(pages) >= 3
    for number, page in enumerate(pages, 1):
        assert f"Side {number} af {len(pages)}" in page
        assert "version 2 · erstatter EPI-2026-000100 v1" in page
    # continuation pages say whose letter they are
    for page in pages[1:]:
        assert "Morten Kristensen, CPR-nr. 120382-0000" in page


def test_gp_follow_up_yes() -> None:
    text = text_of(render_letter(morten_kristensen(gp_follow_up=True)))
    assert "Opfølgning hos egen læge anbefales: Ja" in text
    assert "anbefales: Nej" not in text


def test_acute_red_flag_is_prominent_on_page_one() -> None:
    flags = RedFlagStatus(asked=ALL_RED_FLAGS, answered=ALL_RED_FLAGS,
                          acute=("bladder_bowel",), non_acute=("night_pain",),
                          derived=("age",),
                          found_and_done="Ændret vandladning. Henvist akut til Aarhus "
                                         "Universitetshospital samme dag.")
    pages = pages_text(render_letter(morten_kristensen(red_flags=flags)))
    first = pages[0]
    assert "AKUT RØDT FLAG" in first
    # the box comes right under the patient's name, before even the conclusion
    assert first.index("AKUT RØDT FLAG") < first.index("Vurdering")
    assert "vandladning" in first[first.index("AKUT RØDT FLAG"):][:200]
    text = " ".join(pages)
    assert "Akut:" in text
    assert "Øvrige angivet:" in text
    assert "Henvist akut til Aarhus Universitetshospital" in text
    assert "Alder ved debut under 20 eller over 55 år" in text
    assert "Ingen røde flag" not in text


def test_incomplete_startback_shows_no_guessed_group() -> None:
    status = dataclasses.replace(morten_kristensen().status,
                                 startback=StartBackStatus(risk=None, total=None))
    text = text_of(render_letter(morten_kristensen(status=status)))
    assert "ikke fuldt besvaret" in text
    assert "Middel risiko" not in text


def test_no_questionnaire_still_renders() -> None:
    text = text_of(render_letter(morten_kristensen(status=None, red_flags=None)))
    assert "Intet besvaret spørgeskema." in text
    assert "Røde flag er ikke besvaret" in text


# -- recipients --------------------------------------------------------------------------------

PSYCHOLOGICAL = ["Bekymring", "anspændthed", "humør", "Frygt for", "Bevægeangst", "forventning",
                 "psykosocial", "STarT", "Örebro", "MDI", "depression", "Psykologisk",
                 "Røde flag", "Kliniske fund", "Søvnforstyrrelse"]


def _caseworker_input() -> LetterInput:
    base = morten_kristensen()
    status = dataclasses.replace(base.status, sick_listed=True, sick_leave_weeks=8,
                                 mdi_total=27, mdi_severity="moderate")
    plan = (*base.plan,
            PlanItem("psych_informed", "Psykologisk informeret behandling"),
            PlanItem("mood_follow_up", "Opfølgning hos egen læge på depressive symptomer"),
            PlanItem("graded_return", "Gradvis tilbagevenden til arbejde"))
    return dataclasses.replace(
        base, recipient_kind="caseworker", status=status, plan=plan,
        referral_reason="Bekymret og nedtrykt; rygsmerter.",
        recipient=RecipientBlock("Sagsbehandler Jens Berg", "Jobcenter Aarhus (fiktiv)"),
        further_recipients=("Praktiserende læge Anne Holm",))


def test_caseworker_version_leaves_out_psychological_items() -> None:
    text = text_of(render_letter(_caseworker_input()))
    for word in PSYCHOLOGICAL:
        assert word not in text, word
    assert "nedtrykt" not in text  # free-text referral reason is left out
    for expected in ["Status til kommunal sagsbehandler", "Sagsbehandler Jens Berg",
                     "Kopi til: Praktiserende læge Anne Holm", "Morten Kristensen",
                     "Funktion og arbejde", "Maskinopstiller", "sygemeldt i 8 uger",
                     "fysisk krævende arbejde", "Roland-Morris (RMDQ-23)", "11/23",
                     "Smerter og funktion",
                     "moderat smerteniveau (6/10), moderat nedsat funktionsniveau (5/10)",
                     "Uspecifikke lænderygsmerter", "Anbefalet plan",
                     "Gradvis tilbagevenden til arbejde", "Opfølgning",
                     "Opfølgning hos egen læge anbefales: Nej", "Side 1 af 1"]:
        assert expected in text, expected


def test_caseworker_data_is_minimised_before_rendering() -> None:
    cut = for_recipient(_caseworker_input())
    assert cut.status is not None
    assert {r.domain for r in cut.status.profile} == {"pain", "function"}
    assert cut.status.startback is None and cut.status.mdi_total is None
    assert cut.status.orebro_total is None
    assert cut.red_flags is None and cut.findings == ()
    assert all(p.id not in ("psych_informed", "mood_follow_up") for p in cut.plan)


def test_patient_copy_is_plain_danish() -> None:
    text = text_of(render_letter(morten_kristensen(
        recipient_kind="patient", recipient=RecipientBlock("Morten Kristensen"))))
    for expected in ["Din plan efter rygundersøgelsen", "Din plan", "Det fandt vi",
                     "Almindelige lænderygsmerter", "Øvelser, du laver hjemme",
                     "Sådan følger vi op", "Søg læge med det samme", "Side 1 af 1",
                     "Indeholder helbredsoplysninger – fortroligt"]:
        assert expected in text, expected
    for jargon in ["STarT", "RMDQ", "Roland", "Örebro", "NRS", "risiko", "psykosocial",
                   "Røde flag", "Kliniske fund", "/23", "/100", "Mobilisering/manipulation"]:
        assert jargon not in text, jargon


def test_patient_copy_in_english_when_patient_answered_in_english() -> None:
    text = text_of(render_letter(morten_kristensen(recipient_kind="patient", language="en")))
    for expected in ["Your plan after the back examination", "What we found", "Your plan",
                     "Exercises to do at home", "Follow-up", "Get medical help at once",
                     "Page 1 of 1", "Contains health information – confidential",
                     "18 November 2026"]:
        assert expected in text, expected
    for word in ["Din plan", "Side 1 af", "STarT", "RMDQ", "Örebro"]:
        assert word not in text, word


def test_unknown_recipient_is_refused() -> None:
    with pytest.raises(ValueError):
        render_letter(morten_kristensen(recipient_kind="employer"))


# -- hostile input -----------------------------------------------------------------------------

NAMES = [
    "<b>Ole</b> & <script>alert(1)</script> Hansen",
    "Łukasz Şahin-Ğüven Đorđević",
    "Åse Ørsted-Æbelø",
    "Αλέξανδρος Παπαδόπουλος",
    "Дмитрий Иванович Смирнов",
    "Nguyễn Thị Minh Khai",
    'O\'Brien "Bob" &amp; 5 > 3 < 4',
]


@pytest.mark.parametrize("name", NAMES)
def test_any_name_prints_exactly(name: str) -> None:
    inp = morten_kristensen(patient_name=name, plan_text=f"Plan for {name}.",
                            recipient=RecipientBlock(name, "<i>Klinik</i> & Co"))
    pdf = render_letter(inp)
    text = text_of(pdf)
    assert name in text
    assert f"Plan for {name}." in text
    assert "<i>Klinik</i> & Co" in text
    meta = PdfReader(io.BytesIO(pdf)).metadata
    assert name in meta.title


def test_letter_uses_only_the_embedded_unicode_font() -> None:
    reader = PdfReader(io.BytesIO(render_letter(morten_kristensen(patient_name=NAMES[3]))))
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts.add(str(font["/BaseFont"]))
            assert font["/Subtype"] in ("/TrueType", "/Type0")
    assert fonts and all("DejaVuSans" in f for f in fonts)


def test_markup_like_text_everywhere_is_literal() -> None:
    hostile = "<para>&nbsp;<font size=40>BIG</font></para> <br/> &lt; \x07bell\x00 </b>"
    shown = "<para>&nbsp;<font size=40>BIG</font></para> <br/> &lt; bell </b>"
    inp = morten_kristensen(
        findings=(Finding("neurology", hostile),), assessment_text=hostile,
        information_given=hostile, follow_up=hostile, referral_reason=hostile,
        red_flags=RedFlagStatus(asked=ALL_RED_FLAGS, answered=ALL_RED_FLAGS,
                                acute=("saddle_anaesthesia",), found_and_done=hostile),
        sender=dataclasses.replace(morten_kristensen().sender, clinic_name=hostile),
        further_recipients=(hostile,))
    text = text_of(render_letter(inp))
    assert text.count(shown) >= 8


def test_twenty_thousand_character_notes_flow_over_pages() -> None:
    words = " ".join(f"ord{i}" for i in range(4000))[:20_000] + " SLUT-NOTE"
    solid = "x" * 20_000 + "SLUT-LANG"
    paragraphs = "\n\n".join(["Første afsnit."] * 400) + "\nSLUT-AFSNIT"
    inp = morten_kristensen(
        findings=(Finding("neurology", words), Finding("other", solid)),
        assessment_text=paragraphs, plan_text=words,
        red_flags=RedFlagStatus(asked=ALL_RED_FLAGS, answered=ALL_RED_FLAGS,
                                acute=("bladder_bowel",), found_and_done=words),
        patient_name="A" * 2000,
        recipient=RecipientBlock("B" * 3000, "C" * 3000, "D" * 3000))
    pdf = render_letter(inp)
    pages = pages_text(pdf)
    assert len(pages) > 5
    text = "".join(pages)
    for marker in ["SLUT-NOTE", "SLUT-LANG", "SLUT-AFSNIT"]:
        assert marker in text
    assert text.count("x") >= 20_000
    for number, page in enumerate(pages, start=1):
        assert f"Side {number} af {len(pages)}" in page


# -- trust: determinism, metadata, attachments --------------------------------------------------


def test_same_input_gives_the_same_bytes() -> None:
    first = render_letter(morten_kristensen())
    second = render_letter(morten_kristensen())
    assert first == second
    assert render_letter(morten_kristensen(letter_date="2026-11-21")) != first


def test_metadata() -> None:
    reader = PdfReader(io.BytesIO(render_letter(morten_kristensen())))
    meta = reader.metadata
    assert meta.title == "Epikrise efter udvidet rygudredning – Morten Kristensen"
    assert meta.author == "Signe Østergaard, Fysioterapi & Kiropraktik Aarhus C (fiktiv)"
    assert meta.subject == "Epikrise, udvidet rygudredning (lænderygsmerter)"
    assert meta.creator.startswith("lbp-desktop")
    assert "EPI-2026-000123" in meta["/Keywords"]
    assert meta["/CreationDate"].startswith("D:20261120")
    assert reader.trailer["/Root"]["/Lang"] == "da-DK"
    english = PdfReader(io.BytesIO(render_letter(
        morten_kristensen(recipient_kind="patient", language="en"))))
    assert english.trailer["/Root"]["/Lang"] == "en-GB"
    assert english.metadata.title == "Your plan after the back examination – Morten Kristensen"


def test_attachments_are_embedded_and_deterministic() -> None:
    fhir = b'{"resourceType": "Bundle", "type": "document", "entry": []}'
    files = {"episode-fhir.json": fhir, "notes.txt": "æøå".encode()}
    pdf = render_letter(morten_kristensen(), attachments=files)
    assert attachments(pdf) == files
    assert render_letter(morten_kristensen(), attachments=files) == pdf
    assert "Epikrise efter udvidet rygudredning" in text_of(pdf)


def test_minimal_input_renders() -> None:
    inp = LetterInput(sender=Sender(clinic_name="Klinik"), letter_date="2026-01-05",
                      patient_name="P", patient_cpr="010101-0001")
    text = text_of(render_letter(inp))
    assert "Side 1 af 1" in text and "Dok.-id – · version 1" in text


def test_draft_is_marked_on_every_page() -> None:
    long = " ".join(["Et fund."] * 800)
    pages = pages_text(render_letter(morten_kristensen(draft=True,
                                                      findings=(Finding("other", long),))))
    assert len(pages) >= 2
    assert all("UDKAST – ikke godkendt" in p for p in pages)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_pages_render_to_png(tmp_path) -> None:
    pdf = tmp_path / "letter.pdf"
    pdf.write_bytes(render_letter(morten_kristensen(patient_name=NAMES[1])))
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(tmp_path / "page")],
                   check=True, capture_output=True)
    pngs = sorted(tmp_path.glob("page-*.png"))
    assert pngs and all(p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for p in pngs)


def test_profile_rows_follow_the_canonical_order() -> None:
    status = PatientReported(profile=(DomainRow("mood", "mild", 2), DomainRow("pain", "none", 0)))
    text = text_of(render_letter(morten_kristensen(status=status)))
    assert re.search(r"Smerteniveau ingen 0.*Påvirket humør let 2", text)


def test_dates_that_are_not_iso_print_literally() -> None:
    # A referral date typed by hand is stored as given; a date the letter cannot parse is printed
    # as typed, never read as markup (it used to go into the Paragraph unescaped).
    odd = "1/2 <b>& 2025"
    inp = morten_kristensen(referral_date=odd, assessment_date=odd, letter_date=odd)
    text = text_of(render_letter(inp))
    assert text.count(odd) >= 3
    patient = text_of(render_letter(dataclasses.replace(inp, recipient_kind="patient")))
    assert odd in patient


def test_letter_words_are_the_form_data_words() -> None:
    # Risk groups, bands, domains and the Örebro cut-point are written once, in forms/*.yaml;
    # the letter printed its own copies ("mellem risiko" beside the screen's "Middel risiko").
    from lbp_desktop.instruments import load_forms
    from lbp_desktop.reports import labels as L

    forms = load_forms().forms
    startback, orebro, mdi = forms["startback"], forms["orebro10"], forms["mdi"]
    assert startback.scoring and orebro.scoring and mdi.scoring
    for risk, text in startback.scoring.labels.items():
        assert L.RISK["da"][risk] == text.da and L.RISK["en"][risk] == text.en
    for band in orebro.bands("profile"):
        assert L.BAND["da"][band.id] == band.label.da
    for domain in orebro.scoring.domains:
        assert L.DOMAIN["da"][domain.id].lower() == domain.label.da.lower()
    for band in mdi.bands("severity"):
        assert L.MDI_SEVERITY["en"][band.id] == band.label.en
    assert L.orebro_raised_min() == orebro.param("raised_risk_min_total")
    text = text_of(render_letter(morten_kristensen()))
    assert L.RISK["da"]["medium"] in text
    assert f"(≥ {orebro.param('raised_risk_min_total')})" in text


# -- an instrument the letter has no section for (a new form file + scoring module) -------------


def _synthetic_form():
    """A made-up instrument, built here: nothing is added to forms/."""
    from lbp_desktop.questionnaires.loader import form_from_data

    scale = {"low": {"da": "Ingen", "en": "None"}, "high": {"da": "Hele tiden", "en": "Always"}}
    return form_from_data({
        "id": "sleepx", "version": "1",
        "title": {"da": "Din søvn", "en": "Your sleep"},
        "instrument": {
            "full_name": {"da": "Syntetisk søvnskema", "en": "Synthetic sleep scale"},
            "short_name": "Søvn-3", "citation": "test", "copyright": "test", "licence": "test",
            "verified": {"da": False, "en": False, "note": "synthetic, tests only"}},
        "sections": [{"id": "main", "items": [
            {"id": f"q{i}", "type": "scale_0_10", "text": {"da": f"Spørgsmål {i}",
                                                           "en": f"Question {i}"},
             "anchors": scale} for i in (1, 2, 3)]}],
        "scoring": {"scorer": "sleepx", "version": "sleepx-1", "bands": {"severity": [
            {"id": "none", "min": 0, "max": 9, "label": {"da": "ingen søvnbesvær",
                                                         "en": "no sleep problems"}},
            {"id": "severe", "min": 10, "max": 30, "label": {"da": "svært søvnbesvær",
                                                             "en": "severe sleep problems"}}]}},
    })


def test_a_new_instrument_gets_one_generic_line_in_the_gp_letter_only() -> None:
    from lbp_desktop.reports.from_store import other_scores
    from lbp_desktop.scoring.base import ScoreResult

    form = _synthetic_form()
    result = ScoreResult(form="sleepx", scoring_version="sleepx-1", complete=True,
                         values={"total": 21, "severity": "severe"})
    current = {"sleepx": result.to_dict(), "rmdq23": {"complete": True, "total": 11}}
    others = other_scores(current, "da", forms={"sleepx": form})
    assert [(o.name, o.total, o.max, o.word) for o in others] == [
        ("Søvn-3", 21, 30, "svært søvnbesvær")]  # rmdq23 has its own section: no second line

    base = morten_kristensen()
    status = dataclasses.replace(base.status, other_scores=others)
    gp = text_of(render_letter(dataclasses.replace(base, status=status)))
    assert "Søvn-3 21/30 – svært søvnbesvær" in gp
    assert gp.index("Patientrapporteret status") < gp.index("Søvn-3") \
        < gp.index("Med venlig hilsen")

    caseworker = dataclasses.replace(_caseworker_input(), status=dataclasses.replace(
        _caseworker_input().status, other_scores=others))
    assert "Søvn-3" not in text_of(render_letter(caseworker))
    assert for_recipient(caseworker).status.other_scores == ()
    patient = dataclasses.replace(base, status=status, recipient_kind="patient")
    assert "Søvn-3" not in text_of(render_letter(patient))


def test_generic_line_without_band_maximum_or_form() -> None:
    from lbp_desktop.reports.from_store import other_scores

    current = {"newthing": {"complete": True, "total": 7},
               "halfdone": {"complete": False, "missing": ["q2"]},
               "riskish": {"complete": True, "total": 4, "max": 12, "risk": "medium"}}
    others = {o.form: o for o in other_scores(current, "en", forms={})}
    assert (others["newthing"].name, others["newthing"].total, others["newthing"].max) == (
        "newthing", 7, None)
    assert others["halfdone"].complete is False
    assert (others["riskish"].max, others["riskish"].word) == (12, "medium")
    base = morten_kristensen()
    status = dataclasses.replace(base.status, other_scores=tuple(others.values()))
    text = text_of(render_letter(dataclasses.replace(base, status=status)))
    assert "newthing 7 " in text and "halfdone ikke fuldt besvaret" in text
    assert "riskish 4/12 – medium" in text
