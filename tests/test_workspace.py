"""Clinician workspace GUI tests: real widgets offscreen, a real encrypted Store on a tmp DB."""

from __future__ import annotations

import copy
import time

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from lbp_desktop.ui.workspace.login import LoginDialog
from lbp_desktop.ui.workspace.main_window import MainWindow
from lbp_desktop.ui.workspace.register import RegisterDialog
from lbp_desktop.ui.workspace.worklist import WorklistModel, WorklistPage
from tests.workspace_support import (
    CASE1,
    PASSWORD,
    add_case,
    bulk_episodes,
    make_store,
    private_keys,
    user,
)


@pytest.fixture(autouse=True)
def _keys(tmp_path, monkeypatch):
    private_keys(tmp_path, monkeypatch)


@pytest.fixture
def app():
    from lbp_desktop.ui.app import make_application

    return make_application("da")


@pytest.fixture
def store(tmp_path):
    # not closed here: qtbot closes the widgets after this fixture's teardown, and a view may
    # still fetch a page then; the connection goes with the garbage collector.
    return make_store(tmp_path)


# -- sign-in and locking ---------------------------------------------------------------------

def test_login_wrong_then_right_password(qtbot, app, store):
    dialog = LoginDialog(store, username="anna")
    qtbot.addWidget(dialog)
    dialog.password.setText("forkert")
    assert dialog.try_login() is False
    assert dialog.user is None
    assert dialog.error.isVisibleTo(dialog)
    assert "Forkert" in dialog.error.text()
    assert dialog.password.text() == ""
    dialog.password.setText(PASSWORD)
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert dialog.user is not None and dialog.user.username == "anna"
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    actions = [e.action for e in store.audit_events(limit=10)]
    assert "login_failed" in actions and "login" in actions


def test_wrong_passwords_make_the_next_attempt_wait_longer_each_time(qtbot, app, store, forms,
                                                                     monkeypatch):
    from lbp_desktop.security import throttle

    clock = [1000.0]
    monkeypatch.setattr(throttle, "WORKSPACE",
                        throttle.SignInThrottle(base_ms=1000, clock=lambda: clock[0]))
    dialog = LoginDialog(store, username="anna")
    qtbot.addWidget(dialog)
    dialog.password.setText("forkert")
    assert dialog.try_login() is False
    assert "1 s" in dialog.error.text()
    assert not dialog.login_button.isEnabled()
    # within the delay even the right password is refused, without asking the database
    dialog.password.setText(PASSWORD)
    assert dialog.try_login() is False and dialog.user is None
    assert "Prøv igen om 1 s" in dialog.error.text()
    clock[0] += 1.0
    dialog.password.setText("forkert igen")
    assert dialog.try_login() is False
    assert "2 s" in dialog.error.text()                       # doubled
    # "Skift bruger" opens a fresh dialog: the delay is shared, not reset
    other = LoginDialog(store, username="anna")
    qtbot.addWidget(other)
    other.password.setText(PASSWORD)
    assert other.try_login() is False
    clock[0] += 2.0
    other.password.setText(PASSWORD)
    assert other.try_login() is True
    assert throttle.WORKSPACE.failures == 0                   # a success resets the count
    # the lock screen shares the same throttle
    window = MainWindow(store, forms, user(store, "anna"), idle_ms=60_000)
    qtbot.addWidget(window)
    window.show()
    window.lock()
    window.lock_screen.password.setText("forkert")
    assert window.lock_screen.try_unlock() is False
    window.lock_screen.password.setText(PASSWORD)
    assert window.lock_screen.try_unlock() is False and window.is_locked()
    clock[0] += 1.0
    window.lock_screen.password.setText(PASSWORD)
    assert window.lock_screen.try_unlock() is True
    window.close()


def test_workspace_locks_itself_when_idle(qtbot, app, store, forms):
    window = MainWindow(store, forms, user(store, "anna"), idle_ms=150)
    qtbot.addWidget(window)
    window.show()
    assert not window.is_locked()
    assert window.banner.mode == "clinician"
    qtbot.waitUntil(window.is_locked, timeout=3000)
    assert window.banner.mode == "locked"
    assert window.lock_screen.user.username == "anna"
    # another user's password does not unlock anna's session
    window.lock_screen.password.setText("forkert")
    assert window.lock_screen.try_unlock() is False
    assert window.is_locked()
    window.lock_screen.password.setText(PASSWORD)
    assert window.lock_screen.try_unlock() is True
    assert not window.is_locked()
    assert window.banner.mode == "clinician"
    window.close()


def test_idle_lock_closes_a_modal_dialog_open_at_lock_time(qtbot, app, store, forms):
    """A register dialog or a message box left open must not keep data on screen past the lock."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    episode = add_case(store, "010182-1233", "Morten Kristensen", copy.deepcopy(CASE1))
    window = MainWindow(store, forms, user(store, "anna"), idle_ms=300)
    qtbot.addWidget(window)
    window.show()

    def rescue() -> None:  # only if the lock failed to close it: keeps the test from hanging
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QDialog) and w.isVisible():
                rescued.append(type(w).__name__)
                w.reject()

    rescued: list[str] = []
    QTimer.singleShot(5000, rescue)
    assert window.register_patient() is None          # exec() returns: rejected by the lock
    assert window.is_locked() and not rescued
    window.lock_screen.password.setText(PASSWORD)
    assert window.lock_screen.try_unlock()
    window.open_episode(episode.id)
    QTimer.singleShot(5000, rescue)
    assert window.make_letter(episode.id) is None      # "save the examination first" box
    assert window.is_locked() and not rescued
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QDialog) and w.isVisible()]
    window.close()


def test_reception_sees_no_results_and_admin_gets_admin_mode(qtbot, app, store, forms):
    episode = add_case(store, "010182-1233", "Morten Kristensen", copy.deepcopy(CASE1))
    window = MainWindow(store, forms, user(store, "rita"))
    qtbot.addWidget(window)
    window.show()
    assert window.worklist.view.isColumnHidden(4)
    view = window.open_episode(episode.id)
    assert not view.tabs.isTabVisible(0)
    assert not window.admin_button.isVisibleTo(window)
    window.close()
    admin = MainWindow(store, forms, user(store, "admin"))
    qtbot.addWidget(admin)
    admin.show()
    admin.show_admin()
    assert admin.banner.mode == "admin"
    assert admin.admin_page.audit_table.rowCount() > 0
    admin.close()


# -- registering -----------------------------------------------------------------------------

def _fill(dialog: RegisterDialog, cpr: str, name: str) -> None:
    dialog.cpr.setText(cpr)
    if not dialog.name.isReadOnly():
        dialog.name.setText(name)
    dialog.gp_name.setText("Læge Jens Hansen")
    dialog.reason.setPlainText("Lænderygsmerter i 3 måneder")


def test_register_valid_cpr(qtbot, app, store):
    dialog = RegisterDialog(store)
    qtbot.addWidget(dialog)
    _fill(dialog, "0101821233", "Morten Kristensen")
    assert "Født 01.01.1982" in dialog.cpr_message.text()
    assert dialog.save() is True
    patient = store.find_patient_by_cpr("010182-1233")
    assert patient is not None and patient.name == "Morten Kristensen"
    episode = store.episode(dialog.episode_id)
    assert episode.patient_id == patient.id
    assert episode.referral.gp_name == "Læge Jens Hansen"


def test_register_cpr_without_modulus11_is_accepted(qtbot, app, store):
    dialog = RegisterDialog(store)
    qtbot.addWidget(dialog)
    _fill(dialog, "010182-1234", "Ny Patient")  # fails modulus 11; still a valid CPR
    assert dialog.save() is True


@pytest.mark.parametrize(("cpr", "words"), [
    ("320182-1233", "findes ikke"),
    ("0101821", "10 tegn"),
    ("01-01-82", "10 tegn"),
    ("311235-4000", "fremtiden"),
])
def test_register_invalid_cpr_shows_message_and_saves_nothing(qtbot, app, store, cpr, words):
    before = store.worklist_count(open_only=False)
    dialog = RegisterDialog(store)
    qtbot.addWidget(dialog)
    _fill(dialog, cpr, "Forkert Cpr")
    assert dialog.save() is False
    assert words in dialog.cpr_message.text() or words in dialog.error.text()
    assert dialog.error.isVisibleTo(dialog)
    assert store.worklist_count(open_only=False) == before
    assert store.find_patient_by_cpr(cpr) is None


def test_register_replacement_cpr(qtbot, app, store):
    dialog = RegisterDialog(store)
    qtbot.addWidget(dialog)
    _fill(dialog, "010190-1AB3", "Erstatning Person")
    assert "erstatnings-CPR" in dialog.cpr_message.text()
    assert dialog.save() is True
    assert store.find_patient_by_cpr("010190-1AB3") is not None


def test_register_existing_cpr_opens_existing_patient(qtbot, app, store):
    add_case(store, "010182-1233", "Morten Kristensen")
    dialog = RegisterDialog(store)
    qtbot.addWidget(dialog)
    dialog.cpr.setText("010182-1233")
    assert dialog.existing is not None
    assert dialog.name.isReadOnly() and dialog.name.text() == "Morten Kristensen"
    assert "findes allerede" in dialog.cpr_message.text()
    assert dialog.save() is True
    assert dialog.patient_id == dialog.existing.id
    assert len(store.episodes_for_patient(dialog.patient_id)) == 2
    assert len([p for p in store.patients() if p.cpr == "010182-1233"]) == 1


def test_names_with_markup_are_shown_literally(qtbot, app, store, forms):
    episode = add_case(store, "010182-1233", "<b>Fed</b> Patient", copy.deepcopy(CASE1))
    window = MainWindow(store, forms, user(store, "anna"))
    qtbot.addWidget(window)
    view = window.open_episode(episode.id)
    assert view.name_label.textFormat() == Qt.TextFormat.PlainText
    assert view.name_label.text().startswith("<b>Fed</b>")
    window.close()


# -- worklist ----------------------------------------------------------------------------------

@pytest.mark.slow
def test_worklist_with_a_large_database_fetches_only_pages(qtbot, app, store):
    bulk_episodes(store, 30_000)
    started = time.perf_counter()
    page = WorklistPage(store)
    qtbot.addWidget(page)
    page.resize(1440, 900)
    page.show()
    qtbot.waitExposed(page)
    elapsed = time.perf_counter() - started
    model = page.model
    assert model.rowCount() == WorklistModel.PAGE
    assert model.canFetchMore(QModelIndex())
    assert elapsed < 3.0, elapsed
    assert "30.000" in page.count_label.text() or "30000" in page.count_label.text() \
        or "30,000" in page.count_label.text()
    # scrolling to the end fetches the next page, not everything
    page.view.scrollToBottom()
    QApplication.processEvents()
    assert WorklistModel.PAGE < model.rowCount() <= 3 * WorklistModel.PAGE
    # search by name and by CPR prefix (debounced)
    page.search.setText("Testpatient 012345")
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=2000)
    row = model.row_at(0)
    page.search.setText(row.cpr[:6])
    qtbot.waitUntil(lambda: model.rowCount() >= 1 and all(
        model.row_at(i).cpr.startswith(row.cpr[:6]) for i in range(model.rowCount())),
        timeout=2000)


def test_worklist_keyboard_enter_opens_episode(qtbot, app, store):
    e1 = add_case(store, "010182-1233", "Morten Kristensen")
    add_case(store, "150390-1234", "Karen Mortensen")
    page = WorklistPage(store)
    qtbot.addWidget(page)
    page.show()
    opened: list[str] = []
    page.open_episode.connect(opened.append)
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert opened == [e1.id]  # newest first: Karen, then Morten


def test_worklist_columns_and_acute_alert_strip(qtbot, app, store):
    answers = copy.deepcopy(CASE1)
    answers["redflags"]["bladder_bowel"] = 1
    episode = add_case(store, "150390-1234", "Karen Mortensen", answers)
    page = WorklistPage(store)
    qtbot.addWidget(page)
    page.show()
    model = page.model
    values = [model.index(0, c).data() for c in range(model.columnCount())]
    assert values[0] == "Karen Mortensen"
    assert values[1] == "150390-1234"
    assert values[2] == "Skema udfyldt"
    assert values[3] == "udfyldt"
    assert "Middel" in values[4]
    assert values[5] == "⚠ AKUT"
    page.start_polling()
    assert page.alerts.isVisibleTo(page)
    assert len(page.alerts.alert_keys()) == 1
    # a new acute alert appears on the next poll
    other = add_case(store, "010182-1233", "Morten Kristensen")
    response = store.start_response(other.id, "ulrus")
    store.record_answer(response.id, "redflags", "saddle_anaesthesia", 1)
    page.poll_alerts()
    assert len(page.alerts.alert_keys()) == 2
    page.stop_polling()
    assert episode.id


def test_audit_events_name_the_signed_in_user(qtbot, app, store, forms):
    episode = add_case(store, "010182-1233", "Morten Kristensen", copy.deepcopy(CASE1))
    anna = user(store, "anna")
    window = MainWindow(store, forms, anna)
    qtbot.addWidget(window)
    window.open_episode(episode.id)
    views = [e for e in store.audit_events(limit=20, patient_id=episode.patient_id)
             if e.action == "view"]
    assert views and views[0].user_id == anna.id
    window.close()


def test_english_user_interface(qtbot, store, forms):
    from lbp_desktop.ui.app import make_application
    from lbp_desktop.ui.common import texts

    make_application("en")
    try:
        episode = add_case(store, "010182-1233", "Morten Kristensen", copy.deepcopy(CASE1))
        window = MainWindow(store, forms, user(store, "anna"))
        qtbot.addWidget(window)
        assert window.worklist.search.placeholderText() == "Search name or CPR …"
        assert texts.status_text("questionnaire_completed") == "Questionnaire completed"
        assert window.worklist.count_label.text() == "1 episode"
        view = window.open_episode(episode.id)
        assert view.tabs.tabText(0) == "Overview"
        assert "Medium risk" in view.findChild(type(view.name_label), "risk_badge").text()
        from lbp_desktop.ui.workspace.about import AboutDialog

        about = AboutDialog(forms, window)
        assert "<h3>Instruments</h3>" in about.instruments_html(forms)
        about.close()
        window.close()
    finally:
        make_application("da")


def test_no_tr_call_inside_an_f_string():
    """lupdate does not extract tr() written inside an f-string: such words stay Danish in the
    English interface (it happened to 'AKUT' and the About dialog's headings)."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "lbp_desktop" / "ui"
    pattern = re.compile(r"""\bf(["']).*\{[^}]*\b(tr|translate)\(""")
    found = [f"{path.relative_to(root)}:{n}" for path in sorted(root.rglob("*.py"))
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if pattern.search(line)]
    assert found == []


def test_acute_answer_in_a_questionnaire_in_progress_shows_at_once(qtbot, app, store, forms):
    episode = add_case(store, "150390-1234", "Karen Mortensen")
    response = store.start_response(episode.id, "ulrus")
    store.record_answer(response.id, "redflags", "bladder_bowel", 1)
    window = MainWindow(store, forms, user(store, "anna"))
    qtbot.addWidget(window)
    window.show()
    assert len(window.worklist.alerts.alert_keys()) == 1
    assert window.worklist.model.row_at(0).red_flags == "acute"
    view = window.open_episode(episode.id)
    assert view.acute_banner.isVisibleTo(view)
    assert "blære" in view.acute_banner.text()
    window.close()


def test_acute_alert_arriving_while_on_another_page_is_shown_there(qtbot, app, store, forms):
    """The clinician is writing up another patient (or the screen is locked) when a tablet
    patient answers an acute red flag: the alert must show on that page, not only in the hidden
    worklist."""
    other = add_case(store, "010182-1233", "Morten Kristensen", copy.deepcopy(CASE1))
    window = MainWindow(store, forms, user(store, "anna"))
    qtbot.addWidget(window)
    window.show()
    window.open_episode(other.id)
    assert not window.alert_bar.isVisible()
    episode = add_case(store, "150390-1234", "Karen <b>Mortensen</b>")
    response = store.start_response(episode.id, "ulrus")
    store.record_answer(response.id, "redflags", "bladder_bowel", 1)
    window.worklist.poll_alerts()
    assert window.alert_bar.isVisible()
    assert "Karen <b>Mortensen</b>" in window.alert_bar_text.text()
    assert window.alert_bar_text.textFormat() == Qt.TextFormat.PlainText
    window.lock()
    assert window.alert_bar.isVisible()               # still raised on the lock screen …
    assert "Karen" not in window.alert_bar_text.text()  # … without the name
    assert not window.alert_bar_button.isVisible()
    window.lock_screen.password.setText(PASSWORD)
    assert window.lock_screen.try_unlock()
    assert "Karen" in window.alert_bar_text.text()
    window.alert_bar_button.click()
    assert window.stack.currentWidget() is window.worklist
    assert not window.alert_bar.isVisible() and window.worklist.alerts.isVisible()
    window.close()


def test_admin_sets_idle_time_and_resets_a_password(qtbot, app, store, forms, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    window = MainWindow(store, forms, user(store, "admin"))
    qtbot.addWidget(window)
    window.show()
    window.show_admin()
    page = window.admin_page
    page.idle_minutes.setValue(3)
    page.save_clinic()
    assert window.idle.timeout_ms == 3 * 60_000
    from lbp_desktop.ui.workspace.admin import idle_minutes

    assert idle_minutes() == 3
    row = next(i for i, u in enumerate(page._users) if u.username == "anna")
    page.users_table.selectRow(row)
    asked = []
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: asked.append(a[2]) or ("ny-kode-123", True)))
    page.reset_password()
    assert store.authenticate("anna", "ny-kode-123") is not None
    # the label guesses its format: a name with markup must still show as typed
    import dataclasses

    from PySide6.QtGui import Qt as GuiQt
    from PySide6.QtGui import QTextDocument

    page._users[row] = dataclasses.replace(page._users[row], name="<b>Anna</b>")
    page.reset_password()
    assert GuiQt.mightBeRichText(asked[-1])      # so Qt renders it as (escaped) rich text
    shown = QTextDocument()
    shown.setHtml(asked[-1])
    assert "til <b>Anna</b> (mindst" in shown.toPlainText()
    window.close()


def test_acute_case_is_pinned_first_until_its_handling_is_recorded(qtbot, app, store):
    answers = copy.deepcopy(CASE1)
    answers["redflags"]["bladder_bowel"] = 1
    acute = add_case(store, "150390-1234", "Karen Mortensen", answers)
    bulk_episodes(store, 450)               # newer episodes, more than two pages of them
    add_case(store, "010182-1233", "Morten Kristensen", copy.deepcopy(CASE1))
    page = WorklistPage(store)
    qtbot.addWidget(page)
    model = page.model
    assert model.row_at(0).episode_id == acute.id
    assert model.row_at(1).patient_name == "Morten Kristensen"   # then newest first
    while model.canFetchMore():
        model.fetchMore()
    ids = [model.row_at(i).episode_id for i in range(model.rowCount())]
    assert len(ids) == len(set(ids)) == store.worklist_count()   # paging: none twice or lost
    page.search.setText("karen")
    page.apply_search()
    assert model.row_at(0).episode_id == acute.id
    # an examination saved is not yet a handled flag
    from lbp_desktop.domain.records import Examination

    store.save_examination(Examination(episode_id=acute.id, clinician_id=None,
                                       examined_at=None))
    add_case(store, "020203-1235", "Peter Hansen")
    page.search.setText("")
    page.apply_search()
    assert model.row_at(0).episode_id == acute.id
    assert model.row_at(1).patient_name == "Peter Hansen"
    # handled: the clinician recorded what was found and done
    store.record_acute_handling(acute.id, "Akut henvist til sygehus", by_name="Anna Fysio")
    add_case(store, "030304-1237", "Peter Jensen")
    page.apply_search()
    assert model.row_at(0).patient_name == "Peter Jensen"     # newest first, no pin
    assert acute.id in [model.row_at(i).episode_id for i in range(model.rowCount())]
