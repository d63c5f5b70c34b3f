"""Texts of shared families (issue 13): colleagues and their cards, sharing, the team folder,
sync, conflicts, and the commands `team`, `share` and `handover`."""

from __future__ import annotations

from veldwerk.texts.catalogue import Entry

TEXTS: dict[str, Entry] = {
    # settings
    "config.hint.user_name": (
        "je naam, zoals collega's die kennen",
        "your name, as colleagues know it",
    ),
    "config.hint.organisation": (
        "de naam van je organisatie, zoals collega's die kennen",
        "the name of your organisation, as colleagues know it",
    ),
    # services.team: what a user can put right
    "team.no_user_name": (
        "Vul eerst je naam en je organisatie in (veldwerk config set user_name ... en "
        "veldwerk config set organisation ..., of in Instellingen › Team).",
        "First fill in your name and your organisation (veldwerk config set user_name ... and "
        "veldwerk config set organisation ..., or in Settings › Team).",
    ),
    "team.no_folder": (
        "Er is nog geen teammap ingesteld (veldwerk config set team_folder MAP, of in "
        "Instellingen › Team).",
        "No team folder is set yet (veldwerk config set team_folder DIR, or in Settings › Team).",
    ),
    "team.folder_missing": (
        "De teammap is er niet (of is geen map). Staat de netwerkschijf aan?",
        "The team folder is not there (or is not a folder). Is the network drive connected?",
    ),
    "team.folder_unreachable": (
        "De teammap kan nu niet worden gelezen of beschreven. Er is niets verloren; probeer het "
        "later nog eens.",
        "The team folder cannot be read or written now. Nothing is lost; try again later.",
    ),
    "team.folder_own_folder_link": (
        "Je eigen map in de teammap is een snelkoppeling (link). veldwerk schrijft daar niet in: "
        "iemand anders zou kunnen meelezen. Vraag de beheerder om hem weg te halen.",
        "Your own folder in the team folder is a (symbolic) link. veldwerk does not write into "
        "it: someone else could read along. Ask the administrator to take it away.",
    ),
    "team.not_a_card": (
        "{path} is geen collegakaart van veldwerk (of hij is beschadigd).",
        "{path} is not a veldwerk colleague card (or it is damaged).",
    ),
    "team.card_unreadable": ("{path} kan niet worden gelezen.", "{path} cannot be read."),
    "team.wrong_code": (
        "De veiligheidscode klopt niet met de kaart van {name}. De kaart is niet toegevoegd. "
        "Vergelijk de code nog eens samen, telefonisch of persoonlijk.",
        "The safety code does not match the card of {name}. The card was not added. Compare "
        "the code together once more, by phone or in person.",
    ),
    "team.own_card": ("Dit is je eigen kaart.", "This is your own card."),
    "team.unknown_colleague": (
        "Er is geen collega die {name} heet. Voeg eerst de collegakaart toe.",
        "There is no colleague called {name}. Add their colleague card first.",
    ),
    "team.ambiguous_colleague": (
        "Er zijn meer collega's die {name} heten. Koppel het netwerklid eerst aan de juiste.",
        "More than one colleague is called {name}. Link the network member to the right one first.",
    ),
    "team.no_such_person": (
        "Er is geen netwerklid {id} in dit gezin.",
        "There is no network member {id} in this family.",
    ),
    "team.colleague_removed": (
        "{name} is als collega verwijderd. Voeg de kaart opnieuw toe om weer te delen.",
        "{name} was removed as a colleague. Add their card again to share once more.",
    ),
    "team.share_with_self": ("Met jezelf delen kan niet.", "You cannot share with yourself."),
    "team.not_a_holder": (
        "{name} is nu geen vast aanspreekpunt of achterwacht van gezin {ref}. Alleen wie een van "
        "die rollen heeft, krijgt het gezin te zien. Maak {name} eerst vast aanspreekpunt of "
        "achterwacht.",
        "{name} is not the fixed contact person or the backup of family {ref} now. Only who "
        "holds one of those roles gets to see the family. Make {name} the fixed contact person "
        "or the backup first.",
    ),
    "team.no_such_conflict": (
        "Er is geen conflict {id} (meer) in dit gezin.",
        "There is no conflict {id} (any more) in this family.",
    ),
    "team.no_such_choice": (
        {"one": "Kies 1.", "other": "Kies een nummer van 1 tot en met {n}."},
        {"one": "Choose 1.", "other": "Choose a number from 1 to {n}."},
    ),
    # why a file of the team folder was not taken
    "team.reason.link": (
        "een snelkoppeling (link); veldwerk volgt geen links in de teammap",
        "a (symbolic) link; veldwerk follows no links in the team folder",
    ),
    "team.reason.not_regular": ("geen gewoon bestand", "not an ordinary file"),
    "team.reason.too_large": ("te groot om te lezen", "too large to read"),
    "team.reason.refused": ("niet gelezen", "not read"),
    "team.reason.unknown_colleague": (
        "van iemand van wie je geen collegakaart hebt",
        "from someone whose colleague card you do not have",
    ),
    "team.reason.removed": (
        "van een collega die je hebt verwijderd; niet gelezen",
        "from a colleague you removed; not read",
    ),
    "team.reason.unreadable": (
        "kan nu niet worden gelezen; de volgende keer weer",
        "cannot be read now; tried again next time",
    ),
    "team.reason.truncated": (
        "nog niet helemaal aangekomen; de volgende keer weer",
        "not completely arrived yet; tried again next time",
    ),
    "team.reason.bad_signature": (
        "de handtekening klopt niet (veranderd of nog niet compleet); de volgende keer weer",
        "the signature does not match (changed, or not complete yet); tried again next time",
    ),
    "team.reason.damaged": ("beschadigd", "damaged"),
    "team.reason.not_a_change_set": (
        "geen wijzigingenbestand van veldwerk",
        "not a veldwerk change set",
    ),
    "team.reason.unknown_version": (
        "gemaakt door een nieuwere veldwerk; werk veldwerk bij",
        "made by a newer veldwerk; update veldwerk",
    ),
    "team.reason.replayed": (
        "een kopie van een bestand dat al gelezen is; niets veranderd",
        "a copy of a file already read; nothing changed",
    ),
    "team.reason.wrong_place": (
        "staat niet op de plaats waar de schrijver hem neerzette",
        "is not where its writer put it",
    ),
    "team.reason.family_gone": (
        "over een gezin dat hier gewist is; niet overgenomen",
        "about a family erased here; not taken",
    ),
    "team.reason.not_a_peer": (
        "van een collega die dit gezin niet heeft gekregen; niet overgenomen",
        "from a colleague who was not given this family; not taken",
    ),
    "team.reason.ref_exists": (
        "hier is al een ander gezin met dit kenmerk; wijzig het kenmerk van een van beide",
        "another family here has this reference; change the reference of one of them",
    ),
    # cli.team_cmd
    "team.card_written": (
        "Collegakaart geschreven: {path}. Geef hem aan je collega en vergelijk samen deze "
        "veiligheidscode:",
        "Colleague card written: {path}. Give it to your colleague and compare this safety code "
        "together:",
    ),
    "team.colleague_added": (
        "{name} ({organisation}) is toegevoegd als collega.",
        "{name} ({organisation}) was added as a colleague.",
    ),
    "team.colleague_removed_done": (
        "{name} is verwijderd als collega: er wordt niets meer van gelezen of naartoe gestuurd.",
        "{name} was removed as a colleague: nothing is read from them or sent to them any more.",
    ),
    "team.no_colleagues": ("Nog geen collega's.", "No colleagues yet."),
    "team.colleague_line": (
        "{name} ({organisation}) – code {safety}",
        "{name} ({organisation}) – code {safety}",
    ),
    "team.colleague_line_removed": (
        "{name} ({organisation}) – verwijderd",
        "{name} ({organisation}) – removed",
    ),
    "team.linked": (
        "Netwerklid {id} van gezin {ref} is nu gekoppeld aan {name}.",
        "Network member {id} of family {ref} is now linked to {name}.",
    ),
    "team.unlinked": (
        "Netwerklid {id} van gezin {ref} is niet meer met de hand gekoppeld; naam en organisatie "
        "bepalen weer wie het is.",
        "Network member {id} of family {ref} is no longer linked by hand; name and organisation "
        "decide again who it is.",
    ),
    "team.shared": (
        "Gezin {ref} wordt gedeeld met: {names}. Het gaat mee bij de volgende synchronisatie "
        "(veldwerk team sync).",
        "Family {ref} is shared with: {names}. It travels at the next sync (veldwerk team sync).",
    ),
    "team.sync_done": (
        "Teammap bijgewerkt: {sent} bestand(en) geschreven, {received} gelezen.",
        "Team folder synced: {sent} file(s) written, {received} read.",
    ),
    "team.sync_new": ("Nieuw gedeeld gezin: {ref}", "Newly shared family: {ref}"),
    "team.sync_updated": ("Bijgewerkt: {ref}", "Updated: {ref}"),
    "team.sync_removed": (
        "Gewist (je hebt geen rol meer, of een collega wiste het): {ref}",
        "Erased (you no longer hold a role, or a colleague erased it): {ref}",
    ),
    "team.sync_refused": ("Niet overgenomen: {file} – {reason}", "Not taken: {file} – {reason}"),
    "team.sync_waiting": ("Wacht: {file} – {reason}", "Waiting: {file} – {reason}"),
    "team.conflicts_none": ("Geen conflicten.", "No conflicts."),
    "team.conflict_line": (
        "Gezin {ref}: {what} ({id})",
        "Family {ref}: {what} ({id})",
    ),
    "team.choice_line": (
        "  {n}. {value} – door {by}, {at}",
        "  {n}. {value} – by {by}, {at}",
    ),
    "team.conflict.field": (
        "twee verschillende waarden van {field}",
        "two different values of {field}",
    ),
    "team.conflict.deleted": (
        "verwijderd terwijl iemand anders het nog wijzigde ({field})",
        "deleted while someone else was still changing it ({field})",
    ),
    "team.conflict.erasure": (
        "gewist terwijl iemand anders het nog wijzigde",
        "erased while someone else was still changing it",
    ),
    "team.resolved": ("Opgelost: {id} van gezin {ref}.", "Resolved: {id} of family {ref}."),
    "team.safety_code": ("Jouw veiligheidscode:", "Your safety code:"),
    # cli.handover_cmd
    "handover.done": (
        "{role} van gezin {ref} is nu {name}, vanaf {date}.",
        "The {role} of family {ref} is now {name}, from {date}.",
    ),
    "handover.usage": (
        "Geef het netwerklid dat de rol overneemt, of --end om de rol te beëindigen.",
        "Give the network member who takes the role over, or --end to end the role.",
    ),
    "handover.ended": (
        "{role} van gezin {ref} is beëindigd op {date}.",
        "The {role} of family {ref} ended on {date}.",
    ),
}
