"""How report.pdf and the coordinator's window show a published figure. Their words are the text
catalogue's ``coordinator.report.*`` entries (`veldwerk.texts.tables.coordinator_report`), code
labels (phases, barriers, enablers) `domain.codes.label`."""

from __future__ import annotations

NOTHING = "\u2014"
"""A figure that is not shown (a median or percentage of too few families, or of none): "—",
never 0, "nan" or an empty cell a reader could take for a forgotten number."""


def local_number(value: str, lang: str) -> str:
    """A published cell as read in `lang`: ``12.5`` becomes ``12,5`` in Dutch (the CSV files
    keep the dot)."""
    if lang == "nl" and value.count(".") == 1 and value.replace(".", "").isdigit():
        return value.replace(".", ",")
    return value


def shown_figure(value: str, lang: str) -> str:
    """A published figure as the report and the window show it: `local_number`, and "—" for
    an empty cell (the CSV files keep it empty)."""
    return local_number(value, lang) if value.strip() else NOTHING
