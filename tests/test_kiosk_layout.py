"""Every question page of the ULRUS battery and of the MDI, at 100/150/200 % text on a 1280×800
landscape tablet, an 800×1280 portrait tablet and a 1920×1080 screen: the question text and every
answer control lie inside the visible area without scrolling, and the 0–10 scale is one row.

The window is built once per screen size (text size and pages change on it, as for a patient)."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QWidget

from lbp_desktop.domain.records import Referral
from lbp_desktop.storage.store import Store
from lbp_desktop.ui.kiosk import KioskWindow
from tests.test_kiosk import ANSWERS

SIZES = [(1280, 800), (800, 1280), (1920, 1080)]
SCALES = (1.0, 1.5, 2.0)
MDI = {f"q{i}": 2 for i in (1, 2, 3, 4, 5, 6, 7)} | {"q8a": 1, "q8b": 1, "q9": 1, "q10a": 1,
                                                        "q10b": 1}

pytestmark = pytest.mark.usefixtures("private_keys")


def controls(window: KioskWindow) -> list[QWidget]:
    """The question labels and every answer control on the page."""
    found: list[QWidget] = list(window.question.question_labels.values())
    for widget in window.question.answer_widgets.values():
        buttons = getattr(widget, "buttons", None)
        pad = getattr(widget, "pad", None)
        if isinstance(buttons, dict):
            found += list(buttons.values())
        elif isinstance(buttons, list):
            found += buttons
        elif pad is not None:
            found += [*pad.buttons.values(), widget.display]
        else:
            found.append(widget)
    return found


def outside(window: KioskWindow) -> list[str]:
    viewport = window.question.scroll_area.viewport()
    area = QRect(QPoint(0, 0), viewport.size())
    bad = []
    for widget in controls(window):
        top_left = widget.mapTo(viewport, QPoint(0, 0))
        rect = QRect(top_left, widget.size())
        if not widget.isVisible() or not area.contains(rect):
            name = widget.accessibleName() or type(widget).__name__
            bad.append(f"{name[:40]!r} at {rect.getRect()} outside {area.getRect()}")
    return bad


@pytest.fixture
def session(tmp_path, forms):
    store = Store.create(tmp_path / "clinic.lbp", os.urandom(32))
    patient = store.add_patient("010182-1233", "Mette Kristensen Holm")
    episode = store.add_episode(patient.id, Referral(reason="Lænderygsmerter"))
    ulrus = store.start_response(episode.id, "ulrus").id
    other = store.add_patient("020390-2234", "Jens Ole Sørensen")
    mdi = store.start_response(store.add_episode(other.id, Referral()).id, "mdi").id
    yield store, ulrus, mdi
    store.close()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_question_and_its_answers_are_visible_without_scrolling(qtbot, forms, session,
                                                                       size):
    store, ulrus, mdi = session
    window = KioskWindow(store, forms, lock=False, auto_advance_ms=0)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    problems: list[str] = []
    pages_seen = 0
    for response_id, answers in ((ulrus, ANSWERS), (mdi, {"mdi": MDI})):
        window.start_session(response_id)
        window.answers = {form: dict(values) for form, values in answers.items()}
        for scale in SCALES:
            window.set_text_scale(scale)
            for index in range(len(window.pages())):
                window.page_index = index
                window._show_page()
                QApplication.processEvents()
                page = window.current_page()
                where = f"{size} {int(scale * 100)} % {page.key}"
                assert window.question.scroll_area.verticalScrollBar().value() == 0, where
                problems += [f"{where}: {p}" for p in outside(window)]
                for widget in window.question.answer_widgets.values():
                    if hasattr(widget, "low_label"):  # 0–10 in one row
                        tops = {b.geometry().top() for b in widget.buttons}
                        assert len(tops) == 1, f"{where}: the 0–10 scale breaks into rows"
                pages_seen += 1
    assert pages_seen > 3 * 60
    assert not problems, "\n".join(problems[:30]) + f"\n({len(problems)} in all)"
