"""The tablet side: pairing, the pinned HTTPS client, the delivery loop, and the kiosk's store.

- ``TabletClient(folder)`` keeps the tablet's state in ``folder`` (default ``<sync dir>/tablet``):
  ``client.json`` (client id, hub URL, pinned fingerprint, device id/name — no secret), the
  encrypted ``outbox.db``; the device token and the outbox key go to the OS credential store (or
  the 0600 file fallback, see ``credentials``).
- ``pair(hub_url, code, fingerprint)``: the fingerprint shown on the hub (full, or its first 16+
  hex digits) is checked against the certificate the hub presents *before* the code is sent;
  from then on every connection is pinned to the full fingerprint (``tls.pinned_context``) and a
  hub with any other certificate is refused.
- ``start()`` runs the delivery thread: it sends the outbox in tap order, retrying with
  exponential backoff (``min_backoff`` … ``max_backoff``) while the hub is unreachable, and
  deletes each entry only when the hub acknowledges it; after the acknowledged completion it
  deletes the whole session from the tablet.
- ``store()`` gives a ``RemoteSessionStore`` for ``KioskWindow`` (hub mode).
"""

from __future__ import annotations

import json
import logging
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lbp_desktop.sync import credentials, tls
from lbp_desktop.sync.errors import (
    HubError,
    HubRefused,
    HubUnreachable,
    PairingError,
    PinMismatchError,
    SyncError,
)

if TYPE_CHECKING:
    from lbp_desktop.sync.remote_store import RemoteSessionStore

log = logging.getLogger(__name__)

API = "/sync/v1"
BATCH = 50


@dataclass(frozen=True)
class SessionInfo:
    """All the tablet learns about a waiting patient."""

    id: str
    first_name: str
    battery: str
    language: str
    position: str | None = None


def _pin_failure(exc: BaseException) -> tls.PinMismatch | None:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, tls.PinMismatch):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


class TabletClient:
    """One tablet's link to its hub. See the module docstring."""

    def __init__(self, folder: Path | str | None = None, *, forms: Any = None,
                 timeout: float = 5.0, min_backoff: float = 0.25, max_backoff: float = 15.0,
                 poll_interval: float = 5.0,
                 on_status: Callable[[str], None] | None = None) -> None:
        self.folder = Path(folder) if folder is not None else tls.sync_dir() / "tablet"
        self.folder.mkdir(parents=True, exist_ok=True)
        self._forms = forms
        self.timeout = timeout
        self.min_backoff = min_backoff
        self.max_backoff = max_backoff
        self.poll_interval = poll_interval
        self.on_status = on_status
        self.status = "idle"
        """``idle`` | ``ok`` | ``offline`` | ``hub_error`` | ``refused`` | ``wrong_certificate``"""
        self.last_error = ""
        self._config = self._load_config()
        self._outbox: Any = None
        self._outbox_lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._sessions_seen: dict[str, SessionInfo] = {}

    # -- configuration ---------------------------------------------------------------------

    @property
    def _config_path(self) -> Path:
        return self.folder / "client.json"

    def _load_config(self) -> dict[str, Any]:
        try:
            data = json.loads(self._config_path.read_text(encoding="utf-8"))
            if isinstance(data, dict) and data.get("client_id"):
                return data
        except (OSError, ValueError):
            pass
        data = {"client_id": str(uuid.uuid4())}
        self._save_config(data)
        return data

    def _save_config(self, data: dict[str, Any]) -> None:
        tmp = self._config_path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, indent=2), encoding="utf-8")
        tmp.replace(self._config_path)

    @property
    def client_id(self) -> str:
        return str(self._config["client_id"])

    @property
    def hub_url(self) -> str | None:
        return self._config.get("hub_url")

    @property
    def fingerprint(self) -> str | None:
        return self._config.get("fingerprint")

    @property
    def device_id(self) -> str | None:
        return self._config.get("device_id")

    @property
    def paired(self) -> bool:
        return bool(self.hub_url and self.fingerprint and self._token())

    def _token(self) -> str | None:
        raw = credentials.load_secret("hub-token", self.client_id)
        return raw.decode("utf-8") if raw else None

    @property
    def forms(self) -> Any:
        if self._forms is None:
            from lbp_desktop.instruments import load_forms

            self._forms = load_forms()
        return self._forms

    # -- HTTP ------------------------------------------------------------------------------

    def _http(self, *, hub_url: str | None = None, fingerprint: str | None = None):
        import httpx

        url = hub_url or self.hub_url
        pin = fingerprint or self.fingerprint
        if not url or not pin:
            raise SyncError("this tablet is not paired with a hub")
        headers = {"User-Agent": "lbp-desktop-tablet"}
        token = self._token()
        if token and hub_url is None:
            headers["Authorization"] = f"Bearer {token}"
        return httpx.Client(base_url=url.rstrip("/"), verify=tls.pinned_context(pin),
                            timeout=httpx.Timeout(self.timeout, connect=min(self.timeout, 3.0)),
                            headers=headers, trust_env=False, follow_redirects=False)

    def _send(self, http: Any, method: str, path: str, body: Any = None) -> Any:
        import httpx

        try:
            response = http.request(method, API + path, json=body)
        except httpx.TransportError as exc:
            pin = _pin_failure(exc)
            if pin is not None:
                raise PinMismatchError(str(pin)) from None
            raise HubUnreachable(f"the hub does not answer ({type(exc).__name__})") from None
        if response.status_code in (401, 403):
            raise HubRefused(_message(response), response.status_code)
        return response

    def _call(self, method: str, path: str, body: Any = None) -> Any:
        with self._http() as http:
            response = self._send(http, method, path, body)
        if response.status_code >= 400:
            raise SyncError(f"the hub refused the request: {_message(response)}")
        return response.json()

    # -- pairing ---------------------------------------------------------------------------

    def pair(self, hub_url: str, code: str, fingerprint: str, *, name: str = "tablet") -> str:
        """Pair with the hub at ``hub_url`` using the one-time ``code``; returns the device id.

        ``fingerprint`` is what the hub showed (full, or at least its first 16 hex digits).
        """
        from urllib.parse import urlsplit

        import httpx

        parts = urlsplit(hub_url)
        if parts.scheme != "https" or not parts.hostname:
            raise PairingError("the hub address must look like https://HOST:PORT")
        try:
            wanted = tls.normalise_fingerprint(fingerprint)
        except ValueError as exc:
            raise PairingError(str(exc)) from None
        if len(wanted) < 16:
            raise PairingError("give at least the first 16 characters of the fingerprint")
        try:
            seen = tls.peer_fingerprint(parts.hostname, parts.port or 443, timeout=self.timeout)
        except OSError as exc:
            if isinstance(exc, tls.PinMismatch):
                raise PinMismatchError(str(exc)) from None
            raise HubUnreachable(f"cannot reach the hub at {hub_url} ({exc})") from None
        if not seen.startswith(wanted):
            raise PinMismatchError(
                f"the hub at {hub_url} shows fingerprint {tls.format_fingerprint(seen)[:39]}…, "
                "not the one given — check the address; nothing was sent")
        with self._http(hub_url=hub_url, fingerprint=seen) as http:
            try:
                response = http.post(API + "/pair", json={"code": code, "name": name})
            except httpx.TransportError as exc:
                if _pin_failure(exc):
                    raise PinMismatchError(str(_pin_failure(exc))) from None
                raise HubUnreachable(f"cannot reach the hub at {hub_url}") from None
        if response.status_code == 429:
            raise PairingError("too many wrong codes from this tablet; wait a minute and "
                               "start pairing again on the hub")
        if response.status_code != 200:
            raise PairingError(f"pairing refused: {_message(response)}")
        data = response.json()
        credentials.store_secret("hub-token", self.client_id, data["token"].encode("utf-8"))
        self._config.update(hub_url=hub_url.rstrip("/"), fingerprint=seen,
                            device_id=data["device_id"], device_name=name)
        self._save_config(self._config)
        self._set_status("ok")
        return str(data["device_id"])

    def unpair(self) -> None:
        credentials.forget_secret("hub-token", self.client_id)
        for field in ("hub_url", "fingerprint", "device_id", "device_name"):
            self._config.pop(field, None)
        self._save_config(self._config)

    # -- reading from the hub --------------------------------------------------------------

    def ping(self) -> dict[str, Any]:
        return self._call("GET", "/ping")

    def sessions(self) -> list[SessionInfo]:
        data = self._call("GET", "/sessions")
        out = [SessionInfo(id=s["id"], first_name=s.get("first_name", ""),
                           battery=s["battery"], language=s.get("language", "da"),
                           position=s.get("position")) for s in data.get("sessions", [])]
        self._sessions_seen.update((s.id, s) for s in out)
        return out

    def questionnaire_bundle(self) -> dict[str, Any]:
        return self._call("GET", "/Questionnaire")

    def check_forms(self) -> list[str]:
        """Compare the hub's Questionnaires with this tablet's forms; the differences (empty
        when the tablet shows exactly what the hub scores)."""
        bundle = self.questionnaire_bundle()
        differences = []
        forms = self.forms
        for entry in bundle.get("entry", []):
            resource = entry.get("resource", {})
            qid, version = resource.get("id"), resource.get("version")
            mine = forms.forms.get(qid) or forms.batteries.get(qid)
            if mine is None:
                differences.append(f"{qid}: missing on this tablet")
            elif str(mine.version) != str(version):
                differences.append(f"{qid}: hub {version}, tablet {mine.version}")
        return differences

    def unlock(self, *, pin: str | None = None, username: str | None = None,
               password: str | None = None) -> dict[str, Any] | None:
        """A staff sign-in checked by the hub; ``None`` if refused or the hub is unreachable."""
        body = {"pin": pin} if pin else {"username": username, "password": password}
        try:
            with self._http() as http:
                response = self._send(http, "POST", "/unlock", body)
        except SyncError as exc:
            log.warning("staff sign-in through the hub failed: %s", exc)
            return None
        if response.status_code != 200:
            return None
        return response.json().get("user")

    # -- the outbox and its delivery -------------------------------------------------------

    @property
    def outbox(self) -> Any:
        with self._outbox_lock:
            if self._outbox is None:
                from lbp_desktop.sync.outbox import Outbox

                key = credentials.load_secret("outbox-key", self.client_id)
                path = self.folder / "outbox.db"
                if key is None:
                    if path.exists():
                        raise SyncError(f"{path}: the outbox key is missing from the credential "
                                        "store; the queued answers cannot be read")
                    import secrets

                    key = secrets.token_bytes(32)
                    credentials.store_secret("outbox-key", self.client_id, key)
                self._outbox = Outbox(path, key)
            return self._outbox

    def wake(self) -> None:
        self._wake.set()

    def _set_status(self, status: str, error: str = "") -> None:
        changed = status != self.status
        self.status = status
        self.last_error = error
        if changed and self.on_status is not None:
            try:
                self.on_status(status)
            except Exception:  # pragma: no cover - a GUI callback must not stop delivery
                log.exception("status callback failed")

    def deliver_once(self, http: Any) -> int:
        """Send the head of the outbox (one request); the number of entries settled."""
        from lbp_desktop.sync import wire

        outbox = self.outbox
        entries = outbox.pending(BATCH * 2)
        if not entries:
            return 0
        head = entries[0]
        rid = head.response_id
        path = f"/sessions/{rid}"
        if head.kind == "answer":
            batch = [head]
            links = {_link(head)}
            for entry in entries[1:]:
                if (entry.kind != "answer" or entry.response_id != rid or _link(entry) in links
                        or len(batch) >= BATCH):
                    break
                batch.append(entry)
                links.add(_link(entry))
            session = outbox.session(rid)
            battery = session.battery_id if session else ""
            fragment = wire.answer_fragment(
                rid, battery, [wire.Delivery(e.key, e.payload["form_id"], e.payload["item_id"],
                                             e.payload["value"]) for e in batch], self.forms)
            response = self._send(http, "POST", path + "/answers", fragment)
            if self._terminal(response, rid, batch):
                return len(batch)
            results = {r.get("key"): r for r in response.json().get("results", [])}
            done = []
            for entry in batch:
                result = results.get(entry.key)
                if result is None:
                    continue
                if result.get("status") != "stored":
                    log.error("the hub rejected an answer (%s): %s", _link(entry),
                              result.get("error"))
                done.append(entry.seq)
            outbox.ack(done)
            return len(done)
        if head.kind == "state":
            response = self._send(http, "POST", path + "/state", head.payload)
            if not self._terminal(response, rid, [head]):
                outbox.ack([head.seq])
            return 1
        response = self._send(http, "POST", path + "/complete", head.payload)
        if not self._terminal(response, rid, [head]):
            outbox.forget(rid)  # the hub has everything: keep nothing of this patient
        return 1

    def _terminal(self, response: Any, rid: str, batch: list[Any]) -> bool:
        """Handle answers the hub can never take (session gone/closed, malformed): drop them.
        Raise ``HubUnreachable`` for a hub error (5xx: try again later)."""
        status = response.status_code
        if status == 200:
            return False
        if status >= 500 or status == 429:
            self.outbox.note_failure([e.seq for e in batch], _message(response))
            raise HubError(f"the hub had a problem ({status}): {_message(response)}")
        log.error("the hub cannot take %s for session %s (%s: %s); dropping it",
                  batch[0].kind, rid, status, _message(response))
        if status in (404, 409):
            self.outbox.forget(rid)
        else:
            self.outbox.ack([e.seq for e in batch])
        return True

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait (bounded) until the outbox is empty; whether it is."""
        deadline = time.monotonic() + timeout
        self.wake()
        while time.monotonic() < deadline:
            if self.outbox.count() == 0:
                return True
            time.sleep(0.05)
        return self.outbox.count() == 0

    def start(self) -> TabletClient:
        if self._thread is not None and self._thread.is_alive():
            return self
        self.outbox  # noqa: B018 - open it (and make its key) before the thread runs
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="lbp-tablet-delivery",
                                        daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def close(self) -> None:
        self.stop()
        with self._outbox_lock:
            if self._outbox is not None:
                self._outbox.close()
                self._outbox = None

    def _run(self) -> None:
        backoff = self.min_backoff
        http = None
        while not self._stop.is_set():
            try:
                if http is None:
                    http = self._http()
                self._wake.clear()
                if self.deliver_once(http):
                    backoff = self.min_backoff
                    self._set_status("ok")
                    continue
                self._wake.wait(self.poll_interval)
                continue
            except PinMismatchError as exc:
                self._set_status("wrong_certificate", str(exc))
                delay = self.max_backoff
            except HubRefused as exc:
                self._set_status("refused", str(exc))
                delay = self.max_backoff
            except HubError as exc:  # 5xx: not the network, so say what the hub said
                self._set_status("hub_error", str(exc))
                delay = backoff
                backoff = min(backoff * 2, self.max_backoff)
            except HubUnreachable as exc:
                self._set_status("offline", str(exc))
                delay = backoff
                backoff = min(backoff * 2, self.max_backoff)
            except SyncError as exc:  # not paired
                self._set_status("refused", str(exc))
                delay = self.max_backoff
            except Exception as exc:  # never let the thread die: answers wait in the outbox
                log.exception("delivery failed")
                self._set_status("offline", str(exc))
                delay = backoff
                backoff = min(backoff * 2, self.max_backoff)
            if http is not None:
                http.close()
                http = None
            self._stop.wait(delay)
        if http is not None:
            http.close()

    # -- the kiosk's store -----------------------------------------------------------------

    def store(self) -> RemoteSessionStore:
        from lbp_desktop.sync.remote_store import RemoteSessionStore

        return RemoteSessionStore(self)


def _link(entry: Any) -> str:
    return f"{entry.payload['form_id']}.{entry.payload['item_id']}"


def _message(response: Any) -> str:
    try:
        data = response.json()
        if isinstance(data, dict) and data.get("error"):
            return str(data["error"])
    except ValueError:
        pass
    return f"HTTP {response.status_code}"


def tablet_for_kiosk(hub_url: str | None = None, *, folder: Path | str | None = None,
                     forms: Any = None) -> tuple[TabletClient, RemoteSessionStore]:
    """For ``lbp-desktop --kiosk --hub URL``: the paired client (delivery running) and the store
    to hand to ``KioskWindow(store, client.forms)``. Call ``client.close()`` on exit; whatever
    is still queued stays in the encrypted outbox and goes out at the next start."""
    client = TabletClient(folder, forms=forms)
    if not client.paired:
        raise SyncError("this tablet is not paired with a hub yet: run `lbp-desktop tablet pair "
                        "--hub https://HOST:PORT --code CODE --fingerprint FP` (see docs/sync.md)")
    if hub_url and client.hub_url != hub_url.rstrip("/"):
        raise SyncError(f"this tablet is paired with {client.hub_url}, not {hub_url}; pair it "
                        "again to change hubs")
    try:
        differences = client.check_forms()
    except SyncError as exc:
        log.warning("cannot compare forms with the hub now (%s); using this tablet's forms", exc)
    else:
        if differences:
            log.warning("the hub's questionnaires differ from this tablet's: %s",
                        "; ".join(differences))
    client.start()
    return client, client.store()
