"""The command-line tests derive keys with the small test parameters of Argon2id (a real unlock
costs about 0.4 s, and these tests unlock some 60 times); `test_cli_real_kdf.py` keeps the real
parameters for the one path that must show them."""

from __future__ import annotations

import pytest

from veldwerk.store import keys


@pytest.fixture(autouse=True)
def _fast_key_derivation(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every profile a CLI test creates uses FAST_KDF_FOR_TESTS, unless marked `real_kdf`."""
    if request.node.get_closest_marker("real_kdf") is None:
        monkeypatch.setattr(keys, "DEFAULT_KDF", keys.FAST_KDF_FOR_TESTS)
