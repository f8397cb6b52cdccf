"""Hub and tablet on loopback: pairing, delivery, crash of the hub, tokens, pinning, ten tablets.

Every server binds 127.0.0.1 on a free port; every wait is bounded; everything stops by itself.
"""

from __future__ import annotations

import contextlib
import os
import socket
import ssl
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from lbp_desktop.domain.records import Referral
from lbp_desktop.questionnaires.model import is_visible
from lbp_desktop.storage import devices as devrepo
from lbp_desktop.storage.store import Store
from lbp_desktop.sync import tls
from lbp_desktop.sync.client import (
    HubRefused,
    PairingError,
    PinMismatchError,
    TabletClient,
)
from lbp_desktop.sync.hub import HubServer, parse_qr_payload, start_pairing

ROOT = Path(__file__).resolve().parents[1]
CPRS = [f"0101{80 + i:02d}-{1001 + i * 2:04d}" for i in range(12)]


@pytest.fixture(autouse=True)
def _private_dirs(private_keys, tmp_path, monkeypatch):
    monkeypatch.setenv("LBP_SYNC_DIR", str(tmp_path / "sync"))


@pytest.fixture(scope="module")
def cert(tmp_path_factory) -> tls.Certificate:
    return tls.make_certificate(tmp_path_factory.mktemp("cert"))


@pytest.fixture
def db(tmp_path):
    key = os.urandom(32)
    path = tmp_path / "hub.db"
    store = Store.create(path, key)
    yield path, key, store
    store.close()


def add_session(store: Store, n: int = 0, name: str = "Morten Kristensen") -> str:
    patient = store.add_patient(CPRS[n], name, fictional=True)
    episode = store.add_episode(patient.id, Referral(gp_name="Læge Test"))
    return store.start_response(episode.id, "ulrus").id


@pytest.fixture
def hub(db, cert, forms):
    path, key, _ = db
    server = HubServer(path, key, "127.0.0.1", 0, cert=cert, forms=forms).start()
    yield server
    server.stop()


def paired_client(hub: HubServer, store: Store, folder: Path, forms, name: str = "tablet"
                  ) -> TabletClient:
    info = start_pairing(store, cert=hub.cert, hub_url=hub.url)
    client = TabletClient(folder, forms=forms, min_backoff=0.05, max_backoff=0.5,
                          poll_interval=0.5)
    client.pair(hub.url, info.code, info.fingerprint[:16], name=name)
    return client


def kiosk_answers(forms, battery: str = "ulrus") -> list[tuple[str, str, object]]:
    """A complete answer set for every kiosk item of the battery, following show_if."""
    chosen = {"employment": 1, "sick_listed": 1, "leg_side": 3, "bladder_bowel": 1}
    out = []
    for form in forms.battery_forms(battery):
        own: dict[str, object] = {}
        for item in form.items():
            if not item.kiosk or not is_visible(item, own):
                continue
            if item.id in chosen:
                value = chosen[item.id]
            elif item.type == "text":
                value = "kontorarbejde"
            elif item.type == "number":
                value = item.min or 0
            else:
                codes = item.codes()
                value = codes[len(codes) // 2]
            own[item.id] = value
            out.append((form.id, item.id, value))
    return out


def answer_rows(store: Store, response_id: str) -> int:
    return len(store.answer_history(response_id))


def audit_actions(store: Store) -> list[str]:
    return [e.action for e in store.audit_events(limit=5000)]


# -- pairing -------------------------------------------------------------------------------


def test_pairing_right_wrong_expired_code_and_rate_limit(hub, db, tmp_path, forms):
    _, _, store = db
    add_session(store)
    info = start_pairing(store, cert=hub.cert, hub_url=hub.url)
    assert len(info.code) == 8 and info.code.isdigit()
    assert parse_qr_payload(info.qr_payload) == {"hub": hub.url, "code": info.code,
                                                 "fp": hub.fingerprint}
    assert "█" in info.qr_text() and len(info.qr_matrix()) > 20
    raw = next(iter(store.db.query("SELECT token_hash FROM device WHERE paired_at IS NULL")))
    assert info.code not in raw["token_hash"]  # stored hashed

    client = TabletClient(tmp_path / "t1", forms=forms)
    # a wrong fingerprint is refused before the code is sent: the code still works afterwards
    with pytest.raises(PinMismatchError):
        client.pair(hub.url, info.code, "00" * 8)
    client.pair(hub.url, info.code, tls.format_fingerprint(hub.fingerprint), name="Venteværelse")
    assert client.paired and client.fingerprint == hub.fingerprint
    assert [s.first_name for s in client.sessions()] == ["Morten"]
    token_file = Path(os.environ["LBP_SYNC_DIR"]) / "secrets" / f"{client.client_id}.hub-token"
    assert token_file.stat().st_mode & 0o077 == 0
    assert [d.name for d in devrepo.devices(store)] == ["Venteværelse"]

    other = TabletClient(tmp_path / "t2", forms=forms)
    with pytest.raises(PairingError, match="refused"):  # failure 1: the code was used
        other.pair(hub.url, info.code, hub.fingerprint)
    with pytest.raises(PairingError, match="refused"):  # failure 2: wrong code
        other.pair(hub.url, "12345678", hub.fingerprint)
    expired = start_pairing(store, cert=hub.cert, ttl_seconds=-60)  # expired a minute ago
    with pytest.raises(PairingError, match="refused"):  # failure 3: expired
        other.pair(hub.url, expired.code, hub.fingerprint)
    for wrong in ("00000000", "99999999"):  # failures 4 and 5
        with pytest.raises(PairingError, match="refused"):
            other.pair(hub.url, wrong, hub.fingerprint)
    fresh = start_pairing(store, cert=hub.cert)
    with pytest.raises(PairingError, match="too many"):  # 429, even with a right code
        other.pair(hub.url, fresh.code, hub.fingerprint)
    assert not other.paired
    actions = audit_actions(store)
    assert actions.count("pair") == 1 and actions.count("pairing_failed") == 5
    client.close()
    other.close()


# -- a whole battery ------------------------------------------------------------------------


def test_whole_battery_delivered_live_then_completed_and_scored(hub, db, tmp_path, forms):
    _, _, store = db
    response_id = add_session(store)
    client = paired_client(hub, store, tmp_path / "tab", forms)
    kiosk = client.store()
    rows = kiosk.worklist(open_only=True)
    assert [(r.episode_id, r.patient_name, r.cpr) for r in rows] == [(response_id, "Morten", "")]
    response = kiosk.start_response(rows[0].episode_id, "ulrus", device="kiosk")
    assert kiosk.patient(kiosk.episode(response.episode_id).patient_id).first_name == "Morten"

    taps = kiosk_answers(forms)
    assert len(taps) > 40
    for form_id, item_id, value in taps:  # queued with the delivery thread not yet running
        kiosk.record_answer(response.id, form_id, item_id, value)
    kiosk.set_language(response.id, "en")
    assert sum(len(v) for v in kiosk.answers(response.id).values()) == len(taps)
    outbox_bytes = b"".join(p.read_bytes() for p in (tmp_path / "tab").glob("outbox.db*"))
    assert b"startback" not in outbox_bytes and b"kontorarbejde" not in outbox_bytes
    assert answer_rows(store, response_id) == 0

    client.start()
    assert client.flush(15)
    assert answer_rows(store, response_id) == len(taps)
    assert store.answers(response_id) == kiosk.answers(response.id)
    assert store.response(response_id).language == "en"
    row = store.worklist()[0]  # the clinician sees it live, before submission
    assert row.questionnaire == "in_progress" and row.red_flags == "acute"
    assert any(a["item_id"] == "bladder_bowel" for a in store.alerts())

    assert kiosk.complete_response(response.id) == []
    assert client.flush(15)
    assert not client.outbox.holds_anything(response.id)  # the tablet holds nothing
    assert store.response(response_id).status == "completed"
    scores = store.scores(response_id)
    assert set(scores) == {"pain", "orebro10", "rmdq23", "redflags", "work", "startback"}
    assert scores["startback"].result["complete"] is True
    assert store.worklist()[0].questionnaire == "done"
    assert answer_rows(store, response_id) == len(taps)
    actions = audit_actions(store)
    assert {"connect", "deliver", "complete"} <= set(actions)
    client.close()


# -- the hub dies half-way ------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start_hub_process(path: Path, key: bytes, port: int, cert_dir: Path) -> subprocess.Popen:
    env = dict(os.environ, LBP_DB_KEY=key.hex(), LBP_SYNC_DIR=str(cert_dir))
    process = subprocess.Popen(
        [sys.executable, "-m", "lbp_desktop", "serve", "--db", str(path), "--bind",
         "127.0.0.1", "--port", str(port)],
        env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(process.stderr.read().decode())
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
            return process
        time.sleep(0.05)
    process.kill()
    raise AssertionError("the hub process did not start")


def test_hub_killed_and_restarted_every_answer_arrives_once(db, tmp_path, forms):
    path, key, store = db
    response_id = add_session(store)
    cert_dir = tmp_path / "hubsync"
    cert = tls.make_certificate(cert_dir)
    port = _free_port()
    url = f"https://127.0.0.1:{port}"
    process = _start_hub_process(path, key, port, cert_dir)
    client = None
    try:
        info = start_pairing(store, cert=cert, hub_url=url)
        client = TabletClient(tmp_path / "tab", forms=forms, min_backoff=0.05,
                              max_backoff=0.4, poll_interval=0.5)
        client.pair(url, info.code, info.fingerprint)
        kiosk = client.store()
        kiosk.worklist()
        kiosk.start_response(response_id, "ulrus")
        client.start()
        taps = kiosk_answers(forms)
        half = len(taps) // 2
        for form_id, item_id, value in taps[:half]:
            kiosk.record_answer(response_id, form_id, item_id, value)
        time.sleep(0.05)  # some in flight, some not
        process.kill()  # SIGKILL; TerminateProcess on Windows
        process.wait(10)
        # the patient keeps answering; a changed answer is a new row, as on the PC
        for form_id, item_id, value in taps[half:]:
            kiosk.record_answer(response_id, form_id, item_id, value)
        kiosk.record_answer(response_id, "startback", "q9", 0)
        kiosk.record_answer(response_id, "startback", "q9", 4)
        kiosk.complete_response(response_id)
        deadline = time.monotonic() + 5
        while client.status != "offline" and time.monotonic() < deadline:
            time.sleep(0.05)
        assert client.status == "offline" and client.outbox.count() > 0

        process = _start_hub_process(path, key, port, cert_dir)
        assert client.flush(20), client.last_error
        assert not client.outbox.holds_anything(response_id)
        assert answer_rows(store, response_id) == len(taps) + 2
        keys = list(store.db.query(
            "SELECT key, count(*) AS n FROM answer WHERE response_n ="
            " (SELECT n FROM response WHERE id = ?) GROUP BY key", [response_id]))
        assert all(k["n"] == 1 and k["key"] is not None for k in keys)  # one row per delivery
        assert store.response(response_id).status == "completed"
        assert store.answers(response_id)["startback"]["q9"] == 4
        assert store.scores(response_id)["startback"].result["complete"] is True
    finally:
        if client is not None:
            client.close()
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(5)


# -- tokens and certificates ----------------------------------------------------------------


def test_wrong_or_revoked_token_refused(hub, db, tmp_path, forms):
    _, _, store = db
    response_id = add_session(store)
    context = tls.pinned_context(hub.fingerprint)
    with httpx.Client(base_url=hub.url, verify=context, trust_env=False) as http:
        assert http.get("/sync/v1/ping").status_code == 200
        assert http.get("/sync/v1/sessions").status_code == 401
        assert http.get("/sync/v1/Questionnaire",
                        headers={"Authorization": "Bearer nonsense"}).status_code == 401
        assert http.post(f"/sync/v1/sessions/{response_id}/answers", json={},
                         headers={"Authorization": "Bearer nonsense"}).status_code == 401

    client = paired_client(hub, store, tmp_path / "tab", forms)
    assert client.sessions()
    device = devrepo.devices(store)[0]
    kiosk = client.store()
    kiosk.start_response(response_id, "ulrus")
    devrepo.revoke(store, device.id)
    with pytest.raises(HubRefused) as refused:
        client.sessions()
    assert refused.value.status == 403
    kiosk.record_answer(response_id, "startback", "q1", 1)  # kept, not lost
    client.start()
    deadline = time.monotonic() + 5
    while client.status != "refused" and time.monotonic() < deadline:
        time.sleep(0.05)
    assert client.status == "refused"
    assert client.outbox.count() >= 1 and answer_rows(store, response_id) == 0
    assert "device_refused" in audit_actions(store)
    client.close()


def test_tls_only_and_at_least_tls_1_2(hub):
    assert tls.server_context(hub.cert).minimum_version == ssl.TLSVersion.TLSv1_2
    assert tls.pinned_context(hub.fingerprint).minimum_version == ssl.TLSVersion.TLSv1_2
    only_12 = tls.client_context()
    only_12.maximum_version = ssl.TLSVersion.TLSv1_2
    with socket.create_connection(("127.0.0.1", hub.port), 3) as raw, \
            only_12.wrap_socket(raw) as conn:
        assert conn.version() == "TLSv1.2"
        assert tls.check_pin(conn, hub.fingerprint) == hub.fingerprint
    with pytest.raises(httpx.HTTPError), httpx.Client(trust_env=False, timeout=3) as http:
        http.get(f"http://127.0.0.1:{hub.port}/sync/v1/ping")  # no plain HTTP


def test_wrong_certificate_refused_by_tablet(hub, db, tmp_path, forms):
    path, key, store = db
    add_session(store)
    client = paired_client(hub, store, tmp_path / "tab", forms)
    assert client.sessions()
    impostor_cert = tls.make_certificate(tmp_path / "impostor")
    assert impostor_cert.fingerprint != hub.fingerprint
    # another machine answering at the hub's address (its own store: one hub per database file)
    impostor = HubServer(store_opener=lambda: Store.open(path, key), bind="127.0.0.1", port=0,
                         cert=impostor_cert, forms=forms).start()
    try:
        before = len(audit_actions(store))
        client._config["hub_url"] = impostor.url  # e.g. DNS now points at another machine
        with pytest.raises(PinMismatchError):
            client.sessions()
        assert len(audit_actions(store)) == before  # not one request reached the impostor
        fresh = TabletClient(tmp_path / "t2", forms=forms)
        code = start_pairing(store, cert=hub.cert)
        with pytest.raises(PinMismatchError):  # pairing with the real hub's fingerprint
            fresh.pair(impostor.url, code.code, hub.fingerprint)
        fresh.close()
    finally:
        impostor.stop()
        client.close()


# -- ten tablets at once --------------------------------------------------------------------


def test_ten_tablets_answering_at_once(hub, db, tmp_path, forms):
    _, _, store = db
    sessions = [add_session(store, n, f"Patient{n} Test") for n in range(10)]
    clients = [paired_client(hub, store, tmp_path / f"tab{n}", forms, name=f"tablet {n}")
               for n in range(10)]
    taps = [("startback", f"q{i}", 1) for i in range(1, 9)] + [
        ("startback", "q9", 2), ("pain", "back_now", 7), ("pain", "back_now", 5),
        ("redflags", "night_pain", 1), ("rmdq23", "q1", 1), ("rmdq23", "q2", 0)]
    errors: list[BaseException] = []

    def tablet(client: TabletClient, response_id: str) -> None:
        try:
            kiosk = client.store()
            kiosk.start_response(response_id, "ulrus")
            client.start()
            for form_id, item_id, value in taps:
                kiosk.record_answer(response_id, form_id, item_id, value)
                time.sleep(0.002)
            kiosk.complete_response(response_id)
            assert client.flush(20)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=tablet, args=(c, s), daemon=True)
               for c, s in zip(clients, sessions, strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert not any(t.is_alive() for t in threads)
    assert not errors, errors
    for response_id in sessions:
        assert answer_rows(store, response_id) == len(taps)
        assert store.response(response_id).status == "completed"
        assert store.answers(response_id)["pain"]["back_now"] == 5
    assert len(devrepo.devices(store)) == 10
    for client in clients:
        assert client.outbox.count() == 0
        client.close()


# -- the commands ---------------------------------------------------------------------------


def test_cli_pair_devices_handover_revoke(hub, db, tmp_path, forms, monkeypatch, capsys):
    import json

    from lbp_desktop.cli import main

    path, key, store = db
    patient = store.add_patient(CPRS[0], "Jørgen Hansen", fictional=True)
    episode = store.add_episode(patient.id, Referral())
    monkeypatch.setenv("LBP_DB_KEY", key.hex())
    monkeypatch.setenv("LBP_SYNC_DIR", str(hub.cert.cert_path.parent))
    assert main(["pair", "--db", str(path), "--hub-url", hub.url, "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["fingerprint"] == hub.fingerprint and len(info["code"]) == 8
    monkeypatch.setenv("LBP_SYNC_DIR", str(tmp_path / "tablet-side"))
    assert main(["tablet", "pair", "--qr", info["qr_payload"], "--name", "Tablet A"]) == 0
    assert main(["handover", "--db", str(path), "--episode", episode.id,
                 "--device", "Tablet A"]) == 0
    assert "is waiting" in capsys.readouterr().out
    assert main(["tablet", "sessions", "--json"]) == 0
    assert [s["first_name"] for s in json.loads(capsys.readouterr().out)] == ["Jørgen"]
    assert main(["devices", "--db", str(path), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [d["name"] for d in listed] == ["Tablet A"] and listed[0]["revoked_at"] is None
    assert main(["revoke", "--db", str(path), listed[0]["id"][:8]]) == 0
    assert main(["tablet", "sessions"]) == 2  # refused at once, one clear line
    assert "revoked" in capsys.readouterr().err
    assert main(["revoke", "--db", str(path), "no-such-tablet"]) == 2
