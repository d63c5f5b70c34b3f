"""Demo families and the throwaway demo profile behind ``veldwerk --demo``.

A new user should see the app working at once: twelve synthetic families from the Noord-Veluwe,
with the variety a case director meets (parents with a mild intellectual disability, parents
under 18, every phase of the first 1000 days and one family just past them, a JIM, stressful
ties, handovers, a family without an achterwacht, a closed family, crises, waiting lists,
plans and reflections).

Everything here is fictional. Names, addresses, organisations, phone numbers (06-1234xxxx) and
e-mail addresses (@example.nl) are made up; any likeness to real people is chance.

Every date is counted back (or forward, for due dates and plans) from `today`, so the demo
always looks current and every family passes `domain.rules.validate_family` on that day.

The demo profile lives in a fresh temporary folder, is opened with a fixed, published
passphrase and the cheap test KDF (`keys.FAST_KDF_FOR_TESTS`): that is acceptable ONLY because it
holds demo data and is removed when the workspace closes (or, at the latest, when the program
exits). Never put real family data in it.
"""

from __future__ import annotations

import atexit
import logging
import shutil
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from veldwerk.domain import clock
from veldwerk.domain.model import (
    Action,
    ContactAssignment,
    Event,
    Family,
    Goal,
    Member,
    NetworkMember,
    Reflection,
)
from veldwerk.services.workspace import Workspace
from veldwerk.store import keys

log = logging.getLogger(__name__)

__all__ = [
    "DEMO_FOLDER_PREFIX",
    "DEMO_PASSPHRASE",
    "DEMO_REGION",
    "DemoWorkspace",
    "demo_families",
    "open_demo_workspace",
]

DEMO_PASSPHRASE = "Demo-profiel: alleen verzonnen gezinnen, 2 x 6 stuks!"
"""Published on purpose: the demo profile holds only fictional data and is thrown away."""

DEMO_REGION = "Noord-Veluwe (demo)"
DEMO_FOLDER_PREFIX = "veldwerk-demo-"


# ---- building blocks ---------------------------------------------------------------------------
@dataclass(frozen=True)
class _Calendar:
    """Dates relative to the demo's `today`."""

    today: date

    def ago(self, days: int) -> date:
        return self.today - timedelta(days=days)

    def ahead(self, days: int) -> date:
        return self.today + timedelta(days=days)

    def born(self, years: int, days: int = 0) -> date:
        """A birth date `years` years (leap days counted) and `days` days before today."""
        return self.today - timedelta(days=years * 365 + years // 4 + days)


def _pro(
    nid: str,
    name: str,
    profession: str,
    organisation: str,
    since: date | None,
    until: date | None = None,
    *,
    strength: str = "normal",
    phone: str | None = None,
    email: str | None = None,
) -> NetworkMember:
    return NetworkMember(
        id=nid,
        kind="professional",
        name=name,
        profession=profession,
        organisation=organisation,
        since=since,
        until=until,
        strength=strength,
        phone=phone,
        email=email,
    )


def _informal(
    nid: str,
    name: str,
    relation: str,
    *,
    strength: str = "normal",
    since: date | None = None,
    until: date | None = None,
    phone: str | None = None,
) -> NetworkMember:
    return NetworkMember(
        id=nid,
        kind="informal",
        name=name,
        relation=relation,
        strength=strength,
        since=since,
        until=until,
        phone=phone,
    )


def _jim(
    nid: str,
    name: str,
    relation: str,
    mentor_of: str,
    since: date,
    until: date | None = None,
    *,
    strength: str = "strong",
    phone: str | None = None,
) -> NetworkMember:
    return NetworkMember(
        id=nid,
        kind="jim",
        name=name,
        relation=relation,
        mentor_of=mentor_of,
        since=since,
        until=until,
        strength=strength,
        phone=phone,
    )


def _ev(
    day: date,
    kind: str,
    title: str,
    description: str | None = None,
    involved: Iterable[str] = (),
    barriers: Iterable[str] = (),
    enablers: Iterable[str] = (),
) -> Event:
    return Event(
        date=day,
        type=kind,
        title=title,
        description=description,
        involved=tuple(involved),
        barriers=tuple(barriers),
        enablers=tuple(enablers),
    )


def _journey(*events: Event) -> tuple[Event, ...]:
    """The events by date (stable, so same-day events keep their written order)."""
    return tuple(sorted(events, key=lambda e: e.date))


def _goal(title: str, status: str, *actions: Action) -> Goal:
    return Goal(title=title, status=status, actions=actions)


def _act(title: str, owner: str | None, due_on: date | None, status: str) -> Action:
    return Action(title=title, owner=owner, due_on=due_on, status=status)


def _primary(nid: str, start: date, until: date | None = None) -> ContactAssignment:
    return ContactAssignment(role="primary", network_id=nid, start=start, until=until)


def _backup(nid: str, start: date, until: date | None = None) -> ContactAssignment:
    return ContactAssignment(role="backup", network_id=nid, start=start, until=until)


def _ref(prefix: str, opened_on: date, number: int) -> str:
    return f"{prefix}-{opened_on.year}-{number:03d}"


# Organisations (fictional, but the kind a Noord-Veluwe case director works with).
ST_HARDERWIJK = "Sociaal Team Harderwijk"
ST_ERMELO = "Sociaal Team Ermelo"
ST_NUNSPEET = "Sociaal Team Nunspeet"
ST_ELBURG = "Sociaal Team Elburg"
ST_PUTTEN = "Sociaal Team Putten"
ST_OLDEBROEK = "Sociaal Team Oldebroek"
ST_HATTEM = "Sociaal Team Hattem"
JGZ = "JGZ Noord-Veluwe"
DE_WIEG = "Verloskundigenpraktijk De Wieg"
HET_NEST = "Verloskundigenpraktijk Het Nest"
KLAPROOS = "Kraamzorg De Klaproos"
MEE = "MEE Veluwe"
DE_LINDE = "LVB-zorg De Linde"
GGZ = "GGZ De Oever"
VEILIG_THUIS = "Veilig Thuis Noord-Veluwe"
JEUGDBESCHERMING = "Jeugdbescherming Gelderland-Noord"
BUDGET = "Budgetcoaching Noord-Veluwe"
WONEN = "Woonstichting Veluwse Erven"
HOSPITAL = "Ziekenhuis Veluwemeer, verloskunde"
ERVARING = "Ervaringsdeskundigen Veluwe"


# ---- the families ------------------------------------------------------------------------------
def _jansen(c: _Calendar) -> Family:
    """Harderwijk. Mother with an LVB, baby of four months (first year); a full plan."""
    opened = c.ago(260)
    return Family(
        ref=_ref("HW", opened, 1),
        name="Gezin Jansen",
        municipality="Harderwijk",
        status="active",
        opened_on=opened,
        due_date=c.ago(126),
        vulnerabilities=("lvb", "income_debts"),
        learning_consent="granted",
        members=(
            Member(
                "m1",
                "mother",
                "Demi",
                "Jansen",
                c.born(24, 40),
                phone="06-12340111",
                address="Vondellaan 14, 3842 KT Harderwijk",
                notes="Leest liever niet; spreek afspraken in met een spraakbericht.",
            ),
            Member(
                "m2",
                "partner",
                "Rick",
                "van Dijk",
                c.born(27, 200),
                phone="06-12340112",
                address="Vondellaan 14, 3842 KT Harderwijk",
                notes="Werkt in ploegendienst bij een distributiecentrum.",
            ),
            Member("m3", "child", "Lieke", "Jansen", c.ago(120)),
        ),
        network=(
            _pro(
                "n1",
                "Femke Dekker",
                "social_team",
                ST_HARDERWIJK,
                opened,
                strength="strong",
                phone="06-12341001",
                email="f.dekker@example.nl",
            ),
            _pro(
                "n2",
                "Ahmed Ouali",
                "lvb_support",
                MEE,
                c.ago(200),
                strength="strong",
                phone="06-12341002",
                email="a.ouali@example.nl",
            ),
            _pro(
                "n3", "Eline Mulder", "midwife", DE_WIEG, c.ago(300), c.ago(78), phone="06-12341003"
            ),
            _pro("n4", "Wendy Schouten", "maternity_care", KLAPROOS, c.ago(120), c.ago(112)),
            _pro(
                "n5",
                "Lotte Smit",
                "youth_health",
                JGZ,
                c.ago(110),
                phone="06-12341005",
                email="l.smit@example.nl",
            ),
            _informal(
                "n6",
                "Gerda Jansen",
                "moeder van Demi (oma)",
                strength="strong",
                phone="06-12342006",
            ),
            _informal("n7", "Hans Kok", "buurman", strength="stressful"),
        ),
        contacts=(_primary("n1", opened), _backup("n2", c.ago(200))),
        journey=_journey(
            _ev(
                c.ago(300),
                "signal",
                "Verloskundige twijfelt of Demi de uitleg begrijpt",
                "Demi knikt bij alles, maar vergeet het potje urine en mist de eerste echo.",
                ["n3"],
                ["lvb_not_recognised"],
                ["early_signalling"],
            ),
            _ev(
                c.ago(260),
                "intake",
                "Kennismaking thuis met Demi en Rick",
                "Samen met de verloskundige. Afgesproken: één vast aanspreekpunt, korte "
                "afspraken, alles op papier met plaatjes.",
                ["n1", "n3"],
                [],
                ["fixed_contact", "tailored_approach"],
            ),
            _ev(
                c.ago(240),
                "referral",
                "Aanmelding bij MEE voor LVB-ondersteuning",
                "Zes weken wachttijd; eerst moest de beschikking rond. In de tussentijd komt "
                "Femke elke week langs.",
                ["n1"],
                ["waiting_list", "access_financing"],
                [],
            ),
            _ev(
                c.ago(200),
                "intervention_start",
                "Start ondersteuning door MEE",
                None,
                ["n2"],
                [],
                ["lvb_expertise"],
            ),
            _ev(
                c.ago(170),
                "case_review",
                "Overleg verloskundige, MEE en sociaal team",
                "Geboorteplan in eenvoudige taal gemaakt. Oma Gerda is bij de bevalling.",
                ["n1", "n2", "n3", "n6"],
                [],
                ["collaboration", "shared_plan", "network_involved"],
            ),
            _ev(
                c.ago(120),
                "milestone",
                "Lieke is geboren",
                "Bevalling in het ziekenhuis. Moeder en kind maken het goed.",
                ["n3"],
            ),
            _ev(
                c.ago(120),
                "intervention_start",
                "Kraamzorg De Klaproos begint",
                None,
                ["n4"],
                [],
                ["practical_support"],
            ),
            _ev(
                c.ago(112),
                "intervention_end",
                "Kraamzorg afgerond",
                "De overdracht aan de JGZ ging telefonisch; het kraamdossier kwam later aan.",
                ["n4", "n5"],
                ["information_sharing", "transition_gap"],
                [],
            ),
            _ev(
                c.ago(95),
                "contact",
                "Eerste huisbezoek van de JGZ",
                "Femke was erbij, zodat Demi de verpleegkundige niet alleen hoefde te ontmoeten.",
                ["n1", "n5"],
                [],
                ["collaboration"],
            ),
            _ev(
                c.ago(61),
                "note",
                "Buurman klaagt over huilen 's nachts",
                "Hij heeft geklaagd bij de woningcorporatie. Demi is er erg van geschrokken.",
                ["n7"],
            ),
            _ev(
                c.ago(30),
                "evaluation",
                "Evaluatie van het plan",
                "Voeding en slapen gaan goed. Geldzaken blijven lastig: de toeslagen zijn nog "
                "niet aangepast.",
                ["n1", "n2"],
                ["income_debts"],
                ["shared_plan", "trusted_relationship"],
            ),
            _ev(c.ago(9), "contact", "Huisbezoek: slaapritme van Lieke", None, ["n1"]),
        ),
        goals=(
            _goal(
                "Lieke slaapt veilig en drinkt goed",
                "achieved",
                _act("Slaapzak en ledikant regelen", "Gerda Jansen", c.ago(130), "done"),
                _act("Voedingsschema met plaatjes op de koelkast", "Lotte Smit", c.ago(90), "done"),
            ),
            _goal(
                "Grip op geld en post",
                "open",
                _act("Toeslagen aanpassen na de geboorte", "Ahmed Ouali", c.ahead(14), "doing"),
                _act("Elke week samen de post openen", "Demi en Ahmed", None, "doing"),
                _act(
                    "Bijzondere bijstand aanvragen voor de babyuitzet",
                    "Femke Dekker",
                    c.ago(20),
                    "todo",
                ),
            ),
        ),
        reflections=(
            Reflection(
                c.ago(110),
                "De overdracht van kraamzorg naar JGZ liep via losse "
                "telefoontjes. Een korte warme overdracht aan huis had veel onrust "
                "voorkomen.",
                True,
            ),
            Reflection(
                c.ago(29),
                "Demi vraagt steeds meer zelf. Rick blijft op afstand; "
                "volgende keer 's avonds afspreken zodat hij erbij kan zijn.",
                False,
            ),
        ),
    )


def _el_amrani(c: _Calendar) -> Family:
    """Ermelo. A 17-year-old expecting her first child, living with her mother; a JIM."""
    opened = c.ago(90)
    due = c.ahead(70)
    return Family(
        ref=_ref("ER", opened, 2),
        name="Gezin El Amrani",
        municipality="Ermelo",
        status="active",
        opened_on=opened,
        due_date=due,
        vulnerabilities=("young_parent",),
        learning_consent="unknown",
        members=(
            Member(
                "m1",
                "mother",
                "Nadia",
                "El Amrani",
                c.born(17, 60),
                phone="06-12340211",
                address="Putterweg 88, 3851 GD Ermelo",
                notes="Zit in het tweede jaar van de opleiding Helpende Zorg en Welzijn.",
            ),
            Member(
                "m2",
                "grandparent",
                "Fatima",
                "El Amrani",
                c.born(41, 30),
                phone="06-12340212",
                address="Putterweg 88, 3851 GD Ermelo",
                notes="Nadia woont bij haar moeder. Fatima spreekt Nederlands en Tamazight.",
            ),
            Member("m3", "unborn_child", expected_on=due),
        ),
        network=(
            _pro(
                "n1",
                "Noor Bakker",
                "social_team",
                ST_ERMELO,
                opened,
                strength="strong",
                phone="06-12341021",
                email="n.bakker@example.nl",
            ),
            _pro("n2", "Sophie Kramer", "midwife", HET_NEST, c.ago(120), phone="06-12341022"),
            _pro(
                "n3",
                "Dewi Sastro",
                "childcare_school",
                "ROC Noord-Veluwe",
                c.ago(150),
                email="d.sastro@example.nl",
            ),
            _jim(
                "n4",
                "Samira Ouahabi",
                "tante (zus van Fatima)",
                "m1",
                c.ago(60),
                phone="06-12342024",
            ),
            _pro("n5", "Anouk Brouwer", "youth_health", JGZ, c.ago(40), phone="06-12341025"),
            _informal(
                "n6",
                "Milan de Groot",
                "vader van het kindje",
                strength="stressful",
                since=c.ago(300),
            ),
        ),
        contacts=(_primary("n1", opened), _backup("n5", c.ago(40))),
        journey=_journey(
            _ev(
                c.ago(150),
                "signal",
                "Mentor van het ROC maakt zich zorgen over verzuim",
                "Nadia mist veel lessen en is vaak moe. Zij vertelt haar mentor dat ze zwanger is.",
                ["n3"],
                [],
                ["early_signalling"],
            ),
            _ev(
                c.ago(120),
                "contact",
                "Eerste controle bij de verloskundige",
                "Pas bij dertien weken; Nadia durfde het eerst aan niemand te vertellen.",
                ["n2"],
                ["late_signalling", "distrust_fear"],
                [],
            ),
            _ev(
                opened,
                "intake",
                "Kennismaking met Nadia en haar moeder",
                "Nadia wil het kindje houden en op school blijven. Haar moeder steunt haar.",
                ["n1"],
                [],
                ["fixed_contact"],
            ),
            _ev(
                c.ago(60),
                "milestone",
                "Nadia kiest tante Samira als JIM",
                None,
                ["n4"],
                [],
                ["network_involved", "trusted_relationship"],
            ),
            _ev(
                c.ago(45),
                "referral",
                "Aanmelding voor de groep jonge moeders",
                "De groep begint pas na de bevalling; niemand wist dat er een wachtlijst was.",
                ["n1"],
                ["waiting_list", "offer_unknown"],
                [],
            ),
            _ev(
                c.ago(40),
                "intervention_start",
                "Start huisbezoeken JGZ in de zwangerschap",
                None,
                ["n5"],
                [],
                ["early_signalling"],
            ),
            _ev(
                c.ago(20),
                "case_review",
                "Overleg school, JGZ en sociaal team",
                "Over verlof en examens. Nadia moest eerst toestemming geven om informatie met "
                "school te delen.",
                ["n1", "n3", "n5"],
                ["information_sharing"],
                ["collaboration", "shared_plan"],
            ),
            _ev(
                c.ago(6),
                "contact",
                "Babyspullen doorgenomen met Nadia en Samira",
                None,
                ["n1", "n4"],
                [],
                ["network_involved"],
            ),
        ),
        goals=(
            _goal(
                "Nadia maakt haar opleiding af",
                "open",
                _act("Afspraken met school over verlof", "Dewi Sastro", c.ahead(21), "doing"),
                _act(
                    "Kinderopvang aanvragen voor na het verlof", "Noor Bakker", c.ahead(60), "todo"
                ),
            ),
            _goal(
                "Alles klaar voor de bevalling",
                "open",
                _act("Kraamzorg boeken", "Nadia en Samira", c.ago(10), "done"),
                _act("Bevallingsplan in eenvoudige taal", "Sophie Kramer", c.ahead(14), "doing"),
            ),
        ),
        reflections=(
            Reflection(
                c.ago(44),
                "Een jonge moeder kwam pas bij dertien weken bij de "
                "verloskundige. School wist het eerder; een vaste route van school naar "
                "het sociaal team had weken gescheeld.",
                True,
            ),
        ),
    )


def _ozturk(c: _Calendar) -> Family:
    """Nunspeet. Young parents, a report to Veilig Thuis, a new case director (second year)."""
    opened = c.ago(560)
    born = c.ago(500)
    switch = c.ago(210)
    return Family(
        ref=_ref("NS", opened, 3),
        name="Gezin Öztürk",
        municipality="Nunspeet",
        status="active",
        opened_on=opened,
        due_date=c.ago(505),
        vulnerabilities=("young_parent", "domestic_violence", "mental_health"),
        learning_consent="refused",
        members=(
            Member(
                "m1",
                "mother",
                "Zoë",
                "Ağaoğlu",
                c.born(22, 100),
                phone="06-12340311",
                address="Laan van Vollenhove 7, 8072 BC Nunspeet",
                notes="Wil niet dat gesprekken bij haar schoonouders thuis plaatsvinden.",
            ),
            Member(
                "m2",
                "father",
                "Şükrü",
                "Öztürk",
                c.born(25, 10),
                phone="06-12340312",
                notes="Woont een tijd bij zijn broer; komt elke dag langs.",
            ),
            Member("m3", "child", "Mert", "Öztürk", born),
        ),
        network=(
            _pro(
                "n1", "Hatice Demir", "social_team", ST_NUNSPEET, opened, switch, strength="strong"
            ),
            _pro(
                "n2",
                "Mirjam Post",
                "social_team",
                ST_NUNSPEET,
                c.ago(231),
                strength="strong",
                phone="06-12341032",
                email="m.post@example.nl",
            ),
            _pro("n3", "Carla Jonker", "domestic_violence", VEILIG_THUIS, c.ago(300), c.ago(150)),
            _pro("n4", "Maarten Scholten", "mental_health", GGZ, c.ago(270), strength="weak"),
            _pro("n5", "Ingrid Veenstra", "youth_health", JGZ, c.ago(495), phone="06-12341035"),
            _informal("n6", "Emine Öztürk", "moeder van Şükrü", strength="stressful"),
            _informal(
                "n7", "Lisa Hoogland", "vriendin van Zoë", strength="strong", phone="06-12342037"
            ),
            _pro("n8", "Aylin Şahin", "gp", "Gezondheidscentrum De Bron", c.ago(600)),
        ),
        contacts=(
            _primary("n1", opened, switch),
            _primary("n2", switch),
            _backup("n5", c.ago(480)),
        ),
        journey=_journey(
            _ev(
                opened,
                "intake",
                "Aanmelding via de huisarts",
                "Zoë voelt zich somber en alleen in de zwangerschap.",
                ["n1", "n8"],
                [],
                ["early_signalling"],
            ),
            _ev(born, "milestone", "Mert is geboren"),
            _ev(
                c.ago(300),
                "crisis",
                "Melding bij Veilig Thuis na ruzie thuis",
                "De politie kwam na een melding van de buren; Mert was thuis. Zoë en Mert "
                "slapen een paar nachten bij een vriendin.",
                ["n1", "n3", "n7"],
                ["distrust_fear", "information_sharing"],
                ["network_involved"],
            ),
            _ev(
                c.ago(290),
                "case_review",
                "Veiligheidsplan met Veilig Thuis",
                "Şükrü woont een tijd bij zijn broer. Ruzies worden besproken, niet uitgevochten.",
                ["n1", "n3"],
                [],
                ["collaboration", "shared_plan"],
            ),
            _ev(
                c.ago(270),
                "referral",
                "Verwijzing naar de ggz voor Zoë",
                "Vier maanden wachttijd; de praktijkondersteuner van de huisarts overbrugt.",
                ["n1", "n4", "n8"],
                ["waiting_list"],
                [],
            ),
            _ev(
                switch,
                "handover",
                "Overdracht: Mirjam Post wordt vast aanspreekpunt",
                "Hatice gaat naar een ander team. Drie weken samen op huisbezoek voor de wissel.",
                ["n1", "n2"],
                [],
                ["trusted_relationship", "fixed_contact"],
            ),
            _ev(
                c.ago(150),
                "intervention_end",
                "Veilig Thuis sluit het onderzoek af",
                None,
                ["n2", "n3"],
                [],
                ["collaboration"],
            ),
            _ev(
                c.ago(150),
                "intervention_start",
                "Zoë begint haar behandeling bij de ggz",
                None,
                ["n4"],
            ),
            _ev(
                c.ago(100),
                "evaluation",
                "Evaluatie: veiligheid thuis",
                "Geen nieuwe incidenten. Zoë en Şükrü willen samen verder, met hulp bij ruzies.",
                ["n2"],
                [],
                ["shared_plan"],
            ),
            _ev(c.ago(40), "contact", "Consultatiebureau: Mert loopt aan de hand", None, ["n5"]),
            _ev(
                c.ago(12),
                "contact",
                "Gesprek met Zoë en Şükrü samen",
                None,
                ["n2"],
                [],
                ["trusted_relationship"],
            ),
        ),
        goals=(
            _goal(
                "Veilig thuis voor Mert",
                "open",
                _act("Veiligheidsplan elke maand bespreken", "Mirjam Post", c.ahead(20), "doing"),
                _act("Cursus omgaan met boosheid", "Şükrü Öztürk", c.ahead(45), "todo"),
            ),
            _goal(
                "Zoë voelt zich minder somber",
                "open",
                _act("Behandeling bij de ggz volgen", "Zoë Ağaoğlu", None, "doing"),
                _act("Twee ochtenden peuteropvang aanvragen", "Ingrid Veenstra", c.ago(5), "todo"),
            ),
        ),
        reflections=(
            Reflection(
                c.ago(280), "Schoonmoeder belt Zoë vaak; bespreken wie wat mag weten.", False
            ),
            Reflection(
                c.ago(205),
                "Drie weken samen op huisbezoek voor de wissel van "
                "aanspreekpunt: de moeder bleef praten, juist in een onveilige periode.",
                True,
            ),
        ),
    )


def _wasik(c: _Calendar) -> Family:
    """Harderwijk. Polish labour migrants, eviction threat, newborn; the achterwacht left and
    has not been replaced (the list shows the warning)."""
    opened = c.ago(190)
    born = c.ago(40)
    backup_left = c.ago(35)
    return Family(
        ref=_ref("HW", opened, 4),
        name="Gezin Wąsik",
        municipality="Harderwijk",
        status="active",
        opened_on=opened,
        due_date=c.ago(47),
        vulnerabilities=("migrant_refugee", "income_debts", "housing"),
        learning_consent="granted",
        members=(
            Member(
                "m1",
                "father",
                "Łukasz",
                "Wąsik",
                c.born(29, 150),
                phone="06-12340411",
                address="Industrieweg 3 (kamer 12), 3846 BB Harderwijk",
                notes="Werkt via een uitzendbureau; spreekt Pools en een beetje Engels.",
            ),
            Member(
                "m2",
                "mother",
                "Agnieszka",
                "Wąsik",
                c.born(27, 20),
                phone="06-12340412",
                address="Industrieweg 3 (kamer 12), 3846 BB Harderwijk",
                notes="Spreekt Pools en leert Nederlands. Gesprekken met een telefoontolk.",
            ),
            Member("m3", "child", "Zofia", "Wąsik", born),
        ),
        network=(
            _pro(
                "n1",
                "Marloes van den Berg",
                "social_team",
                ST_HARDERWIJK,
                opened,
                strength="strong",
                phone="06-12341041",
                email="m.vandenberg@example.nl",
            ),
            _pro("n2", "Joke Timmer", "social_team", ST_HARDERWIJK, opened, backup_left),
            _pro("n3", "Tom Verbeek", "debt_counselling", BUDGET, c.ago(20), phone="06-12341043"),
            _pro("n4", "Sandra Pieters", "housing", WONEN, c.ago(70), strength="weak"),
            _pro("n5", "Petra Wijnands", "maternity_care", KLAPROOS, born, c.ago(32)),
            _pro("n6", "Eline Mulder", "midwife", DE_WIEG, c.ago(210), c.ago(3)),
            _informal(
                "n7",
                "Katarzyna Nowak",
                "vriendin uit de kerk",
                strength="strong",
                phone="06-12342047",
            ),
            _informal(
                "n8", "Flexwonen Veluwe", "verhuurder via het uitzendbureau", strength="stressful"
            ),
        ),
        contacts=(_primary("n1", opened), _backup("n2", opened, backup_left)),
        journey=_journey(
            _ev(
                c.ago(210),
                "signal",
                "Verloskundige: geen zorgverzekering",
                "Agnieszka is niet verzekerd; de rekeningen van de controles stapelen zich op.",
                ["n6"],
                ["access_financing", "income_debts"],
                ["early_signalling"],
            ),
            _ev(
                opened,
                "intake",
                "Kennismaking met een telefoontolk",
                "Informatie in het Pools is er bijna niet.",
                ["n1", "n2"],
                ["offer_mismatch"],
                ["fixed_contact"],
            ),
            _ev(
                c.ago(150),
                "milestone",
                "Zorgverzekering geregeld",
                None,
                ["n1"],
                [],
                ["practical_support"],
            ),
            _ev(
                c.ago(75),
                "crisis",
                "Dreigende huisuitzetting",
                "Łukasz is ziek en verdient minder. Het uitzendbureau houdt de huur in en dreigt "
                "de kamer op te zeggen.",
                ["n1", "n8"],
                ["housing", "income_debts", "insufficient_mandate"],
                [],
            ),
            _ev(
                c.ago(70),
                "referral",
                "Urgentie aangevraagd bij de woningcorporatie",
                "Afgewezen: te kort ingeschreven in de gemeente. De wachttijd voor een sociale "
                "huurwoning is jaren.",
                ["n1", "n4"],
                ["waiting_list", "housing"],
                [],
            ),
            _ev(
                c.ago(60),
                "referral",
                "Aanmelding bij de schuldhulpverlening",
                "Acht weken wachttijd.",
                ["n1"],
                ["waiting_list"],
                [],
            ),
            _ev(born, "milestone", "Zofia is geboren", None, ["n6"]),
            _ev(
                born,
                "intervention_start",
                "Kraamzorg De Klaproos begint",
                None,
                ["n5"],
                [],
                ["practical_support"],
            ),
            _ev(
                backup_left,
                "handover",
                "Achterwacht Joke Timmer gestopt",
                "Joke is met verlof. Er is nog geen nieuwe achterwacht.",
                ["n2"],
                ["transition_gap"],
                [],
            ),
            _ev(c.ago(32), "intervention_end", "Kraamzorg afgerond", None, ["n5"]),
            _ev(
                c.ago(20),
                "intervention_start",
                "Start budgetcoaching",
                None,
                ["n3"],
                [],
                ["collaboration"],
            ),
            _ev(
                c.ago(4),
                "contact",
                "Huisbezoek: brief van de verhuurder besproken",
                None,
                ["n1", "n7"],
                [],
                ["network_involved"],
            ),
        ),
        goals=(
            _goal(
                "Een veilige plek om te wonen",
                "open",
                _act(
                    "Bezwaar tegen de opzegging van de kamer",
                    "Marloes van den Berg",
                    c.ahead(7),
                    "doing",
                ),
                _act("Inschrijven als woningzoekende", "Łukasz Wąsik", c.ago(50), "done"),
            ),
            _goal(
                "Rust in de geldzaken",
                "open",
                _act("Overzicht van alle schulden", "Tom Verbeek", c.ahead(30), "doing"),
                _act("Kinderbijslag aanvragen", "Agnieszka Wąsik", c.ago(10), "todo"),
            ),
        ),
        reflections=(
            Reflection(
                c.ago(68),
                "Urgentie werd afgewezen omdat het gezin te kort in de "
                "gemeente woont. Voor arbeidsmigranten met een baby op komst is er geen "
                "passend aanbod.",
                True,
            ),
        ),
    )


def _nguyen(c: _Calendar) -> Family:
    """Elburg. Postnatal depression, no treatment in the mother's own language (first year)."""
    opened = c.ago(180)
    return Family(
        ref=_ref("EB", opened, 5),
        name="Gezin Nguyễn",
        municipality="Elburg",
        status="active",
        opened_on=opened,
        due_date=c.ago(205),
        vulnerabilities=("mental_health", "migrant_refugee"),
        learning_consent="granted",
        members=(
            Member(
                "m1",
                "mother",
                "Thị Hà",
                "Nguyễn",
                c.born(31),
                phone="06-12340511",
                address="Beekstraat 21, 8081 EB Elburg",
                notes="In Vietnamese volgorde: Nguyễn Thị Hà. Wil graag 'mevrouw Hà' "
                "genoemd worden.",
            ),
            Member(
                "m2",
                "father",
                "Văn Minh",
                "Trần",
                c.born(34, 90),
                phone="06-12340512",
                address="Beekstraat 21, 8081 EB Elburg",
                notes="Werkt lange dagen in het restaurant van zijn oom.",
            ),
            Member("m3", "child", "Bảo Anh", "Trần", c.ago(200)),
        ),
        network=(
            _pro(
                "n1",
                "Jeroen Kuipers",
                "social_team",
                ST_ELBURG,
                opened,
                strength="strong",
                phone="06-12341051",
                email="j.kuipers@example.nl",
            ),
            _pro(
                "n2",
                "Anouk Brouwer",
                "youth_health",
                JGZ,
                c.ago(195),
                strength="strong",
                phone="06-12341052",
            ),
            _pro("n3", "Yara Haddad", "mental_health", GGZ, c.ago(90)),
            _pro("n4", "Hendrik Vos", "gp", "Huisartsenpraktijk De Vijverhof", None),
            _informal(
                "n5",
                "Nguyễn Thị Lan",
                "zus van Hà (woont in Amsterdam)",
                strength="strong",
                phone="06-12342055",
            ),
            _informal("n6", "Mai Phạm", "buurvrouw"),
        ),
        contacts=(_primary("n1", opened), _backup("n2", opened)),
        journey=_journey(
            _ev(
                c.ago(185),
                "signal",
                "JGZ ziet tekenen van een postnatale depressie",
                "Hà huilt veel tijdens het huisbezoek en slaapt slecht, ook als de baby slaapt.",
                ["n2"],
                [],
                ["early_signalling"],
            ),
            _ev(
                opened,
                "intake",
                "Kennismaking met Hà en Minh",
                "Hà is bang dat hulp betekent dat haar kind wordt weggehaald. Uitgelegd wat "
                "het sociaal team wel en niet doet.",
                ["n1", "n2"],
                ["distrust_fear"],
                ["tailored_approach"],
            ),
            _ev(
                c.ago(170),
                "referral",
                "Verwijzing naar de perinatale ggz",
                "Drie maanden wachttijd; behandeling alleen in het Nederlands of Engels.",
                ["n1", "n4"],
                ["waiting_list", "offer_mismatch"],
                [],
            ),
            _ev(
                c.ago(150),
                "contact",
                "Zus Lan komt twee weekenden per maand",
                None,
                ["n5"],
                [],
                ["network_involved"],
            ),
            _ev(
                c.ago(90),
                "intervention_start",
                "Start behandeling perinatale ggz (in het Engels)",
                None,
                ["n3"],
                [],
                ["tailored_approach"],
            ),
            _ev(
                c.ago(60),
                "case_review",
                "Overleg huisarts, JGZ, ggz en sociaal team",
                None,
                ["n1", "n2", "n3", "n4"],
                [],
                ["collaboration", "shared_plan"],
            ),
            _ev(
                c.ago(21),
                "evaluation",
                "Evaluatie: Hà slaapt beter",
                None,
                ["n1", "n3"],
                [],
                ["trusted_relationship"],
            ),
            _ev(c.ago(3), "contact", "Consultatiebureau: Bảo Anh groeit goed", None, ["n2"]),
        ),
        goals=(
            _goal(
                "Hà voelt zich weer sterker",
                "open",
                _act("Behandeling bij de ggz volgen", "Nguyễn Thị Hà", None, "doing"),
                _act("Een moedergroep in de buurt zoeken", "Jeroen Kuipers", c.ahead(30), "todo"),
            ),
            _goal(
                "Minder alleen met de zorg",
                "achieved",
                _act("Vaste weekenden met zus Lan", "Nguyễn Thị Lan", c.ago(150), "done"),
            ),
        ),
        reflections=(
            Reflection(
                c.ago(165),
                "Perinatale ggz had drie maanden wachttijd en geen "
                "behandeling in de eigen taal. De JGZ-verpleegkundige heeft die tijd "
                "overbrugd met wekelijkse bezoeken.",
                True,
            ),
            Reflection(
                c.ago(20), "Hà lacht weer tijdens het bezoek. Minh vaker uitnodigen.", False
            ),
        ),
    )


def _martina(c: _Calendar) -> Family:
    """Putten. A young couple expecting, no home of their own; the first JIM stopped and the
    mother chose a new one (pregnancy)."""
    opened = c.ago(60)
    due = c.ahead(150)
    jim_change = c.ago(25)
    return Family(
        ref=_ref("PU", opened, 6),
        name="Gezin Martina",
        municipality="Putten",
        status="active",
        opened_on=opened,
        due_date=due,
        vulnerabilities=("young_parent", "housing", "income_debts"),
        learning_consent="granted",
        members=(
            Member(
                "m1",
                "mother",
                "Shanaya",
                "Martina",
                c.born(19, 200),
                phone="06-12340611",
                notes="Logeert bij haar tante; briefadres bij de gemeente.",
            ),
            Member(
                "m2",
                "father",
                "Jurgen",
                "Isenia",
                c.born(20, 50),
                phone="06-12340612",
                notes="Woont bij zijn moeder; zoekt werk in de bouw.",
            ),
            Member("m3", "unborn_child", expected_on=due),
        ),
        network=(
            _pro(
                "n1",
                "Esra Yıldız",
                "social_team",
                ST_PUTTEN,
                opened,
                strength="strong",
                phone="06-12341061",
                email="e.yildiz@example.nl",
            ),
            _pro("n2", "Eline Mulder", "midwife", DE_WIEG, c.ago(70), phone="06-12341062"),
            _jim(
                "n3", "Kimberly Rosalia", "vriendin", "m1", c.ago(55), jim_change, strength="normal"
            ),
            _jim("n4", "Gisela Martina", "tante", "m1", jim_change, phone="06-12342064"),
            _pro(
                "n5",
                "Priscilla Doran",
                "municipality",
                "Gemeente Putten, Werk en Inkomen",
                c.ago(40),
            ),
            _pro(
                "n6",
                "Jolanda Meijer",
                "expert_by_experience",
                ERVARING,
                c.ago(30),
                strength="strong",
            ),
            _informal("n7", "Marisela Martina", "moeder van Shanaya", strength="stressful"),
            _pro("n8", "Kees Mol", "social_team", ST_PUTTEN, opened, phone="06-12341068"),
        ),
        contacts=(_primary("n1", opened), _backup("n8", opened)),
        journey=_journey(
            _ev(
                c.ago(70),
                "signal",
                "Verloskundige: Shanaya slaapt op de bank bij vrienden",
                None,
                ["n2"],
                ["housing"],
                ["early_signalling"],
            ),
            _ev(
                opened,
                "intake",
                "Kennismaking met Shanaya en Jurgen",
                None,
                ["n1"],
                [],
                ["fixed_contact"],
            ),
            _ev(
                c.ago(55),
                "milestone",
                "Kimberly wordt JIM van Shanaya",
                None,
                ["n3"],
                [],
                ["network_involved"],
            ),
            _ev(
                c.ago(45),
                "crisis",
                "Shanaya kan niet terug naar haar moeder",
                "Na een hoog opgelopen ruzie mag Shanaya niet meer thuis slapen.",
                ["n1", "n7"],
                ["housing", "network_not_involved"],
                [],
            ),
            _ev(
                c.ago(40),
                "referral",
                "Uitkering en briefadres aangevraagd",
                "Zonder vast adres geen uitkering; het briefadres kostte drie weken.",
                ["n1", "n5"],
                ["access_financing"],
                [],
            ),
            _ev(
                c.ago(38),
                "referral",
                "Aanmelding woonvoorziening voor jonge moeders",
                "Ongeveer vijf maanden wachtlijst, dus misschien pas na de bevalling.",
                ["n1"],
                ["waiting_list", "housing"],
                [],
            ),
            _ev(
                c.ago(30),
                "intervention_start",
                "Ervaringsdeskundige Jolanda sluit aan",
                None,
                ["n6"],
                [],
                ["expert_by_experience", "trusted_relationship"],
            ),
            _ev(
                jim_change,
                "milestone",
                "Tante Gisela is de nieuwe JIM",
                "Kimberly verhuist naar Rotterdam en stopt. Shanaya koos zelf haar tante.",
                ["n3", "n4"],
                [],
                ["network_involved"],
            ),
            _ev(c.ago(8), "contact", "Samen naar de verloskundige", None, ["n2", "n4"]),
        ),
        goals=(
            _goal(
                "Een eigen plek voor de geboorte",
                "open",
                _act(
                    "De woonvoorziening bellen over de wachtlijst",
                    "Esra Yıldız",
                    c.ahead(10),
                    "doing",
                ),
                _act("Tijdelijk logeren bij tante Gisela", "Gisela Martina", c.ago(20), "done"),
            ),
            _goal(
                "Inkomen op orde",
                "open",
                _act("Uitkering aanvragen", "Priscilla Doran", c.ago(5), "doing"),
                _act("Zorgtoeslag aanvragen", "Jurgen Isenia", c.ahead(14), "todo"),
            ),
        ),
        reflections=(
            Reflection(
                c.ago(37),
                "Zonder vast adres kon een zwangere jonge vrouw geen "
                "uitkering krijgen. Een vaste werkwijze voor het briefadres had weken "
                "gescheeld.",
                True,
            ),
        ),
    )


def _tesfay(c: _Calendar) -> Family:
    """Harderwijk. A young refugee mother; her son is just past the first 1000 days and the
    case is being wound down."""
    opened = c.ago(900)
    born = c.ago(745)
    switch = c.ago(400)
    return Family(
        ref=_ref("HW", opened, 7),
        name="Gezin Tesfay",
        municipality="Harderwijk",
        status="active",
        opened_on=opened,
        due_date=c.ago(750),
        vulnerabilities=("migrant_refugee", "young_parent"),
        learning_consent="granted",
        members=(
            Member(
                "m1",
                "mother",
                "Selam",
                "Tesfay",
                c.born(22, 300),
                phone="06-12340711",
                address="Zuiderzeestraatweg 40, 3845 NL Harderwijk",
                notes="Spreekt Tigrinya; het Nederlands gaat steeds beter.",
            ),
            Member("m2", "child", "Yohannes", "Tesfay", born),
        ),
        network=(
            _pro(
                "n1",
                "Femke Dekker",
                "social_team",
                ST_HARDERWIJK,
                opened,
                switch,
                strength="strong",
            ),
            _pro(
                "n2",
                "Daan Vermeulen",
                "social_team",
                ST_HARDERWIJK,
                c.ago(420),
                strength="strong",
                phone="06-12341072",
                email="d.vermeulen@example.nl",
            ),
            _pro("n3", "Lotte Smit", "youth_health", JGZ, c.ago(740), phone="06-12341073"),
            _pro(
                "n4",
                "Monique Hendriks",
                "childcare_school",
                "Peuteropvang Het Bijennest",
                c.ago(150),
                strength="strong",
            ),
            _jim(
                "n5", "Hiwet Tekle", "vriendin uit de kerk", "m1", c.ago(800), phone="06-12342075"
            ),
            _pro("n6", "Hanna Ghebre", "other", "Stichting Welkom Veluwe", c.ago(950), c.ago(580)),
        ),
        contacts=(
            _primary("n1", opened, switch),
            _primary("n2", switch),
            _backup("n3", c.ago(700)),
        ),
        journey=_journey(
            _ev(
                opened,
                "intake",
                "Aanmelding via Stichting Welkom Veluwe",
                "Selam is zwanger, woont sinds kort in Harderwijk en kent hier bijna niemand.",
                ["n1", "n6"],
                ["offer_unknown"],
                ["collaboration"],
            ),
            _ev(
                c.ago(870),
                "referral",
                "Verloskundige en kraamzorg geregeld",
                None,
                ["n1"],
                [],
                ["practical_support"],
            ),
            _ev(
                c.ago(800),
                "milestone",
                "Hiwet wordt JIM van Selam",
                None,
                ["n5"],
                [],
                ["network_involved"],
            ),
            _ev(born, "milestone", "Yohannes is geboren"),
            _ev(
                c.ago(600),
                "contact",
                "Selam volgt taalles; Hiwet past op Yohannes",
                None,
                ["n1", "n5"],
                [],
                ["network_involved"],
            ),
            _ev(
                c.ago(580),
                "intervention_end",
                "Begeleiding door Stichting Welkom Veluwe stopt",
                "De begeleiding stopt na achttien maanden, ook als er nog hulp nodig is.",
                ["n6"],
                ["transition_gap"],
                [],
            ),
            _ev(
                switch,
                "handover",
                "Overdracht: Daan Vermeulen wordt vast aanspreekpunt",
                "Femke gaat met verlof. Overdracht in één gesprek, met een tolk.",
                ["n1", "n2"],
                ["fragmented_care"],
                ["fixed_contact"],
            ),
            _ev(
                c.ago(150),
                "intervention_start",
                "Yohannes gaat naar de peuteropvang",
                None,
                ["n4"],
                [],
                ["practical_support"],
            ),
            _ev(
                c.ago(20),
                "evaluation",
                "Evaluatie na ruim twee jaar: afbouwen",
                "Selam regelt veel zelf. Nog drie maanden, dan afsluiten met een warme "
                "overdracht naar de peuteropvang en de JGZ.",
                ["n2", "n3", "n4"],
                [],
                ["trusted_relationship", "shared_plan"],
            ),
            _ev(c.ago(5), "contact", "Gesprek over het afsluiten", None, ["n2"]),
        ),
        goals=(
            _goal(
                "Selam redt het zonder sociaal team",
                "open",
                _act(
                    "Afsluitgesprek plannen met JGZ en peuteropvang",
                    "Daan Vermeulen",
                    c.ahead(60),
                    "todo",
                ),
                _act("Zelf de post lezen, met Hiwet als vraagbaak", "Hiwet Tekle", None, "doing"),
            ),
            _goal(
                "Yohannes naar de peuteropvang",
                "achieved",
                _act("Plaats en kinderopvangtoeslag regelen", "Daan Vermeulen", c.ago(160), "done"),
            ),
        ),
        reflections=(
            Reflection(
                c.ago(575),
                "De begeleiding van statushouders stopt na een vaste "
                "termijn, midden in het eerste levensjaar van het kind. Dat gat moest "
                "het sociaal team opvangen.",
                True,
            ),
            Reflection(
                c.ago(15),
                "Een JIM uit de eigen gemeenschap bleef, ook toen hulpverleners wisselden.",
                True,
            ),
        ),
    )


def _mensah(c: _Calendar) -> Family:
    """Ermelo. Mother with an LVB, two children, child protection, too many professionals;
    the achterwacht changed (first year)."""
    opened = c.ago(700)
    born = c.ago(300)
    switch = c.ago(120)
    return Family(
        ref=_ref("ER", opened, 8),
        name="Gezin Mensah",
        municipality="Ermelo",
        status="active",
        opened_on=opened,
        due_date=c.ago(310),
        vulnerabilities=("lvb", "multi_problem", "income_debts"),
        learning_consent="unknown",
        members=(
            Member(
                "m1",
                "mother",
                "Abena",
                "Mensah",
                c.born(30, 200),
                phone="06-12340811",
                address="Stationsstraat 101, 3851 NH Ermelo",
                notes="Heeft een LVB; werkt het best met één ding tegelijk.",
            ),
            Member(
                "m2",
                "father",
                "Kwame",
                "Owusu",
                c.born(33),
                phone="06-12340812",
                address="Stationsstraat 101, 3851 NH Ermelo",
                notes="Werkt in de bouw, vaak de hele week weg.",
            ),
            Member("m3", "child", "Kofi", "Owusu", c.born(4, 100)),
            Member("m4", "child", "Ama", "Owusu", born),
        ),
        network=(
            _pro(
                "n1",
                "Bram Hoekstra",
                "social_team",
                ST_ERMELO,
                opened,
                strength="strong",
                phone="06-12341081",
                email="b.hoekstra@example.nl",
            ),
            _pro(
                "n2",
                "Ellen Groot",
                "lvb_care",
                DE_LINDE,
                c.ago(650),
                strength="strong",
                phone="06-12341082",
            ),
            _pro(
                "n3",
                "Rachid Benali",
                "child_protection",
                JEUGDBESCHERMING,
                c.ago(200),
                strength="weak",
                phone="06-12341083",
            ),
            _pro("n4", "Ingrid Veenstra", "youth_health", JGZ, c.ago(720)),
            _pro("n5", "Tom Verbeek", "debt_counselling", BUDGET, c.ago(500)),
            _pro(
                "n6",
                "Sanne Koster",
                "childcare_school",
                "Kinderdagverblijf De Zonnebloem",
                c.ago(720),
            ),
            _pro("n7", "Noor Bakker", "social_team", ST_ERMELO, opened, switch),
            _pro("n8", "Sophie Kramer", "midwife", HET_NEST, c.ago(500), c.ago(260)),
            _informal(
                "n9", "Akosua Mensah", "zus van Abena", strength="strong", phone="06-12342089"
            ),
            _informal("n10", "Emmanuel Boateng", "voorganger van de kerk"),
            _informal("n11", "Joke Willems", "buurvrouw", strength="stressful"),
        ),
        contacts=(
            _primary("n1", opened),
            _backup("n7", opened, switch),
            _backup("n2", switch),
        ),
        journey=_journey(
            _ev(
                c.ago(710),
                "signal",
                "Zorgen van het kinderdagverblijf",
                "Kofi komt vaak zonder ontbijt en in dezelfde kleren.",
                ["n6"],
                ["late_signalling"],
                [],
            ),
            _ev(
                opened,
                "intake",
                "Kennismaking met Abena en Kwame",
                None,
                ["n1", "n7"],
                [],
                ["fixed_contact"],
            ),
            _ev(
                c.ago(650),
                "intervention_start",
                "Start ambulante begeleiding LVB-zorg",
                None,
                ["n2"],
                [],
                ["lvb_expertise"],
            ),
            _ev(
                c.ago(520),
                "referral",
                "Aanmelding bij de schuldhulpverlening",
                "Huurachterstand en een boete van het CJIB.",
                ["n1"],
                ["waiting_list", "income_debts"],
                [],
            ),
            _ev(
                c.ago(500),
                "intervention_start",
                "Start budgetbeheer",
                None,
                ["n5"],
                [],
                ["practical_support"],
            ),
            _ev(c.ago(480), "milestone", "Abena is opnieuw zwanger", None, ["n8"]),
            _ev(
                c.ago(400),
                "case_review",
                "Casusoverleg: acht hulpverleners aan tafel",
                "Abena weet niet meer wie waarvoor komt. Afgesproken: Bram houdt de regie, "
                "Ellen is het dagelijkse gezicht.",
                ["n1", "n2", "n4", "n5", "n6", "n8"],
                ["too_many_professionals", "unclear_direction"],
                ["shared_plan"],
            ),
            _ev(born, "milestone", "Ama is geboren", None, ["n8"]),
            _ev(
                c.ago(220),
                "crisis",
                "Ama valt af en wordt opgenomen",
                "Ama dronk te weinig. Abena begreep het voedingsadvies niet. Vijf dagen in het "
                "ziekenhuis.",
                ["n1", "n4"],
                ["lvb_not_recognised", "information_sharing"],
                [],
            ),
            _ev(
                c.ago(200),
                "intervention_start",
                "Ondertoezichtstelling uitgesproken",
                "De kinderrechter spreekt een ondertoezichtstelling van een jaar uit. Abena is "
                "boos en bang.",
                ["n1", "n3"],
                ["distrust_fear"],
                [],
            ),
            _ev(
                switch,
                "handover",
                "Nieuwe achterwacht: Ellen Groot",
                "Noor stopt als achterwacht; Ellen kent het gezin het best.",
                ["n7", "n2"],
                [],
                ["fixed_contact", "lvb_expertise"],
            ),
            _ev(
                c.ago(60),
                "evaluation",
                "Evaluatie met de gezinsvoogd",
                None,
                ["n1", "n2", "n3"],
                ["too_many_professionals"],
                ["collaboration"],
            ),
            _ev(
                c.ago(14),
                "contact",
                "Huisbezoek: voeding van Ama met een plaatjesschema",
                None,
                ["n2", "n4"],
                [],
                ["lvb_expertise", "practical_support"],
            ),
        ),
        goals=(
            _goal(
                "Ama groeit goed",
                "open",
                _act("Elke week wegen op het consultatiebureau", "Ingrid Veenstra", None, "doing"),
                _act("Voedingsschema met pictogrammen", "Ellen Groot", c.ago(200), "done"),
            ),
            _goal(
                "Minder hulpverleners, één plan",
                "open",
                _act("Eén gezinsplan voor alle hulp", "Bram Hoekstra", c.ahead(30), "doing"),
                _act(
                    "Huisbezoeken van JGZ en LVB-zorg samenvoegen",
                    "Bram Hoekstra",
                    c.ago(40),
                    "todo",
                ),
            ),
            _goal(
                "Huurachterstand ingelopen",
                "achieved",
                _act("Betalingsregeling met de verhuurder", "Tom Verbeek", c.ago(380), "done"),
            ),
        ),
        reflections=(
            Reflection(
                c.ago(395),
                "Acht hulpverleners in één gezin met een moeder met een "
                "LVB: niemand had het overzicht. Eén regisseur en één dagelijks gezicht "
                "werkten beter.",
                True,
            ),
            Reflection(
                c.ago(215),
                "Het voedingsadvies werd alleen mondeling gegeven. Met "
                "plaatjes en voordoen was de opname misschien niet nodig geweest.",
                True,
            ),
        ),
    )


def _al_hassan(c: _Calendar) -> Family:
    """Nunspeet. Syrian family, second child due in three weeks, a flat with mould
    (pregnancy, with an older child)."""
    opened = c.ago(150)
    due = c.ahead(20)
    return Family(
        ref=_ref("NS", opened, 9),
        name="Gezin Al-Hassan",
        municipality="Nunspeet",
        status="active",
        opened_on=opened,
        due_date=due,
        vulnerabilities=("migrant_refugee", "housing"),
        learning_consent="granted",
        members=(
            Member(
                "m1",
                "mother",
                "Rania",
                "Al-Hassan",
                c.born(28),
                phone="06-12340911",
                address="Harderwijkerweg 55-B, 8071 EK Nunspeet",
                notes="Spreekt Arabisch; Nederlands op A2-niveau.",
            ),
            Member(
                "m2",
                "father",
                "Omar",
                "Al-Hassan",
                c.born(32, 45),
                phone="06-12340912",
                address="Harderwijkerweg 55-B, 8071 EK Nunspeet",
                notes="Volgt de inburgeringscursus en werkt als vrijwilliger.",
            ),
            Member("m3", "child", "Lina", "Al-Hassan", c.born(3, 60)),
            Member("m4", "unborn_child", expected_on=due),
        ),
        network=(
            _pro(
                "n1",
                "Sevda Kaplan",
                "social_team",
                ST_NUNSPEET,
                opened,
                strength="strong",
                phone="06-12341091",
                email="s.kaplan@example.nl",
            ),
            _pro("n2", "Fenna Ruiter", "obstetrician", HOSPITAL, c.ago(100)),
            _pro("n3", "Eline Mulder", "midwife", DE_WIEG, c.ago(170), c.ago(100)),
            _pro("n4", "Sandra Pieters", "housing", WONEN, c.ago(120)),
            _pro("n5", "Wendy Schouten", "maternity_care", KLAPROOS, c.ago(30)),
            _informal("n6", "Huda Khalil", "buurvrouw", strength="strong", phone="06-12342096"),
            _pro("n7", "Mirjam Post", "social_team", ST_NUNSPEET, opened),
        ),
        contacts=(_primary("n1", opened), _backup("n7", opened)),
        journey=_journey(
            _ev(
                c.ago(160),
                "signal",
                "Verloskundige: vocht en schimmel in de flat",
                "Straks met z'n vieren in een tweekamerflat; Lina hoest al weken.",
                ["n3"],
                ["housing"],
                ["early_signalling"],
            ),
            _ev(
                opened,
                "intake",
                "Kennismaking met een tolk Arabisch",
                None,
                ["n1"],
                [],
                ["fixed_contact"],
            ),
            _ev(
                c.ago(120),
                "referral",
                "Medische urgentie aangevraagd",
                "Vanwege de schimmel en de zwangerschap.",
                ["n1", "n4"],
                ["waiting_list", "housing"],
                [],
            ),
            _ev(
                c.ago(100),
                "referral",
                "Verwijzing naar de gynaecoloog",
                "Zwangerschapsdiabetes; de controles gaan verder in het ziekenhuis.",
                ["n2", "n3"],
                [],
                ["collaboration"],
            ),
            _ev(
                c.ago(60),
                "note",
                "Woningcorporatie stuurt een aannemer voor de schimmel",
                None,
                ["n4"],
                [],
                ["practical_support"],
            ),
            _ev(
                c.ago(30),
                "contact",
                "Intake kraamzorg aan huis",
                None,
                ["n5"],
                [],
                ["practical_support"],
            ),
            _ev(
                c.ago(15),
                "milestone",
                "Medische urgentie toegekend",
                None,
                ["n1", "n4"],
                [],
                ["collaboration"],
            ),
            _ev(
                c.ago(2),
                "contact",
                "Vluchttas en vervoer naar het ziekenhuis besproken",
                "Buurvrouw Huda past op Lina tijdens de bevalling.",
                ["n1", "n6"],
                [],
                ["network_involved"],
            ),
        ),
        goals=(
            _goal(
                "Een gezonde bevalling",
                "open",
                _act("Controles in het ziekenhuis volgen", "Rania Al-Hassan", None, "doing"),
                _act("Opvang voor Lina tijdens de bevalling", "Huda Khalil", c.ago(5), "done"),
            ),
            _goal(
                "Een gezonde woning",
                "open",
                _act("Reageren op woningen met urgentie", "Omar Al-Hassan", c.ahead(40), "todo"),
                _act("Schimmel laten verwijderen", "Sandra Pieters", c.ago(50), "done"),
            ),
        ),
        reflections=(
            Reflection(
                c.ago(14), "De urgentie kwam pas na vier maanden, vlak voor de bevalling.", False
            ),
        ),
    )


def _pinas(c: _Calendar) -> Family:
    """Elburg. A couple with an LVB who wish for a child (wish)."""
    opened = c.ago(75)
    return Family(
        ref=_ref("EB", opened, 10),
        name="Gezin Pinas",
        municipality="Elburg",
        status="active",
        opened_on=opened,
        vulnerabilities=("lvb",),
        learning_consent="granted",
        members=(
            Member(
                "m1",
                "mother",
                "Rosalie",
                "Pinas",
                c.born(26, 100),
                phone="06-12341011",
                address="Jufferenwal 9, 8081 PR Elburg",
                notes="Heeft een LVB en woont met begeleiding zelfstandig. Kinderwens.",
            ),
            Member(
                "m2",
                "partner",
                "Marco",
                "Kromodikoro",
                c.born(29),
                phone="06-12341012",
                address="Jufferenwal 9, 8081 PR Elburg",
            ),
        ),
        network=(
            _pro(
                "n1",
                "Jeroen Kuipers",
                "social_team",
                ST_ELBURG,
                opened,
                strength="strong",
                phone="06-12341101",
                email="j.kuipers@example.nl",
            ),
            _pro(
                "n2",
                "Ricardo Doelwijt",
                "lvb_care",
                DE_LINDE,
                c.ago(900),
                strength="strong",
                phone="06-12341102",
            ),
            _pro("n3", "Aylin Şahin", "gp", "Gezondheidscentrum De Bron", None),
            _pro(
                "n4",
                "Jolanda Meijer",
                "expert_by_experience",
                ERVARING,
                c.ago(40),
                strength="strong",
            ),
            _informal("n5", "Hortence Pinas", "moeder van Rosalie", strength="stressful"),
            _informal("n6", "Priya Ramdin", "vriendin", strength="strong"),
        ),
        contacts=(_primary("n1", opened), _backup("n2", opened)),
        journey=_journey(
            _ev(
                c.ago(90),
                "signal",
                "Woonbegeleider: Rosalie en Marco willen een kindje",
                "Rosalie is met de pil gestopt zonder het met iemand te bespreken.",
                ["n2"],
                [],
                ["early_signalling"],
            ),
            _ev(
                opened,
                "intake",
                "Kennismaking: wat betekent een kind voor jullie?",
                None,
                ["n1", "n2"],
                [],
                ["tailored_approach", "lvb_expertise"],
            ),
            _ev(
                c.ago(60),
                "contact",
                "Gesprek bij de huisarts over kinderwens",
                "De huisarts wist niet dat Rosalie een LVB heeft; de uitleg ging te snel.",
                ["n3"],
                ["lvb_not_recognised"],
                [],
            ),
            _ev(
                c.ago(40),
                "intervention_start",
                "Gesprekken met een ervaringsdeskundige moeder",
                None,
                ["n4"],
                [],
                ["expert_by_experience"],
            ),
            _ev(
                c.ago(30),
                "note",
                "Moeder van Rosalie is boos",
                "Zij vindt dat Rosalie geen kind moet willen en belt de woonbegeleider vaak.",
                ["n5"],
            ),
            _ev(
                c.ago(10),
                "evaluation",
                "Samen afwegen: een week met een oefenbaby",
                "Rosalie en Marco oefenen een week met een oefenpop en bespreken daarna wat ze "
                "merkten.",
                ["n1", "n2", "n4"],
                [],
                ["shared_plan"],
            ),
        ),
        goals=(
            _goal(
                "Een weloverwogen keuze over een kind",
                "open",
                _act("Week met de oefenbaby", "Ricardo Doelwijt", c.ahead(21), "todo"),
                _act("Foliumzuur en gezond leven bespreken", "Aylin Şahin", c.ago(30), "done"),
                _act(
                    "Gesprekken met Jolanda over haar ervaringen", "Jolanda Meijer", None, "doing"
                ),
            ),
        ),
        reflections=(
            Reflection(
                c.ago(55),
                "De huisarts wist niet van de LVB. Met toestemming een korte "
                "vermelding in het dossier maakt het gesprek over kinderwens beter.",
                True,
            ),
        ),
    )


def _visser(c: _Calendar) -> Family:
    """Oldebroek. A young mother whose grandmother was her JIM; closed two months ago."""
    opened = c.ago(820)
    born = c.ago(600)
    closed = c.ago(60)
    return Family(
        ref=_ref("OB", opened, 11),
        name="Gezin Visser",
        municipality="Oldebroek",
        status="closed",
        opened_on=opened,
        closed_on=closed,
        due_date=c.ago(590),
        vulnerabilities=("young_parent", "addiction", "income_debts"),
        learning_consent="granted",
        members=(
            Member(
                "m1",
                "mother",
                "Kim",
                "Visser",
                c.born(20, 30),
                phone="06-12341111",
                address="Zuiderzeestraatweg 212, 8096 BL Oldebroek",
            ),
            Member("m2", "child", "Jesse", "Visser", born),
        ),
        network=(
            _pro(
                "n1",
                "Gerrit van 't Hul",
                "social_team",
                ST_OLDEBROEK,
                opened,
                closed,
                strength="strong",
            ),
            _pro(
                "n2",
                "Niels Boer",
                "addiction_care",
                "Verslavingszorg De Stroom",
                c.ago(700),
                c.ago(300),
            ),
            _pro("n3", "Saskia de Boer", "youth_health", JGZ, c.ago(598)),
            _jim("n4", "Gerda Mulder", "oma van Kim", "m1", c.ago(780), phone="06-12342114"),
            _informal("n5", "Dylan Brink", "vader van Jesse", strength="stressful"),
            _pro("n6", "Marieke Prins", "gp", "Huisartsenpraktijk Wezep", None),
        ),
        contacts=(_primary("n1", opened, closed), _backup("n3", c.ago(590), closed)),
        journey=_journey(
            _ev(
                c.ago(830),
                "signal",
                "Huisarts maakt zich zorgen om een jonge zwangere",
                "Kim is zeventien; haar vriend gebruikt.",
                ["n6"],
                [],
                ["early_signalling"],
            ),
            _ev(
                opened,
                "intake",
                "Kennismaking met Kim bij haar oma",
                None,
                ["n1"],
                [],
                ["fixed_contact"],
            ),
            _ev(
                c.ago(780),
                "milestone",
                "Oma Gerda wordt JIM van Kim",
                None,
                ["n4"],
                [],
                ["network_involved"],
            ),
            _ev(
                c.ago(700),
                "intervention_start",
                "Dylan begint bij de verslavingszorg",
                None,
                ["n2"],
            ),
            _ev(
                c.ago(650),
                "crisis",
                "Terugval van Dylan; Kim gaat bij oma wonen",
                None,
                ["n1", "n2", "n4"],
                ["housing"],
                ["network_involved"],
            ),
            _ev(born, "milestone", "Jesse is geboren"),
            _ev(
                c.ago(450),
                "case_review",
                "Overleg over het contact tussen Dylan en Jesse",
                None,
                ["n1", "n2"],
                [],
                ["collaboration", "shared_plan"],
            ),
            _ev(
                c.ago(300),
                "intervention_end",
                "Dylan stopt met de behandeling",
                None,
                ["n2"],
                ["offer_mismatch"],
                [],
            ),
            _ev(
                c.ago(200),
                "milestone",
                "Kim heeft een eigen woning",
                None,
                ["n1"],
                [],
                ["practical_support", "collaboration"],
            ),
            _ev(
                c.ago(120),
                "evaluation",
                "Evaluatie: Kim redt het met steun van oma",
                None,
                ["n1", "n4"],
                [],
                ["trusted_relationship", "network_involved"],
            ),
            _ev(
                closed,
                "closure",
                "Traject afgesloten",
                "Afsluitgesprek met Kim, oma Gerda en de JGZ. Kim weet dat ze altijd terug mag "
                "komen.",
                ["n1", "n3", "n4"],
                [],
                ["trusted_relationship", "network_involved"],
            ),
        ),
        goals=(
            _goal(
                "Kim woont zelfstandig",
                "achieved",
                _act("Inschrijven als woningzoekende", "Gerrit van 't Hul", c.ago(700), "done"),
                _act("Urgentie aanvragen", "Gerrit van 't Hul", c.ago(400), "done"),
            ),
            _goal(
                "Dylan betrokken bij Jesse",
                "dropped",
                _act("Bemiddeling over de omgang", "Gerrit van 't Hul", c.ago(250), "todo"),
            ),
        ),
        reflections=(
            Reflection(
                c.ago(299),
                "Dylan haakte af; volgende keer eerder zijn eigen netwerk betrekken.",
                False,
            ),
            Reflection(
                closed,
                "Oma als JIM was de constante factor. Toen de hulp afbouwde, "
                "nam zij het vanzelf over.",
                True,
            ),
        ),
    )


def _de_jong(c: _Calendar) -> Family:
    """Hattem. A 17-year-old mother with an LVB in a mother-and-baby home, baby of under three
    months, her former teacher as JIM; the achterwacht moved from MEE to the home."""
    opened = c.ago(260)
    born = c.ago(80)
    switch = c.ago(150)
    return Family(
        ref=_ref("HT", opened, 12),
        name="Gezin De Jong",
        municipality="Hattem",
        status="active",
        opened_on=opened,
        due_date=c.ago(85),
        vulnerabilities=("young_parent", "lvb", "housing"),
        learning_consent="refused",
        members=(
            Member(
                "m1",
                "mother",
                "Ilse",
                "de Jong",
                c.born(17, 20),
                phone="06-12341211",
                address="Moeder-kindhuis De Haven, Kerkhofweg 2, 8051 GE Hattem",
                notes="Onthoudt afspraken met foto's in haar telefoon.",
            ),
            Member(
                "m2",
                "father",
                "Youssef",
                "Bouchtaoui",
                c.born(19, 120),
                phone="06-12341212",
                notes="Heeft Sara erkend; woont bij zijn ouders.",
            ),
            Member("m3", "child", "Sara", "de Jong", born),
        ),
        network=(
            _pro(
                "n1",
                "Wouter Smeets",
                "social_team",
                ST_HATTEM,
                opened,
                strength="strong",
                phone="06-12341121",
                email="w.smeets@example.nl",
            ),
            _pro(
                "n2",
                "Naima Chaara",
                "lvb_care",
                "Moeder-kindhuis De Haven",
                switch,
                strength="strong",
                phone="06-12341122",
            ),
            _pro("n3", "Saskia de Boer", "youth_health", JGZ, c.ago(78)),
            _jim(
                "n4",
                "Marja van Leeuwen",
                "oud-juf van de basisschool",
                "m1",
                c.ago(200),
                phone="06-12342124",
            ),
            _informal("n5", "Bianca de Jong", "moeder van Ilse", strength="stressful"),
            _informal("n6", "Fatiha Bouchtaoui", "moeder van Youssef"),
            _pro("n7", "Sophie Kramer", "midwife", HET_NEST, c.ago(270), c.ago(40)),
            _pro("n8", "Petra Wijnands", "maternity_care", KLAPROOS, born, c.ago(72)),
            _pro("n9", "Ahmed Ouali", "lvb_support", MEE, c.ago(230), switch),
        ),
        contacts=(
            _primary("n1", opened),
            _backup("n9", c.ago(230), switch),
            _backup("n2", switch),
        ),
        journey=_journey(
            _ev(
                c.ago(270),
                "signal",
                "Verloskundige meldt zorgen over een jonge zwangere",
                "Ilse is zestien en begrijpt de uitleg over de controles niet goed.",
                ["n7"],
                [],
                ["early_signalling"],
            ),
            _ev(
                opened,
                "intake",
                "Kennismaking met Ilse",
                "Ilse wil niet thuis blijven wonen; er is veel ruzie met haar moeder.",
                ["n1"],
                ["housing"],
                ["fixed_contact"],
            ),
            _ev(
                c.ago(230),
                "intervention_start",
                "Start LVB-ondersteuning door MEE",
                None,
                ["n9"],
                [],
                ["lvb_expertise"],
            ),
            _ev(
                c.ago(200),
                "milestone",
                "Ilse kiest haar oud-juf Marja als JIM",
                None,
                ["n4"],
                [],
                ["network_involved", "trusted_relationship"],
            ),
            _ev(
                c.ago(190),
                "referral",
                "Aanmelding bij een moeder-kindhuis",
                "Pas over acht weken een plek; eerst moest de indicatie rond.",
                ["n1", "n9"],
                ["waiting_list", "access_financing"],
                [],
            ),
            _ev(
                switch,
                "intervention_start",
                "Ilse verhuist naar moeder-kindhuis De Haven",
                None,
                ["n2"],
                [],
                ["practical_support"],
            ),
            _ev(
                switch,
                "handover",
                "Nieuwe achterwacht: Naima Chaara",
                "MEE bouwt af nu het moeder-kindhuis de dagelijkse begeleiding doet.",
                ["n9", "n2"],
                [],
                ["fixed_contact"],
            ),
            _ev(born, "milestone", "Sara is geboren", None, ["n7"]),
            _ev(born, "intervention_start", "Kraamzorg in het moeder-kindhuis", None, ["n8"]),
            _ev(
                c.ago(72),
                "intervention_end",
                "Kraamzorg afgerond",
                None,
                ["n8", "n3"],
                [],
                ["collaboration"],
            ),
            _ev(
                c.ago(50),
                "case_review",
                "Overleg over de erkenning en het contact met Youssef",
                None,
                ["n1", "n2", "n4"],
                [],
                ["network_involved", "shared_plan"],
            ),
            _ev(c.ago(7), "contact", "Huisbezoek in het moeder-kindhuis", None, ["n1", "n2", "n3"]),
        ),
        goals=(
            _goal(
                "Ilse zorgt zelf voor Sara",
                "open",
                _act("Badje en voeding oefenen met de begeleider", "Naima Chaara", None, "doing"),
                _act(
                    "Foto-agenda voor de afspraken van Sara", "Marja van Leeuwen", c.ago(60), "done"
                ),
            ),
            _goal(
                "School afmaken",
                "open",
                _act(
                    "Gesprek over een entree-opleiding in deeltijd",
                    "Wouter Smeets",
                    c.ahead(45),
                    "todo",
                ),
            ),
        ),
        reflections=(
            Reflection(
                c.ago(188),
                "Voor een minderjarige zwangere met een LVB duurde een plek "
                "in een moeder-kindhuis te lang: eerst de indicatie, dan de wachtlijst.",
                True,
            ),
            Reflection(c.ago(45), "Youssef wil betrokken zijn; zijn moeder is een steun.", False),
        ),
    )


_FAMILIES: tuple[Callable[[_Calendar], Family], ...] = (
    _jansen,
    _el_amrani,
    _ozturk,
    _wasik,
    _nguyen,
    _martina,
    _tesfay,
    _mensah,
    _al_hassan,
    _pinas,
    _visser,
    _de_jong,
)


def demo_families(today: date) -> list[Family]:
    """Twelve fictional families, every date relative to `today`; the same `today` always gives
    the same families. Each passes `domain.rules.validate_family(family, today)`."""
    calendar = _Calendar(today)
    return [make(calendar) for make in _FAMILIES]


# ---- the throwaway demo profile -------------------------------------------------------------
class DemoWorkspace(Workspace):
    """A workspace on a temporary demo profile: closing it also removes the profile folder."""

    def close(self) -> None:
        """Close the database, drop the key and remove the whole demo folder; idempotent."""
        try:
            super().close()
        finally:
            atexit.unregister(self.close)
            _remove_folder(self.paths.root)


def _remove_folder(folder: Path) -> None:
    if folder.exists():
        shutil.rmtree(folder, ignore_errors=True)
        log.info("demo profile removed")


def open_demo_workspace(today: date | None = None) -> Workspace:
    """A new demo profile in a fresh temporary folder, filled with `demo_families(today)`,
    region "Noord-Veluwe (demo)" and no language chosen. The folder is removed when the
    workspace closes, and at the latest when the program exits.

    `today` defaults to `clock.today()`. The import checks the rules on `clock.today()`, so a
    `today` after it is refused (a child would be born in the future); an earlier one works but
    the family list then shows phases as of `clock.today()`."""
    day = today or clock.today()
    root = Path(tempfile.mkdtemp(prefix=DEMO_FOLDER_PREFIX))
    try:
        ws, _recovery = DemoWorkspace.create(root, DEMO_PASSPHRASE, kdf=keys.FAST_KDF_FOR_TESTS)
    except BaseException:
        _remove_folder(root)
        raise
    try:
        ws.families.import_families(demo_families(day))
        ws.config.set("region", DEMO_REGION)
    except BaseException:
        ws.close()
        raise
    atexit.register(ws.close)
    log.info("demo profile opened with %d families", ws.families.count())
    return ws
