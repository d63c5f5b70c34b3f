"""Texts of enrolment: who may be counted, the waiting list, the enrol command and the region
rule (issue 11)."""

from __future__ import annotations

from veldwerk.texts.catalogue import Entry

TEXTS: dict[str, Entry] = {
    "enrol.usage": (
        "Geef een installatie-id met --region, of --list, of --revoke ID.",
        "Give an installation id with --region, or --list, or --revoke ID.",
    ),
    "installation.card": (
        "Installatie: {id}\nVingerafdruk van de sleutel: {fingerprint}\nDe coördinator telt je "
        "leerdata pas mee na goedkeuring. Lees deze vingerafdruk voor als de coördinator je belt "
        "om ze te vergelijken.",
        "Installation: {id}\nKey fingerprint: {fingerprint}\nThe coordinator counts your learning "
        "data only once they enrolled this installation. Read this fingerprint out when the "
        "coordinator calls you to compare it.",
    ),
    "coordinator.reason.bad_region": (
        "Deze bundel noemt een regio met tekens die een regionaam niet mag hebben. Hij is niet "
        "meegeteld; de casusregisseur stelt de regio opnieuw in (Instellingen).",
        "This bundle names a region with characters a region name may not hold. It was not "
        "counted; the case director sets the region again (Settings).",
    ),
    "coordinator.wait.not_enrolled": (
        "Nog niet goedgekeurd: telt pas mee als je de installatie goedkeurt.",
        "Not enrolled yet: counts only once you enrol the installation.",
    ),
    "coordinator.wait.two_keys": (
        "Meer dan één sleutel zegt deze installatie te zijn. Geen ervan telt mee; vergelijk de "
        "vingerafdruk met de casusregisseur en keur alleen de juiste goed.",
        "More than one key claims to be this installation. None of them counts; compare the "
        "fingerprint with the case director and enrol only the right one.",
    ),
    "coordinator.wait.key_changed": (
        "Ondertekend met een andere sleutel dan waarmee deze installatie is goedgekeurd. Telt niet "
        "mee; vraag de casusregisseur of de installatie opnieuw is ingericht.",
        "Signed with another key than the one this installation is enrolled with. Not counted; ask "
        "the case director whether the installation was set up again.",
    ),
    "coordinator.wait.other_region": (
        "Noemt een andere regio dan waarvoor de installatie is goedgekeurd. Telt niet mee; keur "
        "haar opnieuw goed als de regio echt veranderd is.",
        "Names another region than the one the installation is enrolled in. Not counted; enrol it "
        "again if its region really changed.",
    ),
    "coordinator.summary_waiting": (
        "Niet meegeteld, wachtend op goedkeuring of een besluit: {waiting} (zie waiting.csv).",
        "Not counted, waiting for enrolment or a decision: {waiting} (see waiting.csv).",
    ),
    "coordinator.bad_installation_id": (
        "Een installatie-id bestaat uit 32 tekens 0-9 en a-f.",
        "An installation id is 32 characters 0-9 and a-f.",
    ),
    "coordinator.bad_fingerprint": (
        "Een vingerafdruk bestaat uit 32 tekens 0-9 en a-f, in groepjes van vier.",
        "A fingerprint is 32 characters 0-9 and a-f, in groups of four.",
    ),
    "coordinator.enrol_not_waiting": (
        "Installatie {id} staat niet op de wachtlijst. Verzamel eerst de gedeelde map, of geef de "
        "vingerafdruk die de casusregisseur je voorleest met --fingerprint.",
        "Installation {id} is not on the waiting list. Collect the shared folder first, or give "
        "the fingerprint the case director reads to you with --fingerprint.",
    ),
    "coordinator.enrol_two_keys": (
        "Voor installatie {id} wachten {n} verschillende sleutels. Laat de casusregisseur de "
        "vingerafdruk voorlezen en geef die met --fingerprint.",
        "{n} different keys wait for installation {id}. Have the case director read the "
        "fingerprint to you and give it with --fingerprint.",
    ),
    "coordinator.enrol_other_keys_waiting": (
        "Let op: op de wachtlijst staat voor deze installatie een sleutel met een andere "
        "vingerafdruk. Die telt niet mee.",
        "Note: the waiting list holds a key with another fingerprint for this installation. It "
        "does not count.",
    ),
    "coordinator.enrolled": (
        "Goedgekeurd: {id} in regio {region}, vingerafdruk {fingerprint}. Verzamel opnieuw om de "
        "bundels mee te tellen.",
        "Enrolled: {id} in region {region}, fingerprint {fingerprint}. Collect again to count its "
        "bundles.",
    ),
    "coordinator.revoked": (
        "Goedkeuring ingetrokken: {id}. Vanaf nu telt niets van deze installatie mee.",
        "Enrolment ended: {id}. From now on nothing of this installation counts.",
    ),
    "coordinator.not_enrolled": (
        "Installatie {id} is niet goedgekeurd.",
        "Installation {id} is not enrolled.",
    ),
    "coordinator.list_enrolled": ("Goedgekeurd ({n}):", "Enrolled ({n}):"),
    "coordinator.list_waiting": ("Wachtend ({n}):", "Waiting ({n}):"),
    "coordinator.list_none": ("  (geen)", "  (none)"),
    "coordinator.list_enrolled_line": (
        "  {id}  regio {region}  vingerafdruk {fingerprint}  goedgekeurd {when}",
        "  {id}  region {region}  fingerprint {fingerprint}  enrolled {when}",
    ),
    "coordinator.list_waiting_line": (
        "  {id}  regio {region}  vingerafdruk {fingerprint}  eerst gezien {when}\n    {reason}",
        "  {id}  region {region}  fingerprint {fingerprint}  first seen {when}\n    {reason}",
    ),
    "region.bad_name": (
        "Een regionaam bestaat uit 1 tot {max} letters, cijfers, spaties, streepjes (-) en "
        "apostrofs ('), en begint met een letter, een cijfer of een apostrof (bijvoorbeeld "
        "Noord-Veluwe of 's-Hertogenbosch).",
        "A region name is 1 to {max} letters, digits, spaces, hyphens (-) and apostrophes ('), and "
        "begins with a letter, a digit or an apostrophe (for example Noord-Veluwe or "
        "'s-Hertogenbosch).",
    ),
}
