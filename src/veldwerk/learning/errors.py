"""Errors of the learning package; both are `DomainError`s, with texts in the catalogue (`bundle.*`,
`learning.key_file_*`)."""

from __future__ import annotations

from veldwerk.domain.errors import DomainError

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
    "not_canonical",
)


class BundleError(DomainError):
    """A bundle the reading side refuses. `reason` is one of `REASONS` (stable, for programs);
    `detail` a short technical addition without personal data; the message (code
    ``bundle.<reason>``) is for people. `verified`: the file's signature had been verified
    when it was refused (so the refusal is about what was signed, not about damage on the way:
    a collector need not try such a file again)."""

    def __init__(self, reason: str, detail: str = "", *, verified: bool = False) -> None:
        if reason not in REASONS:
            raise ValueError(f"unknown bundle error reason: {reason}")
        self.reason = reason
        self.detail = detail
        self.verified = verified
        super().__init__(f"bundle.{reason}", "", {"detail": detail})


class KeyFileError(DomainError):
    """A coordinator key file that is missing, of the wrong kind, or locked with a passphrase."""
