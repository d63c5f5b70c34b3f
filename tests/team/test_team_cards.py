"""Colleague cards and safety codes: the code depends only on the two public keys, is 30
digits in six groups, and is compared however it was typed; a card changed after it was made,
or anything else, is refused."""

from __future__ import annotations

import json
import re

import pytest

from veldwerk.team.cards import CardError, read_card, safety_code, same_code, write_card
from veldwerk.team.identity import DeviceIdentity


def test_a_card_reads_back_with_its_code() -> None:
    """The card holds name, organisation and both public keys; its code is six groups of five
    digits, the same as the code of the keys, and the device id follows from the signing key."""
    me = DeviceIdentity.generate()
    card = read_card(write_card(me, "Eva Mulder", "Sociaal Team Harderwijk"))
    assert (card.name, card.organisation) == ("Eva Mulder", "Sociaal Team Harderwijk")
    assert (card.signing_key, card.exchange_key) == (me.signing_public, me.exchange_public)
    assert card.device_id == me.device_id
    assert re.fullmatch(r"(\d{5} ){5}\d{5}", card.safety_code)
    assert card.safety_code == safety_code(me.signing_public, me.exchange_public)
    again = DeviceIdentity.from_bytes(me.to_bytes())
    assert again.device_id == me.device_id and again.exchange_public == me.exchange_public


def test_codes_differ_per_device_and_are_compared_as_typed() -> None:
    """Two devices have different codes; a code typed with dashes, dots or no spaces is the
    same code, one changed digit is not."""
    a, b = DeviceIdentity.generate(), DeviceIdentity.generate()
    code = safety_code(a.signing_public, a.exchange_public)
    assert code != safety_code(b.signing_public, b.exchange_public)
    assert same_code(code.replace(" ", "-"), code)
    assert same_code(code.replace(" ", ""), code)
    assert same_code(" " + code.replace(" ", ".") + " ", code)
    wrong = ("1" if code[0] != "1" else "2") + code[1:]
    assert not same_code(wrong, code)


def test_a_changed_or_foreign_card_is_refused() -> None:
    """A card whose name was changed after signing, with a key of someone else, with a control
    character in the name, or that is not a card at all, is refused."""
    me, other = DeviceIdentity.generate(), DeviceIdentity.generate()
    body = json.loads(write_card(me, "Eva Mulder", "MEE Veluwe"))
    forged = [
        {**body, "name": "Ans de Vries"},
        {**body, "exchange_key": other.exchange_public.hex()},
        {**body, "version": 2},
    ]
    for value in forged:
        data = json.dumps(value, sort_keys=True, separators=(",", ":")).encode()
        with pytest.raises(CardError):
            read_card(data)
    with pytest.raises(CardError):
        read_card(write_card(me, "Eva\x1b[2JMulder", "MEE Veluwe"))
    for junk in (b"", b"{}", b"\xff" * 10, b"[1,2]", b"x" * 20_000):
        with pytest.raises(CardError):
            read_card(junk)
