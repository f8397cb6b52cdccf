"""The hub refuses oversized bodies early, trusts no forwarded address, answers bad values with a
4xx and stores a batch whole or not at all, and locks out PIN guessing."""

from __future__ import annotations

import json
import os
from pathlib import Path

import httpx
import pytest

from lbp_desktop.domain.records import Referral
from lbp_desktop.storage import devices as devrepo
from lbp_desktop.storage.store import Store
from lbp_desktop.sync import tls
from lbp_desktop.sync.client import TabletClient
from lbp_desktop.sync.hub import HubServer, Lockout, start_pairing
from lbp_desktop.sync.wire import Delivery, answer_fragment


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path, monkeypatch):
    monkeypatch.setenv("LBP_SYNC_DIR", str(tmp_path / "sync"))
    monkeypatch.setenv("LBP_KEY_DIR", str(tmp_path / "keys"))
    monkeypatch.delenv("LBP_DB_KEY", raising=False)


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


@pytest.fixture
def hub(db, cert, forms):
    path, key, _ = db
    server = HubServer(path, key, "127.0.0.1", 0, cert=cert, forms=forms,
                       unlock_lockout=Lockout(free=3, base=0.0, revoke_after=6)).start()
    yield server
    server.stop()


def _http(hub: HubServer, **kwargs) -> httpx.Client:
    return httpx.Client(base_url=hub.url, verify=tls.pinned_context(hub.fingerprint),
                        trust_env=False, timeout=30, **kwargs)


def _peak_rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise AssertionError("no VmHWM")


def _token(hub: HubServer, store: Store) -> str:
    info = start_pairing(store, cert=hub.cert, hub_url=hub.url)
    with _http(hub) as http:
        reply = http.post("/sync/v1/pair", json={"code": info.code, "name": "tablet"})
    assert reply.status_code == 200, reply.text
    return reply.json()["token"]


def _session(store: Store) -> str:
    patient = store.add_patient("010180-1001", "Morten Kristensen", fictional=True)
    episode = store.add_episode(patient.id, Referral())
    return store.start_response(episode.id, "ulrus").id


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads Linux /proc")
def test_a_200_mb_chunked_body_is_refused_without_buffering_it(hub):
    chunk = b"x" * 2**20

    def body():
        for _ in range(200):
            yield chunk

    before = _peak_rss_kb()
    with _http(hub) as http:
        try:
            reply = http.post("/sync/v1/pair", content=body(),
                              headers={"Content-Type": "application/json"})
            assert reply.status_code == 413
        except (httpx.WriteError, httpx.RemoteProtocolError, httpx.ReadError):
            pass  # the hub answered 413 and closed while the upload was still going
    growth_mb = (_peak_rss_kb() - before) / 1024
    assert growth_mb < 20, f"peak RSS grew {growth_mb:.0f} MB"
    with _http(hub) as http:
        assert http.get("/sync/v1/ping").status_code == 200


def test_a_declared_oversized_body_is_refused_before_it_is_read(hub):
    import socket

    context = tls.pinned_context(hub.fingerprint)
    with socket.create_connection(("127.0.0.1", hub.port), 10) as raw, \
            context.wrap_socket(raw) as conn:
        conn.sendall(b"POST /sync/v1/pair HTTP/1.1\r\nHost: hub\r\n"
                     b"Content-Type: application/json\r\n"
                     + f"Content-Length: {200 * 2**20}\r\n\r\n".encode() + b"{}")
        reply = conn.recv(4096)  # answered without waiting for the 200 MB
    assert reply.startswith(b"HTTP/1.1 413")


def test_x_forwarded_for_does_not_reset_the_pairing_limit(hub):
    with _http(hub) as http:
        codes = [http.post("/sync/v1/pair", json={"code": "00000000", "name": "x"},
                           headers={"X-Forwarded-For": f"10.9.8.{n}",
                                    "Forwarded": f"for=10.9.7.{n}"}).status_code
                 for n in range(7)]
    assert codes[:5] == [403] * 5
    assert codes[5:] == [429, 429]


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "1e400", '"\\ud800"', "deep"])
def test_bad_values_are_4xx_and_a_batch_is_all_or_nothing(hub, db, forms, literal):
    _, _, store = db
    token = _token(hub, store)
    response_id = _session(store)
    fragment = answer_fragment(response_id, "ulrus", [
        Delivery("k-good", "startback", "q1", 1),
        Delivery("k-bad", "startback", "q2", 1),
    ], forms)
    text = json.dumps(fragment)
    bad = "[" * 100_000 + "]" * 100_000 if literal == "deep" else literal
    marker = json.dumps(fragment["item"][-1]["item"][-1]["answer"][0])
    assert marker in text
    key = next(iter(json.loads(marker)))
    text = text.replace(marker, "{" + json.dumps(key) + ": " + bad + "}")
    with _http(hub, headers={"Authorization": f"Bearer {token}"}) as http:
        reply = http.post(f"/sync/v1/sessions/{response_id}/answers", content=text,
                          headers={"Content-Type": "application/fhir+json"})
    assert 400 <= reply.status_code < 500, reply.text
    assert "error" in reply.json()
    assert store.answers(response_id) == {}


def test_unlock_backs_off_and_revokes_after_repeated_wrong_pins(hub, db):
    _, _, store = db
    token = _token(hub, store)
    statuses = []
    with _http(hub, headers={"Authorization": f"Bearer {token}"}) as http:
        for _ in range(6):
            statuses.append(http.post("/sync/v1/unlock", json={"pin": "0000"}).status_code)
        after = http.get("/sync/v1/sessions").status_code
    assert statuses[:5] == [403] * 5
    assert statuses[5] == 403  # the sixth wrong PIN revokes the tablet
    assert after == 403
    (device,) = devrepo.devices(store)
    assert device.revoked
    assert "device_revoked" in [e.action for e in store.audit_events(limit=100)]


def test_unlock_waits_grow():
    lockout = Lockout(free=2, base=10.0, cap=40.0, revoke_after=99)
    waits = []
    for _ in range(6):
        lockout.failed("tablet")
        waits.append(round(lockout.wait("tablet")))
    assert waits == [0, 0, 10, 20, 40, 40]
    lockout.succeeded("tablet")
    assert lockout.wait("tablet") == 0


def test_the_tablet_backs_off_on_5xx_and_says_so(tmp_path, forms, monkeypatch):
    client = TabletClient(tmp_path / "tab", forms=forms, min_backoff=0.01, max_backoff=0.08)
    delays: list[float] = []
    statuses: list[tuple[str, str]] = []

    class Answer:
        status_code = 503

        def json(self):
            return {"error": "the hub's disk is full; the tablet will try again"}

    client._config = {"hub_url": "https://hub.invalid", "device_id": "d", "fingerprint": "f",
                      "client_id": "c", "token": "t"}
    client.on_status = lambda status: statuses.append((status, client.last_error))
    monkeypatch.setattr(client, "_http", lambda **kw: type("H", (), {"close": lambda s: None})())
    monkeypatch.setattr(client, "_send", lambda *a, **k: Answer())
    client.outbox.add_session("r1", "ulrus")
    client.outbox.record_answer("r1", "startback", "q1", 1)
    assert client.outbox.count() == 1

    def stop_after(delay):
        delays.append(delay)
        if len(delays) >= 6:
            client._stop.set()
        return False

    monkeypatch.setattr(client._stop, "wait", stop_after)
    client._run()
    assert delays == sorted(delays) and max(delays) <= 0.08
    assert statuses and statuses[0][0] == "hub_error"
    assert "disk is full" in statuses[0][1]
    assert client.outbox.count() == 1  # kept for the next try
