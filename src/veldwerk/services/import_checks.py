"""What an import is refused for before anything is stored: a family that breaks a rule of the
spec, or a reference that is taken (unless the user asked to replace it)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from veldwerk.domain import rules
from veldwerk.domain.errors import DomainError, Problem
from veldwerk.domain.model import Family


def refuse_invalid(families: Sequence[Family], today: date) -> None:
    """Every problem of every family, each at its place (``families[i].field``), or nothing."""
    problems = [
        Problem(f"families[{i}].{p.field}", p.code, p.params)
        for i, f in enumerate(families)
        for p in rules.validate_family(f, today)
    ]
    if problems:
        raise DomainError.from_problems(problems)


def ref_clashes(
    families: Sequence[Family], existing: Mapping[int, int | None], replacing: bool
) -> list[Problem]:
    """The families whose reference is stored already (`existing`: index -> stored id);
    refused unless `replacing`."""
    clashes = [
        Problem(f"families[{i}].ref", "family.ref_exists", {"ref": families[i].ref})
        for i, fid in existing.items()
        if fid is not None
    ]
    if clashes and not replacing:
        raise DomainError.from_problems(clashes)
    return clashes
