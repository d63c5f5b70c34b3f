"""Messages of the profile folder, its lock and its key file that `domain.messages` lacks.

Imported by `store.profile` and `store.keys`, so the codes exist whenever those can raise them.
"""

from __future__ import annotations

from veldwerk.domain import messages

STORE_MESSAGES: dict[str, tuple[str, str]] = {
    "profile.not_writable": (
        "veldwerk kan niet schrijven in de profielmap {path}. Controleer of de map bestaat en "
        "of u er rechten op heeft.",
        "veldwerk cannot write in the profile folder {path}. Check that the folder exists and "
        "that you may use it.",
    ),
}

messages.register(STORE_MESSAGES)
