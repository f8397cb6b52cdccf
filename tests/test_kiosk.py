"""Patient mode driven by taps on the real widgets, against a real (encrypted) Store on a tmp
database: the whole ULRUS battery, back keeps answers, conditional items, resume after a crash,
idle privacy screen, the lock, the acute red-flag message and language switching."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication

from lbp_desktop.domain.records import Referral
from lbp_desktop.storage.store import Store
from lbp_desktop.ui.kiosk import KioskWindow

PIN = "2468"


pytestmark = pytest.mark.usefixtures("private_keys")


@pytest.fixture
def db(tmp_path):
    """A fresh encrypted clinic database: one clinician with a PIN, one patient with a pending
    questionnaire. Yields (path, key, store, response_id, episode_id)."""
    key = os.urandom(32)
    path = tmp_path / "clinic.lbp"
    store = Store.create(path, key)
    store.create_user("anna", "hemmelig", "Anna Fysio", "clinician", pin=PIN)
    patient = store.add_patient("010182-1233", "Mette Kristensen Holm")
    episode = store.add_episode(patient.id, Referral(gp_name="Læge Hansen",
                                                     referral_date="2026-01-05",
                                                     reason="Lænderygsmerter"))
    response = store.start_response(episode.id, "ulrus")
    yield path, key, store, response.id, episode.id
    store.close()


def make_window(qtbot, store, forms, **kwargs) -> KioskWindow:
    kwargs.setdefault("lock", False)
    kwargs.setdefault("auto_advance_ms", 0)
    window = KioskWindow(store, forms, **kwargs)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def tap(qtbot, widget) -> None:
    assert widget.isVisible(), f"{widget!r} is not visible"
    assert widget.isEnabled(), f"{widget!r} is disabled"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def current_ids(window) -> list[str]:
    page = window.current_page()
    return [f"{page.form.id}.{item.id}" for item in page.visible_items(window.answers)]


def answer(qtbot, window, item_id: str, value) -> None:
    """Answer one item on the current page by tapping, as a patient would."""
    widget = window.question.answer_widgets[item_id]
    if hasattr(widget, "buttons"):  # 0–10 scale or choice list
        tap(qtbot, widget.buttons[value])
    elif hasattr(widget, "pad"):  # number keypad
        for digit in str(value):
            tap(qtbot, widget.pad.buttons[digit])
    else:  # text
        widget.setFocus()
        qtbot.keyClicks(widget, value)
        window.question.flush_text()


ANSWERS = {
    "pain": {"back_now": 6, "back_week": 5, "leg_now": 4, "leg_week": 3, "leg_side": 1,
             "below_knee": 1},
    "orebro10": {"q1": 3, **{f"q{i}": 5 for i in range(2, 11)}},
    "rmdq23": {f"q{i}": (1 if i % 3 == 0 else 0) for i in range(1, 24)},
    "redflags": {"bladder_bowel": 0, "saddle_anaesthesia": 0, "progressive_weakness": 0,
                 "cancer_history": 0, "weight_loss_fever": 0, "night_pain": 1, "trauma": 0,
                 "steroids": 0},
    "work": {"occupation": "Tømrer", "employment": 1, "sick_listed": 1, "sick_leave_weeks": 12,
             "physical_work": 1, "goal": 1},
    "startback": {"q1": 1, "q2": 0, "q3": 1, "q4": 1, "q5": 0, "q6": 1, "q7": 1, "q8": 0,
                  "q9": 3},
}


def sign_in_with_pin(qtbot, window, pin: str = PIN) -> None:
    staff = window.staff
    if not staff.on_sign_in_page():
        tap(qtbot, staff.door_button)
    for digit in pin:
        tap(qtbot, staff.pin_pad.buttons[digit])
    tap(qtbot, staff.pin_pad.buttons["extra"])


def pick_patient(qtbot, window, episode_id: str) -> None:
    sign_in_with_pin(qtbot, window)
    assert window.staff.on_menu()
    tap(qtbot, window.staff.patient_buttons[episode_id])
    assert window.current_screen() == "welcome"


def answer_page(qtbot, window) -> None:
    for full in current_ids(window):
        form_id, item_id = full.split(".")
        answer(qtbot, window, item_id, ANSWERS[form_id][item_id])


# -- the whole battery -------------------------------------------------------------------------


def test_whole_ulrus_battery_by_taps_is_saved_and_scored(qtbot, db, forms):
    _, _, store, response_id, episode_id = db
    window = make_window(qtbot, store, forms)
    assert window.current_screen() == "staff"
    pick_patient(qtbot, window, episode_id)
    assert "Mette" in window.welcome.title.text()
    assert "Holm" not in window.welcome.title.text()  # first name only
    tap(qtbot, window.welcome.start_button)
    seen = []
    while window.current_screen() == "question":
        ids = current_ids(window)
        seen.extend(ids)
        label = window.question.progress_label.text()
        total = window.flow.total(window.answers)
        assert label.startswith("Spørgsmål ") and label.endswith(f" af {total}")
        answer_page(qtbot, window)
        # every tap is in the database at once
        saved = store.answers(response_id)
        for full in ids:
            form_id, item_id = full.split(".")
            assert saved[form_id][item_id] == ANSWERS[form_id][item_id]
        tap(qtbot, window.question.next_button)
    assert window.current_screen() == "review"
    assert window.review.missing_buttons == {}
    kiosk_items = {f"{f}.{i}" for f, v in ANSWERS.items() for i in v}
    assert set(seen) == kiosk_items
    assert "work.goal_text" not in seen  # kiosk: false
    assert window.flow.total(window.answers) == len(kiosk_items)
    finished = []
    window.session_finished.connect(finished.append)
    tap(qtbot, window.review.submit_button)
    assert finished == [response_id]
    assert window.current_screen() == "thanks"
    assert "tabletten tilbage" in window.thanks.text.text()
    assert store.response(response_id).status == "completed"
    scores = store.scores(response_id)
    assert set(scores) == set(ANSWERS)
    assert all(score.result["complete"] for score in scores.values())
    assert scores["startback"].result["risk"] == "medium"
    assert scores["rmdq23"].result["total"] == 7
    assert store.episode(episode_id).status == "questionnaire_completed"
    # nothing of the patient is left in the widgets
    assert window.question.answer_widgets == {} and window.answers == {}
    assert window.welcome.first_name == ""


def test_progress_counts_and_auto_advance(qtbot, db, forms):
    _, _, store, _response_id, episode_id = db
    window = make_window(qtbot, store, forms, auto_advance_ms=50)
    pick_patient(qtbot, window, episode_id)
    tap(qtbot, window.welcome.start_button)
    total = window.flow.total(window.answers)
    assert window.question.progress_label.text() == f"Spørgsmål 1 af {total}"
    assert window.question.progress.value() == 0
    answer(qtbot, window, "back_now", 3)
    qtbot.waitUntil(lambda: current_ids(window) == ["pain.back_week"], timeout=2000)
    assert window.question.progress_label.text() == f"Spørgsmål 2 af {total}"
    # the instrument's instructions are shown at its first question only
    assert "0 til 10" not in " ".join(
        label.text() for label in window.question.findChildren(type(window.welcome.title))
        if label.isVisible())


# -- back, conditions ---------------------------------------------------------------------------


def test_going_back_keeps_answers(qtbot, db, forms):
    _, _, store, response_id, episode_id = db
    window = make_window(qtbot, store, forms)
    pick_patient(qtbot, window, episode_id)
    tap(qtbot, window.welcome.start_button)
    answer(qtbot, window, "back_now", 7)
    tap(qtbot, window.question.next_button)
    answer(qtbot, window, "back_week", 4)
    tap(qtbot, window.question.next_button)
    assert current_ids(window) == ["pain.leg_now"]
    tap(qtbot, window.question.back_button)
    assert current_ids(window) == ["pain.back_week"]
    assert window.question.answer_widgets["back_week"].buttons[4].isChecked()
    tap(qtbot, window.question.back_button)
    scale = window.question.answer_widgets["back_now"]
    assert scale.buttons[7].isChecked()
    assert [b.isChecked() for b in scale.buttons].count(True) == 1
    # change an answer: the new one is saved, the history stays
    answer(qtbot, window, "back_now", 8)
    assert store.answers(response_id)["pain"]["back_now"] == 8
    assert [r.value for r in store.answer_history(response_id)
            if r.item_id == "back_now"] == [7, 8]
    # back from the first question goes to the welcome screen, forward again keeps everything
    tap(qtbot, window.question.back_button)
    assert window.current_screen() == "welcome"
    tap(qtbot, window.welcome.start_button)
    assert window.question.answer_widgets["back_now"].buttons[8].isChecked()


def _go_to(qtbot, window, full_id: str) -> None:
    for _ in range(80):
        if full_id in current_ids(window):
            return
        tap(qtbot, window.question.next_button)
    raise AssertionError(f"never reached {full_id}")


def test_conditional_items_appear_and_disappear(qtbot, db, forms):
    _, _, store, response_id, episode_id = db
    window = make_window(qtbot, store, forms)
    pick_patient(qtbot, window, episode_id)
    tap(qtbot, window.welcome.start_button)
    total_before = window.flow.total(window.answers)
    _go_to(qtbot, window, "pain.leg_side")
    answer(qtbot, window, "leg_side", 0)  # neither leg: "below the knee" is not asked
    assert window.flow.total(window.answers) == total_before
    tap(qtbot, window.question.next_button)
    assert current_ids(window)[0].startswith("orebro10.")
    tap(qtbot, window.question.back_button)
    answer(qtbot, window, "leg_side", 2)  # right leg: it appears, and the count grows
    assert window.flow.total(window.answers) == total_before + 1
    assert window.question.progress_label.text().endswith(f"af {total_before + 1}")
    tap(qtbot, window.question.next_button)
    assert current_ids(window) == ["pain.below_knee"]
    answer(qtbot, window, "below_knee", 1)
    assert store.answers(response_id)["pain"]["below_knee"] == 1
    tap(qtbot, window.question.back_button)
    answer(qtbot, window, "leg_side", 0)  # gone again, and its stale answer is cleared
    assert window.flow.total(window.answers) == total_before
    assert "below_knee" not in store.answers(response_id)["pain"]
    tap(qtbot, window.question.next_button)
    assert current_ids(window)[0].startswith("orebro10.")

    # work: sick-listed only for the employed; weeks only if sick-listed
    _go_to(qtbot, window, "work.employment")
    ids_before = window.flow.total(window.answers)
    answer(qtbot, window, "employment", 5)  # retired
    tap(qtbot, window.question.next_button)
    assert current_ids(window) == ["work.goal"]
    tap(qtbot, window.question.back_button)
    answer(qtbot, window, "employment", 1)  # employed
    assert window.flow.total(window.answers) == ids_before + 2
    tap(qtbot, window.question.next_button)
    assert current_ids(window) == ["work.sick_listed"]
    answer(qtbot, window, "sick_listed", 1)
    tap(qtbot, window.question.next_button)
    assert current_ids(window) == ["work.sick_leave_weeks"]
    answer(qtbot, window, "sick_leave_weeks", 12)
    assert store.answers(response_id)["work"]["sick_leave_weeks"] == 12
    keypad = window.question.answer_widgets["sick_leave_weeks"]
    tap(qtbot, keypad.pad.buttons["9"])  # 129 > 104: refused, the answer stays 12
    assert keypad.display.text() == "12"
    assert store.answers(response_id)["work"]["sick_leave_weeks"] == 12


# -- never lose an answer -----------------------------------------------------------------------


def test_resume_after_teardown_opens_at_same_question(qtbot, db, forms):
    path, key, store, response_id, episode_id = db
    window = make_window(qtbot, store, forms)
    pick_patient(qtbot, window, episode_id)
    tap(qtbot, window.welcome.start_button)
    for _ in range(8):
        answer_page(qtbot, window)
        tap(qtbot, window.question.next_button)
    answer_page(qtbot, window)  # answered, not yet moved on
    where = current_ids(window)
    answered = store.answers(response_id)
    # "crash": the window goes away without any goodbye, the store connection too
    window.hide()
    window.deleteLater()
    QApplication.processEvents()
    store.close()

    reopened = Store.open(path, key)
    try:
        second = make_window(qtbot, reopened, forms)
        assert second.current_screen() == "staff"
        assert second.staff.mode == "waiting"
        sign_in_with_pin(qtbot, second)
        assert second.staff.patient_buttons  # the in-progress questionnaire is listed
        tap(qtbot, second.staff.patient_buttons[episode_id])
        assert second.response_id == response_id
        assert "tilbage" in second.welcome.title.text()
        tap(qtbot, second.welcome.start_button)
        assert current_ids(second) == where
        assert reopened.answers(response_id) == answered
        for full in where:
            form_id, item_id = full.split(".")
            widget = second.question.answer_widgets[item_id]
            assert widget.buttons[answered[form_id][item_id]].isChecked()
        tap(qtbot, second.question.back_button)
        tap(qtbot, second.question.back_button)
        page = second.current_page()
        for item in page.visible_items(second.answers):
            assert second.question.answer_widgets[item.id].buttons[
                answered[page.form.id][item.id]].isChecked()
    finally:
        reopened.close()


# -- privacy and lock -------------------------------------------------------------------------


def test_idle_privacy_screen_hides_answers_and_needs_staff(qtbot, db, forms):
    _, _, store, response_id, episode_id = db
    window = make_window(qtbot, store, forms, idle_timeout_ms=300)
    pick_patient(qtbot, window, episode_id)
    tap(qtbot, window.welcome.start_button)
    answer(qtbot, window, "back_now", 9)
    tap(qtbot, window.question.next_button)
    qtbot.waitUntil(lambda: window.current_screen() == "staff", timeout=3000)
    assert window.staff.mode == "privacy"
    assert not window.question.isVisible()
    assert "skjult" in window.staff.door_text.text()
    assert store.answers(response_id)["pain"]["back_now"] == 9  # kept
    # resuming needs staff: a wrong PIN does not resume
    sign_in_with_pin(qtbot, window, "0000")
    assert window.current_screen() == "staff" and not window.staff.on_menu()
    assert not window.staff.pin_pad.buttons["1"].isEnabled()  # a 1 s delay first
    window.staff.locked_until = 0  # skip the wait in the test
    window.staff._update_countdown()
    sign_in_with_pin(qtbot, window)
    assert window.staff.on_menu()
    assert window.staff.resume_button.isVisible()
    tap(qtbot, window.staff.resume_button)
    assert window.current_screen() == "welcome"
    tap(qtbot, window.welcome.start_button)
    assert current_ids(window) == ["pain.back_week"]
    tap(qtbot, window.question.back_button)
    assert window.question.answer_widgets["back_now"].buttons[9].isChecked()
    # activity keeps the session open: taps restart the idle timer
    for _ in range(4):
        qtbot.wait(120)
        qtbot.mouseMove(window.question.next_button)
        qtbot.mouseClick(window.question.progress_label, Qt.MouseButton.LeftButton)
    assert window.current_screen() == "question"


def test_hub_sign_in_is_checked_off_the_gui_thread_and_keeps_the_lockout(qtbot, db, forms):
    """On a tablet the PIN is checked by the hub over the network: the window stays responsive
    (busy, pad disabled) and a wrong PIN still costs a growing delay."""
    import threading

    _, _, store, _, _ = db
    anna = store.authenticate_pin(PIN)
    release = threading.Event()
    threads: list[threading.Thread] = []

    class HubStore:  # the checks block like a network round trip
        def __getattr__(self, name):
            return getattr(store, name)

        def authenticate_pin(self, pin):
            threads.append(threading.current_thread())
            release.wait(10)
            return anna if pin == PIN else None

        def worklist(self, **kwargs):
            return []

    window = make_window(qtbot, HubStore(), forms, background_io=True)
    staff = window.staff
    staff.lockout_base_ms = 200
    sign_in_with_pin(qtbot, window, "1111")
    assert staff.checking and "Kontrollerer" in staff.message.text()
    assert not staff.pin_pad.buttons["5"].isEnabled()
    release.set()
    qtbot.waitUntil(lambda: not staff.checking, timeout=5000)
    assert staff.last_delay_ms == 200 and "Prøv igen om" in staff.message.text()
    assert threads and threads[0] is not threading.main_thread()
    qtbot.waitUntil(lambda: staff.pin_pad.buttons["5"].isEnabled(), timeout=5000)
    sign_in_with_pin(qtbot, window)
    qtbot.waitUntil(staff.on_menu, timeout=5000)
    assert staff.failures == 0
    # a check still running when the screen goes back to the door does not sign anyone in
    staff.sign_out()
    release.clear()
    sign_in_with_pin(qtbot, window)
    staff.show_door("waiting")
    release.set()
    qtbot.wait(200)
    assert not staff.on_menu() and staff.user is None
    # … and cancelling a wrong PIN still being checked does not skip its delay
    release.clear()
    sign_in_with_pin(qtbot, window, "1111")
    staff.show_door("waiting")
    release.set()
    qtbot.waitUntil(lambda: staff.failures == 1, timeout=5000)
    assert staff.remaining_ms() > 0


def test_signing_out_leaves_no_patient_names_in_the_hidden_menu(qtbot, db, forms):
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QLabel

    _, _, store, _, episode_id = db
    window = make_window(qtbot, store, forms)
    sign_in_with_pin(qtbot, window)
    assert episode_id in window.staff.patient_buttons
    tap(qtbot, window.staff.sign_out_button)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.staff.patient_buttons == {}
    texts = [label.text() for label in window.staff.findChildren(QLabel)]
    assert not [t for t in texts if "Mette" in t or "Anna" in t], texts


def test_exit_refused_without_credentials_and_allowed_with_them(qtbot, db, forms):
    _, _, store, response_id, episode_id = db
    window = KioskWindow(store, forms, lock=True, auto_advance_ms=0)
    qtbot.addWidget(window)
    flags = window.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    window.show()
    qtbot.waitExposed(window)
    assert window.isFullScreen()
    pick_patient(qtbot, window, episode_id)
    tap(qtbot, window.welcome.start_button)
    # close (Alt+F4 arrives as a close event) and Escape do nothing
    event = QCloseEvent()
    QApplication.sendEvent(window, event)
    assert not event.isAccepted()
    assert window.close() is False
    assert window.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.keyClick(window.question.next_button, Qt.Key.Key_Escape)
    qtbot.keyClick(window, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    assert window.isVisible() and window.current_screen() == "question"
    # wrong PINs: refused, with a growing delay shown as a countdown
    exits = []
    window.exit_requested.connect(exits.append)
    tap(qtbot, window.question.staff_button)
    assert window.current_screen() == "staff"
    staff = window.staff
    staff.lockout_base_ms = 200
    delays = []
    for _ in range(3):
        sign_in_with_pin(qtbot, window, "1111")
        delays.append(staff.last_delay_ms)
        assert not staff.pin_pad.buttons["5"].isEnabled()
        assert "Prøv igen om" in staff.message.text()
        assert not staff.on_menu()
        qtbot.waitUntil(lambda: staff.pin_pad.buttons["5"].isEnabled(), timeout=5000)
    assert delays == [200, 400, 800]
    # a wrong password too
    tap(qtbot, staff.switch_button)
    staff.username.setText("anna")
    staff.password.setText("forkert")
    tap(qtbot, staff.password_button)
    assert staff.last_delay_ms == 1600 and not staff.on_menu()
    assert exits == [] and window.locked
    staff.locked_until = 0
    staff._update_countdown()
    staff.password.setText("hemmelig")
    tap(qtbot, staff.password_button)
    assert staff.on_menu()
    assert staff.failures == 0
    tap(qtbot, staff.exit_button)
    assert len(exits) == 1 and exits[0].username == "anna"
    assert not window.locked
    assert window.response_id == ""  # the patient's session is gone from the window
    assert window.close() is True
    # the answers are still in the database for resuming later
    assert store.open_response(episode_id).id == response_id


# -- safety -----------------------------------------------------------------------------------


def test_acute_red_flag_shows_calm_message_and_raises_alert(qtbot, db, forms):
    _, _, store, response_id, episode_id = db
    window = make_window(qtbot, store, forms, auto_advance_ms=50)
    pick_patient(qtbot, window, episode_id)
    tap(qtbot, window.welcome.start_button)
    window.jump_to("redflags", "bladder_bowel")
    assert current_ids(window) == ["redflags.bladder_bowel"]
    answer(qtbot, window, "bladder_bowel", 1)
    assert window.current_screen() == "alert"
    rule = forms.form("redflags").scoring.alerts[0]
    assert window.alert.message.text() == rule.message.da
    qtbot.wait(150)  # no auto-advance behind the message
    assert window.current_screen() == "alert"
    alerts = store.alerts()
    assert any(a["item_id"] == "bladder_bowel" and a["response_id"] == response_id
               for a in alerts)
    tap(qtbot, window.alert.continue_button)
    assert window.current_screen() == "question"
    assert current_ids(window) == ["redflags.bladder_bowel"]
    assert window.question.answer_widgets["bladder_bowel"].buttons[1].isChecked()
    # a "no" to an acute flag shows nothing
    tap(qtbot, window.question.next_button)
    answer(qtbot, window, "saddle_anaesthesia", 0)
    assert window.current_screen() == "question"


# -- language ---------------------------------------------------------------------------------


def test_english_switches_chrome_and_item_texts(qtbot, db, forms):
    _, _, store, response_id, episode_id = db
    window = make_window(qtbot, store, forms)
    pick_patient(qtbot, window, episode_id)
    tap(qtbot, window.welcome.language_buttons["en"])
    assert store.response(response_id).language == "en"
    assert window.welcome.title.text() == "Welcome, Mette"
    assert window.welcome.start_button.text() == "Start"
    tap(qtbot, window.welcome.start_button)
    assert window.question.next_button.text() == "Next"
    assert window.question.progress_label.text().startswith("Question 1 of ")
    assert window.question.question_labels["back_now"].text() == \
        forms.form("pain").item("back_now").text.en
    tap(qtbot, window.question.back_button)
    tap(qtbot, window.welcome.language_buttons["da"])
    assert window.welcome.title.text() == "Velkommen, Mette"
    tap(qtbot, window.welcome.start_button)
    assert window.question.next_button.text() == "Næste"
    # the next patient starts in Danish again, whatever the last one chose
    tap(qtbot, window.question.back_button)
    tap(qtbot, window.welcome.language_buttons["en"])
    window.show_waiting()
    assert window.translator is None
    assert window.staff.door_title.text() == "Venter på personalet"


def test_a_danish_patient_gets_danish_screens_in_an_english_workspace(qtbot, db, forms):
    """With ``--lang en`` the staff screens are English, but the patient's questionnaire follows
    the patient's own language: Danish unless they choose English, and back for the next one."""
    from lbp_desktop.ui.app import make_application

    _, _, store, _, episode_id = db
    make_application("en")
    try:
        window = make_window(qtbot, store, forms)
        assert window.staff.door_title.text() == "Waiting for the staff"
        pick_patient(qtbot, window, episode_id)
        assert window.welcome.title.text() == "Velkommen, Mette"
        tap(qtbot, window.welcome.start_button)
        assert window.question.next_button.text() == "Næste"
        tap(qtbot, window.question.back_button)
        tap(qtbot, window.welcome.language_buttons["en"])
        tap(qtbot, window.welcome.language_buttons["da"])
        assert window.welcome.title.text() == "Velkommen, Mette"
        window.show_waiting()
        assert window.staff.door_title.text() == "Waiting for the staff"
        window.close()
    finally:
        make_application("da")


# -- accessibility: 200 % text without clipping or overlap ------------------------------------


def _problems(screen) -> list[str]:
    """Clipped texts and overlapping siblings among the visible widgets of ``screen``."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QScrollBar, QWidget

    problems = []
    for widget in [screen, *screen.findChildren(QWidget)]:
        if not widget.isVisibleTo(screen) or isinstance(widget, QScrollBar):
            continue
        size = widget.size()
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                need_h = widget.heightForWidth(size.width())
                if need_h > size.height() + 1:
                    problems.append(f"label {widget.text()[:40]!r}: needs {need_h} px high, "
                                    f"has {size.height()}")
            else:
                hint = widget.minimumSizeHint()
                if hint.width() > size.width() + 1 or hint.height() > size.height() + 1:
                    problems.append(f"label {widget.text()[:40]!r}: needs {hint.toTuple()}, "
                                    f"has {size.toTuple()}")
        if isinstance(widget, QAbstractButton) and widget.text():
            metrics = widget.fontMetrics()
            need_w = metrics.horizontalAdvance(widget.text()) + 8
            if need_w > size.width() or metrics.height() > size.height():
                problems.append(f"button {widget.text()!r}: text needs {need_w}×"
                                f"{metrics.height()}, has {size.toTuple()}")
        if isinstance(widget, QAbstractButton) and min(size.width(), size.height()) < 48:
            problems.append(f"button {widget.accessibleName()!r} is {size.toTuple()}, "
                            "below 48 px")
        if isinstance(widget, QAbstractButton) and not widget.accessibleName():
            problems.append(f"button without accessible name: {widget!r}")
        direct = Qt.FindChildOption.FindDirectChildrenOnly
        kids = [c for c in widget.findChildren(QWidget, options=direct)
                if c.isVisibleTo(screen) and not c.isWindow()]
        for i, first in enumerate(kids):
            for second in kids[i + 1:]:
                if first.geometry().intersects(second.geometry()):
                    problems.append(f"overlap: {first!r} {first.geometry().getRect()} and "
                                    f"{second!r} {second.geometry().getRect()}")
    return problems


def _settle(qtbot) -> None:
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(10)


@pytest.mark.parametrize("size", [(1280, 800), (800, 1280), (1920, 1080)],
                         ids=["1280x800", "portrait", "1920x1080"])
def test_text_size_200_has_no_clipped_labels_or_overlap(qtbot, db, forms, size):
    _, _, store, _response_id, episode_id = db
    window = make_window(qtbot, store, forms)
    window.resize(*size)
    _settle(qtbot)
    checked = []

    def check(name: str) -> None:
        _settle(qtbot)
        screen = window.stack.currentWidget()
        problems = _problems(screen)
        assert not problems, f"{name}: " + "\n".join(problems)
        checked.append(name)

    check("waiting")
    tap(qtbot, window.staff.door_button)
    check("sign-in")
    sign_in_with_pin(qtbot, window)
    check("staff menu")
    tap(qtbot, window.staff.patient_buttons[episode_id])
    tap(qtbot, window.welcome.size_buttons[2.0])
    assert window.scale == 2.0
    check("welcome")
    tap(qtbot, window.welcome.start_button)
    while window.current_screen() == "question":
        check("question " + ",".join(current_ids(window)))
        answer_page(qtbot, window)
        check("answered " + ",".join(current_ids(window)))
        tap(qtbot, window.question.next_button)
    window.review.show_missing(window.flow.visible_items(window.answers)[:6], "da", 2.0)
    check("review")
    window.alert.show_message(forms.form("redflags").scoring.alerts[0].message.da)
    window._switch("alert")
    check("alert")
    window.show_review()
    tap(qtbot, window.review.submit_button)
    check("thanks")
    assert len(checked) > 100


def test_an_answer_that_cannot_be_saved_is_shown_as_not_saved(qtbot, db, forms, monkeypatch,
                                                               caplog):
    _, _, store, response_id, episode_id = db
    window = make_window(qtbot, store, forms)
    pick_patient(qtbot, window, episode_id)
    tap(qtbot, window.welcome.start_button)

    def broken(*args, **kwargs):
        raise OSError(f"disk full writing {args} for Mette Kristensen Holm")

    original = store.record_answer
    monkeypatch.setattr(store, "record_answer", broken)
    answer(qtbot, window, "back_now", 5)
    assert window.question.error.isVisible()
    assert "ikke gemt" in window.question.error.text()
    assert not any(b.isChecked() for b in window.question.answer_widgets["back_now"].buttons)
    assert "back_now" not in window.answers.get("pain", {})
    logged = "\n".join(r.getMessage() + str(r.exc_info) for r in caplog.records)
    assert "could not save answer pain.back_now: OSError" in logged
    assert "Mette" not in logged and "disk full" not in logged  # no health data in the log
    monkeypatch.setattr(store, "record_answer", original)
    answer(qtbot, window, "back_now", 5)
    assert store.answers(response_id)["pain"]["back_now"] == 5
    assert not window.question.error.isVisible()


def test_every_kiosk_string_has_an_english_translation_in_the_qm():
    import xml.etree.ElementTree as ET

    from PySide6.QtCore import QTranslator

    from lbp_desktop.paths import resources_dir
    from lbp_desktop.ui.kiosk.window import translation_file

    tree = ET.parse(resources_dir() / "i18n" / "kiosk_en.ts")
    translator = QTranslator()
    assert translator.load(translation_file())
    count = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            english = translator.translate(name, source)
            assert (english and english != source) or source in ("Start", "Pause"), source
            count += 1
    assert count > 80
