"""Fixtures shared by every test: a fixed 'today', a private log folder, the spec's example case
file, and a real encrypted profile in a temporary folder (fast key derivation, for tests only)."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
pytest.register_assert_rewrite("support")  # the helpers' asserts explain themselves too

from support.common import COORDINATOR_PASSPHRASE, DATA, EXAMPLE, PASSPHRASE, TODAY  # noqa: E402

__all__ = ["DATA", "EXAMPLE", "PASSPHRASE", "TODAY"]
"""Re-exported for tests that still write ``from conftest import ...`` (use `support.common`)."""


@pytest.fixture(autouse=True)
def _fixed_today_and_private_logs(monkeypatch: pytest.MonkeyPatch, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    """Every test runs on 2026-11-24 and logs into its own folder, never the user's."""
    monkeypatch.setenv("VELDWERK_TODAY", TODAY.isoformat())
    monkeypatch.setenv("VELDWERK_LOG_DIR", str(tmp_path_factory.mktemp("logs")))
    for var in (
        "VELDWERK_PASSPHRASE",
        "VELDWERK_NEW_PASSPHRASE",
        "VELDWERK_RECOVERY_KEY",
        "VELDWERK_DATA_DIR",
        "VELDWERK_LANG",
    ):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture(autouse=True)
def _fast_key_derivation(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Outside the key store's own tests (tests/store, which hold Argon2id's real cost to
    account), a profile made or re-keyed without explicit parameters derives its key with the
    small test parameters: a real derivation costs about 0.4 s (over a second on a busy
    machine), and the command-line, service and window tests made, changed and raised some 80 of
    them without testing the cost. A test marked `real_kdf` keeps the real parameters
    (tests/cli/test_cli_real_kdf.py, for the path that must show them)."""
    if request.node.path.parent.name == "store":
        return
    if request.node.get_closest_marker("real_kdf") is None:
        from veldwerk.store import keys

        monkeypatch.setattr(keys, "DEFAULT_KDF", keys.FAST_KDF_FOR_TESTS)


@pytest.fixture(autouse=True)
def _coordinator_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every coordinator database a test opens is encrypted with `COORDINATOR_PASSPHRASE`
    (given as scripts give it, in the environment) and a new one is made with the small test
    parameters of Argon2id; a test of the passphrase itself removes the variable."""
    from veldwerk.coordinator import db_key
    from veldwerk.store.keys import FAST_KDF_FOR_TESTS

    monkeypatch.setenv(db_key.ENV_PASSPHRASE, COORDINATOR_PASSPHRASE)
    monkeypatch.setattr(db_key, "KDF", FAST_KDF_FOR_TESTS)


@pytest.fixture(autouse=True)
def _collect_garbage_after_each_test() -> Iterator[None]:
    """The app turns Python's automatic collection off while its database thread lives (see
    `veldwerk.ui.gc_guard`); collect here so one test's windows and translators are gone before
    the next test starts.

    What is still alive after a test (modules, pytest's own records, module fixtures) is then
    frozen out of the collector's sight, as the app's `gc_guard.settle()` does: a full collection
    over everything the test run has imported took about 0.2 s, after every one of some 1,250
    tests; over what one test made it takes next to nothing."""
    yield
    gc.collect()
    gc.freeze()


_QT_MODULES: set[Path] = set()
"""The test modules with a test that uses Qt (its fixtures include pytest-qt's `qapp`)."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    _QT_MODULES.update(item.path for item in items if "qapp" in getattr(item, "fixturenames", ()))


@pytest.fixture(scope="module", autouse=True)
def _collect_everything_after_each_qt_module(request: pytest.FixtureRequest) -> Iterator[None]:
    """Once a Qt module's fixtures are gone (a module-wide window, say), the collector sees
    every object again and collects them all, so nothing of its windows outlives the module.
    (What other modules leave frozen is plain Python, collected at the next full collection.)"""
    yield
    if request.path in _QT_MODULES:
        gc.unfreeze()
        gc.collect()
        gc.freeze()


@pytest.fixture
def example_bytes() -> bytes:
    return EXAMPLE.read_bytes()


@pytest.fixture
def profile_dir(tmp_path: Path) -> Path:
    return tmp_path / "profile"


@pytest.fixture
def workspace(profile_dir: Path) -> Iterator:  # type: ignore[type-arg]
    """A new, open, empty profile (Argon2id with the small test parameters; a copy of one made
    once per test process, see `support.profiles`)."""
    from support.profiles import new_profile
    from veldwerk.workspace import Workspace

    new_profile(profile_dir, example=False)
    ws = Workspace.open(profile_dir, PASSPHRASE)
    try:
        yield ws
    finally:
        ws.close()


@pytest.fixture
def example_workspace(workspace):  # type: ignore[no-untyped-def]
    """A profile holding the three families of the spec's example."""
    workspace.families.import_file(EXAMPLE)
    return workspace
