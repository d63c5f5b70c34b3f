"""The one-page overviews of a family, as PDF bytes or a file, and the private temporary file a
PDF lives in while it is previewed or printed."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from veldwerk.domain import clock
from veldwerk.services.families import FamilyService
from veldwerk.store.profile import ProfilePaths


class ReportService:
    """`families` gives the family an overview is drawn of; `paths` the profile's private
    temporary folder."""

    def __init__(self, families: FamilyService, paths: ProfilePaths) -> None:
        self._families = families
        self._paths = paths

    def overview_pdf(self, ref: str, *, family_version: bool = False, lang: str = "nl") -> bytes:
        family = self._families.get(ref)
        if family_version:
            from veldwerk.reports.family_overview import build_family_overview

            return build_family_overview(family, lang=lang, today=clock.today())
        from veldwerk.reports.team_overview import build_team_overview

        return build_team_overview(family, lang=lang, today=clock.today())

    def write_overview(
        self, ref: str, target: Path, *, family_version: bool = False, lang: str = "nl"
    ) -> None:
        from veldwerk.store.atomic import write_atomic

        write_atomic(Path(target), self.overview_pdf(ref, family_version=family_version, lang=lang))

    @contextmanager
    def private_temp_pdf(self, data: bytes) -> Iterator[Path]:
        """`data` in a 0600 file inside the profile's private tmp folder, removed afterwards
        (for the print preview and the printer)."""
        from veldwerk.store.profile import private_temp_file

        with private_temp_file(self._paths, ".pdf") as path:
            path.write_bytes(data)
            yield path
