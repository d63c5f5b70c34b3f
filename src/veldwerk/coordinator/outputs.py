"""The files a run writes: aggregates.csv, metrics.csv, rejected.csv and report.pdf.

CSV: written by `csv_safe.write_csv` (UTF-8, comma-separated, a header line, ``\\n`` line ends,
fields quoted only when needed, no cell a spreadsheet would run as a formula). Every file is
written to a temporary name beside it and renamed, so a reader never sees half a file. Every
number comes from `overview.build_overview`, protected. `docs/coordinator-outputs.md` describes
every column.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from veldwerk.coordinator.collect import Rejection
from veldwerk.coordinator.csv_safe import write_csv
from veldwerk.coordinator.facts import FamilyFacts
from veldwerk.coordinator.overview import Overview, build_overview
from veldwerk.coordinator.suppress import METRIC_COLUMNS
from veldwerk.domain.errors import DomainError
from veldwerk.files import write_atomically

AGGREGATES = "aggregates.csv"
METRICS = "metrics.csv"
REJECTED = "rejected.csv"
REPORT = "report.pdf"

AGGREGATE_COLUMNS: tuple[str, ...] = ("dimension", "category", "families", "events")
REJECTED_COLUMNS: tuple[str, ...] = ("file", "reason")


def csv_tables(
    overview: Overview, rejected: Sequence[Rejection]
) -> dict[str, tuple[Sequence[str], list[Sequence[str]]]]:
    """file name -> (header, rows) of the three CSV files."""
    return {
        AGGREGATES: (AGGREGATE_COLUMNS, [r.as_row() for r in overview.aggregates]),
        METRICS: (METRIC_COLUMNS, list(overview.metrics)),
        REJECTED: (REJECTED_COLUMNS, [(r.file, r.reason) for r in rejected]),
    }


def write_outputs(
    out_dir: Path,
    families: Sequence[FamilyFacts],
    rejected: Sequence[Rejection],
    threshold: int,
    *,
    lang: str = "en",
    collected_at: str = "",
) -> list[Path]:
    """Write the four outputs into `out_dir` (created if needed); their paths."""
    from veldwerk.coordinator.report import report_pdf

    def refused() -> DomainError:
        return DomainError("coordinator.out_not_writable", "out", {"path": str(out_dir)})

    overview = build_overview(families, threshold)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise refused() from None
    pdf = report_pdf(overview, lang=lang, rejected=len(rejected), collected_at=collected_at)
    written = []
    try:
        for name, (header, rows) in csv_tables(overview, rejected).items():
            write_csv(out_dir / name, header, rows)
            written.append(out_dir / name)
        write_atomically(out_dir / REPORT, pdf)
        written.append(out_dir / REPORT)
    except PermissionError:
        raise refused() from None
    return written
