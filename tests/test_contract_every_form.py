"""The "forms are data" contract, run over every instrument in forms/.

For each form that ``load_forms()`` finds (none is listed here, so a new form file is picked up
without touching this test): it loads and its scorer is registered; a patient answers it on a
real ``KioskWindow`` by tapping the answer buttons with a random (seeded) valid answer set, and
every visible kiosk item shows its Danish text; the stored score is complete and equals
``lbp_desktop.scoring.score`` on the stored answers; the GP epikrise for the episode renders and
prints what the form contributes; the episode's FHIR Bundle validates and carries the form's
answers and score Observations; the form's own Questionnaire validates.

Each form is answered as a questionnaire of its own (``Store.start_response(episode, form_id)``,
which ``Store._instrument_ids`` accepts for any form), so the letter and the Bundle show exactly
what that one form contributes.
"""

from __future__ import annotations

import io
import os
import random
import zlib
from collections.abc import Callable
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from lbp_desktop.domain.records import Referral
from lbp_desktop.instruments import load_forms
from lbp_desktop.interop import build_bundle, bundle_problems, questionnaire, validate_resource
from lbp_desktop.interop.common import SCORE_SYSTEM
from lbp_desktop.interop.observations import SKIPPED_FORMS
from lbp_desktop.questionnaires import Form, Item, is_visible
from lbp_desktop.reports import labels as L
from lbp_desktop.reports.from_store import render_episode_letter
from lbp_desktop.scoring import registry, score
from lbp_desktop.storage.store import Store
from lbp_desktop.ui.kiosk import KioskWindow

FORM_IDS = sorted(load_forms().forms)
SEED = int(os.environ.get("LBP_CONTRACT_SEED", "0"))
"""Another answer set each run: ``LBP_CONTRACT_SEED=7 pytest tests/test_contract_every_form.py``."""
WORDS = ["Tømrer", "Sygeplejerske", "Lærer", "Pædagog", "Chauffør"]


pytestmark = pytest.mark.usefixtures("private_keys")


@pytest.fixture
def store(tmp_path):
    store = Store.create(tmp_path / "clinic.lbp", os.urandom(32))
    yield store
    store.close()


# -- answering on the tablet --------------------------------------------------------------------


def _tap(qtbot, widget) -> None:
    assert widget.isVisible(), f"{widget!r} is not visible"
    assert widget.isEnabled(), f"{widget!r} is disabled"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _random_value(item: Item, rng: random.Random) -> Any:
    if item.type == "text":
        return rng.choice(WORDS)
    if item.type == "number":
        assert item.min is not None and item.max is not None
        # typed digit by digit, so every prefix must itself be in range (the keypad refuses
        # a digit that leaves the range)
        fits = [n for n in range(item.min, item.max + 1)
                if all(item.min <= int(str(n)[:k]) <= item.max for k in range(1, len(str(n)) + 1))]
        return rng.choice(fits)
    return rng.choice(item.codes())


def _answer_by_tapping(qtbot, window: KioskWindow, item: Item, value: Any) -> None:
    widget = window.question.answer_widgets[item.id]
    if item.type in ("scale_0_10", "single_choice", "yes_no"):
        _tap(qtbot, widget.buttons[value])
    elif item.type == "number":
        for digit in str(value):
            _tap(qtbot, widget.pad.buttons[digit])
    else:  # text: typed on the on-screen keyboard, saved on a pause / leaving the page
        widget.setFocus()
        qtbot.keyClicks(widget, value)
        window.question.flush_text()
    if window.current_screen() == "alert":  # an acute answer: "tell the staff", then go on
        assert window.alert.message.text()
        _tap(qtbot, window.alert.continue_button)
        assert window.current_screen() == "question"


def _answer_in_kiosk(qtbot, store: Store, form: Form, response_id: str,
                     rng: random.Random) -> tuple[dict[str, Any], set[str]]:
    """Answer the whole form by taps; return the answers given and the item ids shown."""
    window = KioskWindow(store, load_forms(), lock=False, auto_advance_ms=0,
                         battery_id=form.id)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.start_session(response_id)
    assert window.current_screen() == "welcome"
    _tap(qtbot, window.welcome.start_button)

    given: dict[str, Any] = {}
    shown: set[str] = set()
    for _ in range(4 * len(form.items()) + 5):
        if window.current_screen() != "question":
            break
        page = window.current_page()
        assert page is not None and page.form.id == form.id
        for _ in range(len(page.items)):  # an answer may reveal another item on the page
            todo = [item for item in page.visible_items(window.answers) if item.id not in given]
            if not todo:
                break
            item = todo[0]
            assert item.kiosk, f"{item.id} has kiosk: false but is shown on the tablet"
            label = window.question.question_labels[item.id]
            assert label.isVisible() and label.text() == item.text.da, item.id
            shown.add(item.id)
            value = _random_value(item, rng)
            _answer_by_tapping(qtbot, window, item, value)
            given[item.id] = value
            assert store.answers(response_id)[form.id][item.id] == value  # saved at once
        window.go_next()
    assert window.current_screen() == "review"
    assert window.review.missing_buttons == {}
    finished: list[str] = []
    window.session_finished.connect(finished.append)
    _tap(qtbot, window.review.submit_button)
    assert finished == [response_id]
    assert window.current_screen() == "thanks"
    return _visible_answers(form, given), shown


def _visible_answers(form: Form, given: dict[str, Any]) -> dict[str, Any]:
    """The answers that stay once hidden items' answers are dropped (as the kiosk clears them)."""
    kept: dict[str, Any] = {}
    for item in form.items():
        if item.id in given and is_visible(item, kept):
            kept[item.id] = given[item.id]
    return kept


# -- what each form prints in the GP letter -----------------------------------------------------
# Read from lbp_desktop/reports/epikrise.py (_status_gp, _red_flags) and labels.py.


def _letter_startback(text: str, result: dict, answers: dict) -> None:
    assert L.RISK["da"][result["risk"]] in text
    assert f"score {result['total']}/9" in text
    assert f"psykosocial delscore {result['psychosocial']}/5" in text


def _letter_orebro10(text: str, result: dict, answers: dict) -> None:
    assert "Örebro (ÖMPSQ-10)" in text
    assert f"{result['total']}/100" in text
    if result["raised_risk"]:
        assert L.T["da"]["orebro_raised"] in text
    assert L.T["da"]["profile"] in text
    for domain in result["profile"].values():
        assert L.BAND["da"][domain["band"]] in text


def _letter_rmdq23(text: str, result: dict, answers: dict) -> None:
    assert "Roland-Morris (RMDQ-23)" in text
    assert f"{result['total']}/23" in text


def _letter_pain(text: str, result: dict, answers: dict) -> None:
    assert L.T["da"]["pain"] in text
    assert f"Ryg nu {result['back_now']}/10, gns. seneste uge {result['back_week']}/10" in text
    assert f"Ben nu {result['leg_now']}/10, gns. seneste uge {result['leg_week']}/10" in text
    if result["leg_side"] != "none":
        assert L.LEG_SIDE["da"][result["leg_side"]] in text
    if result["below_knee"] is True:
        assert L.T["da"]["below_knee_yes"] in text


def _letter_redflags(text: str, result: dict, answers: dict) -> None:
    # The "Røde flag" heading prints for every letter; what this form adds: how many were
    # answered, each positive and each unanswered question by name, and "Ingen røde flag" only
    # when every question was answered no.
    answered, unanswered = result["asked"], result["unanswered"]
    total = len(answered) + len(unanswered)
    if result["positive"] or unanswered:
        assert L.T["da"]["rf_asked"].format(asked=total, answered=len(answered)) in text
        assert L.T["da"]["rf_none"] not in text
    else:
        assert L.T["da"]["rf_all_no"].format(n=total) in text
    if result["acute"]:
        assert L.T["da"]["acute_box_title"] in text
        assert f"{L.T['da']['rf_acute']}:" in text
    for flag in [*result["positive"], *unanswered]:
        assert " ".join(L.red_flag(flag, "da").split()) in text, flag
    if unanswered:
        assert f"{L.T['da']['rf_unanswered']}:" in text


def _letter_work(text: str, result: dict, answers: dict) -> None:
    assert L.T["da"]["work"] in text
    if result["occupation"]:
        assert result["occupation"] in text
    assert L.EMPLOYMENT["da"][result["employment"]] in text
    if result["sick_listed"] is True:
        weeks = result["sick_leave_weeks"]
        expected = (L.T["da"]["sick_listed_week"] if weeks == 1
                    else L.T["da"]["sick_listed_weeks"].format(weeks=weeks))
        assert expected in text
    elif result["sick_listed"] is False:
        assert L.T["da"]["sick_listed_no"] in text


def _letter_mdi(text: str, result: dict, answers: dict) -> None:
    # ICD-10 result and the sum with its band, both labelled; the band never as a diagnosis
    assert f"sum {result['total']}/50" in text
    assert L.MDI_SEVERITY["da"][result["severity"]] in text
    assert L.MDI_RESULT["da"][f"icd10_{result['icd10']}"] in text
    assert L.MDI_RESULT["da"][f"dsm4_{result['dsm4']}"] in text
    assert "Ingen depression" not in text


LETTER: dict[str, Callable[[str, dict, dict], None]] = {
    "startback": _letter_startback,
    "orebro10": _letter_orebro10,
    "rmdq23": _letter_rmdq23,
    "pain": _letter_pain,
    "redflags": _letter_redflags,
    "work": _letter_work,
    "mdi": _letter_mdi,
}


def _letter_default(form: Form) -> Callable[[str, dict, dict], None]:
    """A form this test does not know yet must still show up in the letter by its name."""

    def check(text: str, result: dict, answers: dict) -> None:
        names = (form.instrument.short_name, form.instrument.full_name.da)
        assert any(name in text for name in names), (
            f"the GP letter shows nothing of form {form.id!r} (neither {names[0]!r} nor "
            f"{names[1]!r}); make the letter print it, or add its check to LETTER here")

    return check


def _pdf_text(pdf: bytes) -> str:
    return " ".join(" ".join((page.extract_text() or "").split())
                    for page in PdfReader(io.BytesIO(pdf)).pages)


# -- the contract -------------------------------------------------------------------------------


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_form_contract(qtbot, store, form_id):
    forms = load_forms()
    form = forms.form(form_id)

    # (1) loads, and its scorer is registered and accepts the form's scoring data
    assert forms.paths[form_id].name == f"{form_id}.yaml"
    assert form.scoring is not None, f"{form_id}: a form needs a scoring module"
    assert form.scoring.scorer in registry.SCORERS
    registry.check_form(form)
    assert [i for i in form.items() if i.kiosk], f"{form_id}: nothing for the patient to answer"

    # (2) renders in the kiosk and is answered by taps
    patient = store.add_patient("010182-1233", "Mette Kristensen Holm")
    episode = store.add_episode(patient.id, Referral(gp_name="Læge Hansen",
                                                     referral_date="2026-01-05",
                                                     reason="Lænderygsmerter"))
    response = store.start_response(episode.id, form_id)
    rng = random.Random(zlib.crc32(form_id.encode()) + SEED)
    given, shown = _answer_in_kiosk(qtbot, store, form, response.id, rng)
    stored = store.answers(response.id).get(form_id, {})
    assert stored == given
    expected_shown = {i.id for i in form.items() if i.kiosk and is_visible(i, stored)}
    assert shown == expected_shown
    assert store.response(response.id).status == "completed"

    # (3) the stored score is complete and is what the scoring module says
    scores = store.scores(response.id)
    assert set(scores) == {form_id}
    result = scores[form_id].result
    assert result["complete"] is True, result.get("missing")
    assert result == score(form, stored).to_dict()
    assert scores[form_id].scoring_version == result["scoring_version"]

    # (4) the GP epikrise renders and prints what the form contributes
    pdf, letter = render_episode_letter(store, episode.id, "gp", letter_date="2026-02-01")
    assert pdf.startswith(b"%PDF")
    assert letter.status is not None  # the answered form is the letter's patient-reported status
    text = _pdf_text(pdf)
    assert L.T["da"]["title_gp"] in text and L.T["da"]["status"] in text
    assert L.T["da"]["no_status"] not in text
    LETTER.get(form_id, _letter_default(form))(text, result, stored)

    # (5) FHIR: the Bundle validates, with this form's answers and score Observations
    bundle = build_bundle(store, episode.id)
    assert bundle_problems(bundle) == []
    resources = [entry["resource"] for entry in bundle["entry"]]
    qrs = [r for r in resources if r["resourceType"] == "QuestionnaireResponse"]
    assert [qr["id"] for qr in qrs] == [response.id]
    groups = {group["linkId"]: group for group in qrs[0].get("item", [])}
    assert set(groups) == {form_id}
    link_ids = {item["linkId"] for item in groups[form_id]["item"]}
    assert link_ids == {f"{form_id}.{item_id}" for item_id in stored}
    observations = [
        r for r in resources if r["resourceType"] == "Observation"
        and any(c["system"] == SCORE_SYSTEM
                and (c["code"] == form_id or c["code"].startswith(f"{form_id}."))
                for c in r["code"]["coding"])]
    if form_id in SKIPPED_FORMS:  # declared by the FHIR export: answers only, no scores
        assert observations == []
    else:
        assert observations, f"no score Observation for {form_id}"
        for obs in observations:
            assert obs["derivedFrom"] == [{"reference": f"QuestionnaireResponse/{response.id}"}]
            assert obs["status"] == "final"
    questionnaires = [r for r in resources if r["resourceType"] == "Questionnaire"]
    assert [q["url"] for q in questionnaires] == [questionnaire(form)["url"]]
    validate_resource(questionnaire(form))
    own = questionnaire(form)
    assert qrs[0]["questionnaire"].split("|")[0] == own["url"]
