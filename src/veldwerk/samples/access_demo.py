"""Access-log entries of several kinds for a demo family (the Inzage screenshots and the
accessibility audit): the user viewed, printed and saved it over the last weeks, and the
family's backup, as a colleague, changed its journey acting for the fixed contact."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from veldwerk.domain import clock
from veldwerk.services import access
from veldwerk.store.access_log import Actor
from veldwerk.workspace import Workspace

COLLEAGUE_DEVICE = "e3" * 16


def fill(ws: Workspace, ref: str) -> None:
    """Entries of every common kind for `ref`, spread over the last three weeks."""
    ws.config.set("role", ws.config.get("role") or "casusregisseur")
    with ws.db.unit_of_work(write=True) as uow:
        family = access.load_family(uow, ref)
        today = clock.today()
        backup = next(
            (c for c in family.contacts if c.role == "backup" and c.current_on(today)), None
        )
        person = next((p for p in family.network if backup and p.id == backup.network_id), None)
        primary = next(
            (c for c in family.contacts if c.role == "primary" and c.current_on(today)), None
        )
        me = next((p for p in family.network if primary and p.id == primary.network_id), None)
        if me is not None and not uow.settings.get(
            "user_name"
        ):  # the demo's user: the fixed contact
            uow.settings.set("user_name", me.name)
            uow.settings.set("organisation", me.organisation or "-")
        now = datetime.now(UTC)
        steps: list[tuple[int, str, str, Actor | None]] = [
            (20, "view", "family", None),
            (19, "print", "overview", None),
            (12, "save", "family_overview", None),
            (9, "export", "case_file", None),
            (6, "search", "family", None),
        ]
        if person is not None:
            colleague = Actor(person.name, "", person.organisation or "", COLLEAGUE_DEVICE)
            steps += [(4, "change", "journey", colleague), (3, "view", "family", colleague)]
        steps.append((1, "view", "family", None))
        for days, action, kind, actor in steps:
            entry = access.entry(uow, family, action, kind, actor=actor)
            uow.access.record([entry], at=now - timedelta(days=days, hours=days % 5))
        uow.commit()
