"""Synthetic families for tests, benchmarks, demos and leak checks: valid, varied, reproducible.

`synthetic_families(n, events_per_family, seed)` gives `n` families that pass every rule of
`domain.rules` for any `today` on or after `end` (default 2025-12-31): varied households
(parents, children, an unborn child, grandparents), networks with professionals, informal ties and
JIMs (sometimes an ended JIM and a new one), contacts with a handover in some and a backup in
most, events with codes, plans and reflections. The same seed gives the same families.

With `marker`, every identifying value (refs, names, municipality, addresses, phones, emails,
notes, relations, organisations, titles, descriptions, action owners, reflection texts) contains
its own marker ``f"{marker}{k:06d}"`` (k counts up from 0 over the whole call), so a leak test can
search any output for `marker`. The marker changes only the texts: the same seed gives families
of the same shape with or without it.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta

from veldwerk.domain import codes, model
from veldwerk.domain.model import Family

__all__ = ["MAX_MARKER_LENGTH", "synthetic_families"]

MAX_MARKER_LENGTH = 30
"""A ref is at most 40 characters and is the marker plus 6 digits (plus nothing else)."""

_GIVEN = (
    "Sanne", "Kevin", "Elif", "Yasmina", "Noah", "Emma", "Daan", "Lotte", "Mohamed", "Fleur",
    "Jayden", "Anouk", "Milan", "Sara", "Bram", "Iris", "Ayoub", "Julia", "Luuk", "Nina",
)  # fmt: skip
_FAMILY = (
    "de Vries", "Mulder", "Yilmaz", "Bouzid", "Jansen", "Bakker", "Visser", "Smit", "de Boer",
    "van Dijk", "Kok", "Hendriks", "El Amrani", "Post", "Bos", "de Wit", "Meijer", "Peters",
)  # fmt: skip
_TOWNS = ("Harderwijk", "Ermelo", "Nunspeet", "Putten", "Elburg", "Oldebroek", "Zeewolde")
_STREETS = ("Stationsstraat", "Molenweg", "Dorpsstraat", "Kerkplein", "Zuiderzeestraatweg")
_RELATIONS = ("tante", "oom", "buurvrouw", "buurman", "vriendin", "oma", "opa", "nicht")
_NOTES = (
    "Werkt graag met pictogrammen en korte afspraken.",
    "Bel liever dan mailen.",
    "Woont tijdelijk bij familie.",
    "Afspraken op papier meegeven.",
)
_EVENT_TITLES: dict[str, str] = {
    "signal": "Zorgen gemeld",
    "intake": "Kennismaking",
    "contact": "Huisbezoek",
    "referral": "Aanmelding",
    "intervention_start": "Start ondersteuning",
    "intervention_end": "Einde ondersteuning",
    "crisis": "Crisis",
    "milestone": "Mijlpaal",
    "evaluation": "Evaluatie",
    "case_review": "Casusoverleg",
    "handover": "Overdracht",
    "closure": "Afsluiting",
    "note": "Notitie",
}
_DESCRIPTIONS = (
    "Afspraken samen doorgenomen met behulp van plaatjes.",
    "Wachtlijst van zes weken.",
    "Moeder voelt zich gesteund door het netwerk.",
    "Huurachterstand besproken.",
)
_GOALS = ("Veilige woonsituatie", "Rust in de financiën", "Goede start met de baby", "Netwerk")
_ACTIONS = ("Betalingsregeling treffen", "Babyspullen regelen", "Afspraak JGZ plannen")
_REFLECTIONS = (
    "De wachtlijst had bijna tot uitzetting geleid.",
    "Een vast aanspreekpunt gaf rust.",
    "Het netwerk werd pas laat betrokken.",
)


class _Texts:
    """Identifying texts: realistic, and each with its own marker when one is given. Uses its own
    random source, so the marker never changes the shape of the families."""

    def __init__(self, seed: int, marker: str | None) -> None:
        self._rng = random.Random(f"texts-{seed}")
        self._marker = marker
        self._count = 0

    def _mark(self) -> str:
        assert self._marker is not None
        mark = f"{self._marker}{self._count:06d}"
        self._count += 1
        return mark

    def text(self, choices: Sequence[str]) -> str:
        base = self._rng.choice(choices)
        return f"{base} {self._mark()}" if self._marker is not None else base

    def again(self, base: str) -> str:
        """The same realistic text once more (a shared surname), with a marker of its own."""
        return f"{base} {self._mark()}" if self._marker is not None else base

    def ref(self, seed: int, i: int) -> str:
        return self._mark() if self._marker is not None else f"SYN-{seed % 100000}-{i:05d}"

    def phone(self) -> str:
        if self._marker is not None:
            return f"06-{self._mark()}"
        return f"06-{self._rng.randrange(10**7, 10**8)}"

    def email(self) -> str:
        if self._marker is not None:
            return f"{self._mark()}@example.org"
        return f"{self._rng.choice(_GIVEN).lower()}{self._rng.randrange(100)}@example.org"

    def address(self) -> str:
        street = self._rng.choice(_STREETS)
        base = f"{street} {self._rng.randrange(1, 200)}, {self._rng.choice(_TOWNS)}"
        return f"{base} {self._mark()}" if self._marker is not None else base


def _day_between(rng: random.Random, first: date, last: date) -> date:
    if last <= first:
        return first
    return first + timedelta(days=rng.randrange((last - first).days + 1))


def _sample(rng: random.Random, codes_of: Sequence[str], most: int) -> tuple[str, ...]:
    return tuple(rng.sample(list(codes_of), rng.randint(0, min(most, len(codes_of)))))


class _FamilyMaker:
    def __init__(self, rng: random.Random, texts: _Texts, end: date) -> None:
        self.rng = rng
        self.t = texts
        self.end = end

    def maybe(self, probability: float, text: str) -> str | None:
        """`text` or None; the text is made either way, so the shape never depends on texts."""
        return text if self.rng.random() < probability else None

    def members(
        self, opened: date, horizon: date, pregnant: bool
    ) -> tuple[list[model.Member], date | None]:
        rng, t = self.rng, self.t
        family_name = rng.choice(_FAMILY)
        members: list[model.Member] = []

        def add(role: str, birth: date | None, expected: date | None = None) -> None:
            adult = role not in ("child", "unborn_child")
            members.append(
                model.Member(
                    id=f"m{len(members) + 1}",
                    role=role,
                    given_name=None if role == "unborn_child" else t.text(_GIVEN),
                    family_name=None if role == "unborn_child" else t.again(family_name),
                    birth_date=birth,
                    expected_on=expected,
                    phone=self.maybe(0.7, t.phone()) if adult else None,
                    email=self.maybe(0.3, t.email()) if adult else None,
                    address=self.maybe(0.6, t.address()) if adult else None,
                    notes=self.maybe(0.3, t.text(_NOTES)),
                )
            )

        add("mother", _day_between(rng, date(1984, 1, 1), date(2007, 12, 31)))
        if rng.random() < 0.6:
            add(
                rng.choice(("father", "partner")),
                _day_between(rng, date(1980, 1, 1), date(2006, 1, 1)),
            )
        due: date | None = None
        for _ in range(rng.randint(0, 3)):
            birth = _day_between(rng, opened - timedelta(days=700), min(horizon, self.end))
            add("child", birth)
            due = birth + timedelta(days=rng.randint(-14, 14))
        if pregnant:
            due = self.end + timedelta(days=rng.randint(10, 250))
            add("unborn_child", None, due)
        if rng.random() < 0.2:
            add("grandparent", _day_between(rng, date(1950, 1, 1), date(1980, 1, 1)))
        if rng.random() < 0.1:
            add("other_household", self.maybe_day(date(1960, 1, 1), date(2008, 1, 1)))
        if rng.random() < 0.3:
            due = None
        return members, due

    def network(
        self, opened: date, closed: date | None, members: Sequence[model.Member], professionals: int
    ) -> list[model.NetworkMember]:
        rng, t = self.rng, self.t
        until = closed
        network: list[model.NetworkMember] = []

        def add(
            kind: str,
            since: date | None,
            until: date | None,
            relation: str | None = None,
            mentor_of: str | None = None,
            organisation: str | None = None,
            profession: str | None = None,
        ) -> None:
            network.append(
                model.NetworkMember(
                    id=f"n{len(network) + 1}",
                    kind=kind,
                    name=f"{t.text(_GIVEN)} {rng.choice(_FAMILY)}",
                    relation=relation,
                    mentor_of=mentor_of,
                    organisation=organisation,
                    profession=profession,
                    phone=self.maybe(0.6, t.phone()),
                    email=self.maybe(0.4, t.email()),
                    strength=rng.choice(tuple(codes.STRENGTHS)),
                    since=since,
                    until=until,
                )
            )

        for profession in rng.sample(list(codes.PROFESSIONS), professionals):
            add(
                "professional",
                organisation=self.maybe(0.9, t.text(("Sociaal Team", "JGZ", "MEE", "Kraamzorg"))),
                profession=profession,
                since=self.maybe_day(opened - timedelta(days=90), opened),
                until=until,
            )
        for _ in range(rng.randint(0, 2)):
            add(
                "informal",
                relation=self.maybe(0.8, t.text(_RELATIONS)),
                since=self.maybe_day(opened - timedelta(days=3000), opened),
                until=until,
            )
        mentees = [m.id for m in members if m.role in ("mother", "father", "partner")]
        if rng.random() < 0.45:
            mentee = rng.choice(mentees)
            jim_since = _day_between(rng, opened, closed or self.end)
            if rng.random() < 0.3 and jim_since - opened > timedelta(days=2):
                ended = _day_between(rng, opened + timedelta(days=1), jim_since)
                add(
                    "jim",
                    relation=t.text(_RELATIONS),
                    mentor_of=mentee,
                    since=opened,
                    until=ended,
                )
            add("jim", relation=t.text(_RELATIONS), mentor_of=mentee, since=jim_since, until=until)
        return network

    def maybe_day(self, first: date, last: date) -> date | None:
        day = _day_between(self.rng, first, last)
        return day if self.rng.random() < 0.7 else None

    def contacts(
        self, opened: date, closed: date | None, network: Sequence[model.NetworkMember]
    ) -> list[model.ContactAssignment]:
        rng = self.rng
        pros = [n.id for n in network if n.kind == "professional"]
        rng.shuffle(pros)
        end = closed
        contacts: list[model.ContactAssignment] = []
        horizon = closed or self.end
        if rng.random() < 0.35 and len(pros) >= 2 and (horizon - opened).days > 2:
            handover = _day_between(rng, opened + timedelta(days=1), horizon - timedelta(days=1))
            contacts.append(model.ContactAssignment("primary", pros.pop(), opened, handover))
            contacts.append(model.ContactAssignment("primary", pros.pop(), handover, end))
        else:
            contacts.append(model.ContactAssignment("primary", pros.pop(), opened, end))
        if pros and rng.random() < 0.65:
            backup_from = _day_between(rng, opened, horizon)
            contacts.append(model.ContactAssignment("backup", pros.pop(), backup_from, end))
        return contacts

    def journey(
        self, opened: date, horizon: date, network: Sequence[model.NetworkMember], count: int
    ) -> list[model.Event]:
        rng, t = self.rng, self.t
        ids = [n.id for n in network]
        events: list[model.Event] = []
        for _ in range(count):
            kind = rng.choice(tuple(codes.EVENT_TYPES))
            events.append(
                model.Event(
                    date=_day_between(rng, opened - timedelta(days=60), horizon),
                    type=kind,
                    title=t.text((_EVENT_TITLES[kind],)),
                    description=self.maybe(0.5, t.text(_DESCRIPTIONS)),
                    involved=tuple(rng.sample(ids, rng.randint(0, min(3, len(ids))))),
                    barriers=_sample(rng, tuple(codes.BARRIERS), 3),
                    enablers=_sample(rng, tuple(codes.ENABLERS), 3),
                )
            )
        events.sort(key=lambda e: e.date)
        return events

    def goals(self, opened: date, horizon: date) -> list[model.Goal]:
        rng, t = self.rng, self.t
        goals: list[model.Goal] = []
        for _ in range(rng.randint(0, 3)):
            actions = tuple(
                model.Action(
                    title=t.text(_ACTIONS),
                    owner=self.maybe(0.7, t.text(_GIVEN)),
                    due_on=self.maybe_day(opened, horizon + timedelta(days=120)),
                    status=rng.choice(tuple(codes.ACTION_STATUSES)),
                )
                for _ in range(rng.randint(0, 3))
            )
            goals.append(
                model.Goal(t.text(_GOALS), rng.choice(tuple(codes.GOAL_STATUSES)), actions)
            )
        return goals

    def reflections(self, opened: date, horizon: date) -> list[model.Reflection]:
        rng, t = self.rng, self.t
        return [
            model.Reflection(
                date=_day_between(rng, opened, horizon),
                text=t.text(_REFLECTIONS),
                share_for_learning=rng.random() < 0.5,
            )
            for _ in range(rng.randint(0, 2))
        ]

    def family(self, ref: str, events: int) -> Family:
        rng, t = self.rng, self.t
        closed_status = rng.random() < 0.2
        opened = _day_between(rng, date(2021, 1, 1), self.end - timedelta(days=120))
        closed = _day_between(rng, opened + timedelta(days=30), self.end) if closed_status else None
        horizon = closed or self.end
        pregnant = not closed_status and rng.random() < 0.3
        members, due = self.members(opened, horizon, pregnant)
        professionals = rng.randint(3, 5)
        network = self.network(opened, closed, members, professionals)
        return Family(
            ref=ref,
            name=f"Gezin {t.text(_FAMILY)}",
            municipality=t.text(_TOWNS),
            status="closed" if closed_status else "active",
            opened_on=opened,
            closed_on=closed,
            due_date=due,
            vulnerabilities=_sample(rng, tuple(codes.VULNERABILITIES), 4),
            learning_consent=rng.choices(("granted", "refused", "unknown"), (5, 2, 3))[0],
            members=tuple(members),
            network=tuple(network),
            contacts=tuple(self.contacts(opened, closed, network)),
            journey=tuple(self.journey(opened, horizon, network, events)),
            goals=tuple(self.goals(opened, horizon)),
            reflections=tuple(self.reflections(opened, horizon)),
        )


def synthetic_families(
    n: int,
    events_per_family: int,
    seed: int,
    *,
    marker: str | None = None,
    end: date = date(2025, 12, 31),
) -> list[Family]:
    """`n` valid families with `events_per_family` events each (see the module's text).

    Every date except a pregnancy's due date and an action's due date lies on or before `end`,
    so the families are valid for any `today` on or after `end`. A marker is 1 to
    `MAX_MARKER_LENGTH` characters.
    """
    if marker is not None and not 0 < len(marker) <= MAX_MARKER_LENGTH:
        raise ValueError(f"marker must be 1 to {MAX_MARKER_LENGTH} characters")
    if n < 0 or events_per_family < 0:
        raise ValueError("n and events_per_family must not be negative")
    rng = random.Random(seed)
    texts = _Texts(seed, marker)
    maker = _FamilyMaker(rng, texts, end)
    return [maker.family(texts.ref(seed, i), events_per_family) for i in range(n)]
