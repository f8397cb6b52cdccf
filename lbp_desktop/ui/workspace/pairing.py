""""Par ny tablet": a one-time code (``start_pairing``) with a countdown to its expiry, the hub
address, the certificate fingerprint and a QR code painted from ``qr_matrix()``.

Closing the dialog before a tablet used the code voids it at once.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from lbp_desktop.ui import theme
from lbp_desktop.ui.common.widgets import plain_label
from lbp_desktop.ui.workspace.hub_service import HubService


class QrWidget(QWidget):
    """A QR code painted from a module matrix (True = dark): black on white, with the matrix's
    own quiet zone, square modules of whole pixels, centred."""

    def __init__(self, matrix: list[list[bool]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix = matrix
        n = len(matrix) or 1
        self.setMinimumSize(QSize(n * 4, n * 4))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFixedSize(QSize(n * 6, n * 6))

    def module_size(self) -> int:
        n = len(self.matrix) or 1
        return max(1, min(self.width(), self.height()) // n)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        n = len(self.matrix)
        if not n:
            return
        size = self.module_size()
        left = (self.width() - n * size) // 2
        top = (self.height() - n * size) // 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        for y, row in enumerate(self.matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.drawRect(QRectF(left + x * size, top + y * size, size, size))
        painter.end()


def _group(code: str) -> str:
    return f"{code[:4]} {code[4:]}" if len(code) == 8 else code


class PairingDialog(QDialog):
    """"Par ny tablet": the one-time code, its countdown, the fingerprint and a QR code."""

    paired = Signal(object)
    """A new tablet used the code (emitted with its ``Device``)."""

    def __init__(self, store: Any, hub: HubService, parent: QWidget | None = None, *,
                 ttl_seconds: float = 300) -> None:
        super().__init__(parent)
        from lbp_desktop.storage import devices
        from lbp_desktop.sync import tls
        from lbp_desktop.sync.hub import start_pairing

        self.store = store
        self.setWindowTitle(self.tr("Par ny tablet"))
        self.known = {d.id for d in devices.devices(store)}
        self.info = start_pairing(store, hub_url=hub.pairing_url(), ttl_seconds=ttl_seconds)
        self.device = None
        layout = QHBoxLayout(self)
        layout.setSpacing(theme.SPACING * 2)
        layout.setContentsMargins(theme.SPACING * 2, theme.SPACING * 2, theme.SPACING * 2,
                                  theme.SPACING * 2)
        left_box = QWidget()
        left_box.setMinimumWidth(440)
        left = QVBoxLayout(left_box)
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(theme.SPACING)
        left.addWidget(plain_label(self.tr("Par ny tablet"), role="h1"))
        left.addWidget(plain_label(self.tr(
            "Start tabletten med »lbp-desktop --kiosk --hub ADRESSE«, og skriv koden, adressen "
            "og fingeraftrykket – eller scan QR-koden. Koden virker én gang."), role="muted",
            wrap=True))
        left.addWidget(plain_label(self.tr("Engangskode")))
        self.code_label = plain_label(_group(self.info.code), selectable=True)
        self.code_label.setObjectName("pairing_code")
        self.code_label.setStyleSheet(
            f"font-size: 30pt; font-weight: 700; letter-spacing: 4px; color: {theme.ACCENT_DARK};"
            " font-family: 'DejaVu Sans Mono', monospace;")
        left.addWidget(self.code_label)
        self.countdown = plain_label("", role="muted")
        self.countdown.setObjectName("pairing_countdown")
        left.addWidget(self.countdown)
        left.addWidget(plain_label(self.tr("Adresse")))
        self.url_label = plain_label(self.info.hub_url or "", selectable=True)
        self.url_label.setObjectName("pairing_url")
        self.url_label.setStyleSheet("font-size: 12pt; font-weight: 600;")
        left.addWidget(self.url_label)
        left.addWidget(plain_label(self.tr("Certifikatets fingeraftryk (SHA-256)")))
        formatted = tls.format_fingerprint(self.info.fingerprint)
        self.fingerprint_label = plain_label(formatted, selectable=True, wrap=True)
        self.fingerprint_label.setObjectName("pairing_fingerprint")
        self.fingerprint_label.setStyleSheet("font-family: 'DejaVu Sans Mono', monospace;")
        left.addWidget(self.fingerprint_label)
        left.addWidget(plain_label(self.tr("Tabletten skal mindst have de første 16 tegn: %1")
                                   .replace("%1", formatted[:19]), role="muted", wrap=True))
        self.state = plain_label("", wrap=True)
        self.state.setObjectName("pairing_state")
        left.addWidget(self.state)
        left.addStretch(1)
        close = QPushButton(self.tr("Luk"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        left.addLayout(row)
        layout.addWidget(left_box, 1)
        self.qr = QrWidget(self.info.qr_matrix())
        self.qr.setObjectName("pairing_qr")
        self.qr.setAccessibleName(self.tr("QR-kode til parring"))
        holder = QVBoxLayout()
        holder.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        holder.addWidget(plain_label(self.tr("Scan med tabletten"), role="muted"), 0,
                         Qt.AlignmentFlag.AlignHCenter)
        holder.addStretch(1)
        layout.addLayout(holder)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self.tick()

    @property
    def code(self) -> str:
        return self.info.code

    def done(self, result: int) -> None:
        """Closed (or rejected by the screen lock): stop watching, and a code no tablet has used
        yet stops working at once instead of staying valid for its remaining minutes."""
        from lbp_desktop.storage import devices

        self.timer.stop()
        if self.device is None:
            devices.void_pairing_codes(self.store)
        super().done(result)

    def remaining(self) -> int:
        return max(0, int(self.info.expires_at - time.time() + 0.5))

    def tick(self) -> None:
        from lbp_desktop.storage import devices

        new = [d for d in devices.devices(self.store) if d.id not in self.known]
        if new and self.device is None:
            self.device = new[-1]
            self.timer.stop()
            self.countdown.setText("")
            self.state.setText(self.tr("Tabletten »%1« er parret.").replace("%1",
                                                                          self.device.name))
            self.state.setStyleSheet(f"color: {theme.ACCENT_DARK}; font-weight: 700;")
            self.qr.hide()
            self.paired.emit(self.device)
            return
        left = self.remaining()
        if left <= 0:
            self.timer.stop()
            self.countdown.setText(self.tr("Koden er udløbet. Luk og start en ny parring."))
            self.code_label.setStyleSheet(self.code_label.styleSheet()
                                          + f" color: {theme.TEXT_MUTED};")
            self.qr.hide()
            return
        self.countdown.setText(self.tr("Gyldig i %1:%2 endnu").replace("%1", str(left // 60))
                               .replace("%2", f"{left % 60:02d}"))
