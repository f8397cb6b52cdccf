"""Running the hub's tablet service: uvicorn over HTTPS (TLS 1.2+) in a background thread (the
GUI) or in the foreground (``serve``), with its database thread, its limits and its locks.

One hub per database: ``start`` takes the database's *serve* lock (``storage.lock``), so a second
app instance or ``serve`` on the same file is refused, naming the first. uvicorn runs with
``proxy_headers=False``: the address the pairing limit counts is the TCP peer's, whatever
``X-Forwarded-For`` says.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lbp_desktop.sync import tls
from lbp_desktop.sync.hub_routes import make_app
from lbp_desktop.sync.hub_service import DbWorker, HubState
from lbp_desktop.sync.pairing import DEFAULT_PORT
from lbp_desktop.sync.ratelimit import Lockout, RateLimiter

log = logging.getLogger(__name__)

DEFAULT_BIND = "0.0.0.0"


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
                 pair_limit: int = 5, pair_window: float = 60.0,
                 unlock_lockout: Lockout | None = None) -> None:
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
        self.unlock_lockout = unlock_lockout
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

        if self.db_path is None:
            raise ValueError("HubServer needs db_path or store_opener")
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

        from lbp_desktop.instruments import load_forms

        forms = self.forms or load_forms()
        self._take_serve_lock()
        try:
            self._worker = DbWorker(self._open_store)
        except BaseException:
            self._release_serve_lock()
            raise
        state = HubState(db=self._worker, forms=forms,
                         pair_limiter=RateLimiter(self.pair_limit, self.pair_window),
                         unlock_lockout=self.unlock_lockout or Lockout(),
                         failed_pairings_total=RateLimiter(50, 300.0))
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
            proxy_headers=False, forwarded_allow_ips="",
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


