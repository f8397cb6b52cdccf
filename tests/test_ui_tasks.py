"""Background tasks: results come back on the GUI thread, and never to a window that is gone."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject

from lbp_desktop.ui.common import tasks


def test_result_is_delivered_on_the_gui_thread(qtbot) -> None:
    owner = QObject()
    got: list[tuple[object, bool]] = []
    relay = tasks.run_in_background(
        owner, lambda: 41 + 1,
        lambda value: got.append((value, threading.current_thread() is threading.main_thread())))
    # waited on through the callback, which the relay connected before the task started: a
    # waitSignal set up only now could miss a worker that has already emitted
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert got == [(42, True)]
    qtbot.waitUntil(lambda: relay not in tasks._LIVE)


def test_owner_deleted_while_the_task_runs_drops_the_result(qtbot) -> None:
    gate = threading.Event()
    got: list[object] = []
    owners = []
    for _ in range(20):  # many at once: deletion racing the worker's emit must not crash
        owner = QObject()
        owners.append(owner)
        tasks.run_in_background(owner, lambda: gate.wait(5) and "late", got.append, got.append)
    for owner in owners:
        owner.deleteLater()
    qtbot.wait(10)
    gate.set()
    qtbot.waitUntil(lambda: not tasks._LIVE, timeout=10000)
    assert got == []
