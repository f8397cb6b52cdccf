"""Preview, approve, save and print the epikrise.

The PDF comes from ``lbp_desktop.reports`` (imported lazily: reportlab is not loaded at start-up).
PySide6-Essentials has no QtPdf, so pages are rasterised with pypdfium2 (a wheel on every platform;
no poppler/``pdftoppm`` binary and no Pillow needed): each page's RGBX bitmap buffer becomes a
``QImage`` that is copied so it outlives the buffer. Printing paints the pages, rendered again at
the printer's resolution, on a ``QPrinter``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lbp_desktop.reports.text_fit import describe, letter_missing_characters
from lbp_desktop.ui import theme
from lbp_desktop.ui.common import texts
from lbp_desktop.ui.common.widgets import plain_label


def pdf_pages(pdf: bytes, dpi: int = 80) -> list[QImage] | None:
    """Page images of ``pdf`` rendered with pypdfium2, or None if it cannot be rendered."""
    try:
        import pypdfium2 as pdfium
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    try:
        document = pdfium.PdfDocument(pdf)
    except pdfium.PdfiumError:
        return None
    images: list[QImage] = []
    try:
        for index in range(len(document)):
            page = document[index]
            try:
                bitmap = page.render(scale=dpi / 72, rev_byteorder=True, prefer_bgrx=True)
                try:
                    image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height,
                                   bitmap.stride, QImage.Format.Format_RGBX8888)
                    images.append(image.copy())  # detach from the bytes object
                finally:
                    bitmap.close()
            finally:
                page.close()
    finally:
        document.close()
    return images


class LetterPreview(QDialog):
    def __init__(self, store: Any, episode_id: str, *, recipients: list[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.episode_id = episode_id
        self.pdf: bytes = b""
        self.letter = None
        self.images: list[QImage] | None = None
        self._bundles: dict[str, bytes] = {}
        self.setWindowTitle(self.tr("Epikrise"))
        self.resize(900, 860)
        layout = QVBoxLayout(self)
        layout.setSpacing(theme.SPACING)
        top = QHBoxLayout()
        top.addWidget(plain_label(self.tr("Epikrise – forhåndsvisning"), role="h1"))
        top.addStretch(1)
        top.addWidget(plain_label(self.tr("Modtager")))
        self.recipient = QComboBox()
        for rid in recipients or ["gp"]:
            self.recipient.addItem(texts.recipient_text(rid), rid)
        self.recipient.currentIndexChanged.connect(lambda _i: self.render())
        top.addWidget(self.recipient)
        layout.addLayout(top)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll.setWidget(self.pages)
        layout.addWidget(self.scroll, 1)
        self.note = plain_label("", role="muted", wrap=True)
        layout.addWidget(self.note)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Gem som PDF …"))
        self.save_button.clicked.connect(self.save_as)
        self.print_button = QPushButton(self.tr("Udskriv …"))
        self.print_button.clicked.connect(self.print_letter)
        close = QPushButton(self.tr("Luk"))
        close.clicked.connect(self.reject)
        self.approve_button = QPushButton(self.tr("Godkend epikrise"))
        self.approve_button.setObjectName("approve")
        self.approve_button.setProperty("role", "primary")
        self.approve_button.clicked.connect(self.ask_approval)
        self.confirm_box: QMessageBox | None = None
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.approve_button)
        layout.addLayout(buttons)
        self.render()

    def render(self) -> None:
        from lbp_desktop.pathway.letter_rules import LetterRefused
        from lbp_desktop.reports import render_episode_letter

        self.letter = None
        self.missing: list[str] = []
        self.approve_button.setEnabled(True)
        try:
            self.pdf, self.letter_input = render_episode_letter(
                self.store, self.episode_id, self.recipient.currentData(),
                bundle_cache=self._bundles)  # the GP copy's FHIR Bundle, built once per dialog
        except LetterRefused as exc:  # e.g. a caseworker letter without a caseworker
            self.pdf, self.letter_input = b"", None
            self._refused(str(exc))
            return
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.images = pdf_pages(self.pdf)
        if self.images is None:
            self.pages_layout.addWidget(plain_label(
                self.tr("Epikrisen kunne ikke vises her. Gem den som PDF og åbn den i en "
                        "PDF-læser."), wrap=True))
            self.print_button.setEnabled(False)
            self.print_button.setToolTip(self.tr("Udskrift kræver forhåndsvisning."))
        else:
            for n, image in enumerate(self.images):
                label = QLabel()
                label.setPixmap(QPixmap.fromImage(image))
                label.setStyleSheet(f"border:1px solid {theme.BORDER}; background:white;")
                label.setAccessibleName(self.tr("Side %1").replace("%1", str(n + 1)))
                self.pages_layout.addWidget(label)
        if self.letter_input.missing_for_final:
            # no examination with assessment and plan: a draft that cannot be approved
            self.approve_button.setEnabled(False)
            self.approve_button.setToolTip(self.tr("Kræver en gemt undersøgelse med vurdering "
                                                   "og plan."))
            self.note.setText(self.tr("UDKAST: der er endnu ingen undersøgelse med vurdering og "
                                      "plan. Epikrisen kan ikke godkendes før den er gemt."))
        else:
            self.note.setText(self.tr("Epikrisen er et udkast, indtil den godkendes. En "
                                      "godkendt epikrise kan ikke ændres; en rettelse bliver en "
                                      "ny version."))
        self.missing = letter_missing_characters(self.letter_input)
        if self.missing:  # never dropped silently: the clinician sees which, before approving
            self.note.setText(self.tr(
                "Advarsel: skrifttypen kan ikke vise %1. Tegnene står i brevet som [U+…]. Ret "
                "teksten, eller godkend alligevel.").replace("%1", describe(self.missing)))

    def _refused(self, reason: str) -> None:
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.images = None
        for button in (self.approve_button, self.save_button, self.print_button):
            button.setEnabled(False)
        text = self.tr("Brevet kan ikke laves: der er ikke angivet en sagsbehandler i "
                       "forløbet. Angiv sagsbehandleren under henvisningen først.") \
            if "caseworker" in reason else reason
        self.note.setText(text)

    def ask_approval(self) -> None:
        """Approval is permanent: ask first (Danish buttons, "Annullér" as the default)."""
        if self.letter_input is None or self.letter_input.missing_for_final:
            return
        box = QMessageBox(self)
        box.setObjectName("confirm_approval")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Godkend epikrise"))
        box.setText(self.tr("Godkend epikrisen til %1?").replace(
            "%1", texts.recipient_text(self.recipient.currentData()).lower()))
        box.setInformativeText(self.tr("En godkendt epikrise er endelig og kan ikke ændres "
                                       "bagefter. En rettelse bliver en ny version."))
        if self.missing:
            box.setIcon(QMessageBox.Icon.Warning)
            box.setInformativeText(self.tr(
                "Brevet indeholder tegn, som skrifttypen ikke kan vise: %1. De står i brevet som "
                "[U+…]. Godkend alligevel?").replace("%1", describe(self.missing)))
        yes = box.addButton(self.tr("Godkend"), QMessageBox.ButtonRole.AcceptRole)
        yes.setObjectName("confirm_approve")
        no = box.addButton(self.tr("Annullér"), QMessageBox.ButtonRole.RejectRole)
        no.setObjectName("cancel_approve")
        box.setDefaultButton(no)
        yes.clicked.connect(self.approve)
        self.confirm_box = box
        box.open()

    def approve(self) -> Any:
        """Store the previewed letter as approved (after ``ask_approval``). Never for a letter
        that can only be a draft."""
        if self.letter_input is None or self.letter_input.missing_for_final:
            return None
        recipient = self.recipient.currentData()
        approved = [letter for letter in self.store.letters(self.episode_id)
                    if letter.recipient == recipient and letter.status == "approved"]
        # a new approval for the same recipient is a correction: it points to the version it
        # replaces (the letter itself prints "erstatter version N")
        replaces = max(approved, key=lambda letter: letter.version).id if approved else None
        self.letter = self.store.add_letter(self.episode_id, recipient, self.pdf, approve=True,
                                            language=self.letter_input.language,
                                            replaces_id=replaces)
        self.approve_button.setEnabled(False)
        self.note.setText(self.tr("Godkendt som version %1.").replace(
            "%1", str(getattr(self.letter, "version", 1))))
        return self.letter

    def save_as(self) -> None:
        # Start in the user's Documents, not the working directory (on Windows often the program
        # folder, shared by every user of the PC).
        from lbp_desktop.paths import documents_dir

        suggested = str(documents_dir() / "epikrise.pdf")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Gem epikrise"), suggested,
                                              self.tr("PDF (*.pdf)"))
        if path:
            from lbp_desktop.security.private_file import ExportError, write_private

            try:
                write_private(path, self.pdf)  # 0600 and atomic, like every export
            except ExportError as exc:
                QMessageBox.warning(self, self.tr("Gem epikrise"), str(exc))

    def print_letter(self) -> None:
        try:
            from PySide6.QtPrintSupport import QPrintDialog, QPrinter
        except ImportError:
            QMessageBox.information(self, self.tr("Udskriv"), self.tr(
                "Udskrift er ikke tilgængelig i denne installation. Gem som PDF og udskriv "
                "derfra."))
            return
        if not self.images:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        self.paint_pages(printer)

    def paint_pages(self, printer: Any) -> None:
        """Paint every page, one per sheet, on ``printer`` (a QPrinter or QPdfWriter)."""
        from PySide6.QtGui import QPainter

        dpi = max(150, min(300, int(printer.resolution() or 300)))
        hi = pdf_pages(self.pdf, dpi=dpi) or self.images or []
        painter = QPainter(printer)
        for n, image in enumerate(hi):
            if n:
                printer.newPage()
            rect = painter.viewport()
            size = image.size().scaled(rect.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(rect.x(), rect.y(), image.scaled(
                size, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        painter.end()
