"""The labels of every code list of the case-file format (`domain.codes`), in Dutch and English.

The catalogue serves them under ``code.<list>.<code>`` (``code.contact_role.primary``);
`domain.codes.label(kind, code, lang)` looks them up there. Codes never change meaning between
versions; a label may be improved.
"""

from __future__ import annotations

from veldwerk.texts.catalogue import Entry

CODE_LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "member_role": {
        "mother": ("moeder", "mother"),
        "father": ("vader", "father"),
        "partner": ("partner", "partner"),
        "child": ("kind", "child"),
        "unborn_child": ("ongeboren kind", "unborn child"),
        "grandparent": ("grootouder", "grandparent"),
        "other_household": ("ander gezinslid", "other household member"),
    },
    "network_kind": {
        "professional": ("professional", "professional"),
        "informal": ("informeel netwerk", "informal network"),
        "jim": ("JIM (Jouw Ingebrachte Mentor)", "JIM (mentor of choice)"),
    },
    "profession": {
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
    },
    "strength": {
        "strong": ("sterk", "strong"),
        "normal": ("gewoon", "normal"),
        "weak": ("zwak", "weak"),
        "stressful": ("belastend", "stressful"),
    },
    "contact_role": {
        "primary": ("vast aanspreekpunt", "fixed contact person"),
        "backup": ("achterwacht", "backup contact"),
    },
    "event_type": {
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
    },
    "barrier": {
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
    },
    "enabler": {
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
    },
    "vulnerability": {
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
    },
    "family_status": {
        "active": ("actief", "active"),
        "closed": ("afgesloten", "closed"),
    },
    "consent": {
        "granted": ("toestemming gegeven", "consent granted"),
        "refused": ("geen toestemming", "consent refused"),
        "unknown": ("nog niet gevraagd", "not yet asked"),
    },
    "goal_status": {
        "open": ("open", "open"),
        "achieved": ("bereikt", "achieved"),
        "dropped": ("vervallen", "dropped"),
    },
    "action_status": {
        "todo": ("te doen", "to do"),
        "doing": ("bezig", "in progress"),
        "done": ("klaar", "done"),
    },
    # ---- handover notes and closing (issue 14; docs/case-file-extensions.md) ----
    "handover_reason": {
        "leave": ("Verlof", "Leave"),
        "illness": ("Ziekte", "Illness"),
        "workload": ("Werkdruk", "Workload"),
        "job_change": ("Andere baan", "Job change"),
        "family_wish": ("Wens van het gezin", "The family's wish"),
        "other": ("Anders", "Other"),
    },
    "closing_reason": {
        "goals_reached": ("Doelen bereikt", "Goals reached"),
        "moved": ("Verhuisd", "Moved away"),
        "family_ended": ("Gezin gestopt", "The family stopped"),
        "referred": ("Doorverwezen", "Referred"),
        "child_two": ("Kind is twee", "The child is two"),
        "other": ("Anders", "Other"),
    },
    "phase": {
        "wish": ("kinderwens", "wish for a child"),
        "pregnancy": ("zwangerschap", "pregnancy"),
        "first_year": ("eerste levensjaar", "first year"),
        "second_year": ("tweede levensjaar", "second year"),
        "later": ("na de eerste 1000 dagen", "after the first 1000 days"),
    },
}
"""list -> code -> (Dutch, English), each list in the order the case file gives it."""

TEXTS: dict[str, Entry] = {
    f"code.{kind}.{code}": labels
    for kind, codes in CODE_LABELS.items()
    for code, labels in codes.items()
}
