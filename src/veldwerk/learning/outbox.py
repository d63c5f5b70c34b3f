"""The outbox: bundles wait here until the shared folder can be reached.

Offline first. `Outbox.put` writes a new bundle into the outbox folder; `Outbox.deliver` copies
waiting bundles to the shared folder (the target) and moves them to ``sent/``. A bundle is a full
snapshot, so a newer bundle of the same installation replaces older ones still waiting: the
coordinator keeps only the newest, and a family whose consent was withdrawn must not travel in a
stale bundle. For the same reason a withdrawal drops every waiting bundle (`drop_pending`; the
learning service then builds a new one), and once a newer bundle is delivered, this
installation's older ones are removed from the shared folder (`prune`).

Delivery of one bundle: `veldwerk.files.write_atomically` into the target, through a temporary
``.<name>.<random>.partial`` made with ``O_EXCL`` (never written through a planted link), renamed
to ``<installation_id>-<sequence:08d>.vwlb``, the folder fsynced. A reader never sees half a
bundle under a final name (and a ``.partial`` file never passes `read_bundle`); temporary files
a crash left are removed by `prune` after the next delivery. Exactly once:

- one delivery at a time per outbox, by an exclusive lock file (released by the operating system
  if the process dies); a second `deliver` at the same moment returns at once with ``busy``;
- the final name is deterministic, and a final file that is already there with the same bytes
  counts as delivered (a crash after the rename and before the move to ``sent/``).

When the target is missing or cannot be written, nothing moves: the bundles wait, and `status`
says how many, when the last delivery was and what went wrong (persisted in ``state.json``).
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from veldwerk.domain.errors import DomainError
from veldwerk.files import (
    FileLock,
    RefusedFile,
    fsync_dir,
    read_bounded,
    remove_stale_temps_in,
    write_atomically,
)
from veldwerk.learning.bundle import FILE_SUFFIX, bundle_file_name, peek
from veldwerk.learning.prune import PARTIAL_SUFFIX, remove_older_bundles
from veldwerk.texts import format_date, text

if TYPE_CHECKING:
    from veldwerk.progress import CancelToken

Progress = Callable[[int, int], None]

LOCK_FILE = ".lock"
STATE_FILE = "state.json"
SENT_DIR = "sent"
KEEP_SENT = 5
PUT_WAIT_SECONDS = 60.0
TARGET_FILE_MODE = 0o644

ERRORS: tuple[str, ...] = ("target_missing", "target_unwritable", "write_failed", "conflict")


@dataclass(frozen=True)
class OutboxStatus:
    waiting: int
    last_delivery: datetime | None
    last_attempt: datetime | None
    last_error: str | None
    """One of `ERRORS`, or None when the last attempt went well."""

    def describe(self, lang: str = "nl") -> str:
        """E.g. "2 bundels wachten op verzending. Laatst verzonden: 10-05-2026 14:02."."""
        if self.waiting == 0:
            parts = [text("learning.outbox.none_waiting", lang)]
        else:
            parts = [text("learning.outbox.waiting", lang, n=self.waiting)]
        if self.last_delivery is None:
            parts.append(text("learning.outbox.never_delivered", lang))
        else:
            when = format_date(self.last_delivery, lang, "moment")
            parts.append(text("learning.outbox.last_delivery", lang, when=when))
        if self.last_error is not None and self.waiting:
            parts.append(text(f"learning.outbox.{self.last_error}", lang))
        return " ".join(parts)


@dataclass(frozen=True)
class DeliveryResult:
    delivered: tuple[str, ...]
    """File names now in the target (written now, or found there already identical)."""
    waiting: int
    error: str | None = None
    """One of `ERRORS`, or None."""
    busy: bool = False
    """Another delivery was running; nothing was done."""

    @property
    def ok(self) -> bool:
        return self.error is None and not self.busy

    def message(self, lang: str = "nl") -> str:
        if self.busy:
            return text("learning.outbox.busy", lang)
        if self.error is not None:
            return text(f"learning.outbox.{self.error}", lang)
        return ""


class _Conflict(Exception):
    pass


def _same_content(path: Path, data: bytes) -> bool:
    """Whether `path` is a regular file holding exactly `data` (read without following a link,
    never more than one byte beyond `data`'s length)."""
    try:
        return read_bounded(path, len(data)) == data
    except (FileNotFoundError, RefusedFile):
        return False


def _sequence_of(name: str) -> int:
    return int(name[: -len(FILE_SUFFIX)].rsplit("-", 1)[1])


def _installation_of(name: str) -> str:
    return name[: -len(FILE_SUFFIX)].rsplit("-", 1)[0]


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(UTC).isoformat(timespec="seconds")


def _from_iso(text: Any) -> datetime | None:
    if not isinstance(text, str):
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


class Outbox:
    """Bundles waiting to be delivered, in one folder (mode 0700; files 0600)."""

    def __init__(self, directory: Path, *, now: Callable[[], datetime] | None = None) -> None:
        self.directory = directory
        self._now = now or (lambda: datetime.now(UTC))
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        (directory / SENT_DIR).mkdir(exist_ok=True, mode=0o700)

    # --- state ------------------------------------------------------------------------------

    def _load_state(self) -> dict[str, Any]:
        try:
            state = json.loads((self.directory / STATE_FILE).read_text("utf-8"))
        except (FileNotFoundError, ValueError):
            return {}
        return state if isinstance(state, dict) else {}

    def _save_state(self, state: dict[str, Any]) -> None:
        data = json.dumps(state, sort_keys=True, indent=1).encode("utf-8")
        write_atomically(self.directory / STATE_FILE, data, 0o600)

    def _lock(self) -> FileLock:
        return FileLock(self.directory / LOCK_FILE)

    @contextlib.contextmanager
    def _waiting_lock(self) -> Iterator[None]:
        """The outbox's lock, waiting up to `PUT_WAIT_SECONDS` for a delivery to finish."""
        lock = self._lock()
        deadline = time.monotonic() + PUT_WAIT_SECONDS
        while not lock.acquire():
            if time.monotonic() > deadline:
                raise DomainError("learning.outbox.busy")
            time.sleep(0.05)
        try:
            yield
        finally:
            lock.release()

    # --- adding -----------------------------------------------------------------------------

    def highest_sequence(self, installation_id: str) -> int:
        """The highest sequence of `installation_id` this outbox has seen (waiting, sent or
        remembered), 0 if none. A profile restored from an older backup must continue above
        it, or the coordinator would ignore its new bundles."""
        names = [p.name for p in self.pending()] + [p.name for p in self.sent()]
        seen = [_sequence_of(n) for n in names if _installation_of(n) == installation_id]
        remembered = self._load_state().get("highest_sequence", {})
        known = remembered.get(installation_id, 0) if isinstance(remembered, dict) else 0
        return max([*seen, known if isinstance(known, int) else 0, 0])

    def put(self, bundle: bytes, sequence: int) -> Path:
        """Add a bundle (atomically, mode 0600) and return its path. Waiting bundles of the same
        installation with a lower sequence are replaced by it. Putting the very same bundle
        twice is harmless; a different bundle with a sequence not above the highest seen is
        refused (ValueError), so the coordinator never gets two different bundles under one
        name."""
        label = peek(bundle)
        if label.sequence != sequence:
            raise ValueError("the sequence does not match the bundle's header")
        name = bundle_file_name(label.installation_id, sequence)
        path = self.directory / name
        with self._waiting_lock():
            remove_stale_temps_in(self.directory)  # left by a process killed while writing
            if _same_content(path, bundle) or _same_content(
                self.directory / SENT_DIR / name, bundle
            ):
                return path
            if sequence <= self.highest_sequence(label.installation_id):
                raise ValueError(f"sequence {sequence} is not above the highest seen")
            write_atomically(path, bundle, 0o600)
            for older in self.pending():
                if (
                    _installation_of(older.name) == label.installation_id
                    and _sequence_of(older.name) < sequence
                ):
                    older.unlink()
            state = self._load_state()
            highest = state.get("highest_sequence")
            highest = dict(highest) if isinstance(highest, dict) else {}
            highest[label.installation_id] = sequence
            state["highest_sequence"] = highest
            self._save_state(state)
            fsync_dir(self.directory)
            return path

    def drop_pending(self) -> int:
        """Remove every bundle still waiting (something in them was withdrawn: they must never
        be delivered); returns how many. A delivery running at this moment is waited for."""
        with self._waiting_lock():
            dropped = 0
            for path in self.pending():
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
                    dropped += 1
            fsync_dir(self.directory)
            return dropped

    def pending(self) -> list[Path]:
        """Bundles waiting for delivery, oldest first."""
        return sorted(
            p
            for p in self.directory.glob(f"*{FILE_SUFFIX}")
            if not p.name.startswith(".") and p.is_file()
        )

    def sent(self) -> list[Path]:
        """The last few delivered bundles (for the preview), oldest first."""
        return sorted(
            p
            for p in (self.directory / SENT_DIR).glob(f"*{FILE_SUFFIX}")
            if not p.name.startswith(".")
        )

    def latest(self) -> Path | None:
        """The newest bundle, waiting or sent (what the preview shows)."""
        both = self.pending() + self.sent()
        return max(both, key=lambda p: _sequence_of(p.name)) if both else None

    def status(self) -> OutboxStatus:
        state = self._load_state()
        error = state.get("last_error")
        return OutboxStatus(
            waiting=len(self.pending()),
            last_delivery=_from_iso(state.get("last_delivery")),
            last_attempt=_from_iso(state.get("last_attempt")),
            last_error=error if error in ERRORS else None,
        )

    # --- delivering -------------------------------------------------------------------------

    def deliver(
        self,
        target: Path,
        *,
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
    ) -> DeliveryResult:
        """Deliver every waiting bundle to the shared folder `target`, oldest first. Never
        raises for an unreachable or unwritable target: the result and `status` say so and
        the bundles keep waiting. A cancel between bundles raises `Cancelled`; what was
        delivered stays delivered."""
        lock = self._lock()
        if not lock.acquire():
            return DeliveryResult((), len(self.pending()), busy=True)
        delivered: list[str] = []
        error: str | None = None
        try:
            remove_stale_temps_in(self.directory)
            items = self.pending()
            try:
                if items and not target.is_dir():
                    error = "target_missing"
                else:
                    for done, source in enumerate(items):
                        if cancel is not None:
                            cancel.raise_if_cancelled()
                        self._deliver_one(source, target)
                        delivered.append(source.name)
                        if progress is not None:
                            progress(done + 1, len(items))
                    self._prune(target)
            except _Conflict:
                error = "conflict"
            except PermissionError:
                error = "target_unwritable"
            except FileNotFoundError:
                error = "target_missing" if not target.is_dir() else "write_failed"
            except OSError:
                error = "write_failed"
            finally:
                self._record(delivered, error)
            return DeliveryResult(tuple(delivered), len(self.pending()), error)
        finally:
            lock.release()

    def _deliver_one(self, source: Path, target: Path) -> None:
        data = source.read_bytes()
        final = target / source.name
        if final.is_symlink():  # planted under this installation's name: never read through it
            final.unlink()
        if final.exists():
            if not _same_content(final, data):
                raise _Conflict(source.name)
        else:
            self._unmark_pruned(_installation_of(source.name))
            write_atomically(final, data, TARGET_FILE_MODE, temp_suffix=PARTIAL_SUFFIX)
        os.replace(source, self.directory / SENT_DIR / source.name)
        fsync_dir(self.directory)

    def _unmark_pruned(self, installation_id: str) -> None:
        """Before writing into the target: a crash from here on may leave a temporary file
        there, so the next delivery must look through the folder again (`_prune`)."""
        state = self._load_state()
        pruned = state.get("pruned")
        if isinstance(pruned, dict) and installation_id in pruned:
            state["pruned"] = {k: v for k, v in pruned.items() if k != installation_id}
            self._save_state(state)

    def _prune(self, target: Path) -> None:
        """Once a newer bundle of an installation is delivered, its older bundles and the
        temporary files a crash left leave the shared folder (`prune.remove_older_bundles`);
        done once per newest sequence (``pruned`` in the state, cleared before each write into
        the folder), tried again on the next delivery when it did not finish."""
        newest: dict[str, int] = {}
        for path in self.sent():
            inst = _installation_of(path.name)
            newest[inst] = max(newest.get(inst, 0), _sequence_of(path.name))
        state = self._load_state()
        pruned = state.get("pruned")
        pruned = dict(pruned) if isinstance(pruned, dict) else {}
        removed_any = False
        for inst, sequence in newest.items():
            if pruned.get(inst) == sequence:
                continue
            removed, complete = remove_older_bundles(target, inst, sequence)
            removed_any = removed_any or removed > 0
            if complete:
                pruned[inst] = sequence
        if removed_any:
            fsync_dir(target)
        if pruned != state.get("pruned"):
            state["pruned"] = pruned
            self._save_state(state)

    def _record(self, delivered: list[str], error: str | None) -> None:
        now = self._now()
        state = self._load_state()
        state["last_attempt"] = _iso(now)
        state["last_error"] = error
        if delivered:
            state["last_delivery"] = _iso(now)
        self._save_state(state)
        for old in self.sent()[:-KEEP_SENT]:
            with contextlib.suppress(OSError):
                old.unlink()
