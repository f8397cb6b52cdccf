"""After "Log ud", a screen lock and the idle lock, no patient's name or CPR is readable on screen
(every visible widget walked), and a different user starts on a fresh worklist."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from lbp_desktop.ui.workspace.login import LoginDialog
from lbp_desktop.ui.workspace.main_window import MainWindow
from tests.workspace_support import demo_store, leaks, private_keys


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


@pytest.fixture(scope="module")
def needles(demo) -> list[str]:
    """Every demo patient's name and CPR (with and without the dash)."""
    out: list[str] = []
    for row in demo.worklist(open_only=False, limit=100):
        digits = row.cpr.replace("-", "")
        out += [row.patient_name, digits, f"{digits[:6]}-{digits[6:]}"]
    assert len(out) >= 18
    return out


@pytest.fixture
def window(qtbot, demo, forms):
    from lbp_desktop.ui.app import make_application

    make_application("da")
    demo_user = next(u for u in demo.users() if u.username == "demo")
    w = MainWindow(demo, forms, demo_user, demo=True, idle_ms=60_000)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.worklist.stop_polling()
    w.close()


def _busy_screen(window: MainWindow, demo, needles: list[str]) -> None:
    """The worklist searched, an episode open on "Alle svar": patient data all over."""
    window.worklist.search.setText("Hansen")
    window.worklist.apply_search()
    view = window.open_episode(demo.demo_episodes[2])
    view.tabs.setCurrentWidget(view.answers_tree)
    assert leaks(needles), "the test must start from a screen showing patient data"


def _while_dialog_open(check) -> list[str]:
    """Run ``check`` once the sign-in dialog is up, then cancel it (exec() returns)."""
    seen: list[str] = []

    def poll() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, LoginDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        seen.extend(check())
        dialog.reject()

    QTimer.singleShot(0, poll)
    return seen


def test_sign_out_leaves_no_patient_readable_behind_the_sign_in(window, demo, needles):
    _busy_screen(window, demo, needles)
    seen = _while_dialog_open(lambda: leaks(needles))
    window.sign_out()                      # returns when the sign-in dialog is cancelled
    assert seen == []
    assert leaks(needles) == []            # still signed out: nothing readable
    assert window.is_locked() and not window.signed_in
    assert window.episode_view is None
    assert window.worklist.model.rowCount() == 0
    assert window.worklist.search.text() == ""
    assert window.lock_screen.switch_button.text() == "Log ind"
    assert not window.lock_screen.password.isVisible()


def test_next_user_after_sign_out_starts_on_a_fresh_worklist(qtbot, window, demo, needles):
    _busy_screen(window, demo, needles)

    def sign_in_as_demo() -> list[str]:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, LoginDialog) and w.isVisible())
        dialog.username.setText("demo")
        dialog.password.setText("demo")
        assert dialog.try_login()
        return []

    def poll() -> None:
        if any(isinstance(w, LoginDialog) and w.isVisible()
               for w in QApplication.topLevelWidgets()):
            sign_in_as_demo()
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    window.sign_out()
    assert window.signed_in and not window.is_locked()
    assert window.stack.currentWidget() is window.worklist
    assert window.worklist.model.rowCount() >= 6       # loaded again for the new sign-in


def test_lock_covers_every_patient_view(qtbot, window, demo, needles):
    _busy_screen(window, demo, needles)
    window.lock()
    assert leaks(needles) == []
    window.lock_screen.password.setText("demo")
    assert window.lock_screen.try_unlock()
    assert window.stack.currentWidget() is window.episode_view   # back where the user was
    assert leaks(needles)


def test_idle_lock_covers_every_patient_view(qtbot, window, demo, needles):
    _busy_screen(window, demo, needles)
    window.idle.set_timeout(100)
    qtbot.waitUntil(window.is_locked, timeout=3000)
    assert leaks(needles) == []


def test_switch_user_from_the_lock_screen_keeps_data_covered(qtbot, window, demo, needles):
    _busy_screen(window, demo, needles)
    window.lock()
    seen = _while_dialog_open(lambda: leaks(needles))
    window.lock_screen.switch_button.click()
    assert seen == [] and leaks(needles) == []
    assert window.is_locked()
