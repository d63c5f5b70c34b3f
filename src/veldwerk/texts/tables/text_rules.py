"""Texts of the text rules (`domain.text_rules`): a text too long, or holding a character it may
not hold. The position is a place in the text, never the text itself."""

from __future__ import annotations

from veldwerk.texts.catalogue import Entry

TEXTS: dict[str, Entry] = {
    "rule.text_too_long": (
        "Dit is te lang: hoogstens {max} tekens.",
        "This is too long: at most {max} characters.",
    ),
    "rule.text_line_break": (
        "Dit hoort op één regel, zonder tab of nieuwe regel (op plek {position}).",
        "This belongs on one line, without a tab or line break (at position {position}).",
    ),
    "rule.text_control_char": (
        "Hier staat een teken dat niet kan (een onzichtbaar stuurteken, op plek {position}). "
        "Haal het weg.",
        "This holds a character that is not allowed (an invisible control character, at "
        "position {position}). Remove it.",
    ),
    "rule.text_direction_char": (
        "Hier staat een teken dat niet kan (een onzichtbaar teken dat de leesrichting omdraait, "
        "op plek {position}). Haal het weg.",
        "This holds a character that is not allowed (an invisible character that turns the "
        "reading direction around, at position {position}). Remove it.",
    ),
    "rule.text_broken_char": (
        "Hier staat een kapot teken (een half teken, op plek {position}). Typ het opnieuw.",
        "This holds a broken character (half a character, at position {position}). Type it again.",
    ),
}
