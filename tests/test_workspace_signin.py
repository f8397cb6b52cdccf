"""The sign-in dialog: grows with its error, counts down, and says "too many attempts" only
after several; window titles name the app once."""

from __future__ import annotations

import pytest

from lbp_desktop.security import throttle
from lbp_desktop.ui.workspace.login import TOO_MANY, LoginDialog
from tests.workspace_support import make_store, private_keys


@pytest.fixture(autouse=True)
def _keys(tmp_path, monkeypatch):
    private_keys(tmp_path, monkeypatch)


@pytest.fixture
def store(tmp_path):
    from lbp_desktop.ui.app import make_application

    make_application("da")
    return make_store(tmp_path)


@pytest.fixture
def clock(monkeypatch):
    now = [1000.0]
    monkeypatch.setattr(throttle, "WORKSPACE",
                        throttle.SignInThrottle(base_ms=1000, clock=lambda: now[0]))
    return now


def _fails(dialog: LoginDialog, clock: list[float]) -> None:
    clock[0] += 600                      # past any delay
    dialog.countdown.tick()
    dialog.password.setText("forkert")
    assert dialog.try_login() is False


def test_dialog_grows_with_the_error_and_nothing_is_squeezed(qtbot, store, clock):
    dialog = LoginDialog(store, username="anna", clinic_name="Rygklinikken Aarhus", demo=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dialog.height()
    _fails(dialog, clock)
    qtbot.waitUntil(lambda: dialog.height() > before)
    error = dialog.error
    assert error.isVisible()
    assert error.height() >= error.heightForWidth(error.width())
    assert error.geometry().bottom() < dialog.login_button.geometry().top()
    for field in (dialog.username, dialog.password):
        assert field.height() >= field.sizeHint().height()


def test_too_many_only_after_several_attempts_and_the_wait_counts_down(qtbot, store, clock):
    dialog = LoginDialog(store, username="anna")
    qtbot.addWidget(dialog)
    dialog.show()
    _fails(dialog, clock)
    assert "Forkert brugernavn eller adgangskode" in dialog.error.text()
    assert "For mange" not in dialog.error.text()
    for _ in range(TOO_MANY - 1):
        _fails(dialog, clock)
    assert "For mange forkerte forsøg" in dialog.error.text()
    assert throttle.WORKSPACE.wait_ms() == 4000
    assert "4 s" in dialog.error.text() and not dialog.login_button.isEnabled()
    clock[0] += 1.5
    dialog.countdown.tick()
    assert "3 s" in dialog.error.text()                  # counts down, not stuck at one number
    clock[0] += 2.6
    qtbot.waitUntil(dialog.login_button.isEnabled)       # the timer itself ends the wait
    assert "Prøv igen" not in dialog.error.text()
    assert "Forkert brugernavn" in dialog.error.text()


def test_window_titles_name_the_app_once(qtbot, store, forms):
    """The platform appends the application's display name to each title (Qt's rule): a
    title that contains it already would show it twice."""
    from PySide6.QtWidgets import QApplication

    from lbp_desktop.ui.workspace.about import AboutDialog
    from lbp_desktop.ui.workspace.main_window import MainWindow
    from tests.workspace_support import user

    name = QApplication.applicationDisplayName()
    assert name == "lbp-desktop"
    window = MainWindow(store, forms, user(store, "anna"), idle_ms=600_000)
    qtbot.addWidget(window)
    about = AboutDialog(forms, window)
    login = LoginDialog(store)
    qtbot.addWidget(login)
    for w in (window, about, login):
        assert w.windowTitle() and name not in w.windowTitle(), w.windowTitle()
    window.worklist.stop_polling()


def test_danish_dialogs_have_danish_buttons_spelled_one_way(qtbot, store):
    from pathlib import Path

    from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, "Tablettjenesten", "Stop?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                      | QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Ok)
    qtbot.addWidget(box)
    words = {b.text().replace("&", "") for b in box.buttons()}
    assert words == {"Ja", "Nej", "Annullér", "Fortsæt"}
    ask = QInputDialog()
    qtbot.addWidget(ask)
    ask.show()
    words = {b.text().replace("&", "")
             for b in ask.findChildren(QDialogButtonBox)[0].buttons()}
    assert "OK" not in words and "Cancel" not in words and "Annullér" in words
    # one spelling of "Annullér" in the workspace's own strings
    ui = Path(__file__).resolve().parents[1] / "lbp_desktop" / "ui"
    for path in [ui / "app.py", *(ui / "workspace").rglob("*.py"), *(ui / "common").rglob("*.py")]:
        text = path.read_text(encoding="utf-8")
        assert "Annuller\"" not in text and "Annuller " not in text, path


def test_the_clinic_name_is_shown_as_typed_not_as_markup(qtbot, store):
    """The sign-in's labels are plain text set by value (``widgets.PLAIN_TEXT``, which spares the
    first paint the ``Qt`` namespace's enums): markup in the clinic's name must still show
    literally."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    from lbp_desktop.ui.common.widgets import PLAIN_TEXT

    assert Qt.TextFormat.PlainText.value == PLAIN_TEXT
    name = "<b>Ryg</b> &amp; <i>Klinik</i>"
    dialog = LoginDialog(store, clinic_name=name, demo=True)
    qtbot.addWidget(dialog)
    shown = [label for label in dialog.findChildren(QLabel) if label.text() == name]
    assert len(shown) == 1
    assert shown[0].textFormat() == Qt.TextFormat.PlainText
    banner = next(label for label in dialog.findChildren(QLabel) if "DEMO" in label.text())
    assert banner.textFormat() == Qt.TextFormat.PlainText
