"""The services: the one API for the GUI and the command line (families, config, admin,
learning, reports, and the Learning data overview).

How they are put together (`veldwerk.workspace.Workspace` is the composition root):

- A service gets what it needs passed to its constructor: the `Database` (its factory of units
  of work), the profile folders it writes in, and the other services it calls. No service
  imports the workspace or reaches another through it; import-linter's layers contract
  (pyproject.toml) keeps it that way.
- One unit of work per use case. Every service method that touches the database and may be
  part of a bigger use case takes an optional keyword `uow`. Given, the method works inside
  that unit of work, and its own `commit()` does nothing (`services.uow.LentUnitOfWork`): the
  caller that opened the unit of work commits once, at the end. Not given, the method opens its
  own unit of work and commits it. Inside a method this is always the same one line:
  ``with unit_of_work(self._db, uow, write=...) as uow:`` (`services.uow`).
- So a use case that spans two services opens one unit of work and passes it down, e.g.
  `LearningService.build` reads the region through `ConfigService.get(..., uow=uow)` in the
  transaction that takes the bundle's sequence number, and `LearningOverview.snapshot` reads the
  families, settings, records and reflections of the Learning data window in one transaction.
- What only follows once a change is stored (a learning export rebuilt after a withdrawal, the
  database's checkpoint after an erasure) runs after the commit, in its own unit of work.
"""
