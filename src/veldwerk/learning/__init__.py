"""Pseudonymised learning data, readable only by the coordinator: record ► scrub ► signed
bundle, always encrypted to the coordinator ► outbox ► shared folder. Pure functions and small
classes over files; no Qt, no SQLAlchemy.

`scrub` is not re-exported here: its name is that of its module (`veldwerk.learning.scrub.scrub`).

The format is documented in `docs/learning-bundle.md`; the JSON Schema ships beside this module
(`learning_bundle.schema.json`).
"""

from veldwerk.learning.bundle import (
    FORMAT,
    VERSION,
    Bundle,
    BundleHeader,
    build_bundle,
    bundle_file_name,
    new_installation_id,
    read_bundle,
)
from veldwerk.learning.errors import BundleError, KeyFileError
from veldwerk.learning.keys import (
    generate_coordinator_keypair,
    generate_signing_key,
    load_coordinator_private_key,
    load_coordinator_public_key,
    signing_key_from_bytes,
    signing_key_to_bytes,
)
from veldwerk.learning.outbox import DeliveryResult, Outbox, OutboxStatus
from veldwerk.learning.pseudonym import new_pseudonym
from veldwerk.learning.record import build_record, pending_reflections, profile_vocabulary

__all__ = [
    "FORMAT",
    "VERSION",
    "Bundle",
    "BundleError",
    "BundleHeader",
    "DeliveryResult",
    "KeyFileError",
    "Outbox",
    "OutboxStatus",
    "build_bundle",
    "build_record",
    "bundle_file_name",
    "generate_coordinator_keypair",
    "generate_signing_key",
    "load_coordinator_private_key",
    "load_coordinator_public_key",
    "new_installation_id",
    "new_pseudonym",
    "pending_reflections",
    "profile_vocabulary",
    "read_bundle",
    "signing_key_from_bytes",
    "signing_key_to_bytes",
]
