"""Progress by part: "Del 2 af 6: Dine smerter og hverdagen", one segment per part, and the
question number within the part.

A total over the whole battery jumps as conditional questions appear (58 → 59 → 61); counting
within the part keeps the number steady and tells the patient how far they are.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from lbp_desktop.ui.kiosk.widgets import accessible, repolish, set_role, wrap_label


class SectionProgress(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        top = QHBoxLayout()
        self.part_label = wrap_label("", "section")
        self.number_label = wrap_label("", "progress")
        top.addWidget(self.part_label, 3)
        top.addWidget(self.number_label, 2)
        layout.addLayout(top)
        self.segments_row = QHBoxLayout()
        self.segments_row.setSpacing(6)
        layout.addLayout(self.segments_row)
        self.segments: list[QFrame] = []
        self.state = (0, 0, "", 0, 0)

    def tr(self, text: str) -> str:  # type: ignore[override]
        return QCoreApplication.translate("SectionProgress", text)

    def clear(self) -> None:
        self.set_state(0, 0, "", 0, 0)

    def set_state(self, part: int, parts: int, title: str, number: int, count: int) -> None:
        """``part`` of ``parts`` (1-based) titled ``title``; question ``number`` of ``count``."""
        self.state = (part, parts, title, number, count)
        while len(self.segments) < parts:
            segment = QFrame()
            set_role(segment, "segment")
            segment.setFixedHeight(12)
            self.segments_row.addWidget(segment, 1)
            self.segments.append(segment)
        for index, segment in enumerate(self.segments):
            segment.setVisible(index < parts)
            state = "done" if index + 1 < part else "current" if index + 1 == part else "todo"
            if segment.property("state") != state:
                segment.setProperty("state", state)
                repolish(segment)
        self.retranslate()

    def retranslate(self) -> None:
        part, parts, title, number, count = self.state
        if not parts:
            self.part_label.setText("")
            self.number_label.setText("")
            return
        heading = self.tr("Del {part} af {parts}: {title}").format(
            part=part, parts=parts, title=title)
        numbers = self.tr("Spørgsmål {number} af {count}").format(number=number, count=count)
        self.part_label.setText(heading)
        self.number_label.setText(numbers)
        accessible(self.part_label, heading)
        accessible(self.number_label, numbers)
        accessible(self, self.tr("Fremskridt"), f"{heading}. {numbers}")
