"""Render the Inzage view (the access log of one family, issue 15) to PNG, offscreen, in Dutch
and English, over the demo, and the pages of the family's access report.

    python -m veldwerk.ui.screenshots.access OUTDIR [--lang nl|en]

Images: access-1-all-<lang>.png (entries of several kinds: viewed, printed, saved, exported,
a colleague's change as backup), access-2-filtered-<lang>.png (only what was viewed, in the
last 30 days), and access-report-<page>-<lang>.png for every page of the report (needs
`pdftoppm`; in English page 1 only). The compiled translations must be built first
(scripts/build_translations.py).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from veldwerk.ui.screenshots import shots


def _ready(view: Any, worker: Any) -> Any:
    return lambda: worker.idle and view.table.rowCount() > 0


def screens(app: Any, session: Any, main: Any) -> Iterator[tuple[str, Any]]:
    """The Inzage view of the family shown, all entries, then filtered: (name, view)."""
    from veldwerk.samples import access_demo
    from veldwerk.ui.access_view import AccessView, choose_action

    family = main.current_family
    assert family is not None
    worker = session.worker
    if not main.property("accessDemo"):
        main.setProperty("accessDemo", True)
        worker.call(lambda ws: access_demo.fill(ws, family.ref))
        shots.spin(app, 10, lambda: worker.idle)
    view = AccessView(worker, family, main)
    view.open()
    shots.spin(app, 10, _ready(view, worker))
    yield "1-all", view
    view.period.setCurrentIndex(2)
    choose_action(view, "view")
    shots.spin(app, 10, _ready(view, worker))
    yield "2-filtered", view
    view.close()
    shots.spin(app, 0.05, lambda: not view.isVisible())


def _report_pages(session: Any, app: Any, ref: str, lang: str, outdir: Path) -> list[Path]:
    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found: no report pages", file=sys.stderr)
        return []
    box: dict[str, bytes] = {}
    session.worker.call(
        lambda ws: ws.access_report.pdf(ref, lang=lang), lambda pdf: box.update(pdf=pdf)
    )
    shots.spin(app, 30, lambda: "pdf" in box)
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "r.pdf"
        pdf.write_bytes(box["pdf"])
        last = [] if lang == "nl" else ["-l", "1"]
        subprocess.run(["pdftoppm", "-png", "-r", "60", *last, str(pdf), f"{tmp}/p"], check=True)
        out = []
        for page in sorted(Path(tmp).glob("p-*.png")):
            n = int(page.stem.split("-")[-1])
            target = outdir / f"access-report-{n}-{lang}.png"
            shutil.copyfile(page, target)
            out.append(target)
        return out


def shoot(outdir: Path, langs: list[str]) -> int:
    def draw(app: Any, session: Any, main: Any, lang: str) -> None:
        for name, view in screens(app, session, main):
            shots.save(view, app, outdir / f"access-{name}-{lang}.png")
        _report_pages(session, app, main.current_family.ref, lang, outdir)

    return shots.with_demo(outdir, langs, draw)


def main(argv: list[str] | None = None) -> int:
    args = shots.parser(
        "python -m veldwerk.ui.screenshots.access", "Render the Inzage view to PNG."
    ).parse_args(argv)
    shots.prepare_environment()
    return shoot(args.outdir, args.lang or ["nl", "en"])


if __name__ == "__main__":
    sys.exit(main())
