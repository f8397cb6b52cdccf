"""``lbp-desktop --kiosk --hub URL``: the waiting-room tablet as a paired client of a hub.

``HubKiosk.start()`` checks whether this tablet is paired with the hub. If not, it shows
``PairingWindow`` (the kiosk's look; hub address prefilled, the 8-digit one-time code, the
certificate fingerprint — at least its first 16 hex digits — and the tablet's name), which calls
``TabletClient.pair`` off the GUI thread and explains a failure in Danish (wrong code, hub not
answering, fingerprint mismatch). Once paired it connects (``tablet_for_kiosk``, also off the GUI
thread) and shows ``KioskWindow`` waiting for staff, with the session list fetched in the
background. ``close()`` stops the delivery thread; queued answers stay in the encrypted outbox.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTranslator, Signal
from PySide6.QtWidgets import QLineEdit, QStackedWidget, QVBoxLayout, QWidget

from lbp_desktop.ui.common.tasks import run_in_background
from lbp_desktop.ui.kiosk.screens import Retranslated, _Scaffold, button, retext
from lbp_desktop.ui.kiosk.style import stylesheet
from lbp_desktop.ui.kiosk.widgets import accessible, wrap_label

log = logging.getLogger(__name__)

CODE_DIGITS = 8
MIN_FINGERPRINT = 16


def _hex(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch not in " :-\t\n")


class PairingWindow(Retranslated):
    """Pair this tablet with the practice PC (the hub). See the module docstring.

    ``pair_fn(hub_url, code, fingerprint, name)`` does the pairing (blocking; run in the thread
    pool) and returns the device id. ``paired(hub_url)`` is emitted on success.
    """

    paired = Signal(str)
    quit_clicked = Signal()

    def __init__(self, pair_fn: Callable[[str, str, str, str], Any], *, hub_url: str = "",
                 name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KioskPairing")
        self.pair_fn = pair_fn
        self.busy = False
        self.setWindowTitle("LBP")
        self.stack = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self.form = QWidget()
        page = _Scaffold(self.form)
        # the page's height follows its width (wrapped labels), not the minimum-width worst
        # case: no needless scroll bar at 1280 × 800; it still scrolls when it does not fit
        page.scroll.widget().setMinimumHeight(1)
        self.title = wrap_label("", "title")
        self.intro = wrap_label("", "muted")
        page.content.addWidget(self.title)
        page.content.addWidget(self.intro)
        self.hub_label = wrap_label("")
        self.hub = QLineEdit(hub_url)
        self.hub.setPlaceholderText("https://192.168.1.20:8443")
        self.hub.textEdited.connect(self._maybe_qr)
        self.code_label = wrap_label("")
        self.code = QLineEdit()
        self.code.setPlaceholderText("1234 5678")
        self.code.setMaxLength(12)
        self.code.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.fingerprint_label = wrap_label("")
        self.fingerprint = QLineEdit()
        self.fingerprint.setPlaceholderText("d3d0 57b6 b7ad fefd")
        self.name_label = wrap_label("")
        self.name = QLineEdit(name or _default_name())
        self.name.setMaxLength(80)
        page.content.setSpacing(14)
        for label, field in ((self.hub_label, self.hub), (self.code_label, self.code),
                             (self.fingerprint_label, self.fingerprint),
                             (self.name_label, self.name)):
            label.setBuddy(field)
            pair = QVBoxLayout()
            pair.setSpacing(4)
            pair.addWidget(label)
            pair.addWidget(field)
            page.content.addLayout(pair)
        self.message = wrap_label("", "error")
        self.message.hide()
        page.content.addWidget(self.message)
        page.content.addStretch(1)
        self.quit_button = button("", "quiet")
        self.quit_button.clicked.connect(self.quit_clicked)
        self.pair_button = button("", "primary")
        self.pair_button.clicked.connect(self.submit)
        for field in (self.hub, self.code, self.fingerprint, self.name):
            field.returnPressed.connect(self.submit)
        page.footer.addWidget(self.quit_button)
        page.footer.addStretch(1)
        page.footer.addWidget(self.pair_button)
        self.stack.addWidget(self.form)

        self.wait_page = QWidget()
        wait = _Scaffold(self.wait_page)
        wait.content.addStretch(1)
        self.wait_title = wrap_label("", "title", align=Qt.AlignmentFlag.AlignCenter)
        self.wait_text = wrap_label("", "muted", align=Qt.AlignmentFlag.AlignCenter)
        wait.content.addWidget(self.wait_title)
        wait.content.addWidget(self.wait_text)
        wait.content.addStretch(2)
        self.stack.addWidget(self.wait_page)

        self.setStyleSheet(stylesheet(1.0, False) + "QWidget#KioskPairing { background: "
                           "#F4F6F8; }")
        self.translator = self._install_translator()
        self.retranslate()
        (self.code if hub_url else self.hub).setFocus()

    def _install_translator(self) -> QTranslator | None:
        """The kiosk's English with ``--lang en`` (the app installs only the workspace's);
        removed again when this window goes."""
        from PySide6.QtCore import QCoreApplication

        from lbp_desktop.ui.common import texts
        from lbp_desktop.ui.kiosk.window import translation_file

        app = QCoreApplication.instance()
        if app is None or texts.lang() != "en":
            return None
        translator = QTranslator(self)
        if not translator.load(translation_file()):
            return None
        app.installTranslator(translator)
        return translator

    def retranslate(self) -> None:
        retext(self.title, self.tr("Forbind tabletten med praksis-pc'en"))
        retext(self.intro, self.tr(
            "Start parringen på praksis-pc'en (Administration → Tablets og venteværelse → Par ny "
            "tablet) og skriv det, der står der. Det gøres kun én gang."))
        retext(self.hub_label, self.tr("Praksis-pc'ens adresse"))
        accessible(self.hub, self.tr("Praksis-pc'ens adresse"))
        retext(self.code_label, self.tr("Engangskode (8 cifre)"))
        accessible(self.code, self.tr("Engangskode (8 cifre)"))
        retext(self.fingerprint_label,
               self.tr("Certifikatets fingeraftryk (mindst de første 16 tegn)"))
        accessible(self.fingerprint, self.tr("Certifikatets fingeraftryk"))
        retext(self.name_label, self.tr("Tablettens navn"))
        accessible(self.name, self.tr("Tablettens navn"))
        retext(self.pair_button, self.tr("Forbind"))
        retext(self.quit_button, self.tr("Afslut"))

    # -- input -----------------------------------------------------------------------------

    def _maybe_qr(self, text: str) -> None:
        """A scanned/pasted QR payload in the address field fills all three fields."""
        if not text.startswith("lbp-desktop-pair:?"):
            return
        from lbp_desktop.sync.hub import parse_qr_payload

        try:
            fields = parse_qr_payload(text.strip())
        except ValueError:
            return
        self.hub.setText(fields.get("hub", ""))
        self.code.setText(fields.get("code", ""))
        self.fingerprint.setText(fields.get("fp", ""))

    def check(self) -> tuple[str, str, str, str] | str:
        """The cleaned fields, or a Danish message saying what is wrong."""
        from urllib.parse import urlsplit

        url = self.hub.text().strip().rstrip("/")
        try:
            parts = urlsplit(url)
            parts.port  # noqa: B018 - raises on a bad port
        except ValueError:
            parts = None
        if parts is None or parts.scheme != "https" or not parts.hostname:
            return self.tr("Adressen skal se sådan ud: https://ADRESSE:PORT "
                           "(for eksempel https://192.168.1.20:8443).")
        code = "".join(ch for ch in self.code.text() if not ch.isspace())
        if not (code.isdigit() and len(code) == CODE_DIGITS):
            return self.tr("Engangskoden er 8 cifre. Den står på praksis-pc'en.")
        fp = _hex(self.fingerprint.text())
        if len(fp) < MIN_FINGERPRINT or any(ch not in "0123456789abcdef" for ch in fp):
            return self.tr("Skriv mindst de første 16 tegn af fingeraftrykket (0–9 og a–f), "
                           "som de står på praksis-pc'en.")
        name = self.name.text().strip()
        if not name:
            return self.tr("Giv tabletten et navn, fx »Venteværelse«.")
        return url, code, fp, name

    def submit(self) -> None:
        if self.busy:
            return
        checked = self.check()
        if isinstance(checked, str):
            self.show_error(checked)
            return
        url, code, fp, name = checked
        self.show_waiting(self.tr("Forbinder …"),
                          self.tr("Tabletten kontrollerer praksis-pc'ens certifikat."))
        run_in_background(self, lambda: self.pair_fn(url, code, fp, name),
                          lambda _device: self._paired(url), self._failed)

    def _paired(self, url: str) -> None:
        self.busy = False
        self.code.clear()
        self.paired.emit(url)

    def _failed(self, exc: BaseException) -> None:
        self.show_error(self.error_text(exc))
        self.code.clear()

    def error_text(self, exc: BaseException) -> str:
        from lbp_desktop.sync.client import (
            HubUnreachable,
            PairingError,
            PinMismatchError,
            SyncError,
        )

        text = str(exc)
        if isinstance(exc, PinMismatchError):
            return self.tr("Fingeraftrykket passer ikke med praksis-pc'ens certifikat. "
                           "Kontrollér adressen og fingeraftrykket. Intet er sendt.")
        if isinstance(exc, HubUnreachable):
            return self.tr("Praksis-pc'en svarer ikke på {url}. Kontrollér adressen, at "
                           "tablettjenesten er startet, og at tabletten er på klinikkens "
                           "netværk.").format(url=self.hub.text().strip())
        if isinstance(exc, PairingError):
            if "too many" in text:
                return self.tr("For mange forkerte koder. Vent et minut, og start så en ny "
                               "parring på praksis-pc'en.")
            return self.tr("Koden er forkert, udløbet eller allerede brugt. Start en ny parring "
                           "på praksis-pc'en, og skriv den nye kode.")
        if isinstance(exc, SyncError):
            return self.tr("Forbindelsen mislykkedes: {error}").format(error=text)
        log.error("pairing failed", exc_info=exc)
        return self.tr("Uventet fejl: {error}").format(error=text or type(exc).__name__)

    # -- states ----------------------------------------------------------------------------

    def show_form(self) -> None:
        self.busy = False
        self.stack.setCurrentWidget(self.form)

    def show_waiting(self, title: str, text: str = "") -> None:
        self.busy = True
        retext(self.wait_title, title)
        retext(self.wait_text, text)
        self.stack.setCurrentWidget(self.wait_page)

    def show_connecting(self) -> None:
        self.show_waiting(self.tr("Forbinder …"),
                          self.tr("Henter spørgeskemaerne fra praksis-pc'en."))

    def show_error(self, text: str) -> None:
        self.show_form()
        retext(self.message, text)
        self.message.setVisible(bool(text))

    def error_shown(self) -> str:
        return self.message.text() if self.message.isVisible() else ""


def _default_name() -> str:
    try:
        return socket.gethostname() or "Venteværelse"
    except OSError:  # pragma: no cover
        return "Venteværelse"


class HubKiosk(QObject):
    """Pairing (when needed), connecting and the kiosk window for ``--kiosk --hub``."""

    ready = Signal(object)
    """Emitted with the ``KioskWindow`` once it is shown."""
    quit_requested = Signal()

    def __init__(self, hub_url: str | None, forms: Any, *, folder: Path | str | None = None,
                 lock: bool = True, kiosk_options: dict[str, Any] | None = None,
                 client_options: dict[str, Any] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hub_url = (hub_url or "").rstrip("/") or None
        self.forms = forms
        self.folder = folder
        self.lock = lock
        self.kiosk_options = kiosk_options or {}
        self.client_options = client_options or {}
        self.client: Any = None
        self.store: Any = None
        self.kiosk: Any = None
        self.pairing: PairingWindow | None = None
        self.closed = False
        """Set by ``close()``: a connection still being made is closed again."""

    def _new_client(self) -> Any:
        from lbp_desktop.sync.client import TabletClient

        return TabletClient(self.folder, forms=self.forms, **self.client_options)

    def start(self) -> None:
        probe = self._new_client()
        try:
            paired = probe.paired and (self.hub_url is None or probe.hub_url == self.hub_url)
            known = probe.hub_url
        finally:
            probe.close()
        if paired:
            self.connect_hub()
        else:
            self.show_pairing(self.hub_url or known or "")

    def show_pairing(self, hub_url: str) -> PairingWindow:
        def pair(url: str, code: str, fp: str, name: str) -> str:
            client = self._new_client()
            try:
                return client.pair(url, code, fp, name=name)
            finally:
                client.close()

        self.pairing = PairingWindow(pair, hub_url=hub_url)
        self.pairing.paired.connect(self._paired)
        self.pairing.quit_clicked.connect(self.quit_requested)
        self.pairing.resize(1280, 800)
        if self.lock:
            self.pairing.showMaximized()
        else:
            self.pairing.show()
        return self.pairing

    def _paired(self, url: str) -> None:
        self.hub_url = url
        self.connect_hub()

    def connect_hub(self) -> None:
        from lbp_desktop.sync.client import tablet_for_kiosk

        if self.pairing is not None:
            self.pairing.show_connecting()

        def connect() -> tuple[Any, Any]:
            client, store = tablet_for_kiosk(self.hub_url, folder=self.folder, forms=self.forms)
            if self.closed:  # quitting meanwhile: stop its delivery thread, nobody else will
                client.close()
                return None
            for name, value in self.client_options.items():
                setattr(client, name, value)
            return client, store

        run_in_background(self, connect, self._connected, self._connect_failed)

    def _connect_failed(self, exc: BaseException) -> None:
        window = self.pairing or self.show_pairing(self.hub_url or "")
        window.show_error(window.error_text(exc))

    def _connected(self, result: tuple[Any, Any] | None) -> None:
        from lbp_desktop.ui.kiosk.window import KioskWindow

        if result is None:
            return
        if self.closed:
            result[0].close()
            return
        self.client, self.store = result
        options = {"lock": self.lock, "background_io": True, **self.kiosk_options}
        self.kiosk = KioskWindow(self.store, self.client.forms, **options)
        self.kiosk.exit_requested.connect(lambda _user: self.quit_requested.emit())
        self.kiosk.show_waiting()
        self.kiosk.show()
        if self.pairing is not None:
            self.pairing.close()
            self.pairing.deleteLater()
            self.pairing = None
        self.ready.emit(self.kiosk)

    def close(self) -> None:
        """Stop delivery (queued answers stay in the encrypted outbox for the next start)."""
        self.closed = True
        if self.pairing is not None:
            self.pairing.close()
            self.pairing.deleteLater()
            self.pairing = None
        if self.kiosk is not None:
            self.kiosk.release()
            self.kiosk.close()
        if self.client is not None:
            self.client.close()
            self.client = None
