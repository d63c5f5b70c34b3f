"""The consent table: every family (ref, name, status) with its consent for learning. The
consent cell is edited with a drop-down (`ConsentDelegate`); choosing asks for the change
(`change_requested`) instead of storing it, since the window confirms and saves it first."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QWidget,
)

from veldwerk.domain import codes
from veldwerk.ui.learning.padded_delegate import MARGIN, PaddedDelegate
from veldwerk.ui.rows_model import Index, RowsModel

if TYPE_CHECKING:
    from veldwerk.services.learning_overview import ConsentRow

CONSENT_ORDER = ("granted", "refused", "unknown")
REF, NAME, STATUS, CONSENT = range(4)
CODE = Qt.ItemDataRole.UserRole


class ConsentModel(RowsModel["ConsentRow"]):
    change_requested = Signal(str, str)
    """(ref, consent) when the user chose another consent for a family."""

    column_count = 4

    @property
    def rows(self) -> list[ConsentRow]:
        return list(self._rows)

    def row_of(self, ref: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.ref == ref), None)

    def headers(self) -> list[str]:
        return [self.tr("Ref"), self.tr("Family"), self.tr("Status"), self.tr("Consent")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == REF:
                return row.ref
            if column == NAME:
                return row.name
            if column == STATUS:
                return codes.label("family_status", row.status, self.lang)
            return codes.label("consent", row.consent, self.lang)
        if role == CODE and column == CONSENT:
            return row.consent
        if role == Qt.ItemDataRole.ToolTipRole and column == CONSENT:
            return self.tr("Click to change the consent of %1").replace("%1", row.ref)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == CONSENT:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(
        self,
        index: Index,
        value: Any,  # noqa: N802
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        """Ask for the change; the model itself changes only with the next snapshot."""
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or index.column() != CONSENT
            or value not in CONSENT_ORDER
        ):
            return False
        row = self._rows[index.row()]
        if value != row.consent:
            self.change_requested.emit(row.ref, str(value))
        return False


class ConsentDelegate(PaddedDelegate):
    """Draws the consent cell as a drop-down and edits it with one (no widget per row, so a
    profile with a thousand families still opens at once)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor: QComboBox | None = None
        """The drop-down while one is open (for the popup and for tests)."""

    def _box(self, option: QStyleOptionViewItem, text: str) -> QStyleOptionComboBox:
        box = QStyleOptionComboBox()
        box.rect = option.rect.adjusted(MARGIN, 3, -MARGIN, -3)
        box.palette = option.palette
        box.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Active
        box.currentText = text
        box.frame = True
        box.editable = False
        return box

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if index.column() != CONSENT:
            super().paint(painter, option, index)
            return
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)
        box = self._box(option, str(index.data() or ""))
        style.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, box, painter, widget)
        box.rect = box.rect.adjusted(6, 0, 0, 0)  # the text a little off the frame
        style.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, box, painter, widget)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        if index.column() != CONSENT:
            return size
        widest = max(
            option.fontMetrics.horizontalAdvance(codes.label("consent", c, _lang_of(index)))
            for c in CONSENT_ORDER
        )
        return QSize(widest + 2 * MARGIN + 48, max(size.height(), option.fontMetrics.height() + 16))

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,  # noqa: N802
        index: Index,
    ) -> QWidget:
        combo = QComboBox(parent)
        lang = _lang_of(index)
        for code in CONSENT_ORDER:
            combo.addItem(codes.label("consent", code, lang), code)
        ref = str(index.model().index(index.row(), REF).data() or "")
        combo.setAccessibleName(
            QApplication.translate("ConsentModel", "Consent for learning of %1").replace("%1", ref)
        )
        combo.activated.connect(lambda _i, c=combo: self._chosen(c))
        combo.destroyed.connect(lambda _o=None, c=combo: self._forget(c))
        self.editor = combo
        return combo

    def _chosen(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def _forget(self, combo: QComboBox) -> None:
        if self.editor is combo:
            self.editor = None

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(CODE))))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,  # noqa: N802
        index: Index,
    ) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())

    def updateEditorGeometry(
        self,
        editor: QWidget,
        option: QStyleOptionViewItem,  # noqa: N802
        index: Index,
    ) -> None:
        editor.setGeometry(option.rect.adjusted(MARGIN, 2, -MARGIN, -2))


def _lang_of(index: Index) -> str:
    model = index.model()
    return model.lang if isinstance(model, ConsentModel) else "nl"
