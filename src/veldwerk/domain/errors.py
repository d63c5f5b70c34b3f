"""One error family for everything a user can fix.

A `DomainError` carries a message code, the field (the place) it is about and parameters; the text
is looked up in the user's language where it is shown (`veldwerk.texts.text`). Anything that is
not a `DomainError` is a bug: it is logged without personal data and shown as a calm generic
message.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any

from veldwerk.texts import text


@dataclass(frozen=True)
class Problem:
    """One broken rule: where (`field`, e.g. ``families[2].network[0].profession``), which rule
    (`code`, a key of the text catalogue) and the values the message needs (`params`)."""

    field: str
    code: str
    params: Mapping[str, Any] = dc_field(default_factory=dict)

    def message(self, lang: str = "en") -> str:
        """The problem in words, without its place."""
        return text(self.code, lang, **self.params)

    def describe(self, lang: str = "en") -> str:
        """``place: message``, as listed when a file is refused."""
        text = self.message(lang)
        return f"{self.field}: {text}" if self.field else text


class DomainError(Exception):
    """Something the user can fix. Holds one or more problems; `code`, `field` and `params` are the
    first problem's, for the common single-problem case."""

    def __init__(
        self,
        code: str,
        field: str = "",
        params: Mapping[str, Any] | None = None,
        *,
        problems: Iterable[Problem] = (),
    ) -> None:
        extra = tuple(problems)
        first = Problem(field, code, dict(params or {}))
        self.problems: tuple[Problem, ...] = extra if extra else (first,)
        head = self.problems[0]
        self.code = head.code
        self.field = head.field
        self.params = head.params
        super().__init__(self.describe("en"))

    @classmethod
    def from_problems(cls, problems: Iterable[Problem]) -> DomainError:
        items = tuple(problems)
        if not items:
            raise ValueError("from_problems needs at least one problem")
        head = items[0]
        return cls(head.code, head.field, head.params, problems=items)

    def message(self, lang: str = "en") -> str:
        return self.problems[0].message(lang)

    def describe(self, lang: str = "en") -> str:
        """Every problem on a line of its own, each with its place."""
        return "\n".join(p.describe(lang) for p in self.problems)
