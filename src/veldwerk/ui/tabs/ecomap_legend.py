"""The legend of the eco-map: what its shapes and lines mean, always in words beside a small
sample. Two strips, the people and the ties; each wraps onto a new line when it is narrow."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from veldwerk.domain import ecomap_spec as spec
from veldwerk.ui.tabs import style
from veldwerk.ui.tabs.ecomap_style import node_colours, node_path, node_pen, tie_path, tie_pen
from veldwerk.ui.tabs.flow import FlowLayout

PEOPLE = spec.KINDS
TIES = (*spec.STRENGTHS, "ended")


def _sample(kind: str, ratio: float) -> QPixmap:
    """A small picture for the legend: a tie style or a node shape."""
    size = QSize(36, 20)
    pix = QPixmap(size * ratio)
    pix.setDevicePixelRatio(ratio)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    if kind in TIES:
        ended = kind == "ended"
        p.setPen(tie_pen("normal" if ended else kind, ended))
        p.drawPath(tie_path(QPointF(3, 10), QPointF(33, 10), kind, ended))
    else:
        p.setPen(node_pen(kind, False))
        p.setBrush(node_colours(kind, False)[0])
        box = QRectF(4, 3, 28, 14) if kind == "professional" else QRectF(9, 1, 18, 18)
        p.drawPath(node_path(kind, box))
    p.end()
    return pix


class EcoMapLegend(QWidget):
    """What the shapes and lines of the eco-map mean: a strip for the people, one for the ties."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 2, 4, 2)
        column.setSpacing(4)
        self.heads = [QLabel(self), QLabel(self)]
        self.items: dict[str, tuple[QLabel, QLabel]] = {}
        for head, keys in zip(self.heads, (PEOPLE, TIES), strict=True):
            strip = FlowLayout(spacing=14)
            head.setStyleSheet("font-weight: 600;")
            strip.addWidget(head)
            for key in keys:
                pic, text = QLabel(self), QLabel(self)
                text.setStyleSheet(style.HINT_CSS)
                cell = QWidget(self)
                row = QHBoxLayout(cell)
                row.setContentsMargins(0, 0, 0, 0)
                row.setSpacing(4)
                row.addWidget(pic)
                row.addWidget(text)
                strip.addWidget(cell)
                self.items[key] = (pic, text)
            column.addLayout(strip)
        self.retranslate()

    def retranslate(self) -> None:
        self.heads[0].setText(self.tr("People:"))
        self.heads[1].setText(self.tr("Ties:"))
        texts = {
            "professional": self.tr("professional"),
            "informal": self.tr("informal network"),
            "jim": self.tr("JIM (mentor)"),
            "strong": self.tr("strong"),
            "normal": self.tr("normal"),
            "weak": self.tr("weak"),
            "stressful": self.tr("stressful"),
            "ended": self.tr("ended"),
        }
        ratio = self.devicePixelRatioF() or 1.0
        for key, (pic, text) in self.items.items():
            pic.setPixmap(_sample(key, ratio))
            text.setText(texts[key])
        self.setAccessibleName(self.tr("Legend of the eco-map"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
