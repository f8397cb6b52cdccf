"""The real kiosk window, driven by taps, as a paired tablet of a hub on loopback.

Staff sign in with their PIN (checked by the hub), pick the patient, the patient answers the whole
ULRUS battery while the hub is stopped and started again half-way, submits, and the hub holds the
complete, scored response — every answer exactly once — while the tablet holds nothing.
"""

from __future__ import annotations

import os
import time

import pytest
from PySide6.QtCore import Qt

from lbp_desktop.domain.records import Referral
from lbp_desktop.storage.store import Store
from lbp_desktop.sync import tls
from lbp_desktop.sync.client import TabletClient
from lbp_desktop.sync.hub import HubServer, start_pairing
from lbp_desktop.ui.kiosk import KioskWindow
from tests.test_kiosk import ANSWERS  # the same complete ULRUS answer set

PIN = "2468"


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path, monkeypatch):
    monkeypatch.setenv("LBP_SYNC_DIR", str(tmp_path / "sync"))
    monkeypatch.setenv("LBP_KEY_DIR", str(tmp_path / "keys"))
    monkeypatch.delenv("LBP_DB_KEY", raising=False)


def tap(qtbot, widget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def answer(qtbot, window, item_id: str, value) -> None:
    widget = window.question.answer_widgets[item_id]
    if hasattr(widget, "buttons"):
        tap(qtbot, widget.buttons[value])
    elif hasattr(widget, "pad"):
        for digit in str(value):
            tap(qtbot, widget.pad.buttons[digit])
    else:
        widget.setFocus()
        qtbot.keyClicks(widget, value)
        window.question.flush_text()


def test_kiosk_on_a_tablet_answers_reach_the_hub_through_a_restart(qtbot, tmp_path, forms):
    key = os.urandom(32)
    path = tmp_path / "clinic.lbp"
    store = Store.create(path, key)
    store.create_user("anna", "hemmelig", "Anna Fysio", "clinician", pin=PIN)
    patient = store.add_patient("010182-1233", "Mette Kristensen Holm", fictional=True)
    episode = store.add_episode(patient.id, Referral(gp_name="Læge Hansen"))
    response_id = store.start_response(episode.id, "ulrus").id
    cert = tls.make_certificate(tmp_path / "cert")
    hub = HubServer(path, key, "127.0.0.1", 0, cert=cert, forms=forms).start()
    client = TabletClient(tmp_path / "tablet", forms=forms, min_backoff=0.05, max_backoff=0.3,
                          poll_interval=0.3)
    try:
        info = start_pairing(store, cert=cert, hub_url=hub.url)
        client.pair(hub.url, info.code, info.fingerprint[:16], name="Venteværelse")
        client.start()
        remote = client.store()
        taps: list[tuple] = []
        record = remote.record_answer

        def counting(*args, **kwargs):
            record(*args, **kwargs)
            taps.append(args)

        remote.record_answer = counting  # type: ignore[method-assign]
        window = KioskWindow(remote, forms, lock=False, auto_advance_ms=0)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)

        tap(qtbot, window.staff.door_button)
        for digit in PIN:  # checked by the hub
            tap(qtbot, window.staff.pin_pad.buttons[digit])
        tap(qtbot, window.staff.pin_pad.buttons["extra"])
        assert window.staff.on_menu()
        tap(qtbot, window.staff.patient_buttons[response_id])
        assert "Mette" in window.welcome.title.text()
        assert "Holm" not in window.welcome.title.text()
        tap(qtbot, window.welcome.start_button)

        pages = 0
        port = hub.port
        while window.current_screen() == "question":
            page = window.current_page()
            for item in page.visible_items(window.answers):
                answer(qtbot, window, item.id, ANSWERS[page.form.id][item.id])
            tap(qtbot, window.question.next_button)
            pages += 1
            if pages == 20:  # the hub goes away half-way; the patient notices nothing
                hub.stop()
            if pages == 35:
                qtbot.waitUntil(lambda: client.status == "offline", timeout=5000)
                assert client.outbox.count() > 0  # queued on the tablet meanwhile
                hub = HubServer(path, key, "127.0.0.1", port, cert=cert, forms=forms).start()
        assert window.current_screen() == "review"
        tap(qtbot, window.review.submit_button)
        assert window.current_screen() == "thanks"

        deadline = time.monotonic() + 20
        while client.outbox.count() and time.monotonic() < deadline:
            qtbot.wait(50)
        assert client.outbox.count() == 0, client.last_error
        assert not client.outbox.holds_anything(response_id)
        assert store.response(response_id).status == "completed"
        assert store.answers(response_id) == ANSWERS
        rows = len(store.answer_history(response_id))
        assert rows == len(taps)  # every tap exactly once (the keypad's 1, 12 are two taps)
        scores = store.scores(response_id)
        assert all(score.result["complete"] for score in scores.values())
        assert scores["startback"].result["risk"] == "medium"
        assert "unlock" in [e.action for e in store.audit_events(limit=1000)]
    finally:
        client.close()
        hub.stop()
        store.close()
