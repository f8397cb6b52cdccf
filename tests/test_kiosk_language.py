"""Patient mode in the patient's language and at 200 % text: English switches every word and
the next patient starts in Danish again; no label is clipped and nothing overlaps on any screen
at 200 % on landscape, portrait and desktop sizes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from tests import test_kiosk
from tests.test_kiosk import (
    answer_page,
    current_ids,
    make_window,
    next_page,
    pick_patient,
    sign_in_with_pin,
    start,
    tap,
)

db = test_kiosk.db  # the encrypted clinic database fixture, shared

pytestmark = pytest.mark.usefixtures("private_keys")


# -- language ---------------------------------------------------------------------------------


def test_english_switches_chrome_and_item_texts(qtbot, db, forms):
    _, _, store, response_id, episode_id = db
    window = make_window(qtbot, store, forms)
    pick_patient(qtbot, window, episode_id)
    tap(qtbot, window.welcome.settings.language_buttons["en"])
    assert store.response(response_id).language == "en"
    assert window.welcome.title.text() == "Welcome, Mette"
    assert window.welcome.start_button.text() == "Start"
    start(qtbot, window)
    assert window.question.next_button.text() == "Next"
    assert window.question.progress.number_label.text().startswith("Question 1 of ")
    assert window.question.question_labels["back_now"].text() == \
        forms.form("pain").item("back_now").text.en
    tap(qtbot, window.question.back_button)
    tap(qtbot, window.welcome.settings.language_buttons["da"])
    assert window.welcome.title.text() == "Velkommen, Mette"
    start(qtbot, window)
    assert window.question.next_button.text() == "Næste"
    # the next patient starts in Danish again, whatever the last one chose
    tap(qtbot, window.question.back_button)
    tap(qtbot, window.welcome.settings.language_buttons["en"])
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
        start(qtbot, window)
        assert window.question.next_button.text() == "Næste"
        tap(qtbot, window.question.back_button)
        tap(qtbot, window.welcome.settings.language_buttons["en"])
        tap(qtbot, window.welcome.settings.language_buttons["da"])
        assert window.welcome.title.text() == "Velkommen, Mette"
        window.show_waiting()
        assert window.staff.door_title.text() == "Waiting for the staff"
        window.close()
    finally:
        make_application("da")


# -- accessibility: 200 % text without clipping or overlap ------------------------------------


def _problems(screen) -> list[str]:
    """Clipped texts and overlapping siblings among the visible widgets of ``screen``."""
    from PySide6.QtWidgets import QScrollBar

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
    tap(qtbot, window.welcome.settings.size_buttons[2.0])
    assert window.scale == 2.0
    check("welcome")
    start(qtbot, window)
    while window.current_screen() == "question":
        check("question " + ",".join(current_ids(window)))
        answer_page(qtbot, window)
        check("answered " + ",".join(current_ids(window)))
        next_page(qtbot, window)
    check("review")
    window.alert.show_message(forms.form("redflags").scoring.alerts[0].message.da)
    window._switch("alert")
    check("alert")
    window.show_review()
    tap(qtbot, window.review.send_button)
    check("review, confirm")
    tap(qtbot, window.review.confirm_yes)
    check("thanks")
    assert len(checked) > 100
