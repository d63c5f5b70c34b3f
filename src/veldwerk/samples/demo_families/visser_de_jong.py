"""Demo families 11 and 12: Gezin Visser (Oldebroek) and Gezin De Jong (Hattem). Fictional."""

from __future__ import annotations

from veldwerk.domain.model import Family, Member, Reflection
from veldwerk.samples.demo_families import blocks as b


def visser(c: b.Calendar) -> Family:
    """Oldebroek. A young mother whose grandmother was her JIM; closed two months ago."""
    opened = c.ago(820)
    born = c.ago(600)
    closed = c.ago(60)
    return Family(
        ref=b.ref("OB", opened, 11),
        name="Gezin Visser",
        municipality="Oldebroek",
        status="closed",
        opened_on=opened,
        closed_on=closed,
        closing_reason="goals_reached",
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
            b.director("n1", "Gerrit van 't Hul", b.ST_OLDEBROEK, opened, closed),
            b.pro(
                "n2",
                "Niels Boer",
                "addiction_care",
                "Verslavingszorg De Stroom",
                c.ago(700),
                c.ago(300),
            ),
            b.pro("n3", "Saskia de Boer", "youth_health", b.JGZ, c.ago(598)),
            b.jim("n4", "Gerda Mulder", "oma van Kim", "m1", c.ago(780), phone="06-12342114"),
            b.informal("n5", "Dylan Brink", "vader van Jesse", strength="stressful"),
            b.pro("n6", "Marieke Prins", "gp", "Huisartsenpraktijk Wezep", None),
        ),
        contacts=(b.primary("n1", opened, closed), b.backup("n3", c.ago(590), closed)),
        journey=b.journey(
            b.ev(
                c.ago(830),
                "signal",
                "Huisarts maakt zich zorgen om een jonge zwangere",
                "Kim is zeventien; haar vriend gebruikt.",
                ["n6"],
                [],
                ["early_signalling"],
            ),
            b.ev(
                opened,
                "intake",
                "Kennismaking met Kim bij haar oma",
                None,
                ["n1"],
                [],
                ["fixed_contact"],
            ),
            b.ev(
                c.ago(780),
                "milestone",
                "Oma Gerda wordt JIM van Kim",
                None,
                ["n4"],
                [],
                ["network_involved"],
            ),
            b.ev(
                c.ago(700),
                "intervention_start",
                "Dylan begint bij de verslavingszorg",
                None,
                ["n2"],
            ),
            b.ev(
                c.ago(650),
                "crisis",
                "Terugval van Dylan; Kim gaat bij oma wonen",
                None,
                ["n1", "n2", "n4"],
                ["housing"],
                ["network_involved"],
            ),
            b.ev(born, "milestone", "Jesse is geboren"),
            b.ev(
                c.ago(450),
                "case_review",
                "Overleg over het contact tussen Dylan en Jesse",
                None,
                ["n1", "n2"],
                [],
                ["collaboration", "shared_plan"],
            ),
            b.ev(
                c.ago(300),
                "intervention_end",
                "Dylan stopt met de behandeling",
                None,
                ["n2"],
                ["offer_mismatch"],
                [],
            ),
            b.ev(
                c.ago(200),
                "milestone",
                "Kim heeft een eigen woning",
                None,
                ["n1"],
                [],
                ["practical_support", "collaboration"],
            ),
            b.ev(
                c.ago(120),
                "evaluation",
                "Evaluatie: Kim redt het met steun van oma",
                None,
                ["n1", "n4"],
                [],
                ["trusted_relationship", "network_involved"],
            ),
            b.ev(
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
            b.goal(
                "Kim woont zelfstandig",
                "achieved",
                b.act("Inschrijven als woningzoekende", "Gerrit van 't Hul", c.ago(700), "done"),
                b.act("Urgentie aanvragen", "Gerrit van 't Hul", c.ago(400), "done"),
            ),
            b.goal(
                "Dylan betrokken bij Jesse",
                "dropped",
                b.act("Bemiddeling over de omgang", "Gerrit van 't Hul", c.ago(250), "todo"),
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


def de_jong(c: b.Calendar) -> Family:
    """Hattem. A 17-year-old mother with an LVB in a mother-and-baby home, baby of under three
    months, her former teacher as JIM; the achterwacht moved from MEE to the home."""
    opened = c.ago(260)
    born = c.ago(80)
    switch = c.ago(150)
    return Family(
        ref=b.ref("HT", opened, 12),
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
            b.director(
                "n1",
                "Wouter Smeets",
                b.ST_HATTEM,
                opened,
                phone="06-12341121",
                email="w.smeets@example.nl",
            ),
            b.pro(
                "n2",
                "Naima Chaara",
                "lvb_care",
                "Moeder-kindhuis De Haven",
                switch,
                strength="strong",
                phone="06-12341122",
            ),
            b.pro("n3", "Saskia de Boer", "youth_health", b.JGZ, c.ago(78)),
            b.jim(
                "n4",
                "Marja van Leeuwen",
                "oud-juf van de basisschool",
                "m1",
                c.ago(200),
                phone="06-12342124",
            ),
            b.informal("n5", "Bianca de Jong", "moeder van Ilse", strength="stressful"),
            b.informal("n6", "Fatiha Bouchtaoui", "moeder van Youssef"),
            b.pro("n7", "Sophie Kramer", "midwife", b.HET_NEST, c.ago(270), c.ago(40)),
            b.pro("n8", "Petra Wijnands", "maternity_care", b.KLAPROOS, born, c.ago(72)),
            b.pro("n9", "Ahmed Ouali", "lvb_support", b.MEE, c.ago(230), switch),
        ),
        contacts=(
            b.primary("n1", opened),
            b.backup("n9", c.ago(230), switch),
            b.backup("n2", switch),
        ),
        journey=b.journey(
            b.ev(
                c.ago(270),
                "signal",
                "Verloskundige meldt zorgen over een jonge zwangere",
                "Ilse is zestien en begrijpt de uitleg over de controles niet goed.",
                ["n7"],
                [],
                ["early_signalling"],
            ),
            b.ev(
                opened,
                "intake",
                "Kennismaking met Ilse",
                "Ilse wil niet thuis blijven wonen; er is veel ruzie met haar moeder.",
                ["n1"],
                ["housing"],
                ["fixed_contact"],
            ),
            b.ev(
                c.ago(230),
                "intervention_start",
                "Start LVB-ondersteuning door MEE",
                None,
                ["n9"],
                [],
                ["lvb_expertise"],
            ),
            b.ev(
                c.ago(200),
                "milestone",
                "Ilse kiest haar oud-juf Marja als JIM",
                None,
                ["n4"],
                [],
                ["network_involved", "trusted_relationship"],
            ),
            b.ev(
                c.ago(190),
                "referral",
                "Aanmelding bij een moeder-kindhuis",
                "Pas over acht weken een plek; eerst moest de indicatie rond.",
                ["n1", "n9"],
                ["waiting_list", "access_financing"],
                [],
            ),
            b.ev(
                switch,
                "intervention_start",
                "Ilse verhuist naar moeder-kindhuis De Haven",
                None,
                ["n2"],
                [],
                ["practical_support"],
            ),
            b.ev(
                switch,
                "handover",
                "Nieuwe achterwacht: Naima Chaara",
                "MEE bouwt af nu het moeder-kindhuis de dagelijkse begeleiding doet.",
                ["n9", "n2"],
                [],
                ["fixed_contact"],
            ),
            b.ev(born, "milestone", "Sara is geboren", None, ["n7"]),
            b.ev(born, "intervention_start", "Kraamzorg in het moeder-kindhuis", None, ["n8"]),
            b.ev(
                c.ago(72),
                "intervention_end",
                "Kraamzorg afgerond",
                None,
                ["n8", "n3"],
                [],
                ["collaboration"],
            ),
            b.ev(
                c.ago(50),
                "case_review",
                "Overleg over de erkenning en het contact met Youssef",
                None,
                ["n1", "n2", "n4"],
                [],
                ["network_involved", "shared_plan"],
            ),
            b.ev(
                c.ago(7), "contact", "Huisbezoek in het moeder-kindhuis", None, ["n1", "n2", "n3"]
            ),
        ),
        goals=(
            b.goal(
                "Ilse zorgt zelf voor Sara",
                "open",
                b.act("Badje en voeding oefenen met de begeleider", "Naima Chaara", None, "doing"),
                b.act(
                    "Foto-agenda voor de afspraken van Sara", "Marja van Leeuwen", c.ago(60), "done"
                ),
            ),
            b.goal(
                "School afmaken",
                "open",
                b.act(
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
