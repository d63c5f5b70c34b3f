"""The coordinator's messages, in Dutch and English (registered on import), and the reasons a
file can be refused for."""

from __future__ import annotations

from veldwerk.domain import messages
from veldwerk.learning.errors import REASONS as BUNDLE_REASONS

COORDINATOR_REASONS: tuple[str, ...] = (
    "key_changed", "untrusted_key", "too_large", "unreadable", "bad_region",
)  # fmt: skip
"""Reasons of the coordinator's own, besides the bundle reader's (`learning.errors.REASONS`)."""

REASONS: tuple[str, ...] = BUNDLE_REASONS + COORDINATOR_REASONS
"""Every value the ``reason`` column of rejected.csv can hold."""

LASTING_REASONS: frozenset[str] = frozenset({
    "not_a_bundle", "truncated", "damaged", "bad_signature", "unknown_version", "schema",
    "mismatch",
})  # fmt: skip
"""Reasons that belong to the file's bytes alone: such a file is refused again without being
checked again. The others depend on the key given, the trusted keys or what was collected before,
so those files are checked again on every run."""

TEXTS: dict[str, tuple[str, str]] = {
    "coordinator.reason.key_changed": (
        "Deze bundel is ondertekend met een andere sleutel dan waarmee deze installatie is "
        "goedgekeurd. Hij is niet meegeteld.",
        "This bundle was signed with another key than the one this installation is enrolled "
        "with. It was not counted.",
    ),
    "coordinator.reason.untrusted_key": (
        "Deze bundel is ondertekend met een sleutel die niet in de lijst met vertrouwde "
        "sleutels staat.",
        "This bundle was signed with a key that is not in the list of trusted keys.",
    ),
    "coordinator.reason.too_large": (
        "Dit bestand is te groot voor een leerbundel.",
        "This file is too large to be a learning bundle.",
    ),
    "coordinator.reason.unreadable": (
        "Dit bestand kon niet worden gelezen.",
        "This file could not be read.",
    ),
    "coordinator.threshold_too_low": (
        "De drempel moet minstens {min} zijn (gegeven: {given}). Kleinere aantallen zouden "
        "naar één gezin kunnen wijzen.",
        "The threshold must be at least {min} (given: {given}). Smaller numbers could point "
        "at a single family.",
    ),
    "coordinator.folder_missing": (
        "De map {path} bestaat niet of is geen map.",
        "The folder {path} does not exist or is not a folder.",
    ),
    "coordinator.db_unreachable": (
        "De database van de coördinator is niet bereikbaar ({detail}).",
        "The coordinator database cannot be reached ({detail}).",
    ),
    "coordinator.db_newer": (
        "Deze database is gemaakt met een nieuwere versie van veldwerk. Werk veldwerk bij; er "
        "is niets veranderd.",
        "This database was made by a newer version of veldwerk. Please update veldwerk; "
        "nothing was changed.",
    ),
    "coordinator.trusted_keys_unreadable": (
        "In de map met vertrouwde sleutels staat een bestand dat geen sleutel is: {path}.",
        "The folder of trusted keys holds a file that is not a key: {path}.",
    ),
    "coordinator.trusted_keys_empty": (
        "De map met vertrouwde sleutels {path} bevat geen sleutels.",
        "The folder of trusted keys {path} holds no keys.",
    ),
    "coordinator.out_not_writable": (
        "In de map {path} kan niet worden geschreven.",
        "The folder {path} cannot be written to.",
    ),
    # the summary of a run
    "coordinator.summary": (
        "{files} bestanden bekeken: {new} nieuwe bundels verwerkt, {unchanged} al eerder "
        "verwerkt, {superseded} niet nieuwer dan wat er al is, {duplicates} dubbel, {rejected} "
        "geweigerd.",
        "{files} files looked at: {new} new bundles collected, {unchanged} collected before, "
        "{superseded} not newer than what is kept, {duplicates} duplicates, {rejected} "
        "refused.",
    ),
    "coordinator.totals": (
        "Nu in de database: {families} gezinnen van {installations} installaties.",
        "Now in the database: {families} families from {installations} installations.",
    ),
    "coordinator.rejected_line": ("  {file}: {reason}", "  {file}: {reason}"),
    "coordinator.rejected_more": (
        "  … en nog {n}; alles staat in rejected.csv.",
        "  … and {n} more; all are listed in rejected.csv.",
    ),
    "coordinator.written": ("Geschreven: {paths}", "Written: {paths}"),
    "coordinator.cancelled": (
        "Afgebroken. Wat al verwerkt was, blijft bewaard; start opnieuw om verder te gaan.",
        "Cancelled. What was collected so far is kept; start again to continue.",
    ),
    "coordinator.key_passphrase_prompt": (
        "Wachtwoord van de coördinatorsleutel: ",
        "Passphrase of the coordinator key: ",
    ),
    "coordinator.what.key_passphrase": (
        "wachtwoord van de coördinatorsleutel",
        "passphrase of the coordinator key",
    ),
}

messages.register(TEXTS)

# --- enrolled installations (issue 11, 'enrol'); one block, for the move to one catalogue -----
ENROL_TEXTS: dict[str, tuple[str, str]] = {
    "coordinator.reason.bad_region": (
        "Deze bundel noemt een regio met tekens die een regionaam niet mag hebben. Hij is niet "
        "meegeteld; de casusregisseur stelt de regio opnieuw in (Instellingen).",
        "This bundle names a region with characters a region name may not hold. It was not "
        "counted; the case director sets the region again (Settings).",
    ),
    "coordinator.wait.not_enrolled": (
        "Nog niet goedgekeurd: telt pas mee als u de installatie goedkeurt.",
        "Not enrolled yet: counts only once you enrol the installation.",
    ),
    "coordinator.wait.two_keys": (
        "Meer dan één sleutel zegt deze installatie te zijn. Geen ervan telt mee; vergelijk de "
        "vingerafdruk met de casusregisseur en keur alleen de juiste goed.",
        "More than one key claims to be this installation. None of them counts; compare the "
        "fingerprint with the case director and enrol only the right one.",
    ),
    "coordinator.wait.key_changed": (
        "Ondertekend met een andere sleutel dan waarmee deze installatie is goedgekeurd. Telt "
        "niet mee; vraag de casusregisseur of de installatie opnieuw is ingericht.",
        "Signed with another key than the one this installation is enrolled with. Not "
        "counted; ask the case director whether the installation was set up again.",
    ),
    "coordinator.wait.other_region": (
        "Noemt een andere regio dan waarvoor de installatie is goedgekeurd. Telt niet mee; "
        "keur haar opnieuw goed als de regio echt veranderd is.",
        "Names another region than the one the installation is enrolled in. Not counted; "
        "enrol it again if its region really changed.",
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
        "Installatie {id} staat niet op de wachtlijst. Verzamel eerst de gedeelde map, of geef "
        "de vingerafdruk die de casusregisseur u voorleest met --fingerprint.",
        "Installation {id} is not on the waiting list. Collect the shared folder first, or "
        "give the fingerprint the case director reads to you with --fingerprint.",
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
        "Note: the waiting list holds a key with another fingerprint for this installation. "
        "It does not count.",
    ),
    "coordinator.enrolled": (
        "Goedgekeurd: {id} in regio {region}, vingerafdruk {fingerprint}. Verzamel opnieuw "
        "om de bundels mee te tellen.",
        "Enrolled: {id} in region {region}, fingerprint {fingerprint}. Collect again to count "
        "its bundles.",
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
}

messages.register(ENROL_TEXTS)


def wait_text(reason: str, lang: str) -> str:
    """Why an installation key waits (`enrolment.WAIT_REASONS`), in words, in `lang`."""
    return messages.render(f"coordinator.wait.{reason}", {}, lang)


def reason_code(reason: str) -> str:
    """The message code that explains `reason` to people."""
    if reason in COORDINATOR_REASONS:
        return f"coordinator.reason.{reason}"
    return f"bundle.{reason}"


def reason_text(reason: str, detail: str, lang: str) -> str:
    """`reason` in words, in `lang`."""
    return messages.render(reason_code(reason), {"detail": detail}, lang)
