"""The recovery key as text to write down, and back: Crockford base32, 9 groups of 6, with a
CRC-14 over the key.

256 key bits followed by 14 CRC bits make 270 bits = 54 characters. A CRC with a 14-bit
generator catches every error confined to 14 consecutive bits, so every single mistyped
character (5 bits) and every swap of two neighbouring characters (10 bits) is caught for
certain; other typos slip through about once in 16,000.
"""

from __future__ import annotations

from veldwerk.domain.errors import DomainError

RECOVERY_KEY_BYTES = 32

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CROCKFORD_DECODE: dict[str, int] = {ch: i for i, ch in enumerate(_CROCKFORD)}
_CROCKFORD_DECODE.update({"O": 0, "I": 1, "L": 1})
_CRC_BITS = 14
_CRC_POLY = (1 << 14) | 0x0805  # CRC-14/DARC: x^14 + x^11 + x^2 + 1
_RECOVERY_CHARS = (RECOVERY_KEY_BYTES * 8 + _CRC_BITS) // 5
_GROUP = 6
_SEPARATORS = frozenset(" \t\r\n-_.\u2010\u2011\u2012\u2013\u2014")


def _crc14(value: int, bits: int) -> int:
    register = value << _CRC_BITS
    for bit in range(bits + _CRC_BITS - 1, _CRC_BITS - 1, -1):
        if register >> bit & 1:
            register ^= _CRC_POLY << (bit - _CRC_BITS)
    return register


def format_recovery_key(raw: bytes) -> str:
    """The 32-byte recovery key as text to write down: 9 groups of 6 characters from
    ``0-9 A-Z`` without I, L, O and U, e.g. ``7K3M9Q-...``; the last characters carry a
    checksum."""
    if len(raw) != RECOVERY_KEY_BYTES:
        raise ValueError(f"a recovery key is {RECOVERY_KEY_BYTES} bytes")
    number = int.from_bytes(raw, "big")
    value = (number << _CRC_BITS) | _crc14(number, RECOVERY_KEY_BYTES * 8)
    chars = [
        _CROCKFORD[(value >> (5 * (_RECOVERY_CHARS - 1 - i))) & 31] for i in range(_RECOVERY_CHARS)
    ]
    text = "".join(chars)
    return "-".join(text[i : i + _GROUP] for i in range(0, len(text), _GROUP))


def parse_recovery_key(text: str) -> bytes:
    """The recovery key from what the user typed: spaces and dashes are ignored, lower case is
    fine, O is read as 0 and I or L as 1. A typo gives DomainError ``key.bad_recovery_format``."""
    value = 0
    count = 0
    for ch in text.upper():
        if ch in _SEPARATORS:
            continue
        digit = _CROCKFORD_DECODE.get(ch)
        if digit is None:
            raise _bad_recovery_format()
        value = (value << 5) | digit
        count += 1
    if count != _RECOVERY_CHARS:
        raise _bad_recovery_format()
    number, crc = value >> _CRC_BITS, value & ((1 << _CRC_BITS) - 1)
    if crc != _crc14(number, RECOVERY_KEY_BYTES * 8):
        raise _bad_recovery_format()
    return number.to_bytes(RECOVERY_KEY_BYTES, "big")


def _bad_recovery_format() -> DomainError:
    return DomainError("key.bad_recovery_format", "recovery_key")
