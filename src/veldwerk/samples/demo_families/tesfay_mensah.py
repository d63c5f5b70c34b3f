"""Demo families 7 and 8: Gezin Tesfay (Harderwijk) and Gezin Mensah (Ermelo). Fictional."""

from __future__ import annotations

from veldwerk.domain.model import Family, Member, Reflection
from veldwerk.samples.demo_families import blocks as b


def tesfay(c: b.Calendar) -> Family:
    """Harderwijk. A young refugee mother; her son is just past the first 1000 days and the
    case is being wound down."""
    opened = c.ago(900)
    born = c.ago(745)
    switch = c.ago(400)
    return Family(
        ref=b.ref("HW", opened, 7),
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
            b.director("n1", "Femke Dekker", b.ST_HARDERWIJK, opened, switch),
            b.director(
                "n2",
                "Daan Vermeulen",
                b.ST_HARDERWIJK,
                c.ago(420),
                phone="06-12341072",
                email="d.vermeulen@example.nl",
            ),
            b.pro("n3", "Lotte Smit", "youth_health", b.JGZ, c.ago(740), phone="06-12341073"),
            b.pro(
                "n4",
                "Monique Hendriks",
                "childcare_school",
                "Peuteropvang Het Bijennest",
                c.ago(150),
                strength="strong",
            ),
            b.jim(
                "n5", "Hiwet Tekle", "vriendin uit de kerk", "m1", c.ago(800), phone="06-12342075"
            ),
            b.pro("n6", "Hanna Ghebre", "other", "Stichting Welkom Veluwe", c.ago(950), c.ago(580)),
        ),
        contacts=(
            b.primary("n1", opened, switch),
            b.primary("n2", switch),
            b.backup("n3", c.ago(700)),
        ),
        journey=b.journey(
            b.ev(
                opened,
                "intake",
                "Aanmelding via Stichting Welkom Veluwe",
                "Selam is zwanger, woont sinds kort in Harderwijk en kent hier bijna niemand.",
                ["n1", "n6"],
                ["offer_unknown"],
                ["collaboration"],
            ),
            b.ev(
                c.ago(870),
                "referral",
                "Verloskundige en kraamzorg geregeld",
                None,
                ["n1"],
                [],
                ["practical_support"],
            ),
            b.ev(
                c.ago(800),
                "milestone",
                "Hiwet wordt JIM van Selam",
                None,
                ["n5"],
                [],
                ["network_involved"],
            ),
            b.ev(born, "milestone", "Yohannes is geboren"),
            b.ev(
                c.ago(600),
                "contact",
                "Selam volgt taalles; Hiwet past op Yohannes",
                None,
                ["n1", "n5"],
                [],
                ["network_involved"],
            ),
            b.ev(
                c.ago(580),
                "intervention_end",
                "Begeleiding door Stichting Welkom Veluwe stopt",
                "De begeleiding stopt na achttien maanden, ook als er nog hulp nodig is.",
                ["n6"],
                ["transition_gap"],
                [],
            ),
            b.ev(
                switch,
                "handover",
                "Overdracht: Daan Vermeulen wordt vast aanspreekpunt",
                "Femke gaat met verlof. Overdracht in één gesprek, met een tolk.",
                ["n1", "n2"],
                ["fragmented_care"],
                ["fixed_contact"],
            ),
            b.ev(
                c.ago(150),
                "intervention_start",
                "Yohannes gaat naar de peuteropvang",
                None,
                ["n4"],
                [],
                ["practical_support"],
            ),
            b.ev(
                c.ago(20),
                "evaluation",
                "Evaluatie na ruim twee jaar: afbouwen",
                "Selam regelt veel zelf. Nog drie maanden, dan afsluiten met een warme "
                "overdracht naar de peuteropvang en de JGZ.",
                ["n2", "n3", "n4"],
                [],
                ["trusted_relationship", "shared_plan"],
            ),
            b.ev(c.ago(5), "contact", "Gesprek over het afsluiten", None, ["n2"]),
        ),
        goals=(
            b.goal(
                "Selam redt het zonder sociaal team",
                "open",
                b.act(
                    "Afsluitgesprek plannen met JGZ en peuteropvang",
                    "Daan Vermeulen",
                    c.ahead(60),
                    "todo",
                ),
                b.act("Zelf de post lezen, met Hiwet als vraagbaak", "Hiwet Tekle", None, "doing"),
            ),
            b.goal(
                "Yohannes naar de peuteropvang",
                "achieved",
                b.act(
                    "Plaats en kinderopvangtoeslag regelen", "Daan Vermeulen", c.ago(160), "done"
                ),
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


def mensah(c: b.Calendar) -> Family:
    """Ermelo. Mother with an LVB, two children, child protection, too many professionals;
    the achterwacht changed (first year)."""
    opened = c.ago(700)
    born = c.ago(300)
    switch = c.ago(120)
    return Family(
        ref=b.ref("ER", opened, 8),
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
            b.director(
                "n1",
                "Bram Hoekstra",
                b.ST_ERMELO,
                opened,
                phone="06-12341081",
                email="b.hoekstra@example.nl",
            ),
            b.pro(
                "n2",
                "Ellen Groot",
                "lvb_care",
                b.DE_LINDE,
                c.ago(650),
                strength="strong",
                phone="06-12341082",
            ),
            b.pro(
                "n3",
                "Rachid Benali",
                "child_protection",
                b.JEUGDBESCHERMING,
                c.ago(200),
                strength="weak",
                phone="06-12341083",
            ),
            b.pro("n4", "Ingrid Veenstra", "youth_health", b.JGZ, c.ago(720)),
            b.pro("n5", "Tom Verbeek", "debt_counselling", b.BUDGET, c.ago(500)),
            b.pro(
                "n6",
                "Sanne Koster",
                "childcare_school",
                "Kinderdagverblijf De Zonnebloem",
                c.ago(720),
            ),
            b.pro("n7", "Noor Bakker", "social_team", b.ST_ERMELO, opened, switch),
            b.pro("n8", "Sophie Kramer", "midwife", b.HET_NEST, c.ago(500), c.ago(260)),
            b.informal(
                "n9", "Akosua Mensah", "zus van Abena", strength="strong", phone="06-12342089"
            ),
            b.informal("n10", "Emmanuel Boateng", "voorganger van de kerk"),
            b.informal("n11", "Joke Willems", "buurvrouw", strength="stressful"),
        ),
        contacts=(
            b.primary("n1", opened),
            b.backup("n7", opened, switch),
            b.backup("n2", switch),
        ),
        journey=b.journey(
            b.ev(
                c.ago(710),
                "signal",
                "Zorgen van het kinderdagverblijf",
                "Kofi komt vaak zonder ontbijt en in dezelfde kleren.",
                ["n6"],
                ["late_signalling"],
                [],
            ),
            b.ev(
                opened,
                "intake",
                "Kennismaking met Abena en Kwame",
                None,
                ["n1", "n7"],
                [],
                ["fixed_contact"],
            ),
            b.ev(
                c.ago(650),
                "intervention_start",
                "Start ambulante begeleiding LVB-zorg",
                None,
                ["n2"],
                [],
                ["lvb_expertise"],
            ),
            b.ev(
                c.ago(520),
                "referral",
                "Aanmelding bij de schuldhulpverlening",
                "Huurachterstand en een boete van het CJIB.",
                ["n1"],
                ["waiting_list", "income_debts"],
                [],
            ),
            b.ev(
                c.ago(500),
                "intervention_start",
                "Start budgetbeheer",
                None,
                ["n5"],
                [],
                ["practical_support"],
            ),
            b.ev(c.ago(480), "milestone", "Abena is opnieuw zwanger", None, ["n8"]),
            b.ev(
                c.ago(400),
                "case_review",
                "Casusoverleg: acht hulpverleners aan tafel",
                "Abena weet niet meer wie waarvoor komt. Afgesproken: Bram houdt de regie, "
                "Ellen is het dagelijkse gezicht.",
                ["n1", "n2", "n4", "n5", "n6", "n8"],
                ["too_many_professionals", "unclear_direction"],
                ["shared_plan"],
            ),
            b.ev(born, "milestone", "Ama is geboren", None, ["n8"]),
            b.ev(
                c.ago(220),
                "crisis",
                "Ama valt af en wordt opgenomen",
                "Ama dronk te weinig. Abena begreep het voedingsadvies niet. Vijf dagen in het "
                "ziekenhuis.",
                ["n1", "n4"],
                ["lvb_not_recognised", "information_sharing"],
                [],
            ),
            b.ev(
                c.ago(200),
                "intervention_start",
                "Ondertoezichtstelling uitgesproken",
                "De kinderrechter spreekt een ondertoezichtstelling van een jaar uit. Abena is "
                "boos en bang.",
                ["n1", "n3"],
                ["distrust_fear"],
                [],
            ),
            b.ev(
                switch,
                "handover",
                "Nieuwe achterwacht: Ellen Groot",
                "Noor stopt als achterwacht; Ellen kent het gezin het best.",
                ["n7", "n2"],
                [],
                ["fixed_contact", "lvb_expertise"],
            ),
            b.ev(
                c.ago(60),
                "evaluation",
                "Evaluatie met de gezinsvoogd",
                None,
                ["n1", "n2", "n3"],
                ["too_many_professionals"],
                ["collaboration"],
            ),
            b.ev(
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
            b.goal(
                "Ama groeit goed",
                "open",
                b.act("Elke week wegen op het consultatiebureau", "Ingrid Veenstra", None, "doing"),
                b.act("Voedingsschema met pictogrammen", "Ellen Groot", c.ago(200), "done"),
            ),
            b.goal(
                "Minder hulpverleners, één plan",
                "open",
                b.act("Eén gezinsplan voor alle hulp", "Bram Hoekstra", c.ahead(30), "doing"),
                b.act(
                    "Huisbezoeken van JGZ en LVB-zorg samenvoegen",
                    "Bram Hoekstra",
                    c.ago(40),
                    "todo",
                ),
            ),
            b.goal(
                "Huurachterstand ingelopen",
                "achieved",
                b.act("Betalingsregeling met de verhuurder", "Tom Verbeek", c.ago(380), "done"),
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
