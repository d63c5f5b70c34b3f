"""`python -m veldwerk`, the `veldwerk` console script and the frozen app's entry point."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    if getattr(sys, "frozen", False):
        # A frozen app's worker processes (the coordinator's bundle checks) and multiprocessing's
        # resource tracker are this same executable started again: freeze_support runs their
        # work and exits, before the command line is read (PyInstaller's runtime hook makes it
        # work on every platform). The start method is chosen where the pool is made
        # (coordinator/checker.py: spawn everywhere).
        import multiprocessing

        multiprocessing.freeze_support()
        # The program folder is not ours to write to (it may be read-only, or shared): Alembic
        # compiles the migration scripts it reads there, so no __pycache__ is written.
        sys.dont_write_bytecode = True
    from veldwerk.cli.main import main as cli_main

    return cli_main(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
