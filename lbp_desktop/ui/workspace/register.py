"""Register a patient and a new episode (forløb) from a GP referral.

The CPR is checked with ``lbp_desktop.domain.cpr`` (date and century; never modulus 11;
replacement numbers accepted). An existing CPR opens the existing patient: the dialog then only
adds a new episode for them, never a duplicate patient.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lbp_desktop.ui import theme
from lbp_desktop.ui.common.widgets import plain_label


class RegisterDialog(QDialog):
    """On accept, ``episode_id`` and ``patient_id`` hold what was created/used."""

    def __init__(self, store: Any, *, default_clinician_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.episode_id: str | None = None
        self.patient_id: str | None = None
        self.existing = None
        self.parsed = None
        self.setWindowTitle(self.tr("Registrér patient og henvisning"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.SPACING * 2, theme.SPACING * 2, theme.SPACING * 2,
                                  theme.SPACING * 2)
        layout.setSpacing(theme.SPACING)
        layout.addWidget(plain_label(self.tr("Registrér patient og henvisning"), role="h1"))

        form = QFormLayout()
        form.setSpacing(theme.SPACING - 2)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.cpr = QLineEdit()
        self.cpr.setObjectName("cpr")
        self.cpr.setPlaceholderText(self.tr("DDMMÅÅ-XXXX"))
        self.cpr.setMaxLength(11)
        self.cpr_message = plain_label("", wrap=True)
        self.cpr_message.setObjectName("cpr_message")
        self.name = QLineEdit()
        self.name.setObjectName("name")
        form.addRow(self.tr("CPR-nummer"), self.cpr)
        form.addRow("", self.cpr_message)
        form.addRow(self.tr("Navn"), self.name)
        layout.addLayout(form)

        layout.addWidget(plain_label(self.tr("Henvisning"), role="h2"))
        ref = QFormLayout()
        ref.setSpacing(theme.SPACING - 2)
        ref.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.gp_name = QLineEdit()
        self.gp_clinic = QLineEdit()
        self.gp_address = QLineEdit()
        self.referral_date = QDateEdit(QDate.currentDate())
        self.referral_date.setCalendarPopup(True)
        self.referral_date.setDisplayFormat("dd.MM.yyyy")
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(70)
        self.clinician = QComboBox()
        self.clinician.addItem(self.tr("(ingen endnu)"), None)
        for user in store.users():
            if user.role in ("clinician", "admin") and user.active:
                self.clinician.addItem(user.name, user.id)
        if default_clinician_id:
            i = self.clinician.findData(default_clinician_id)
            if i >= 0:
                self.clinician.setCurrentIndex(i)
        self.caseworker = QLineEdit()
        self.caseworker.setPlaceholderText(self.tr("Navn, kommune (valgfrit)"))
        ref.addRow(self.tr("Egen læge"), self.gp_name)
        ref.addRow(self.tr("Lægens klinik"), self.gp_clinic)
        ref.addRow(self.tr("Klinikkens adresse"), self.gp_address)
        from lbp_desktop.ui.workspace.medcom_ui import AddressFields

        self.gp_ids = AddressFields("gp")  # MedCom address, for sending the epikrise
        ref.addRow(self.tr("Klinikkens MedCom-adresse"), self.gp_ids)
        ref.addRow(self.tr("Henvisningsdato"), self.referral_date)
        ref.addRow(self.tr("Henvisningsårsag"), self.reason)
        ref.addRow(self.tr("Behandler"), self.clinician)
        ref.addRow(self.tr("Sagsbehandler"), self.caseworker)
        layout.addLayout(ref)

        self.error = plain_label("", wrap=True)
        self.error.setStyleSheet(f"color:{theme.FLAG_ACUTE.bg};")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = QPushButton(self.tr("Annullér"))
        cancel.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Registrér"))
        self.save_button.setObjectName("save")
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.cpr.textChanged.connect(self.check_cpr)
        self.check_cpr()

    # -- CPR ---------------------------------------------------------------------------------
    def cpr_error_text(self, reason: str) -> str:
        return {
            "format": self.tr("CPR-nummeret skal have formen DDMMÅÅ-XXXX (10 tegn)."),
            "date": self.tr("Fødselsdatoen i CPR-nummeret findes ikke."),
            "future": self.tr("Fødselsdatoen i CPR-nummeret ligger i fremtiden."),
        }.get(reason, self.tr("CPR-nummeret er ugyldigt."))

    def _message(self, text: str, kind: str) -> None:
        colour = {"error": theme.FLAG_ACUTE.bg, "info": theme.ACCENT, "muted": theme.TEXT_MUTED}
        self.cpr_message.setStyleSheet(f"color:{colour[kind]};")
        self.cpr_message.setText(text)
        self.cpr.setProperty("invalid", kind == "error")
        self.cpr.style().unpolish(self.cpr)
        self.cpr.style().polish(self.cpr)

    def check_cpr(self) -> bool:
        from lbp_desktop.domain.cpr import CprError, parse_cpr

        text = self.cpr.text().strip()
        self.parsed = None
        was_existing = self.existing is not None
        self.existing = None
        if not text:
            self._message(self.tr("Skriv CPR-nummer eller erstatnings-CPR."), "muted")
            self._unlock_name(was_existing)
            return False
        try:
            parsed = parse_cpr(text)
        except CprError as exc:
            complete = len(text.replace("-", "")) >= 10
            self._message(self.cpr_error_text(exc.reason) if complete else
                          self.tr("Skriv alle 10 tegn."), "error" if complete else "muted")
            self._unlock_name(was_existing)
            return False
        self.parsed = parsed
        sex = {"male": self.tr("mand"), "female": self.tr("kvinde")}.get(parsed.sex or "",
                                                                         self.tr("køn ukendt"))
        info = self.tr("Født %1, %2").replace("%1", parsed.birth_date.strftime("%d.%m.%Y")) \
            .replace("%2", sex)
        if parsed.replacement:
            info += " · " + self.tr("erstatnings-CPR")
        existing = self.store.find_patient_by_cpr(parsed.formatted)
        if existing is not None:
            self.existing = existing
            self.name.setText(existing.name)
            self.name.setReadOnly(True)
            info += "\n" + self.tr("Patienten findes allerede – der oprettes et nyt forløb for "
                                   "den eksisterende patient.")
        else:
            self._unlock_name(was_existing)
        self._message(info, "info")
        return True

    def _unlock_name(self, clear: bool) -> None:
        self.name.setReadOnly(False)
        if clear:
            self.name.clear()

    # -- save --------------------------------------------------------------------------------
    def save(self) -> bool:
        from lbp_desktop.domain.records import Referral

        if not self.check_cpr():
            self.error.setText(self.tr("Ret CPR-nummeret, før du registrerer."))
            self.error.show()
            self.cpr.setFocus()
            return False
        name = self.name.text().strip()
        if not name:
            self.error.setText(self.tr("Skriv patientens navn."))
            self.error.show()
            self.name.setFocus()
            return False
        gp_ids = self.gp_ids.values()
        if gp_ids is None:
            return False
        referral = Referral(
            gp_name=self.gp_name.text().strip(),
            gp_clinic=self.gp_clinic.text().strip(),
            gp_address=self.gp_address.text().strip(),
            referral_date=self.referral_date.date().toString("yyyy-MM-dd"),
            reason=self.reason.toPlainText().strip(),
        )
        try:
            if self.existing is not None:
                patient = self.existing
            else:
                patient = self.store.add_patient(self.parsed.formatted, name)
            episode = self.store.add_episode(patient.id, referral,
                                             clinician_id=self.clinician.currentData(),
                                             caseworker=self.caseworker.text().strip())
            if any(gp_ids):
                self.store.set_gp_address(episode.id, *gp_ids)
        except Exception as exc:  # a StorageError is a user error with a clear message
            from lbp_desktop.errors import UserError

            if not isinstance(exc, UserError):
                raise
            self.error.setText(str(exc))
            self.error.show()
            return False
        self.patient_id = patient.id
        self.episode_id = episode.id
        self.accept()
        return True
