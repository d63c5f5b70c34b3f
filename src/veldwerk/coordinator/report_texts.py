"""Every word report.pdf prints itself, in Dutch and English. Code labels (phases, barriers,
enablers) come from `domain.codes.label`."""

from __future__ import annotations

from datetime import date
from typing import Any

from veldwerk.reports.texts import long_date

NOTHING = "\u2014"
"""A figure that is not shown (a median or percentage of too few families, or of none): "—",
never 0, "nan" or an empty cell a reader could take for a forgotten number."""

TEXTS: dict[str, tuple[str, str]] = {
    "title": ("Leren van de praktijk", "Learning from practice"),
    "subtitle": (
        "Overzicht voor de coördinator: anonieme aantallen uit de gepseudonimiseerde leerbundels",
        "Coordinator's overview: anonymous numbers from the pseudonymised learning bundles",
    ),
    "selection.all": ("Alle regio's, alle perioden", "All regions, all periods"),
    "selection.region": ("Regio: {region}", "Region: {region}"),
    "selection.all_regions": ("Alle regio's", "All regions"),
    "selection.period": (
        "gezinnen gestart van {first} tot en met {last}",
        "families started from {first} to {last}",
    ),
    "collected_at": ("Verzameld: {when}", "Collected: {when}"),
    "families_total": ("Gezinnen in dit overzicht: {n}", "Families in this overview: {n}"),
    "suppression": (
        "Om niemand aanwijsbaar te maken staat een aantal van minder dan {t} gezinnen er als "
        "<{t}, en betekent x: verborgen, zodat een kleiner aantal niet terug te rekenen is. "
        "Percentages en medianen staan er alleen als ze over minstens {t} gezinnen gaan.",
        "So that nobody can be pointed at, a number below {t} families is shown as <{t}, and "
        "x means: hidden, so that a smaller number cannot be worked out. Percentages and "
        "medians are shown only when they are about at least {t} families.",
    ),
    "metrics.title": ("Kerncijfers per regio", "Key figures per region"),
    "col.region": ("Regio", "Region"),
    "col.families": ("Gezinnen", "Families"),
    "col.with_backup_pct": ("Met achterwacht (% van actief)", "With backup (% of active)"),
    "col.with_jim_pct": ("Met JIM (%)", "With JIM (%)"),
    "col.median_max_concurrent_professionals": (
        "Mediaan hulpverleners tegelijk",
        "Median professionals at once",
    ),
    "col.median_duration_weeks": (
        "Mediaan duur (weken, afgesloten)",
        "Median duration (weeks, closed)",
    ),
    "col.median_weeks_signal_to_intake": (
        "Mediaan signaal tot intake (weken)",
        "Median signal to intake (weeks)",
    ),
    "all": ("alle regio's", "all regions"),
    "barriers.title": ("Knelpunten per fase", "Barriers per phase"),
    "barriers.intro": (
        "Per fase de knelpunten die bij de meeste gezinnen voorkwamen (aantal gezinnen met dat "
        "knelpunt bij een gebeurtenis in die fase).",
        "Per phase the barriers most families met (number of families with that barrier on an "
        "event in that phase).",
    ),
    "barriers.none": (
        "Geen knelpunt bij {t} of meer gezinnen.",
        "No barrier met by {t} or more families.",
    ),
    "enablers.title": ("Wat helpt", "What helps"),
    "enablers.intro": (
        "Werkzame factoren: aantal gezinnen met die factor bij minstens één gebeurtenis.",
        "Enablers: number of families with that enabler on at least one event.",
    ),
    "enablers.none": (
        "Geen werkzame factor bij {t} of meer gezinnen.",
        "No enabler recorded for {t} or more families.",
    ),
    "hidden_list": ("Bij minder dan {t} gezinnen: {list}.", "Fewer than {t} families: {list}."),
    "trends.title": ("Ontwikkeling per kwartaal", "Trends per quarter"),
    "trends.intro": (
        "Gezinnen per kwartaal waarin de ondersteuning begon, en de mediaan van het aantal "
        "weken van signaal tot intake.",
        "Families per quarter in which support started, and the median number of weeks from "
        "signal to intake.",
    ),
    "trends.none": ("Nog geen gegevens.", "No data yet."),
    "col.quarter": ("Kwartaal", "Quarter"),
    "col.wait": ("Mediaan signaal tot intake (weken)", "Median signal to intake (weeks)"),
    "rejected": (
        "{n} bestand(en) in de gedeelde map konden niet worden gebruikt; zie rejected.csv.",
        "{n} file(s) in the shared folder could not be used; see rejected.csv.",
    ),
    "page": ("Pagina {n}", "Page {n}"),
    "no_families": (
        "Er zijn (nog) te weinig gezinnen om iets te laten zien.",
        "There are too few families (yet) to show anything.",
    ),
}


def text(key: str, lang: str, **params: Any) -> str:
    nl, en = TEXTS[key]
    template = nl if lang == "nl" else en
    return template.format(**params) if params else template


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


def local_date(when: str, lang: str) -> str:
    """An ISO date ("2026-12-01") as people write it: "1 december 2026" / "1 December 2026";
    anything else as it is."""
    try:
        day = date.fromisoformat(when[:10])
    except ValueError:
        return when
    return long_date(day, lang)
