"""One row of the "What leaves" table per learning record: a pure function of the record.

The row is built from the record itself (what would actually leave), never from the family, so
the table cannot show anything the record does not hold: no name, no municipality, no date.
Code labels come from `veldwerk.domain.codes.label`, in the user's language.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from veldwerk.domain.codes import label

SHORT_PSEUDONYM = 8
"""Characters of the pseudonym shown; enough to tell families apart on one screen."""
TOP = 3
"""Barriers and enablers shown per family (the most frequent first)."""
PHASE_ARROW = " \u2192 "


@dataclass(frozen=True)
class PreviewRow:
    pseudonym: str
    """The first characters of the record's pseudonym."""
    full_pseudonym: str
    status: str
    opened_quarter: str
    duration_weeks: int | None
    """Closed: weeks from the opening quarter's first day to closing (bands of 4); None while
    active."""
    phase_path: str
    events: int
    barriers: str
    enablers: str
    jim: bool
    backup: bool
    reflections: int


def short_pseudonym(pseudonym: str) -> str:
    """The first `SHORT_PSEUDONYM` characters of a pseudonym."""
    return pseudonym[:SHORT_PSEUDONYM]


def _status(record: Mapping[str, Any], lang: str) -> str:
    """The status, with the closing reason after it when the record holds one (bundle
    version 3): "afgesloten · Verhuisd"."""
    status = label("family_status", str(record.get("status", "")), lang)
    reason = record.get("closing_reason")
    return (
        f"{status} · {label('closing_reason', reason, lang)}" if isinstance(reason, str) else status
    )


def _whole(value: Any) -> int | None:
    """An integer of the record, or None (a duration is null while the family is active)."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def phase_path(journey: Sequence[Mapping[str, Any]], lang: str) -> str:
    """The phases the journey went through, in order, each once per stretch:
    ``pregnancy → first year``. Empty for an empty journey."""
    phases: list[str] = []
    for entry in journey:
        phase = str(entry.get("phase", ""))
        if phase and (not phases or phases[-1] != phase):
            phases.append(phase)
    return PHASE_ARROW.join(label("phase", p, lang) for p in phases)


def top_codes(journey: Iterable[Mapping[str, Any]], kind: str, n: int = TOP) -> list[str]:
    """The `n` codes of `kind` ("barriers" or "enablers") named most often in the journey;
    ties in code order, so the table does not shuffle between refreshes."""
    counts: Counter[str] = Counter()
    for entry in journey:
        counts.update(str(c) for c in entry.get(kind, ()))
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [code for code, _count in ranked[:n]]


def code_labels(kind: str, found: Iterable[str], lang: str) -> str:
    """Labels of `found` codes of list `kind`, comma-separated."""
    return ", ".join(label(kind, code, lang) for code in found)


def preview_row(record: Mapping[str, Any], lang: str) -> PreviewRow:
    """The table row of one learning record."""
    journey: Sequence[Mapping[str, Any]] = record.get("journey", ())
    network: Mapping[str, Any] = record.get("network", {})
    contacts: Mapping[str, Any] = record.get("contacts", {})
    pseudonym = str(record.get("pseudonym", ""))
    return PreviewRow(
        pseudonym=short_pseudonym(pseudonym),
        full_pseudonym=pseudonym,
        status=_status(record, lang),
        opened_quarter=str(record.get("opened_quarter", "")),
        duration_weeks=_whole(record.get("duration_weeks")),
        phase_path=phase_path(journey, lang),
        events=len(journey),
        barriers=code_labels("barrier", top_codes(journey, "barriers"), lang),
        enablers=code_labels("enabler", top_codes(journey, "enablers"), lang),
        jim=bool(network.get("jim", False)),
        backup=bool(contacts.get("backup_now", False)),
        reflections=len(record.get("reflections", ())),
    )


def preview_rows(records: Iterable[Mapping[str, Any]], lang: str) -> list[PreviewRow]:
    """Rows for every record, in pseudonym order (records carry no order of their own)."""
    return sorted((preview_row(r, lang) for r in records), key=lambda r: r.full_pseudonym)
