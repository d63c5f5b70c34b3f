<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ResolveDialog</name>
    <message>
        <source>I have seen this deletion</source>
        <translation>Ik heb gezien dat dit verwijderd is</translation>
    </message>
    <message>
        <source>Erase the family</source>
        <translation>Het gezin wissen</translation>
    </message>
    <message>
        <source>Keep the family</source>
        <translation>Het gezin bewaren</translation>
    </message>
    <message>
        <source>Resolve conflicts</source>
        <translation>Conflicten oplossen</translation>
    </message>
    <message>
        <source>You and a colleague changed the same thing while you were both offline. Choose what is right; your choice then holds on both laptops.</source>
        <translation>Jij en een collega hebben hetzelfde veranderd terwijl jullie allebei offline waren. Kies wat klopt; jouw keuze geldt daarna op beide laptops.</translation>
    </message>
    <message>
        <source>&amp;Keep my choice</source>
        <translation>&amp;Mijn keuze bewaren</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Your &amp;role</source>
        <translation>Je &amp;functie</translation>
    </message>
    <message>
        <source>Your role, for example case director</source>
        <translation>Je functie, bijvoorbeeld casusregisseur</translation>
    </message>
    <message>
        <source>Your safety code: %1</source>
        <translation>Jouw veiligheidscode: %1</translation>
    </message>
    <message>
        <source> (removed)</source>
        <translation> (verwijderd)</translation>
    </message>
    <message>
        <source>Choose the team folder</source>
        <translation>Kies de teammap</translation>
    </message>
    <message>
        <source>Save your colleague card</source>
        <translation>Je collegakaart opslaan</translation>
    </message>
    <message>
        <source>Colleague cards (*.card)</source>
        <translation>Collegakaarten (*.card)</translation>
    </message>
    <message>
        <source>Colleague card saved</source>
        <translation>Collegakaart opgeslagen</translation>
    </message>
    <message>
        <source>Give the card to your colleague, then compare this safety code together, by phone or in person:

%1</source>
        <translation>Geef de kaart aan je collega en vergelijk daarna samen deze veiligheidscode, telefonisch of persoonlijk:

%1</translation>
    </message>
    <message>
        <source>Choose a colleague&apos;s card</source>
        <translation>Kies de kaart van een collega</translation>
    </message>
    <message>
        <source>Colleague cards (*.card);;All files (*)</source>
        <translation>Collegakaarten (*.card);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>%1 of %2. Ask them for their safety code and type it here:</source>
        <translation>%1 van %2. Vraag om de veiligheidscode en typ die hier:</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Share a family with its backup through a team folder (a network drive or a synced folder). Everything in it is encrypted: only you and your colleague can read it.</source>
        <translation>Deel een gezin met de achterwacht via een teammap (een netwerkschijf of een gesynchroniseerde map). Alles daarin is versleuteld: alleen jij en je collega kunnen het lezen.</translation>
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
        <source>&amp;Team folder</source>
        <translation>&amp;Teammap</translation>
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
        <source>Team folder</source>
        <translation>Teammap</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Your colleague card</source>
        <translation>Je collegakaart</translation>
    </message>
    <message>
        <source>Your safety code. A colleague who adds your card compares it with you:</source>
        <translation>Jouw veiligheidscode. Een collega die je kaart toevoegt, vergelijkt die met jou:</translation>
    </message>
    <message>
        <source>Save my &amp;card…</source>
        <translation>Mijn &amp;kaart opslaan…</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Collega&apos;s</translation>
    </message>
    <message>
        <source>&amp;Add a colleague&apos;s card…</source>
        <translation>Kaart van een collega &amp;toevoegen…</translation>
    </message>
    <message>
        <source>their safety code, 30 digits</source>
        <translation>de veiligheidscode, 30 cijfers</translation>
    </message>
    <message>
        <source>Their safety code</source>
        <translation>Veiligheidscode van de collega</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Toe&amp;voegen</translation>
    </message>
</context>
<context>
    <name>TeamStatus</name>
    <message>
        <source>Team folder: %1</source>
        <translation>Teammap: %1</translation>
    </message>
    <message>
        <source>Team folder synced at %1</source>
        <translation>Teammap bijgewerkt om %1</translation>
    </message>
</context>
<context>
    <name>TeamStrip</name>
    <message numerus="yes">
        <source>%n change(s) made on two laptops at once need your choice. Until then the family shows the most careful value.</source>
        <translation>
            <numerusform>%n wijziging die op twee laptops tegelijk is gedaan, vraagt om jouw keuze. Tot dan toont het gezin de voorzichtigste waarde.</numerusform>
            <numerusform>%n wijzigingen die op twee laptops tegelijk zijn gedaan, vragen om jouw keuze. Tot dan toont het gezin de voorzichtigste waarde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… en nog %n</numerusform>
            <numerusform>… en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Share the family</source>
        <translation>Het gezin delen</translation>
    </message>
    <message>
        <source>Only the fixed contact person and the backup can receive this family, and only when you have their colleague card. Add the card in Settings › Team, or make your colleague the backup first.</source>
        <translation>Alleen het vaste aanspreekpunt en de achterwacht kunnen dit gezin krijgen, en alleen als je hun collegakaart hebt. Voeg de kaart toe bij Instellingen › Team, of maak je collega eerst achterwacht.</translation>
    </message>
    <message>
        <source>Share family %1 with %2 (%3)? They receive it encrypted through the team folder, and from then on every change.</source>
        <translation>Gezin %1 delen met %2 (%3)? Die krijgt het versleuteld via de teammap, en daarna elke wijziging.</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>&amp;Delen</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Gedeeld</translation>
    </message>
    <message>
        <source>The family goes to %1 at the next synchronisation.</source>
        <translation>Het gezin gaat bij de volgende synchronisatie naar %1.</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Oplossen…</translation>
    </message>
    <message>
        <source>Resolve the conflicts</source>
        <translation>De conflicten oplossen</translation>
    </message>
    <message>
        <source>Since you were away</source>
        <translation>Sinds je weg was</translation>
    </message>
    <message>
        <source>S&amp;een</source>
        <translation>&amp;Gezien</translation>
    </message>
    <message>
        <source>Mark the changes as seen</source>
        <translation>De wijzigingen als gezien markeren</translation>
    </message>
</context>
<context>
    <name>TeamWords</name>
    <message>
        <source>consent for learning</source>
        <translation>toestemming voor leren</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>fixed contact person and backup</source>
        <translation>vast aanspreekpunt en achterwacht</translation>
    </message>
    <message>
        <source>step in the journey</source>
        <translation>stap in de klantreis</translation>
    </message>
    <message>
        <source>family member</source>
        <translation>gezinslid</translation>
    </message>
    <message>
        <source>person in the network</source>
        <translation>persoon in het netwerk</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>doel</translation>
    </message>
    <message>
        <source>action</source>
        <translation>actie</translation>
    </message>
    <message>
        <source>reflection</source>
        <translation>reflectie</translation>
    </message>
    <message>
        <source>family</source>
        <translation>gezin</translation>
    </message>
    <message>
        <source>roles held now: %1</source>
        <translation>rollen nu: %1</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>gewist</translation>
    </message>
    <message>
        <source>Two different values of %1</source>
        <translation>Twee verschillende waarden voor %1</translation>
    </message>
    <message>
        <source>The family was erased while a colleague was still changing it</source>
        <translation>Het gezin is gewist terwijl een collega het nog wijzigde</translation>
    </message>
    <message>
        <source>A %1 was deleted while a colleague was still changing it</source>
        <translation>Een %1 is verwijderd terwijl een collega die nog wijzigde</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>iemand</translation>
    </message>
    <message>
        <source>%1 – by %2, %3</source>
        <translation>%1 – door %2, %3</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Gewijzigd: %1</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Toegevoegd: %1</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Verwijderd: %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>een collega</translation>
    </message>
</context>
</TS>
