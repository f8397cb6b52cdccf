"""Admin → "Tablets og venteværelse": the in-process tablet service, pairing, paired tablets.

- ``HubService`` owns the ``HubServer`` (HTTPS, its own thread) for this PC's database. Bind
  address and port are settings of this PC (``settings.ini``: ``hub/bind``, ``hub/port``).
  Starting and stopping run off the GUI thread; ``changed`` is emitted afterwards.
- ``PairingDialog`` shows a one-time code (``start_pairing``) with a countdown to its expiry,
  the hub address, the certificate fingerprint and a QR code painted from ``qr_matrix()``.
- ``TabletsPage`` lists paired tablets (``storage.devices``) and revokes them after a
  confirmation; a revoked tablet is refused from its next request.

The episode screen's "Send til venteværelsets tablet" offers the questionnaire to the tablets with
the same core call as ``lbp-desktop handover`` (``Store.start_response(..., device="tablet")``).
"""

from __future__ import annotations

import contextlib
import logging
import socket
import time
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lbp_desktop.ui import theme
from lbp_desktop.ui.common.tasks import run_in_background
from lbp_desktop.ui.common.widgets import literal, plain_label

log = logging.getLogger(__name__)

DEFAULT_BIND = "0.0.0.0"
DEFAULT_PORT = 8443
HANDOVER_DEVICE = "tablet"
"""``Store.start_response(device=...)`` for a questionnaire offered to every paired tablet (as
``lbp-desktop handover`` without ``--device``)."""


def hub_settings() -> tuple[str, int]:
    from lbp_desktop.ui.workspace.admin import _settings

    settings = _settings()
    bind = str(settings.value("hub/bind", DEFAULT_BIND) or DEFAULT_BIND).strip()
    try:
        port = int(settings.value("hub/port", DEFAULT_PORT))
    except (TypeError, ValueError):
        port = DEFAULT_PORT
    return bind or DEFAULT_BIND, port if 0 <= port <= 65535 else DEFAULT_PORT


def save_hub_settings(bind: str, port: int) -> None:
    from lbp_desktop.ui.workspace.admin import _settings

    settings = _settings()
    settings.setValue("hub/bind", bind)
    settings.setValue("hub/port", int(port))
    settings.sync()


def local_addresses() -> list[str]:
    """This PC's IPv4 addresses on the clinic network, the most likely one first."""
    found: list[str] = []
    try:  # the address of the interface with the default route; no packet is sent
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("192.0.2.1", 9))
            found.append(probe.getsockname()[0])
    except OSError:
        pass
    with contextlib.suppress(OSError):
        found += socket.gethostbyname_ex(socket.gethostname())[2]
    out: list[str] = []
    for address in found:
        if address not in out and not address.startswith("127."):
            out.append(address)
    return out


def hub_urls(bind: str, port: int) -> list[str]:
    """The addresses a tablet can use to reach a hub listening on ``bind:port``."""
    if bind not in ("0.0.0.0", "::", ""):
        host = f"[{bind}]" if ":" in bind else bind
        return [f"https://{host}:{port}"]
    urls = [f"https://{address}:{port}" for address in local_addresses()]
    try:
        name = socket.gethostname()
    except OSError:  # pragma: no cover
        name = ""
    if name:
        urls.append(f"https://{name}:{port}")
    return urls or [f"https://127.0.0.1:{port}"]


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
        bind, port = hub_settings()
        return hub_urls(bind, port)[0]

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


class PortEdit(QLineEdit):
    """A port number (0–65535) typed as digits; ``value()``/``setValue()`` like a spin box
    (the theme's spin-box arrows render poorly, and nobody steps through port numbers)."""

    def __init__(self, value: int = DEFAULT_PORT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtGui import QIntValidator

        self.setValidator(QIntValidator(0, 65535, self))
        self.setValue(value)

    def value(self) -> int:
        try:
            return max(0, min(65535, int(self.text())))
        except ValueError:
            return DEFAULT_PORT

    def setValue(self, value: int) -> None:
        self.setText(str(int(value)))


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
        bind = self.bind_edit.text().strip() or DEFAULT_BIND
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
