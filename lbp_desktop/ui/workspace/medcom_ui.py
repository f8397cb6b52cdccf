"""MedCom in the workspace: SOR/EAN fields, the letter's send panel, the worklist's state words.

- ``AddressFields``: SOR id + EAN location number with their checks (setup wizard, administration,
  registration). Empty is allowed when saving; the send panel then says what is missing.
- ``MedcomPanel``: on the episode, under the header, once the GP letter is approved — the
  recipient (clinic name, SOR, EAN), the message state (not sent, sent, acknowledged, failed with
  MedCom's error text) and "Send til egen læge (MedCom)". It reads the inbox's Acknowledgements
  each time it is shown. A refusal (acute red flag, missing address) is shown instead of a button.
- ``state_text``: the worklist's words for a message state.

The rules live in ``lbp_desktop.interop.medcom.send``; this module only shows them.
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lbp_desktop.interop.medcom.identifiers import (
    IdentifierError,
    is_test_value,
    normalize_ean,
    normalize_sor,
)
from lbp_desktop.ui import theme
from lbp_desktop.ui.common.widgets import plain_label

translate = QCoreApplication.translate  # lupdate reads translate("MedCom", "…") calls


def state_text(state: str | None) -> str:
    """Short Danish words for a message state (worklist, panel)."""
    words = {
        "not_sent": translate("MedCom", "ikke sendt"),
        "sent": translate("MedCom", "sendt, afventer kvittering"),
        "acknowledged": translate("MedCom", "modtaget (kvitteret)"),
        "transient": translate("MedCom", "midlertidig fejl"),
        "failed": translate("MedCom", "afvist"),
    }
    return words.get(state or "", "")


def short_state_text(state: str | None) -> str:
    """The worklist's status cell for an episode whose GP letter went by MedCom."""
    words = {
        "sent": translate("MedCom", "MedCom: sendt"),
        "acknowledged": translate("MedCom", "MedCom: kvitteret"),
        "transient": translate("MedCom", "MedCom: fejl, send igen"),
        "failed": translate("MedCom", "MedCom: afvist"),
    }
    return words.get(state or "", "")


def identifier_message(exc: IdentifierError) -> str:
    """The Danish one-line message for a bad SOR id or EAN number."""
    what = (translate("MedCom", "SOR-id") if exc.kind == "sor"
            else translate("MedCom", "EAN-lokationsnummer"))
    if exc.reason == "missing":
        return translate("MedCom", "%1 mangler.").replace("%1", what)
    if exc.reason == "format":
        return (translate("MedCom", "%1 skal være 6–18 cifre.") if exc.kind == "sor"
                else translate("MedCom", "%1 skal være 13 cifre.")).replace("%1", what)
    return translate("MedCom", "%1 har et forkert kontrolciffer – tjek tallet.").replace("%1", what)


class AddressFields(QWidget):
    """SOR id and EAN location number, checked; ``values()`` gives them normalised."""

    def __init__(self, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setSpacing(theme.SPACING)
        self.sor = QLineEdit()
        self.sor.setObjectName(f"{prefix}_sor")
        self.sor.setPlaceholderText(translate("MedCom", "fx 265161000016000"))
        self.ean = QLineEdit()
        self.ean.setObjectName(f"{prefix}_ean")
        self.ean.setPlaceholderText(translate("MedCom", "13 cifre, fx 5790000209354"))
        self.error = plain_label("", wrap=True)
        self.error.setObjectName(f"{prefix}_address_error")
        self.error.setStyleSheet(f"color:{theme.FLAG_ACUTE.bg};")
        form.addRow(translate("MedCom", "SOR-id"), self.sor)
        form.addRow(translate("MedCom", "EAN-lokationsnummer"), self.ean)
        form.addRow("", self.error)

    def set_values(self, sor: str, ean: str) -> None:
        self.sor.setText(sor)
        self.ean.setText(ean)

    def values(self) -> tuple[str, str] | None:
        """(sor, ean) normalised ("" where left empty), or None after showing the problem."""
        out = []
        for field, check in ((self.sor, normalize_sor), (self.ean, normalize_ean)):
            text = field.text().strip()
            if not text:
                out.append("")
                continue
            try:
                out.append(check(text))
            except IdentifierError as exc:
                self.error.setText(identifier_message(exc))
                field.setFocus()
                return None
        self.error.setText("")
        return out[0], out[1]


class FolderFields(QWidget):
    """The outbox and inbox folders shared with the clinic's VANS client (administration)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.outbox = QLineEdit()
        self.outbox.setObjectName("medcom_outbox")
        self.inbox = QLineEdit()
        self.inbox.setObjectName("medcom_inbox")
        for label, edit in ((translate("MedCom", "MedCom-udbakke"), self.outbox),
                            (translate("MedCom", "MedCom-indbakke"), self.inbox)):
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            browse = QPushButton(translate("MedCom", "Vælg …"))
            browse.clicked.connect(lambda _=False, e=edit: self._browse(e))
            row.addWidget(browse)
            form.addRow(label, row)
        self.error = plain_label("", wrap=True)
        self.error.setObjectName("medcom_folder_error")
        self.error.setStyleSheet(f"color:{theme.FLAG_ACUTE.bg};")
        form.addRow("", self.error)

    def _browse(self, edit: QLineEdit) -> None:
        from PySide6.QtWidgets import QFileDialog

        title = translate("MedCom", "Vælg mappe")
        chosen = QFileDialog.getExistingDirectory(self, title, edit.text())
        if chosen:
            edit.setText(chosen)

    def values(self) -> tuple[str, str] | None:
        from pathlib import Path

        out = (self.outbox.text().strip(), self.inbox.text().strip())
        for folder in out:
            if folder and not Path(folder).is_dir():
                text = translate("MedCom", "Mappen %1 findes ikke.")
                self.error.setText(text.replace("%1", folder))
                return None
        self.error.setText("")
        return out


class MedcomPanel(QFrame):
    """The GP letter's MedCom state and its send button (hidden until a GP letter is approved)."""

    changed = Signal(str)  # episode id, after a send

    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.episode_id = ""
        self.setObjectName("medcom_panel")
        self.setStyleSheet(f"#medcom_panel {{ border:1px solid {theme.BORDER};"
                           f" border-radius:{theme.RADIUS}px; background:white; }}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        texts = QVBoxLayout()
        self.recipient = plain_label("", wrap=True)
        self.recipient.setObjectName("medcom_recipient")
        self.state = plain_label("", role="muted", wrap=True)
        self.state.setObjectName("medcom_state")
        texts.addWidget(self.recipient)
        texts.addWidget(self.state)
        layout.addLayout(texts, 1)
        self.send_button = QPushButton(translate("MedCom", "Send til egen læge (MedCom)"))
        self.send_button.setObjectName("medcom_send")
        self.send_button.clicked.connect(self.send)
        layout.addWidget(self.send_button)
        self.hide()

    def load(self, episode_id: str) -> None:
        from lbp_desktop.interop.medcom import send as medcom
        from lbp_desktop.interop.medcom.files import FolderError

        self.episode_id = episode_id
        with contextlib.suppress(FolderError):  # the state below is still what we know
            medcom.read_inbox(self.store)
        letter = medcom.latest_gp_letter(self.store, episode_id)
        if letter is None:
            self.hide()
            return
        self.show()
        self._fill(letter)

    def _recipient_text(self) -> tuple[str, str | None]:
        from lbp_desktop.interop.medcom import send as medcom

        try:
            org = medcom.receiver(self.store, self.episode_id)
        except medcom.MedcomRefusal:
            return translate("MedCom", "Modtager: egen læge – SOR-id eller "
                                       "EAN-lokationsnummer mangler (ret henvisningen)."), \
                "no_gp_address"
        def shown(value: str) -> str:
            mark = translate("MedCom", "(testværdi)")
            return value + (" " + mark if is_test_value(value) else "")

        return (translate("MedCom", "Modtager: %1 · SOR %2 · EAN %3").replace("%1", org.name)
                .replace("%2", shown(org.sor)).replace("%3", shown(org.ean))), None

    def _fill(self, letter: Any) -> None:
        from lbp_desktop.interop.medcom import send as medcom

        recipient, _ = self._recipient_text()
        self.recipient.setText(recipient)
        status = medcom.letter_status(self.store, letter.id)
        line = translate("MedCom", "Epikrise til egen læge, version %1 – MedCom: %2").replace(
            "%1", str(letter.version)).replace("%2", state_text(status.state))
        if status.error:
            line += " – " + status.error
        refusal = self._refusal()
        if refusal and status.state in ("not_sent", "failed"):
            line += "\n" + refusal
        self.state.setText(line)
        can_send = status.state in ("not_sent", "failed", "transient") and not refusal
        self.send_button.setText(translate("MedCom", "Send igen (MedCom)") if status.state in
                                 ("failed", "transient") else
                                 translate("MedCom", "Send til egen læge (MedCom)"))
        self.send_button.setVisible(status.state in ("not_sent", "failed", "transient"))
        self.send_button.setEnabled(can_send)

    def _refusal(self) -> str:
        from lbp_desktop.interop.medcom import send as medcom

        try:
            medcom.check_sendable(self.store, self.episode_id)
        except medcom.MedcomRefusal as exc:
            return refusal_text(exc.reason)
        if not self.store.medcom_folders().outbox:
            return refusal_text("no_outbox")
        return ""

    def send(self) -> None:
        from lbp_desktop.interop.medcom import send as medcom
        from lbp_desktop.interop.medcom.files import FolderError
        from lbp_desktop.storage.errors import StorageError

        letter = medcom.latest_gp_letter(self.store, self.episode_id)
        if letter is None:
            return
        status = medcom.letter_status(self.store, letter.id)
        try:
            if status.state == "transient" and status.message_id:
                medcom.resend_unchanged(self.store, status.message_id)
            else:
                medcom.send(self.store, self.episode_id)
        except medcom.MedcomRefusal as exc:
            self.state.setText(refusal_text(exc.reason))
            return
        except (FolderError, StorageError) as exc:
            self.state.setText(translate("MedCom", "Ikke sendt: %1").replace("%1", str(exc)))
            return
        self._fill(letter)
        self.changed.emit(self.episode_id)


def refusal_text(reason: str) -> str:
    words = {
        "acute": translate("MedCom", "Akut rødt flag: brug den akutte vej (telefon eller "
                                     "akut henvisning). En korrespondancemeddelelse må ikke "
                                     "bruges til akutte forhold."),
        "no_letter": translate("MedCom", "Der er ingen godkendt epikrise til egen læge."),
        "no_gp_address": translate("MedCom", "Egen læges SOR-id eller EAN-lokationsnummer "
                                             "mangler – ret henvisningen."),
        "no_clinic_address": translate("MedCom", "Klinikkens SOR-id eller "
                                                 "EAN-lokationsnummer mangler – se "
                                                 "Administration."),
        "already_sent": translate("MedCom", "Denne version af epikrisen er allerede sendt."),
        "no_outbox": translate("MedCom", "Der er ingen udbakke-mappe til MedCom – se "
                                         "Administration."),
    }
    return words.get(reason, reason)


def medcom_states(store: Any, episode_ids: list[str]) -> dict[str, str]:
    """The latest message state per episode (for the worklist's status column)."""
    return dict(store.medcom_latest_states(episode_ids))


__all__ = ["AddressFields", "FolderFields", "MedcomPanel", "identifier_message", "medcom_states",
           "refusal_text", "short_state_text", "state_text"]
