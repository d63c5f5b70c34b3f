"""Print the one-page overview: team or family version, a preview, then Print or Save.

The PDF is made by the report service (`ws.reports.overview_pdf`) on the database worker and
kept in memory only: the preview reads it from a buffer and printing paints its page onto the
printer, so no identifiable file is ever written unless the user chooses Save (to a place the
user picks).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from veldwerk.domain.errors import DomainError
from veldwerk.domain.model import Family
from veldwerk.files import write_atomically
from veldwerk.ui import dialogs, style
from veldwerk.ui.access_hookup import log_access

if TYPE_CHECKING:
    from veldwerk.ui.db_worker import DbWorker

log = logging.getLogger(__name__)

TEAM, FAMILY = "team", "family"
PRINT_DPI = 300  # the page is rendered at this resolution for the printer


def safe_file_name(family: Family, version: str, lang: str) -> str:
    """A suggested name in `lang` that holds the reference only, never the family's name
    ("overzicht-gezin-HW-2026-001.pdf")."""
    from veldwerk.reports.texts import file_name

    return file_name(family.ref, version == FAMILY, lang)


class PrintPreviewDialog(QDialog):
    """Window-modal; builds the PDF for the chosen version and shows it."""

    def __init__(self, worker: DbWorker, family: Family, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._family: Family | None = family
        self._pdf = b""
        self._request = 0
        self.setModal(True)
        self.team = QRadioButton()
        self.family_version = QRadioButton()
        self.team.setChecked(True)
        self.versions = QButtonGroup(self)
        self.versions.addButton(self.team)
        self.versions.addButton(self.family_version)
        self.explain = style.label("", "subtle", wrap=True)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.SinglePage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setMinimumSize(QSize(420, 520))
        self.status = style.label("", "subtle")
        self.print_button = QPushButton()
        self.print_button.setObjectName("primary")
        self.save_button = QPushButton()
        self.close_button = QPushButton()
        choose = QHBoxLayout()
        choose.addWidget(self.team)
        choose.addWidget(self.family_version)
        choose.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addLayout(choose)
        layout.addWidget(self.explain)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.versions.buttonToggled.connect(lambda _b, on: self._build() if on else None)
        self.print_button.clicked.connect(self._print)
        self.save_button.clicked.connect(self._save)
        self.close_button.clicked.connect(self.reject)
        self.finished.connect(lambda _r: self.forget())
        self.retranslate()
        self.resize(720, 900)
        self._build()

    @property
    def version(self) -> str:
        return FAMILY if self.family_version.isChecked() else TEAM

    @property
    def ready(self) -> bool:
        return bool(self._pdf) and self.document.status() == QPdfDocument.Status.Ready

    @property
    def pdf(self) -> bytes:
        return self._pdf

    def forget(self) -> None:
        """Drop the PDF and the family from memory (on close and on lock)."""
        self._request += 1
        self._family = None
        self._pdf = b""
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer = None

    # ---- behaviour -----------------------------------------------------------------------
    def _build(self) -> None:
        family = self._family
        if family is None:
            return
        self._request += 1
        request = self._request
        ref, family_version, lang = family.ref, self.version == FAMILY, self._worker.lang
        # the other version's PDF goes at once: Save or Print never hand out the team
        # version (with the professionals' notes) while the family version is being made
        self._pdf = b""
        self.document.close()
        self._set_ready(False)
        self.status.setText(self.tr("Preparing the overview…"))
        self._worker.call(
            lambda ws: ws.reports.overview_pdf(ref, family_version=family_version, lang=lang),
            lambda pdf: self._show(request, pdf),
            lambda err: self._not_made(request, err),
            on_failed=lambda: self._not_made(request),
        )

    def _not_made(self, request: int, err: DomainError | None = None) -> None:
        """The service could not make the overview: say so (and why, when it is a refusal such
        as a family erased meanwhile) in the status line."""
        if request != self._request:
            return
        text = self.tr("The overview could not be made.")
        if err is not None:
            text = " ".join(
                [text, *dict.fromkeys(p.message(self._worker.lang) for p in err.problems)]
            )
        self.status.setText(text)

    def _show(self, request: int, pdf: bytes) -> None:
        if request != self._request or self._family is None:
            return
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
        self._pdf = pdf
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self.document.load(buffer)
        self.status.clear()
        self._set_ready(self.ready)

    def _set_ready(self, ready: bool) -> None:
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def _save(self) -> None:
        if not self.ready or self._family is None:
            return
        target = dialogs.save_file(
            self,
            self.tr("Save the overview"),
            safe_file_name(self._family, self.version, self._worker.lang),
            self.tr("PDF files (*.pdf)"),
        )
        if target is None:
            return
        try:
            write_atomically(target, self._pdf)
        except OSError:
            dialogs.warning(
                self,
                self.tr("Not saved"),
                self.tr("The overview could not be saved there. Choose another place."),
            )
            return
        self.status.setText(self.tr("Saved."))
        self._log("save")

    def _print(self) -> None:
        if not self.ready:
            return
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Overview"))
        if not dialogs.choose_printer(self, printer):
            return
        print_document(self.document, printer)
        self.status.setText(self.tr("Sent to the printer."))
        self._log("print")

    def _log(self, action: str) -> None:
        """The access log (issue 15): this version of the overview was printed or saved."""
        if self._family is not None:
            kind = "family_overview" if self.version == FAMILY else "overview"
            log_access(self._worker, self._family.ref, action, kind)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print overview"))
        self.team.setText(self.tr("&Team version"))
        self.family_version.setText(self.tr("&Family version"))
        self.team.setAccessibleName(self.tr("Team version"))
        self.family_version.setAccessibleName(self.tr("Family version"))
        self.explain.setText(
            self.tr(
                "The team version is for colleagues and the case review. The family version is "
                "written for the family itself, in plain words."
            )
        )
        self.print_button.setText(self.tr("&Print…"))
        self.save_button.setText(self.tr("&Save as PDF…"))
        self.close_button.setText(self.tr("Close"))
        self.view.setAccessibleName(self.tr("Preview of the overview"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self._family is not None and self._pdf:
                self._build()
        super().changeEvent(event)


def print_document(document: QPdfDocument, printer: object) -> None:
    """Paint every page of `document` onto `printer`, fitted to the printable area."""
    from PySide6.QtPrintSupport import QPrinter

    assert isinstance(printer, QPrinter)
    painter = QPainter()
    if not painter.begin(printer):
        log.warning("the printer could not be started")
        return
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            area = painter.viewport()
            points = document.pagePointSize(page)
            target = points.toSize().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            image = document.render(page, (points * (PRINT_DPI / 72)).toSize())
            painter.drawImage(QRect(QPoint(area.x(), area.y()), target), image)
    finally:
        painter.end()
