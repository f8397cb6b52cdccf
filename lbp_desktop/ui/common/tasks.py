"""Run a blocking call (network, hub start-up) off the GUI thread and get the result back on it.

``run_in_background(owner, fn, on_done, on_error)`` runs ``fn()`` on the global ``QThreadPool``;
``on_done(result)`` or ``on_error(exception)`` is then called in the GUI thread (a queued signal
from a ``QObject`` that lives in the GUI thread). The callbacks are dropped if ``owner`` has been
deleted meanwhile. ``fn`` must not touch widgets.

The relay is deliberately not a child of ``owner``: a worker emitting on a relay that the GUI
thread is deleting at that moment (its window just closed) crashes the process. Relays stay alive
in ``_LIVE`` until their result has been delivered on the GUI thread, and merely forget their
callbacks when the owner goes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

_LIVE: set[_Relay] = set()
"""Relays whose task has not reported yet (kept here, released on the GUI thread)."""


class _Relay(QObject):
    """Lives in the GUI thread; its slots run there (queued from the worker)."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, owner: QObject, on_done: Callable[[Any], None] | None,
                 on_error: Callable[[BaseException], None] | None) -> None:
        super().__init__()
        self.on_done = on_done
        self.on_error = on_error
        self.done.connect(self._finished)
        self.failed.connect(self._failed)
        owner.destroyed.connect(self._owner_gone)
        _LIVE.add(self)

    @Slot()
    def _owner_gone(self) -> None:
        self.on_done = None
        self.on_error = None

    @Slot(object)
    def _finished(self, result: Any) -> None:
        try:
            if self.on_done is not None:
                self.on_done(result)
        finally:
            _LIVE.discard(self)

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        try:
            if self.on_error is not None:
                self.on_error(exc)
            else:
                # the type only: the message can hold names or answers (no health data in logs)
                log.error("background task failed: %s", type(exc).__name__)
        finally:
            _LIVE.discard(self)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:  # worker thread
        try:
            result = self.fn()
        except BaseException as exc:
            signal, value = self.relay.failed, exc
        else:
            signal, value = self.relay.done, result
        signal.emit(value)


def run_in_background(owner: QObject, fn: Callable[[], Any],
                      on_done: Callable[[Any], None] | None = None,
                      on_error: Callable[[BaseException], None] | None = None) -> _Relay:
    """Start ``fn`` on the thread pool; see the module docstring. Returns the relay (its
    ``done``/``failed`` signals can also be waited on in tests)."""
    relay = _Relay(owner, on_done, on_error)
    QThreadPool.globalInstance().start(_Task(fn, relay))
    return relay
