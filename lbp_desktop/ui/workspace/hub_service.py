"""This PC's tablet service as the workspace runs it: ``HubService`` owns the ``HubServer``
(HTTPS, its own thread) for the open database.

Bind address and port are settings of this PC (``lbp_desktop.settings``), shared with ``serve``.
Starting and stopping run off the GUI thread; listeners are told afterwards. The episode screen's
"Send til venteværelsets tablet" offers the questionnaire to the tablets with the same core call as
``lbp-desktop handover`` (``Store.start_response(..., device=HANDOVER_DEVICE)``).
"""

from __future__ import annotations

import logging
from typing import Any

from lbp_desktop.settings import hub_settings, save_hub_settings
from lbp_desktop.sync.addresses import hub_urls, pairing_url
from lbp_desktop.ui.common.tasks import run_in_background

log = logging.getLogger(__name__)

HANDOVER_DEVICE = "tablet"
"""``Store.start_response(device=...)`` for a questionnaire offered to every paired tablet (as
``lbp-desktop handover`` without ``--device``)."""


class HubService:
    """The tablet service of this PC's database (see the module docstring).

    Not a QObject on purpose: it outlives pages; ``owner`` (a QObject, normally the main
    window) carries the background tasks and ``on_changed`` callbacks tell the pages.
    """

    def __init__(self, store: Any, owner: Any) -> None:
        self.store = store
        self.owner = owner
        self.server: Any = None
        self.error = ""
        self.busy = False
        self.closed = False
        """Set by ``stop_now`` (the app is closing): a start still under way stops again."""
        self.listeners: list[Any] = []

    @property
    def running(self) -> bool:
        return self.server is not None and self.server.running

    @property
    def port(self) -> int | None:
        return self.server.port if self.running else None

    @property
    def bind(self) -> str | None:
        return self.server.bind if self.running else None

    def urls(self) -> list[str]:
        return hub_urls(self.server.bind, self.server.port) if self.running else []

    def pairing_url(self) -> str:
        """The address put in the pairing QR code (the first clinic-network address)."""
        if self.running:
            urls = self.urls()
            return urls[0] if urls else self.server.url
        return pairing_url(*hub_settings())

    def fingerprint(self) -> str:
        from lbp_desktop.sync import tls

        if self.server is not None:
            return self.server.fingerprint
        return tls.ensure_certificate().fingerprint

    def _notify(self) -> None:
        for callback in list(self.listeners):
            try:
                callback()
            except RuntimeError:  # a page that has been deleted
                self.listeners.remove(callback)

    def start(self, bind: str, port: int, on_done: Any = None) -> None:
        if self.running or self.busy:
            return
        from lbp_desktop.sync.hub import HubServer

        save_hub_settings(bind, port)
        self.busy = True
        self.error = ""
        self._notify()
        store = self.store

        def start() -> Any:
            server = HubServer(store.path, store.key, bind, port,
                               forms=store.forms, plaintext=bool(getattr(store, "plaintext",
                                                                         False)))
            server = server.start()
            if self.closed:  # the window closed meanwhile: no one would ever stop it
                server.stop()
                return None
            return server

        def started(server: Any) -> None:
            if server is not None and self.closed:
                server.stop()
                server = None
            if server is None:
                self.busy = False
                self._notify()
                return
            self.server = server
            self.busy = False
            store.audit("hub_started", "device", None, detail=f"{bind}:{server.port}")
            self._notify()
            if on_done is not None:
                on_done(True)

        def failed(exc: BaseException) -> None:
            self.busy = False
            self.error = str(exc) or type(exc).__name__
            log.warning("the tablet service did not start: %s", self.error)
            self._notify()
            if on_done is not None:
                on_done(False)

        run_in_background(self.owner, start, started, failed)

    def stop(self, on_done: Any = None) -> None:
        server = self.server
        if server is None or self.busy:
            return
        self.busy = True
        self._notify()

        def stopped(_result: Any = None) -> None:
            self.server = None
            self.busy = False
            self.store.audit("hub_stopped", "device", None)
            self._notify()
            if on_done is not None:
                on_done(True)

        run_in_background(self.owner, server.stop, stopped, lambda _exc: stopped())

    def stop_now(self) -> None:
        """Blocking stop (the app is closing); a start still under way stops when it is done."""
        self.closed = True
        if self.server is not None:
            self.server.stop()
            self.server = None
