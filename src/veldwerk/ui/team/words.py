"""How the team screens put a conflict or a colleague's change in words (Qt translations,
context "TeamWords"); code values get their labels from the catalogue."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from veldwerk.domain import codes
from veldwerk.services.team import ChoiceInfo, ConflictInfo
from veldwerk.services.team_view import AwayChange
from veldwerk.texts import format_date


def field_name(field: str) -> str:
    return {
        "learning_consent": QCoreApplication.translate("TeamWords", "consent for learning"),
        "status": QCoreApplication.translate("TeamWords", "status"),
        "contacts": QCoreApplication.translate("TeamWords", "fixed contact person and backup"),
    }.get(field, field)


def kind_name(kind: str) -> str:
    return {
        "event": QCoreApplication.translate("TeamWords", "step in the journey"),
        "member": QCoreApplication.translate("TeamWords", "family member"),
        "network": QCoreApplication.translate("TeamWords", "person in the network"),
        "goal": QCoreApplication.translate("TeamWords", "goal"),
        "action": QCoreApplication.translate("TeamWords", "action"),
        "reflection": QCoreApplication.translate("TeamWords", "reflection"),
        "family": QCoreApplication.translate("TeamWords", "family"),
    }.get(kind, kind)


def value_text(field: str, value: Any, lang: str) -> str:
    """A conflicting value as a person reads it."""
    if field == "learning_consent" and isinstance(value, str):
        return codes.label("consent", value, lang)
    if field == "status" and isinstance(value, str):
        return codes.label("family_status", value, lang)
    if field == "contacts" and isinstance(value, list):
        current = [c for c in value if c.get("until") is None]
        roles = ", ".join(codes.label("contact_role", c["role"], lang) for c in current)
        now = QCoreApplication.translate("TeamWords", "roles held now: %1")
        return now.replace("%1", roles or "–")
    if value == "deleted":
        return QCoreApplication.translate("TeamWords", "deleted")
    if value in ("changed", "contact"):
        return QCoreApplication.translate("TeamWords", "changed")
    if value == "erased":
        return QCoreApplication.translate("TeamWords", "erased")
    return str(value)


def conflict_title(conflict: ConflictInfo) -> str:
    if conflict.kind == "field":
        return QCoreApplication.translate("TeamWords", "Two different values of %1").replace(
            "%1", field_name(conflict.field)
        )
    if conflict.kind == "erasure":
        return QCoreApplication.translate(
            "TeamWords", "The family was erased while a colleague was still changing it"
        )
    return QCoreApplication.translate(
        "TeamWords", "A %1 was deleted while a colleague was still changing it"
    ).replace("%1", kind_name(conflict.field))


def choice_text(conflict: ConflictInfo, choice: ChoiceInfo, lang: str) -> str:
    value = value_text(conflict.field, choice.value, lang)
    by = choice.by or QCoreApplication.translate("TeamWords", "someone")
    when = format_date(choice.at.date(), lang)
    return (
        QCoreApplication.translate("TeamWords", "%1 – by %2, %3")
        .replace("%1", value)
        .replace("%2", by)
        .replace("%3", when)
    )


def away_text(change: AwayChange, lang: str) -> str:
    """One line of "since you were away": what, by whom in which role, when."""
    if change.kind == "family":
        what = QCoreApplication.translate("TeamWords", "Changed: %1").replace(
            "%1", ", ".join(field_name(f) for f in change.fields)
        )
    else:
        name = kind_name(change.kind)
        label = f" “{change.label}”" if change.label else ""
        template = {
            "added": QCoreApplication.translate("TeamWords", "Added: %1"),
            "deleted": QCoreApplication.translate("TeamWords", "Deleted: %1"),
        }.get(change.what, QCoreApplication.translate("TeamWords", "Changed: %1"))
        what = template.replace("%1", name + label)
    return _by(what, change, lang)


def mark_text(change: AwayChange, lang: str) -> str:
    """The mark of a step in the journey that a colleague added or changed: "New – by Eva
    Mulder, backup, 1 Dec 2026"."""
    what = (
        QCoreApplication.translate("TeamWords", "New")
        if change.what == "added"
        else QCoreApplication.translate("TeamWords", "Changed")
    )
    return _by(what, change, lang)


def _by(what: str, change: AwayChange, lang: str) -> str:
    who = change.by or QCoreApplication.translate("TeamWords", "a colleague")
    if change.role is not None:
        who = f"{who}, {codes.label('contact_role', change.role, lang)}"
    when = format_date(change.at.date(), lang)
    return (
        QCoreApplication.translate("TeamWords", "%1 – by %2, %3")
        .replace("%1", what)
        .replace("%2", who)
        .replace("%3", when)
    )
