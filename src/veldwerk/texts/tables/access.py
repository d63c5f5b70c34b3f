"""Texts of the access log and the family's access report (issue 15): what was done, to which
data, the command line's `access-log` and `access-report`, and the report's own words (B1)."""

from __future__ import annotations

from veldwerk.texts.catalogue import Entry

TEXTS: dict[str, Entry] = {
    "config.hint.role": (
        "je functie, bijvoorbeeld casusregisseur",
        "your role, for example case director",
    ),
    # what was done
    "access.action.view": ("bekeken", "viewed"),
    "access.action.change": ("gewijzigd", "changed"),
    "access.action.print": ("afgedrukt", "printed"),
    "access.action.save": ("opgeslagen als bestand", "saved as a file"),
    "access.action.export": ("geëxporteerd", "exported"),
    "access.action.share": ("gedeeld met een collega", "shared with a colleague"),
    "access.action.receive": ("ontvangen van een collega", "received from a colleague"),
    "access.action.search": ("geopend vanuit zoeken", "opened from a search"),
    "access.action.learning": ("in leerdata gezet", "put into learning data"),
    "access.action.report": ("inzageverslag gemaakt", "access report made"),
    # which data
    "access.kind.family": ("gezinsgegevens", "family details"),
    "access.kind.overview": ("overzicht (team)", "overview (team)"),
    "access.kind.family_overview": ("overzicht (gezin)", "overview (family)"),
    "access.kind.case_file": ("dossierbestand", "case file"),
    "access.kind.members": ("gezinsleden", "family members"),
    "access.kind.network": ("netwerk", "network"),
    "access.kind.contacts": ("aanspreekpunten", "contact persons"),
    "access.kind.journey": ("klantreis", "journey"),
    "access.kind.plan": ("plan", "plan"),
    "access.kind.reflections": ("reflecties", "reflections"),
    "access.kind.learning_bundle": ("leerdata-export", "learning data export"),
    "access.kind.access_report": ("inzageverslag", "access report"),
    # the contact role someone held
    "access.role.primary": ("vast aanspreekpunt", "fixed contact"),
    "access.role.backup": ("achterwacht", "backup"),
    "access.role.none": ("geen rol in dit gezin", "no role in this family"),
    "access.unknown_user": ("(naam niet ingevuld)", "(name not filled in)"),
    "access.by": ("door {who}", "by {who}"),
    "access.for": ("namens {name}", "for {name}"),
    "access.to": ("aan {name}", "to {name}"),
    "access.from": ("van {name}", "from {name}"),
    "access.emergency": ("noodtoegang", "emergency access"),
    "access.times": ({"one": "1 keer", "other": "{n} keer"}, {"one": "once", "other": "{n} times"}),
    # the command line
    "access_log.none": ("Nog niets vastgelegd voor {ref}.", "Nothing recorded yet for {ref}."),
    "access_log.header": (
        "Wanneer|Wie|Wat|Welke gegevens|Apparaat",
        "When|Who|What|Which data|Device",
    ),
    "access_report.done": ("Inzageverslag geschreven: {path}", "Access report written: {path}"),
    # the report (B1: short sentences, one thing a sentence)
    "areport.title": ("Wat wij over jou bijhouden", "What we keep about you"),
    "areport.page": ("Pagina {n}", "Page {n}"),
    "areport.intro": (
        "Je vroeg wat wij over je gezin bijhouden. En wie dat heeft bekeken. "
        "Dat staat in dit verslag. Het is gemaakt op {date}.",
        "You asked what we keep about your family. And who looked at it. "
        "This report tells you. It was made on {date}.",
    ),
    "areport.right": (
        "Dit is je recht. Het staat in de privacywet (AVG, artikel 15).",
        "This is your right. It is in the privacy law (GDPR, article 15).",
    ),
    "areport.family": ("Je gezin", "Your family"),
    "areport.ref": ("Kenmerk: {ref}", "Reference: {ref}"),
    "areport.name": ("Naam: {name}", "Name: {name}"),
    "areport.municipality": ("Gemeente: {municipality}", "Municipality: {municipality}"),
    "areport.opened": ("Begonnen op: {date}", "Started on: {date}"),
    "areport.closed": ("Afgesloten op: {date}", "Closed on: {date}"),
    "areport.members": ("Gezinsleden", "Family members"),
    "areport.network": ("Netwerk", "Network"),
    "areport.contacts": ("Aanspreekpunten", "Contact persons"),
    "areport.contact_line": (
        "{role}: {name}, van {start} tot {until}",
        "{role}: {name}, from {start} to {until}",
    ),
    "areport.now": ("nu", "now"),
    "areport.journey": ("Klantreis", "Journey"),
    "areport.plan": ("Plan", "Plan"),
    "areport.reflections": ("Reflecties", "Reflections"),
    "areport.none": ("Niets vastgelegd.", "Nothing recorded."),
    "areport.access": ("Wie keek er in je dossier?", "Who looked at your file?"),
    "areport.access_intro": (
        "Hier staat wie je gegevens bekeek, veranderde, afdrukte of deelde. En wanneer.",
        "Here you see who viewed, changed, printed or shared your data. And when.",
    ),
    "areport.shared": ("Met wie is je dossier gedeeld?", "Who was your file shared with?"),
    "areport.shared_none": (
        "Je dossier is met niemand gedeeld.",
        "Your file was shared with no one.",
    ),
    "areport.shared_line": ("{date}: gedeeld met {name}", "{date}: shared with {name}"),
    "areport.received_line": ("{date}: ontvangen van {name}", "{date}: received from {name}"),
    "areport.learning": ("Leerdata", "Learning data"),
    "areport.learning_none": (
        "Je gegevens zijn niet gebruikt voor leerdata.",
        "Your data was not used for learning data.",
    ),
    "areport.learning_yes": (
        "Je gaf toestemming voor leerdata. Dan gaan sommige gegevens naar de coördinator. "
        "Zonder naam, adres of geboortedatum. Met een schuilnaam. "
        "Die schuilnaam is elke keer nieuw. Zo kan niemand de keren aan elkaar koppelen.",
        "You agreed to learning data. Then some data goes to the coordinator. "
        "Without name, address or birth date. With a made-up name. "
        "That name is new every time. So no one can link the times together.",
    ),
    "areport.learning_fields": ("Wat erin staat: {fields}.", "What is in it: {fields}."),
    "areport.learning_line": (
        "{date}: in leerdata-export nummer {n}",
        "{date}: in learning data export number {n}",
    ),
    "areport.retention": ("Hoe lang bewaren wij dit?", "How long do we keep this?"),
    "areport.retention_open": (
        "Je dossier is nog open. Na het afsluiten bewaren wij het {years} jaar."
        " Daarna wissen wij het.",
        "Your file is still open. After it is closed we keep it for {years} years."
        " Then we erase it.",
    ),
    "areport.retention_closed": (
        "Wij bewaren je dossier tot {date}. Daarna wissen wij het.",
        "We keep your file until {date}. Then we erase it.",
    ),
    "areport.retention_log": (
        "De lijst van wie keek, bewaren wij net zo lang. Die wissen wij samen met het dossier.",
        "The list of who looked is kept just as long. We erase it together with the file.",
    ),
    "areport.learning_field.region": ("regio", "region"),
    "areport.learning_field.status": ("open of afgesloten", "open or closed"),
    "areport.learning_field.opened_quarter": (
        "het kwartaal van de start",
        "the quarter it started",
    ),
    "areport.learning_field.duration_weeks": ("hoeveel weken", "how many weeks"),
    "areport.learning_field.closing_reason": (
        "waarom de hulp stopte (als een code)",
        "why the help ended (as a code)",
    ),
    "areport.learning_field.vulnerabilities": (
        "waar het gezin mee zit",
        "what the family deals with",
    ),
    "areport.learning_field.youngest_parent_age_band": (
        "leeftijdsgroep van de jongste ouder",
        "age group of the youngest parent",
    ),
    "areport.learning_field.children": ("hoeveel kinderen", "how many children"),
    "areport.learning_field.pregnancy_at_start": ("zwanger bij de start", "pregnant at the start"),
    "areport.learning_field.journey": (
        "soorten stappen per week, zonder tekst",
        "kinds of steps per week, without text",
    ),
    "areport.learning_field.network": (
        "hoeveel mensen in het netwerk",
        "how many people in the network",
    ),
    "areport.learning_field.contacts": ("of er een achterwacht is", "whether there is a backup"),
    "areport.learning_field.plan": ("hoeveel doelen en acties", "how many goals and actions"),
    "areport.learning_field.reflections": (
        "reflecties die je goedkeurde, zonder namen",
        "reflections you approved, without names",
    ),
}
