"""The domain profile as a small custom-painted horizontal bar chart (no chart library).

One row per domain: the domain's name, a bar 0–10 in its band's colour, the number and the band's
word — so the meaning never rests on colour alone. Faint guides mark the band limits.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from lbp_desktop.ui import theme
from lbp_desktop.ui.common import texts


@dataclass(frozen=True)
class Bar:
    label: str
    value: float | None
    band: str | None


class ProfileChart(QWidget):
    ROW_H = 30
    MAX = 10.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[Bar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Domæneprofil"))

    def set_bars(self, bars: list[Bar]) -> None:
        self._bars = list(bars)
        self.setAccessibleDescription("; ".join(
            f"{b.label}: {'' if b.value is None else f'{b.value:g}'} {texts.band_text(b.band)}"
            for b in self._bars))
        self.setFixedHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def sizeHint(self) -> QSize:
        return QSize(520, self.ROW_H * max(1, len(self._bars)) + 26)

    def minimumSizeHint(self) -> QSize:
        return QSize(360, self.sizeHint().height())

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        metrics = QFontMetrics(font)
        label_w = max([metrics.horizontalAdvance(b.label) for b in self._bars] + [80]) + 12
        label_w = min(label_w, int(self.width() * 0.5))  # the domain phrases are long
        word_w = max(metrics.horizontalAdvance(texts.band_text(b)) for b in theme.BAND) + 40
        x0 = label_w
        x1 = max(x0 + 60, self.width() - word_w - 8)
        span = x1 - x0
        top = 4
        # guides at band limits (1, 4, 7) and axis numbers
        painter.setPen(QPen(QColor(theme.BORDER), 1, Qt.PenStyle.DotLine))
        bottom = top + self.ROW_H * len(self._bars)
        for v in (0, 1, 4, 7, 10):
            x = x0 + span * v / self.MAX
            painter.drawLine(int(x), top, int(x), bottom)
        painter.setPen(QColor(theme.TEXT_MUTED))
        small = QFont(font)
        small.setPointSizeF(max(7.0, font.pointSizeF() - 2))
        painter.setFont(small)
        for v in (0, 1, 4, 7, 10):
            x = x0 + span * v / self.MAX
            painter.drawText(QRectF(x - 15, bottom + 2, 30, 16), Qt.AlignmentFlag.AlignCenter,
                             str(v))
        painter.setFont(font)
        for i, bar in enumerate(self._bars):
            y = top + i * self.ROW_H
            painter.setPen(QColor(theme.TEXT))
            painter.drawText(QRectF(0, y, label_w - 10, self.ROW_H),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                             metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight,
                                                label_w - 10))
            track = QRectF(x0, y + 7, span, self.ROW_H - 14)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#F0F3F5"))
            painter.drawRoundedRect(track, 3, 3)
            swatch = theme.BAND.get(bar.band or "none", theme.BAND["none"])
            if bar.value is not None and bar.value > 0:
                w = span * min(bar.value, self.MAX) / self.MAX
                painter.setBrush(QColor(swatch.bg))
                painter.setPen(QPen(QColor(swatch.bg).darker(125), 1))
                painter.drawRoundedRect(QRectF(x0, y + 7, w, self.ROW_H - 14), 3, 3)
            value = "–" if bar.value is None else f"{bar.value:g}"
            painter.setPen(QColor(theme.TEXT))
            bold = QFont(font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.drawText(QRectF(x1 + 8, y, 28, self.ROW_H),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, value)
            painter.setFont(font)
            painter.setPen(QColor(theme.TEXT_MUTED if bar.band in (None, "none") else theme.TEXT))
            painter.drawText(QRectF(x1 + 36, y, word_w, self.ROW_H),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             texts.band_text(bar.band))
        painter.end()
