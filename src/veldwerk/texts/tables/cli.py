"""Texts of the command line: prompts, and what each command says when it is done."""

from __future__ import annotations

from veldwerk.texts.catalogue import Entry

TEXTS: dict[str, Entry] = {
    # cli.context
    "cli.passphrase_prompt": ("Wachtwoord: ", "Passphrase: "),
    "cli.new_passphrase_prompt": ("Nieuw wachtwoord: ", "New passphrase: "),
    "cli.repeat_prompt": ("Herhaal het nieuwe wachtwoord: ", "Repeat the new passphrase: "),
    "cli.recovery_prompt": ("Herstelsleutel: ", "Recovery key: "),
    "cli.no_terminal": (
        "Er is geen invoer om het {what} te vragen. Zet {env}.",
        "There is no terminal to ask for the {what}. Set {env}.",
    ),
    "cli.what.passphrase": ("wachtwoord", "passphrase"),
    "cli.what.new_passphrase": ("nieuwe wachtwoord", "new passphrase"),
    "cli.what.recovery_key": ("herstelsleutel", "recovery key"),
    "cli.confirm": ("{question} [j/N] ", "{question} [y/N] "),
    "cli.unexpected": (
        "Er ging iets mis dat niet had mogen gebeuren. Er is niets half opgeslagen. "
        "Details staan in het logbestand (zonder persoonsgegevens).",
        "Something went wrong that should not have. Nothing was half-saved. "
        "Details are in the log (without personal data).",
    ),
    # cli.backup_cmd
    "backup.done": (
        "Reservekopie gemaakt: {path}. Hij is versleuteld; terugzetten vraagt het wachtwoord "
        "van nu.",
        "Backup written: {path}. It is encrypted; restoring asks for today's passphrase.",
    ),
    # cli.check_cmd
    "check.ok": (
        "Alles in orde: {n} gezin(nen), schema {schema}, versleuteling en logboek gecontroleerd.",
        "All is well: {n} family(ies), schema {schema}, encryption and audit log checked.",
    ),
    "check.bad": ("Er is schade gevonden:", "Damage was found:"),
    # cli.coordinator_keygen_cmd
    "keygen.done": (
        "Sleutelpaar gemaakt.\n  Geheime sleutel (alleen voor jou, goed bewaren): {private}\n"
        "  Openbare sleutel (voor de casusregisseurs): {public}\n"
        "Casusregisseurs zetten hem met: veldwerk config set coordinator_key {public}",
        "Key pair made.\n  Private key (yours only, keep it safe): {private}\n"
        "  Public key (for the case directors): {public}\n"
        "Case directors set it with: veldwerk config set coordinator_key {public}",
    ),
    # cli.delete_cmd
    "delete.question": (
        "Gezin {ref} en alles wat erover is vastgelegd definitief wissen? Dit kan niet "
        "ongedaan worden.",
        "Erase family {ref} and everything recorded about it for good? This cannot be undone.",
    ),
    "delete.done": (
        "Gezin {ref} is gewist. Let op: reservekopieën die je zelf eerder maakte, bevatten het "
        "gezin nog; vernietig die als dat nodig is.",
        "Family {ref} has been erased. Note: backups you made yourself earlier still hold the "
        "family; destroy them if needed.",
    ),
    # cli.export_case_cmd
    "export_case.question": (
        "Dit bestand bevat namen, adressen en notities, onversleuteld. Alleen doen als het "
        "veilig bewaard wordt. Doorgaan?",
        "This file holds names, addresses and notes, unencrypted. Only do this if it will be "
        "kept safe. Continue?",
    ),
    "export_case.done": (
        "{n} gezin(nen) geschreven naar {path}.",
        "{n} family(ies) written to {path}.",
    ),
    # cli.export_cmd
    "export.done": (
        "Leerdata klaargezet: {n} gezin(nen), volgnummer {seq}, in {path}.",
        "Learning data ready: {n} family(ies), sequence {seq}, in {path}.",
    ),
    "export.pending_reflections": (
        "{n} reflectie(s) wachten op je goedkeuring en gaan pas mee als je ze goedkeurt "
        "(in de app: Leerdata).",
        "{n} reflection(s) await your approval and only go along once approved "
        "(in the app: Learning data).",
    ),
    # cli.families_cmd
    "families.header": (
        "kenmerk|naam|status|fase|vast aanspreekpunt|achterwacht",
        "ref|name|status|phase|primary contact|backup",
    ),
    "families.no_backup": ("! geen achterwacht", "! no backup"),
    "families.none": ("Nog geen gezinnen.", "No families yet."),
    # cli.import_cmd
    "import.done": (
        "{n} gezin(nen) ingelezen ({replaced} vervangen).",
        "{n} family(ies) imported ({replaced} replaced).",
    ),
    "import.replace_hint": (
        "Om de gezinnen die er al zijn te vervangen door die in het bestand: lees het "
        "opnieuw in met --replace.",
        "To replace the families that are already there with those in the file, import it "
        "again with --replace.",
    ),
    "import.refused": (
        "Het bestand is niet ingelezen; er is niets opgeslagen. Wat er niet klopt:",
        "The file was not imported; nothing was stored. What is wrong:",
    ),
    # cli.init_cmd
    "init.done": (
        "Profiel aangemaakt in {path}.\n\n"
        "Je herstelsleutel (wordt maar één keer getoond; bewaar hem op papier, los van de "
        "laptop):\n\n    {key}\n\n"
        "Met deze sleutel kom je weer bij de gegevens als je het wachtwoord vergeet.",
        "Profile created in {path}.\n\n"
        "Your recovery key (shown only this once; keep it on paper, away from the laptop):\n\n"
        "    {key}\n\n"
        "With this key you can reach the data again if you forget the passphrase.",
    ),
    # cli.overview_cmd
    "overview.done": ("Overzicht geschreven naar {path}.", "Overview written to {path}."),
    # cli.passwd_cmd
    "passwd.done": ("Het wachtwoord is gewijzigd.", "The passphrase has been changed."),
    # cli.recover_cmd
    "recover.done": (
        "Gelukt: het profiel heeft een nieuw wachtwoord.",
        "Done: the profile has a new passphrase.",
    ),
    # cli.restore_cmd
    "restore.done": (
        "Teruggezet in {path}: {n} gezin(nen). Open het met het wachtwoord van toen de "
        "reservekopie werd gemaakt.",
        "Restored into {path}: {n} family(ies). Open it with the passphrase that was valid "
        "when the backup was made.",
    ),
    # cli.sync_cmd
    "sync.delivered": (
        "{n} bundel(s) afgeleverd in de gedeelde map.",
        "{n} bundle(s) delivered to the shared folder.",
    ),
}
