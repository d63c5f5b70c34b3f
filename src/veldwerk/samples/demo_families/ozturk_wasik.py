"""Demo families 3 and 4: Gezin Öztürk (Nunspeet) and Gezin Wąsik (Harderwijk). Fictional."""

from __future__ import annotations

from veldwerk.domain.model import Family, Member, Reflection
from veldwerk.samples.demo_families import blocks as b


def ozturk(c: b.Calendar) -> Family:
    """Nunspeet. Young parents, a report to Veilig Thuis, a new case director (second year)."""
    opened = c.ago(560)
    born = c.ago(500)
    switch = c.ago(210)
    return Family(
        ref=b.ref("NS", opened, 3),
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
            b.director("n1", "Hatice Demir", b.ST_NUNSPEET, opened, switch),
            b.director(
                "n2",
                "Mirjam Post",
                b.ST_NUNSPEET,
                c.ago(231),
                phone="06-12341032",
                email="m.post@example.nl",
            ),
            b.pro(
                "n3", "Carla Jonker", "domestic_violence", b.VEILIG_THUIS, c.ago(300), c.ago(150)
            ),
            b.pro("n4", "Maarten Scholten", "mental_health", b.GGZ, c.ago(270), strength="weak"),
            b.pro("n5", "Ingrid Veenstra", "youth_health", b.JGZ, c.ago(495), phone="06-12341035"),
            b.informal("n6", "Emine Öztürk", "moeder van Şükrü", strength="stressful"),
            b.informal(
                "n7", "Lisa Hoogland", "vriendin van Zoë", strength="strong", phone="06-12342037"
            ),
            b.pro("n8", "Aylin Şahin", "gp", "Gezondheidscentrum De Bron", c.ago(600)),
        ),
        contacts=(
            b.primary("n1", opened, switch),
            b.primary("n2", switch),
            b.backup("n5", c.ago(480)),
        ),
        journey=b.journey(
            b.ev(
                opened,
                "intake",
                "Aanmelding via de huisarts",
                "Zoë voelt zich somber en alleen in de zwangerschap.",
                ["n1", "n8"],
                [],
                ["early_signalling"],
            ),
            b.ev(born, "milestone", "Mert is geboren"),
            b.ev(
                c.ago(300),
                "crisis",
                "Melding bij Veilig Thuis na ruzie thuis",
                "De politie kwam na een melding van de buren; Mert was thuis. Zoë en Mert "
                "slapen een paar nachten bij een vriendin.",
                ["n1", "n3", "n7"],
                ["distrust_fear", "information_sharing"],
                ["network_involved"],
            ),
            b.ev(
                c.ago(290),
                "case_review",
                "Veiligheidsplan met Veilig Thuis",
                "Şükrü woont een tijd bij zijn broer. Ruzies worden besproken, niet uitgevochten.",
                ["n1", "n3"],
                [],
                ["collaboration", "shared_plan"],
            ),
            b.ev(
                c.ago(270),
                "referral",
                "Verwijzing naar de ggz voor Zoë",
                "Vier maanden wachttijd; de praktijkondersteuner van de huisarts overbrugt.",
                ["n1", "n4", "n8"],
                ["waiting_list"],
                [],
            ),
            b.ev(
                switch,
                "handover",
                "Overdracht: Mirjam Post wordt vast aanspreekpunt",
                "Hatice gaat naar een ander team. Drie weken samen op huisbezoek voor de wissel.",
                ["n1", "n2"],
                [],
                ["trusted_relationship", "fixed_contact"],
            ),
            b.ev(
                c.ago(150),
                "intervention_end",
                "Veilig Thuis sluit het onderzoek af",
                None,
                ["n2", "n3"],
                [],
                ["collaboration"],
            ),
            b.ev(
                c.ago(150),
                "intervention_start",
                "Zoë begint haar behandeling bij de ggz",
                None,
                ["n4"],
            ),
            b.ev(
                c.ago(100),
                "evaluation",
                "Evaluatie: veiligheid thuis",
                "Geen nieuwe incidenten. Zoë en Şükrü willen samen verder, met hulp bij ruzies.",
                ["n2"],
                [],
                ["shared_plan"],
            ),
            b.ev(c.ago(40), "contact", "Consultatiebureau: Mert loopt aan de hand", None, ["n5"]),
            b.ev(
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
            b.goal(
                "Veilig thuis voor Mert",
                "open",
                b.act("Veiligheidsplan elke maand bespreken", "Mirjam Post", c.ahead(20), "doing"),
                b.act("Cursus omgaan met boosheid", "Şükrü Öztürk", c.ahead(45), "todo"),
            ),
            b.goal(
                "Zoë voelt zich minder somber",
                "open",
                b.act("Behandeling bij de ggz volgen", "Zoë Ağaoğlu", None, "doing"),
                b.act("Twee ochtenden peuteropvang aanvragen", "Ingrid Veenstra", c.ago(5), "todo"),
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


def wasik(c: b.Calendar) -> Family:
    """Harderwijk. Polish labour migrants, eviction threat, newborn; the achterwacht left and
    has not been replaced (the list shows the warning)."""
    opened = c.ago(190)
    born = c.ago(40)
    backup_left = c.ago(35)
    return Family(
        ref=b.ref("HW", opened, 4),
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
            b.director(
                "n1",
                "Marloes van den Berg",
                b.ST_HARDERWIJK,
                opened,
                phone="06-12341041",
                email="m.vandenberg@example.nl",
            ),
            b.pro("n2", "Joke Timmer", "social_team", b.ST_HARDERWIJK, opened, backup_left),
            b.pro(
                "n3", "Tom Verbeek", "debt_counselling", b.BUDGET, c.ago(20), phone="06-12341043"
            ),
            b.pro("n4", "Sandra Pieters", "housing", b.WONEN, c.ago(70), strength="weak"),
            b.pro("n5", "Petra Wijnands", "maternity_care", b.KLAPROOS, born, c.ago(32)),
            b.pro("n6", "Eline Mulder", "midwife", b.DE_WIEG, c.ago(210), c.ago(3)),
            b.informal(
                "n7",
                "Katarzyna Nowak",
                "vriendin uit de kerk",
                strength="strong",
                phone="06-12342047",
            ),
            b.informal(
                "n8", "Flexwonen Veluwe", "verhuurder via het uitzendbureau", strength="stressful"
            ),
        ),
        contacts=(b.primary("n1", opened), b.backup("n2", opened, backup_left)),
        journey=b.journey(
            b.ev(
                c.ago(210),
                "signal",
                "Verloskundige: geen zorgverzekering",
                "Agnieszka is niet verzekerd; de rekeningen van de controles stapelen zich op.",
                ["n6"],
                ["access_financing", "income_debts"],
                ["early_signalling"],
            ),
            b.ev(
                opened,
                "intake",
                "Kennismaking met een telefoontolk",
                "Informatie in het Pools is er bijna niet.",
                ["n1", "n2"],
                ["offer_mismatch"],
                ["fixed_contact"],
            ),
            b.ev(
                c.ago(150),
                "milestone",
                "Zorgverzekering geregeld",
                None,
                ["n1"],
                [],
                ["practical_support"],
            ),
            b.ev(
                c.ago(75),
                "crisis",
                "Dreigende huisuitzetting",
                "Łukasz is ziek en verdient minder. Het uitzendbureau houdt de huur in en dreigt "
                "de kamer op te zeggen.",
                ["n1", "n8"],
                ["housing", "income_debts", "insufficient_mandate"],
                [],
            ),
            b.ev(
                c.ago(70),
                "referral",
                "Urgentie aangevraagd bij de woningcorporatie",
                "Afgewezen: te kort ingeschreven in de gemeente. De wachttijd voor een sociale "
                "huurwoning is jaren.",
                ["n1", "n4"],
                ["waiting_list", "housing"],
                [],
            ),
            b.ev(
                c.ago(60),
                "referral",
                "Aanmelding bij de schuldhulpverlening",
                "Acht weken wachttijd.",
                ["n1"],
                ["waiting_list"],
                [],
            ),
            b.ev(born, "milestone", "Zofia is geboren", None, ["n6"]),
            b.ev(
                born,
                "intervention_start",
                "Kraamzorg De Klaproos begint",
                None,
                ["n5"],
                [],
                ["practical_support"],
            ),
            b.ev(
                backup_left,
                "handover",
                "Achterwacht Joke Timmer gestopt",
                "Joke is met verlof. Er is nog geen nieuwe achterwacht.",
                ["n2"],
                ["transition_gap"],
                [],
            ),
            b.ev(c.ago(32), "intervention_end", "Kraamzorg afgerond", None, ["n5"]),
            b.ev(
                c.ago(20),
                "intervention_start",
                "Start budgetcoaching",
                None,
                ["n3"],
                [],
                ["collaboration"],
            ),
            b.ev(
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
            b.goal(
                "Een veilige plek om te wonen",
                "open",
                b.act(
                    "Bezwaar tegen de opzegging van de kamer",
                    "Marloes van den Berg",
                    c.ahead(7),
                    "doing",
                ),
                b.act("Inschrijven als woningzoekende", "Łukasz Wąsik", c.ago(50), "done"),
            ),
            b.goal(
                "Rust in de geldzaken",
                "open",
                b.act("Overzicht van alle schulden", "Tom Verbeek", c.ahead(30), "doing"),
                b.act("Kinderbijslag aanvragen", "Agnieszka Wąsik", c.ago(10), "todo"),
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
