"""The plan's rule about time (domain/plan.py): one function says when an action is overdue,
and the Plan tab and both printed overviews call it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from veldwerk.domain.model import Action
from veldwerk.domain.plan import is_overdue

DAY = date(2026, 10, 5)
SRC = Path(__file__).resolve().parents[2] / "src" / "veldwerk"


@pytest.mark.parametrize(
    ("due_on", "status", "late"),
    [
        (date(2026, 10, 4), "todo", True),
        (date(2026, 10, 4), "doing", True),
        (date(2026, 10, 4), "done", False),
        (DAY, "todo", False),
        (date(2026, 10, 6), "todo", False),
        (None, "todo", False),
    ],
)
def test_overdue_is_open_and_due_before_the_day(
    due_on: date | None, status: str, late: bool
) -> None:
    """An action is overdue when it is not done and its due date lies before the day; due today
    is not late yet; without a due date it never is."""
    assert is_overdue(Action("Bellen", None, due_on, status), DAY) is late


def test_the_rule_lives_in_one_place() -> None:
    """Protects "the overdue rule is ONE domain function": the reports and the Plan tab call
    `domain.plan.is_overdue`, and nobody else compares a due date with today."""
    users = ["reports/team_sections.py", "reports/family_overview.py", "ui/tabs/plan_tab.py"]
    for name in users:
        assert "is_overdue(" in (SRC / name).read_text(encoding="utf-8"), name
    for path in SRC.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if path.name != "plan.py":
            assert "def is_overdue" not in text, path
            assert "due_on <" not in text, path
