"""What the coordinator window does for the Installations tab: enrol a waiting installation
(asking for its region in `enrol_dialog.EnrolDialog`) and end an enrolment (after asking), both
through the coordinator service on the task runner's thread, then show the families and
installations anew. A part of `CoordinatorWindow` (which provides `service`, `lang`, `status`,
`_run`, `_show_installations`, `_fill_filters` and `refresh`); its texts carry their own
translation context, as a base class's `self.tr` would look them up under the window's."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from shiboken6 import isValid

from veldwerk.coordinator.service import Enrolled, Enrolment, Installations, Waiting
from veldwerk.domain.errors import DomainError
from veldwerk.domain.fingerprint import format_fingerprint
from veldwerk.texts import text
from veldwerk.ui import dialogs
from veldwerk.ui.coordinator.enrol_dialog import EnrolDialog

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QLabel

    from veldwerk.coordinator.facts import FamilyFacts
    from veldwerk.coordinator.service import CoordinatorService
    from veldwerk.ui.tasks import Work

translate = QCoreApplication.translate


class EnrolmentActions:
    """See the module's text."""

    if TYPE_CHECKING:
        service: CoordinatorService
        lang: str
        status: QLabel
        families: list[FamilyFacts]

        def _run(
            self,
            work: Work,
            on_done: Callable[[Any], None],
            on_refused: Callable[[DomainError], None] | None = None,
        ) -> bool: ...

        def _show_installations(self, installations: Installations) -> None: ...
        def _fill_filters(self) -> None: ...
        def refresh(self) -> None: ...

    enrol_dialog: EnrolDialog | None = None

    def open_enrol_dialog(self, waiting: Waiting) -> EnrolDialog:
        """Ask for the region `waiting` counts in (window-modal, never blocking), then enrol
        it through the service; the dialog shows a refusal and stays open."""
        dialog = EnrolDialog(waiting, self.lang, self)  # type: ignore[arg-type]
        dialog.submitted.connect(lambda region: self._enrol(dialog, region))
        dialog.finished.connect(lambda _result: self._forget_enrol_dialog(dialog))
        self.enrol_dialog = dialog
        dialog.open()
        return dialog

    def _forget_enrol_dialog(self, dialog: EnrolDialog) -> None:
        if self.enrol_dialog is dialog:
            self.enrol_dialog = None
        dialog.deleteLater()

    def _enrol(self, dialog: EnrolDialog, region: str) -> None:
        waiting, service = dialog.waiting, self.service

        def work(_p: Any, _c: Any) -> tuple[Enrolled, list[FamilyFacts], Installations]:
            done = service.enrol(waiting.installation_id, region, fingerprint=waiting.fingerprint)
            return done, service.families(), service.installations()

        def done(result: tuple[Enrolled, list[FamilyFacts], Installations]) -> None:
            enrolled, families, installations = result
            if isValid(dialog):
                dialog.accept()
            self._after_enrolment(families, installations)
            e = enrolled.enrolment
            params = {"id": e.installation_id, "region": e.region}
            params["fingerprint"] = format_fingerprint(e.fingerprint)
            self.status.setText(text("coordinator.enrolled", self.lang, **params))

        def refused(error: DomainError) -> None:
            if isValid(dialog):
                dialog.show_error(error.message(self.lang))
            else:
                self.status.setText(error.message(self.lang))

        if not self._run(work, done, refused):
            dialog.show_error(
                translate("CoordinatorEnrolment", "Wait until the collection has finished.")
            )

    def revoke(self, enrolment: Enrolment) -> bool:
        """After asking, end `enrolment` through the service: nothing of it counts any more."""
        title = translate("CoordinatorEnrolment", "End enrolment")
        question = translate(
            "CoordinatorEnrolment",
            "End the enrolment of installation %1? Its families no longer count, and its "
            "bundles wait again until you enrol it.",
        ).replace("%1", enrolment.installation_id)
        keep = translate("CoordinatorEnrolment", "Keep it")
        if not dialogs.question(self, title, question, title, keep):  # type: ignore[arg-type]
            return False
        service, inst = self.service, enrolment.installation_id

        def work(_p: Any, _c: Any) -> tuple[list[FamilyFacts], Installations]:
            service.revoke(inst)
            return service.families(), service.installations()

        def done(result: tuple[list[FamilyFacts], Installations]) -> None:
            self._after_enrolment(*result)
            self.status.setText(text("coordinator.revoked", self.lang, **{"id": inst}))

        return self._run(work, done)

    def _after_enrolment(self, families: list[FamilyFacts], installations: Installations) -> None:
        self.families = families
        self._show_installations(installations)
        self._fill_filters()
        self.refresh()
