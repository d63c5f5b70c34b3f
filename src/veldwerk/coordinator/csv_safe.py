"""Every CSV file the coordinator writes goes through here, so no cell is run as a formula.

A spreadsheet (Excel, LibreOffice, Google Sheets) treats a cell that starts with ``=``, ``+``,
``-`` or ``@`` as a formula, and a tab or carriage return in front as padding before one. A
region name or a file name in the shared folder is chosen by whoever made it: ``=HYPERLINK(...)``
would become a link, and worse. `safe_cell` puts an apostrophe in front of such a cell (the
spreadsheets' own sign for "this is text"; it is not shown), also for the full-width forms some
spreadsheets read as the same characters.

`write_csv(path, header, rows)`: UTF-8, comma-separated, ``\\n`` line ends, fields quoted only
when needed, every cell through `safe_cell`, written atomically (`veldwerk.files`), so a reader
never sees half a file. Other parts (such as waiting.csv) call these too.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

from veldwerk.files import write_atomically

FORMULA_STARTS: frozenset[str] = frozenset("=+-@\t\r\n\uff1d\uff0b\uff0d\uff20")
"""A cell starting with one of these is neutralised (the last four: full-width = + - @)."""

NEUTRAL_PREFIX = "'"


def safe_cell(value: object) -> str:
    """`value` as text, with an apostrophe in front when it would start a formula."""
    text = "" if value is None else str(value)
    if text and text[0] in FORMULA_STARTS:
        return NEUTRAL_PREFIX + text
    return text


def csv_bytes(header: Sequence[object], rows: Iterable[Sequence[object]]) -> bytes:
    """The CSV file's bytes: the header, then the rows, every cell through `safe_cell`."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([safe_cell(c) for c in header])
    writer.writerows([safe_cell(c) for c in row] for row in rows)
    return buffer.getvalue().encode("utf-8")


def write_csv(path: Path, header: Sequence[object], rows: Iterable[Sequence[object]]) -> None:
    """Write `csv_bytes(header, rows)` to `path` atomically (OSError when it cannot)."""
    write_atomically(Path(path), csv_bytes(header, rows))
