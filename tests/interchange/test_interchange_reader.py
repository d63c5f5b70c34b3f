"""The case-file reader (interchange.reader): the example imports whole; every rule of the spec
refuses the file with the problem at its full place, in Dutch and English; every problem of a
file is listed; nothing is ever returned in part and no other exception escapes."""

from __future__ import annotations

import copy
import json
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from veldwerk.domain.errors import DomainError
from veldwerk.interchange import reader
from veldwerk.interchange.reader import MAX_CASE_FILE_BYTES, parse_case_file, read_case_file
from veldwerk.texts import has

TODAY = date(2026, 11, 24)
Doc = dict[str, Any]


@pytest.fixture
def doc(example_bytes: bytes) -> Doc:
    loaded: Doc = json.loads(example_bytes)
    return loaded


def encode(document: Any) -> bytes:
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def refusal(data: bytes, today: date = TODAY) -> DomainError:
    with pytest.raises(DomainError) as caught:
        parse_case_file(data, today)
    return caught.value


def found(error: DomainError) -> list[tuple[str, str]]:
    return [(p.field, p.code) for p in error.problems]


def assert_bilingual(error: DomainError) -> None:
    for p in error.problems:
        assert has(p.code), p.code
        nl, en = p.message("nl"), p.message("en")
        assert nl and en and nl != en, p.code
        assert "{" not in nl.replace("{ ... }", "") + en.replace("{ ... }", ""), p.code
    assert error.describe("nl") != error.describe("en")


# --- the example ------------------------------------------------------------------------------


def test_example_imports_whole(example_bytes: bytes) -> None:
    """The spec's example is accepted exactly as it is: three families with all their records."""
    families = parse_case_file(example_bytes, TODAY)
    assert [f.ref for f in families] == ["HW-2026-001", "HW-2025-017", "HW-2026-009"]
    de_vries = families[0]
    assert [len(de_vries.members), len(de_vries.network), len(de_vries.contacts)] == [3, 5, 2]
    assert len(de_vries.journey) == 7 and len(de_vries.goals) == 1
    assert len(de_vries.goals[0].actions) == 2 and len(de_vries.reflections) == 1
    assert de_vries.network[0].mentor_of == "m1"
    assert de_vries.contacts[0].start == date(2026, 2, 3)
    assert families[1].closed_on == date(2026, 4, 30)
    assert families[2].members[2].expected_on == date(2027, 2, 10)


def test_example_today_defaults_to_the_clock(example_bytes: bytes) -> None:
    """Without `today` the reader asks the clock (VELDWERK_TODAY is 2026-11-24 in tests)."""
    assert len(parse_case_file(example_bytes)) == 3


def test_example_before_the_birth_is_refused(example_bytes: bytes) -> None:
    """On a day before Noah's birth his birth date is in the future: the rule uses `today`."""
    error = refusal(example_bytes, date(2026, 9, 15))
    assert ("families[0].members[2].birth_date", "rule.birth_in_future") in found(error)


def test_journey_is_returned_ordered_by_date_stably(doc: Doc) -> None:
    """The journey may come in any order; it is returned by date, equal dates in file order."""
    journey = doc["families"][0]["journey"]
    journey.reverse()
    same_day = copy.deepcopy(journey[0])
    same_day["title"] = "Tweede op dezelfde dag"
    journey.append(same_day)
    family = parse_case_file(encode(doc), TODAY)[0]
    dates = [e.date for e in family.journey]
    assert dates == sorted(dates)
    last_two = [e.title for e in family.journey if e.date == date(2026, 10, 2)]
    assert last_two == ["Huisbezoek met de JGZ-verpleegkundige", "Tweede op dezelfde dag"]


def test_optional_parts_may_be_omitted(doc: Doc) -> None:
    """`plan`, `reflections`, `strength` and `share_for_learning` may be left out; they mean no
    goals, no reflections, `normal` and false."""
    family = doc["families"][0]
    del family["plan"], family["reflections"], family["network"][0]["strength"]
    doc["families"][1]["reflections"] = [{"date": "2026-01-01", "text": "x"}]
    families = parse_case_file(encode(doc), TODAY)
    assert families[0].goals == () and families[0].reflections == ()
    assert families[0].network[0].strength == "normal"
    assert families[1].reflections[0].share_for_learning is False


def test_empty_families_list_is_valid() -> None:
    """A case file with no families is valid and gives none."""
    data = encode({"format": "veldwerk-case-file", "version": 1, "families": []})
    assert parse_case_file(data, TODAY) == []


# --- one test per rule of the spec, through the file -------------------------------------------

Mutation = Callable[[Doc], None]


def _set(path: str, value: Any) -> Mutation:
    def mutate(d: Doc) -> None:
        *head, last = _steps(path)
        node: Any = d
        for step in head:
            node = node[step]
        node[last] = value

    return mutate


def _delete(path: str) -> Mutation:
    def mutate(d: Doc) -> None:
        *head, last = _steps(path)
        node: Any = d
        for step in head:
            node = node[step]
        del node[last]

    return mutate


def _append(path: str, value: Any) -> Mutation:
    def mutate(d: Doc) -> None:
        node: Any = d
        for step in _steps(path):
            node = node[step]
        node.append(copy.deepcopy(value))

    return mutate


def _steps(path: str) -> list[str | int]:
    return [
        int(s) if s.isdigit() else s for s in path.replace("[", ".").replace("]", "").split(".")
    ]


JIM_2 = {
    "id": "n6", "kind": "jim", "name": "Oom Henk", "relation": "oom", "mentor_of": "m1",
    "organisation": None, "profession": None, "phone": None, "email": None,
    "strength": "normal", "since": "2026-06-01", "until": None,
}  # fmt: skip

SPEC_RULES: list[tuple[str, Mutation, str, str]] = [
    # (what, mutation, place, code)
    ("format is exactly veldwerk-case-file", _set("format", "other"), "format",
     "casefile.not_case_file"),
    ("version is 1", _set("version", 2), "version", "casefile.version_unsupported"),
    ("ref is at most 40 chars", _set("families[0].ref", "x" * 41), "families[0].ref",
     "casefile.text_length"),
    ("ref is at least 1 char", _set("families[0].ref", ""), "families[0].ref",
     "casefile.text_length"),
    ("ref is unique in the file", _set("families[2].ref", "HW-2026-001"), "families[2].ref",
     "rule.ref_duplicate"),
    ("status is a code", _set("families[0].status", "open"), "families[0].status",
     "rule.unknown_code"),
    ("closed_on is required when closed", _set("families[1].closed_on", None),
     "families[1].closed_on", "rule.closed_on_required"),
    ("closed_on is not before opened_on", _set("families[1].closed_on", "2025-03-10"),
     "families[1].closed_on", "rule.closed_before_opened"),
    ("vulnerabilities are codes", _set("families[0].vulnerabilities[1]", "young"),
     "families[0].vulnerabilities[1]", "rule.unknown_code"),
    ("vulnerabilities have no duplicates", _set("families[0].vulnerabilities[2]", "lvb"),
     "families[0].vulnerabilities[2]", "rule.duplicate_code"),
    ("learning_consent is a code", _set("families[0].learning_consent", "yes"),
     "families[0].learning_consent", "rule.unknown_code"),
    ("members has at least one", _set("families[0].members", []), "families[0].members",
     "casefile.no_members"),
    ("member id is unique", _set("families[0].members[1].id", "m1"),
     "families[0].members[1].id", "rule.member_id_duplicate"),
    ("member id is not empty", _set("families[0].members[1].id", ""),
     "families[0].members[1].id", "casefile.text_empty"),
    ("member role is a code", _set("families[0].members[0].role", "mom"),
     "families[0].members[0].role", "rule.unknown_code"),
    ("birth_date is not in the future", _set("families[0].members[2].birth_date", "2026-12-01"),
     "families[0].members[2].birth_date", "rule.birth_in_future"),
    ("an unborn child has no birth date", _set("families[2].members[2].birth_date", "2026-11-01"),
     "families[2].members[2].birth_date", "rule.unborn_has_birth_date"),
    ("expected_on only for an unborn child", _set("families[2].members[0].expected_on",
     "2027-01-01"), "families[2].members[0].expected_on", "rule.expected_only_unborn"),
    ("network id is unique", _set("families[0].network[4].id", "n2"),
     "families[0].network[4].id", "rule.network_id_duplicate"),
    ("network kind is a code", _set("families[0].network[4].kind", "friend"),
     "families[0].network[4].kind", "rule.unknown_code"),
    ("mentor_of is required for a jim", _set("families[0].network[0].mentor_of", None),
     "families[0].network[0].mentor_of", "rule.mentor_required"),
    ("mentor_of is forbidden otherwise", _set("families[0].network[4].mentor_of", "m1"),
     "families[0].network[4].mentor_of", "rule.mentor_only_jim"),
    ("mentor_of is a member id", _set("families[0].network[0].mentor_of", "m7"),
     "families[0].network[0].mentor_of", "rule.mentor_unknown"),
    ("at most one active jim per member", _append("families[0].network", JIM_2),
     "families[0].network[5].mentor_of", "rule.jim_already_active"),
    ("profession is required for a professional", _set("families[2].network[0].profession", None),
     "families[2].network[0].profession", "rule.profession_required"),
    ("profession is a code", _set("families[0].network[1].profession", "nurse"),
     "families[0].network[1].profession", "rule.unknown_code"),
    ("strength is a code", _set("families[0].network[1].strength", "great"),
     "families[0].network[1].strength", "rule.unknown_code"),
    ("network until not before since", _set("families[0].network[1].until", "2025-01-01"),
     "families[0].network[1].until", "rule.until_before_start"),
    ("contact role is a code", _set("families[0].contacts[1].role", "deputy"),
     "families[0].contacts[1].role", "rule.unknown_code"),
    ("contact network_id is a network member", _set("families[0].contacts[1].network_id", "n9"),
     "families[0].contacts[1].network_id", "rule.network_unknown"),
    ("contact is a professional", _set("families[0].contacts[1].network_id", "n5"),
     "families[0].contacts[1].network_id", "rule.contact_not_professional"),
    ("contact until not before from", _set("families[1].contacts[0].until", "2025-03-01"),
     "families[1].contacts[0].until", "rule.until_before_start"),
    ("at most one current primary", _set("families[1].contacts[1].from", "2025-08-31"),
     "families[1].contacts[1].from", "rule.primary_overlap"),
    ("at most one current backup", _append("families[0].contacts", {
        "role": "backup", "network_id": "n2", "from": "2026-05-01", "until": None}),
     "families[0].contacts[2].from", "rule.backup_overlap"),
    ("primary and backup are not the same person", _set("families[0].contacts[1].network_id",
     "n3"), "families[0].contacts[1].network_id", "rule.primary_is_backup"),
    ("an active family has exactly one current primary", _set("families[2].contacts[0].until",
     "2026-11-24"), "families[2].contacts", "rule.no_current_primary"),
    ("event type is a code", _set("families[0].journey[2].type", "party"),
     "families[0].journey[2].type", "rule.unknown_code"),
    ("involved are network ids", _set("families[0].journey[1].involved[1]", "n8"),
     "families[0].journey[1].involved[1]", "rule.network_unknown"),
    ("barriers are codes", _set("families[0].journey[3].barriers[1]", "rent"),
     "families[0].journey[3].barriers[1]", "rule.unknown_code"),
    ("barriers have no duplicates", _set("families[0].journey[3].barriers[1]", "income_debts"),
     "families[0].journey[3].barriers[1]", "rule.duplicate_code"),
    ("enablers are codes", _set("families[0].journey[0].enablers[0]", "luck"),
     "families[0].journey[0].enablers[0]", "rule.unknown_code"),
    ("enablers have no duplicates", _append("families[0].journey[1].enablers", "fixed_contact"),
     "families[0].journey[1].enablers[1]", "rule.duplicate_code"),
    ("goal status is a code", _set("families[0].plan.goals[0].status", "busy"),
     "families[0].plan.goals[0].status", "rule.unknown_code"),
    ("action status is a code", _set("families[0].plan.goals[0].actions[1].status", "later"),
     "families[0].plan.goals[0].actions[1].status", "rule.unknown_code"),
    ("share_for_learning is a boolean", _set("families[0].reflections[0].share_for_learning",
     "yes"), "families[0].reflections[0].share_for_learning", "casefile.not_true_false"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("mutate", "place", "code"),
    [pytest.param(m, p, c, id=what) for what, m, p, c in SPEC_RULES],
)
def test_each_spec_rule_refuses_the_file_at_its_place(
    doc: Doc, mutate: Mutation, place: str, code: str
) -> None:
    """Breaking one rule of the spec in the example refuses the whole file with exactly that one
    problem, at its full place, with a text in Dutch and in English."""
    mutate(doc)
    error = refusal(encode(doc))
    assert found(error) == [(place, code)]
    assert_bilingual(error)
    assert error.describe("en").startswith(f"{place}: ")


def test_profession_message_reads_like_the_spec(doc: Doc) -> None:
    """The spec's own example: `families[2].network[0].profession: required for a professional`."""
    doc["families"][2]["network"][0]["profession"] = None
    error = refusal(encode(doc))
    assert error.describe("en") == "families[2].network[0].profession: Required for a professional."
    assert (
        error.describe("nl")
        == "families[2].network[0].profession: Verplicht voor een professional."
    )


# --- structure ---------------------------------------------------------------------------------


def test_every_problem_is_listed(doc: Doc) -> None:
    """A file with three different errors in one family (an unknown field, a bad date, a
    professional without a profession) lists all three, in file order."""
    family = doc["families"][0]
    family["members"][0]["nickname"] = "San"
    family["members"][1]["birth_date"] = "2005-02-30"
    family["network"][2]["profession"] = None
    error = refusal(encode(doc))
    assert found(error) == [
        ("families[0].members[0].nickname", "casefile.unknown_field"),
        ("families[0].members[1].birth_date", "casefile.bad_date"),
        ("families[0].network[2].profession", "rule.profession_required"),
    ]
    assert len(error.describe("en").splitlines()) == 3


def test_problems_across_families_and_levels_are_all_listed(doc: Doc) -> None:
    """Problems in several families, of the structure and of the rules, are all reported, ordered
    by family; a family with a broken record still gets its other rules checked."""
    doc["extra"] = True
    doc["families"][0]["contacts"][0]["from"] = "2026-2-3"  # broken record: left out of the rules
    doc["families"][0]["members"][2]["birth_date"] = "2027-01-01"
    doc["families"][1]["network"][0]["profession"] = None
    doc["families"][2]["journey"][0]["involved"] = ["n1", "n1"]
    error = refusal(encode(doc))
    assert found(error) == [
        ("extra", "casefile.unknown_field"),
        ("families[0].members[2].birth_date", "rule.birth_in_future"),
        ("families[0].contacts[0].from", "casefile.bad_date"),
        ("families[1].network[0].profession", "rule.profession_required"),
        ("families[2].journey[0].involved[1]", "rule.involved_duplicate"),
    ]


def test_broken_record_causes_no_false_problems(doc: Doc) -> None:
    """A record that cannot be read is left out of the rules without making other problems up:
    a broken network member is still referred to by contacts and events, a broken primary does
    not make the family 'without a primary'."""
    doc["families"][0]["network"][2]["strength"] = "very"  # n3: primary, involved in events
    doc["families"][2]["contacts"][0]["role"] = "main"  # the only primary
    error = refusal(encode(doc))
    assert found(error) == [
        ("families[0].network[2].strength", "rule.unknown_code"),
        ("families[2].contacts[0].role", "rule.unknown_code"),
    ]


def test_broken_family_fields_cause_no_false_problems(doc: Doc) -> None:
    """A broken `opened_on` or `status` skips the rules that compare with them."""
    doc["families"][1]["opened_on"] = "yesterday"
    doc["families"][2]["status"] = None
    doc["families"][2]["contacts"] = []
    error = refusal(encode(doc))
    assert found(error) == [
        ("families[1].opened_on", "casefile.bad_date"),
        ("families[2].status", "rule.unknown_code"),
    ]


@pytest.mark.parametrize(
    ("path", "value", "code"),
    [
        ("format", 1, "casefile.not_text"),
        ("version", "1", "casefile.not_whole_number"),
        ("version", True, "casefile.not_whole_number"),
        ("version", 1.5, "casefile.not_whole_number"),
        ("families", {}, "casefile.not_list"),
        ("families[0]", [], "casefile.not_object"),
        ("families[0].name", None, "casefile.not_text"),
        ("families[0].opened_on", None, "casefile.not_date"),
        ("families[0].due_date", 20260914, "casefile.not_date_or_null"),
        ("families[0].vulnerabilities", "lvb", "casefile.not_list"),
        ("families[0].members[0]", "Sanne", "casefile.not_object"),
        ("families[0].members[0].given_name", 7, "casefile.not_text_or_null"),
        ("families[0].network[1].profession", 3, "rule.unknown_code"),
        ("families[0].contacts[0].from", None, "casefile.not_date"),
        ("families[0].journey[0].involved", "n2", "casefile.not_list"),
        ("families[0].journey[0].involved[0]", 2, "casefile.not_text"),
        ("families[0].plan", [], "casefile.not_object"),
        ("families[0].plan.goals", None, "casefile.not_list"),
        ("families[0].plan.goals[0].actions[0].due_on", "soon", "casefile.bad_date"),
        ("families[0].reflections", None, "casefile.not_list"),
        ("families[0].reflections[0].date", None, "casefile.not_date"),
    ],
)
def test_wrong_types_are_refused_at_their_place(doc: Doc, path: str, value: Any, code: str) -> None:
    """A value of the wrong JSON type is refused at its place with a plain-words message."""
    _set(path, value)(doc)
    error = refusal(encode(doc))
    assert found(error)[0] == (path, code)
    assert_bilingual(error)


def test_document_that_is_not_an_object() -> None:
    """A JSON array or number at the top is not a case file: one problem, no crash."""
    for document in ([], 3, "x", None):
        error = refusal(encode(document))
        assert found(error) == [("", "casefile.not_object")]


@pytest.mark.parametrize(
    "where",
    [
        "", "families[0]", "families[0].members[0]", "families[0].network[0]",
        "families[0].contacts[0]", "families[0].journey[0]", "families[0].plan",
        "families[0].plan.goals[0]", "families[0].plan.goals[0].actions[0]",
        "families[0].reflections[0]",
    ],
)  # fmt: skip
def test_unknown_fields_are_refused_at_every_level(doc: Doc, where: str) -> None:
    """An unknown field (a typo) is refused at every level, so no data is silently dropped."""
    node: Any = doc
    for step in _steps(where) if where else []:
        node = node[step]
    node["colour"] = "blue"
    error = refusal(encode(doc))
    place = f"{where}.colour" if where else "colour"
    assert found(error) == [(place, "casefile.unknown_field")]
    assert_bilingual(error)


def test_unknown_field_with_odd_name_is_quoted_and_cut(doc: Doc) -> None:
    """A field name that is not a plain word is shown quoted, and a long one cut short."""
    doc["families"][0]["members"][0]["given name"] = "x"
    doc["families"][0]["members"][0]["x" * 500] = "x"
    error = refusal(encode(doc))
    assert [p.field for p in error.problems] == [
        'families[0].members[0]["given name"]',
        'families[0].members[0]["' + "x" * 40 + '…"]',
    ]


def test_missing_fields_are_refused_at_their_place(doc: Doc) -> None:
    """A required field left out is named at its place, at every level."""
    del doc["version"]
    del doc["families"][0]["municipality"]
    del doc["families"][0]["members"][1]["notes"]
    del doc["families"][1]["contacts"][0]["from"]
    del doc["families"][2]["plan"]["goals"]
    error = refusal(encode(doc))
    assert found(error) == [
        ("version", "casefile.missing"),
        ("families[0].municipality", "casefile.missing"),
        ("families[0].members[1].notes", "casefile.missing"),
        ("families[1].contacts[0].from", "casefile.missing"),
        ("families[2].plan.goals", "casefile.missing"),
    ]
    assert_bilingual(error)


@pytest.mark.parametrize(
    "value", ["2026-02-30", "2026-1-5", "2026-13-01", "26-01-05", "2026/01/05", "20260105",
              "2026-01-05T10:00", " 2026-01-05", "2026-01-05\n", "２０２６-01-05", ""],
)  # fmt: skip
def test_bad_dates_are_refused(doc: Doc, value: str) -> None:
    """Dates must be real calendar dates written exactly YYYY-MM-DD."""
    doc["families"][0]["journey"][0]["date"] = value
    error = refusal(encode(doc))
    assert found(error) == [("families[0].journey[0].date", "casefile.bad_date")]
    assert "YYYY-MM-DD" in error.message("en") and "JJJJ-MM-DD" in error.message("nl")


def test_leap_day_is_a_real_date(doc: Doc) -> None:
    """2024-02-29 exists and is accepted."""
    doc["families"][0]["members"][0]["birth_date"] = "2004-02-29"
    assert parse_case_file(encode(doc), TODAY)[0].members[0].birth_date == date(2004, 2, 29)


def test_dates_outside_the_sane_range_are_refused(doc: Doc) -> None:
    """A year like 0026 or 9999 is a typing mistake (and would overflow date arithmetic)."""
    doc["families"][0]["members"][0]["birth_date"] = "0007-05-12"
    doc["families"][0]["plan"]["goals"][0]["actions"][0]["due_on"] = "9999-12-31"
    error = refusal(encode(doc))
    assert found(error) == [
        ("families[0].members[0].birth_date", "rule.date_out_of_range"),
        ("families[0].plan.goals[0].actions[0].due_on", "rule.date_out_of_range"),
    ]


def test_unknown_code_message_lists_the_choices(doc: Doc) -> None:
    """An unknown code says which codes are possible, in both languages."""
    doc["families"][0]["learning_consent"] = "ja"
    error = refusal(encode(doc))
    assert error.message("en") == "This is not one of the known choices: granted, refused, unknown."
    assert "granted, refused, unknown" in error.message("nl")


def test_repeated_field_name_is_refused(example_bytes: bytes) -> None:
    """A field written twice in one object would silently lose the first value: refused."""
    text = example_bytes.decode("utf-8").replace(
        '"name": "Gezin De Vries",', '"name": "Gezin De Vries", "name": "Gezin Jansen",', 1
    )
    error = refusal(text.encode("utf-8"))
    assert found(error) == [("families[0].name", "casefile.duplicate_field")]
    assert_bilingual(error)


def test_wrong_format_reports_only_that(doc: Doc) -> None:
    """A file of another kind or a newer version is not picked apart field by field."""
    doc["format"] = "something-else"
    doc["families"][0]["status"] = "weird"
    assert found(refusal(encode(doc))) == [("format", "casefile.not_case_file")]
    doc["format"] = "veldwerk-case-file"
    doc["version"] = 2
    error = refusal(encode(doc))
    assert found(error) == [("version", "casefile.version_unsupported")]
    assert "2" in error.message("nl") and "2" in error.message("en")


# --- bytes that are not JSON -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "line", "column"),
    [
        (b"", 1, 1),
        (b"{", 1, 2),
        (b'{\n  "format": "veldwerk-case-file",\n  "version": 1,,\n}', 3, 16),
        (b"{'format': 1}", 1, 2),
        (b'{"a": 1} trailing', 1, 10),
    ],
)
def test_broken_json_gives_one_problem_with_line_and_column(
    data: bytes, line: int, column: int
) -> None:
    """Broken JSON is one problem that says where: line and column."""
    error = refusal(data)
    assert len(error.problems) == 1
    assert error.code == "casefile.bad_json"
    assert error.params == {"line": line, "column": column}
    assert f"line {line}, column {column}" in error.message("en")
    assert f"regel {line}, kolom {column}" in error.message("nl")


def test_truncated_example_is_broken_json(example_bytes: bytes) -> None:
    """A file cut off half-way (a failed copy) is refused with its line and column."""
    error = refusal(example_bytes[: len(example_bytes) // 2])
    assert error.code == "casefile.bad_json" and error.params["line"] > 100


def test_not_utf8_is_refused_with_its_place() -> None:
    """Latin-1 bytes are not UTF-8: one problem with line and column, no traceback."""
    error = refusal('{\n "format": "café"}'.encode("latin-1"))
    assert found(error) == [("", "casefile.not_utf8")]
    assert error.params == {"line": 2, "column": 16}


def test_utf8_byte_order_mark_is_accepted(example_bytes: bytes) -> None:
    """A UTF-8 file saved with a byte-order mark (Windows Notepad) is still read."""
    assert len(parse_case_file(b"\xef\xbb\xbf" + example_bytes, TODAY)) == 3


def test_values_json_does_not_have_are_refused(doc: Doc) -> None:
    """NaN, Infinity and absurdly long numbers are refused at their place, not crashed on."""
    text = encode(doc).decode("utf-8")
    text = text.replace('"version": 1', '"version": NaN', 1)
    text = text.replace('"share_for_learning": true', '"share_for_learning": -Infinity', 1)
    text = text.replace('"ref": "HW-2025-017"', '"ref": ' + "9" * 5000, 1)
    error = refusal(text.encode("utf-8"))
    assert found(error) == [
        ("version", "casefile.not_whole_number"),
        ("families[0].reflections[0].share_for_learning", "casefile.not_true_false"),
        ("families[1].ref", "casefile.not_text"),
    ]


def test_deep_nesting_is_refused_without_recursion_errors() -> None:
    """Deeply nested JSON (a hostile or broken file) is refused with a clear problem."""
    for depth in (40, 900, 100_000):
        data = b'{"format": "veldwerk-case-file", "version": 1, "families": ' + b"[" * depth
        data += b"]" * depth + b"}"
        error = refusal(data)
        assert error.code == "casefile.too_deep"
        assert_bilingual(error)


# --- size and files ----------------------------------------------------------------------------


def test_fifty_megabyte_file_is_refused_quickly(tmp_path: Path) -> None:
    """A 50 MB file is refused by its size before it is read or parsed: fast, with sizes in MB."""
    big = tmp_path / "big.json"
    with big.open("wb") as f:
        f.truncate(50 * 1024 * 1024)
    started = time.perf_counter()
    with pytest.raises(DomainError) as caught:
        read_case_file(big, TODAY)
    assert time.perf_counter() - started < 0.5
    assert caught.value.code == "file.too_large"
    assert caught.value.params == {"size": 50, "max": MAX_CASE_FILE_BYTES // (1024 * 1024)}
    assert "50 MB" in caught.value.message("en") and "50 MB" in caught.value.message("nl")

    started = time.perf_counter()
    with pytest.raises(DomainError) as caught:
        parse_case_file(b" " * (MAX_CASE_FILE_BYTES + 1), TODAY)
    assert time.perf_counter() - started < 0.5
    assert caught.value.code == "file.too_large"


def test_read_case_file_reads_the_example(tmp_path: Path, example_bytes: bytes) -> None:
    """Reading from a path gives the same families as parsing the bytes."""
    path = tmp_path / "families.json"
    path.write_bytes(example_bytes)
    assert read_case_file(path, TODAY) == parse_case_file(example_bytes, TODAY)


def test_unreadable_file_is_a_domain_error(tmp_path: Path) -> None:
    """A missing file or a folder gives `file.unreadable`, not an OSError."""
    for path in (tmp_path / "missing.json", tmp_path):
        with pytest.raises(DomainError) as caught:
            read_case_file(path, TODAY)
        assert caught.value.code == "file.unreadable"


def test_problem_texts_never_quote_values_from_the_file(doc: Doc) -> None:
    """Messages name places, not values: a name in a wrong field never shows up in a text (texts
    may end up in logs)."""
    secret = "Sanne-de-Vries-GEHEIM"
    doc["families"][0]["status"] = secret
    doc["families"][0]["members"][0]["role"] = secret
    doc["families"][0]["opened_on"] = secret
    doc["families"][0]["contacts"][0]["network_id"] = secret
    doc["families"][0]["members"][1]["birth_date"] = [secret]
    error = refusal(encode(doc))
    assert len(error.problems) == 5
    for lang in ("nl", "en"):
        assert secret not in error.describe(lang)
    assert secret not in str(error)


def test_schema_problems_are_mapped_for_every_keyword_used() -> None:
    """Every validation keyword in the schema has its own plain message (none falls back to the
    generic 'not valid' text)."""
    used: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            used.update(node)
            for key, value in node.items():
                if key in ("properties", "$defs"):
                    for sub in value.values():
                        walk(sub)
                elif isinstance(value, dict):
                    walk(value)

    walk(reader.case_file_schema())
    assertions = used - {
        "$schema", "$id", "$comment", "$defs", "$ref", "title", "properties", "items",
        reader.CODE_LIST_KEYWORD, reader.TEXT_KEYWORD,
    }  # fmt: skip
    assert assertions == {
        "type", "required", "additionalProperties", "const", "enum", "format", "minLength",
        "maxLength", "minItems",
    }  # fmt: skip
