"""The coordinator: collect ► verify ► keep newest ► aggregate ► suppress ► report.

A coordinator points veldwerk at the shared folder the case directors' profiles deliver their
learning bundles to, and gets what their practice is learning, without ever seeing who a family
is and without publishing a number small enough to point at one.

- `database.open_database(url)`: the coordinator's own database (SQLite by default, PostgreSQL
  by URL), migrated with its own Alembic environment (`migrations/`).
- `collect.collect(folder, db, private_key=, trusted_keys=, progress=, cancel=)`: read, verify
  (`verify.py`), count only enrolled installations (`enrolment.py`, pure; the others wait on
  the waiting list, `enrolment_store.py`), newest-wins (`newest.py`, pure), store; a bad file
  is listed, never fatal; incremental by content hash.
- `repository.load_families(conn)`: the kept families' facts (`facts.py`).
- `overview.build_overview(families, threshold, selection)`: everything published, counted
  (`aggregate.py`, `metrics.py`) and protected (`suppress.py`: threshold, hiding, totals,
  percentages; `perturb.py`: rounding) in one place, for the full report and every filtered
  view; pure.
- `outputs.write_outputs(...)`: aggregates.csv, metrics.csv, rejected.csv and report.pdf
  (`report.py`); `waiting.write_waiting(...)`: waiting.csv; every CSV file through
  `csv_safe.write_csv` (no cell runs as a formula).
  `docs/coordinator-outputs.md` says what every column means.

- `service.CoordinatorService(db_url, trusted_keys=, workers=)`: the use cases above as one call
  each (collect, families, outputs, report, key loading), the one core under both front ends.

Only this package (besides store/) imports SQLAlchemy; the window (`ui/coordinator`) and the
commands (`cli/collect_cmd.py`, `cli/coordinator_cmd.py`) call the service, and the window never
imports the modules that touch the database (an import-linter contract).
"""
