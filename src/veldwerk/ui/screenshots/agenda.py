"""Render the Vandaag screen, the family list filtered and the retention confirm dialog to
PNG, offscreen, in Dutch and English, over the demo.

    python -m veldwerk.ui.screenshots.agenda OUTDIR [--lang nl|en]

Images: agenda-1-today-<lang>.png (every kind of entry: the demo is given a planned home visit
and one family closed more than twenty years ago, `extend_demo`), agenda-2-filtered-<lang>.png
(the family list showing only the families without a backup) and
agenda-3-retention-<lang>.png (the dialog that erases the families whose retention period
ended). The demo is given what it lacks for every kind of entry (`extend_demo`). Today is
fixed to 2026-11-24 unless VELDWERK_TODAY says otherwise.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

from veldwerk.ui.screenshots import shots


def extend_demo(ws: Any) -> None:
    """What the demo lacks for every kind of entry: a planned home visit next week in the first
    family, a family whose care ended in 2005 (its retention period has run out), and "no
    contact" counted after one week (the demo's families were all seen in the last two)."""
    from veldwerk.domain import clock
    from veldwerk.domain.model import Event

    today = clock.today()
    ws.config.set("no_contact_weeks", "1")
    first = ws.families.all()[0]
    ws.families.save_event(
        first.ref,
        Event(today + timedelta(days=5), "contact", "Huisbezoek met de kraamzorg", planned=True),
    )
    old = min((f for f in ws.families.all() if f.status == "closed"), key=lambda f: f.ref)
    shift = timedelta(days=365 * 21)

    def back(day: Any) -> Any:
        return day - shift if day is not None else None

    ws.families.import_families(
        [
            replace(
                old,
                ref="DEMO-2005-003",
                name="Gezin Dekker",
                learning_consent="refused",
                opened_on=back(old.opened_on),
                closed_on=back(old.closed_on),
                due_date=back(old.due_date),
                key=None,
                members=tuple(
                    replace(m, birth_date=back(m.birth_date), expected_on=back(m.expected_on))
                    for m in old.members
                ),
                network=tuple(
                    replace(n, since=back(n.since), until=back(n.until)) for n in old.network
                ),
                contacts=tuple(
                    replace(c, start=back(c.start), until=back(c.until)) for c in old.contacts
                ),
                journey=tuple(replace(e, date=back(e.date)) for e in old.journey),
                goals=tuple(
                    replace(g, actions=tuple(replace(a, due_on=back(a.due_on)) for a in g.actions))
                    for g in old.goals
                ),
                reflections=tuple(replace(r, date=back(r.date)) for r in old.reflections),
            )
        ]
    )


def screens(app: Any, session: Any, main: Any) -> Iterator[tuple[str, Any]]:
    """The Vandaag screen, the list filtered and the retention dialog over the demo (extended
    once, `extend_demo`): (name, widget); the dialog is closed when the next is asked for."""
    worker = session.worker
    hookup = main.agenda
    if not getattr(session, "agenda_demo_extended", False):
        session.agenda_demo_extended = True
        worker.query(extend_demo, lambda _r: None)
        shots.spin(app, 30, lambda: worker.idle)
        main.refresh_list()
    hookup.cleared()
    hookup.show_agenda()
    shots.spin(app, 10, lambda: hookup.view.agenda is not None and worker.idle)
    yield "1-today", main
    hookup.filter.setCurrentIndex(hookup.filter.findData("no_backup"))
    shots.spin(app, 10, lambda: worker.idle)
    first = main.list_panel.model.summary(0)
    if first is not None:  # the row stays chosen: Tab into the list does not open a family
        main.list_panel.select(first.key)
    yield "2-filtered", main
    hookup.filter.setCurrentIndex(0)
    hookup.dialog = None
    hookup.erase_due()
    shots.spin(app, 10, lambda: hookup.dialog is not None and hookup.dialog.isVisible())
    dialog = hookup.dialog
    if dialog is not None:
        yield "3-retention", dialog
        dialog.reject()
        hookup.dialog = None
        shots.spin(app, 0.1)


def shoot(outdir: Path, langs: list[str]) -> int:
    def draw(app: Any, session: Any, main: Any, lang: str) -> None:
        for name, widget in screens(app, session, main):
            shots.spin(app, 0.3)
            shots.save(widget, app, outdir / f"agenda-{name}-{lang}.png")

    return shots.with_demo(outdir, langs, draw)


def main(argv: list[str] | None = None) -> int:
    args = shots.parser(
        "python -m veldwerk.ui.screenshots.agenda", "Render the Vandaag screen to PNG."
    ).parse_args(argv)
    shots.prepare_environment()
    return shoot(args.outdir, args.lang or ["nl", "en"])


if __name__ == "__main__":
    sys.exit(main())
