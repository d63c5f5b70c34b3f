"""Texts of drafts (`domain.drafts`, `services.drafts`): what typed but unsaved text kept in the
store can go wrong with."""

from __future__ import annotations

from veldwerk.texts.catalogue import Entry

TEXTS: dict[str, Entry] = {
    "draft.bad_kind": (
        "Dit formulier kan niet als concept bewaard worden.",
        "This form cannot be kept as a draft.",
    ),
    "draft.too_large": (
        "Wat je had ingevuld is te groot om als concept te bewaren (meer dan {kib} KiB). "
        "Het is weggegooid.",
        "What you had entered is too large to keep as a draft (more than {kib} KiB). "
        "It has been thrown away.",
    ),
    "draft.unreadable": (
        "Wat je had ingevuld kon niet meer worden gelezen. Het is weggegooid; vul het opnieuw in.",
        "What you had entered could no longer be read. It has been thrown away; please "
        "enter it again.",
    ),
}
