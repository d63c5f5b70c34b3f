"""Demo families 9 and 10: Gezin Al-Hassan (Nunspeet) and Gezin Pinas (Elburg). Fictional."""

from __future__ import annotations

from veldwerk.domain.model import Family, Member, Reflection
from veldwerk.samples.demo_families import blocks as b


def al_hassan(c: b.Calendar) -> Family:
    """Nunspeet. Syrian family, second child due in three weeks, a flat with mould
    (pregnancy, with an older child)."""
    opened = c.ago(150)
    due = c.ahead(20)
    return Family(
        ref=b.ref("NS", opened, 9),
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
            b.director(
                "n1",
                "Sevda Kaplan",
                b.ST_NUNSPEET,
                opened,
                phone="06-12341091",
                email="s.kaplan@example.nl",
            ),
            b.pro("n2", "Fenna Ruiter", "obstetrician", b.HOSPITAL, c.ago(100)),
            b.pro("n3", "Eline Mulder", "midwife", b.DE_WIEG, c.ago(170), c.ago(100)),
            b.pro("n4", "Sandra Pieters", "housing", b.WONEN, c.ago(120)),
            b.pro("n5", "Wendy Schouten", "maternity_care", b.KLAPROOS, c.ago(30)),
            b.informal("n6", "Huda Khalil", "buurvrouw", strength="strong", phone="06-12342096"),
            b.pro("n7", "Mirjam Post", "social_team", b.ST_NUNSPEET, opened),
        ),
        contacts=(b.primary("n1", opened), b.backup("n7", opened)),
        journey=b.journey(
            b.ev(
                c.ago(160),
                "signal",
                "Verloskundige: vocht en schimmel in de flat",
                "Straks met z'n vieren in een tweekamerflat; Lina hoest al weken.",
                ["n3"],
                ["housing"],
                ["early_signalling"],
            ),
            b.ev(
                opened,
                "intake",
                "Kennismaking met een tolk Arabisch",
                None,
                ["n1"],
                [],
                ["fixed_contact"],
            ),
            b.ev(
                c.ago(120),
                "referral",
                "Medische urgentie aangevraagd",
                "Vanwege de schimmel en de zwangerschap.",
                ["n1", "n4"],
                ["waiting_list", "housing"],
                [],
            ),
            b.ev(
                c.ago(100),
                "referral",
                "Verwijzing naar de gynaecoloog",
                "Zwangerschapsdiabetes; de controles gaan verder in het ziekenhuis.",
                ["n2", "n3"],
                [],
                ["collaboration"],
            ),
            b.ev(
                c.ago(60),
                "note",
                "Woningcorporatie stuurt een aannemer voor de schimmel",
                None,
                ["n4"],
                [],
                ["practical_support"],
            ),
            b.ev(
                c.ago(30),
                "contact",
                "Intake kraamzorg aan huis",
                None,
                ["n5"],
                [],
                ["practical_support"],
            ),
            b.ev(
                c.ago(15),
                "milestone",
                "Medische urgentie toegekend",
                None,
                ["n1", "n4"],
                [],
                ["collaboration"],
            ),
            b.ev(
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
            b.goal(
                "Een gezonde bevalling",
                "open",
                b.act("Controles in het ziekenhuis volgen", "Rania Al-Hassan", None, "doing"),
                b.act("Opvang voor Lina tijdens de bevalling", "Huda Khalil", c.ago(5), "done"),
            ),
            b.goal(
                "Een gezonde woning",
                "open",
                b.act("Reageren op woningen met urgentie", "Omar Al-Hassan", c.ahead(40), "todo"),
                b.act("Schimmel laten verwijderen", "Sandra Pieters", c.ago(50), "done"),
            ),
        ),
        reflections=(
            Reflection(
                c.ago(14), "De urgentie kwam pas na vier maanden, vlak voor de bevalling.", False
            ),
        ),
    )


def pinas(c: b.Calendar) -> Family:
    """Elburg. A couple with an LVB who wish for a child (wish)."""
    opened = c.ago(75)
    return Family(
        ref=b.ref("EB", opened, 10),
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
            b.kuipers("n1", opened, phone="06-12341101"),
            b.pro(
                "n2",
                "Ricardo Doelwijt",
                "lvb_care",
                b.DE_LINDE,
                c.ago(900),
                strength="strong",
                phone="06-12341102",
            ),
            b.pro("n3", "Aylin Şahin", "gp", "Gezondheidscentrum De Bron", None),
            b.pro(
                "n4",
                "Jolanda Meijer",
                "expert_by_experience",
                b.ERVARING,
                c.ago(40),
                strength="strong",
            ),
            b.informal("n5", "Hortence Pinas", "moeder van Rosalie", strength="stressful"),
            b.informal("n6", "Priya Ramdin", "vriendin", strength="strong"),
        ),
        contacts=(b.primary("n1", opened), b.backup("n2", opened)),
        journey=b.journey(
            b.ev(
                c.ago(90),
                "signal",
                "Woonbegeleider: Rosalie en Marco willen een kindje",
                "Rosalie is met de pil gestopt zonder het met iemand te bespreken.",
                ["n2"],
                [],
                ["early_signalling"],
            ),
            b.ev(
                opened,
                "intake",
                "Kennismaking: wat betekent een kind voor jullie?",
                None,
                ["n1", "n2"],
                [],
                ["tailored_approach", "lvb_expertise"],
            ),
            b.ev(
                c.ago(60),
                "contact",
                "Gesprek bij de huisarts over kinderwens",
                "De huisarts wist niet dat Rosalie een LVB heeft; de uitleg ging te snel.",
                ["n3"],
                ["lvb_not_recognised"],
                [],
            ),
            b.ev(
                c.ago(40),
                "intervention_start",
                "Gesprekken met een ervaringsdeskundige moeder",
                None,
                ["n4"],
                [],
                ["expert_by_experience"],
            ),
            b.ev(
                c.ago(30),
                "note",
                "Moeder van Rosalie is boos",
                "Zij vindt dat Rosalie geen kind moet willen en belt de woonbegeleider vaak.",
                ["n5"],
            ),
            b.ev(
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
            b.goal(
                "Een weloverwogen keuze over een kind",
                "open",
                b.act("Week met de oefenbaby", "Ricardo Doelwijt", c.ahead(21), "todo"),
                b.act("Foliumzuur en gezond leven bespreken", "Aylin Şahin", c.ago(30), "done"),
                b.act(
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
