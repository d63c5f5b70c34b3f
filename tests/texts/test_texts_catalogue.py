"""The one text catalogue (`veldwerk.texts`): complete in Dutch and English, one home per key,
gathered from an explicit list and not from what happened to be imported, and a text for every
coded error the program can raise."""

from __future__ import annotations

import ast
import pkgutil
import re
import string
import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

from veldwerk.coordinator.texts import REASONS, reason_code
from veldwerk.texts import Ref, has, text
from veldwerk.texts import tables as tables_package
from veldwerk.texts.catalogue import PLURAL_FORMS, Template, entries
from veldwerk.texts.sources import SOURCES, gather

SRC = Path(__file__).resolve().parents[2] / "src" / "veldwerk"
ERROR_CLASSES = {"DomainError": 0, "Problem": 1}
"""The classes whose literal message code is checked, and at which position it is given."""
LOOKUPS = {"text", "t", "catalogue_text", "Ref"}
"""Functions whose first argument, when a literal, is a key of the catalogue (`ctx.t` in cli)."""
KEY_SHAPE = re.compile(r"[a-z][a-z0-9_]*(\.[a-z0-9_]+)*")


def forms(template: Template) -> dict[str, str]:
    """A language's text by plural form ("" for a text without plural)."""
    return {"": template} if isinstance(template, str) else dict(template)


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_key_has_a_dutch_and_an_english_text() -> None:
    """Nothing is shown half-translated: every entry has non-empty Dutch and English text, and a
    plural has exactly the forms "one" and "other" in both languages."""
    for key, (nl, en) in entries().items():
        assert isinstance(nl, str) == isinstance(en, str), key
        for template in (nl, en):
            if not isinstance(template, str):
                assert tuple(sorted(template)) == PLURAL_FORMS, key
            assert all(form.strip() for form in forms(template).values()), key


def test_dutch_and_english_use_the_same_parameters() -> None:
    """A parameter filled in in one language is filled in in the other too (form by form), so no
    language shows a raw "{name}" or leaves a value out."""
    for key, (nl, en) in entries().items():
        nl_forms, en_forms = forms(nl), forms(en)
        for form, nl_text in nl_forms.items():
            assert fields(nl_text) == fields(en_forms[form]), (key, form)


def test_a_plural_chooses_its_form_by_n() -> None:
    """`n == 1` takes the "one" form, every other count the "other" form, in both languages; the
    "other" form of every plural shows the count."""
    assert text("report.events", "nl", n=1) == "1 gebeurtenis"
    assert text("report.events", "nl", n=0) == "0 gebeurtenissen"
    assert text("report.events", "en", n=3) == "3 events"
    assert text("learning.outbox.waiting", "nl", n=1) == "1 bundel wacht op verzending."
    assert text("learning.outbox.waiting", "en", n=2) == "2 bundles are waiting to be sent."
    for key, (nl, en) in entries().items():
        if not isinstance(nl, str):
            assert "n" in fields(forms(nl)["other"]) and "n" in fields(forms(en)["other"]), key


def test_a_ref_is_put_in_in_the_same_language() -> None:
    """A parameter that is itself a text (a month in "31 februari bestaat niet") is rendered in
    the language of the text around it."""
    month = Ref("date.month.2")
    assert text("date.no_such_day", "nl", day=31, month=month) == "31 februari bestaat niet."
    assert text("date.no_such_day", "en", day=31, month=month) == "31 February does not exist."


def test_parameters_may_be_called_key_or_lang() -> None:
    """`key` and `lang` are positional only: a text with a ``{key}`` parameter fills it in."""
    said = text("config.unknown_key", "en", key="colour", known="region")
    assert said == "Unknown setting 'colour'. Known settings: region."


def test_a_missing_key_or_parameter_never_raises() -> None:
    """A key the catalogue lacks shows as the key, a template without its parameters unfilled:
    visible in a test, never a crash in front of a user."""
    assert text("no.such.key", "nl") == "no.such.key"
    assert text("family.not_found", "en") == "There is no family with reference {ref}."


def test_a_key_in_two_tables_is_refused() -> None:
    """Each text has one home: gathering two tables that both hold a key fails, even when the
    texts are equal (as ``ui.required`` once was, registered by two modules)."""
    same = {"ui.required": ("Vul dit in.", "Please fill this in.")}
    with pytest.raises(ValueError, match="ui.required"):
        gather((("shell", same), ("tabs", same)))
    assert len(gather()) == sum(len(table) for _, table in SOURCES)


def test_every_table_module_is_in_the_explicit_list() -> None:
    """A table module that is not in `sources.SOURCES` would be silently left out: every module
    of `veldwerk.texts.tables` is listed, by its own name."""
    modules = {m.name for m in pkgutil.iter_modules(tables_package.__path__)}
    assert modules == {name for name, _ in SOURCES}
    for name, table in SOURCES:
        module = __import__(f"veldwerk.texts.tables.{name}", fromlist=["TEXTS"])
        assert module.TEXTS is table, name


def test_the_catalogue_does_not_depend_on_what_was_imported() -> None:
    """The catalogue is gathered from its list, not from import side effects: a fresh process
    that imports only `veldwerk.texts` knows the GUI's and the coordinator's texts, without
    importing either."""
    code = (
        "import sys; from veldwerk.texts import text; "
        "print(text('ui.required', 'nl')); print(text('coordinator.cancelled', 'en')[:10]); "
        "print(sorted({m.split('.')[1] for m in sys.modules if m.startswith('veldwerk.')}))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.splitlines() == ["Vul dit in.", "Cancelled.", "['texts']"]


def test_no_module_registers_texts_on_import() -> None:
    """No code outside `veldwerk.texts` fills a text table: there is no ``register`` of
    messages anywhere and no module-level dict of (Dutch, English) pairs outside the tables,
    except the code lists' own labels, which the catalogue serves."""
    for path in _sources():
        if "texts/tables" in path.as_posix():
            continue
        body = path.read_text(encoding="utf-8")
        assert "messages.register" not in body, path


def _sources() -> Iterator[Path]:
    yield from sorted(SRC.rglob("*.py"))


def _literal_calls() -> Iterator[tuple[Path, int, str, str]]:
    """(file, line, called name, literal code) of every coded error and literal lookup."""
    for path in _sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            position = ERROR_CLASSES.get(name, 0 if name in LOOKUPS else None)
            if position is None:
                continue
            arg: ast.expr | None = None
            if len(node.args) > position:
                arg = node.args[position]
            for kw in node.keywords:
                if kw.arg in ("code", "key"):
                    arg = kw.value
            if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
                continue
            if name in ERROR_CLASSES or KEY_SHAPE.fullmatch(arg.value):  # not SQLAlchemy's text
                yield path, node.lineno, name, arg.value


def test_every_coded_error_and_literal_lookup_has_a_text() -> None:
    """Every `DomainError("code", ...)` and `Problem(field, "code", ...)` raised anywhere in the
    program, and every literal key looked up (`text("key", ...)`, the CLI's `ctx.t("key")`,
    `Ref("key")`), has a Dutch and an English text."""
    found = list(_literal_calls())
    errors = [c for c in found if c[2] in ERROR_CLASSES]
    assert len(errors) > 50 and len(found) > 200  # the scan does find them
    missing = [(p.relative_to(SRC).as_posix(), line, code) for p, line, _, code in found]
    missing = [m for m in missing if not has(m[2])]
    assert missing == []


def test_every_refusal_reason_has_a_text() -> None:
    """Every reason a bundle or a coordinator's file is refused for (codes built from the reason,
    not written out) has its text."""
    assert all(has(reason_code(reason)) for reason in REASONS)


def test_every_code_label_is_served_by_the_catalogue() -> None:
    """Code labels are one of the catalogue's tables: `codes.label` answers what `text` does."""
    from veldwerk.domain import codes

    for kind, labels in codes.CODE_LISTS.items():
        for code, (nl, en) in labels.items():
            assert text(f"code.{kind}.{code}", "nl") == codes.label(kind, code, "nl") == nl
            assert text(f"code.{kind}.{code}", "en") == codes.label(kind, code, "en") == en
    assert codes.label("phase", "no_such_phase", "nl") == "no_such_phase"


def _plain(entries_: Mapping[str, tuple[Template, Template]]) -> int:
    return sum(isinstance(nl, str) for nl, _ in entries_.values())


def test_the_catalogue_holds_plain_texts_and_plurals() -> None:
    """Sanity of the shape: most entries are plain texts, a few are plurals."""
    all_entries = entries()
    assert 0 < len(all_entries) - _plain(all_entries) < 20
