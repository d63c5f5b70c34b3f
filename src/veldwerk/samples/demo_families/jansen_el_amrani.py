"""Demo families 1 and 2: Gezin Jansen (Harderwijk) and Gezin El Amrani (Ermelo). Fictional."""

from __future__ import annotations

from veldwerk.domain.model import Family, Member, Reflection
from veldwerk.samples.demo_families import blocks as b


def jansen(c: b.Calendar) -> Family:
    """Harderwijk. Mother with an LVB, baby of four months (first year); a full plan."""
    opened = c.ago(260)
    return Family(
        ref=b.ref("HW", opened, 1),
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
            b.director(
                "n1",
                "Femke Dekker",
                b.ST_HARDERWIJK,
                opened,
                phone="06-12341001",
                email="f.dekker@example.nl",
            ),
            b.pro(
                "n2",
                "Ahmed Ouali",
                "lvb_support",
                b.MEE,
                c.ago(200),
                strength="strong",
                phone="06-12341002",
                email="a.ouali@example.nl",
            ),
            b.pro(
                "n3",
                "Eline Mulder",
                "midwife",
                b.DE_WIEG,
                c.ago(300),
                c.ago(78),
                phone="06-12341003",
            ),
            b.pro("n4", "Wendy Schouten", "maternity_care", b.KLAPROOS, c.ago(120), c.ago(112)),
            b.pro(
                "n5",
                "Lotte Smit",
                "youth_health",
                b.JGZ,
                c.ago(110),
                phone="06-12341005",
                email="l.smit@example.nl",
            ),
            b.informal(
                "n6",
                "Gerda Jansen",
                "moeder van Demi (oma)",
                strength="strong",
                phone="06-12342006",
            ),
            b.informal("n7", "Hans Kok", "buurman", strength="stressful"),
        ),
        contacts=(b.primary("n1", opened), b.backup("n2", c.ago(200))),
        journey=b.journey(
            b.ev(
                c.ago(300),
                "signal",
                "Verloskundige twijfelt of Demi de uitleg begrijpt",
                "Demi knikt bij alles, maar vergeet het potje urine en mist de eerste echo.",
                ["n3"],
                ["lvb_not_recognised"],
                ["early_signalling"],
            ),
            b.ev(
                c.ago(260),
                "intake",
                "Kennismaking thuis met Demi en Rick",
                "Samen met de verloskundige. Afgesproken: één vast aanspreekpunt, korte "
                "afspraken, alles op papier met plaatjes.",
                ["n1", "n3"],
                [],
                ["fixed_contact", "tailored_approach"],
            ),
            b.ev(
                c.ago(240),
                "referral",
                "Aanmelding bij MEE voor LVB-ondersteuning",
                "Zes weken wachttijd; eerst moest de beschikking rond. In de tussentijd komt "
                "Femke elke week langs.",
                ["n1"],
                ["waiting_list", "access_financing"],
                [],
            ),
            b.ev(
                c.ago(200),
                "intervention_start",
                "Start ondersteuning door MEE",
                None,
                ["n2"],
                [],
                ["lvb_expertise"],
            ),
            b.ev(
                c.ago(170),
                "case_review",
                "Overleg verloskundige, MEE en sociaal team",
                "Geboorteplan in eenvoudige taal gemaakt. Oma Gerda is bij de bevalling.",
                ["n1", "n2", "n3", "n6"],
                [],
                ["collaboration", "shared_plan", "network_involved"],
            ),
            b.ev(
                c.ago(120),
                "milestone",
                "Lieke is geboren",
                "Bevalling in het ziekenhuis. Moeder en kind maken het goed.",
                ["n3"],
            ),
            b.ev(
                c.ago(120),
                "intervention_start",
                "Kraamzorg De Klaproos begint",
                None,
                ["n4"],
                [],
                ["practical_support"],
            ),
            b.ev(
                c.ago(112),
                "intervention_end",
                "Kraamzorg afgerond",
                "De overdracht aan de JGZ ging telefonisch; het kraamdossier kwam later aan.",
                ["n4", "n5"],
                ["information_sharing", "transition_gap"],
                [],
            ),
            b.ev(
                c.ago(95),
                "contact",
                "Eerste huisbezoek van de JGZ",
                "Femke was erbij, zodat Demi de verpleegkundige niet alleen hoefde te ontmoeten.",
                ["n1", "n5"],
                [],
                ["collaboration"],
            ),
            b.ev(
                c.ago(61),
                "note",
                "Buurman klaagt over huilen 's nachts",
                "Hij heeft geklaagd bij de woningcorporatie. Demi is er erg van geschrokken.",
                ["n7"],
            ),
            b.ev(
                c.ago(30),
                "evaluation",
                "Evaluatie van het plan",
                "Voeding en slapen gaan goed. Geldzaken blijven lastig: de toeslagen zijn nog "
                "niet aangepast.",
                ["n1", "n2"],
                ["income_debts"],
                ["shared_plan", "trusted_relationship"],
            ),
            b.ev(c.ago(9), "contact", "Huisbezoek: slaapritme van Lieke", None, ["n1"]),
        ),
        goals=(
            b.goal(
                "Lieke slaapt veilig en drinkt goed",
                "achieved",
                b.act("Slaapzak en ledikant regelen", "Gerda Jansen", c.ago(130), "done"),
                b.act(
                    "Voedingsschema met plaatjes op de koelkast", "Lotte Smit", c.ago(90), "done"
                ),
            ),
            b.goal(
                "Grip op geld en post",
                "open",
                b.act("Toeslagen aanpassen na de geboorte", "Ahmed Ouali", c.ahead(14), "doing"),
                b.act("Elke week samen de post openen", "Demi en Ahmed", None, "doing"),
                b.act(
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


def el_amrani(c: b.Calendar) -> Family:
    """Ermelo. A 17-year-old expecting her first child, living with her mother; a JIM."""
    opened = c.ago(90)
    due = c.ahead(70)
    return Family(
        ref=b.ref("ER", opened, 2),
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
            b.director(
                "n1",
                "Noor Bakker",
                b.ST_ERMELO,
                opened,
                phone="06-12341021",
                email="n.bakker@example.nl",
            ),
            b.pro("n2", "Sophie Kramer", "midwife", b.HET_NEST, c.ago(120), phone="06-12341022"),
            b.pro(
                "n3",
                "Dewi Sastro",
                "childcare_school",
                "ROC Noord-Veluwe",
                c.ago(150),
                email="d.sastro@example.nl",
            ),
            b.jim(
                "n4",
                "Samira Ouahabi",
                "tante (zus van Fatima)",
                "m1",
                c.ago(60),
                phone="06-12342024",
            ),
            b.pro("n5", "Anouk Brouwer", "youth_health", b.JGZ, c.ago(40), phone="06-12341025"),
            b.informal(
                "n6",
                "Milan de Groot",
                "vader van het kindje",
                strength="stressful",
                since=c.ago(300),
            ),
        ),
        contacts=(b.primary("n1", opened), b.backup("n5", c.ago(40))),
        journey=b.journey(
            b.ev(
                c.ago(150),
                "signal",
                "Mentor van het ROC maakt zich zorgen over verzuim",
                "Nadia mist veel lessen en is vaak moe. Zij vertelt haar mentor dat ze zwanger is.",
                ["n3"],
                [],
                ["early_signalling"],
            ),
            b.ev(
                c.ago(120),
                "contact",
                "Eerste controle bij de verloskundige",
                "Pas bij dertien weken; Nadia durfde het eerst aan niemand te vertellen.",
                ["n2"],
                ["late_signalling", "distrust_fear"],
                [],
            ),
            b.ev(
                opened,
                "intake",
                "Kennismaking met Nadia en haar moeder",
                "Nadia wil het kindje houden en op school blijven. Haar moeder steunt haar.",
                ["n1"],
                [],
                ["fixed_contact"],
            ),
            b.ev(
                c.ago(60),
                "milestone",
                "Nadia kiest tante Samira als JIM",
                None,
                ["n4"],
                [],
                ["network_involved", "trusted_relationship"],
            ),
            b.ev(
                c.ago(45),
                "referral",
                "Aanmelding voor de groep jonge moeders",
                "De groep begint pas na de bevalling; niemand wist dat er een wachtlijst was.",
                ["n1"],
                ["waiting_list", "offer_unknown"],
                [],
            ),
            b.ev(
                c.ago(40),
                "intervention_start",
                "Start huisbezoeken JGZ in de zwangerschap",
                None,
                ["n5"],
                [],
                ["early_signalling"],
            ),
            b.ev(
                c.ago(20),
                "case_review",
                "Overleg school, JGZ en sociaal team",
                "Over verlof en examens. Nadia moest eerst toestemming geven om informatie met "
                "school te delen.",
                ["n1", "n3", "n5"],
                ["information_sharing"],
                ["collaboration", "shared_plan"],
            ),
            b.ev(
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
            b.goal(
                "Nadia maakt haar opleiding af",
                "open",
                b.act("Afspraken met school over verlof", "Dewi Sastro", c.ahead(21), "doing"),
                b.act(
                    "Kinderopvang aanvragen voor na het verlof", "Noor Bakker", c.ahead(60), "todo"
                ),
            ),
            b.goal(
                "Alles klaar voor de bevalling",
                "open",
                b.act("Kraamzorg boeken", "Nadia en Samira", c.ago(10), "done"),
                b.act("Bevallingsplan in eenvoudige taal", "Sophie Kramer", c.ahead(14), "doing"),
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
