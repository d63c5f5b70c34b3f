"""Reading in folders other people can write (veldwerk.files.safe_open): no links, only regular
files, never more than the cap; the Windows way (lstat, open, compare) tested here too."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from veldwerk.files import (
    FileTooLarge,
    IsLink,
    NotRegularFile,
    RefusedFile,
    open_no_follow,
    read_bounded,
    safe_open,
)

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX links and FIFOs")

OPENERS = {"posix": safe_open._open_posix, "windows": safe_open._open_windows}


def _read_with(opener: Callable[[Path, int], int], path: Path, cap: int) -> bytes:
    fd = opener(path, cap)
    with os.fdopen(fd, "rb") as f:
        return f.read()


def test_a_regular_file_up_to_the_cap_is_read(tmp_path: Path) -> None:
    """The ordinary case: all bytes, also exactly at the cap (and an empty file)."""
    path = tmp_path / "bundle.vwlb"
    path.write_bytes(b"0123456789")
    assert read_bounded(path, 10) == b"0123456789"
    assert read_bounded(path, 1000) == b"0123456789"
    with open_no_follow(path, 10) as f:
        assert f.read() == b"0123456789"
    (tmp_path / "empty").write_bytes(b"")
    assert read_bounded(tmp_path / "empty", 0) == b""


@pytest.mark.parametrize("way", sorted(OPENERS))
def test_a_link_is_refused(tmp_path: Path, way: str) -> None:
    """Protects files elsewhere: a symlink (to a file, to a folder, dangling) is refused as a
    link, its target never read."""
    secret = tmp_path / "secret.txt"
    secret.write_bytes(b"private")
    for name, target in (("a", secret), ("b", tmp_path), ("c", tmp_path / "nowhere")):
        link = tmp_path / name
        link.symlink_to(target)
        with pytest.raises(IsLink) as caught:
            _read_with(OPENERS[way], link, 100)
        assert caught.value.reason == "link" and caught.value.path == link
    with pytest.raises(IsLink):
        read_bounded(tmp_path / "a", 100)


@pytest.mark.parametrize("way", sorted(OPENERS))
def test_a_fifo_is_refused_without_hanging(tmp_path: Path, way: str) -> None:
    """Protects the sync from hanging for ever: a FIFO planted under a bundle name (nobody
    writes it) is refused as not a regular file, within a second."""
    fifo = tmp_path / "planted.vwlb"
    os.mkfifo(fifo)
    outcome: list[Any] = []

    def attempt() -> None:
        try:
            _read_with(OPENERS[way], fifo, 100)
        except Exception as exc:
            outcome.append(exc)

    worker = threading.Thread(target=attempt, daemon=True)
    worker.start()
    worker.join(timeout=1.0)
    assert not worker.is_alive(), "opening a FIFO hung"
    assert len(outcome) == 1 and isinstance(outcome[0], NotRegularFile)


@pytest.mark.parametrize("way", sorted(OPENERS))
def test_a_folder_is_refused(tmp_path: Path, way: str) -> None:
    """A folder under the name is not a file to read."""
    (tmp_path / "dir.vwlb").mkdir()
    with pytest.raises(NotRegularFile) as caught:
        _read_with(OPENERS[way], tmp_path / "dir.vwlb", 100)
    assert isinstance(caught.value, RefusedFile) and isinstance(caught.value, OSError)


@pytest.mark.parametrize("way", sorted(OPENERS))
def test_a_file_over_the_cap_is_refused_before_reading(tmp_path: Path, way: str) -> None:
    """Protects memory: a file larger than the cap is refused from its size."""
    path = tmp_path / "huge.vwlb"
    path.write_bytes(b"x" * 101)
    with pytest.raises(FileTooLarge) as caught:
        _read_with(OPENERS[way], path, 100)
    assert caught.value.reason == "too_large"


class _Counting:
    """A file object that counts the bytes read from it."""

    def __init__(self, inner: Any, counter: list[int]) -> None:
        self._inner = inner
        self._counter = counter

    def read(self, n: int = -1) -> bytes:
        data = self._inner.read(n)
        self._counter[0] += len(data)
        return data

    def __enter__(self) -> _Counting:
        return self

    def __exit__(self, *exc: object) -> None:
        self._inner.close()


def test_a_file_that_grows_past_the_cap_is_refused_after_cap_plus_one_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Protects memory against a file that grows after it was measured (here: the size check
    at opening is skipped): at most cap + 1 bytes are read, then FileTooLarge."""
    path = tmp_path / "growing.vwlb"
    path.write_bytes(b"x" * 5_000_000)
    counter = [0]
    real_open = safe_open.open_no_follow

    def lenient_open(p: Path, cap: int) -> _Counting:
        return _Counting(real_open(p, 10**9), counter)

    monkeypatch.setattr(safe_open, "open_no_follow", lenient_open)
    with pytest.raises(FileTooLarge):
        safe_open.read_bounded(path, 1000)
    assert counter[0] == 1001


def test_the_windows_way_refuses_a_file_swapped_after_lstat(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Protects the Windows check (no O_NOFOLLOW there): when the name points at another file
    between `lstat` and the open, the identities differ and it is refused as a link."""
    path = tmp_path / "bundle.vwlb"
    path.write_bytes(b"checked")
    other = tmp_path / "other"
    other.write_bytes(b"swapped")
    real_lstat = os.lstat

    def lstat_then_swap(p: Any, *args: Any, **kwargs: Any) -> os.stat_result:
        seen = real_lstat(p, *args, **kwargs)
        if Path(p) == path:
            os.replace(other, path)
        return seen

    monkeypatch.setattr(os, "lstat", lstat_then_swap)
    with pytest.raises(IsLink):
        safe_open._open_windows(path, 100)
    monkeypatch.undo()
    assert _read_with(safe_open._open_windows, path, 100) == b"swapped"
