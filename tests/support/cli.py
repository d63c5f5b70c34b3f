"""Running the command line inside a test: `run(capsys, *argv)` gives the exit code, standard
output and standard error of `veldwerk ARGV...` (the same entry point as the installed command)."""

from __future__ import annotations

from typing import Any

from veldwerk.__main__ import main


def run(capsys: Any, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err
