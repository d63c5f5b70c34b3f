"""Render drafts that survive to PNG, offscreen, in Dutch and English, over the demo: the calm
question after unlocking ("Je was iets aan het invullen voor Gezin …") and the step dialog
reopened with the text that was typed before the lock.

    python -m veldwerk.ui.screenshots.drafts OUTDIR [--lang nl|en]

Images: drafts-1-question-<lang>.png, drafts-2-reopened-<lang>.png. The question is asked
through the real path (`DraftKeeper.ask_about`, the dialog seam's message box), with the draft
of a step whose description was being typed; the message box is grabbed where it would wait
for the user, who answers "continue" (the default button).
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from veldwerk.ui.screenshots import shots

TYPED = (
    "Huisbezoek met de verloskundige. Moeder vertelde over de slapeloze nachten en de zorgen "
    "over de huur; afgesproken dat we volgende week samen"
)


def shoot(outdir: Path, langs: list[str]) -> int:
    from PySide6.QtWidgets import QMessageBox

    from veldwerk.services.drafts import Draft

    def draw(app: Any, session: Any, main: Any, lang: str) -> None:
        family = main.current_family
        step = max(family.journey, key=lambda e: (bool(e.barriers) + bool(e.enablers), e.date))
        typing = main.detail.tabs[2].open_editor(step.key)
        typing.description.setPlainText(TYPED)
        draft = Draft(
            typing.draft_key(), typing.draft_values(), datetime.now(), family.ref, family.name
        )
        typing.discard()
        shots.spin(app, 0.1, lambda: not typing.isVisible())

        def grab_instead_of_waiting(box: QMessageBox) -> int:
            box.show()
            shots.save(box, app, outdir / f"drafts-1-question-{lang}.png")
            box.hide()
            return 0  # no button clicked: the default, "continue"

        reopened: list[Any] = []
        session.drafts.reopened.connect(reopened.append)
        session.drafts.end_lock()  # nothing asked about yet in this language
        original = QMessageBox.exec
        QMessageBox.exec = grab_instead_of_waiting  # type: ignore[method-assign,assignment]
        try:
            session.drafts.ask_about([draft])
        finally:
            QMessageBox.exec = original  # type: ignore[method-assign]
        session.drafts.reopened.disconnect(reopened.append)
        shots.spin(app, 5, lambda: bool(reopened))
        dialog = reopened[0]
        dialog.description.setFocus()
        shots.save(dialog, app, outdir / f"drafts-2-reopened-{lang}.png")
        dialog.discard()
        shots.spin(app, 0.1, lambda: not dialog.isVisible())

    return shots.with_demo(outdir, langs, draw)


def main(argv: list[str] | None = None) -> int:
    args = shots.parser(
        "python -m veldwerk.ui.screenshots.drafts", "Render drafts that survive to PNG."
    ).parse_args(argv)
    shots.prepare_environment()
    return shoot(args.outdir, args.lang or ["nl", "en"])


if __name__ == "__main__":
    sys.exit(main())
