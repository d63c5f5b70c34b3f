"""The one command-line path on the real Argon2id parameters: `init` makes a key file with the
default cost, and unlocking it (a list, a passphrase change) works; every other CLI test uses the
small test parameters (see conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from veldwerk.__main__ import main
from veldwerk.store import keys
from veldwerk.store.profile import ProfilePaths


@pytest.mark.real_kdf
def test_init_uses_the_real_key_derivation(tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    """A profile made by `veldwerk init` derives its key with DEFAULT_KDF (128 MiB, 3 passes,
    4 lanes), opens with it, and keeps it after `passwd`."""
    assert keys.DEFAULT_KDF.memory_kib == 128 * 1024
    root = tmp_path / "profile"
    monkeypatch.setenv("VELDWERK_DATA_DIR", str(root))
    monkeypatch.setenv("VELDWERK_PASSPHRASE", "correct horse battery staple")
    assert main(["init"]) == 0
    assert main(["families", "--json"]) == 0
    capsys.readouterr()
    monkeypatch.setenv("VELDWERK_NEW_PASSPHRASE", "another long passphrase 7")
    assert main(["passwd"]) == 0
    info = keys.key_file_info(ProfilePaths(root).key_file)
    assert info["kdf"]["memory_kib"] == 128 * 1024, info
