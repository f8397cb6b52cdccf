"""First run: clinic details, the first admin account, and the database key.

The database is created (with a fresh random key filed in the OS credential store, or the key-file
fallback) when the admin page is accepted; the recovery key is then shown exactly once and the
wizard finishes only after "I have written it down" is ticked.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from lbp_desktop.ui import theme
from lbp_desktop.ui.common.widgets import plain_label

CreateFn = Callable[[dict[str, str], dict[str, str]], tuple[Any, str | None]]
"""(clinic fields, admin fields) -> (store, recovery key text)."""


class ClinicPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Klinikken"))
        self.setSubTitle(self.tr("Oplysningerne står som afsender på epikriserne."))
        form = QFormLayout(self)
        form.setSpacing(theme.SPACING)
        self.name = QLineEdit()
        self.name.setObjectName("clinic_name")
        self.address = QLineEdit()
        self.address.setObjectName("clinic_address")
        self.phone = QLineEdit()
        self.phone.setObjectName("clinic_phone")
        form.addRow(self.tr("Klinikkens navn *"), self.name)
        form.addRow(self.tr("Adresse"), self.address)
        form.addRow(self.tr("Telefon"), self.phone)
        from lbp_desktop.ui.workspace.medcom_ui import AddressFields

        self.ids = AddressFields("clinic")  # MedCom address; may be filled in later
        form.addRow(self.tr("MedCom-adresse"), self.ids)
        self.registerField("clinic_name*", self.name)
        self.registerField("clinic_address", self.address)
        self.registerField("clinic_phone", self.phone)

    def validatePage(self) -> bool:
        return self.ids.values() is not None


class AdminPage(QWizardPage):
    def __init__(self, create: CreateFn) -> None:
        super().__init__()
        self.create = create
        self.setTitle(self.tr("Første administrator"))
        self.setSubTitle(self.tr("Administratoren opretter behandlere og sekretærer og kan "
                                 "nulstille adgangskoder."))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setSpacing(theme.SPACING)
        self.name = QLineEdit()
        self.name.setObjectName("admin_name")
        self.username = QLineEdit()
        self.username.setObjectName("admin_username")
        self.password = QLineEdit()
        self.password.setObjectName("admin_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit()
        self.password2.setObjectName("admin_password2")
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Navn *"), self.name)
        form.addRow(self.tr("Brugernavn *"), self.username)
        form.addRow(self.tr("Adgangskode *"), self.password)
        form.addRow(self.tr("Gentag adgangskode *"), self.password2)
        layout.addLayout(form)
        self.error = plain_label("", wrap=True)
        self.error.setStyleSheet(f"color:{theme.FLAG_ACUTE.bg};")
        layout.addWidget(self.error)
        layout.addWidget(plain_label(self.tr(
            "Når du går videre, oprettes den krypterede database og dens nøgle."), role="muted",
            wrap=True))
        for w in (self.name, self.username, self.password, self.password2):
            w.textChanged.connect(self.completeChanged)
        self.store = None
        self.recovery: str | None = None

    def isComplete(self) -> bool:
        return bool(self.name.text().strip() and self.username.text().strip()
                    and self.password.text())

    def validatePage(self) -> bool:
        if self.store is not None:
            return True
        if len(self.password.text()) < 8:
            self.error.setText(self.tr("Adgangskoden skal have mindst 8 tegn."))
            return False
        if self.password.text() != self.password2.text():
            self.error.setText(self.tr("De to adgangskoder er ikke ens."))
            return False
        wizard = self.wizard()
        clinic = {"name": wizard.field("clinic_name").strip(),
                  "address": wizard.field("clinic_address").strip(),
                  "phone": wizard.field("clinic_phone").strip()}
        ids = wizard.clinic_page.ids.values() or ("", "")
        clinic.update(sor=ids[0], ean=ids[1])
        admin = {"name": self.name.text().strip(), "username": self.username.text().strip(),
                 "password": self.password.text()}
        try:
            self.store, self.recovery = self.create(clinic, admin)
        except Exception as exc:
            from lbp_desktop.errors import UserError

            if not isinstance(exc, UserError):
                raise
            self.error.setText(str(exc))
            return False
        return True


class RecoveryPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Gendannelsesnøgle"))
        self.setSubTitle(self.tr("Vises kun denne ene gang."))
        layout = QVBoxLayout(self)
        layout.setSpacing(theme.SPACING)
        layout.addWidget(plain_label(self.tr(
            "Databasen er krypteret. Nøglen ligger i computerens nøglering. Hvis computeren "
            "udskiftes eller nøglen mistes, kan data kun åbnes med denne gendannelsesnøgle. "
            "Skriv den ned, og opbevar den et sikkert sted – ikke på denne computer."), wrap=True))
        self.key_label = QLabel()
        self.key_label.setObjectName("recovery_key")
        self.key_label.setTextFormat(Qt.TextFormat.PlainText)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setWordWrap(True)
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSize(15)
        self.key_label.setFont(mono)
        self.key_label.setStyleSheet(f"background:white; border:1px solid {theme.BORDER};"
                                     f" border-radius:{theme.RADIUS}px; padding:14px;")
        layout.addWidget(self.key_label)
        self.confirm = QCheckBox(self.tr("Jeg har skrevet gendannelsesnøglen ned"))
        self.confirm.setObjectName("confirm_written")
        self.confirm.toggled.connect(self.completeChanged)
        layout.addWidget(self.confirm)
        layout.addStretch(1)

    def initializePage(self) -> None:
        admin = self.wizard().admin_page
        key = admin.recovery or self.tr("(ingen – databasen er ikke krypteret)")
        self.key_label.setText(key)
        self.wizard().button(QWizard.WizardButton.CancelButton).setEnabled(False)
        self.wizard().button(QWizard.WizardButton.BackButton).setEnabled(False)

    def isComplete(self) -> bool:
        return self.confirm.isChecked()


class SetupWizard(QWizard):
    """``store`` and ``admin`` are set when the wizard finishes."""

    def __init__(self, create: CreateFn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Opsætning"))  # the platform adds the app name
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setMinimumSize(640, 480)
        self.clinic_page = ClinicPage()
        self.admin_page = AdminPage(create)
        self.recovery_page = RecoveryPage()
        self.addPage(self.clinic_page)
        self.addPage(self.admin_page)
        self.addPage(self.recovery_page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Næste"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("Tilbage"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Færdig"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annullér"))

    @property
    def store(self) -> Any:
        return self.admin_page.store

    def reject(self) -> None:
        if self.admin_page.store is not None:
            return  # the database exists: the recovery key must be acknowledged
        super().reject()


