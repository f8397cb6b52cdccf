"""The waiting-room tablet from the GUI, on loopback: the admin's Tablets page starts the in-process
hub, pairs a tablet with the code read from the pairing dialog, lists and revokes it; a kiosk in
hub mode (``--kiosk --hub``) answers by taps and the hub's database holds the answers; the kiosk's
pairing screen explains a wrong code, an unreachable hub and a wrong fingerprint in Danish.
"""

from __future__ import annotations

import os
import socket

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from lbp_desktop.domain.records import Referral
from lbp_desktop.storage.devices import devices
from lbp_desktop.storage.store import Store
from lbp_desktop.sync import tls
from lbp_desktop.sync.client import HubRefused, TabletClient
from lbp_desktop.sync.hub import HubServer
from lbp_desktop.ui.kiosk.hub import HubKiosk, PairingWindow
from lbp_desktop.ui.workspace.main_window import MainWindow

PIN = "2468"


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path, monkeypatch):
    monkeypatch.setenv("LBP_SYNC_DIR", str(tmp_path / "sync"))
    monkeypatch.setenv("LBP_KEY_DIR", str(tmp_path / "keys"))
    monkeypatch.setenv("LBP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("LBP_DB_KEY", raising=False)
    (tmp_path / "data").mkdir()


@pytest.fixture
def clinic(tmp_path):
    key = os.urandom(32)
    store = Store.create(tmp_path / "clinic.lbp", key)
    admin = store.create_user("admin", "hemmelig-1", "Alma Admin", "admin", pin=PIN)
    patient = store.add_patient("010182-1233", "Mette Kristensen Holm", fictional=True)
    episode = store.add_episode(patient.id, Referral(gp_name="Læge Hansen"))
    yield store, admin, episode.id
    store.close()


def tap(qtbot, widget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_admin_pairs_lists_and_revokes_a_tablet_that_answers_by_taps(qtbot, tmp_path, clinic,
                                                                     forms, monkeypatch):
    store, admin, episode_id = clinic
    window = MainWindow(store, forms, admin)
    qtbot.addWidget(window)
    window.show()
    kiosk_host = None
    try:
        # Administration → Tablets og venteværelse: start the hub on a free loopback port
        window.show_admin()
        page = window.admin_page.tablets
        window.admin_page.tabs.setCurrentWidget(page)
        assert not page.pair_button.isEnabled()  # nothing to pair with while stopped
        page.bind_edit.setText("127.0.0.1")
        page.port_spin.setValue(0)
        tap(qtbot, page.start_button)
        qtbot.waitUntil(lambda: window.hub.running, timeout=15000)
        assert window.hub.port
        assert f"https://127.0.0.1:{window.hub.port}" in page.urls_label.text()
        assert page.fingerprint_label.text().replace(" ", "") == window.hub.fingerprint()
        from lbp_desktop.settings import hub_settings

        assert hub_settings() == ("127.0.0.1", 0)  # persisted in settings.ini

        # Par ny tablet: read what the dialog shows and pair a tablet client with it
        tap(qtbot, page.pair_button)
        dialog = page.pairing_dialog
        qtbot.waitExposed(dialog)
        code = dialog.code_label.text().replace(" ", "")
        assert len(code) == 8 and code.isdigit()
        assert "Gyldig i 4:" in dialog.countdown.text() or "Gyldig i 5:" in dialog.countdown.text()
        assert dialog.qr.isVisible() and len(dialog.qr.matrix) > 21
        url = dialog.url_label.text()
        fingerprint = dialog.fingerprint_label.text()
        tablet_dir = tmp_path / "tablet"
        client = TabletClient(tablet_dir, forms=forms)
        try:
            client.pair(url, code, fingerprint[:19], name="Venteværelse")
        finally:
            client.close()
        qtbot.waitUntil(lambda: dialog.device is not None, timeout=5000)
        assert "Venteværelse" in dialog.state.text()
        dialog.accept()
        assert page.table.rowCount() == 1
        assert page.table.item(0, 0).text() == "Venteværelse"
        assert page.table.item(0, 3).text() == "Aktiv"

        # the episode goes to the waiting-room tablet; this PC stays the workspace
        window.show_worklist()
        view = window.open_episode(episode_id)
        tap(qtbot, view.hub_button)
        assert view.hub_state.text().startswith("Sendt – afventer tablet")
        assert window.isVisible() and window.kiosk is None
        response_id = store.open_response(episode_id).id
        assert store.response(response_id).device == "tablet"

        # the tablet: --kiosk --hub URL, already paired → straight to waiting for staff
        kiosk_host = HubKiosk(url, forms, folder=tablet_dir, lock=False,
                              kiosk_options={"auto_advance_ms": 0})
        ready = []
        kiosk_host.ready.connect(ready.append)
        kiosk_host.start()
        qtbot.waitUntil(lambda: bool(ready), timeout=15000)
        kiosk = ready[0]
        qtbot.addWidget(kiosk)
        kiosk.resize(1280, 800)
        assert kiosk.current_screen() == "staff"
        tap(qtbot, kiosk.staff.door_button)
        for digit in PIN:  # checked by the hub
            tap(qtbot, kiosk.staff.pin_pad.buttons[digit])
        tap(qtbot, kiosk.staff.pin_pad.buttons["extra"])
        qtbot.waitUntil(kiosk.staff.on_menu, timeout=10000)  # checked in the background
        # the list arrives from the hub in the background
        qtbot.waitUntil(lambda: response_id in getattr(kiosk.staff, "patient_buttons", {}),
                        timeout=10000)
        tap(qtbot, kiosk.staff.patient_buttons[response_id])
        assert "Mette" in kiosk.welcome.title.text() and "Holm" not in kiosk.welcome.title.text()
        tap(qtbot, kiosk.welcome.start_button)
        wanted = {"back_now": 6, "back_week": 5, "leg_now": 0}
        for item_id, value in wanted.items():
            assert kiosk.current_page().items[0].id == item_id
            tap(qtbot, kiosk.question.answer_widgets[item_id].buttons[value])
            tap(qtbot, kiosk.question.next_button)
        qtbot.waitUntil(lambda: store.answers(response_id).get("pain") == wanted, timeout=10000)

        # the clinician's worklist shows the progress
        window.show_worklist()
        model = window.worklist.model
        row = next(r for r in range(model.rowCount())
                   if model.row_at(r).episode_id == episode_id)
        cell = model.index(row, model.COLUMNS.index("questionnaire")).data()
        assert cell.startswith("i gang (3/"), cell

        # revoke (after confirming): the tablet is refused from its next request
        window.show_admin()
        page.table.selectRow(0)
        monkeypatch.setattr(QMessageBox, "question",
                            lambda *a, **k: QMessageBox.StandardButton.Yes)
        tap(qtbot, page.revoke_button)
        assert page.table.item(0, 3).text().startswith("Tilbagekaldt")
        assert not page.revoke_button.isEnabled()
        with pytest.raises(HubRefused):
            kiosk_host.client.sessions()
    finally:
        if kiosk_host is not None:
            kiosk_host.close()
        window.worklist.stop_polling()
        window.hub.stop_now()
    assert not window.hub.running


@pytest.fixture
def hub(tmp_path, clinic, forms):
    store, _admin, _episode = clinic
    cert = tls.make_certificate(tmp_path / "cert")
    server = HubServer(store.path, store.key, "127.0.0.1", 0, cert=cert, forms=forms).start()
    yield server
    server.stop()


def _pairing_screen(qtbot, tmp_path, forms, url: str) -> tuple[HubKiosk, PairingWindow]:
    host = HubKiosk(url, forms, folder=tmp_path / "tablet", lock=False)
    host.start()
    window = host.pairing
    assert window is not None  # not paired yet → the pairing screen, address prefilled
    # the host owns the screen: it deletes it once paired, and on close
    assert window.hub.text() == url
    return host, window


def _try(qtbot, window: PairingWindow, code: str, fingerprint: str) -> str:
    window.code.setText(code)
    window.fingerprint.setText(fingerprint)
    tap(qtbot, window.pair_button)
    qtbot.waitUntil(lambda: bool(window.error_shown()), timeout=10000)
    assert window.pair_button.isVisible()  # back on the form, ready for another try
    return window.error_shown()


def test_pairing_screen_explains_wrong_code_unreachable_hub_and_wrong_fingerprint(
        qtbot, tmp_path, clinic, hub, forms):
    host, window = _pairing_screen(qtbot, tmp_path, forms, hub.url)
    try:
        message = _try(qtbot, window, "0000 0000", hub.fingerprint[:16])
        assert "Koden er forkert, udløbet eller allerede brugt" in message
        message = _try(qtbot, window, "12345678", "00" * 8)
        assert "Fingeraftrykket passer ikke" in message
        message = _try(qtbot, window, "123", hub.fingerprint[:16])
        assert "8 cifre" in message  # checked before anything is sent
        window.hub.setText(f"https://127.0.0.1:{free_port()}")
        message = _try(qtbot, window, "12345678", hub.fingerprint[:16])
        assert "svarer ikke" in message
        assert not TabletClient(tmp_path / "tablet", forms=forms).paired
        # then the right code: paired, connected, and the kiosk waits for staff
        from lbp_desktop.sync.hub import start_pairing

        window.hub.setText(hub.url)
        info = start_pairing(clinic[0], cert=hub.cert, hub_url=hub.url)
        window.code.setText(info.code)
        window.fingerprint.setText(tls.format_fingerprint(info.fingerprint))
        window.name.setText("Venteværelse 2")
        ready = []
        host.ready.connect(ready.append)
        tap(qtbot, window.pair_button)
        qtbot.waitUntil(lambda: bool(ready), timeout=15000)
        qtbot.addWidget(ready[0])
        assert ready[0].current_screen() == "staff" and host.pairing is None
        assert [d.name for d in devices(clinic[0])] == ["Venteværelse 2"]
    finally:
        host.close()


def test_closing_the_pairing_dialog_voids_its_code(qtbot, clinic):
    """A pairing code nobody used must not stay valid after the admin closed the dialog (or the
    screen lock closed it), and the closed dialog stops polling."""
    from lbp_desktop.storage.devices import claim_pairing_code
    from lbp_desktop.ui.workspace.hub_service import HubService
    from lbp_desktop.ui.workspace.pairing import PairingDialog

    store, _admin, _episode = clinic
    dialog = PairingDialog(store, HubService(store, None))
    qtbot.addWidget(dialog)
    dialog.show()
    code = dialog.code
    assert dialog.timer.isActive()
    dialog.reject()
    assert not dialog.timer.isActive()
    assert claim_pairing_code(store, code, "Ukendt") is None
    assert devices(store) == []


def test_pairing_screen_is_english_with_lang_en(qtbot):
    """The app installs only the workspace's English; the tablet's pairing screen brings the
    kiosk's own (and drops it with the window)."""
    from PySide6.QtCore import QCoreApplication

    from lbp_desktop.ui.app import make_application

    make_application("en")
    try:
        window = PairingWindow(lambda *a: "device", hub_url="https://127.0.0.1:1")
        qtbot.addWidget(window)
        assert window.pair_button.text() == QCoreApplication.translate("PairingWindow",
                                                                       "Forbind") != "Forbind"
        QCoreApplication.removeTranslator(window.translator)
    finally:
        make_application("da")


def test_a_hub_still_starting_when_the_window_closes_is_stopped(qtbot, clinic, monkeypatch):
    """Closing the workspace while the tablet service is starting must not leave a server
    thread running that nothing will ever stop."""
    from PySide6.QtCore import QObject

    from lbp_desktop.ui.workspace.hub_service import HubService

    store, _admin, _episode = clinic
    stopped: list[object] = []
    original = HubServer.stop

    def stop(self, *args, **kwargs):
        stopped.append(self)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(HubServer, "stop", stop)
    owner = QObject()
    hub = HubService(store, owner)
    hub.start("127.0.0.1", 0)
    assert hub.busy
    hub.stop_now()  # the window's closeEvent
    qtbot.waitUntil(lambda: not hub.busy, timeout=15000)
    assert not hub.running and hub.server is None
    assert len(stopped) == 1


def test_a_tablet_still_connecting_when_the_app_quits_is_closed(qtbot, tmp_path, forms,
                                                                 monkeypatch):
    """``HubKiosk.close()`` during the background connect: the client that arrives afterwards
    is closed (its delivery thread stopped) and no kiosk window opens."""
    import threading

    from lbp_desktop.sync import client as client_module

    release = threading.Event()
    closed: list[str] = []

    class FakeClient:
        forms = None

        def close(self):
            closed.append("client")

    def slow_connect(*args, **kwargs):
        release.wait(10)
        return FakeClient(), object()

    monkeypatch.setattr(client_module, "tablet_for_kiosk", slow_connect)
    host = HubKiosk("https://127.0.0.1:1", forms, folder=tmp_path / "tablet", lock=False)
    ready: list[object] = []
    host.ready.connect(ready.append)
    host.connect_hub()
    host.close()
    release.set()
    qtbot.waitUntil(lambda: closed == ["client"], timeout=5000)
    qtbot.wait(100)
    assert host.kiosk is None and ready == [] and host.client is None
