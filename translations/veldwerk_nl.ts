<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ChangeContactDialog</name>
    <message>
        <source>Nobody (end this role)</source>
        <translation>Niemand (deze rol beëindigen)</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>From %1, %2 is the %3 and %4 stops. The handover is recorded in the journey.</source>
        <translation>Vanaf %1 is %2 %3 en stopt %4. De overdracht komt in de klantreis.</translation>
    </message>
    <message>
        <source>From %1, %2 is the %3. This is recorded in the journey.</source>
        <translation>Vanaf %1 is %2 %3. Dit komt in de klantreis.</translation>
    </message>
    <message>
        <source>From %1, %2 is no longer the %3, and nobody takes over. This is recorded in the journey.</source>
        <translation>Vanaf %1 is %2 niet meer het %3, en niemand neemt het over. Dit komt in de klantreis.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>No contact persons yet.</source>
        <translation>Nog geen contactpersonen.</translation>
    </message>
    <message>
        <source>Change contact person</source>
        <translation>Contactpersoon wisselen</translation>
    </message>
    <message>
        <source>The family keeps one fixed contact person and, if possible, a backup. A change starts on the day you choose; the earlier period stays in the history.</source>
        <translation>Het gezin houdt één vast aanspreekpunt en, als het kan, een achterwacht. Een wissel gaat in op de dag die je kiest; de eerdere periode blijft in de geschiedenis staan.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;Nieuwe persoon</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Vanaf</translation>
    </message>
    <message>
        <source>New contact person</source>
        <translation>Nieuwe contactpersoon</translation>
    </message>
    <message>
        <source>Date of the change</source>
        <translation>Datum van de wissel</translation>
    </message>
    <message>
        <source>There is no other professional in this family&apos;s network. Add one on the Network tab first.</source>
        <translation>Er is geen andere professional in het netwerk van dit gezin. Voeg er eerst een toe op het tabblad Netwerk.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Wisselen</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Reden van de wissel</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Kies een reden…</translation>
    </message>
    <message>
        <source>&amp;Warm handover: the new person met the family with me</source>
        <translation>&amp;Warme overdracht: de nieuwe persoon heeft het gezin samen met mij ontmoet</translation>
    </message>
    <message>
        <source>Warm handover</source>
        <translation>Warme overdracht</translation>
    </message>
    <message>
        <source>N&amp;ote for the new person</source>
        <translation>N&amp;otitie voor de nieuwe persoon</translation>
    </message>
    <message>
        <source>Note for the new person</source>
        <translation>Notitie voor de nieuwe persoon</translation>
    </message>
    <message>
        <source>What the new person should know first</source>
        <translation>Wat de nieuwe persoon als eerste moet weten</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>No fixed contact person</source>
        <translation>Geen vast aanspreekpunt</translation>
    </message>
    <message>
        <source>Choose who the family can always turn to.</source>
        <translation>Kies bij wie het gezin altijd terecht kan.</translation>
    </message>
    <message>
        <source>No backup contact</source>
        <translation>Geen achterwacht</translation>
    </message>
    <message>
        <source>Ask a colleague to be the backup, so the family always has someone to call.</source>
        <translation>Vraag een collega als achterwacht, zodat het gezin altijd iemand kan bellen.</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefoon: %1</translation>
    </message>
    <message>
        <source>Contact persons for this family</source>
        <translation>Contactpersonen van dit gezin</translation>
    </message>
    <message>
        <source>C&amp;hange contact person…</source>
        <translation>Contactpersoon &amp;wisselen…</translation>
    </message>
    <message>
        <source>Change contact person</source>
        <translation>Contactpersoon wisselen</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>Sha&amp;re with colleague…</source>
        <translation>&amp;Delen met collega…</translation>
    </message>
    <message>
        <source>Share this family with its backup</source>
        <translation>Dit gezin delen met de achterwacht</translation>
    </message>
    <message>
        <source>Encrypted, through the team folder, with the backup or fixed contact person</source>
        <translation>Versleuteld, via de teammap, met de achterwacht of het vaste aanspreekpunt</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>Day-month-year, for example 24-11-2026 or 24-11-26</source>
        <translation>Dag-maand-jaar, bijvoorbeeld 24-11-2026 of 24-11-26</translation>
    </message>
    <message>
        <source>Pick a date from the calendar</source>
        <translation>Kies een datum in de kalender</translation>
    </message>
</context>
<context>
    <name>DbWorker</name>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <source>Something went wrong that should not have. Nothing was half-saved. The details are in the log, without any personal data.</source>
        <translation>Er ging iets mis dat niet had mogen gebeuren. Er is niets half opgeslagen. De details staan in het logbestand, zonder persoonsgegevens.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>A draft could not be read</source>
        <translation>Een concept kon niet worden gelezen</translation>
    </message>
    <message>
        <source>Continue filling in</source>
        <translation>Verder gaan</translation>
    </message>
    <message>
        <source>Continue where you left off?</source>
        <translation>Verder gaan met invullen?</translation>
    </message>
    <message>
        <source>Do you want to continue, or throw it away?</source>
        <translation>Wil je verder gaan, of het weggooien?</translation>
    </message>
    <message>
        <source>Throw away</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <source>What you were changing has been removed in the meantime; if you continue, it is added as a new one.</source>
        <translation>Wat je aan het wijzigen was, is intussen verwijderd; als je verder gaat, wordt het opnieuw toegevoegd.</translation>
    </message>
    <message>
        <source>You were entering a new family when veldwerk locked or closed.</source>
        <translation>Je was een nieuw gezin aan het invullen toen veldwerk vergrendeld werd of stopte.</translation>
    </message>
    <message>
        <source>You were filling something in for %1 (%2) when veldwerk locked or closed.</source>
        <translation>Je was iets aan het invullen voor %1 (%2) toen veldwerk vergrendeld werd of stopte.</translation>
    </message>
    <message>
        <source>a change of contact person</source>
        <translation>een wissel van contactpersoon</translation>
    </message>
    <message>
        <source>a form</source>
        <translation>een formulier</translation>
    </message>
    <message>
        <source>a goal in the plan</source>
        <translation>een doel in het plan</translation>
    </message>
    <message>
        <source>a member of the family</source>
        <translation>een gezinslid</translation>
    </message>
    <message>
        <source>a reflection</source>
        <translation>een reflectie</translation>
    </message>
    <message>
        <source>a step in the journey</source>
        <translation>een stap in de klantreis</translation>
    </message>
    <message>
        <source>someone in the network</source>
        <translation>iemand in het netwerk</translation>
    </message>
    <message>
        <source>the family&apos;s details</source>
        <translation>de gegevens van het gezin</translation>
    </message>
</context>
<context>
    <name>DiscardChanges</name>
    <message>
        <source>Discard changes?</source>
        <translation>Wijzigingen weggooien?</translation>
    </message>
    <message>
        <source>You have changed this form. Close it without saving your changes?</source>
        <translation>Je hebt dit formulier gewijzigd. Sluiten zonder je wijzigingen op te slaan?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Wijzigingen weggooien</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
</context>
<context>
    <name>FamilyDetail</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n gezinslid</numerusform>
            <numerusform>%n gezinsleden</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a family on the left, or add a new one with File › New family (Ctrl+N).</source>
        <translation>Kies links een gezin, of voeg een nieuw gezin toe via Bestand › Nieuw gezin (Ctrl+N).</translation>
    </message>
    <message>
        <source>Family &amp;details…</source>
        <translation>Gezins&amp;gegevens…</translation>
    </message>
    <message>
        <source>Family details</source>
        <translation>Gezinsgegevens</translation>
    </message>
    <message>
        <source>Family tabs</source>
        <translation>Tabbladen van het gezin</translation>
    </message>
</context>
<context>
    <name>FamilyDetailsDialog</name>
    <message>
        <source>There is already a family with reference %1. Choose another reference.</source>
        <translation>Er is al een gezin met kenmerk %1. Kies een ander kenmerk.</translation>
    </message>
    <message>
        <source>Family details</source>
        <translation>Gezinsgegevens</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
</context>
<context>
    <name>FamilyFields</name>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Kenmerk</translation>
    </message>
    <message>
        <source>Reference (your own case number)</source>
        <translation>Kenmerk (je eigen dossiernummer)</translation>
    </message>
    <message>
        <source>your own case number, e.g. HW-2026-014</source>
        <translation>je eigen dossiernummer, bijv. HW-2026-014</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Naam van het gezin</translation>
    </message>
    <message>
        <source>e.g. Family De Vries</source>
        <translation>bijv. Gezin De Vries</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Gemeente</translation>
    </message>
    <message>
        <source>Support &amp;started</source>
        <translation>&amp;Begeleiding gestart</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Afgesloten op</translation>
    </message>
    <message>
        <source>Expected &amp;birth</source>
        <translation>&amp;Verwachte geboorte</translation>
    </message>
    <message>
        <source>Expected date of birth</source>
        <translation>Verwachte geboortedatum</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Kwetsbaarheden</translation>
    </message>
    <message>
        <source>Learning &amp;consent</source>
        <translation>&amp;Toestemming leren</translation>
    </message>
    <message>
        <source>Consent to use pseudonymised data for learning</source>
        <translation>Toestemming om gepseudonimiseerde gegevens te gebruiken om van te leren</translation>
    </message>
</context>
<context>
    <name>FamilyListModel</name>
    <message>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <source>Backup contact</source>
        <translation>Achterwacht</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>No backup contact (achterwacht) at the moment</source>
        <translation>Op dit moment geen achterwacht</translation>
    </message>
    <message>
        <source>Backup contact: %1</source>
        <translation>Achterwacht: %1</translation>
    </message>
</context>
<context>
    <name>FamilyListPanel</name>
    <message numerus="yes">
        <source>%n family(ies)</source>
        <translation>
            <numerusform>%n gezin</numerusform>
            <numerusform>%n gezinnen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>Active and closed</source>
        <translation>Actief en afgesloten</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Alle fasen</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Backup contact</source>
        <translation>Achterwacht</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Gezinnen</translation>
    </message>
    <message>
        <source>Search names, network, journey, notes…</source>
        <translation>Zoek in namen, netwerk, klantreis, notities…</translation>
    </message>
    <message>
        <source>Search families</source>
        <translation>Gezinnen zoeken</translation>
    </message>
    <message>
        <source>Show families by status</source>
        <translation>Gezinnen tonen op status</translation>
    </message>
    <message>
        <source>Show families by phase</source>
        <translation>Gezinnen tonen op fase</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Sorteren op</translation>
    </message>
    <message>
        <source>Sort families by</source>
        <translation>Gezinnen sorteren op</translation>
    </message>
    <message>
        <source>The order of the list (a click on a column header sorts too)</source>
        <translation>De volgorde van de lijst (een klik op een kolomkop sorteert ook)</translation>
    </message>
    <message>
        <source>Family list</source>
        <translation>Lijst van gezinnen</translation>
    </message>
</context>
<context>
    <name>FirstRunWindow</name>
    <message>
        <source>Your &amp;role</source>
        <translation>Je &amp;functie</translation>
    </message>
    <message>
        <source>for example case director</source>
        <translation>bijvoorbeeld casusregisseur</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Je functie</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <source>veldwerk recovery key</source>
        <translation>Herstelsleutel van veldwerk</translation>
    </message>
    <message>
        <source>Keep this key somewhere safe, away from the laptop. With it you can open your case records when the passphrase is forgotten.</source>
        <translation>Bewaar deze sleutel op een veilige plek, niet bij de laptop. Hiermee open je je dossiers als je het wachtwoord vergeten bent.</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Herstelsleutel opslaan</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Tekstbestanden (*.txt)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>The recovery key could not be saved there. Choose another place, for example a USB stick.</source>
        <translation>De herstelsleutel kon daar niet worden opgeslagen. Kies een andere plek, bijvoorbeeld een USB-stick.</translation>
    </message>
    <message>
        <source>Saved. Keep that file away from this laptop.</source>
        <translation>Opgeslagen. Bewaar dat bestand niet op deze laptop.</translation>
    </message>
    <message>
        <source>Sent to the printer. Keep the paper somewhere safe.</source>
        <translation>Naar de printer gestuurd. Bewaar het papier op een veilige plek.</translation>
    </message>
    <message>
        <source>veldwerk – first start</source>
        <translation>veldwerk – eerste start</translation>
    </message>
    <message>
        <source>Welcome to veldwerk</source>
        <translation>Welkom bij veldwerk</translation>
    </message>
    <message>
        <source>Everything you record about the families is kept encrypted on this computer. Choose a passphrase to protect it: you will type it each time you open veldwerk.</source>
        <translation>Alles wat je over de gezinnen vastlegt, wordt versleuteld bewaard op deze computer. Kies een wachtwoord om het te beschermen: dat typ je elke keer dat je veldwerk opent.</translation>
    </message>
    <message>
        <source>&amp;Create my profile</source>
        <translation>&amp;Maak mijn profiel</translation>
    </message>
    <message>
        <source>Creating your profile…</source>
        <translation>Je profiel wordt gemaakt…</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Je herstelsleutel</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only way back in. It is shown only now. Save it or print it, and keep it somewhere safe, away from this laptop.</source>
        <translation>Als je je wachtwoord ooit vergeet, kom je alleen met deze sleutel weer binnen. Je ziet hem alleen nu. Sla hem op of druk hem af, en bewaar hem op een veilige plek, niet bij deze laptop.</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Opslaan…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>I have stored my recovery key somewhere safe</source>
        <translation>Ik heb mijn herstelsleutel veilig bewaard</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Verder</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Herstelsleutel afdrukken</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Je &amp;naam</translation>
    </message>
    <message>
        <source>Your &amp;organisation</source>
        <translation>Je &amp;organisatie</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Je organisatie</translation>
    </message>
    <message>
        <source>as your colleagues know you</source>
        <translation>zoals je collega's je kennen</translation>
    </message>
    <message>
        <source>e.g. Sociaal Team Harderwijk</source>
        <translation>bijv. Sociaal Team Harderwijk</translation>
    </message>
    <message>
        <source>Used only when you share a family with your backup colleague. You can also fill these in later, in Settings › Team.</source>
        <translation>Alleen nodig als je een gezin deelt met de collega die achterwacht is. Je kunt dit ook later invullen, bij Instellingen › Team.</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Arrow keys</source>
        <translation>Pijltjestoetsen</translation>
    </message>
    <message>
        <source>Add to the tab shown</source>
        <translation>Toevoegen op het getoonde tabblad</translation>
    </message>
    <message>
        <source>Change the chosen row</source>
        <translation>De gekozen regel wijzigen</translation>
    </message>
    <message>
        <source>Remove the chosen row</source>
        <translation>De gekozen regel verwijderen</translation>
    </message>
    <message>
        <source>Eco-map: choose the next or previous person</source>
        <translation>Ecogram: de volgende of vorige persoon kiezen</translation>
    </message>
    <message>
        <source>Eco-map or list: open the chosen person</source>
        <translation>Ecogram of lijst: de gekozen persoon openen</translation>
    </message>
    <message>
        <source>Next field (Shift+Tab: the one before)</source>
        <translation>Volgend veld (Shift+Tab: het veld ervoor)</translation>
    </message>
    <message>
        <source>In a dialog: save</source>
        <translation>In een venster: opslaan</translation>
    </message>
    <message>
        <source>In a dialog: cancel (asks first after a change)</source>
        <translation>In een venster: annuleren (vraagt eerst na een wijziging)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>You have changes that are not saved yet. Leave them and go on?</source>
        <translation>Je hebt wijzigingen die nog niet zijn opgeslagen. Wil je ze laten vervallen en verdergaan?</translation>
    </message>
    <message>
        <source>Leave the changes</source>
        <translation>Wijzigingen laten vervallen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
    <message>
        <source>Import a case file</source>
        <translation>Een dossierbestand importeren</translation>
    </message>
    <message>
        <source>Case files (*.json);;All files (*)</source>
        <translation>Dossierbestanden (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Staat er al</translation>
    </message>
    <message numerus="yes">
        <source>%n of these families are already in veldwerk. Replace them with the ones in the file?</source>
        <translation>
            <numerusform>%n van deze gezinnen staat al in veldwerk. Vervangen door het gezin uit het bestand?</numerusform>
            <numerusform>%n van deze gezinnen staan al in veldwerk. Vervangen door de gezinnen uit het bestand?</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… en nog %n</numerusform>
            <numerusform>… en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Er is niets geïmporteerd</translation>
    </message>
    <message>
        <source>The file was not imported because of these problems:</source>
        <translation>Het bestand is niet geïmporteerd vanwege deze problemen:</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies) imported.</source>
        <translation>
            <numerusform>%n gezin geïmporteerd.</numerusform>
            <numerusform>%n gezinnen geïmporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>Import gestopt</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was imported.</source>
        <translation>De import is gestopt. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Importing families…</source>
        <translation>Gezinnen importeren…</translation>
    </message>
    <message>
        <source>About veldwerk</source>
        <translation>Over veldwerk</translation>
    </message>
    <message>
        <source>veldwerk %1 – encrypted case records for the first 1000 days.</source>
        <translation>veldwerk %1 – versleutelde dossiers voor de eerste 1000 dagen.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>You have changes that are not saved yet. Close veldwerk and leave them?</source>
        <translation>Je hebt wijzigingen die nog niet zijn opgeslagen. veldwerk sluiten en ze laten vervallen?</translation>
    </message>
    <message>
        <source>Close and leave them</source>
        <translation>Sluiten en laten vervallen</translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies) in this profile</source>
        <translation>
            <numerusform>%n gezin in dit profiel</numerusform>
            <numerusform>%n gezinnen in dit profiel</numerusform>
        </translation>
    </message>
    <message>
        <source>practice data, not real families</source>
        <translation>oefengegevens, geen echte gezinnen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Beeld</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Gegevens</translation>
    </message>
    <message>
        <source>&amp;New family…</source>
        <translation>&amp;Nieuw gezin…</translation>
    </message>
    <message>
        <source>&amp;Import case file…</source>
        <translation>Dossierbestand &amp;importeren…</translation>
    </message>
    <message>
        <source>&amp;Print overview…</source>
        <translation>Overzicht &amp;afdrukken…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Find family</source>
        <translation>Gezin &amp;zoeken</translation>
    </message>
    <message>
        <source>Family &amp;details…</source>
        <translation>Gezins&amp;gegevens…</translation>
    </message>
    <message>
        <source>&amp;Change contact person…</source>
        <translation>Contactpersoon &amp;wisselen…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Next family</source>
        <translation>&amp;Volgend gezin</translation>
    </message>
    <message>
        <source>&amp;Previous family</source>
        <translation>V&amp;orig gezin</translation>
    </message>
    <message>
        <source>&amp;Learning data…</source>
        <translation>&amp;Leerdata…</translation>
    </message>
    <message>
        <source>C&amp;oordinator…</source>
        <translation>&amp;Coördinator…</translation>
    </message>
    <message>
        <source>&amp;About veldwerk</source>
        <translation>&amp;Over veldwerk</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>Tab: %1</source>
        <translation>Tabblad: %1</translation>
    </message>
    <message>
        <source>Main actions</source>
        <translation>Hoofdacties</translation>
    </message>
    <message>
        <source>Families and the chosen family</source>
        <translation>Gezinnen en het gekozen gezin</translation>
    </message>
    <message>
        <source>Practice data: these families are made up</source>
        <translation>Oefengegevens: deze gezinnen zijn verzonnen</translation>
    </message>
</context>
<context>
    <name>NewFamilyDialog</name>
    <message>
        <source>There is already a family with reference %1. Open that family, or choose another reference.</source>
        <translation>Er is al een gezin met kenmerk %1. Open dat gezin, of kies een ander kenmerk.</translation>
    </message>
    <message>
        <source>New family</source>
        <translation>Nieuw gezin</translation>
    </message>
    <message>
        <source>Start with what is needed now. More members, the network and the journey are added on the tabs afterwards.</source>
        <translation>Begin met wat nu nodig is. Meer gezinsleden, het netwerk en de klantreis voeg je daarna toe op de tabbladen.</translation>
    </message>
    <message>
        <source>Open the e&amp;xisting family</source>
        <translation>Bestaand gezin o&amp;penen</translation>
    </message>
    <message>
        <source>Closes this form without adding a family and shows the family that has this reference</source>
        <translation>Sluit dit formulier zonder een gezin toe te voegen en toont het gezin met dit kenmerk</translation>
    </message>
    <message>
        <source>First family member</source>
        <translation>Eerste gezinslid</translation>
    </message>
    <message>
        <source>Ro&amp;le</source>
        <translation>Ro&amp;l</translation>
    </message>
    <message>
        <source>Role of the first member</source>
        <translation>Rol van het eerste gezinslid</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Voornaam</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Achternaam</translation>
    </message>
    <message>
        <source>Family name of the member</source>
        <translation>Achternaam van het gezinslid</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Fixed contact person</source>
        <translation>Vast aanspreekpunt</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>N&amp;aam</translation>
    </message>
    <message>
        <source>Name of the fixed contact person</source>
        <translation>Naam van het vaste aanspreekpunt</translation>
    </message>
    <message>
        <source>often you yourself</source>
        <translation>vaak jijzelf</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Beroep</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <source>&amp;Add family</source>
        <translation>Gezin &amp;toevoegen</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>Tip: a few separate words make a strong, easy to remember passphrase.</source>
        <translation>Tip: een paar losse woorden maken een sterk wachtwoord dat je makkelijk onthoudt.</translation>
    </message>
    <message>
        <source>Too weak: this passphrase cannot be used.</source>
        <translation>Te zwak: dit wachtwoord kan niet worden gebruikt.</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>Voldoende</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Goed</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Sterk</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nieuw wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Herhaal het</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Herhaal het nieuwe wachtwoord</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Sterkte van het wachtwoord</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Preparing the overview…</source>
        <translation>Het overzicht wordt gemaakt…</translation>
    </message>
    <message>
        <source>The overview could not be made.</source>
        <translation>Het overzicht kon niet worden gemaakt.</translation>
    </message>
    <message>
        <source>Save the overview</source>
        <translation>Overzicht opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>The overview could not be saved there. Choose another place.</source>
        <translation>Het overzicht kon daar niet worden opgeslagen. Kies een andere plek.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Naar de printer gestuurd.</translation>
    </message>
    <message>
        <source>Print overview</source>
        <translation>Overzicht afdrukken</translation>
    </message>
    <message>
        <source>&amp;Team version</source>
        <translation>Versie voor het &amp;team</translation>
    </message>
    <message>
        <source>&amp;Family version</source>
        <translation>Versie voor het &amp;gezin</translation>
    </message>
    <message>
        <source>Team version</source>
        <translation>Versie voor het team</translation>
    </message>
    <message>
        <source>Family version</source>
        <translation>Versie voor het gezin</translation>
    </message>
    <message>
        <source>The team version is for colleagues and the case review. The family version is written for the family itself, in plain words.</source>
        <translation>De teamversie is voor collega&apos;s en het casusoverleg. De gezinsversie is geschreven voor het gezin zelf, in gewone woorden.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Opslaan als PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Preview of the overview</source>
        <translation>Voorbeeld van het overzicht</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Type a word, or part of one, to search.</source>
        <translation>Typ een woord of een deel ervan om te zoeken.</translation>
    </message>
    <message>
        <source>That is a lot of text: only the first words count.</source>
        <translation>Dat is veel tekst: alleen de eerste woorden tellen mee.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Niets gevonden.</translation>
    </message>
    <message>
        <source>More was found: type more to narrow it down.</source>
        <translation>Er is meer gevonden: typ verder om te verfijnen.</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>Gezinslid</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Klantreis</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflectie</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Preparing the demo…</source>
        <translation>De demo wordt klaargezet…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>No contact &amp;after</source>
        <translation>Geen contact &amp;na</translation>
    </message>
    <message>
        <source>Weeks without contact before the agenda names the family</source>
        <translation>Weken zonder contact voordat Vandaag het gezin noemt</translation>
    </message>
    <message>
        <source>&amp;Keep closed files</source>
        <translation>Bewaren na af&amp;sluiten</translation>
    </message>
    <message>
        <source>Years a closed file is kept (the Jeugdwet asks 20)</source>
        <translation>Jaren dat een afgesloten dossier bewaard blijft (de Jeugdwet vraagt 20)</translation>
    </message>
    <message>
        <source> weeks (shown in Today)</source>
        <translation> weken (staat dan in Vandaag)</translation>
    </message>
    <message>
        <source> years after closing</source>
        <translation> jaar na het afsluiten</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Kies de gedeelde map</translation>
    </message>
    <message>
        <source>Choose the coordinator&apos;s public key</source>
        <translation>Kies de openbare sleutel van de coördinator</translation>
    </message>
    <message>
        <source>Public key files (*.pem);;All files (*)</source>
        <translation>Openbare sleutels (*.pem);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Chosen: %1 (stored when you save)</source>
        <translation>Gekozen: %1 (wordt bewaard als je opslaat)</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Ingesteld</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Niet ingesteld</translation>
    </message>
    <message>
        <source>Type your current passphrase first.</source>
        <translation>Typ eerst je huidige wachtwoord.</translation>
    </message>
    <message>
        <source>Your passphrase was changed. Use the new one from now on; the recovery key stays the same.</source>
        <translation>Je wachtwoord is gewijzigd. Gebruik vanaf nu het nieuwe; de herstelsleutel blijft hetzelfde.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation>&amp;Vergrendelen na</translation>
    </message>
    <message>
        <source>Lock after minutes idle</source>
        <translation>Vergrendelen na minuten zonder gebruik</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Regio</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>&amp;Shared folder</source>
        <translation>&amp;Gedeelde map</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Gedeelde map</translation>
    </message>
    <message>
        <source>&amp;Coordinator key</source>
        <translation>&amp;Coördinatorsleutel</translation>
    </message>
    <message>
        <source>Choose the coordinator&apos;s public key file</source>
        <translation>Kies het bestand met de openbare sleutel van de coördinator</translation>
    </message>
    <message>
        <source> minutes idle</source>
        <translation> minuten zonder gebruik</translation>
    </message>
    <message>
        <source>e.g. Noord-Veluwe</source>
        <translation>bijv. Noord-Veluwe</translation>
    </message>
    <message>
        <source>where learning data for the coordinator is delivered</source>
        <translation>waar leerdata voor de coördinator worden afgeleverd</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>Bestand &amp;kiezen…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Verwij&amp;deren</translation>
    </message>
    <message>
        <source>Remove the coordinator key</source>
        <translation>De coördinatorsleutel verwijderen</translation>
    </message>
    <message>
        <source>The public key file (.pem) you received from your coordinator. With it, only the coordinator can read the learning data in the shared folder.</source>
        <translation>Het bestand met de openbare sleutel (.pem) dat je van je coördinator kreeg. Daarmee kan alleen de coördinator de leerdata in de gedeelde map lezen.</translation>
    </message>
    <message>
        <source>You opened veldwerk with the recovery key. Choose a new passphrase now.</source>
        <translation>Je hebt veldwerk geopend met de herstelsleutel. Kies nu een nieuw wachtwoord.</translation>
    </message>
    <message>
        <source>Type your current passphrase, then choose a new one for opening veldwerk. Your data stays as it is.</source>
        <translation>Typ je huidige wachtwoord en kies dan een nieuw wachtwoord om veldwerk te openen. Je gegevens blijven zoals ze zijn.</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>H&amp;uidig wachtwoord</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Huidig wachtwoord</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>Change &amp;passphrase</source>
        <translation>&amp;Wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>Colleagues and team folder…</source>
        <translation>Collega's en teammap…</translation>
    </message>
    <message>
        <source>Team: colleagues and team folder</source>
        <translation>Team: collega's en teammap</translation>
    </message>
    <message>
        <source>To share a family with its backup, encrypted, through a team folder.</source>
        <translation>Om een gezin versleuteld te delen met de achterwacht, via een teammap.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Even geduld</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Bezig met stoppen…</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message numerus="yes">
        <source>Too many wrong tries. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Te vaak een verkeerd wachtwoord. Je kunt het over %n seconde opnieuw proberen.</numerusform>
            <numerusform>Te vaak een verkeerd wachtwoord. Je kunt het over %n seconden opnieuw proberen.</numerusform>
        </translation>
    </message>
    <message>
        <source>That passphrase is not correct. Check it and try again (is Caps Lock on?).</source>
        <translation>Dat wachtwoord klopt niet. Controleer het en probeer het opnieuw (staat Caps Lock aan?).</translation>
    </message>
    <message>
        <source>That recovery key is not correct. Check the groups of letters and digits and try again.</source>
        <translation>Die herstelsleutel klopt niet. Controleer de groepjes letters en cijfers en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>veldwerk – unlock</source>
        <translation>veldwerk – ontgrendelen</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Opening your case records…</source>
        <translation>Je dossiers worden geopend…</translation>
    </message>
    <message>
        <source>Type the recovery key you stored when the profile was made. You will then choose a new passphrase.</source>
        <translation>Typ de herstelsleutel die je bewaarde toen het profiel werd gemaakt. Daarna kies je een nieuw wachtwoord.</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>&amp;Herstelsleutel</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <source>Back to the passphrase</source>
        <translation>Terug naar het wachtwoord</translation>
    </message>
    <message>
        <source>Your case records are locked. Type your passphrase to open them.</source>
        <translation>Je dossiers zijn vergrendeld. Typ je wachtwoord om ze te openen.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Forgot your passphrase? Use the recovery key</source>
        <translation>Wachtwoord vergeten? Gebruik de herstelsleutel</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Demo: the passphrase is “%1”.</source>
        <translation>Demo: het wachtwoord is ‘%1’.</translation>
    </message>
</context>
<context>
    <name>CloseFamilyDialog</name>
    <message>
        <source>Close family</source>
        <translation>Gezin afsluiten</translation>
    </message>
    <message>
        <source>Closing keeps everything that is recorded. The journey gets a closing step with the reason; you can reopen the family later.</source>
        <translation>Bij afsluiten blijft alles bewaard wat is vastgelegd. De klantreis krijgt een stap 'afsluiting' met de reden; je kunt het gezin later heropenen.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Reden van afsluiten</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Kies een reden…</translation>
    </message>
    <message>
        <source>&amp;Closed on</source>
        <translation>&amp;Afgesloten op</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>Datum van afsluiten</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notitie</translation>
    </message>
    <message>
        <source>Note on the closing</source>
        <translation>Notitie bij het afsluiten</translation>
    </message>
    <message>
        <source>Optional: how the family is doing, what was agreed</source>
        <translation>Niet verplicht: hoe het met het gezin gaat, wat is afgesproken</translation>
    </message>
    <message>
        <source>Close &amp;family</source>
        <translation>Gezin a&amp;fsluiten</translation>
    </message>
</context>
<context>
    <name>ClosingActions</name>
    <message>
        <source>Cl&amp;ose family…</source>
        <translation>Gezin af&amp;sluiten…</translation>
    </message>
    <message>
        <source>&amp;Reopen family…</source>
        <translation>Gezin &amp;heropenen…</translation>
    </message>
</context>
<context>
    <name>HandoverNotes</name>
    <message>
        <source>Reason: %1</source>
        <translation>Reden: %1</translation>
    </message>
    <message>
        <source>warm handover</source>
        <translation>warme overdracht</translation>
    </message>
    <message>
        <source>no warm handover</source>
        <translation>geen warme overdracht</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notitie: %1</translation>
    </message>
</context>
<context>
    <name>ReopenFamilyDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Niet bekend</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>Reopen family</source>
        <translation>Gezin heropenen</translation>
    </message>
    <message>
        <source>Reopening keeps the whole history: the closing step stays in the journey and a new step records the reopening. The family is active again, with its fixed contact person.</source>
        <translation>Bij heropenen blijft de hele geschiedenis bewaard: de stap 'afsluiting' blijft in de klantreis staan en een nieuwe stap legt het heropenen vast. Het gezin is weer actief, met zijn vast aanspreekpunt.</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Afgesloten op</translation>
    </message>
    <message>
        <source>&amp;Reopened on</source>
        <translation>&amp;Heropend op</translation>
    </message>
    <message>
        <source>Reopening date</source>
        <translation>Datum van heropenen</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Heropenen</translation>
    </message>
</context>
<context>
    <name>AccessHookup</name>
    <message>
        <source>Access &amp;log (Inzage)…</source>
        <translation>&amp;Inzage…</translation>
    </message>
</context>
<context>
    <name>AccessView</name>
    <message>
        <source>Nothing recorded in this period.</source>
        <translation>Niets vastgelegd in deze periode.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n regel</numerusform>
            <numerusform>%n regels</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the access report</source>
        <translation>Het inzageverslag opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the access report…</source>
        <translation>Het inzageverslag wordt gemaakt…</translation>
    </message>
    <message>
        <source>Access report saved.</source>
        <translation>Inzageverslag opgeslagen.</translation>
    </message>
    <message>
        <source>The access report could not be made.</source>
        <translation>Het inzageverslag kon niet worden gemaakt.</translation>
    </message>
    <message>
        <source>Access log (Inzage): %1</source>
        <translation>Inzage: %1</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Handeling:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>What and who</source>
        <translation>Wat en wie</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Apparaat</translation>
    </message>
    <message>
        <source>Access log entries</source>
        <translation>Regels van de inzage</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Kind of action</source>
        <translation>Soort handeling</translation>
    </message>
    <message>
        <source>Make &amp;access report…</source>
        <translation>&amp;Inzageverslag maken…</translation>
    </message>
    <message>
        <source>Make the access report for the family</source>
        <translation>Het inzageverslag voor het gezin maken</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Laatste 7 dagen</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Laatste 30 dagen</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Laatste jaar</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle handelingen</translation>
    </message>
</context>
<context>
    <name>AgendaHookup</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n te laat</numerusform>
            <numerusform>%n te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>All families</source>
        <translation>Alle gezinnen</translation>
    </message>
    <message>
        <source>Without backup</source>
        <translation>Zonder achterwacht</translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies) erased</source>
        <translation>
            <numerusform>%n gezin gewist</numerusform>
            <numerusform>%n gezinnen gewist</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Vandaag</translation>
    </message>
    <message>
        <source>Today: what needs your attention</source>
        <translation>Vandaag: wat je aandacht vraagt</translation>
    </message>
    <message>
        <source>Erase at the parents' &amp;request…</source>
        <translation>Wissen op &amp;verzoek van de ouders…</translation>
    </message>
    <message>
        <source>Show families that need attention</source>
        <translation>Gezinnen tonen die aandacht vragen</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>The coming %1 days</source>
        <translation>De komende %1 dagen</translation>
    </message>
    <message numerus="yes">
        <source>No contact for more than %n week(s)</source>
        <translation>
            <numerusform>Geen contact sinds meer dan %n week</numerusform>
            <numerusform>Geen contact sinds meer dan %n weken</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup</source>
        <translation>Geen achterwacht</translation>
    </message>
    <message>
        <source>Reflections awaiting your approval</source>
        <translation>Reflecties die wachten op je goedkeuring</translation>
    </message>
    <message>
        <source>Retention period ended</source>
        <translation>Bewaartermijn verstreken</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n te laat</numerusform>
            <numerusform>%n te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other item(s) that ask for attention</source>
        <translation>
            <numerusform>%n ander punt dat aandacht vraagt</numerusform>
            <numerusform>%n andere punten die aandacht vragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation>Wat aandacht vraagt</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>Today: what needs your attention</source>
        <translation>Vandaag: wat je aandacht vraagt</translation>
    </message>
    <message>
        <source>Press Enter to open the family at the right tab</source>
        <translation>Druk op Enter om het gezin te openen op de juiste tab</translation>
    </message>
    <message>
        <source>Nothing asks for your attention today.</source>
        <translation>Vandaag vraagt niets om je aandacht.</translation>
    </message>
    <message>
        <source>&amp;Erase families whose retention period ended…</source>
        <translation>&amp;Gezinnen met verstreken bewaartermijn wissen…</translation>
    </message>
</context>
<context>
    <name>ParentRequestDialog</name>
    <message>
        <source>Erase at the parents' request</source>
        <translation>Wissen op verzoek van de ouders</translation>
    </message>
    <message>
        <source>The parents of %1 asked for their file to be destroyed before the retention period ended. Erasing removes the family and everything recorded about it, for good. The log keeps only when, why and the day they asked.</source>
        <translation>De ouders van %1 vroegen om hun dossier te vernietigen voordat de bewaartermijn voorbij is. Wissen haalt het gezin en alles wat erover is vastgelegd definitief weg. In het logboek blijft alleen staan wanneer, waarom en op welke dag zij het vroegen.</translation>
    </message>
    <message>
        <source>&amp;Day the parents asked</source>
        <translation>&amp;Dag van het verzoek van de ouders</translation>
    </message>
    <message>
        <source>Day the parents asked</source>
        <translation>Dag van het verzoek van de ouders</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>Definitief &amp;wissen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention period ended</source>
        <translation>Bewaartermijn verstreken</translation>
    </message>
    <message numerus="yes">
        <source>A youth-care file is kept for a set number of years after care ended (20, unless changed in the settings). That time has passed for the %n family(ies) below. Erasing removes each family and everything recorded about it, for good. The log keeps only when and why.</source>
        <translation>
            <numerusform>Een jeugdhulpdossier wordt een aantal jaren bewaard nadat de zorg eindigde (20, tenzij anders ingesteld). Voor het gezin hieronder is die tijd voorbij. Wissen haalt het gezin en alles wat erover is vastgelegd definitief weg. In het logboek blijft alleen staan wanneer en waarom.</numerusform>
            <numerusform>Een jeugdhulpdossier wordt een aantal jaren bewaard nadat de zorg eindigde (20, tenzij anders ingesteld). Voor de %n gezinnen hieronder is die tijd voorbij. Wissen haalt elk gezin en alles wat erover is vastgelegd definitief weg. In het logboek blijft alleen staan wanneer en waarom.</numerusform>
        </translation>
    </message>
    <message>
        <source>Families to erase</source>
        <translation>Gezinnen die gewist worden</translation>
    </message>
    <message>
        <source>%1 (%2), closed on %3</source>
        <translation>%1 (%2), afgesloten op %3</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>Definitief &amp;wissen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
</TS>
