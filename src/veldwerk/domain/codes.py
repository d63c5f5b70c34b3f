"""Every code list of the case-file format, each code with its Dutch and English label.

This is the one place where code labels live; the GUI, the reports and the command line
all ask `label(kind, code, lang)`. Codes never change meaning between versions.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

Labels = Mapping[str, tuple[str, str]]  # code -> (nl, en)


def _freeze(d: dict[str, tuple[str, str]]) -> Labels:
    return MappingProxyType(d)


MEMBER_ROLES: Labels = _freeze(
    {
        "mother": ("moeder", "mother"),
        "father": ("vader", "father"),
        "partner": ("partner", "partner"),
        "child": ("kind", "child"),
        "unborn_child": ("ongeboren kind", "unborn child"),
        "grandparent": ("grootouder", "grandparent"),
        "other_household": ("ander gezinslid", "other household member"),
    }
)

NETWORK_KINDS: Labels = _freeze(
    {
        "professional": ("professional", "professional"),
        "informal": ("informeel netwerk", "informal network"),
        "jim": ("JIM (Jouw Ingebrachte Mentor)", "JIM (mentor of choice)"),
    }
)

PROFESSIONS: Labels = _freeze(
    {
        "midwife": ("verloskundige", "midwife"),
        "obstetrician": ("gynaecoloog", "obstetrician"),
        "maternity_care": ("kraamzorg", "maternity care"),
        "youth_health": ("jeugdgezondheidszorg (JGZ)", "youth health care"),
        "gp": ("huisarts", "general practitioner"),
        "social_team": ("sociaal team", "social team"),
        "lvb_support": ("LVB-ondersteuning", "support for mild intellectual disability"),
        "mental_health": ("ggz", "mental health care"),
        "addiction_care": ("verslavingszorg", "addiction care"),
        "lvb_care": ("LVB-zorg", "care for mild intellectual disability"),
        "domestic_violence": ("Veilig Thuis / huiselijk geweld", "domestic violence services"),
        "child_protection": ("jeugdbescherming", "child protection"),
        "debt_counselling": ("schuldhulpverlening", "debt counselling"),
        "housing": ("woningcorporatie / wonen", "housing"),
        "childcare_school": ("kinderopvang / school", "childcare / school"),
        "municipality": ("gemeente", "municipality"),
        "expert_by_experience": ("ervaringsdeskundige", "expert by experience"),
        "other": ("anders", "other"),
    }
)

STRENGTHS: Labels = _freeze(
    {
        "strong": ("sterk", "strong"),
        "normal": ("gewoon", "normal"),
        "weak": ("zwak", "weak"),
        "stressful": ("belastend", "stressful"),
    }
)

CONTACT_ROLES: Labels = _freeze(
    {
        "primary": ("vast aanspreekpunt", "fixed contact person"),
        "backup": ("achterwacht", "backup contact"),
    }
)

EVENT_TYPES: Labels = _freeze(
    {
        "signal": ("signaal", "signal"),
        "intake": ("intake", "intake"),
        "contact": ("contact", "contact"),
        "referral": ("verwijzing", "referral"),
        "intervention_start": ("start interventie", "intervention start"),
        "intervention_end": ("einde interventie", "intervention end"),
        "crisis": ("crisis", "crisis"),
        "milestone": ("mijlpaal", "milestone"),
        "evaluation": ("evaluatie", "evaluation"),
        "case_review": ("casusoverleg", "case review"),
        "handover": ("overdracht", "handover"),
        "closure": ("afsluiting", "closure"),
        "note": ("notitie", "note"),
    }
)

BARRIERS: Labels = _freeze(
    {
        "late_signalling": ("late signalering", "late signalling"),
        "lvb_not_recognised": ("LVB niet herkend", "intellectual disability not recognised"),
        "waiting_list": ("wachtlijst", "waiting list"),
        "fragmented_care": ("versnipperde zorg", "fragmented care"),
        "unclear_direction": ("onduidelijke regie", "unclear direction"),
        "too_many_professionals": ("te veel hulpverleners", "too many professionals"),
        "information_sharing": ("informatie-uitwisseling", "information sharing"),
        "offer_unknown": ("aanbod onbekend", "offer unknown"),
        "offer_mismatch": ("aanbod past niet", "offer does not fit"),
        "distrust_fear": ("wantrouwen of angst", "distrust or fear"),
        "access_financing": ("toegang of financiering", "access or financing"),
        "housing": ("huisvesting", "housing"),
        "income_debts": ("inkomen en schulden", "income and debts"),
        "transition_gap": ("gat bij overgang", "gap at a transition"),
        "network_not_involved": ("netwerk niet betrokken", "network not involved"),
        "insufficient_mandate": ("onvoldoende mandaat", "insufficient mandate"),
        "other": ("anders", "other"),
    }
)

ENABLERS: Labels = _freeze(
    {
        "trusted_relationship": ("vertrouwensrelatie", "trusted relationship"),
        "fixed_contact": ("vast aanspreekpunt", "fixed contact person"),
        "network_involved": ("netwerk betrokken", "network involved"),
        "early_signalling": ("vroege signalering", "early signalling"),
        "collaboration": ("samenwerking", "collaboration"),
        "lvb_expertise": ("LVB-deskundigheid", "expertise in intellectual disability"),
        "expert_by_experience": ("ervaringsdeskundigheid", "expert by experience"),
        "practical_support": ("praktische steun", "practical support"),
        "tailored_approach": ("aanpak op maat", "tailored approach"),
        "shared_plan": ("gezamenlijk plan", "shared plan"),
        "other": ("anders", "other"),
    }
)

VULNERABILITIES: Labels = _freeze(
    {
        "lvb": ("licht verstandelijke beperking (LVB)", "mild intellectual disability"),
        "mental_health": ("psychische problemen", "mental health"),
        "addiction": ("verslaving", "addiction"),
        "multi_problem": ("meervoudige problematiek", "multiple problems"),
        "migrant_refugee": ("migrant of vluchteling", "migrant or refugee"),
        "young_parent": ("jonge ouder (onder 23)", "young parent (under 23)"),
        "income_debts": ("inkomen en schulden", "income and debts"),
        "housing": ("huisvesting", "housing"),
        "domestic_violence": ("huiselijk geweld", "domestic violence"),
        "other": ("anders", "other"),
    }
)

FAMILY_STATUSES: Labels = _freeze(
    {
        "active": ("actief", "active"),
        "closed": ("afgesloten", "closed"),
    }
)

CONSENTS: Labels = _freeze(
    {
        "granted": ("toestemming gegeven", "consent granted"),
        "refused": ("geen toestemming", "consent refused"),
        "unknown": ("nog niet gevraagd", "not yet asked"),
    }
)

GOAL_STATUSES: Labels = _freeze(
    {
        "open": ("open", "open"),
        "achieved": ("bereikt", "achieved"),
        "dropped": ("vervallen", "dropped"),
    }
)

ACTION_STATUSES: Labels = _freeze(
    {
        "todo": ("te doen", "to do"),
        "doing": ("bezig", "in progress"),
        "done": ("klaar", "done"),
    }
)

PHASES: Labels = _freeze(
    {
        "wish": ("kinderwens", "wish for a child"),
        "pregnancy": ("zwangerschap", "pregnancy"),
        "first_year": ("eerste levensjaar", "first year"),
        "second_year": ("tweede levensjaar", "second year"),
        "later": ("na de eerste 1000 dagen", "after the first 1000 days"),
    }
)

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
    }
)

LANGUAGES: tuple[str, ...] = ("nl", "en")


def label(kind: str, code: str, lang: str = "nl") -> str:
    """The label of `code` in code list `kind`, in `lang` ("nl" or "en").

    The code itself when unknown."""
    entry = CODE_LISTS[kind].get(code)
    if entry is None:
        return code
    return entry[0] if lang == "nl" else entry[1]
