"""`python -m veldwerk.ui.accessibility_audit [--lang nl|en] [--part main|tabs|...]`: walk every
screen and print each finding; exit status 1 when there is any, 0 when there is none."""

from __future__ import annotations

import argparse
import sys

from veldwerk.ui.accessibility_audit import LANGS, PARTS, run
from veldwerk.ui.screenshots import shots


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m veldwerk.ui.accessibility_audit",
        description="Check every screen for names, contrast and keyboard reach.",
    )
    parser.add_argument("--lang", choices=LANGS, action="append")
    parser.add_argument("--part", choices=PARTS, action="append")
    args = parser.parse_args(argv)
    shots.prepare_environment()
    report = run(args.lang or LANGS, tuple(args.part or PARTS))
    for finding in report:
        print(finding)
    print(f"{len(report)} finding(s) on {len(report.screens)} screen(s)")
    return 1 if len(report) else 0


if __name__ == "__main__":
    sys.exit(main())
