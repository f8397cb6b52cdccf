"""The episode screen on the demo database's six pathway cases, and examination/plan for case 1."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from lbp_desktop.storage.store import Store
from lbp_desktop.ui.workspace.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("private_keys")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> tuple[Path, bytes, dict[int, str]]:
    """The demo database, built once per module with its own key (no key store involved)."""
    from lbp_desktop.demo.build import populate

    key = os.urandom(32)
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    store = Store.create(path, key)
    try:
        episodes = populate(store)
    finally:
        store.close()
    return path, key, episodes


@pytest.fixture
def demo(demo_file, tmp_path):
    """A fresh copy of the demo database for each test: tests approve letters and save
    examinations, and must not see each other's changes."""
    original, key, episodes = demo_file
    path = tmp_path / "demo.db"
    shutil.copyfile(original, path)
    store = Store.open(path, key)
    store.demo_episodes = episodes  # type: ignore[attr-defined]  # {case number: episode id}
    yield store
    store.close()


@pytest.fixture
def window(qtbot, demo, forms):
    from lbp_desktop.ui.app import make_application

    make_application("da")
    demo_user = next(u for u in demo.users() if u.username == "demo")
    w = MainWindow(demo, forms, demo_user, demo=True)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.worklist.stop_polling()


def test_demo_worklist_shows_six_cases(window, demo):
    names = {window.worklist.model.row_at(i).patient_name
             for i in range(window.worklist.model.rowCount())}
    for name in ("Morten Kristensen", "Karen Mortensen", "Lisbeth Jensen", "Peter Hansen",
                 "Karsten Henriksen", "Jørgen Hansen"):
        assert name in names
    karen = next(window.worklist.model.row_at(i) for i in range(window.worklist.model.rowCount())
                 if window.worklist.model.row_at(i).patient_name == "Karen Mortensen")
    assert karen.red_flags == "acute"


@pytest.mark.parametrize("case", [1, 2, 3, 4, 5, 6])
def test_results_view_for_each_demo_case(window, demo, case):
    view = window.open_episode(demo.demo_episodes[case])
    data = view.data
    assert view.name_label.text()
    assert view.answers_tree.topLevelItemCount() == len(data.completed)
    assert data.latest is not None, f"demo case {case} has no completed questionnaire"
    expected_risk = {1: "medium", 2: "medium", 3: "low", 4: "high", 5: "low"}.get(case)
    if expected_risk:
        assert data.risk == expected_risk
        badge = view.findChild(type(view.name_label), "risk_badge")
        assert badge is not None
        assert {"medium": "Middel", "low": "Lav", "high": "Høj"}[expected_risk] in badge.text()
    # every question of every instrument is listed, answered or not; every answer is shown
    top = view.answers_tree.topLevelItem(0)
    shown = sum(top.child(i).childCount() for i in range(top.childCount()))
    form_ids = set(data.latest.response.form_versions) | set(data.latest.answers)
    assert shown == sum(sum(1 for item in view.forms.form(f).items()
                            if item.kiosk or item.id in data.latest.answers.get(f, {}))
                        for f in form_ids)
    codes = [top.child(i).child(j).text(2) for i in range(top.childCount())
             for j in range(top.child(i).childCount())]
    assert sum(1 for code in codes if code) == sum(len(a) for a in data.latest.answers.values())


def test_case1_profile_and_no_red_flags(window, demo):
    view = window.open_episode(demo.demo_episodes[1])
    bars = {b.label: b.band for b in view.profile_chart.bars()}
    assert bars["Søvnforstyrrelse"] == "severe"
    assert bars["Bevægeangst"] == "severe"
    assert bars["Smerteniveau"] == "moderate"
    assert not view.acute_banner.isVisibleTo(view)
    assert view.data.triage.acute == []
    assert "svær" in view.findChild(type(view.name_label), "profile_words").text()


def test_case2_bladder_flag_impossible_to_miss(window, demo):
    view = window.open_episode(demo.demo_episodes[2])
    assert view.acute_banner.isVisibleTo(view)
    assert "AKUT" in view.acute_banner.text()
    assert "blære" in view.acute_banner.text()
    assert view.findChild(type(view.name_label), "flag_bladder_bowel") is not None
    pain = view.data.score("pain")
    assert pain["leg_now"] > pain["back_now"]


def test_case4_high_risk_and_mdi(window, demo):
    view = window.open_episode(demo.demo_episodes[4])
    assert view.data.risk == "high"
    mdi = view.findChild(type(view.name_label), "mdi_total")
    assert mdi is not None
    assert view.data.mdi_severity in ("moderate", "severe")


def test_case6_change_over_time(window, demo):
    view = window.open_episode(demo.demo_episodes[6])
    assert len(view.data.completed) >= 2  # baseline and follow-up
    assert view.change_table.rowCount() > 0
    assert view.change_table.columnCount() == 1 + len(view.data.completed)


def test_opening_a_record_audits_a_view(window, demo):
    episode_id = demo.demo_episodes[3]
    patient_id = demo.episode(episode_id).patient_id
    before = len([e for e in demo.audit_events(limit=5000, patient_id=patient_id)
                  if e.action == "view"])
    window.open_episode(episode_id)
    after = len([e for e in demo.audit_events(limit=5000, patient_id=patient_id)
                 if e.action == "view"])
    assert after > before


def test_edit_and_save_findings_and_plan_for_case1(window, demo):
    view = window.open_episode(demo.demo_episodes[1])
    form = view.exam_form
    form.neurology.setPlainText("Normal kraft, sensibilitet og reflekser")
    form.slr.setCurrentIndex(form.slr.findData("negative"))
    form.slr_note.setText("bilateralt")
    form.mobility.setPlainText("Nedsat fleksion")
    form.assessment.setCurrentIndex(form.assessment.findData("nonspecific"))
    form.information.setPlainText("Godartet tilstand, hold dig aktiv")
    form.apply_recommendation()
    assert form.plan_boxes["information_advice"].isChecked()
    assert form.plan_boxes["mobilisation_manipulation"].isChecked()
    form.plan_boxes["psych_informed"].setChecked(True)
    form.plan_text.setPlainText("Øvelser hjemme, kontrol om 4 uger")
    form.follow_up.setText("Fysioterapeut om 4 uger")
    form.gp_yes.setChecked(True)
    form.recipient_boxes["patient"].setChecked(True)
    form.save_button.click()
    exam = demo.examination(demo.demo_episodes[1])
    assert exam.findings["neurology"] == "Normal kraft, sensibilitet og reflekser"
    assert exam.findings["slr"] == "Negativ, bilateralt"
    assert exam.assessment == "nonspecific"
    assert "psych_informed" in exam.plan and "information_advice" in exam.plan
    assert exam.gp_follow_up is True
    assert set(exam.recipients) >= {"gp", "patient"}
    assert demo.episode(demo.demo_episodes[1]).status in ("examined", "letter_sent")
    # reopening shows what was saved
    view = window.open_episode(demo.demo_episodes[1])
    assert view.exam_form.neurology.toPlainText() == "Normal kraft, sensibilitet og reflekser"
    assert view.exam_form.plan_boxes["psych_informed"].isChecked()
    assert view.exam_form.gp_yes.isChecked()
    assert view.exam_form.slr.currentData() == "negative"
    assert view.exam_form.slr_note.text() == "bilateralt"


def test_slr_finding_is_stored_in_danish_whatever_the_interface_language(window, demo, qtbot,
                                                                         forms):
    from lbp_desktop.ui.app import make_application

    episode_id = demo.demo_episodes[3]
    demo_user = next(u for u in demo.users() if u.username == "demo")
    make_application("en")
    try:
        english = MainWindow(demo, forms, demo_user, demo=True)
        qtbot.addWidget(english)
        form = english.open_episode(episode_id).exam_form
        assert form.slr.itemText(form.slr.findData("positive_left")) == "positive left"
        form.slr.setCurrentIndex(form.slr.findData("positive_left"))
        form.slr_note.setText("ved 40°")
        form.save_button.click()
        assert demo.examination(episode_id).findings["slr"] == "Positiv venstre, ved 40°"
        # English words (older records) are read back as the same choice, not as 'negativ' + 'e'
        form._set_slr("Negative, bilateral")
        assert (form.slr.currentData(), form.slr_note.text()) == ("negative", "bilateral")
        form._set_slr("Negativ")
        assert (form.slr.currentData(), form.slr_note.text()) == ("negative", "")
        english.worklist.stop_polling()
        english.close()
    finally:
        make_application("da")
    form = window.open_episode(episode_id).exam_form
    assert form.slr.currentData() == "positive_left"
    assert form.slr_note.text() == "ved 40°"


def test_letter_preview_renders_and_approves(window, demo, qtbot):
    from lbp_desktop.ui.workspace.letter_preview import LetterPreview

    episode_id = demo.demo_episodes[1]
    before = len(demo.letters(episode_id))
    dialog = LetterPreview(demo, episode_id, recipients=["gp", "patient"])
    qtbot.addWidget(dialog)
    assert dialog.pdf.startswith(b"%PDF")
    assert dialog.images is not None and len(dialog.images) >= 1
    letter = dialog.approve()
    assert letter.status == "approved"
    assert len(demo.letters(episode_id)) == before + 1
    assert not dialog.approve_button.isEnabled()
    # approving again (a correction) makes a new version that points to the old one
    dialog.render()
    correction = dialog.approve()
    assert correction.version == letter.version + 1
    assert correction.replaces_id == letter.id
    assert demo.letter_pdf(letter.id) != b""  # the old version is kept, unchanged


def test_letter_preview_shows_every_page_without_pdftoppm(window, demo, qtbot, tmp_path,
                                                         monkeypatch):
    """Pages are rendered in-process (pypdfium2): no poppler binary on Windows/macOS clinics."""
    import shutil

    from PySide6.QtGui import QPageSize, QPdfWriter
    from PySide6.QtWidgets import QLabel

    from lbp_desktop.ui.workspace.letter_preview import LetterPreview

    empty = tmp_path / "empty-path"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    assert shutil.which("pdftoppm") is None
    dialog = LetterPreview(demo, demo.demo_episodes[1], recipients=["gp"])
    qtbot.addWidget(dialog)
    assert dialog.images is not None and len(dialog.images) == 2  # case 1's GP letter
    pages = [w for w in dialog.pages.findChildren(QLabel) if w.pixmap() and
             not w.pixmap().isNull()]
    assert len(pages) == 2
    assert dialog.print_button.isEnabled()
    for image in dialog.images:
        assert image.width() > 500 and image.height() > 700  # A4 at 80 dpi
        # not blank: some dark text pixels in the top half of the page
        dark = sum(1 for y in range(0, image.height() // 2, 4) for x in range(0, image.width(), 4)
                   if image.pixelColor(x, y).lightness() < 100)
        assert dark > 50
    # printing paints one sheet per page (a QPdfWriter stands in for the printer)
    out = tmp_path / "printed.pdf"
    writer = QPdfWriter(str(out))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(150)
    dialog.paint_pages(writer)
    import pypdfium2 as pdfium

    assert len(pdfium.PdfDocument(out.read_bytes())) == 2


def test_closed_dialogs_do_not_stay_behind_with_patient_data(window, demo, qtbot):
    """A letter preview (PDF and page images) or a register dialog (CPR, name) is deleted once
    closed, not kept hidden under the main window."""
    from PySide6.QtCore import QCoreApplication, QEvent, QTimer
    from PySide6.QtWidgets import QDialog

    from lbp_desktop.ui.workspace.letter_preview import LetterPreview
    from lbp_desktop.ui.workspace.register import RegisterDialog

    def reject_when_shown() -> None:
        """Close the next modal dialog as soon as it is on screen (it runs its own loop)."""
        poll = QTimer(window)
        poll.setInterval(10)

        def check() -> None:
            for dialog in window.findChildren(QDialog):
                if dialog.isVisible():
                    poll.stop()
                    dialog.reject()
                    return

        poll.timeout.connect(check)
        poll.start()

    window.open_episode(demo.demo_episodes[1])
    reject_when_shown()
    window.make_letter(demo.demo_episodes[1])
    reject_when_shown()
    window.register_patient()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.findChildren(LetterPreview) == []
    assert window.findChildren(RegisterDialog) == []


def test_send_to_tablet_switches_to_patient_mode_and_back(window, demo, qtbot):
    episode_id = demo.demo_episodes[3]
    window.open_episode(episode_id)
    response = window.send_to_tablet(episode_id)
    assert response.status == "in_progress" and response.battery_id == "ulrus"
    kiosk = window.kiosk
    qtbot.addWidget(kiosk)
    assert kiosk.isVisible() and not window.isVisible()
    assert kiosk.current_screen() == "welcome"
    assert window.banner.mode == "locked"
    staff = next(u for u in demo.users() if u.username == "demo")
    kiosk.exit_requested.emit(staff)
    assert window.isVisible() and not kiosk.isVisible()
    assert window.banner.mode == "clinician"


def test_ctrl_s_saves_the_examination_and_a_patient_opens_on_overview(qtbot, window, demo):
    from PySide6.QtCore import Qt

    window.activateWindow()
    view = window.open_episode(demo.demo_episodes[3])
    view.tabs.setCurrentWidget(view.exam_form)
    form = view.exam_form
    form.mobility.setPlainText("Fri bevægelighed (gemt med Ctrl+S)")
    form.mobility.setFocus()
    qtbot.keyClick(form.mobility, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    exam = demo.examination(demo.demo_episodes[3])
    assert exam is not None and "gemt med Ctrl+S" in str(exam.findings.get("mobility"))
    # the next patient starts on "Overblik", not on the tab the last one was left on
    view = window.open_episode(demo.demo_episodes[5])
    assert view.tabs.currentWidget() is view.overview_scroll
    # Ctrl+S on another tab saves nothing
    assert view.save_exam() is None
