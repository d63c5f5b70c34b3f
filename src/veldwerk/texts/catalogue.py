"""The one text catalogue: every text a user may see from below the widgets (domain rules, the
services, the store, the case-file reader, the learning data, the coordinator, the reports, the
command line, the field checks of the GUI and the labels of every code list), in Dutch and English.

Widget strings are not here: they are Qt's (`self.tr`, `translations/*.ts`). Everything else is
looked up with one function, ``text(key, lang, **params)``, where it is shown, in the language of
the person reading it.

An entry is ``key -> (Dutch, English)``. Each language's text is either

- a template: ``"Er is geen gezin met kenmerk {ref}."``. Parameters are named (``{ref}``) and
  filled in with `str.format`; a literal brace is written twice (``{{ ... }}``); or
- a plural: ``{"one": "1 bundel wacht.", "other": "{n} bundels wachten."}``. The count is always
  the parameter ``n``; "one" is chosen when ``n == 1``, "other" otherwise (Dutch and English
  have just these two forms).

A parameter that is a `Ref` is itself a key, put in in the same language (``{month}`` in
``date.no_such_day`` becomes "februari" or "February").

The entries live in plain dicts, one module per part of the program, in `veldwerk.texts.tables`;
`veldwerk.texts.sources` lists those modules explicitly and the catalogue reads them once, on the
first lookup. Nothing registers texts as a side effect of an import, and a key that two tables
both define is an error.

A key the catalogue does not know comes back as the key itself, and a template whose parameters
are not all given comes back unfilled: a missing text shows, but never becomes a crash in front
of a user. `tests/texts` makes sure neither happens.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

LANGUAGES: tuple[str, ...] = ("nl", "en")
PLURAL_FORMS: tuple[str, ...] = ("one", "other")

Template = str | Mapping[str, str]
"""One language's text: a template, or a plural's forms ("one", "other")."""
Entry = tuple[Template, Template]
"""A key's Dutch and English text."""
Table = Mapping[str, Entry]


@dataclass(frozen=True)
class Ref:
    """A parameter that is itself a text of the catalogue, rendered in the same language."""

    key: str


@functools.cache
def entries() -> Mapping[str, Entry]:
    """Every entry of every table in `sources.SOURCES`, read once."""
    # Imported here, not at the top: the tables are read on the first lookup, not when the
    # catalogue is imported (every package imports it; most never show a text).
    from veldwerk.texts.sources import gather

    return gather()


def has(key: str) -> bool:
    """Whether the catalogue has a text for `key`."""
    return key in entries()


def template(key: str, lang: str, n: object = None) -> str | None:
    """The unfilled text of `key` in `lang` (the plural form for `n`); None when unknown."""
    entry = entries().get(key)
    if entry is None:
        return None
    chosen = entry[0] if lang == "nl" else entry[1]
    if isinstance(chosen, str):
        return chosen
    return chosen["one" if n == 1 else "other"]


def text(key: str, lang: str, /, **params: Any) -> str:
    """The text for `key` in `lang` ("nl", or else English), with its parameters filled in.

    `key` and `lang` are positional only, so a text may have parameters called ``key`` or
    ``lang``. See the module's docstring for plurals, `Ref` and what happens to a missing key."""
    chosen = template(key, lang, params.get("n"))
    if chosen is None:
        return key
    values = {k: text(v.key, lang) if isinstance(v, Ref) else v for k, v in params.items()}
    try:
        return chosen.format(**values)
    except (KeyError, IndexError, ValueError):
        return chosen
