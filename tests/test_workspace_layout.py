"""The workspace fits clinic screens: 1280×800 laptops to 1920×1080 monitors."""

from __future__ import annotations

import contextlib

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from pytestqt.exceptions import TimeoutError as WaitTimeout

from lbp_desktop.ui.common.geometry import fitted_geometry
from lbp_desktop.ui.workspace.main_window import PREFERRED_SIZE, MainWindow
from tests.workspace_support import clipped_controls, demo_store, private_keys

SCREENS = [(1280, 800), (1366, 768), (1920, 1080)]


@pytest.fixture(autouse=True)
def _keys(tmp_path, monkeypatch):
    private_keys(tmp_path, monkeypatch)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("demo")
    mp = pytest.MonkeyPatch()
    private_keys(tmp, mp)
    store = demo_store(tmp)
    yield store
    mp.undo()


def _window(qtbot, demo, forms, size: tuple[int, int]) -> MainWindow:
    from lbp_desktop.ui.app import make_application

    make_application("da")
    demo_user = next(u for u in demo.users() if u.username == "demo")
    w = MainWindow(demo, forms, demo_user, demo=True, idle_ms=600_000)
    qtbot.addWidget(w)
    w.setWindowState(Qt.WindowState.WindowNoState)
    w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.size() == QSize(*size))
    return w


@pytest.mark.parametrize("screen", SCREENS)
def test_window_starts_within_the_available_screen(screen):
    width, height = screen
    available = QRect(0, 0, width, height - 40)             # a taskbar at the bottom
    rect = fitted_geometry(available, PREFERRED_SIZE, margin=24)
    assert available.contains(rect)
    assert rect.width() == min(PREFERRED_SIZE.width(), width - 48)
    assert rect.center().x() in (width // 2 - 1, width // 2)  # centred


def test_window_remembers_its_size_and_place(qtbot, demo, forms):
    from PySide6.QtWidgets import QWidget

    from lbp_desktop.ui.common.geometry import app_settings, place_window, save_window

    # (the offscreen test screen is 800×800: a size and place that fit on it)
    first = QWidget()
    qtbot.addWidget(first)
    place_window(first, "test/window", QSize(700, 500))
    first.show()
    first.setGeometry(30, 40, 600, 420)
    qtbot.waitUntil(lambda: first.size() == QSize(600, 420))
    save_window(first, "test/window")
    second = QWidget()
    qtbot.addWidget(second)
    place_window(second, "test/window", QSize(700, 500))
    assert second.size() == QSize(600, 420)
    second.show()
    qtbot.waitExposed(second)
    assert (second.geometry().topLeft() - first.geometry().topLeft()).manhattanLength() <= 4
    # the main window saves its own on closing
    w = _window(qtbot, demo, forms, (1280, 800))
    w.close()
    assert app_settings().value("workspace/main_window/geometry") is not None


@pytest.mark.parametrize("size", SCREENS[:2])
def test_main_window_fits_small_screens_without_clipped_controls(qtbot, demo, forms, size):
    w = _window(qtbot, demo, forms, size)
    assert w.minimumSizeHint().width() <= size[0] and w.minimumSizeHint().height() <= size[1]
    assert clipped_controls(w) == []
    for case in (1, 2, 4):
        view = w.open_episode(demo.demo_episodes[case])
        for index in range(view.tabs.count()):
            view.tabs.setCurrentIndex(index)
            qtbot.waitUntil(lambda v=view, i=index: v.tabs.currentWidget().isVisible())
            # wrapped text settles over a few layout passes (the page grows to its text)
            with contextlib.suppress(WaitTimeout):
                qtbot.waitUntil(lambda: not clipped_controls(w), timeout=3000)
            assert clipped_controls(w) == [], (case, view.tabs.tabText(index))
    w.worklist.stop_polling()
    w.close()


def test_all_answers_sit_close_to_their_questions_at_1920(qtbot, demo, forms):
    w = _window(qtbot, demo, forms, (1920, 1080))
    view = w.open_episode(demo.demo_episodes[1])
    view.tabs.setCurrentWidget(view.answers_tree)
    qtbot.waitUntil(view.answers_tree.isVisible)
    tree = view.answers_tree
    # the answer column starts right after the longest question, not at the far edge
    assert tree.columnWidth(0) <= tree.sizeHintForColumn(0) + 40
    assert tree.columnWidth(0) <= 0.6 * tree.viewport().width()
    w.worklist.stop_polling()
    w.close()


def test_long_questions_wrap_instead_of_being_cut_at_1280(qtbot, demo, forms):
    w = _window(qtbot, demo, forms, (1280, 800))
    view = w.open_episode(demo.demo_episodes[1])
    view.tabs.setCurrentWidget(view.answers_tree)
    tree = view.answers_tree
    qtbot.waitUntil(tree.isVisible)
    items = []
    top = tree.topLevelItem(0)
    for i in range(top.childCount()):
        form = top.child(i)
        items += [form.child(j) for j in range(form.childCount())]
    fm = tree.fontMetrics()
    longest = max(items, key=lambda it: fm.horizontalAdvance(it.text(0)))
    shortest = min(items, key=lambda it: fm.horizontalAdvance(it.text(0)))
    assert fm.horizontalAdvance(longest.text(0)) > tree.columnWidth(0)   # it must wrap here
    qtbot.waitUntil(lambda: tree.visualItemRect(longest).height()
                    > 1.5 * tree.visualItemRect(shortest).height())
    w.worklist.stop_polling()
    w.close()
