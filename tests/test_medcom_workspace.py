"""MedCom in the workspace: the send panel on an approved letter, Acknowledgements shown, the
worklist's status, and the SOR/EAN fields of registration and administration."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from medcom_support import acknowledgement
from PySide6.QtCore import Qt

from lbp_desktop.demo.build import build_demo
from lbp_desktop.interop.medcom import envelope as env
from lbp_desktop.interop.medcom.serialize import from_bytes, to_xml_bytes
from lbp_desktop.storage import medcom as db
from lbp_desktop.storage.store import Store
from lbp_desktop.ui.workspace.main_window import MainWindow
from lbp_desktop.ui.workspace.register import RegisterDialog
from tests.workspace_support import make_store, private_keys, user


@pytest.fixture(autouse=True)
def _keys(tmp_path, monkeypatch):
    private_keys(tmp_path, monkeypatch)


@pytest.fixture
def app():
    from lbp_desktop.ui.app import make_application

    return make_application("da")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> tuple[Path, dict[int, str]]:
    path = tmp_path_factory.mktemp("medcom-ui") / "demo.db"
    return path, build_demo(path, plaintext=True).episodes


@pytest.fixture
def demo(demo_file, tmp_path):
    path = tmp_path / "demo.db"
    path.write_bytes(demo_file[0].read_bytes())
    store = Store.open(path, None, plaintext=True)
    (tmp_path / "outbox").mkdir()
    (tmp_path / "inbox").mkdir()
    store.set_medcom_folders(str(tmp_path / "outbox"), str(tmp_path / "inbox"))
    return store, demo_file[1], tmp_path


def _window(qtbot, store, forms) -> MainWindow:
    demo_user = next(u for u in store.users() if u.username == "demo")
    window = MainWindow(store, forms, demo_user)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def _drop(inbox: Path, message_file: str, code: str) -> None:
    original = from_bytes(env.unwrap(Path(message_file).read_bytes()).data)
    (inbox / f"ack-{code}.xml").write_bytes(to_xml_bytes(acknowledgement(original, code)))


def test_send_from_the_episode_and_acknowledgement_shown(qtbot, app, demo, forms) -> None:
    store, episodes, folder = demo
    window = _window(qtbot, store, forms)
    view = window.open_episode(episodes[1])
    panel = view.medcom_panel
    assert panel.isVisible()
    assert "Lægehuset Åbyhøj" in panel.recipient.text()
    assert "EAN 2000000000022 (testværdi)" in panel.recipient.text()
    assert "ikke sendt" in panel.state.text()
    qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
    sent = store.medcom_messages_for_episode(episodes[1])
    assert len(sent) == 1 and Path(sent[0].file).parent == folder / "outbox"
    assert "afventer kvittering" in panel.state.text()
    assert not panel.send_button.isVisible()  # no second send of this letter version
    os.makedirs(folder / "shots", exist_ok=True)
    window.grab().save(str(folder / "shots" / "sent.png"))

    _drop(folder / "inbox", sent[0].file, "ok")
    view = window.open_episode(episodes[1])
    assert "modtaget (kvitteret)" in view.medcom_panel.state.text()
    window.show_worklist()
    model = window.worklist.model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).episode_id == episodes[1])
    status = model.data(model.index(row, model.COLUMNS.index("status")))
    assert status == "MedCom: kvitteret"
    window.close()


def test_fatal_error_shows_medcoms_text_and_allows_a_new_message(qtbot, app, demo,
                                                                 forms) -> None:
    store, episodes, folder = demo
    window = _window(qtbot, store, forms)
    view = window.open_episode(episodes[1])
    view.medcom_panel.send_button.click()
    first = store.medcom_messages_for_episode(episodes[1])[0]
    _drop(folder / "inbox", first.file, "fatal-error")
    view = window.open_episode(episodes[1])
    panel = view.medcom_panel
    assert "afvist" in panel.state.text()
    assert "The mailbox is temporary out of operation" in panel.state.text()
    assert panel.send_button.isEnabled() and "Send igen" in panel.send_button.text()
    qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
    both = store.medcom_messages_for_episode(episodes[1])
    assert len(both) == 2 and both[1].previous_id == first.id
    window.close()


def test_acute_case_shows_the_refusal_and_no_send(qtbot, app, demo, forms) -> None:
    store, episodes, _ = demo
    window = _window(qtbot, store, forms)
    panel = window.open_episode(episodes[2]).medcom_panel
    assert panel.isVisible()
    assert "akutte vej" in panel.state.text()
    assert not panel.send_button.isEnabled()
    assert window.open_episode(episodes[3]).medcom_panel.isHidden()  # no approved GP letter
    window.close()


def test_registration_checks_the_gp_address(qtbot, app, tmp_path) -> None:
    store = make_store(tmp_path)
    dialog = RegisterDialog(store, default_clinician_id=user(store, "anna").id)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.cpr, "070182-1357")
    qtbot.keyClicks(dialog.name, "Morten Kristensen")
    qtbot.keyClicks(dialog.gp_ids.sor, "265161000016000")
    qtbot.keyClicks(dialog.gp_ids.ean, "5790000209355")  # wrong check digit
    assert dialog.save() is False
    assert "kontrolciffer" in dialog.gp_ids.error.text()
    assert store.episodes() == []
    dialog.gp_ids.ean.clear()
    qtbot.keyClicks(dialog.gp_ids.ean, "5790000209354")
    assert dialog.save() is True
    assert store.gp_address(dialog.episode_id) == db.GpAddress("265161000016000",
                                                                   "5790000209354")


def test_admin_refuses_a_bad_clinic_sor(qtbot, app, tmp_path, forms) -> None:
    store = make_store(tmp_path)
    window = MainWindow(store, forms, user(store, "admin"))
    qtbot.addWidget(window)
    window.show()
    window.show_admin()
    page = window.admin_page
    page.clinic_sor.setText("12345")
    page.save_clinic()
    assert "6–18 cifre" in page.clinic_ids.error.text()
    assert store.clinic().sor == ""
    page.clinic_sor.setText("265161000016000")
    page.clinic_ean.setText("5790000209354")
    page.medcom_folders.outbox.setText(str(tmp_path))
    page.save_clinic()
    assert (store.clinic().sor, store.clinic().ean) == ("265161000016000", "5790000209354")
    assert store.medcom_folders().outbox == str(tmp_path)
    window.close()
