"""The reasons a file can be refused for, and their words (the catalogue's
``coordinator.reason.*`` and ``bundle.*`` texts, `veldwerk.texts.tables.coordinator` and
`veldwerk.texts.tables.learning`)."""

from __future__ import annotations

from veldwerk.learning.errors import REASONS as BUNDLE_REASONS
from veldwerk.texts import text

COORDINATOR_REASONS: tuple[str, ...] = (
    "key_changed", "untrusted_key", "too_large", "unreadable", "bad_region", "link",
    "not_regular", "deferred",
)  # fmt: skip
"""Reasons of the coordinator's own, besides the bundle reader's (`learning.errors.REASONS`)."""

REASONS: tuple[str, ...] = BUNDLE_REASONS + COORDINATOR_REASONS
"""Every value the ``reason`` column of rejected.csv can hold."""

LASTING_REASONS: frozenset[str] = frozenset({
    "not_a_bundle", "damaged", "schema", "mismatch", "not_canonical",
    "not_encrypted",
})  # fmt: skip
"""Reasons that belong to the file's bytes alone: such a file is refused again without being
checked again (unless it is waiting, see below). The others depend on the key given, the trusted
keys, what was collected before or the version of veldwerk, so those files are checked again on
every run."""

WAITING_BUNDLE_REASONS: frozenset[str] = frozenset({"truncated", "damaged", "bad_signature"})
"""A file refused for one of these before its signature was verified did not verify, as a file
still arriving from a cloud-synced folder would not (a placeholder, a partial copy): it is listed
as waiting and tried again on the next run, not refused for ever. So are files that could not be
read (``unreadable``) and those left for the next run (``deferred``)."""

WAITING_READ_REASONS: frozenset[str] = frozenset({"unreadable", "deferred"})


def wait_text(reason: str, lang: str) -> str:
    """Why an installation key waits (`enrolment.WAIT_REASONS`), in words, in `lang`."""
    return text(f"coordinator.wait.{reason}", lang)


def reason_code(reason: str) -> str:
    """The message code that explains `reason` to people."""
    if reason in COORDINATOR_REASONS:
        return f"coordinator.reason.{reason}"
    return f"bundle.{reason}"


def reason_text(reason: str, detail: str, lang: str) -> str:
    """`reason` in words, in `lang`."""
    return text(reason_code(reason), lang, detail=detail)


def waiting_text(reason: str, detail: str, lang: str) -> str:
    """A file's `reason` for being tried again, in words, in `lang`, saying that it is."""
    return text("coordinator.waiting", lang, reason=reason_text(reason, detail, lang))
