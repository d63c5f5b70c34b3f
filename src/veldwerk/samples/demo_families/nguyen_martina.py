"""Demo families 5 and 6: Gezin Nguyễn (Elburg) and Gezin Martina (Putten). Fictional."""

from __future__ import annotations

from veldwerk.domain.model import Family, Member, Reflection
from veldwerk.samples.demo_families import blocks as b


def nguyen(c: b.Calendar) -> Family:
    """Elburg. Postnatal depression, no treatment in the mother's own language (first year)."""
    opened = c.ago(180)
    return Family(
        ref=b.ref("EB", opened, 5),
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
            b.kuipers("n1", opened, phone="06-12341051"),
            b.pro(
                "n2",
                "Anouk Brouwer",
                "youth_health",
                b.JGZ,
                c.ago(195),
                strength="strong",
                phone="06-12341052",
            ),
            b.pro("n3", "Yara Haddad", "mental_health", b.GGZ, c.ago(90)),
            b.pro("n4", "Hendrik Vos", "gp", "Huisartsenpraktijk De Vijverhof", None),
            b.informal(
                "n5",
                "Nguyễn Thị Lan",
                "zus van Hà (woont in Amsterdam)",
                strength="strong",
                phone="06-12342055",
            ),
            b.informal("n6", "Mai Phạm", "buurvrouw"),
        ),
        contacts=(b.primary("n1", opened), b.backup("n2", opened)),
        journey=b.journey(
            b.ev(
                c.ago(185),
                "signal",
                "JGZ ziet tekenen van een postnatale depressie",
                "Hà huilt veel tijdens het huisbezoek en slaapt slecht, ook als de baby slaapt.",
                ["n2"],
                [],
                ["early_signalling"],
            ),
            b.ev(
                opened,
                "intake",
                "Kennismaking met Hà en Minh",
                "Hà is bang dat hulp betekent dat haar kind wordt weggehaald. Uitgelegd wat "
                "het sociaal team wel en niet doet.",
                ["n1", "n2"],
                ["distrust_fear"],
                ["tailored_approach"],
            ),
            b.ev(
                c.ago(170),
                "referral",
                "Verwijzing naar de perinatale ggz",
                "Drie maanden wachttijd; behandeling alleen in het Nederlands of Engels.",
                ["n1", "n4"],
                ["waiting_list", "offer_mismatch"],
                [],
            ),
            b.ev(
                c.ago(150),
                "contact",
                "Zus Lan komt twee weekenden per maand",
                None,
                ["n5"],
                [],
                ["network_involved"],
            ),
            b.ev(
                c.ago(90),
                "intervention_start",
                "Start behandeling perinatale ggz (in het Engels)",
                None,
                ["n3"],
                [],
                ["tailored_approach"],
            ),
            b.ev(
                c.ago(60),
                "case_review",
                "Overleg huisarts, JGZ, ggz en sociaal team",
                None,
                ["n1", "n2", "n3", "n4"],
                [],
                ["collaboration", "shared_plan"],
            ),
            b.ev(
                c.ago(21),
                "evaluation",
                "Evaluatie: Hà slaapt beter",
                None,
                ["n1", "n3"],
                [],
                ["trusted_relationship"],
            ),
            b.ev(c.ago(3), "contact", "Consultatiebureau: Bảo Anh groeit goed", None, ["n2"]),
        ),
        goals=(
            b.goal(
                "Hà voelt zich weer sterker",
                "open",
                b.act("Behandeling bij de ggz volgen", "Nguyễn Thị Hà", None, "doing"),
                b.act("Een moedergroep in de buurt zoeken", "Jeroen Kuipers", c.ahead(30), "todo"),
            ),
            b.goal(
                "Minder alleen met de zorg",
                "achieved",
                b.act("Vaste weekenden met zus Lan", "Nguyễn Thị Lan", c.ago(150), "done"),
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


def martina(c: b.Calendar) -> Family:
    """Putten. A young couple expecting, no home of their own; the first JIM stopped and the
    mother chose a new one (pregnancy)."""
    opened = c.ago(60)
    due = c.ahead(150)
    jim_change = c.ago(25)
    return Family(
        ref=b.ref("PU", opened, 6),
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
            b.director(
                "n1",
                "Esra Yıldız",
                b.ST_PUTTEN,
                opened,
                phone="06-12341061",
                email="e.yildiz@example.nl",
            ),
            b.pro("n2", "Eline Mulder", "midwife", b.DE_WIEG, c.ago(70), phone="06-12341062"),
            b.jim(
                "n3", "Kimberly Rosalia", "vriendin", "m1", c.ago(55), jim_change, strength="normal"
            ),
            b.jim("n4", "Gisela Martina", "tante", "m1", jim_change, phone="06-12342064"),
            b.pro(
                "n5",
                "Priscilla Doran",
                "municipality",
                "Gemeente Putten, Werk en Inkomen",
                c.ago(40),
            ),
            b.pro(
                "n6",
                "Jolanda Meijer",
                "expert_by_experience",
                b.ERVARING,
                c.ago(30),
                strength="strong",
            ),
            b.informal("n7", "Marisela Martina", "moeder van Shanaya", strength="stressful"),
            b.pro("n8", "Kees Mol", "social_team", b.ST_PUTTEN, opened, phone="06-12341068"),
        ),
        contacts=(b.primary("n1", opened), b.backup("n8", opened)),
        journey=b.journey(
            b.ev(
                c.ago(70),
                "signal",
                "Verloskundige: Shanaya slaapt op de bank bij vrienden",
                None,
                ["n2"],
                ["housing"],
                ["early_signalling"],
            ),
            b.ev(
                opened,
                "intake",
                "Kennismaking met Shanaya en Jurgen",
                None,
                ["n1"],
                [],
                ["fixed_contact"],
            ),
            b.ev(
                c.ago(55),
                "milestone",
                "Kimberly wordt JIM van Shanaya",
                None,
                ["n3"],
                [],
                ["network_involved"],
            ),
            b.ev(
                c.ago(45),
                "crisis",
                "Shanaya kan niet terug naar haar moeder",
                "Na een hoog opgelopen ruzie mag Shanaya niet meer thuis slapen.",
                ["n1", "n7"],
                ["housing", "network_not_involved"],
                [],
            ),
            b.ev(
                c.ago(40),
                "referral",
                "Uitkering en briefadres aangevraagd",
                "Zonder vast adres geen uitkering; het briefadres kostte drie weken.",
                ["n1", "n5"],
                ["access_financing"],
                [],
            ),
            b.ev(
                c.ago(38),
                "referral",
                "Aanmelding woonvoorziening voor jonge moeders",
                "Ongeveer vijf maanden wachtlijst, dus misschien pas na de bevalling.",
                ["n1"],
                ["waiting_list", "housing"],
                [],
            ),
            b.ev(
                c.ago(30),
                "intervention_start",
                "Ervaringsdeskundige Jolanda sluit aan",
                None,
                ["n6"],
                [],
                ["expert_by_experience", "trusted_relationship"],
            ),
            b.ev(
                jim_change,
                "milestone",
                "Tante Gisela is de nieuwe JIM",
                "Kimberly verhuist naar Rotterdam en stopt. Shanaya koos zelf haar tante.",
                ["n3", "n4"],
                [],
                ["network_involved"],
            ),
            b.ev(c.ago(8), "contact", "Samen naar de verloskundige", None, ["n2", "n4"]),
        ),
        goals=(
            b.goal(
                "Een eigen plek voor de geboorte",
                "open",
                b.act(
                    "De woonvoorziening bellen over de wachtlijst",
                    "Esra Yıldız",
                    c.ahead(10),
                    "doing",
                ),
                b.act("Tijdelijk logeren bij tante Gisela", "Gisela Martina", c.ago(20), "done"),
            ),
            b.goal(
                "Inkomen op orde",
                "open",
                b.act("Uitkering aanvragen", "Priscilla Doran", c.ago(5), "doing"),
                b.act("Zorgtoeslag aanvragen", "Jurgen Isenia", c.ahead(14), "todo"),
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
