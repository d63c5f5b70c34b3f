"""The plan van aanpak's rules about time: when an action is overdue.

One function per rule, used by the app's Plan tab and by the printed overviews alike, so the
screen and the paper never disagree about what is late.
"""

from __future__ import annotations

from datetime import date

from veldwerk.domain.model import Action


def is_overdue(action: Action, day: date) -> bool:
    """An action that is not done and whose due date lies before `day` (an action due today is
    not late yet; an action without a due date never is)."""
    return action.status != "done" and action.due_on is not None and action.due_on < day
