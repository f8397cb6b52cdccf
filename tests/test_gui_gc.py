"""The cycle collector runs on the GUI thread only."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject

from lbp_desktop.ui.common.gui_gc import GuiThreadCollector


class _Cycle:
    def __init__(self) -> None:
        self.me = self
        self.qt = QObject()


def test_collection_is_left_to_a_gui_thread_timer(qtbot) -> None:
    gc.enable()  # as at the app's start (the test set-up turns it off)
    parent = QObject()
    collector = GuiThreadCollector(parent)
    assert not gc.isenabled()
    assert collector._timer.isActive()
    threads: list[str] = []
    gc.callbacks.append(lambda phase, info: threads.append(threading.current_thread().name))
    try:
        for _ in range(gc.get_threshold()[0] + 10):
            _Cycle()
        assert collector.collect_due() > 0  # the thresholds were crossed: collected here
        assert set(threads) == {threading.main_thread().name}
    finally:
        gc.callbacks.pop()
