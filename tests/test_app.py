"""App shell: --quit-after-startup (subprocess), setup wizard, crash log without health data."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QWizard

from tests.workspace_support import private_keys


def _env(tmp_path):
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", LBP_DATA_DIR=str(tmp_path / "data"),
               LBP_KEY_DIR=str(tmp_path / "keys"), LBP_LOG_DIR=str(tmp_path / "logs"),
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    env.pop("LBP_DB_KEY", None)
    return env


@pytest.mark.slow
def test_quit_after_startup_demo_prints_startup_ms(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "lbp_desktop", "--demo",
                           "--quit-after-startup"], env=_env(tmp_path), capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    match = re.search(r"^startup_ms=(\d+)$", proc.stdout, re.M)
    assert match, proc.stdout
    assert (tmp_path / "data" / "demo.db").exists()
    # run twice: the demo database is replaced, not refused
    again = subprocess.run([sys.executable, "-m", "lbp_desktop", "--demo",
                            "--quit-after-startup"], env=_env(tmp_path), capture_output=True,
                           text=True, timeout=120)
    assert again.returncode == 0, again.stderr


@pytest.mark.slow
def test_quit_after_startup_first_run_shows_setup(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "lbp_desktop", "--quit-after-startup",
                           "--db", str(tmp_path / "new.lbp")], env=_env(tmp_path),
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "startup_ms=" in proc.stdout
    assert not (tmp_path / "new.lbp").exists()  # nothing is created before the wizard is done


def test_start_up_does_not_import_heavy_modules(tmp_path):
    code = ("import sys; import lbp_desktop.ui.app, lbp_desktop.ui.workspace.main_window;"
            "print(','.join(m for m in ('reportlab', 'fhir', 'lbp_desktop.reports') "
            "if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code], env=_env(tmp_path), capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == ""


def test_setup_wizard_creates_db_admin_and_shows_recovery_once(qtbot, tmp_path, monkeypatch):
    private_keys(tmp_path, monkeypatch)
    from lbp_desktop.storage.store import Store
    from lbp_desktop.ui.app import make_application
    from lbp_desktop.ui.workspace.setup_wizard import SetupWizard

    make_application("da")
    path = tmp_path / "clinic.lbp"

    def create(clinic, admin):
        store, recovery = Store.create_new(path)
        store.save_clinic(clinic["name"], clinic["address"], clinic["phone"])
        store.create_user(admin["username"], admin["password"], admin["name"], "admin")
        return store, recovery

    wizard = SetupWizard(create)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.clinic_page.name.setText("Rygklinikken")
    wizard.clinic_page.address.setText("Søndergade 1")
    wizard.next()
    page = wizard.admin_page
    page.name.setText("Ada Admin")
    page.username.setText("ada")
    page.password.setText("kort")
    page.password2.setText("kort")
    wizard.next()
    assert wizard.currentPage() is page and "8 tegn" in page.error.text()
    page.password.setText("hemmelig-kode")
    page.password2.setText("hemmelig-kode")
    wizard.next()
    assert wizard.currentPage() is wizard.recovery_page
    assert path.exists()
    key_text = wizard.recovery_page.key_label.text()
    assert key_text.count("-") >= 5
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.reject()  # cannot be cancelled once the key is made
    assert wizard.isVisible()
    wizard.recovery_page.confirm.setChecked(True)
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    store = wizard.store
    assert store.clinic().name == "Rygklinikken"
    assert store.authenticate("ada", "hemmelig-kode").role == "admin"
    from lbp_desktop.security import keys

    assert keys.key_from_recovery(key_text) == keys.find_key(path)


def test_crash_log_has_no_message_text(tmp_path, monkeypatch):
    monkeypatch.setenv("LBP_LOG_DIR", str(tmp_path / "logs"))
    from lbp_desktop.ui.common import crash

    try:
        raise ValueError("Morten Kristensen 010182-1233")
    except ValueError as exc:
        path = crash.write_crash_log(type(exc), exc.__traceback__)
    text = path.read_text()
    assert "ValueError" in text and "test_app.py" in text
    assert "Morten" not in text and "010182" not in text


def test_about_lists_citations_and_unverified_wording(qtbot, forms):
    from lbp_desktop.ui.app import make_application
    from lbp_desktop.ui.workspace.about import AboutDialog

    make_application("da")
    dialog = AboutDialog(forms)
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "Keele" in text and "Hill JC" in text
    assert "ikke er verificeret" in text
    assert "STarT Back" in text


def test_leaving_the_local_kiosk_opens_the_workspace_for_the_staff_member(qtbot, tmp_path,
                                                                          monkeypatch):
    import argparse

    from PySide6.QtWidgets import QApplication

    from lbp_desktop.ui.app import Shell
    from lbp_desktop.ui.kiosk.window import KioskWindow
    from lbp_desktop.ui.workspace.main_window import MainWindow
    from tests.workspace_support import demo_store

    private_keys(tmp_path, monkeypatch)
    store = demo_store(tmp_path)
    path = store.path
    store.close()
    args = argparse.Namespace(kiosk=True, db=str(path), demo=False, hub=None,
                              quit_after_startup=False, lang=None)
    shell = Shell(QApplication.instance(), args, 0.0)
    assert shell.start()
    kiosk = shell.kiosk
    assert isinstance(kiosk, KioskWindow) and kiosk.locked
    # staff tap their PIN (the demo clinician's is 1234) and then "leave patient mode"
    from tests.test_kiosk import sign_in_with_pin, tap

    sign_in_with_pin(qtbot, kiosk, "1234")
    assert kiosk.staff.on_menu()
    tap(qtbot, kiosk.staff.exit_button)
    assert shell.kiosk is None
    assert isinstance(shell.window, MainWindow) and shell.window.user.username == "demo"
    qtbot.addWidget(shell.window)
    assert shell.window.isVisible()
    assert not kiosk.locked
    shell.window.close()


def test_a_failed_background_task_logs_no_message(qtbot, caplog):
    """Exception messages can quote names or answers: the log gets the type only."""
    from PySide6.QtCore import QObject

    from lbp_desktop.ui.common.tasks import run_in_background

    owner = QObject()

    def boom():
        raise ValueError("Mette Kristensen Holm 010182-1233 svarede ja")

    run_in_background(owner, boom)
    qtbot.waitUntil(lambda: "background task failed" in caplog.text, timeout=5000)
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "background task failed: ValueError" in logged
    assert "Mette" not in logged and "010182" not in logged


def test_sign_in_window_does_not_import_pydantic_or_the_form_models(tmp_path):
    """The first window needs neither; they cost a third of a cold start (benchmarks)."""
    code = ("import sys; import lbp_desktop.ui.app, lbp_desktop.ui.workspace.login, "
            "lbp_desktop.storage.store;"
            "print(','.join(m for m in ('pydantic', 'lbp_desktop.questionnaires.model', 'yaml') "
            "if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code], env=_env(tmp_path), capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == ""


def test_about_is_danish_in_the_danish_interface(qtbot, forms):
    """No English working notes (licence notes, verification notes) in the Danish dialog; they
    are all there with --lang en."""
    from lbp_desktop.ui.app import make_application
    from lbp_desktop.ui.workspace.about import AboutDialog

    make_application("da")
    dialog = AboutDialog(forms)
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "© University of Keele" in text and "Rettigheder" in text
    for note in ("Free to use", "not verified", "Licence", "project wording", "wording in",
                 "Question wording", "commercial", "INSTRUMENTS.md"):
        assert note not in text, note
    make_application("en")
    try:
        english = AboutDialog(forms)
        qtbot.addWidget(english)
        english_text = english.browser.toPlainText()
        assert "Free for non-commercial use" in english_text
        assert "Rights" in english_text and "Rettigheder" not in english_text
    finally:
        make_application("da")
