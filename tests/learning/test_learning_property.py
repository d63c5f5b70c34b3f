"""Property test: random families, with their identifying values written into reflections in
every way a case director might, never leak those values into a bundle."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from support.learning import decrypt_inner, export, leaks, open_bundle
from veldwerk.domain import codes
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
from veldwerk.learning.keys import generate_signing_key

# Letters that never make four in a row in any code, key, token or hex digit of a bundle, so a
# hit can only be a leak.
ALPHABET = "qxzjvwkQXZJVWK"
SIGNING_KEY = generate_signing_key()

ident = st.text(ALPHABET, min_size=5, max_size=10)
capitalised = ident.map(str.capitalize)
digits = st.integers
phone = st.one_of(
    digits(10**7, 10**8 - 1).map(lambda n: f"06-{n}"),
    digits(10**7, 10**8 - 1).map(lambda n: f"+31 6 {n}"),
    digits(10**5, 10**6 - 1).map(lambda n: f"(0341) {n}"),
    digits(10**5, 10**6 - 1).map(lambda n: f"0341-{n}"),
    st.tuples(digits(1000, 9999), digits(1000, 9999)).map(lambda t: f"06 {t[0]} {t[1]}"),
)
email = st.tuples(ident, ident).map(lambda t: f"{t[0].lower()}@{t[1].lower()}.nl")
postcode = st.tuples(digits(1000, 9999), st.text("ABCEGHJKLMNPRTVWXZ", min_size=2, max_size=2))
address = st.tuples(capitalised, digits(1, 300), postcode, capitalised).map(
    lambda t: f"{t[0]}straat {t[1]}, {t[2][0]} {t[2][1]} {t[3]}"
)
day = st.dates(date(1975, 1, 1), date(2026, 11, 1))
MONTHS_NL = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
FILLER = (
    "de",
    "het",
    "gezin",
    "belde",
    "met",
    "wachtlijst",
    "huisarts",
    "goed",
    "en",
    "samen",
    "daarna",
    "hulp",
    "moeder",
    "vader",
    "netwerk",
    "steun",
    ".",
    ",",
    "!",
)


def spell(value: date, how: int) -> str:
    return (
        value.isoformat(),
        value.strftime("%d-%m-%Y"),
        value.strftime("%d/%m/%Y"),
        f"{value.day} {MONTHS_NL[value.month - 1]} {value.year}",
    )[how]


@st.composite
def families(draw: st.DrawFn, index: int) -> Family:
    opened = draw(st.dates(date(2020, 1, 1), date(2026, 6, 1)))
    members = tuple(
        Member(
            id=f"m{i}",
            role=role,
            given_name=draw(capitalised),
            family_name=draw(st.one_of(capitalised, ident.map(lambda s: f"van {s}"))),
            birth_date=draw(day),
            phone=draw(st.none() | phone),
            email=draw(st.none() | email),
            address=draw(st.none() | address),
            notes=draw(ident),
        )
        for i, role in enumerate(
            draw(
                st.lists(
                    st.sampled_from(("mother", "father", "partner", "child")),
                    min_size=1,
                    max_size=3,
                )
            )
        )
    )
    network = tuple(
        NetworkMember(
            id=f"n{i}",
            kind=kind,
            name=f"{draw(capitalised)} {draw(capitalised)}",
            organisation=draw(capitalised) if kind == "professional" else None,
            profession="gp" if kind == "professional" else None,
            phone=draw(st.none() | phone),
            email=draw(st.none() | email),
            relation=draw(ident) if kind != "professional" else None,
        )
        for i, kind in enumerate(
            draw(st.lists(st.sampled_from(tuple(codes.NETWORK_KINDS)), max_size=3))
        )
    )
    contacts = tuple(
        ContactAssignment("primary", n.id, opened) for n in network[:1] if n.kind == "professional"
    )
    journey = tuple(
        Event(
            date=draw(day),
            type=draw(st.sampled_from(tuple(codes.EVENT_TYPES))),
            title=draw(ident),
            description=draw(st.none() | ident),
            involved=tuple(n.id for n in network),
        )
        for _ in range(draw(st.integers(0, 3)))
    )
    goals = (Goal(draw(ident), "open", (Action(draw(ident), owner=draw(capitalised)),)),)
    return Family(
        ref=f"{draw(ident)}-{index}",
        name=f"Gezin {draw(capitalised)}",
        municipality=draw(capitalised),
        status="active",
        opened_on=opened,
        due_date=draw(st.none() | day),
        vulnerabilities=("lvb",),
        learning_consent=draw(st.sampled_from(("granted", "granted", "refused", "unknown"))),
        members=members,
        network=network,
        contacts=contacts,
        journey=journey,
        goals=goals,
    )


@st.composite
def profiles(draw: st.DrawFn) -> list[Family]:
    fams = [draw(families(i)) for i in range(draw(st.integers(1, 3)))]
    # Reflections that mention identifying values of any family of the profile, in many forms.
    values: list[str] = []
    for f in fams:
        values += [f.municipality, f.ref, f.name]
        for m in f.members:
            values += [
                m.given_name or "",
                (m.given_name or "").lower(),
                (m.family_name or "").upper(),
                f"{m.given_name}'s",
                m.phone or "",
                m.email or "",
                m.address or "",
            ]
            if m.birth_date:
                values.append(spell(m.birth_date, draw(st.integers(0, 3))))
        for n in f.network:
            values += [n.name, f"mevrouw {n.name.split()[-1]}", n.organisation or "", n.phone or ""]
        values += [spell(f.opened_on, draw(st.integers(0, 3)))]
    values = [v for v in values if v]
    result = []
    for f in fams:
        texts = []
        for _ in range(draw(st.integers(1, 3))):
            words = draw(
                st.lists(
                    st.one_of(st.sampled_from(FILLER), st.sampled_from(values)),
                    min_size=1,
                    max_size=12,
                )
            )
            texts.append(" ".join(words))
        reflections = tuple(
            Reflection(date(2026, 1, 1), t, draw(st.booleans()) or i == 0)
            for i, t in enumerate(texts)
        )
        result.append(Family(**{**f.__dict__, "reflections": reflections}))
    return result


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(profiles())
def test_random_families_never_leak(fams: list[Family]) -> None:
    """Protects the whole pipeline against values nobody thought of: random names, phones,
    e-mails, addresses, dates and organisations, also written into reflections that are shared
    and approved, never appear in the bundle the coordinator decrypts (whole, or any 4-letter
    piece of a name)."""
    data = export(fams, signing_key=SIGNING_KEY)
    assert leaks(decrypt_inner(data), fams) == []
    bundle = open_bundle(data)
    assert bundle.header.record_count == sum(f.learning_consent == "granted" for f in fams)
