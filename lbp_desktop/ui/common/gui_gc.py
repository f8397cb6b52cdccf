"""Python's cycle collector run on the GUI thread only.

The collector runs in whichever thread happens to allocate when a threshold is crossed — a
background task decoding a hub reply, say. If the garbage it finds holds Qt objects (a closed
dialog caught in a reference cycle), their C++ destructors then run off the GUI thread, which
crashes the process. So automatic collection is switched off and a GUI-thread timer runs it
instead, by the same generation thresholds.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Turns automatic collection off and collects on the GUI thread, as the thresholds ask."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start(INTERVAL_MS)

    def collect_due(self) -> int:
        """Collect the oldest generation whose threshold is crossed; the number collected."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        if counts[0] <= thresholds[0]:
            return 0
        generation = 2 if counts[2] > thresholds[2] else 1 if counts[1] > thresholds[1] else 0
        return gc.collect(generation)
