"""The coordinator window's page of files that could not be used in the last collection: the
file and, in words, why (`tables.RejectedModel`)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from veldwerk.coordinator.service import Rejection
from veldwerk.ui.coordinator.tables import RejectedModel


class FilesPage(QWidget):
    """See the module's text."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rejected_model = RejectedModel(lang, self)
        self.rejected_view = QTableView()
        self.rejected_view.setModel(self.rejected_model)
        self.rejected_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.rejected_view.horizontalHeader().setStretchLastSection(True)
        self.rejected_view.verticalHeader().setVisible(False)
        self.rejected_view.setWordWrap(True)
        self.rejected_view.setTabKeyNavigation(False)  # Tab leaves the table
        layout = QVBoxLayout(self)
        self.rejected_intro = QLabel()
        self.rejected_intro.setWordWrap(True)
        self.rejected_intro.setObjectName("subtle")
        layout.addWidget(self.rejected_intro)
        layout.addWidget(self.rejected_view)

    def retranslate(self, lang: str) -> None:
        self.rejected_intro.setText(
            self.tr(
                "Files in the shared folder that could not be used in the last collection, and "
                "why. They did not stop the collection; nothing of them was counted."
            )
        )
        self.rejected_view.setAccessibleName(self.tr("Files that could not be used"))
        self.rejected_model.set_lang(lang)

    def set_rows(self, rejected: Sequence[Rejection]) -> None:
        self.rejected_model.set_rows(rejected)
