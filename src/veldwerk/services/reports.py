"""The one-page overviews of a family, as PDF bytes or a file. (The print preview keeps the PDF
in memory; no identifiable file is written unless the user saves one.)"""

from __future__ import annotations

from pathlib import Path

from veldwerk.domain import clock
from veldwerk.domain.errors import DomainError
from veldwerk.services.access import AccessService
from veldwerk.services.families import FamilyService


class ReportService:
    """`families` gives the family an overview is drawn of; `access` logs a saved one."""

    def __init__(self, families: FamilyService, access: AccessService) -> None:
        self._families = families
        self._access = access

    def overview_pdf(self, ref: str, *, family_version: bool = False, lang: str = "nl") -> bytes:
        family = self._families.get(ref)
        if family_version:
            from veldwerk.reports.family_overview import build_family_overview

            return build_family_overview(family, lang=lang, today=clock.today())
        from veldwerk.reports.team_overview import build_team_overview

        return build_team_overview(family, lang=lang, today=clock.today())

    def write_overview(
        self,
        ref: str,
        target: Path,
        *,
        family_version: bool = False,
        lang: str = "nl",
        emergency: bool = False,
    ) -> None:
        """Write the overview to `target` atomically (a missing family writes nothing)."""
        from veldwerk.files import write_atomically

        pdf = self.overview_pdf(ref, family_version=family_version, lang=lang)
        try:
            write_atomically(Path(target), pdf)
        except OSError as exc:  # no such folder, no rights, a full disk
            raise DomainError("file.unwritable", params={"path": str(target)}) from exc
        kind = "family_overview" if family_version else "overview"
        self._access.record_access(ref, "save", kind, emergency=emergency)
