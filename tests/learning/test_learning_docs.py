"""The documentation's own verification snippet really checks bundles, without veldwerk."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from support.learning import example_families, export, granted
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
    in docs/learning-bundle.md opens plain and encrypted bundles to the same records, and
    refuses a changed byte, a truncated file, another signer and the wrong coordinator key."""
    snippet = _snippet()
    read = snippet["read_learning_bundle"]
    coordinator = X25519PrivateKey.generate()
    pem = coordinator.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    families = granted(example_families())
    plain = export(families, signing_key=KEY)
    sealed = export(families, signing_key=KEY, coordinator_key=coordinator.public_key())
    assert read(plain)["records"] == read_bundle(plain).records
    opened = read(sealed, pem, expected_public_key_hex=ed25519_public_bytes(KEY).hex())
    assert opened["records"] == read_bundle(sealed, coordinator_private_key=coordinator).records

    changed = bytearray(plain)
    changed[len(plain) // 2] ^= 0x01
    other = X25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    for bad, args in (
        (bytes(changed), ()),
        (plain[:-10], ()),
        (sealed, (other,)),
        (export(families, signing_key=generate_signing_key()), ()),
    ):
        with pytest.raises(Exception):  # noqa: B017 - any refusal will do here
            read(bad, *args, expected_public_key_hex=ed25519_public_bytes(KEY).hex())
