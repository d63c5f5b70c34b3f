"""The one way a service method joins a use case's unit of work (the pattern is described in
`veldwerk.services`): `unit_of_work(db, uow, write=...)` gives the caller's unit of work when one
is passed, lent so that its `commit()` is left to the caller, or else a new one of its own."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from veldwerk.store.database import Database, UnitOfWork


class LentUnitOfWork(UnitOfWork):
    """A caller's unit of work, lent to a service method: the same connection and transaction,
    but `commit()` does nothing, because the caller commits once, at the end of its use case."""

    def commit(self) -> None:
        return None


@contextmanager
def unit_of_work(
    db: Database, uow: UnitOfWork | None = None, *, write: bool = False
) -> Iterator[UnitOfWork]:
    """`uow` lent when given, else a new unit of work (a writer with `write`). A method that
    writes needs a writing unit of work: lending it a reader is a programming error (SQLite
    would upgrade the reader's lock half-way and could fail on a busy database)."""
    if uow is None:
        with db.unit_of_work(write=write) as own:
            yield own
        return
    if write and not uow.writes:
        raise RuntimeError("this step writes: open the use case's unit of work with write=True")
    yield uow if isinstance(uow, LentUnitOfWork) else LentUnitOfWork(uow.conn, writes=uow.writes)
