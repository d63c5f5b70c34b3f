"""Render the screens of issue 14's handover notes and closing to PNG, offscreen, in Dutch and
English, over the demo:

    python -m veldwerk.ui.screenshots.casework OUTDIR [--lang nl|en]

Images: casework-1-change-contact-<lang>.png (the change-contact dialog with a reason, a warm
handover and a note filled in), casework-2-contact-history-<lang>.png (the same dialog after
that change was saved: its history lists the notes), casework-3-contact-card-<lang>.png (the
main window: the contact card shows the notes under the new backup), casework-4-close-<lang>.png
(the close dialog with a reason and a note), casework-5-reopen-<lang>.png (the reopen dialog of
that family, closed a moment ago) and casework-6-reopen-no-primary-<lang>.png (the demo's closed
family, whose fixed contact ended: it cannot be reopened yet, and says why). The demo is a
throwaway profile: the handover, the closing and the reopening are really saved.
Today is fixed to 2026-11-24 unless VELDWERK_TODAY says otherwise.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from veldwerk.domain import clock
from veldwerk.domain.contacts import eligible_for_role
from veldwerk.ui.screenshots import shots

NOTE = {
    "nl": "Moeder belt liever 's ochtends. Afspraak bij de verloskundige op 3 december: "
    "graag samen gaan.",
    "en": "Mother prefers a call in the morning. Appointment with the midwife on 3 December: "
    "please go together.",
}
CLOSING_NOTE = {
    "nl": "Het gaat goed met het gezin; de kraamzorg is afgerond.",
    "en": "The family is doing well; maternity care has ended.",
}


def _close(app: Any, main: Any, dialog: Any) -> None:
    dialog.forget()
    dialog.reject()
    shots.spin(app, 1, lambda: dialog not in main.open_dialogs)


def _show_family(app: Any, session: Any, main: Any, row: int) -> None:
    model = main.list_panel.model
    main.list_panel.view.setCurrentIndex(model.index(row, 0))
    shots.spin(app, 10, lambda: main.current_family is not None and session.worker.idle)


def screens(app: Any, session: Any, main: Any, lang: str) -> Iterator[tuple[str, Any]]:
    """(name, widget) of each screen, in the current language; each dialog is closed when the
    next is asked for."""
    family = main.current_family
    assert family is not None
    people = eligible_for_role(family, "backup", clock.today())
    dialog = main.change_contact("backup")
    if people:
        dialog.choose(people[0].id)
    dialog.reason.setCurrentIndex(dialog.reason.findData("leave"))
    dialog.warm.setChecked(True)
    dialog.note.setPlainText(NOTE.get(lang, NOTE["en"]))
    yield "1-change-contact", dialog
    if people:
        dialog.ok_button.click()
        shots.spin(app, 20, lambda: dialog not in main.open_dialogs and session.worker.idle)
    else:
        _close(app, main, dialog)
    history = main.change_contact("backup")
    yield "2-contact-history", history
    _close(app, main, history)
    yield "3-contact-card", main

    closing = main.closing.close_family()
    if closing is not None:
        closing.choose_reason("goals_reached")
        closing.note.setPlainText(CLOSING_NOTE.get(lang, CLOSING_NOTE["en"]))
        yield "4-close", closing
        closing.ok_button.click()  # closed for real, then reopened: the next screen
        shots.spin(app, 20, lambda: closing not in main.open_dialogs and session.worker.idle)
        reopen = main.closing.reopen_family()
        if reopen is not None:
            yield "5-reopen", reopen
            reopen.ok_button.click()
            shots.spin(app, 20, lambda: reopen not in main.open_dialogs and session.worker.idle)

    rows = main.list_panel.model
    closed = next(
        (i for i in range(rows.rowCount()) if (s := rows.summary(i)) and s.status == "closed"),
        None,
    )
    if closed is not None and family.key is not None:
        _show_family(app, session, main, closed)
        blocked = main.closing.reopen_family()
        if blocked is not None:
            yield "6-reopen-no-primary", blocked
            _close(app, main, blocked)
        shown = rows.row_of(family.key)
        if shown is not None:
            _show_family(app, session, main, shown)


def shoot(outdir: Path, langs: list[str]) -> int:
    def draw(app: Any, session: Any, main: Any, lang: str) -> None:
        for name, widget in screens(app, session, main, lang):
            shots.save(widget, app, outdir / f"casework-{name}-{lang}.png")

    return shots.with_demo(outdir, langs, draw)


def main(argv: list[str] | None = None) -> int:
    args = shots.parser(
        "python -m veldwerk.ui.screenshots.casework",
        "Render the handover notes and the closing dialogs to PNG.",
    ).parse_args(argv)
    shots.prepare_environment()
    return shoot(args.outdir, args.lang or ["nl", "en"])


if __name__ == "__main__":
    sys.exit(main())
