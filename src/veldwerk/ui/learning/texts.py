"""Small texts shared by the Learning data pages: times, dates, and the outbox's plain words
(which live with the outbox in `veldwerk.learning.texts`, in both languages)."""

from __future__ import annotations

from datetime import date, datetime

from veldwerk.ui.tabs.dates_text import display


def moment(when: datetime, lang: str) -> str:
    """A delivery time in local time: ``24-11-2026 14:02`` (nl), ``2026-11-24 14:02`` (en),
    the same form as the outbox's own status text."""
    local = when.astimezone()
    return local.strftime("%d-%m-%Y %H:%M" if lang == "nl" else "%Y-%m-%d %H:%M")


def day(iso: str, lang: str) -> str:
    """An ISO date as the lists show it (``10 mei 2026``); the text itself when unreadable."""
    try:
        return display(date.fromisoformat(iso), lang)
    except ValueError:
        return iso


def outbox_problem(error: str, lang: str) -> str:
    """The outbox's plain words for a delivery problem (``target_missing``...)."""
    from veldwerk.domain import messages
    from veldwerk.learning import texts as _texts  # noqa: F401  (registers the messages)

    return messages.render(f"learning.outbox.{error}", {}, lang)
