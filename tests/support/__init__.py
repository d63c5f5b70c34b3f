"""Helpers shared by the tests (no tests and no fixtures here, except where a module's fixtures
are imported by name into the test modules that use them: `support.tabs`, `support.learning_ui`).

`pyproject.toml` puts ``tests/`` on the import path, so a test writes
``from support.common import EXAMPLE, PASSPHRASE``. Fixtures that every test may use live in
the ``conftest.py`` files."""
