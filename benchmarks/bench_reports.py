"""Time to build each one-page overview for a large family, in process after warm-up.

Target: under 100 ms per build. The yardstick is a plain one-page reportlab document with the
same embedded font; the ratio to it is printed too.

    .venv/bin/python benchmarks/bench_reports.py [--rounds 30]
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from timing import timed  # noqa: E402

from support.report_families import TODAY  # noqa: E402
from support.report_stress import stress_family  # noqa: E402
from veldwerk.reports import fonts  # noqa: E402
from veldwerk.reports.family_overview import build_family_overview  # noqa: E402
from veldwerk.reports.team_overview import build_team_overview  # noqa: E402


def plain_document() -> bytes:
    """One A4 page with a heading and a paragraph in the embedded font: the yardstick."""
    buffer = io.BytesIO()
    c = Canvas(buffer, initialFontName=fonts.REGULAR, invariant=1)
    c.setFont(fonts.BOLD, 16)
    c.drawString(72, 770, "Gezin Yılmaz")
    c.setFont(fonts.REGULAR, 10)
    for i in range(30):
        c.drawString(72, 740 - 14 * i, f"Regel {i}: Şükrü Öztürk, Łukasz Wąsik, Nguyễn Thị Hà")
    c.showPage()
    c.save()
    return buffer.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    fonts.ensure_fonts()
    family = stress_family()
    print(
        f"large family: {len(family.network)} network members, {len(family.journey)} events, "
        f"{len(family.goals)} goals; median of {args.rounds} builds after warm-up"
    )
    plain = timed(plain_document, args.rounds, warm_up=3) * 1000
    print(f"{'plain one-page document (embedded font)':44s} {plain:7.1f} ms")
    for name, build in (
        ("team version", build_team_overview),
        ("family version", build_family_overview),
    ):
        for lang in ("nl", "en"):
            ms = 1000 * timed(
                lambda b=build, lang=lang: b(family, lang=lang, today=TODAY), args.rounds, warm_up=3
            )
            verdict = "ok" if ms < 100 else "TOO SLOW"
            print(
                f"{name + ' (' + lang + ')':44s} {ms:7.1f} ms  {ms / plain:5.1f}x plain  {verdict}"
            )


if __name__ == "__main__":
    main()
