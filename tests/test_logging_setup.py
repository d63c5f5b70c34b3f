"""The log is the user's own: its folder is 0700 and the log file and every rotation of it 0600,
whatever the umask (it was world-readable), and files an older version left readable are made
private when the log is opened again."""

from __future__ import annotations

import logging
import logging.handlers
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from veldwerk.logging_setup import configure_logging

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def log_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A log folder that does not exist yet, under a permissive umask; the veldwerk logger is
    put back as it was afterwards."""
    folder = tmp_path / "state" / "log"
    monkeypatch.setenv("VELDWERK_LOG_DIR", str(folder))
    logger = logging.getLogger("veldwerk")
    saved = (list(logger.handlers), logger.level, logger.propagate)
    old_umask = os.umask(0o022)
    try:
        yield folder
    finally:
        os.umask(old_umask)
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
            handler.close()
        for handler in saved[0]:
            logger.addHandler(handler)
        logger.setLevel(saved[1])
        logger.propagate = saved[2]


def file_handler() -> logging.handlers.RotatingFileHandler:
    (handler,) = logging.getLogger("veldwerk").handlers
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    return handler


def test_log_folder_file_and_rotations_are_private(log_folder: Path) -> None:
    """The folder is made 0700 and the file 0600; after forced rotations every file is 0600."""
    configure_logging()
    log = logging.getLogger("veldwerk.test")
    log.info("first")
    assert mode(log_folder) == 0o700
    assert mode(log_folder / "veldwerk.log") == 0o600
    handler = file_handler()
    for i in range(4):
        handler.doRollover()
        log.info("after rotation %d", i)
    files = sorted(log_folder.iterdir())
    assert [f.name for f in files] == [
        "veldwerk.log",
        "veldwerk.log.1",
        "veldwerk.log.2",
        "veldwerk.log.3",
    ]
    assert {f.name: mode(f) for f in files} == {f.name: 0o600 for f in files}
    assert "after rotation 3" in (log_folder / "veldwerk.log").read_text(encoding="utf-8")


def test_a_rotation_by_size_is_private(log_folder: Path) -> None:
    """A rotation the handler does itself (the file reached its size) gives private files."""
    configure_logging()
    handler = file_handler()
    handler.maxBytes = 200
    log = logging.getLogger("veldwerk.test")
    for i in range(10):
        log.info("line %d %s", i, "x" * 40)
    assert (log_folder / "veldwerk.log.1").exists()
    assert {mode(f) for f in log_folder.iterdir()} == {0o600}


def test_files_an_older_version_left_readable_are_made_private(log_folder: Path) -> None:
    """An existing log and rotation with mode 0644 in a 0755 folder become 0600 and 0700."""
    log_folder.mkdir(parents=True)
    log_folder.chmod(0o755)
    for name in ("veldwerk.log", "veldwerk.log.1"):
        (log_folder / name).write_text("old\n", encoding="utf-8")
        (log_folder / name).chmod(0o644)
    configure_logging()
    logging.getLogger("veldwerk.test").info("again")
    assert mode(log_folder) == 0o700
    assert {f.name: mode(f) for f in log_folder.iterdir()} == {
        "veldwerk.log": 0o600,
        "veldwerk.log.1": 0o600,
    }
