"""The clinician sees red flags, MDI and validation status as the core says, and approval asks
first: driven through the real workspace widgets on a private demo database."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from lbp_desktop.ui.workspace.main_window import MainWindow
from tests.workspace_support import demo_store, private_keys


@pytest.fixture(autouse=True)
def _keys(tmp_path, monkeypatch):
    private_keys(tmp_path, monkeypatch)


@pytest.fixture
def demo(tmp_path):
    store = demo_store(tmp_path)  # a fresh copy: these tests record handling and letters
    yield store
    store.close()


@pytest.fixture
def window(qtbot, demo, forms):
    from lbp_desktop.ui.app import make_application

    make_application("da")
    user = next(u for u in demo.users() if u.username == "demo")
    demo.actor_id = user.id
    w = MainWindow(demo, forms, user, demo=True)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.worklist.stop_polling()


def _texts(widget) -> str:
    return " | ".join(label.text() for label in widget.findChildren(QLabel))


def _drop_answer(store, episode_id: str, item: str) -> None:
    """A completed follow-up questionnaire in which ``item`` was not answered (as from paper)."""
    from lbp_desktop.instruments import load_forms
    from tests.fhir_support import fill

    forms = load_forms()
    response = store.start_response(episode_id, "ulrus")
    no_flags = {"redflags": dict.fromkeys(forms.forms["redflags"].item_ids(), 0)}
    for form_id, answers in fill(forms, "ulrus", no_flags).items():
        for item_id, value in answers.items():
            if (form_id, item_id) != ("redflags", item):
                store.record_answer(response.id, form_id, item_id, value)
    store.complete_response(response.id)


def test_unanswered_acute_question_is_a_warning_in_worklist_and_episode(window, demo, qtbot):
    episode_id = demo.demo_episodes[1]
    _drop_answer(demo, episode_id, "bladder_bowel")
    window.worklist.refresh()
    model = window.worklist.model
    row = next(i for i in range(model.rowCount()) if model.row_at(i).episode_id == episode_id)
    assert model.row_at(row).red_flags == "unanswered"
    flags_col = model.COLUMNS.index("flags")
    assert model.data(model.index(row, flags_col)) == "⚠ ubesvaret"
    view = window.open_episode(episode_id)
    assert view.acute_banner.isVisible()
    assert "Ikke besvaret" in view.acute_banner.text()
    assert "vandladningsforstyrrelser" in view.acute_banner.text()
    card = view.findChild(QLabel, "unanswered_bladder_bowel")
    assert card is not None and card.isVisible()
    assert view.findChild(QLabel, "all_clear") is None  # never "Ingen røde flag"
    # "Alle svar" lists the question, marked as not answered
    tree = view.answers_tree
    found = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        for j in range(top.childCount()):
            inst = top.child(j)
            for k in range(inst.childCount()):
                child = inst.child(k)
                if "tisse" in child.text(0):
                    found.append(child.text(1))
    assert "– ikke besvaret" in found
    # the suggested plan never says "no further investigation" beside the open question
    assert "ingen yderligere udredning" not in view.findChild(
        QLabel, "matched_treatment").text().lower()


def test_recording_the_handling_turns_the_banner_into_the_handled_state(window, demo, qtbot):
    episode_id = demo.demo_episodes[2]
    view = window.open_episode(episode_id)
    assert "AKUT RØDT FLAG" in view.acute_banner.text()
    assert view.handle_button.isVisible()
    # the matched treatment is the acute route, never "no further investigation"
    matched = view.findChild(QLabel, "matched_treatment").text().lower()
    assert "akut henvisning" in matched and "ingen yderligere udredning" not in matched

    view.handle_button.click()
    dialog = view.handling_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.save.click()  # empty: refused with a message, nothing stored
    assert dialog.error.isVisible() and demo.acute_handling(episode_id) == []
    dialog.text.setPlainText("Undersøgt samme dag: ingen ridebukseanæstesi, normal kraft. "
                             "Informeret om at søge akut ved forværring.")
    dialog.save.click()
    qtbot.waitUntil(lambda: bool(demo.acute_handling(episode_id)))
    qtbot.waitUntil(lambda: "håndteret" in view.acute_banner.text())
    banner = view.acute_banner.text()
    assert "AKUT RØDT FLAG" not in banner
    assert "Demo" in banner or demo.acute_handling(episode_id)[0]["by_name"] in banner
    assert "ingen ridebukseanæstesi" in banner
    assert not view.handle_button.isVisible()
    assert view.findChild(QLabel, "handled") is not None


def test_case_6_shows_no_age_flag_and_the_age_basis(window, demo):
    view = window.open_episode(demo.demo_episodes[6])
    assert not view.acute_banner.isVisible()
    age = view.findChild(QLabel, "age_at_onset")
    assert age is not None and age.text().startswith("Intet aldersflag")
    assert "højst 55 år ved debut" in age.text()
    assert view.findChild(QLabel, "flag_age") is None
    assert view.findChild(QLabel, "all_clear") is not None


def test_case_4_mdi_card_leads_with_icd10_and_notes_unverified_wording(window, demo):
    view = window.open_episode(demo.demo_episodes[4])
    icd10 = view.findChild(QLabel, "mdi_icd10")
    assert icd10 is not None and icd10.text() == "Moderat depression (ICD-10)"
    total = view.findChild(QLabel, "mdi_total").text()
    assert "Sum 28/50" in total and "sumbånd efter DSAM" in total
    notes = [w.text() for w in view.findChildren(QLabel, "validation_note")]
    assert any("STarT Back" in n for n in notes)
    assert any("RMDQ-23" in n and "Örebro-10" in n for n in notes)


def test_approval_asks_first_and_drafts_cannot_be_approved(window, demo, qtbot):
    from lbp_desktop.ui.workspace.letter_preview import LetterPreview

    # no examination yet (case 5): a draft that cannot be approved
    draft = LetterPreview(demo, demo.demo_episodes[5], recipients=["gp"])
    qtbot.addWidget(draft)
    assert not draft.approve_button.isEnabled()
    assert "UDKAST" in draft.note.text()
    draft.approve_button.click()
    assert draft.confirm_box is None and demo.letters(demo.demo_episodes[5]) == []

    episode_id = demo.demo_episodes[1]
    dialog = LetterPreview(demo, episode_id, recipients=["gp"])
    qtbot.addWidget(dialog)
    before = len(demo.letters(episode_id))
    dialog.approve_button.click()
    box = dialog.confirm_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "kan ikke ændres" in box.informativeText()
    box.findChild(QPushButton, "cancel_approve").click()
    qtbot.waitUntil(lambda: not box.isVisible())
    assert len(demo.letters(episode_id)) == before  # cancelled: nothing approved
    dialog.approve_button.click()
    dialog.confirm_box.findChild(QPushButton, "confirm_approve").click()
    qtbot.waitUntil(lambda: len(demo.letters(episode_id)) == before + 1)
    assert demo.letters(episode_id)[-1].status == "approved"
    assert not dialog.approve_button.isEnabled()


def test_caseworker_letter_without_caseworker_is_refused_in_the_preview(window, demo, qtbot):
    from lbp_desktop.ui.workspace.letter_preview import LetterPreview

    dialog = LetterPreview(demo, demo.demo_episodes[1], recipients=["caseworker"])
    qtbot.addWidget(dialog)
    assert dialog.pdf == b"" and not dialog.approve_button.isEnabled()
    assert "sagsbehandler" in dialog.note.text()
