"""The hub's tablet service: a Starlette app served by uvicorn over HTTPS (TLS 1.2+ only).

Run it headless with ``lbp-desktop serve --db PATH`` or from the clinician workspace with
``HubServer(db_path, key).start()`` / ``.stop()`` (uvicorn runs in its own thread, never the GUI
thread). Every database call runs on one dedicated worker thread that opens its own ``Store`` (a
store belongs to one thread), so the event loop keeps serving TLS handshakes meanwhile.

Endpoints (JSON; all under ``/sync/v1``; all but ``ping`` and ``pair`` need
``Authorization: Bearer <device token>``):

==========================================  ======================================================
``GET  /sync/v1/ping``                      ``{"service": "lbp-desktop hub", "version": …}``
``POST /sync/v1/pair``                      ``{"code", "name"}`` → ``{"device_id", "token"}``;
                                            403 wrong/expired/used code; 429 after too many
                                            failed attempts from one address
``GET  /sync/v1/sessions``                  questionnaires waiting for a tablet:
                                            ``{"sessions": [{"id", "first_name", "battery",
                                            "language", "position"}]}`` — nothing else
``GET  /sync/v1/Questionnaire``             FHIR ``Bundle`` of every ``Questionnaire``
``POST /sync/v1/sessions/{id}/answers``     in-progress ``QuestionnaireResponse`` fragment (see
                                            ``wire``) → ``{"results": [{"key", "status":
                                            "stored" | "rejected", "error"?}]}``
``POST /sync/v1/sessions/{id}/state``       ``{"position"?, "language"?}`` → ``{"ok": true}``
``POST /sync/v1/sessions/{id}/complete``    completed ``QuestionnaireResponse`` →
                                            ``{"status": "completed"}`` (repeatable)
``POST /sync/v1/unlock``                    ``{"pin"}`` or ``{"username", "password"}`` →
                                            ``{"ok", "user": {…}}``: staff sign-in for leaving
                                            patient mode on the tablet (rate-limited)
==========================================  ======================================================

Refusals: no/unknown token 401, revoked device 403 (at once: the token is checked on every
request), unknown session 404, a session that is not open 409, malformed body 400/422.
Every pairing (and failed attempt), every authenticated request, every delivery and every refusal
is written to the audit trail.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import json
import logging
import socket
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from lbp_desktop.sync import tls

log = logging.getLogger(__name__)

DEFAULT_PORT = 8443
DEFAULT_BIND = "0.0.0.0"
MAX_BODY = 1_000_000
SERVICE_NAME = "lbp-desktop hub"
SESSION_DEVICE_PREFIX = "device:"
"""A response started with ``device="device:<id>"`` is offered only to that tablet."""

T = TypeVar("T")


class RateLimiter:
    """At most ``limit`` events per ``window`` seconds per key (a sliding window)."""

    def __init__(self, limit: int, window: float) -> None:
        self.limit = limit
        self.window = window
        self._events: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def blocked(self, key: str) -> float:
        """Seconds until ``key`` may try again (0 if it may now)."""
        now = time.monotonic()
        with self._lock:
            events = self._events.get(key)
            if not events:
                return 0.0
            while events and events[0] <= now - self.window:
                events.popleft()
            if len(events) < self.limit:
                return 0.0
            return max(0.0, events[0] + self.window - now)

    def hit(self, key: str) -> None:
        with self._lock:
            self._events.setdefault(key, deque()).append(time.monotonic())

    def count(self, key: str) -> int:
        now = time.monotonic()
        with self._lock:
            return sum(1 for t in self._events.get(key, ()) if t > now - self.window)


class DbWorker:
    """One thread that owns the hub's ``Store``; ``call(fn)`` runs ``fn(store)`` on it."""

    def __init__(self, opener: Callable[[], Any]) -> None:
        self._executor = concurrent.futures.ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="lbp-hub-db")
        self._opener = opener
        self.store: Any = None
        self._executor.submit(self._open).result()

    def _open(self) -> None:
        self.store = self._opener()

    async def call(self, fn: Callable[[Any], T]) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, fn, self.store)

    def run(self, fn: Callable[[Any], T]) -> T:
        return self._executor.submit(fn, self.store).result()

    def close(self) -> None:
        def _close(store: Any) -> None:
            if store is not None:
                store.close()

        with contextlib.suppress(Exception):
            self._executor.submit(_close, self.store).result(timeout=10)
        self._executor.shutdown(wait=True)


@dataclass
class HubState:
    db: DbWorker
    forms: Any
    pair_limiter: RateLimiter
    unlock_limiter: RateLimiter
    failed_pairings_total: RateLimiter
    seen: dict[str, float]
    patient_of: dict[str, str]


# -- the app ---------------------------------------------------------------------------------


def make_app(state: HubState):
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    from lbp_desktop import __version__
    from lbp_desktop.errors import UserError
    from lbp_desktop.questionnaires.answers import AnswerError
    from lbp_desktop.storage import devices as devrepo
    from lbp_desktop.sync import wire

    def error(status: int, message: str, **headers: str) -> JSONResponse:
        return JSONResponse({"error": message}, status_code=status, headers=headers or None)

    def client_ip(request: Request) -> str:
        return request.client.host if request.client else "?"

    async def body_json(request: Request) -> Any:
        raw = await request.body()
        if len(raw) > MAX_BODY:
            raise _HttpError(413, "request too large")
        try:
            return json.loads(raw or b"null")
        except (ValueError, UnicodeDecodeError):
            raise _HttpError(400, "the body is not JSON") from None

    async def authenticate(request: Request, what: str) -> Any:
        header = request.headers.get("authorization", "")
        token = header[7:].strip() if header.lower().startswith("bearer ") else ""
        ip = client_ip(request)

        def check(store: Any) -> tuple[int, Any]:
            device = devrepo.device_for_token(store, token) if token else None
            if device is None:
                store.audit("device_refused", "device", None,
                            detail=f"{what} from {ip}: no valid device token")
                return 401, None
            if device.revoked:
                store.audit("device_refused", "device", device.id,
                            detail=f"{what} from {ip}: device revoked (name={device.name})")
                return 403, device
            last = state.seen.get(device.id, 0.0)
            if time.monotonic() - last > 30:
                devrepo.touch(store, device.id)
                state.seen[device.id] = time.monotonic()
            return 200, device

        status, device = await state.db.call(check)
        if status == 401:
            raise _HttpError(401, "no valid device token; pair this tablet again",
                             {"WWW-Authenticate": 'Bearer realm="lbp-desktop"'})
        if status == 403:
            raise _HttpError(403, "this tablet has been revoked on the hub")
        return device

    async def ping(request: Request) -> JSONResponse:
        return JSONResponse({"service": SERVICE_NAME, "version": __version__})

    async def pair(request: Request) -> JSONResponse:
        ip = client_ip(request)
        wait = state.pair_limiter.blocked(ip)
        if wait > 0:
            return error(429, "too many failed pairing attempts; wait a minute and try again",
                         **{"Retry-After": str(int(wait) + 1)})
        data = await body_json(request)
        if not isinstance(data, dict):
            return error(400, "expected {\"code\": ..., \"name\": ...}")
        code = str(data.get("code") or "")
        name = str(data.get("name") or "tablet")

        def claim(store: Any) -> Any:
            result = devrepo.claim_pairing_code(store, code, name)
            if result is None:
                store.audit("pairing_failed", "device", None,
                            detail=f"wrong, used or expired pairing code from {ip}")
                return None
            device, token = result
            store.audit("pair", "device", device.id, detail=f"name={device.name} from {ip}")
            return device.id, token

        result = await state.db.call(claim)
        if result is None:
            state.pair_limiter.hit(ip)
            state.failed_pairings_total.hit("all")
            if state.failed_pairings_total.blocked("all") > 0:
                await state.db.call(devrepo.void_pairing_codes)
                log.warning("too many failed pairing attempts: outstanding codes voided")
            return error(403, "wrong or expired pairing code")
        device_id, token = result
        return JSONResponse({"device_id": device_id, "token": token})

    async def sessions(request: Request) -> JSONResponse:
        device = await authenticate(request, "list sessions")

        def listing(store: Any) -> list[dict[str, Any]]:
            out = []
            for row in store.worklist(open_only=True, limit=500):
                if row.questionnaire not in ("waiting", "in_progress"):
                    continue
                response = store.open_response(row.episode_id)
                if response is None:
                    continue
                if response.device.startswith(SESSION_DEVICE_PREFIX) and \
                        response.device != SESSION_DEVICE_PREFIX + device.id:
                    continue
                out.append({"id": response.id,
                            "first_name": (row.patient_name.split() or [""])[0],
                            "battery": response.battery_id, "language": response.language,
                            "position": response.position})
            store.audit("connect", "device", device.id,
                        detail=f"sessions listed ({len(out)}) by {device.name} "
                               f"from {client_ip(request)}")
            return out

        return JSONResponse({"sessions": await state.db.call(listing)})

    async def questionnaire_bundle(request: Request) -> JSONResponse:
        device = await authenticate(request, "fetch questionnaires")
        await state.db.call(lambda store: store.audit(
            "connect", "device", device.id,
            detail=f"questionnaires fetched by {device.name} from {client_ip(request)}"))
        return JSONResponse(wire.questionnaire_bundle(state.forms),
                            media_type="application/fhir+json")

    def open_session(store: Any, response_id: str) -> Any:
        from lbp_desktop.storage.errors import StorageError

        try:
            response = store.response(response_id)
        except StorageError:
            raise _HttpError(404, "no such session") from None
        if response_id not in state.patient_of:
            state.patient_of[response_id] = store.episode(response.episode_id).patient_id
        return response

    async def answers(request: Request) -> JSONResponse:
        device = await authenticate(request, "deliver answers")
        response_id = request.path_params["session"]
        data = await body_json(request)
        try:
            parsed = wire.parse_fragment(data, state.forms)
        except AnswerError as exc:
            raise _HttpError(422, str(exc)) from None

        def store_them(store: Any) -> list[dict[str, Any]]:
            from lbp_desktop.storage.errors import StorageError

            response = open_session(store, response_id)
            if response.status == "abandoned":
                raise _HttpError(409, "the questionnaire was abandoned on the hub")
            results = []
            for delivery in parsed:
                if isinstance(delivery, AnswerError):
                    results.append({"key": getattr(delivery, "key", None), "status": "rejected",
                                    "error": str(delivery)})
                    continue
                try:
                    store.record_answer(response_id, delivery.form_id, delivery.item_id,
                                        delivery.value, idempotency_key=delivery.key)
                    results.append({"key": delivery.key, "status": "stored"})
                except (AnswerError, StorageError) as exc:
                    results.append({"key": delivery.key, "status": "rejected",
                                    "error": str(exc)})
            stored = sum(1 for r in results if r["status"] == "stored")
            store.audit("deliver", "response", response_id,
                        patient_id=state.patient_of.get(response_id),
                        detail=f"device={device.id} ({device.name}) answers={len(results)} "
                               f"acknowledged={stored} rejected={len(results) - stored}")
            return results

        return JSONResponse({"results": await state.db.call(store_them)})

    async def session_state(request: Request) -> JSONResponse:
        device = await authenticate(request, "save position")
        response_id = request.path_params["session"]
        data = await body_json(request)
        if not isinstance(data, dict):
            raise _HttpError(400, "expected {\"position\": ..., \"language\": ...}")

        def save(store: Any) -> None:
            response = open_session(store, response_id)
            if response.status != "in_progress":
                return
            if isinstance(data.get("position"), str):
                store.set_position(response_id, data["position"][:200])
            if data.get("language") in ("da", "en"):
                store.set_language(response_id, data["language"])
            store.audit("deliver", "response", response_id,
                        patient_id=state.patient_of.get(response_id),
                        detail=f"device={device.id} ({device.name}) position/language")

        await state.db.call(save)
        return JSONResponse({"ok": True})

    async def complete(request: Request) -> JSONResponse:
        device = await authenticate(request, "complete")
        response_id = request.path_params["session"]
        data = await body_json(request)
        try:
            key, battery_id, final = wire.parse_completed(data, state.forms)
        except AnswerError as exc:
            raise _HttpError(422, str(exc)) from None
        if not key:
            raise _HttpError(422, "the completed QuestionnaireResponse has no idempotency key")
        if isinstance(data, dict) and data.get("id") not in (None, response_id):
            raise _HttpError(422, "the QuestionnaireResponse id is not this session")

        def finish(store: Any) -> str:
            response = open_session(store, response_id)
            if battery_id and battery_id != response.battery_id:
                raise _HttpError(422, f"this session is {response.battery_id}, not {battery_id}")
            if response.status == "completed":
                return "completed"
            if response.status == "abandoned":
                raise _HttpError(409, "the questionnaire was abandoned on the hub")
            held = store.answers(response_id)
            changed = 0
            for form_id in sorted(set(held) | set(final)):
                mine, theirs = held.get(form_id, {}), final.get(form_id, {})
                for item_id in list(theirs) + [i for i in mine if i not in theirs]:
                    value = theirs.get(item_id)
                    if mine.get(item_id) != value:
                        store.record_answer(response_id, form_id, item_id, value,
                                            idempotency_key=f"{key}:{form_id}.{item_id}")
                        changed += 1
            store.complete_response(response_id)
            store.audit("complete", "response", response_id,
                        patient_id=state.patient_of.get(response_id),
                        detail=f"device={device.id} ({device.name}) completed; "
                               f"{changed} answers reconciled")
            return "completed"

        return JSONResponse({"status": await state.db.call(finish)})

    async def unlock(request: Request) -> JSONResponse:
        device = await authenticate(request, "staff unlock")
        ip = client_ip(request)
        wait = state.unlock_limiter.blocked(device.id)
        if wait > 0:
            return error(429, "too many wrong PINs; wait a minute",
                         **{"Retry-After": str(int(wait) + 1)})
        data = await body_json(request)
        data = data if isinstance(data, dict) else {}
        pin = str(data.get("pin") or "")
        username, password = str(data.get("username") or ""), str(data.get("password") or "")

        def check(store: Any) -> Any:
            user = None
            if pin:
                user = store.authenticate_pin(pin)
            elif username and password:
                user = store.authenticate(username, password)
            store.audit("unlock" if user else "unlock_failed", "device", device.id,
                        detail=f"{device.name} from {ip}")
            return user

        user = await state.db.call(check)
        if user is None:
            state.unlock_limiter.hit(device.id)
            return JSONResponse({"ok": False}, status_code=403)
        return JSONResponse({"ok": True, "user": {
            "id": user.id, "username": user.username, "name": user.name, "role": user.role,
            "active": user.active}})

    def guarded(handler: Callable[[Request], Any]) -> Callable[[Request], Any]:
        async def run(request: Request) -> JSONResponse:
            try:
                return await handler(request)
            except _HttpError as exc:
                return error(exc.status, exc.message, **exc.headers)
            except UserError as exc:
                return error(409, str(exc))
            except Exception:  # never a traceback to the tablet; the hub log has it
                log.exception("hub request failed: %s %s", request.method, request.url.path)
                return error(500, "the hub could not handle the request")

        return run

    routes = [
        Route("/sync/v1/ping", guarded(ping), methods=["GET"]),
        Route("/sync/v1/pair", guarded(pair), methods=["POST"]),
        Route("/sync/v1/sessions", guarded(sessions), methods=["GET"]),
        Route("/sync/v1/Questionnaire", guarded(questionnaire_bundle), methods=["GET"]),
        Route("/sync/v1/sessions/{session}/answers", guarded(answers), methods=["POST"]),
        Route("/sync/v1/sessions/{session}/state", guarded(session_state), methods=["POST"]),
        Route("/sync/v1/sessions/{session}/complete", guarded(complete), methods=["POST"]),
        Route("/sync/v1/unlock", guarded(unlock), methods=["POST"]),
    ]
    return Starlette(routes=routes)


class _HttpError(Exception):
    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


# -- running it ------------------------------------------------------------------------------


def _bind_socket(bind: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in bind else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((bind, port))
    except OSError as exc:
        sock.close()
        from lbp_desktop.errors import UserError

        raise UserError(f"cannot listen on {bind}:{port} ({exc.strerror or exc})") from None
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


class HubServer:
    """The tablet service in a background thread: ``start()`` returns once it listens.

    ``port=0`` picks a free port (read ``.port`` after ``start``). ``store_opener`` (a callable
    returning an open ``Store``) replaces ``db_path``/``key`` when given.
    """

    def __init__(self, db_path: Path | str | None = None, key: bytes | None = None,
                 bind: str = DEFAULT_BIND, port: int = DEFAULT_PORT, *,
                 cert: tls.Certificate | None = None, cert_dir: Path | str | None = None,
                 forms: Any = None, plaintext: bool = False,
                 store_opener: Callable[[], Any] | None = None,
                 pair_limit: int = 5, pair_window: float = 60.0) -> None:
        self.db_path = Path(db_path) if db_path is not None else None
        self.key = key
        self.bind = bind
        self.port = port
        self.cert = cert or tls.ensure_certificate(cert_dir)
        self.forms = forms
        self.plaintext = plaintext
        self.store_opener = store_opener
        self.pair_limit = pair_limit
        self.pair_window = pair_window
        self._thread: threading.Thread | None = None
        self._server: Any = None
        self._worker: DbWorker | None = None
        self._error: BaseException | None = None
        self._serve_lock: Any = None

    @property
    def fingerprint(self) -> str:
        return self.cert.fingerprint

    @property
    def url(self) -> str:
        host = "127.0.0.1" if self.bind in ("0.0.0.0", "") else (
            "[::1]" if self.bind == "::" else self.bind)
        return f"https://{host}:{self.port}"

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _open_store(self) -> Any:
        if self.store_opener is not None:
            return self.store_opener()
        from lbp_desktop.storage.store import Store

        return Store.open(self.db_path, self.key, plaintext=self.plaintext)

    def _take_serve_lock(self) -> None:
        """One hub per database: a second app instance or ``serve`` is refused, naming the first."""
        if self.db_path is None or self._serve_lock is not None:
            return
        from lbp_desktop.storage.lock import DatabaseLock

        self._serve_lock = DatabaseLock.exclusive(self.db_path, "tablet service", name="serve")

    def _release_serve_lock(self) -> None:
        if self._serve_lock is not None:
            self._serve_lock.release()
            self._serve_lock = None

    def _build(self) -> tuple[Any, socket.socket]:
        import uvicorn

        from lbp_desktop.questionnaires import load_forms

        forms = self.forms or load_forms()
        self._take_serve_lock()
        try:
            self._worker = DbWorker(self._open_store)
        except BaseException:
            self._release_serve_lock()
            raise
        state = HubState(db=self._worker, forms=forms,
                         pair_limiter=RateLimiter(self.pair_limit, self.pair_window),
                         unlock_limiter=RateLimiter(5, 60.0),
                         failed_pairings_total=RateLimiter(50, 300.0),
                         seen={}, patient_of={})
        try:
            sock = _bind_socket(self.bind, self.port)
        except BaseException:
            self._worker.close()
            self._worker = None
            self._release_serve_lock()
            raise
        self.port = sock.getsockname()[1]
        cert = self.cert
        config = uvicorn.Config(
            make_app(state), log_level="warning", access_log=False, lifespan="off",
            ssl_context_factory=lambda _config, _default: tls.server_context(cert),
            timeout_graceful_shutdown=3, server_header=False)
        return uvicorn.Server(config), sock

    def start(self, timeout: float = 15.0) -> HubServer:
        if self.running:
            return self
        server, sock = self._build()
        self._server = server

        def run() -> None:
            try:
                server.run(sockets=[sock])
            except BaseException as exc:  # pragma: no cover - reported by start()
                self._error = exc
            finally:
                sock.close()

        self._thread = threading.Thread(target=run, name="lbp-hub", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"the tablet service did not start: {self._error!r}")
            time.sleep(0.02)
        log.info("tablet service listening on %s (fingerprint %s)", self.url, self.fingerprint)
        return self

    def stop(self, timeout: float = 10.0) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        if self._worker is not None:
            self._worker.close()
            self._worker = None
        self._server = None
        self._release_serve_lock()

    def serve_forever(self, announce: Callable[[], None] | None = None) -> None:
        """Run in the foreground until Ctrl-C / SIGTERM (the ``serve`` command); ``announce``
        runs once the database is open and the port bound."""
        server, sock = self._build()
        self._server = server
        if announce is not None:
            announce()
        try:
            server.run(sockets=[sock])
        finally:
            sock.close()
            if self._worker is not None:
                self._worker.close()
                self._worker = None
            self._release_serve_lock()

    def __enter__(self) -> HubServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


# -- pairing (the CLI command and the GUI button) --------------------------------------------


@dataclass(frozen=True)
class PairingInfo:
    code: str
    expires_at: float
    fingerprint: str
    hub_url: str | None

    @property
    def qr_payload(self) -> str:
        """What the QR code holds: ``lbp-desktop-pair:?hub=…&code=…&fp=…``."""
        from urllib.parse import urlencode

        fields = {"code": self.code, "fp": self.fingerprint}
        if self.hub_url:
            fields = {"hub": self.hub_url, **fields}
        return "lbp-desktop-pair:?" + urlencode(fields)

    def qr_matrix(self) -> list[list[bool]]:
        """The QR code's modules (True = dark, with a 4-module quiet zone) for the GUI to paint
        (no Pillow needed)."""
        import qrcode

        qr = qrcode.QRCode(border=4)
        qr.add_data(self.qr_payload)
        qr.make(fit=True)
        return [list(row) for row in qr.get_matrix()]

    def qr_text(self) -> str:
        """The QR code as text (for a terminal)."""
        import io

        import qrcode

        qr = qrcode.QRCode(border=1)
        qr.add_data(self.qr_payload)
        qr.make(fit=True)
        out = io.StringIO()
        qr.print_ascii(out=out, invert=True)
        return out.getvalue()


def parse_qr_payload(text: str) -> dict[str, str]:
    """``{"hub"?, "code", "fp"}`` from a scanned ``qr_payload``."""
    from urllib.parse import parse_qsl

    prefix = "lbp-desktop-pair:?"
    if not text.startswith(prefix):
        raise ValueError("not an lbp-desktop pairing code")
    return dict(parse_qsl(text[len(prefix):]))


def start_pairing(store: Any, *, cert: tls.Certificate | None = None,
                  cert_dir: Path | str | None = None, hub_url: str | None = None,
                  ttl_seconds: float = 300) -> PairingInfo:
    """Make a one-time pairing code (the admin's "Pair a tablet" button and ``pair`` command)."""
    from lbp_desktop.storage import devices as devrepo

    cert = cert or tls.ensure_certificate(cert_dir)
    code = devrepo.create_pairing_code(store, ttl_seconds=ttl_seconds)
    return PairingInfo(code=code.code, expires_at=code.expires_at, fingerprint=cert.fingerprint,
                       hub_url=hub_url)


def default_hub_url(port: int = DEFAULT_PORT) -> str:
    """``https://<this machine's name>:<port>`` for the pairing QR code."""
    try:
        host = socket.gethostname() or "localhost"
    except OSError:  # pragma: no cover
        host = "localhost"
    return f"https://{host}:{port}"
