"""Texts of the profile folder, its lock and its key file that `general` lacks."""

from __future__ import annotations

from veldwerk.texts.catalogue import Entry

TEXTS: dict[str, Entry] = {
    "profile.not_writable": (
        "veldwerk kan niet schrijven in de profielmap {path}. Controleer of de map bestaat en "
        "of je er rechten op hebt.",
        "veldwerk cannot write in the profile folder {path}. Check that the folder exists and "
        "that you may use it.",
    ),
}
