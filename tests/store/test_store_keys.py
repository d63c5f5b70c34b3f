"""The key file (veldwerk.store.keys): wrapping, unlocking, changing, damage and crash safety."""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veldwerk.domain.errors import DomainError
from veldwerk.files import is_temp_for
from veldwerk.store import key_file_format, recovery_key
from veldwerk.store.keys import (
    DEFAULT_KDF,
    FAST_KDF_FOR_TESTS,
    KEY_FILE_VERSION,
    KdfParams,
    change_passphrase,
    create_key_file,
    format_recovery_key,
    kdf_at_least_default,
    key_file_info,
    parse_recovery_key,
    replace_recovery_key,
    unlock_with_passphrase,
    unlock_with_recovery_key,
)
from veldwerk.texts import text
from veldwerk.texts.tables.store import TEXTS as STORE_MESSAGES

FAST = FAST_KDF_FOR_TESTS
OLD = "paard fiets appel regen"
NEW = "zonnebloem wolk 42 boot"


def folder_state(folder: Path) -> dict[str, str]:
    """Every file below `folder` by relative name, with the SHA-256 of its bytes."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def code_of(call: Any, *args: Any) -> str:
    with pytest.raises(DomainError) as caught:
        call(*args)
    return caught.value.code


@pytest.fixture
def key_path(tmp_path: Path) -> Path:
    return tmp_path / "veldwerk.key"


@pytest.fixture
def made(key_path: Path) -> tuple[Path, bytes, str]:
    data_key, recovery = create_key_file(key_path, OLD, kdf=FAST)
    return key_path, data_key, recovery


def reseal(path: Path, doc: dict[str, Any]) -> None:
    """Write `doc` as a well-formed key file (correct checksum), to craft odd but intact files."""
    path.write_bytes(key_file_format.serialize({k: v for k, v in doc.items() if k != "checksum"}))


# --- create and unlock -------------------------------------------------------------------------


def test_create_then_unlock_with_passphrase_and_recovery_key(made: tuple[Path, bytes, str]) -> None:
    """Both ways in give back the same random 32-byte data key; the file is private (0600)."""
    path, data_key, recovery = made
    assert len(data_key) == 32
    assert unlock_with_passphrase(path, OLD) == data_key
    assert unlock_with_recovery_key(path, recovery) == data_key
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert list(path.parent.iterdir()) == [path]


def test_key_file_holds_no_secret_in_the_clear(made: tuple[Path, bytes, str]) -> None:
    """Neither the data key, the recovery key nor the passphrase appear in the key file."""
    path, data_key, recovery = made
    text = path.read_bytes()
    raw_recovery = parse_recovery_key(recovery)
    for secret in (data_key, raw_recovery):
        assert secret not in text
        assert secret.hex().encode() not in text
        assert key_file_format.b64(secret).encode() not in text
    assert OLD.encode() not in text
    assert recovery.encode() not in text


def test_two_profiles_get_different_keys(tmp_path: Path) -> None:
    """Each profile has its own random data key and recovery key."""
    a = create_key_file(tmp_path / "a.key", OLD, kdf=FAST)
    b = create_key_file(tmp_path / "b.key", OLD, kdf=FAST)
    assert a[0] != b[0] and a[1] != b[1]


def test_create_refuses_to_overwrite(made: tuple[Path, bytes, str]) -> None:
    """A second create on the same path is profile.exists and leaves the first file intact."""
    path, data_key, _ = made
    before = folder_state(path.parent)
    with pytest.raises(DomainError) as caught:
        create_key_file(path, NEW, kdf=FAST)
    assert caught.value.code == "profile.exists"
    assert caught.value.params["path"] == str(path.parent)
    assert folder_state(path.parent) == before
    assert unlock_with_passphrase(path, OLD) == data_key


def test_passphrase_is_compared_in_unicode_nfc(key_path: Path) -> None:
    """'é' typed as one code point or as e + combining accent unlocks the same profile."""
    data_key, _ = create_key_file(key_path, "café in de regen", kdf=FAST)
    assert unlock_with_passphrase(key_path, "cafe\u0301 in de regen") == data_key


# --- wrong secrets change nothing --------------------------------------------------------------


def test_wrong_passphrase_is_clear_and_changes_no_byte(made: tuple[Path, bytes, str]) -> None:
    """A wrong passphrase gives key.wrong_passphrase and every file in the folder is unchanged."""
    path, _, _ = made
    before = folder_state(path.parent)
    for wrong in ("paard fiets appel rege", "", OLD.upper(), OLD + " "):
        with pytest.raises(DomainError) as caught:
            unlock_with_passphrase(path, wrong)
        assert caught.value.code == "key.wrong_passphrase"
        assert caught.value.field == "passphrase"
        assert "klopt niet" in caught.value.message("nl")
    assert folder_state(path.parent) == before


def test_wrong_recovery_key_is_clear_and_changes_no_byte(made: tuple[Path, bytes, str]) -> None:
    """A well-formed but wrong recovery key is key.wrong_recovery_key; a typo is
    key.bad_recovery_format; nothing in the folder changes."""
    path, _, recovery = made
    before = folder_state(path.parent)
    other = format_recovery_key(os.urandom(32))
    assert code_of(unlock_with_recovery_key, path, other) == "key.wrong_recovery_key"
    typo = ("Z" if recovery[0] != "Z" else "Y") + recovery[1:]
    assert code_of(unlock_with_recovery_key, path, typo) == "key.bad_recovery_format"
    assert code_of(unlock_with_recovery_key, path, "hello") == "key.bad_recovery_format"
    assert folder_state(path.parent) == before


# --- changing the passphrase -------------------------------------------------------------------


def test_change_passphrase_new_works_old_fails_same_data_key(made: tuple[Path, bytes, str]) -> None:
    """After a change the new passphrase unlocks, the old does not, the recovery key still does,
    and the data key is the very same (data is never re-encrypted)."""
    path, data_key, recovery = made
    change_passphrase(path, data_key, NEW, kdf=FAST)
    assert unlock_with_passphrase(path, NEW) == data_key
    assert code_of(unlock_with_passphrase, path, OLD) == "key.wrong_passphrase"
    assert unlock_with_recovery_key(path, recovery) == data_key
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in path.parent.iterdir()] == [path.name]


def test_recovery_key_then_new_passphrase(made: tuple[Path, bytes, str]) -> None:
    """A user who forgot the passphrase unlocks with the recovery key and sets a new one."""
    path, data_key, recovery = made
    recovered = unlock_with_recovery_key(path, recovery.lower().replace("-", " "))
    assert recovered == data_key
    change_passphrase(path, recovered, NEW, kdf=FAST)
    assert unlock_with_passphrase(path, NEW) == data_key
    assert code_of(unlock_with_passphrase, path, OLD) == "key.wrong_passphrase"
    assert unlock_with_recovery_key(path, recovery) == data_key


def test_change_passphrase_uses_a_new_salt(made: tuple[Path, bytes, str]) -> None:
    """Even set to the same passphrase again, the salt and the wrap are fresh."""
    path, data_key, _ = made
    before = json.loads(path.read_text())
    change_passphrase(path, data_key, OLD, kdf=FAST)
    after = json.loads(path.read_text())
    assert after["kdf"]["salt"] != before["kdf"]["salt"]
    assert after["passphrase_wrap"] != before["passphrase_wrap"]
    assert after["recovery_wrap"] == before["recovery_wrap"]
    assert after["profile_id"] == before["profile_id"]


def test_change_passphrase_refuses_a_foreign_data_key(made: tuple[Path, bytes, str]) -> None:
    """Wrapping a key that is not this profile's would lose the data: refused, nothing written."""
    path, _, _ = made
    before = folder_state(path.parent)
    with pytest.raises(ValueError):
        change_passphrase(path, os.urandom(32), NEW, kdf=FAST)
    with pytest.raises(ValueError):
        change_passphrase(path, b"short", NEW, kdf=FAST)
    assert folder_state(path.parent) == before


def test_change_passphrase_raises_weak_kdf_to_default(made: tuple[Path, bytes, str]) -> None:
    """Without explicit parameters a change lifts old, cheaper Argon2id settings to DEFAULT_KDF
    (one real DEFAULT_KDF derivation, well under a second here)."""
    path, data_key, _ = made
    assert key_file_info(path)["kdf_meets_default"] is False
    change_passphrase(path, data_key, NEW)
    info = key_file_info(path)
    assert info["kdf"] == {
        "name": "argon2id",
        "memory_kib": DEFAULT_KDF.memory_kib,
        "iterations": DEFAULT_KDF.iterations,
        "lanes": DEFAULT_KDF.lanes,
    }
    assert info["kdf_meets_default"] is True
    assert unlock_with_passphrase(path, NEW) == data_key


def test_kdf_at_least_default_keeps_stronger_parameters() -> None:
    """Stronger settings are kept as they are; each weaker one is raised on its own."""
    strong = KdfParams(DEFAULT_KDF.memory_kib * 2, DEFAULT_KDF.iterations + 1, DEFAULT_KDF.lanes)
    assert kdf_at_least_default(strong) == strong
    mixed = KdfParams(DEFAULT_KDF.memory_kib * 2, 1, 1)
    assert kdf_at_least_default(mixed) == KdfParams(
        DEFAULT_KDF.memory_kib * 2, DEFAULT_KDF.iterations, DEFAULT_KDF.lanes
    )
    assert kdf_at_least_default(FAST) == DEFAULT_KDF


def test_default_kdf_meets_the_floor() -> None:
    """The shipped default is at least 64 MiB and 3 passes; the test parameters are valid."""
    assert DEFAULT_KDF.memory_kib >= 64 * 1024
    assert DEFAULT_KDF.iterations >= 3
    DEFAULT_KDF.validate()
    FAST.validate()
    for bad in (KdfParams(4, 1, 1), KdfParams(1024, 0, 1), KdfParams(1024, 1, 0)):
        with pytest.raises(ValueError):
            bad.validate()


def test_replace_recovery_key(made: tuple[Path, bytes, str]) -> None:
    """A new recovery key works, the old one stops working, the passphrase is untouched."""
    path, data_key, old_recovery = made
    new_recovery = replace_recovery_key(path, data_key)
    assert unlock_with_recovery_key(path, new_recovery) == data_key
    assert code_of(unlock_with_recovery_key, path, old_recovery) == "key.wrong_recovery_key"
    assert unlock_with_passphrase(path, OLD) == data_key


# --- damaged, foreign and newer files ----------------------------------------------------------


def test_every_truncation_is_damage(made: tuple[Path, bytes, str]) -> None:
    """A key file cut short anywhere (a full disk, a bad copy) is key.file_damaged."""
    path, _, _ = made
    good = path.read_bytes()
    for length in range(len(good)):
        path.write_bytes(good[:length])
        assert code_of(unlock_with_passphrase, path, OLD) == "key.file_damaged", length


def test_every_flipped_bit_is_damage_not_a_wrong_passphrase(made: tuple[Path, bytes, str]) -> None:
    """A changed byte anywhere, even inside the encrypted wrap or in the version digit, is
    reported as damage, never as a wrong passphrase or a newer version."""
    path, _, recovery = made
    good = path.read_bytes()
    rng = random.Random(7)
    for position in range(len(good)):
        bit = 1 << rng.randrange(8)
        damaged = bytearray(good)
        damaged[position] ^= bit
        path.write_bytes(bytes(damaged))
        assert code_of(unlock_with_passphrase, path, OLD) == "key.file_damaged", position
        assert code_of(unlock_with_recovery_key, path, recovery) == "key.file_damaged"
        assert code_of(key_file_info, path) == "key.file_damaged"
    for _ in range(300):
        damaged = bytearray(good)
        damaged[rng.randrange(len(good))] = rng.randrange(256)
        if bytes(damaged) == good:
            continue
        path.write_bytes(bytes(damaged))
        assert code_of(unlock_with_passphrase, path, OLD) == "key.file_damaged"


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not json at all",
        b"\xff\xfe\x00garbage",
        b"[]",
        b"null",
        b"{}",
        b'{"format": "veldwerk-key-file"}',
        b"[" * 50_000,
        b"x" * (key_file_format.MAX_KEY_FILE_BYTES + 10),
    ],
)
def test_not_a_key_file_is_damage(key_path: Path, content: bytes) -> None:
    """Anything that is not a key file (empty, not JSON, too deep, too big) is key.file_damaged."""
    key_path.write_bytes(content)
    assert code_of(unlock_with_passphrase, key_path, OLD) == "key.file_damaged"
    assert code_of(unlock_with_recovery_key, key_path, "x") == "key.file_damaged"


def test_unreadable_or_missing_key_file(tmp_path: Path) -> None:
    """A folder where the key file should be is damage; no key file at all is profile.missing."""
    (tmp_path / "veldwerk.key").mkdir()
    assert code_of(unlock_with_passphrase, tmp_path / "veldwerk.key", OLD) == "key.file_damaged"
    missing = tmp_path / "nowhere" / "veldwerk.key"
    assert code_of(unlock_with_passphrase, missing, OLD) == "profile.missing"


def test_newer_version_is_reported_as_newer(made: tuple[Path, bytes, str]) -> None:
    """A well-formed file from a future veldwerk (version 99) is key.file_newer, whatever else
    it holds; the file is not touched."""
    path, data_key, recovery = made
    doc = json.loads(path.read_text())
    doc["version"] = 99
    doc["something_new"] = {"we": "do not know"}
    reseal(path, doc)
    before = folder_state(path.parent)
    assert code_of(unlock_with_passphrase, path, OLD) == "key.file_newer"
    assert code_of(unlock_with_recovery_key, path, recovery) == "key.file_newer"
    assert code_of(key_file_info, path) == "key.file_newer"
    with pytest.raises(DomainError) as caught:
        change_passphrase(path, data_key, NEW, kdf=FAST)
    assert caught.value.code == "key.file_newer"
    assert folder_state(path.parent) == before
    # A future format might drop the checksum altogether: still "newer", not "damaged".
    path.write_text(json.dumps({"format": "veldwerk-key-file", "version": 2}))
    assert code_of(unlock_with_passphrase, path, OLD) == "key.file_newer"


@pytest.mark.parametrize("version", [0, -1, "1", 1.0, True, None])
def test_odd_versions_are_damage(made: tuple[Path, bytes, str], version: Any) -> None:
    """A version that is not a positive whole number we know is damage, even with a valid
    checksum."""
    path, _, _ = made
    doc = json.loads(path.read_text())
    doc["version"] = version
    reseal(path, doc)
    assert code_of(unlock_with_passphrase, path, OLD) == "key.file_damaged"


def test_absurd_kdf_parameters_are_refused_before_running(made: tuple[Path, bytes, str]) -> None:
    """A crafted file asking for 1 TiB of memory is damage, not a hang or a crash."""
    path, _, _ = made
    doc = json.loads(path.read_text())
    doc["kdf"]["memory_kib"] = 1 << 30
    reseal(path, doc)
    assert code_of(unlock_with_passphrase, path, OLD) == "key.file_damaged"


def test_wraps_are_bound_to_their_profile_and_parameters(tmp_path: Path) -> None:
    """Moving a wrap from another profile (same passphrase) or lowering the Argon2id cost in the
    file makes the unlock fail: the associated data binds them."""
    a = tmp_path / "a.key"
    b = tmp_path / "b.key"
    create_key_file(a, OLD, kdf=FAST)
    key_b, recovery_b = create_key_file(b, OLD, kdf=FAST)
    doc_a = json.loads(a.read_text())
    doc_b = json.loads(b.read_text())
    swapped = dict(doc_b, profile_id=doc_a["profile_id"])
    reseal(b, swapped)
    assert code_of(unlock_with_passphrase, b, OLD) == "key.wrong_passphrase"
    assert code_of(unlock_with_recovery_key, b, recovery_b) == "key.wrong_recovery_key"
    weaker = dict(doc_b)
    weaker["kdf"] = dict(doc_b["kdf"], memory_kib=512)
    reseal(b, weaker)
    assert code_of(unlock_with_passphrase, b, OLD) == "key.wrong_passphrase"
    reseal(b, doc_b)
    assert unlock_with_passphrase(b, OLD) == key_b


def test_key_file_info_shows_parameters_and_no_secrets(made: tuple[Path, bytes, str]) -> None:
    """`check` gets the version and Argon2id cost, nothing secret (no salt, wrap or key)."""
    path, _, _ = made
    info = key_file_info(path)
    assert info["version"] == KEY_FILE_VERSION
    assert info["cipher"] == "aes-256-gcm"
    assert info["kdf"] == {"name": "argon2id", "memory_kib": 1024, "iterations": 1, "lanes": 1}
    text = json.dumps(info)
    doc = json.loads(path.read_text())
    for secret in (doc["kdf"]["salt"], doc["passphrase_wrap"]["ciphertext"], doc["key_check"]):
        assert secret not in text


def test_store_messages_render_in_both_languages() -> None:
    """The store's own messages exist in Dutch and English and fill in their parameters."""
    for code in STORE_MESSAGES:
        for lang in ("nl", "en"):
            said = text(code, lang, path="/p")
            assert "/p" in said and "{" not in said


# --- the recovery key as text ------------------------------------------------------------------


@given(st.binary(min_size=32, max_size=32))
def test_recovery_key_text_round_trip(raw: bytes) -> None:
    """Any 32-byte key survives formatting and parsing, also typed sloppily."""
    text = format_recovery_key(raw)
    groups = text.split("-")
    assert len(groups) == 9 and all(len(g) == 6 for g in groups)
    assert set(text.replace("-", "")) <= set(recovery_key._CROCKFORD)
    assert parse_recovery_key(text) == raw
    sloppy = " ".join(groups).lower().replace("0", "o").replace("1", "l")
    assert parse_recovery_key("  " + sloppy + "\n") == raw
    assert parse_recovery_key(text.replace("-", "").replace("1", "I")) == raw


@settings(max_examples=25, deadline=None)
@given(st.binary(min_size=32, max_size=32))
def test_every_single_typo_and_neighbour_swap_is_caught(raw: bytes) -> None:
    """One wrong character anywhere, or two neighbours swapped, is always key.bad_recovery_format
    (the CRC-14 guarantees it); never a silently different key."""
    chars = format_recovery_key(raw).replace("-", "")
    for i, original in enumerate(chars):
        for replacement in recovery_key._CROCKFORD:
            if replacement == original:
                continue
            typo = chars[:i] + replacement + chars[i + 1 :]
            assert code_of(parse_recovery_key, typo) == "key.bad_recovery_format"
    for i in range(len(chars) - 1):
        if chars[i] != chars[i + 1]:
            swapped = chars[:i] + chars[i + 1] + chars[i] + chars[i + 2 :]
            assert code_of(parse_recovery_key, swapped) == "key.bad_recovery_format"


def test_recovery_key_wrong_length_or_letters() -> None:
    """A character too few or too many, or a letter outside the alphabet, is a format error."""
    chars = format_recovery_key(bytes(range(32))).replace("-", "")
    for bad in (
        chars[:-1],
        chars + "0",
        chars[:10] + "U" + chars[11:],
        chars[:5] + "*" + chars[6:],
    ):
        assert code_of(parse_recovery_key, bad) == "key.bad_recovery_format"
    assert code_of(parse_recovery_key, "") == "key.bad_recovery_format"
    with pytest.raises(ValueError):
        format_recovery_key(b"too short")


def test_random_typos_are_nearly_always_caught() -> None:
    """Two or three random mistakes slip through the 14-bit check rarely (about 1 in 16,000)."""
    rng = random.Random(11)
    slipped = 0
    trials = 3000
    for _ in range(trials):
        chars = list(format_recovery_key(rng.randbytes(32)).replace("-", ""))
        for _ in range(rng.choice((2, 3))):
            chars[rng.randrange(len(chars))] = rng.choice(recovery_key._CROCKFORD)
        try:
            parse_recovery_key("".join(chars))
            slipped += 1  # (also counts a typo that happened to restore the original)
        except DomainError:
            pass
    assert slipped <= 3


# --- crash safety ------------------------------------------------------------------------------

CHILD = """
import sys
import time
from pathlib import Path
from veldwerk.store import keys
path, key = Path(sys.argv[1]), bytes.fromhex(sys.stdin.readline().strip())
first, second = sys.argv[2], sys.argv[3]
print("ready", flush=True)
i = 0
while True:
    keys.change_passphrase(path, key, second if i % 2 == 0 else first, kdf=keys.FAST_KDF_FOR_TESTS)
    i += 1
"""


def test_killed_during_passphrase_change_old_or_new_always_unlocks(tmp_path: Path) -> None:
    """A process changing the passphrase in a loop is SIGKILLed at 24 random moments; after each
    kill exactly one of the two passphrases unlocks to the same data key, the key file is whole,
    leftover temporary files are never read as the key file and the next change clears them."""
    path = tmp_path / "veldwerk.key"
    data_key, recovery = create_key_file(path, OLD, kdf=FAST)
    rng = random.Random(20240611)
    kills = 24
    temps_seen = 0
    survivors: set[str] = set()
    for _ in range(kills):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path), OLD, NEW],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write(data_key.hex() + "\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.04))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
        child.stdin.close()
        child.stdout.close()
        assert child.returncode == -signal.SIGKILL

        opened = {}
        for candidate in (OLD, NEW):
            try:
                opened[candidate] = unlock_with_passphrase(path, candidate)
            except DomainError as exc:
                assert exc.code == "key.wrong_passphrase"
        assert list(opened.values()) == [data_key], "exactly one passphrase must unlock"
        survivors.update(opened)
        assert unlock_with_recovery_key(path, recovery) == data_key
        others = [p for p in tmp_path.iterdir() if p != path]
        assert all(is_temp_for(p, path) for p in others), others
        temps_seen += bool(others)
    assert survivors == {OLD, NEW}, "the child must have been killed at different moments"
    change_passphrase(path, data_key, NEW, kdf=FAST)
    assert [p.name for p in tmp_path.iterdir()] == [path.name]
    assert unlock_with_passphrase(path, NEW) == data_key
    print(f"{kills} kills, {temps_seen} left a temporary file behind")
