"""The documentation's own verification snippet really checks bundles, without veldwerk."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from support.learning import decrypt_inner, example_families, export, granted, signed_file
from veldwerk.learning.bundle import read_bundle
from veldwerk.learning.keys import ed25519_public_bytes, generate_signing_key

DOC = Path(__file__).resolve().parents[2] / "docs" / "learning-bundle.md"
KEY = generate_signing_key()


def _snippet() -> dict[str, Any]:
    text = DOC.read_text("utf-8")
    section = text[text.index("## Checking a bundle without veldwerk") :]
    code = re.search(r"```python\n(.*?)```", section, re.S)
    assert code is not None
    assert "veldwerk." not in code.group(1).replace("veldwerk-learning-bundle", "")
    namespace: dict[str, Any] = {}
    exec(compile(code.group(1), str(DOC), "exec"), namespace)  # noqa: S102
    return namespace


def test_the_documented_snippet_reads_what_veldwerk_reads() -> None:
    """Protects the promise that researchers can check bundles without veldwerk: the snippet
    in docs/learning-bundle.md opens a bundle file to the same records as veldwerk, and refuses
    a changed byte, a truncated file, another signer, the wrong coordinator key, a plain
    bundle outside its envelope and a correctly signed envelope that is not encrypted."""
    snippet = _snippet()
    read = snippet["read_learning_bundle"]
    coordinator = X25519PrivateKey.generate()
    pem = coordinator.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    families = granted(example_families())
    sealed = export(families, signing_key=KEY, coordinator_key=coordinator.public_key())
    opened = read(sealed, pem, expected_public_key_hex=ed25519_public_bytes(KEY).hex())
    assert opened["records"] == read_bundle(sealed, coordinator_private_key=coordinator).records
    assert opened["header"]["created"] == "2030-01"

    changed = bytearray(sealed)
    changed[len(sealed) // 2] ^= 0x01
    other = X25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    foreign = export(
        families, signing_key=generate_signing_key(), coordinator_key=coordinator.public_key()
    )
    for bad, key in (
        (bytes(changed), pem),
        (sealed[:-10], pem),
        (sealed, other),
        (foreign, pem),
        (decrypt_inner(sealed, coordinator), pem),
        (signed_file(decrypt_inner(sealed, coordinator), KEY, recipient=None), pem),
    ):
        with pytest.raises(Exception):  # noqa: B017 - any refusal will do here
            read(bad, key, expected_public_key_hex=ed25519_public_bytes(KEY).hex())


def test_the_page_states_the_version_and_the_argument_about_dates() -> None:
    """Protects the documentation of the guarantees: the page describes version 3, says that
    version 1 is no longer read, and states what an observer of any number of bundles can learn
    about a date; the wording is the one of the app (pseudonymised, readable only by the
    coordinator; published outputs anonymous)."""
    text = DOC.read_text("utf-8")
    assert text.startswith("# The learning bundle (format `veldwerk-learning-bundle`, version 3)")
    assert "## Minimised: what an observer of any number of bundles can learn about a date" in text
    assert "**Version 1 is no longer read.**" in text
    assert "pseudonymised learning data, readable only by the coordinator" in text
    assert "**anonymous**" in text and "anonymised" not in text


def test_the_dpia_page_follows_the_data_through_every_step() -> None:
    """Protects the privacy officer's page: docs/dpia-data-flow.md covers each step (profile,
    outbox, shared folder, coordinator database, published outputs) with what, where, who can
    read it, retention and whether it is personal data, in the words of the app."""
    text = (DOC.parent / "dpia-data-flow.md").read_text("utf-8")
    steps = ("Profile", "Outbox", "Shared folder", "Coordinator database", "Published outputs")
    for number, step in enumerate(steps, 1):
        assert f"| {number}. {step} |" in text, step
    for column in ("what data", "where", "who can read it", "how long it stays", "personal data?"):
        assert column in text
    assert "pseudonymised learning data, readable only by the coordinator" in text
    assert "## Why the published outputs are anonymous" in text
    assert "## Retention, in short" in text
