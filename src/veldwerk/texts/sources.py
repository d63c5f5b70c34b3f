"""The explicit list of the catalogue's text tables, and how they are put together.

A table is a module of `veldwerk.texts.tables` with a plain ``TEXTS`` dict (see
`veldwerk.texts.catalogue` for what an entry is). A new table is added to `SOURCES` by hand: no
text is ever registered as a side effect of importing some module, so what the catalogue knows
does not depend on what happened to be imported first.
"""

from __future__ import annotations

from veldwerk.texts.catalogue import Entry, Table
from veldwerk.texts.tables import (
    access,
    agenda,
    cli,
    closing,
    codes,
    contacts,
    coordinator,
    coordinator_report,
    dates,
    drafts,
    enrol,
    general,
    hostile,
    interchange,
    learning,
    passphrase,
    reports,
    rules,
    search,
    services,
    store,
    team,
    text_rules,
    ui,
)

SOURCES: tuple[tuple[str, Table], ...] = (
    ("hostile", hostile.TEXTS),
    ("enrol", enrol.TEXTS),
    ("general", general.TEXTS),
    ("rules", rules.TEXTS),
    ("text_rules", text_rules.TEXTS),
    ("dates", dates.TEXTS),
    ("contacts", contacts.TEXTS),
    ("closing", closing.TEXTS),
    ("passphrase", passphrase.TEXTS),
    ("codes", codes.TEXTS),
    ("store", store.TEXTS),
    ("interchange", interchange.TEXTS),
    ("learning", learning.TEXTS),
    ("services", services.TEXTS),
    ("search", search.TEXTS),
    ("coordinator", coordinator.TEXTS),
    ("coordinator_report", coordinator_report.TEXTS),
    ("reports", reports.TEXTS),
    ("team", team.TEXTS),
    ("access", access.TEXTS),
    ("cli", cli.TEXTS),
    ("agenda", agenda.TEXTS),
    ("ui", ui.TEXTS),
    ("drafts", drafts.TEXTS),
)
"""Every text table, by name (the name is only for messages about the tables themselves)."""


def gather(sources: tuple[tuple[str, Table], ...] = SOURCES) -> dict[str, Entry]:
    """All entries of `sources` in one dict. A key in two tables is a programming error
    (ValueError naming both), even when the texts are the same: each text has one home."""
    merged: dict[str, Entry] = {}
    home: dict[str, str] = {}
    for name, table in sources:
        for key, entry in table.items():
            if key in home:
                raise ValueError(f"text key {key!r} is in two tables: {home[key]} and {name}")
            home[key] = name
            merged[key] = entry
    return merged
