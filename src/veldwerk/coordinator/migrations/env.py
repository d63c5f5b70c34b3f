"""Alembic environment of the coordinator database: migrations run on a connection the
coordinator already opened, inside its transaction (which holds the lock that keeps two
coordinators from migrating one database at the same time); no URL, no offline mode."""

from __future__ import annotations

from alembic import context

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    render_as_batch=connection.dialect.name == "sqlite",
    transactional_ddl=True,
    version_table="coordinator_alembic_version",
)
with context.begin_transaction():
    context.run_migrations()
