"""Render the team screens to PNG, offscreen, in Dutch and English, over the demo.

    python -m veldwerk.ui.screenshots.team OUTDIR [--lang nl|en]

The demo's second family is shared with its backup, a second profile made beside the demo (a
colleague card exchanged both ways, one team folder). While "you" were away the backup added a
home visit and changed the learning consent, and you changed the consent too. Images:
team-1-settings-<lang>.png (Settings › Team), team-2-away-<lang>.png (the conflict banner and
"since you were away" above the contact card), team-3-journey-<lang>.png (the backup's step
marked in the journey) and team-4-resolve-<lang>.png (the resolve dialog). The compiled
translations must be built first (scripts/build_translations.py). Today is fixed to
2026-11-24 unless VELDWERK_TODAY says otherwise.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from veldwerk.ui.screenshots import shots

COLLEAGUE_PASSPHRASE = "Demo-collega: alleen verzonnen gezinnen, 2 x 6 stuks!"


def share_with_backup(ws: Any, ref: str) -> None:
    """Make the backup of `ref` a colleague with a profile of their own, share the family with
    them, and let both sides change it offline (runs on the worker, as every store call)."""
    from veldwerk.domain.contacts import current_contact
    from veldwerk.domain.model import Event
    from veldwerk.workspace import Workspace

    root = Path(ws.paths.root)
    family = ws.families.get(ref)
    primary = current_contact(family, "primary", date.today())
    backup = current_contact(family, "backup", date.today())
    assert primary is not None and backup is not None, "the demo family has both contacts"
    me, other = family.network_member(primary.network_id), family.network_member(backup.network_id)
    assert me is not None and other is not None
    folder = root / "team-folder"
    folder.mkdir(exist_ok=True)
    colleague, _recovery = Workspace.create(root / "colleague", COLLEAGUE_PASSPHRASE)
    try:
        for profile, person in ((ws, me), (colleague, other)):
            profile.config.set("user_name", person.name)
            profile.config.set("organisation", person.organisation)
            profile.config.set("team_folder", str(folder))
        mine = ws.team.write_card(root / "me.card")
        theirs = colleague.team.write_card(root / "colleague.card")
        ws.team.add_colleague(root / "colleague.card", theirs)
        colleague.team.add_colleague(root / "me.card", mine)
        ws.team.share(ref, other.name)
        ws.team_sync.sync()
        colleague.team_sync.sync()
        visit = Event(
            date(2026, 11, 20),
            "contact",
            "Huisbezoek door de achterwacht",
            "Afspraak met de kraamzorg doorgenomen.",
            (),
            (),
            ("fixed_contact",),
        )
        colleague.families.save_event(ref, visit)
        colleague.families.set_consent(ref, "refused")
        ws.families.set_consent(ref, "unknown")
        colleague.team_sync.sync()
    finally:
        colleague.close()


def screens(app: Any, session: Any, main: Any, first: bool) -> Iterator[tuple[str, Any]]:
    """The team screens over the demo's family shown, ("<n>-<name>", widget) one at a time;
    `first`: share the family and make the changes first (once per demo)."""
    from veldwerk.ui.team.team_dialog import TeamDialog

    if first:
        ref = main.current_family.ref
        session.worker.call(lambda ws: share_with_backup(ws, ref))
        shots.spin(app, 60, lambda: session.worker.idle)
        session.team_sync.sync_now()
        strip = main.detail.team_strip
        shots.spin(app, 60, lambda: strip.conflict_box.isVisible() and session.worker.idle)
    dialog = TeamDialog(session.worker, main)
    dialog.show()
    shots.spin(app, 10, lambda: session.worker.idle)
    yield "1-settings", dialog
    dialog.close()
    main.detail.set_current_tab(0)
    yield "2-away", main
    journey = next(t for t in main.detail.tabs if hasattr(t, "set_team_changes"))
    main.detail.set_current_tab(main.detail.tabs.index(journey))
    yield "3-journey", main
    main.detail.set_current_tab(0)
    resolve = main.detail.team_strip.resolve()
    if resolve is not None:
        yield "4-resolve", resolve
        resolve.close()
        shots.spin(app, 5, lambda: not resolve.isVisible())


def main(argv: list[str] | None = None) -> int:
    args = shots.parser(
        "python -m veldwerk.ui.screenshots.team", "Render the team screens to PNG."
    ).parse_args(argv)
    shots.prepare_environment()
    langs = args.lang or ["nl", "en"]

    def each(app: Any, session: Any, window: Any, lang: str) -> None:
        for name, widget in screens(app, session, window, lang == langs[0]):
            shots.save(widget, app, args.outdir / f"team-{name}-{lang}.png")

    return shots.with_demo(args.outdir, langs, each)


if __name__ == "__main__":
    sys.exit(main())
