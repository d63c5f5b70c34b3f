"""Families built by hand for the overview tests: a realistic one, one without an achterwacht
and one whose people have names from all over Europe and beyond (the stress family is in
`support.report_stress`)."""

from __future__ import annotations

from datetime import date

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

TODAY = date(2026, 10, 5)

# Texts a family must never read on its fridge; the family version is checked for their absence.
SECRET_NOTE = "Moeder vertelde over geweld in haar jeugd"
SECRET_REFLECTION = "Samenwerking met de woningcorporatie verliep stroef"
SECRET_DESCRIPTION = "Huurachterstand van drie maanden"

UNICODE_NAMES = ("Yılmaz", "Şükrü Öztürk", "Łukasz Wąsik", "Nguyễn Thị Hà", "Zoë Ağaoğlu")


def realistic_family() -> Family:
    """Gezin De Vries of the case-file example, a little after Noah's birth."""
    return Family(
        ref="HW-2026-001",
        name="Gezin De Vries",
        municipality="Harderwijk",
        status="active",
        opened_on=date(2026, 2, 3),
        due_date=date(2026, 9, 14),
        vulnerabilities=("lvb", "young_parent", "income_debts"),
        learning_consent="granted",
        members=(
            Member(
                "m1",
                "mother",
                "Sanne",
                "de Vries",
                birth_date=date(2007, 5, 12),
                phone="06-11223344",
                address="Stationsstraat 12, 3841 AB Harderwijk",
                notes=SECRET_NOTE,
            ),
            Member(
                "m2",
                "partner",
                "Kevin",
                "Mulder",
                birth_date=date(2005, 11, 30),
                phone="06-55667788",
            ),
            Member("m3", "child", "Noah", "de Vries", birth_date=date(2026, 9, 16)),
        ),
        network=(
            NetworkMember(
                "n1",
                "jim",
                "Ans de Vries",
                relation="tante",
                mentor_of="m1",
                phone="06-99887766",
                strength="strong",
                since=date(2026, 3, 1),
            ),
            NetworkMember(
                "n2",
                "professional",
                "Karin Bos",
                organisation="Verloskundigenpraktijk Veluwe",
                profession="midwife",
                phone="0341-123456",
                email="k.bos@example.org",
                since=date(2026, 1, 10),
            ),
            NetworkMember(
                "n3",
                "professional",
                "Femke Jansen",
                organisation="Sociaal Team Harderwijk",
                profession="social_team",
                phone="0341-654321",
                email="f.jansen@example.org",
                strength="strong",
                since=date(2026, 2, 3),
            ),
            NetworkMember(
                "n4",
                "professional",
                "Ahmed El Amrani",
                organisation="MEE Veluwe",
                profession="lvb_support",
                phone="0341-777888",
                since=date(2026, 2, 3),
            ),
            NetworkMember(
                "n5", "informal", "Piet Hendriks", relation="buurman", strength="stressful"
            ),
            NetworkMember(
                "n6",
                "professional",
                "Lotte Smit",
                organisation="JGZ Noord-Veluwe",
                profession="youth_health",
                strength="weak",
                since=date(2026, 9, 20),
            ),
        ),
        contacts=(
            ContactAssignment("primary", "n3", date(2026, 2, 3)),
            ContactAssignment("backup", "n4", date(2026, 2, 3)),
        ),
        journey=(
            Event(
                date(2026, 1, 20),
                "signal",
                "Verloskundige maakt zich zorgen",
                "Tijdens de eerste controle valt op dat Sanne afspraken niet begrijpt.",
                ("n2",),
                ("lvb_not_recognised",),
                ("early_signalling",),
            ),
            Event(
                date(2026, 2, 3),
                "intake",
                "Kennismaking sociaal team",
                None,
                ("n3", "n4"),
                (),
                ("fixed_contact",),
            ),
            Event(
                date(2026, 3, 1),
                "milestone",
                "Tante Ans wordt JIM",
                None,
                ("n1",),
                (),
                ("network_involved",),
            ),
            Event(
                date(2026, 4, 18),
                "crisis",
                "Dreigende huisuitzetting",
                SECRET_DESCRIPTION,
                ("n3",),
                ("income_debts", "housing", "waiting_list"),
                (),
            ),
            Event(
                date(2026, 5, 6),
                "referral",
                "Aanmelding schuldhulpverlening",
                None,
                ("n3",),
                ("waiting_list",),
                ("collaboration",),
            ),
            Event(date(2026, 9, 16), "milestone", "Noah is geboren", None, ("n2",)),
            Event(
                date(2026, 10, 2),
                "contact",
                "Huisbezoek met de JGZ-verpleegkundige",
                "Sanne geeft de fles volgens het schema op de koelkast.",
                ("n3",),
                ("transition_gap",),
                ("practical_support",),
            ),
        ),
        goals=(
            Goal(
                "Veilige woonsituatie voor Noah",
                "open",
                (
                    Action(
                        "Betalingsregeling met woningcorporatie",
                        "Femke Jansen",
                        date(2026, 10, 1),
                        "doing",
                    ),
                    Action(
                        "Babyspullen regelen via Stichting Babyspullen",
                        "Ans de Vries",
                        date(2026, 10, 15),
                        "todo",
                    ),
                    Action("Huurtoeslag aanvragen", "Kevin Mulder", None, "done"),
                ),
            ),
            Goal(
                "Sanne voelt zich zeker bij de verzorging van Noah",
                "open",
                (
                    Action("Wekelijks huisbezoek JGZ", "Lotte Smit", date(2026, 11, 1), "todo"),
                    Action(
                        "Voedingsschema met pictogrammen op de koelkast",
                        "Femke Jansen",
                        date(2026, 10, 20),
                        "todo",
                    ),
                ),
            ),
            Goal("Inschrijving bij de huisarts", "achieved", ()),
        ),
        reflections=(Reflection(date(2026, 5, 10), SECRET_REFLECTION, True),),
    )


def no_backup_family() -> Family:
    """Gezin Bouzid: an expecting young mother, a primary contact and no achterwacht."""
    return Family(
        ref="HW-2026-009",
        name="Gezin Bouzid",
        municipality="Nunspeet",
        status="active",
        opened_on=date(2026, 8, 20),
        due_date=date(2027, 2, 10),
        vulnerabilities=("young_parent", "housing"),
        members=(
            Member(
                "m1",
                "mother",
                "Yasmina",
                "Bouzid",
                birth_date=date(2009, 1, 8),
                phone="06-24681357",
            ),
            Member(
                "m2",
                "grandparent",
                "Khadija",
                "Bouzid",
                birth_date=date(1979, 4, 2),
                notes=SECRET_NOTE,
            ),
            Member("m3", "unborn_child", expected_on=date(2027, 2, 10)),
        ),
        network=(
            NetworkMember(
                "n1",
                "professional",
                "Mirjam Post",
                organisation="Sociaal Team Nunspeet",
                profession="social_team",
                phone="0341-250250",
                since=date(2026, 8, 20),
            ),
            NetworkMember(
                "n2",
                "professional",
                "Esther Kok",
                organisation="Kraamzorg Noord-Veluwe",
                profession="maternity_care",
                strength="weak",
                since=date(2026, 10, 1),
            ),
        ),
        contacts=(ContactAssignment("primary", "n1", date(2026, 8, 20)),),
        journey=(
            Event(
                date(2026, 4, 2),
                "signal",
                "School meldt zorgen over verzuim",
                None,
                (),
                ("late_signalling",),
            ),
            Event(
                date(2026, 8, 20), "intake", "Kennismaking thuis", None, ("n1",), ("offer_unknown",)
            ),
        ),
        goals=(
            Goal(
                "Een rustige plek voor de baby",
                "open",
                (
                    Action(
                        "Samen naar de woningcorporatie", "Mirjam Post", date(2026, 11, 2), "todo"
                    ),
                ),
            ),
        ),
    )


def unicode_family() -> Family:
    """People whose names need more than ASCII, each where both versions print it."""
    yilmaz, sukru, lukasz, nguyen, zoe = UNICODE_NAMES
    return Family(
        ref="ER-2026-042",
        name=f"Gezin {yilmaz}",
        municipality="Ermelo",
        status="active",
        opened_on=date(2026, 3, 1),
        members=(
            Member("m1", "mother", "Elif", yilmaz, birth_date=date(2004, 2, 20)),
            Member("m2", "child", "Deniz", yilmaz, birth_date=date(2026, 6, 5)),
        ),
        network=(
            NetworkMember(
                "n1",
                "professional",
                sukru,
                organisation="Sociaal Team Ermelo",
                profession="social_team",
                phone="0341-111222",
                email="s.ozturk@example.org",
                strength="strong",
            ),
            NetworkMember(
                "n2",
                "professional",
                lukasz,
                organisation="JGZ Noord-Veluwe",
                profession="youth_health",
                phone="0341-333444",
            ),
            NetworkMember(
                "n3",
                "jim",
                nguyen,
                relation="vriendin",
                mentor_of="m1",
                phone="06-55556666",
                strength="strong",
            ),
            NetworkMember("n4", "informal", zoe, relation="buurvrouw"),
        ),
        contacts=(
            ContactAssignment("primary", "n1", date(2026, 3, 1)),
            ContactAssignment("backup", "n2", date(2026, 3, 1)),
        ),
        journey=(Event(date(2026, 3, 1), "intake", f"Kennismaking met {sukru}", None, ("n1",)),),
        goals=(
            Goal(
                "Rust in huis",
                "open",
                (Action("Samen boodschappenlijst maken", zoe, date(2026, 10, 20), "todo"),),
            ),
        ),
    )
