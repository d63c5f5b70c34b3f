"""Every code list of the case-file format, each code with its Dutch and English label.

The GUI, the reports and the command line all ask `label(kind, code, lang)`; the labels
themselves are the text catalogue's ``codes`` table (`veldwerk.texts.tables.codes`), served as
``code.<kind>.<code>`` by the one lookup, `veldwerk.texts.text`. Codes never change meaning
between versions.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from veldwerk.texts import text
from veldwerk.texts.tables.codes import CODE_LABELS

Labels = Mapping[str, tuple[str, str]]  # code -> (nl, en)


def _freeze(d: dict[str, tuple[str, str]]) -> Labels:
    return MappingProxyType(d)


MEMBER_ROLES: Labels = _freeze(CODE_LABELS["member_role"])

NETWORK_KINDS: Labels = _freeze(CODE_LABELS["network_kind"])

PROFESSIONS: Labels = _freeze(CODE_LABELS["profession"])

STRENGTHS: Labels = _freeze(CODE_LABELS["strength"])

CONTACT_ROLES: Labels = _freeze(CODE_LABELS["contact_role"])

EVENT_TYPES: Labels = _freeze(CODE_LABELS["event_type"])

BARRIERS: Labels = _freeze(CODE_LABELS["barrier"])

ENABLERS: Labels = _freeze(CODE_LABELS["enabler"])

VULNERABILITIES: Labels = _freeze(CODE_LABELS["vulnerability"])

FAMILY_STATUSES: Labels = _freeze(CODE_LABELS["family_status"])

CONSENTS: Labels = _freeze(CODE_LABELS["consent"])

GOAL_STATUSES: Labels = _freeze(CODE_LABELS["goal_status"])

ACTION_STATUSES: Labels = _freeze(CODE_LABELS["action_status"])

PHASES: Labels = _freeze(CODE_LABELS["phase"])

HANDOVER_REASONS: Labels = _freeze(CODE_LABELS["handover_reason"])
"""Why the contact person changes (an extension of the case file: docs/case-file-extensions.md)."""

CLOSING_REASONS: Labels = _freeze(CODE_LABELS["closing_reason"])
"""Why a family is closed (an extension of the case file: docs/case-file-extensions.md)."""

PHASE_ORDER: tuple[str, ...] = ("wish", "pregnancy", "first_year", "second_year", "later")

CODE_LISTS: Mapping[str, Labels] = MappingProxyType(
    {
        "member_role": MEMBER_ROLES,
        "network_kind": NETWORK_KINDS,
        "profession": PROFESSIONS,
        "strength": STRENGTHS,
        "contact_role": CONTACT_ROLES,
        "event_type": EVENT_TYPES,
        "barrier": BARRIERS,
        "enabler": ENABLERS,
        "vulnerability": VULNERABILITIES,
        "family_status": FAMILY_STATUSES,
        "consent": CONSENTS,
        "goal_status": GOAL_STATUSES,
        "action_status": ACTION_STATUSES,
        "phase": PHASES,
        "handover_reason": HANDOVER_REASONS,
        "closing_reason": CLOSING_REASONS,
    }
)

LANGUAGES: tuple[str, ...] = ("nl", "en")


def label(kind: str, code: str, lang: str = "nl") -> str:
    """The label of `code` in code list `kind`, in `lang` ("nl" or "en").

    The code itself when unknown."""
    if code not in CODE_LISTS[kind]:
        return code
    return text(f"code.{kind}.{code}", lang)
