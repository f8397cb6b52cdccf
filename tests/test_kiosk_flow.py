"""Patient mode as a patient and the staff use it, by taps on the real widgets against a real
(encrypted) store: "Næste" never skips silently, "Ret" on the review returns to the review,
staff access is out of the patient's way, the idle warning comes before the pause and the patient
resumes alone, the patient's settings hold on every screen and across a restart, the acute alert
stays for the staff, and the PIN pad takes a physical keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPointingDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from lbp_desktop.storage.store import Store
from tests import test_kiosk
from tests.test_kiosk import (
    ANSWERS,
    PIN,
    answer,
    current_ids,
    hold_corner,
    make_window,
    next_page,
    pick_patient,
    sign_in_with_pin,
    start,
    tap,
)

db = test_kiosk.db  # the encrypted clinic database fixture, shared

pytestmark = pytest.mark.usefixtures("private_keys")


def test_a_tap_then_next_never_skips_the_next_question(qtbot, db, forms):
    _, _, store, response_id, episode_id = db
    window = make_window(qtbot, store, forms, auto_advance_ms=50)
    pick_patient(qtbot, window, episode_id)
    start(qtbot, window)
    answer(qtbot, window, "back_now", 6)  # the tap moves on by itself …
    qtbot.waitUntil(lambda: current_ids(window) == ["pain.back_week"], timeout=2000)
    tap(qtbot, window.question.next_button)  # … and "Næste" out of habit asks first
    assert current_ids(window) == ["pain.back_week"]
    assert window.question.skip_bar.isVisible() and window.question.skip_button.isVisible()
    tap(qtbot, window.question.answer_button)  # "Svar på spørgsmålet": stay and answer
    assert not window.question.skip_bar.isVisible()
    assert current_ids(window) == ["pain.back_week"]
    tap(qtbot, window.question.next_button)
    tap(qtbot, window.question.skip_button)  # an explicit skip is allowed
    assert current_ids(window) == ["pain.leg_now"]
    assert "back_week" not in store.answers(response_id)["pain"]
    # a red-flag question cannot be skipped at all
    window.jump_to("redflags", "bladder_bowel")
    tap(qtbot, window.question.next_button)
    assert current_ids(window) == ["redflags.bladder_bowel"]
    assert window.question.skip_bar.isVisible() and not window.question.skip_button.isVisible()
    window.go_next(skip=True)  # not even when asked to
    assert current_ids(window) == ["redflags.bladder_bowel"]
    answer(qtbot, window, "bladder_bowel", 0)
    assert not window.question.skip_bar.isVisible()
    qtbot.waitUntil(lambda: current_ids(window) == ["redflags.saddle_anaesthesia"],
                    timeout=2000)


def test_review_lists_missing_first_and_ret_returns_to_it(qtbot, db, forms):
    _, _, store, response_id, episode_id = db
    window = make_window(qtbot, store, forms)
    pick_patient(qtbot, window, episode_id)
    for form_id, values in ANSWERS.items():
        for item_id, value in values.items():
            if (form_id, item_id) != ("redflags", "night_pain"):
                window.record(form_id, item_id, value)
    window.show_review()
    review = window.review
    assert list(review.missing_buttons) == ["redflags.night_pain"]
    first = review.list.itemAt(0).widget()
    assert first.text() == "Mangler svar"  # the missing question comes first
    assert "pain.back_now" in review.edit_buttons and len(review.edit_buttons) > 50
    # "Ret" goes to the question; after the change, "Næste" comes back to the review
    tap(qtbot, review.edit_buttons["orebro10.q3"])
    assert window.current_screen() == "question" and current_ids(window) == ["orebro10.q3"]
    answer(qtbot, window, "q3", 2)
    tap(qtbot, window.question.next_button)
    assert window.current_screen() == "review"
    assert store.answers(response_id)["orebro10"]["q3"] == 2
    # answering the missing one from the review also returns there
    tap(qtbot, review.missing_buttons["redflags.night_pain"])
    answer(qtbot, window, "night_pain", 0)
    tap(qtbot, window.question.next_button)
    assert window.current_screen() == "review" and review.missing_buttons == {}
    # sending is a separate step: the first tap only asks
    tap(qtbot, review.send_button)
    assert review.confirm.isVisible() and store.response(response_id).status == "in_progress"
    tap(qtbot, review.confirm_no)
    assert not review.confirm.isVisible()
    tap(qtbot, review.send_button)
    tap(qtbot, review.confirm_yes)
    assert window.current_screen() == "thanks"
    assert store.response(response_id).status == "completed"


def test_a_touch_drag_scrolls_the_review_list(qtbot, db, forms):
    _, _, store, _, episode_id = db
    window = make_window(qtbot, store, forms)
    pick_patient(qtbot, window, episode_id)
    for form_id, values in ANSWERS.items():
        for item_id, value in values.items():
            window.record(form_id, item_id, value)
    window.show_review()
    QApplication.processEvents()
    bar = window.review.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    device = QTest.createTouchDevice(QPointingDevice.DeviceType.TouchScreen)
    viewport = window.review.scroll_area.viewport()
    x = viewport.width() // 2
    QTest.touchEvent(viewport, device).press(0, QPoint(x, viewport.height() - 40))
    for step in range(1, 16):
        qtbot.wait(16)
        QTest.touchEvent(viewport, device).move(0, QPoint(x, viewport.height() - 40 - step * 30))
    QTest.touchEvent(viewport, device).release(0, QPoint(x, viewport.height() - 40 - 15 * 30))
    qtbot.waitUntil(lambda: bar.value() > 100, timeout=3000)


def test_staff_access_is_a_held_corner_and_cancel_returns_to_the_question(qtbot, db,
                                                                          forms):
    _, _, store, _, episode_id = db
    window = make_window(qtbot, store, forms)
    pick_patient(qtbot, window, episode_id)
    start(qtbot, window)
    answer(qtbot, window, "back_now", 4)
    next_page(qtbot, window)
    tap(qtbot, window.corner)  # a stray tap does nothing
    assert window.current_screen() == "question"
    hold_corner(qtbot, window)
    assert window.staff.on_sign_in_page()
    tap(qtbot, window.staff.cancel_button)
    assert window.current_screen() == "question" and current_ids(window) == ["pain.back_week"]
    # staff can still sign in from the corner
    hold_corner(qtbot, window)
    sign_in_with_pin(qtbot, window)
    assert window.staff.on_menu()


def test_idle_warns_first_then_pauses_and_the_patient_resumes_alone(qtbot, db, forms):
    _, _, store, response_id, episode_id = db
    window = make_window(qtbot, store, forms, idle_timeout_ms=600)
    pick_patient(qtbot, window, episode_id)
    start(qtbot, window)
    answer(qtbot, window, "back_now", 7)
    qtbot.waitUntil(lambda: window.current_screen() == "warning", timeout=3000)
    assert "sekunder" in window.warning.countdown.text()
    tap(qtbot, window.warning.here_button)  # "Jeg er her stadig"
    assert window.current_screen() == "question"
    qtbot.waitUntil(lambda: window.current_screen() == "warning", timeout=3000)
    qtbot.waitUntil(lambda: window.current_screen() == "staff", timeout=5000)
    # paused: no name, no answers on screen, the patient's own way back offered
    assert window.staff.mode == "privacy" and not window.question.isVisible()
    assert "Mette" not in window.staff.door_title.text() + window.staff.door_text.text()
    assert window.staff.patient_button.isVisible()
    tap(qtbot, window.staff.patient_button)
    check = window.birth_check
    for digit in "0202":  # wrong: a clear message and a delay, nothing shown
        tap(qtbot, check.pad.buttons[digit])
    tap(qtbot, check.pad.buttons["extra"])
    assert window.current_screen() == "birth" and "passede ikke" in check.message.text()
    assert not check.pad.buttons["1"].isEnabled()
    qtbot.waitUntil(lambda: check.pad.buttons["1"].isEnabled(), timeout=5000)
    for key in "0101":  # CPR 010182-1233: 1 January, typed on a keyboard
        qtbot.keyClick(check, key)
    qtbot.keyClick(check, Qt.Key.Key_Return)
    assert window.current_screen() == "welcome"
    assert "tilbage" in window.welcome.title.text()
    start(qtbot, window)
    assert window.question.answer_widgets["back_now"].buttons[7].isChecked()
    assert store.answers(response_id)["pain"]["back_now"] == 7


def test_settings_hold_on_every_screen_and_across_a_restart(qtbot, db, forms):
    path, key, store, response_id, episode_id = db
    window = make_window(qtbot, store, forms)
    pick_patient(qtbot, window, episode_id)
    settings = window.welcome.settings
    tap(qtbot, settings.language_buttons["en"])
    tap(qtbot, settings.size_buttons[2.0])
    tap(qtbot, settings.contrast_button)
    start(qtbot, window)
    assert window.question.next_button.text() == "Next"
    # "Aa" on a question: change the size there, back to the same question
    tap(qtbot, window.question.settings_button)
    assert window.current_screen() == "settings"
    assert window.settings.settings.size_buttons[2.0].isChecked()
    tap(qtbot, window.settings.settings.size_buttons[1.5])
    tap(qtbot, window.settings.done_button)
    assert window.current_screen() == "question" and current_ids(window) == ["pain.back_now"]
    assert store.display(response_id) == (1.5, True)
    assert store.response(response_id).language == "en"
    # a restart: the same patient gets the same language, size and contrast
    window.close()
    window.deleteLater()
    store.close()
    reopened = Store.open(path, key)
    try:
        second = make_window(qtbot, reopened, forms)
        sign_in_with_pin(qtbot, second)
        tap(qtbot, second.staff.patient_buttons[episode_id])
        assert (second.language, second.scale, second.high_contrast) == ("en", 1.5, True)
        assert second.welcome.title.text().startswith("Welcome back")
        assert "font-size: 33px" in second.styleSheet()  # 22 px body at 150 %
        # … and the thank-you screen keeps them
        for form_id, values in ANSWERS.items():
            for item_id, value in values.items():
                second.record(form_id, item_id, value)
        second.show_review()
        tap(qtbot, second.review.send_button)
        tap(qtbot, second.review.confirm_yes)
        assert second.current_screen() == "thanks"
        assert second.thanks.title.text() == "Thank you!"
        assert second.scale == 1.5 and second.high_contrast
        assert "#000000" in second.styleSheet()
    finally:
        reopened.close()


def test_an_acute_answer_stays_on_the_staff_screen_until_acknowledged(qtbot, db,
                                                                      forms):
    _, _, store, response_id, episode_id = db
    window = make_window(qtbot, store, forms)
    told: list[tuple[str, str]] = []
    window.acute_alert.connect(lambda rid, message: told.append((rid, message)))
    pick_patient(qtbot, window, episode_id)
    start(qtbot, window)
    window.jump_to("redflags", "bladder_bowel")
    answer(qtbot, window, "bladder_bowel", 1)
    assert told and told[0][0] == response_id  # the staff are told at once
    assert window.current_screen() == "alert"
    tap(qtbot, window.alert.continue_button)  # the patient's "Fortsæt" does not end it
    hold_corner(qtbot, window)
    assert window.staff.alert_box.isVisible()
    assert not window.staff.ack_button.isVisible()  # only a signed-in staff member
    assert "tisse" not in window.staff.alert_label.text()  # no details in the waiting room
    sign_in_with_pin(qtbot, window)
    assert window.staff.alert_box.isVisible() and window.staff.ack_button.isVisible()
    assert "tisse" in window.staff.alert_label.text()
    tap(qtbot, window.staff.ack_button)
    assert not window.staff.alert_box.isVisible()


def test_the_pin_pad_takes_a_physical_keyboard(qtbot, db, forms):
    _, _, store, _, _ = db
    window = make_window(qtbot, store, forms)
    tap(qtbot, window.staff.door_button)
    staff = window.staff
    staff.setFocus()
    for key in PIN + "9":
        qtbot.keyClick(staff, key)
    qtbot.keyClick(staff, Qt.Key.Key_Backspace)
    assert staff.pin_display.text() == "●" * len(PIN)
    qtbot.keyClick(staff, Qt.Key.Key_Return)
    assert staff.on_menu()


# -- safety -----------------------------------------------------------------------------------


def test_acute_red_flag_shows_calm_message_and_raises_alert(qtbot, db, forms):
    _, _, store, response_id, episode_id = db
    window = make_window(qtbot, store, forms, auto_advance_ms=50)
    pick_patient(qtbot, window, episode_id)
    start(qtbot, window)
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
    next_page(qtbot, window)
    answer(qtbot, window, "saddle_anaesthesia", 0)
    assert window.current_screen() == "question"


def test_leg_side_is_derived_as_none_only_when_not_asked_and_not_given(forms):
    from lbp_desktop.scoring.pain import score

    base = {"back_now": 3, "back_week": 4, "leg_now": 0, "leg_week": 0}
    out = score(forms.form("pain"), base).to_dict()
    assert out["complete"] is True and out["leg_side"] == "none"
    missing = score(forms.form("pain"), {**base, "leg_week": 2}).to_dict()
    assert missing["complete"] is False and "leg_side" in missing["missing"]
    given = score(forms.form("pain"), {**base, "leg_side": 1, "below_knee": 0}).to_dict()
    assert given["leg_side"] == "left"  # an imported answer is never dropped
