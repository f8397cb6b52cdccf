"""Admin: clinic details, user accounts (create, deactivate), the audit log, and the waiting-room
tablets (the tablet service, pairing, revoking; ``tablets.py``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lbp_desktop.settings import idle_minutes, set_idle_minutes
from lbp_desktop.ui import theme
from lbp_desktop.ui.common import texts
from lbp_desktop.ui.common.widgets import literal, plain_label


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class NewUserDialog(QDialog):
    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.user = None
        self.setWindowTitle(self.tr("Ny bruger"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit()
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.role = QComboBox()
        for role in ("clinician", "reception", "admin"):
            self.role.addItem(texts.role_text(role), role)
        self.profession = QLineEdit()
        self.profession.setPlaceholderText(self.tr("fx fysioterapeut, kiropraktor"))
        self.authorisation = QLineEdit()
        form.addRow(self.tr("Navn"), self.name)
        form.addRow(self.tr("Brugernavn"), self.username)
        form.addRow(self.tr("Adgangskode"), self.password)
        form.addRow(self.tr("Rolle"), self.role)
        form.addRow(self.tr("Profession"), self.profession)
        form.addRow(self.tr("Autorisations-ID"), self.authorisation)
        layout.addLayout(form)
        self.error = plain_label("", wrap=True)
        self.error.setStyleSheet(f"color:{theme.FLAG_ACUTE.bg};")
        layout.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        cancel = QPushButton(self.tr("Annullér"))
        cancel.clicked.connect(self.reject)
        ok = QPushButton(self.tr("Opret"))
        ok.setProperty("role", "primary")
        ok.clicked.connect(self.create)
        row.addWidget(cancel)
        row.addWidget(ok)
        layout.addLayout(row)

    def create(self) -> bool:
        from lbp_desktop.errors import UserError

        if not (self.name.text().strip() and self.username.text().strip()):
            self.error.setText(self.tr("Skriv navn og brugernavn."))
            return False
        if len(self.password.text()) < 8:
            self.error.setText(self.tr("Adgangskoden skal have mindst 8 tegn."))
            return False
        try:
            self.user = self.store.create_user(
                self.username.text().strip(), self.password.text(), self.name.text().strip(),
                self.role.currentData(), profession=self.profession.text().strip(),
                authorisation_id=self.authorisation.text().strip())
        except UserError as exc:
            self.error.setText(str(exc))
            return False
        self.accept()
        return True


class AdminPage(QWidget):
    back = Signal()
    settings_changed = Signal()

    def __init__(self, store: Any, parent: QWidget | None = None, *, hub: Any = None,
                 show_patients: bool = True) -> None:
        super().__init__(parent)
        from lbp_desktop.ui.workspace.hub_service import HubService
        from lbp_desktop.ui.workspace.tablets import TabletsPage

        self.store = store
        self.hub = hub if hub is not None else HubService(store, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.SPACING * 2, theme.SPACING, theme.SPACING * 2,
                                  theme.SPACING)
        layout.setSpacing(theme.SPACING)
        head = QHBoxLayout()
        back = QPushButton(self.tr("← Arbejdsliste"))
        back.clicked.connect(self.back)
        head.addWidget(back)
        head.addWidget(plain_label(self.tr("Administration"), role="h1"))
        head.addStretch(1)
        layout.addLayout(head)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)

        # users
        users = QWidget()
        ul = QVBoxLayout(users)
        self.users_table = _table([self.tr("Navn"), self.tr("Brugernavn"), self.tr("Rolle"),
                                   self.tr("Profession"), self.tr("Aktiv")])
        self.users_table.setObjectName("users_table")
        ul.addWidget(self.users_table, 1)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Ny bruger …"))
        add.clicked.connect(self.new_user)
        self.toggle_button = QPushButton(self.tr("Deaktivér / aktivér"))
        self.toggle_button.clicked.connect(self.toggle_selected)
        self.password_button = QPushButton(self.tr("Ny adgangskode …"))
        self.password_button.clicked.connect(self.reset_password)
        row.addWidget(add)
        row.addWidget(self.toggle_button)
        row.addWidget(self.password_button)
        row.addStretch(1)
        ul.addLayout(row)
        self.tabs.addTab(users, self.tr("Brugere"))

        # clinic
        clinic = QWidget()
        cl = QFormLayout(clinic)
        cl.setContentsMargins(theme.SPACING, theme.SPACING, theme.SPACING, theme.SPACING)
        self.clinic_name = QLineEdit()
        self.clinic_address = QLineEdit()
        self.clinic_phone = QLineEdit()
        from lbp_desktop.ui.workspace.medcom_ui import AddressFields, FolderFields

        self.clinic_ids = AddressFields("clinic")  # MedCom address (SOR, EAN), checked
        self.clinic_sor, self.clinic_ean = self.clinic_ids.sor, self.clinic_ids.ean
        self.medcom_folders = FolderFields()
        cl.addRow(self.tr("Klinikkens navn"), self.clinic_name)
        cl.addRow(self.tr("Adresse"), self.clinic_address)
        cl.addRow(self.tr("Telefon"), self.clinic_phone)
        cl.addRow(self.tr("MedCom-adresse"), self.clinic_ids)
        cl.addRow("", self.medcom_folders)
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setObjectName("idle_minutes")
        self.idle_minutes.setRange(1, 60)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setValue(idle_minutes())
        cl.addRow(self.tr("Lås skærmen efter"), self.idle_minutes)
        save = QPushButton(self.tr("Gem klinikoplysninger"))
        save.setProperty("role", "primary")
        save.clicked.connect(self.save_clinic)
        cl.addRow("", save)
        self.tabs.addTab(clinic, self.tr("Klinik"))

        # audit
        from lbp_desktop.ui.workspace.audit_log import AuditLogPage

        self.audit_page = AuditLogPage(store, show_patients=show_patients)
        self.audit_table = self.audit_page.table
        self.tabs.addTab(self.audit_page, self.tr("Revisionslog"))

        self.tablets = TabletsPage(store, self.hub)
        self.tablets.setObjectName("tablets_page")
        self.tabs.addTab(self.tablets, self.tr("Tablets og venteværelse"))
        self.refresh()

    def refresh(self) -> None:
        self.load_users()
        self.load_clinic()
        self.load_audit()
        self.tablets.load_devices()

    def load_users(self) -> None:
        users = self.store.users(include_inactive=True)
        self._users = users
        t = self.users_table
        t.setRowCount(len(users))
        for r, u in enumerate(users):
            for c, v in enumerate((u.name, u.username, texts.role_text(u.role), u.profession,
                                   self.tr("ja") if u.active else self.tr("nej"))):
                t.setItem(r, c, QTableWidgetItem(v))
        t.resizeColumnsToContents()

    def load_clinic(self) -> None:
        c = self.store.clinic()
        if c is None:
            return
        self.clinic_name.setText(c.name)
        self.clinic_address.setText(c.address)
        self.clinic_phone.setText(c.phone)
        self.clinic_sor.setText(c.sor)
        self.clinic_ean.setText(c.ean)
        found = self.store.medcom_folders()
        self.medcom_folders.outbox.setText(found.outbox)
        self.medcom_folders.inbox.setText(found.inbox)

    def save_clinic(self) -> None:
        ids, dirs = self.clinic_ids.values(), self.medcom_folders.values()
        if ids is None or dirs is None:
            return  # the fields say what is wrong; nothing is saved
        set_idle_minutes(self.idle_minutes.value())
        self.settings_changed.emit()
        self.store.save_clinic(self.clinic_name.text().strip(), self.clinic_address.text().strip(),
                               self.clinic_phone.text().strip(), *ids)
        self.store.set_medcom_folders(*dirs)

    def load_audit(self) -> None:
        self.audit_page.refresh()
    def new_user(self) -> None:
        dialog = NewUserDialog(self.store, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.load_users()
        dialog.deleteLater()

    def reset_password(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        row = self.users_table.currentRow()
        if row < 0:
            return
        user = self._users[row]
        text, ok = QInputDialog.getText(
            self, self.tr("Ny adgangskode"),
            literal(self.tr("Ny adgangskode til %1 (mindst 8 tegn):").replace("%1", user.name)),
            QLineEdit.EchoMode.Password)
        if not ok:
            return
        if len(text) < 8:
            QMessageBox.information(self, self.tr("Brugere"),
                                    self.tr("Adgangskoden skal have mindst 8 tegn."))
            return
        self.store.set_password(user.id, text)

    def toggle_selected(self) -> None:
        row = self.users_table.currentRow()
        if row < 0:
            return
        user = self._users[row]
        if user.role == "admin" and user.active and sum(
                1 for u in self._users if u.role == "admin" and u.active) == 1:
            QMessageBox.information(self, self.tr("Brugere"),
                                    self.tr("Den sidste aktive administrator kan ikke "
                                            "deaktiveres."))
            return
        self.store.set_user_active(user.id, not user.active)
        self.load_users()
