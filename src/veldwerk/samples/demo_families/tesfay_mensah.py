"""Demo families 7 and 8: Gezin Tesfay (Harderwijk) and Gezin Mensah (Ermelo). Fictional."""

from __future__ import annotations

from veldwerk.domain.model import Family, Member, Reflection
from veldwerk.samples.demo_families.blocks import (
    BUDGET,
    DE_LINDE,
    HET_NEST,
    JEUGDBESCHERMING,
    JGZ,
    ST_ERMELO,
    ST_HARDERWIJK,
    Calendar,
    act,
    backup,
    ev,
    goal,
    informal,
    jim,
    journey,
    primary,
    pro,
    ref,
)


def tesfay(c: Calendar) -> Family:
    """Harderwijk. A young refugee mother; her son is just past the first 1000 days and the
    case is being wound down."""
    opened = c.ago(900)
    born = c.ago(745)
    switch = c.ago(400)
    return Family(
        ref=ref("HW", opened, 7),
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
            pro(
                "n1",
                "Femke Dekker",
                "social_team",
                ST_HARDERWIJK,
                opened,
                switch,
                strength="strong",
            ),
            pro(
                "n2",
                "Daan Vermeulen",
                "social_team",
                ST_HARDERWIJK,
                c.ago(420),
                strength="strong",
                phone="06-12341072",
                email="d.vermeulen@example.nl",
            ),
            pro("n3", "Lotte Smit", "youth_health", JGZ, c.ago(740), phone="06-12341073"),
            pro(
                "n4",
                "Monique Hendriks",
                "childcare_school",
                "Peuteropvang Het Bijennest",
                c.ago(150),
                strength="strong",
            ),
            jim("n5", "Hiwet Tekle", "vriendin uit de kerk", "m1", c.ago(800), phone="06-12342075"),
            pro("n6", "Hanna Ghebre", "other", "Stichting Welkom Veluwe", c.ago(950), c.ago(580)),
        ),
        contacts=(
            primary("n1", opened, switch),
            primary("n2", switch),
            backup("n3", c.ago(700)),
        ),
        journey=journey(
            ev(
                opened,
                "intake",
                "Aanmelding via Stichting Welkom Veluwe",
                "Selam is zwanger, woont sinds kort in Harderwijk en kent hier bijna niemand.",
                ["n1", "n6"],
                ["offer_unknown"],
                ["collaboration"],
            ),
            ev(
                c.ago(870),
                "referral",
                "Verloskundige en kraamzorg geregeld",
                None,
                ["n1"],
                [],
                ["practical_support"],
            ),
            ev(
                c.ago(800),
                "milestone",
                "Hiwet wordt JIM van Selam",
                None,
                ["n5"],
                [],
                ["network_involved"],
            ),
            ev(born, "milestone", "Yohannes is geboren"),
            ev(
                c.ago(600),
                "contact",
                "Selam volgt taalles; Hiwet past op Yohannes",
                None,
                ["n1", "n5"],
                [],
                ["network_involved"],
            ),
            ev(
                c.ago(580),
                "intervention_end",
                "Begeleiding door Stichting Welkom Veluwe stopt",
                "De begeleiding stopt na achttien maanden, ook als er nog hulp nodig is.",
                ["n6"],
                ["transition_gap"],
                [],
            ),
            ev(
                switch,
                "handover",
                "Overdracht: Daan Vermeulen wordt vast aanspreekpunt",
                "Femke gaat met verlof. Overdracht in één gesprek, met een tolk.",
                ["n1", "n2"],
                ["fragmented_care"],
                ["fixed_contact"],
            ),
            ev(
                c.ago(150),
                "intervention_start",
                "Yohannes gaat naar de peuteropvang",
                None,
                ["n4"],
                [],
                ["practical_support"],
            ),
            ev(
                c.ago(20),
                "evaluation",
                "Evaluatie na ruim twee jaar: afbouwen",
                "Selam regelt veel zelf. Nog drie maanden, dan afsluiten met een warme "
                "overdracht naar de peuteropvang en de JGZ.",
                ["n2", "n3", "n4"],
                [],
                ["trusted_relationship", "shared_plan"],
            ),
            ev(c.ago(5), "contact", "Gesprek over het afsluiten", None, ["n2"]),
        ),
        goals=(
            goal(
                "Selam redt het zonder sociaal team",
                "open",
                act(
                    "Afsluitgesprek plannen met JGZ en peuteropvang",
                    "Daan Vermeulen",
                    c.ahead(60),
                    "todo",
                ),
                act("Zelf de post lezen, met Hiwet als vraagbaak", "Hiwet Tekle", None, "doing"),
            ),
            goal(
                "Yohannes naar de peuteropvang",
                "achieved",
                act("Plaats en kinderopvangtoeslag regelen", "Daan Vermeulen", c.ago(160), "done"),
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


def mensah(c: Calendar) -> Family:
    """Ermelo. Mother with an LVB, two children, child protection, too many professionals;
    the achterwacht changed (first year)."""
    opened = c.ago(700)
    born = c.ago(300)
    switch = c.ago(120)
    return Family(
        ref=ref("ER", opened, 8),
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
            pro(
                "n1",
                "Bram Hoekstra",
                "social_team",
                ST_ERMELO,
                opened,
                strength="strong",
                phone="06-12341081",
                email="b.hoekstra@example.nl",
            ),
            pro(
                "n2",
                "Ellen Groot",
                "lvb_care",
                DE_LINDE,
                c.ago(650),
                strength="strong",
                phone="06-12341082",
            ),
            pro(
                "n3",
                "Rachid Benali",
                "child_protection",
                JEUGDBESCHERMING,
                c.ago(200),
                strength="weak",
                phone="06-12341083",
            ),
            pro("n4", "Ingrid Veenstra", "youth_health", JGZ, c.ago(720)),
            pro("n5", "Tom Verbeek", "debt_counselling", BUDGET, c.ago(500)),
            pro(
                "n6",
                "Sanne Koster",
                "childcare_school",
                "Kinderdagverblijf De Zonnebloem",
                c.ago(720),
            ),
            pro("n7", "Noor Bakker", "social_team", ST_ERMELO, opened, switch),
            pro("n8", "Sophie Kramer", "midwife", HET_NEST, c.ago(500), c.ago(260)),
            informal(
                "n9", "Akosua Mensah", "zus van Abena", strength="strong", phone="06-12342089"
            ),
            informal("n10", "Emmanuel Boateng", "voorganger van de kerk"),
            informal("n11", "Joke Willems", "buurvrouw", strength="stressful"),
        ),
        contacts=(
            primary("n1", opened),
            backup("n7", opened, switch),
            backup("n2", switch),
        ),
        journey=journey(
            ev(
                c.ago(710),
                "signal",
                "Zorgen van het kinderdagverblijf",
                "Kofi komt vaak zonder ontbijt en in dezelfde kleren.",
                ["n6"],
                ["late_signalling"],
                [],
            ),
            ev(
                opened,
                "intake",
                "Kennismaking met Abena en Kwame",
                None,
                ["n1", "n7"],
                [],
                ["fixed_contact"],
            ),
            ev(
                c.ago(650),
                "intervention_start",
                "Start ambulante begeleiding LVB-zorg",
                None,
                ["n2"],
                [],
                ["lvb_expertise"],
            ),
            ev(
                c.ago(520),
                "referral",
                "Aanmelding bij de schuldhulpverlening",
                "Huurachterstand en een boete van het CJIB.",
                ["n1"],
                ["waiting_list", "income_debts"],
                [],
            ),
            ev(
                c.ago(500),
                "intervention_start",
                "Start budgetbeheer",
                None,
                ["n5"],
                [],
                ["practical_support"],
            ),
            ev(c.ago(480), "milestone", "Abena is opnieuw zwanger", None, ["n8"]),
            ev(
                c.ago(400),
                "case_review",
                "Casusoverleg: acht hulpverleners aan tafel",
                "Abena weet niet meer wie waarvoor komt. Afgesproken: Bram houdt de regie, "
                "Ellen is het dagelijkse gezicht.",
                ["n1", "n2", "n4", "n5", "n6", "n8"],
                ["too_many_professionals", "unclear_direction"],
                ["shared_plan"],
            ),
            ev(born, "milestone", "Ama is geboren", None, ["n8"]),
            ev(
                c.ago(220),
                "crisis",
                "Ama valt af en wordt opgenomen",
                "Ama dronk te weinig. Abena begreep het voedingsadvies niet. Vijf dagen in het "
                "ziekenhuis.",
                ["n1", "n4"],
                ["lvb_not_recognised", "information_sharing"],
                [],
            ),
            ev(
                c.ago(200),
                "intervention_start",
                "Ondertoezichtstelling uitgesproken",
                "De kinderrechter spreekt een ondertoezichtstelling van een jaar uit. Abena is "
                "boos en bang.",
                ["n1", "n3"],
                ["distrust_fear"],
                [],
            ),
            ev(
                switch,
                "handover",
                "Nieuwe achterwacht: Ellen Groot",
                "Noor stopt als achterwacht; Ellen kent het gezin het best.",
                ["n7", "n2"],
                [],
                ["fixed_contact", "lvb_expertise"],
            ),
            ev(
                c.ago(60),
                "evaluation",
                "Evaluatie met de gezinsvoogd",
                None,
                ["n1", "n2", "n3"],
                ["too_many_professionals"],
                ["collaboration"],
            ),
            ev(
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
            goal(
                "Ama groeit goed",
                "open",
                act("Elke week wegen op het consultatiebureau", "Ingrid Veenstra", None, "doing"),
                act("Voedingsschema met pictogrammen", "Ellen Groot", c.ago(200), "done"),
            ),
            goal(
                "Minder hulpverleners, één plan",
                "open",
                act("Eén gezinsplan voor alle hulp", "Bram Hoekstra", c.ahead(30), "doing"),
                act(
                    "Huisbezoeken van JGZ en LVB-zorg samenvoegen",
                    "Bram Hoekstra",
                    c.ago(40),
                    "todo",
                ),
            ),
            goal(
                "Huurachterstand ingelopen",
                "achieved",
                act("Betalingsregeling met de verhuurder", "Tom Verbeek", c.ago(380), "done"),
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
