"""Importing a case file from the main window: choose the file, import it with a progress dialog
that can be cancelled, offer to replace families that are already there, and list what stopped
an import. Its strings are looked up under the "MainWindow" context, where the Dutch translation
keeps them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from veldwerk.domain.errors import DomainError
from veldwerk.ui import dialogs
from veldwerk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from veldwerk.ui.db_worker import DbWorker

MAX_LISTED_PROBLEMS = 12


class CaseFileImport:
    """The import, run on `tasks` over `worker`'s workspace; `imported` is called after a
    successful import, before the user is told how many families came in."""

    def __init__(
        self,
        parent: QWidget,
        worker: DbWorker,
        tasks: TaskRunner,
        imported: Callable[[], None],
    ) -> None:
        self.parent = parent
        self.worker = worker
        self.tasks = tasks
        self.imported = imported

    def choose(self) -> None:
        """Ask for a case file and import it."""
        path = dialogs.open_file(
            self.parent,
            QCoreApplication.translate("MainWindow", "Import a case file"),
            QCoreApplication.translate("MainWindow", "Case files (*.json);;All files (*)"),
        )
        if path is not None:
            self.start(path)

    def start(self, path: Any, replace: bool = False) -> bool:
        """Import the case file at `path` with a progress dialog that can be cancelled."""
        target = Path(path)

        def op(ws, progress, cancel):  # type: ignore[no-untyped-def]
            return ws.families.import_file(
                target, replace_existing=replace, progress=progress, cancel=cancel
            )

        def refused(err: DomainError) -> None:
            if (
                not replace
                and err.problems
                and all(p.code == "family.ref_exists" for p in err.problems)
            ):
                if self._replace_agreed(len(err.problems)):
                    self.start(target, replace=True)
                return
            self._show_problems(err)

        def done(result: Any) -> None:
            self.imported()
            count = result.imported
            dialogs.information(
                self.parent,
                QCoreApplication.translate("MainWindow", "Imported"),
                QCoreApplication.translate("MainWindow", "%n family(ies) imported.", "", count),
            )

        def cancelled() -> None:
            dialogs.information(
                self.parent,
                QCoreApplication.translate("MainWindow", "Import stopped"),
                QCoreApplication.translate(
                    "MainWindow", "The import was stopped. Nothing was imported."
                ),
            )

        title = QCoreApplication.translate("MainWindow", "Importing families…")
        return self.tasks.start(title, op, done, refused, cancelled)

    def _replace_agreed(self, count: int) -> bool:
        return dialogs.question(
            self.parent,
            QCoreApplication.translate("MainWindow", "Already there"),
            QCoreApplication.translate(
                "MainWindow",
                "%n of these families are already in veldwerk. Replace them "
                "with the ones in the file?",
                "",
                count,
            ),
            yes=QCoreApplication.translate("MainWindow", "Replace"),
            no=QCoreApplication.translate("MainWindow", "Cancel"),
        )

    def _show_problems(self, err: DomainError) -> None:
        lines = [p.describe(self.worker.lang) for p in err.problems[:MAX_LISTED_PROBLEMS]]
        more = len(err.problems) - len(lines)
        if more > 0:
            lines.append(QCoreApplication.translate("MainWindow", "… and %n more", "", more))
        dialogs.warning(
            self.parent,
            QCoreApplication.translate("MainWindow", "Nothing was imported"),
            QCoreApplication.translate(
                "MainWindow", "The file was not imported because of these problems:"
            ),
            "\n".join(lines),
        )
