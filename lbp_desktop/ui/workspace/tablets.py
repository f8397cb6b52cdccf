"""Admin → "Tablets og venteværelse": start and stop this PC's tablet service, pair a tablet,
list and revoke paired tablets.

- The service itself is ``hub_service.HubService``; the pairing dialog is ``pairing``.
- ``TabletsPage`` lists paired tablets (``storage.devices``) and revokes them after a
  confirmation; a revoked tablet is refused from its next request.
"""

from __future__ import annotations

import logging
import socket
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lbp_desktop.settings import (
    DEFAULT_HUB_BIND,
    DEFAULT_HUB_PORT,
    hub_settings,
)
from lbp_desktop.ui import theme
from lbp_desktop.ui.common.widgets import literal, plain_label
from lbp_desktop.ui.workspace.hub_service import HubService
from lbp_desktop.ui.workspace.pairing import PairingDialog

log = logging.getLogger(__name__)

class PortEdit(QLineEdit):
    """A port number (0–65535) typed as digits; ``value()``/``setValue()`` like a spin box
    (the theme's spin-box arrows render poorly, and nobody steps through port numbers)."""

    def __init__(self, value: int = DEFAULT_HUB_PORT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtGui import QIntValidator

        self.setValidator(QIntValidator(0, 65535, self))
        self.setValue(value)

    def value(self) -> int:
        try:
            return max(0, min(65535, int(self.text())))
        except ValueError:
            return DEFAULT_HUB_PORT

    def setValue(self, value: int) -> None:
        self.setText(str(int(value)))


def _local_time(stamp: str | None) -> str:
    if not stamp:
        return "–"
    import datetime as dt

    try:
        moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp[:16].replace("T", " ")
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%d.%m.%Y %H:%M")


class TabletsPage(QWidget):
    """The admin tab: the tablet service and the paired tablets."""

    def __init__(self, store: Any, hub: HubService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.hub = hub
        self._devices: list[Any] = []
        self.pairing_dialog: PairingDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.SPACING, theme.SPACING, theme.SPACING, theme.SPACING)
        layout.setSpacing(theme.SPACING)

        service = QGroupBox(self.tr("Tablettjenesten på denne pc"))
        sl = QVBoxLayout(service)
        sl.addWidget(plain_label(self.tr(
            "Tablets i venteværelset henter spørgeskemaet her og sender svarene hertil over "
            "klinikkens netværk (HTTPS). Tjenesten kører, så længe programmet er åbent."),
            role="muted", wrap=True))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        bind, port = hub_settings()
        self.bind_edit = QLineEdit(bind)
        self.bind_edit.setObjectName("hub_bind")
        self.bind_edit.setToolTip(self.tr("0.0.0.0 = alle netværkskort på denne pc"))
        self.port_spin = PortEdit(port)
        self.port_spin.setObjectName("hub_port")
        self.port_spin.setToolTip(self.tr("0 = vælg en ledig port automatisk"))
        self.port_spin.setMaximumWidth(140)
        self.bind_edit.setMaximumWidth(260)
        form.addRow(self.tr("Lyt på adresse"), self.bind_edit)
        form.addRow(self.tr("Port"), self.port_spin)
        self.status_label = plain_label("", wrap=True)
        self.status_label.setObjectName("hub_status")
        form.addRow(self.tr("Status"), self.status_label)
        self.urls_label = plain_label("", selectable=True, wrap=True)
        self.urls_label.setObjectName("hub_urls")
        form.addRow(self.tr("Adresse til tablets"), self.urls_label)
        self.fingerprint_label = plain_label("", selectable=True, wrap=True)
        self.fingerprint_label.setObjectName("hub_fingerprint")
        self.fingerprint_label.setStyleSheet("font-family: 'DejaVu Sans Mono', monospace;")
        form.addRow(self.tr("Certifikatets fingeraftryk"), self.fingerprint_label)
        sl.addLayout(form)
        buttons = QHBoxLayout()
        self.start_button = QPushButton(self.tr("Start tablettjenesten"))
        self.start_button.setObjectName("hub_start")
        self.start_button.setProperty("role", "primary")
        self.start_button.clicked.connect(self.start_hub)
        self.stop_button = QPushButton(self.tr("Stop tablettjenesten"))
        self.stop_button.setObjectName("hub_stop")
        self.stop_button.clicked.connect(self.stop_hub)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        sl.addLayout(buttons)
        layout.addWidget(service)

        tablets = QGroupBox(self.tr("Parrede tablets"))
        tl = QVBoxLayout(tablets)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("devices_table")
        self.table.setHorizontalHeaderLabels([self.tr("Navn"), self.tr("Parret"),
                                              self.tr("Sidst set"), self.tr("Status")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setFrameShape(QFrame.Shape.StyledPanel)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        tl.addWidget(self.table, 1)
        self.empty_label = plain_label(self.tr(
            "Ingen tablets er parret endnu. Start tablettjenesten, og tryk »Par ny tablet …«."),
            role="muted", wrap=True)
        tl.addWidget(self.empty_label)
        row = QHBoxLayout()
        self.pair_button = QPushButton(self.tr("Par ny tablet …"))
        self.pair_button.setObjectName("pair_tablet")
        self.pair_button.clicked.connect(self.pair_tablet)
        self.revoke_button = QPushButton(self.tr("Tilbagekald …"))
        self.revoke_button.setObjectName("revoke_tablet")
        self.revoke_button.clicked.connect(self.revoke_selected)
        refresh = QPushButton(self.tr("Opdatér"))
        refresh.clicked.connect(self.load_devices)
        row.addWidget(self.pair_button)
        row.addWidget(self.revoke_button)
        row.addStretch(1)
        row.addWidget(refresh)
        tl.addLayout(row)
        layout.addWidget(tablets, 1)
        hub.listeners.append(self.update_state)
        self.update_state()
        self.load_devices()

    # -- the service -----------------------------------------------------------------------

    def start_hub(self) -> None:
        bind = self.bind_edit.text().strip() or DEFAULT_HUB_BIND
        try:
            socket.getaddrinfo(bind, None)
        except (OSError, UnicodeError):
            QMessageBox.warning(self, self.tr("Tablettjenesten"), self.tr(
                "»%1« er ikke en gyldig adresse. Brug 0.0.0.0 for alle netværkskort.")
                .replace("%1", bind))
            return
        self.hub.start(bind, self.port_spin.value())

    def stop_hub(self) -> None:
        self.hub.stop()

    def update_state(self) -> None:
        from lbp_desktop.sync import tls

        hub = self.hub
        if hub.busy:
            text = self.tr("Et øjeblik …")
        elif hub.running:
            text = self.tr("Kører – lytter på %1, port %2").replace("%1", hub.bind or "") \
                .replace("%2", str(hub.port))
        elif hub.error:
            text = self.tr("Kunne ikke starte: %1").replace("%1", hub.error)
        else:
            text = self.tr("Stoppet – tablets kan ikke hente spørgeskemaer.")
        self.status_label.setText(text)
        self.status_label.setStyleSheet(
            f"color: {theme.ACCENT_DARK}; font-weight: 700;" if hub.running else
            f"color: {theme.FLAG_ACUTE.bg};" if hub.error and not hub.busy else "")
        self.urls_label.setText("\n".join(hub.urls()) if hub.running else "–")
        try:
            self.fingerprint_label.setText(tls.format_fingerprint(hub.fingerprint()))
        except Exception as exc:
            self.fingerprint_label.setText(str(exc))
        self.bind_edit.setEnabled(not hub.running and not hub.busy)
        self.port_spin.setEnabled(not hub.running and not hub.busy)
        self.start_button.setEnabled(not hub.running and not hub.busy)
        self.stop_button.setEnabled(hub.running and not hub.busy)
        self._update_buttons()

    # -- tablets ---------------------------------------------------------------------------

    def load_devices(self) -> None:
        from lbp_desktop.storage import devices

        self._devices = devices.devices(self.store)
        t = self.table
        t.setRowCount(len(self._devices))
        for r, d in enumerate(self._devices):
            state = (self.tr("Tilbagekaldt %1").replace("%1", _local_time(d.revoked_at))
                     if d.revoked else self.tr("Aktiv"))
            for c, value in enumerate((d.name, _local_time(d.paired_at),
                                       _local_time(d.last_seen_at), state)):
                item = QTableWidgetItem(value)
                if d.revoked:
                    item.setForeground(QColor(theme.TEXT_MUTED))
                t.setItem(r, c, item)
        t.resizeColumnsToContents()
        t.horizontalHeader().setStretchLastSection(True)
        self.table.setVisible(bool(self._devices))
        self.empty_label.setVisible(not self._devices)
        self._update_buttons()

    def selected_device(self) -> Any:
        row = self.table.currentRow()
        if row < 0 or row >= len(self._devices) or not self.table.selectionModel().hasSelection():
            return None
        return self._devices[row]

    def _update_buttons(self) -> None:
        device = self.selected_device()
        self.revoke_button.setEnabled(device is not None and not device.revoked)
        self.pair_button.setEnabled(self.hub.running)
        self.pair_button.setToolTip("" if self.hub.running else
                                    self.tr("Start tablettjenesten først."))

    def pair_tablet(self) -> PairingDialog | None:
        if not self.hub.running:
            return None
        if self.pairing_dialog is not None:  # the last one (closed): not kept for ever
            self.pairing_dialog.deleteLater()
        dialog = PairingDialog(self.store, self.hub, self)
        dialog.paired.connect(lambda _device: self.load_devices())
        dialog.finished.connect(lambda _result: self.load_devices())
        self.pairing_dialog = dialog
        dialog.open()
        return dialog

    def revoke_selected(self, *, confirm: bool = True) -> bool:
        from lbp_desktop.storage import devices

        device = self.selected_device()
        if device is None or device.revoked:
            return False
        if confirm:
            answer = QMessageBox.question(
                self, self.tr("Tilbagekald tablet"),
                literal(self.tr("Tilbagekald »%1«? Tabletten afvises fra sin næste forespørgsel og "
                                "skal parres igen for at kunne bruges. Svar, den endnu ikke har "
                                "sendt, bliver liggende på tabletten.").replace("%1", device.name)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        devices.revoke(self.store, device.id)
        self.load_devices()
        return True
