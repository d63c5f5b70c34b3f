"""The files a run writes: aggregates.csv, metrics.csv, rejected.csv and report.pdf.

CSV: UTF-8, comma-separated, a header line, ``\\n`` line ends, fields quoted only when needed.
Every file is written to a temporary name beside it and renamed, so a reader never sees half a
file. `docs/coordinator-outputs.md` describes every column.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

from veldwerk.coordinator.collect import Rejection
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


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def aggregates_csv(overview: Overview) -> bytes:
    return csv_bytes(AGGREGATE_COLUMNS, (r.as_row() for r in overview.aggregates))


def metrics_csv(overview: Overview) -> bytes:
    return csv_bytes(METRIC_COLUMNS, overview.metrics)


def rejected_csv(rejected: Sequence[Rejection]) -> bytes:
    return csv_bytes(REJECTED_COLUMNS, ((r.file, r.reason) for r in rejected))


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

    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise DomainError("coordinator.out_not_writable", "out", {"path": str(out_dir)}) from None
    overview = build_overview(families, threshold)
    contents = {
        AGGREGATES: aggregates_csv(overview),
        METRICS: metrics_csv(overview),
        REJECTED: rejected_csv(rejected),
        REPORT: report_pdf(overview, lang=lang, rejected=len(rejected), collected_at=collected_at),
    }
    written = []
    for name, data in contents.items():
        path = out_dir / name
        try:
            write_atomically(path, data)
        except PermissionError:
            raise DomainError(
                "coordinator.out_not_writable", "out", {"path": str(out_dir)}
            ) from None
        written.append(path)
    return written
