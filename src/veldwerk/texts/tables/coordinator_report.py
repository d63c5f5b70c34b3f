"""Every word the coordinator's report.pdf (`coordinator.report`) prints itself, under
``coordinator.report.``. Code labels (phases, barriers, enablers) are the `codes` table's."""

from __future__ import annotations

from veldwerk.texts.catalogue import Entry

TEXTS: dict[str, Entry] = {
    "coordinator.report.title": ("Leren van de praktijk", "Learning from practice"),
    "coordinator.report.subtitle": (
        "Anonieme cijfers voor de coördinator, uit de gepseudonimiseerde leergegevens",
        "Anonymous figures for the coordinator, from the pseudonymised learning data",
    ),
    "coordinator.report.selection.all": ("Alle regio's, alle perioden", "All regions, all periods"),
    "coordinator.report.selection.region": ("Regio: {region}", "Region: {region}"),
    "coordinator.report.selection.all_regions": ("Alle regio's", "All regions"),
    "coordinator.report.selection.period": (
        "gezinnen gestart van {first} tot en met {last}",
        "families started from {first} to {last}",
    ),
    "coordinator.report.collected_at": ("Verzameld: {when}", "Collected: {when}"),
    "coordinator.report.families_total": (
        "Gezinnen in dit overzicht: {n}",
        "Families in this overview: {n}",
    ),
    "coordinator.report.suppression": (
        "Om niemand aanwijsbaar te maken staat een aantal van minder dan {t} gezinnen er als "
        "<{t}, en betekent x: verborgen, zodat een kleiner aantal niet terug te rekenen is. "
        "Alle andere aantallen zijn afgerond op {step} (vanaf {coarse_from} op {coarse_step}). "
        "Een totaal is de som van de getoonde delen; een + erachter betekent dat er ook "
        "verborgen delen zijn. Een percentage staat er alleen als de gezinnen die het telt en de "
        "overige gezinnen allebei minstens {t} zijn; een mediaan alleen als hij over minstens "
        "{t} gezinnen gaat.",
        "So that nobody can be pointed at, a number below {t} families is shown as <{t}, and "
        "x means: hidden, so that a smaller number cannot be worked out. Every other number is "
        "rounded to {step} (from {coarse_from} on to {coarse_step}). A total is the sum of the "
        "parts shown; a + after it means that some parts are hidden. A percentage is shown only "
        "when the families it counts and the other families both number at least {t}; a median "
        "only when it is about at least {t} families.",
    ),
    "coordinator.report.metrics.title": ("Kerncijfers per regio", "Key figures per region"),
    "coordinator.report.col.region": ("Regio", "Region"),
    "coordinator.report.col.families": ("Gezinnen", "Families"),
    "coordinator.report.col.with_backup_pct": (
        "Met achterwacht (% van actief)",
        "With backup (% of active)",
    ),
    "coordinator.report.col.with_jim_pct": ("Met JIM (%)", "With JIM (%)"),
    "coordinator.report.col.median_max_concurrent_professionals": (
        "Mediaan hulpverleners tegelijk",
        "Median professionals at once",
    ),
    "coordinator.report.col.median_duration_weeks": (
        "Mediaan duur (weken, afgesloten)",
        "Median duration (weeks, closed)",
    ),
    "coordinator.report.col.median_weeks_signal_to_intake": (
        "Mediaan signaal tot intake (weken)",
        "Median signal to intake (weeks)",
    ),
    "coordinator.report.all": ("alle regio's", "all regions"),
    "coordinator.report.barriers.title": ("Knelpunten per fase", "Barriers per phase"),
    "coordinator.report.barriers.intro": (
        "Per fase de knelpunten die bij de meeste gezinnen voorkwamen (aantal gezinnen met dat "
        "knelpunt bij een gebeurtenis in die fase).",
        "Per phase the barriers most families met (number of families with that barrier on an "
        "event in that phase).",
    ),
    "coordinator.report.barriers.none": (
        "Geen knelpunt bij {t} of meer gezinnen.",
        "No barrier met by {t} or more families.",
    ),
    "coordinator.report.enablers.title": ("Wat helpt", "What helps"),
    "coordinator.report.enablers.intro": (
        "Werkzame factoren: aantal gezinnen met die factor bij minstens één gebeurtenis.",
        "Enablers: number of families with that enabler on at least one event.",
    ),
    "coordinator.report.enablers.none": (
        "Geen werkzame factor bij {t} of meer gezinnen.",
        "No enabler recorded for {t} or more families.",
    ),
    "coordinator.report.hidden_list": (
        "Bij minder dan {t} gezinnen: {list}.",
        "Fewer than {t} families: {list}.",
    ),
    "coordinator.report.trends.title": ("Ontwikkeling per kwartaal", "Trends per quarter"),
    "coordinator.report.trends.intro": (
        "Gezinnen per kwartaal waarin de ondersteuning begon, en de mediaan van het aantal "
        "weken van signaal tot intake.",
        "Families per quarter in which support started, and the median number of weeks from "
        "signal to intake.",
    ),
    "coordinator.report.trends.none": ("Nog geen gegevens.", "No data yet."),
    "coordinator.report.col.quarter": ("Kwartaal", "Quarter"),
    "coordinator.report.col.wait": (
        "Mediaan signaal tot intake (weken)",
        "Median signal to intake (weeks)",
    ),
    "coordinator.report.rejected": (
        "{n} bestand(en) in de gedeelde map konden niet worden gebruikt; zie rejected.csv.",
        "{n} file(s) in the shared folder could not be used; see rejected.csv.",
    ),
    "coordinator.report.page": ("Pagina {n}", "Page {n}"),
    "coordinator.report.no_families": (
        "Er zijn (nog) te weinig gezinnen om iets te laten zien.",
        "There are too few families (yet) to show anything.",
    ),
}
