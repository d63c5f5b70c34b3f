"""Errors of the learning package; both are `DomainError`s with texts in `texts`."""

from __future__ import annotations

from veldwerk.domain.errors import DomainError
from veldwerk.learning import texts as _texts  # noqa: F401  (registers the messages)

REASONS: tuple[str, ...] = (
    "not_a_bundle",
    "truncated",
    "damaged",
    "bad_signature",
    "unknown_signer",
    "unknown_version",
    "schema",
    "not_encrypted",
    "encrypted_no_key",
    "wrong_key",
    "mismatch",
)


class BundleError(DomainError):
    """A bundle the reading side refuses. `reason` is one of `REASONS` (stable, for programs);
    `detail` a short technical addition without personal data; the message (code
    ``bundle.<reason>``) is for people."""

    def __init__(self, reason: str, detail: str = "") -> None:
        if reason not in REASONS:
            raise ValueError(f"unknown bundle error reason: {reason}")
        self.reason = reason
        self.detail = detail
        super().__init__(f"bundle.{reason}", "", {"detail": detail})


class KeyFileError(DomainError):
    """A coordinator key file that is missing, of the wrong kind, or locked with a passphrase."""
