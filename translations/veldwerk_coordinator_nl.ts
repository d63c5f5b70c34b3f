<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>CollectPanel</name>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/collect_panel.py" line="91"/>
        <source>Shared folder</source>
        <translation>Gedeelde map</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/collect_panel.py" line="92"/>
        <location filename="../src/veldwerk/ui/coordinator/collect_panel.py" line="97"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/collect_panel.py" line="93"/>
        <source>Coordinator key</source>
        <translation>Coördinatorsleutel</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/collect_panel.py" line="95"/>
        <source>coordinator-private.pem (opens the bundles: each is encrypted)</source>
        <translation>coordinator-private.pem (opent de bundels: elke bundel is versleuteld)</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/collect_panel.py" line="98"/>
        <source>Passphrase of the key</source>
        <translation>Wachtwoord van de sleutel</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/collect_panel.py" line="99"/>
        <source>only if the key has one</source>
        <translation>alleen als de sleutel er een heeft</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/collect_panel.py" line="100"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/collect_panel.py" line="101"/>
        <source>Passphrase of the database</source>
        <translation>Wachtwoord van de database</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/collect_panel.py" line="103"/>
        <source>a new passphrase</source>
        <translation>een nieuw wachtwoord</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/collect_panel.py" line="105"/>
        <source>the database is encrypted</source>
        <translation>de database is versleuteld</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/collect_panel.py" line="107"/>
        <source>repeat the new passphrase</source>
        <translation>herhaal het nieuwe wachtwoord</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/collect_panel.py" line="106"/>
        <source>Repeat the new passphrase</source>
        <translation>Herhaal het nieuwe wachtwoord</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/collect_panel.py" line="114"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/collect_panel.py" line="115"/>
        <source>Collect</source>
        <translation>Verzamelen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/collect_panel.py" line="116"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/collect_panel.py" line="169"/>
        <source>Choose the shared folder</source>
        <translation>Kies de gedeelde map</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/collect_panel.py" line="177"/>
        <source>Choose the coordinator&apos;s private key</source>
        <translation>Kies de geheime coördinatorsleutel</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/collect_panel.py" line="178"/>
        <source>Key files (*.pem);;All files (*)</source>
        <translation>Sleutelbestanden (*.pem);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>CoordinatorCharts</name>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/charts.py" line="185"/>
        <source>Families per quarter in which support started</source>
        <translation>Gezinnen per kwartaal waarin de ondersteuning begon</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/charts.py" line="139"/>
        <location filename="../src/veldwerk/ui/coordinator/charts.py" line="157"/>
        <source>Families</source>
        <translation>Gezinnen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/charts.py" line="163"/>
        <source>Median weeks from signal to intake</source>
        <translation>Mediaan weken van signaal tot intake</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/charts.py" line="171"/>
        <source>Weeks</source>
        <translation>Weken</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/charts.py" line="198"/>
        <source>%1: %2 families</source>
        <translation>%1: %2 gezinnen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/charts.py" line="201"/>
        <source>median %1 weeks from signal to intake</source>
        <translation>mediaan %1 weken van signaal tot intake</translation>
    </message>
</context>
<context>
    <name>CoordinatorEnrolment</name>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/enrolling.py" line="96"/>
        <source>Wait until the collection has finished.</source>
        <translation>Wacht tot het verzamelen klaar is.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/enrolling.py" line="101"/>
        <source>End enrolment</source>
        <translation>Goedkeuring intrekken</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/enrolling.py" line="102"/>
        <source>End the enrolment of installation %1? Its families no longer count, and its bundles wait again until you enrol it.</source>
        <translation>De goedkeuring van installatie %1 intrekken? De gezinnen ervan tellen dan niet meer mee, en de bundels wachten weer tot je de installatie goedkeurt.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/enrolling.py" line="107"/>
        <source>Keep it</source>
        <translation>Laten staan</translation>
    </message>
</context>
<context>
    <name>CoordinatorInstallations</name>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/installation_models.py" line="91"/>
        <location filename="../src/veldwerk/ui/coordinator/installation_models.py" line="113"/>
        <source>Installation</source>
        <translation>Installatie</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/installation_models.py" line="92"/>
        <source>Region it claims</source>
        <translation>Opgegeven regio</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/installation_models.py" line="93"/>
        <location filename="../src/veldwerk/ui/coordinator/installation_models.py" line="115"/>
        <source>Key fingerprint</source>
        <translation>Vingerafdruk van de sleutel</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/installation_models.py" line="94"/>
        <source>First seen</source>
        <translation>Eerst gezien</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/installation_models.py" line="95"/>
        <source>Why it waits</source>
        <translation>Waarom ze wacht</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/installation_models.py" line="114"/>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/installation_models.py" line="116"/>
        <source>Enrolled on</source>
        <translation>Goedgekeurd op</translation>
    </message>
</context>
<context>
    <name>CoordinatorTables</name>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/tables.py" line="21"/>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/tables.py" line="22"/>
        <source>Families</source>
        <translation>Gezinnen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/tables.py" line="23"/>
        <source>With backup (% of active)</source>
        <translation>Met achterwacht (% van actief)</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/tables.py" line="24"/>
        <source>With JIM (%)</source>
        <translation>Met JIM (%)</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/tables.py" line="25"/>
        <source>Median professionals at once</source>
        <translation>Mediaan hulpverleners tegelijk</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/tables.py" line="26"/>
        <source>Median duration (weeks, closed)</source>
        <translation>Mediaan duur (weken, afgesloten)</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/tables.py" line="27"/>
        <source>Median signal to intake (weeks)</source>
        <translation>Mediaan signaal tot intake (weken)</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/tables.py" line="58"/>
        <source>All regions</source>
        <translation>Alle regio&apos;s</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/tables.py" line="60"/>
        <source>not shown</source>
        <translation>niet getoond</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/tables.py" line="65"/>
        <source>Hidden: too few families to show without pointing at one.</source>
        <translation>Verborgen: te weinig gezinnen om te tonen zonder er één aan te wijzen.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/tables.py" line="69"/>
        <source>The sum of the numbers shown above; the hidden ones are not in it.</source>
        <translation>De som van de getoonde aantallen hierboven; de verborgen aantallen zitten er niet in.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/tables.py" line="89"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/tables.py" line="90"/>
        <source>Why it was not used</source>
        <translation>Waarom het niet gebruikt is</translation>
    </message>
</context>
<context>
    <name>CoordinatorWindow</name>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/window.py" line="171"/>
        <source>veldwerk – coordinator</source>
        <translation>veldwerk – coördinator</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/window.py" line="172"/>
        <source>Learning from practice</source>
        <translation>Leren van de praktijk</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/window.py" line="175"/>
        <source>Collect the learning bundles from the shared folder and see which barriers families meet, what helps and how long help takes. You never see who a family is, and small numbers are hidden so that nobody can be pointed at.</source>
        <translation>Verzamel de leerbundels uit de gedeelde map en zie welke knelpunten gezinnen tegenkomen, wat helpt en hoe lang hulp duurt. Je ziet nooit wie een gezin is, en kleine aantallen worden verborgen, zodat niemand aan te wijzen is.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/window.py" line="195"/>
        <source>Dashboard</source>
        <translation>Overzicht</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/veldwerk/ui/coordinator/window.py" line="197"/>
        <source>Files not used (%n)</source>
        <translation>
            <numerusform>Niet gebruikte bestanden (%n)</numerusform>
            <numerusform>Niet gebruikte bestanden (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/veldwerk/ui/coordinator/window.py" line="199"/>
        <source>Installations (%n waiting)</source>
        <translation>
            <numerusform>Installaties (%n wacht)</numerusform>
            <numerusform>Installaties (%n wachten)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/window.py" line="252"/>
        <location filename="../src/veldwerk/ui/coordinator/window.py" line="276"/>
        <source>Opening the coordinator database…</source>
        <translation>De database van de coördinator wordt geopend…</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/window.py" line="260"/>
        <source>The coordinator database is new: choose a passphrase for it and type it twice. It protects the learning data on this computer; without it the database cannot be opened.</source>
        <translation>De coördinatordatabase is nieuw: kies er een wachtwoord voor en typ het twee keer. Het beschermt de leerdata op deze computer; zonder wachtwoord gaat de database niet open.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/window.py" line="265"/>
        <source>The coordinator database is encrypted: enter its passphrase.</source>
        <translation>De coördinatordatabase is versleuteld: vul het wachtwoord in.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/window.py" line="291"/>
        <source>Choose the shared folder first.</source>
        <translation>Kies eerst de gedeelde map.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/window.py" line="294"/>
        <source>Open the coordinator database with its passphrase first.</source>
        <translation>Open eerst de coördinatordatabase met het wachtwoord.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/window.py" line="298"/>
        <source>Collecting…</source>
        <translation>Bezig met verzamelen…</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/window.py" line="313"/>
        <source>Stopping…</source>
        <translation>Bezig met stoppen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/veldwerk/ui/coordinator/window.py" line="325"/>
        <source>Families in the database: %n.</source>
        <translation>
            <numerusform>Gezinnen in de database: %n.</numerusform>
            <numerusform>Gezinnen in de database: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/window.py" line="352"/>
        <source>Something went wrong that should not have. What was collected is kept. Details are in the log (without personal data).</source>
        <translation>Er ging iets mis dat niet had mogen gebeuren. Wat al verzameld was, blijft bewaard. Details staan in het logbestand (zonder persoonsgegevens).</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/window.py" line="377"/>
        <source>Save report</source>
        <translation>Rapport opslaan</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/window.py" line="377"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/window.py" line="386"/>
        <source>The report could not be saved there. Choose another folder.</source>
        <translation>Het rapport kon daar niet worden opgeslagen. Kies een andere map.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/window.py" line="389"/>
        <source>Report saved: %1</source>
        <translation>Rapport opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/window.py" line="395"/>
        <source>Choose a folder for the CSV files</source>
        <translation>Kies een map voor de CSV-bestanden</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/window.py" line="410"/>
        <source>The files could not be saved there. Choose another folder.</source>
        <translation>De bestanden konden daar niet worden opgeslagen. Kies een andere map.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/window.py" line="413"/>
        <source>Saved: %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/dashboard.py" line="113"/>
        <source>Barriers in phase</source>
        <translation>Knelpunten in fase</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/dashboard.py" line="114"/>
        <source>Key figures per region</source>
        <translation>Kerncijfers per regio</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/dashboard.py" line="117"/>
        <source>All phases</source>
        <translation>Alle fasen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/dashboard.py" line="126"/>
        <source>Numbers below %1 families are shown as &lt;%1; x hides a number that would let a smaller one be worked out. Every other number is rounded to %2 (from %3 on to %4); a total is the sum of the numbers shown, with + when some are hidden. Charts show only numbers of at least %1.</source>
        <translation>Aantallen onder %1 gezinnen staan er als &lt;%1; x verbergt een aantal waarmee een kleiner aantal terug te rekenen zou zijn. Alle andere aantallen zijn afgerond op %2 (vanaf %3 op %4); een totaal is de som van de getoonde aantallen, met + als er ook verborgen aantallen zijn. Grafieken tonen alleen aantallen van minstens %1.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/dashboard.py" line="137"/>
        <source>No learning data collected yet.</source>
        <translation>Nog geen leerdata verzameld.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/dashboard.py" line="139"/>
        <source>Choose the shared folder and press Collect to see what is learned.</source>
        <translation>Kies de gedeelde map en klik op Verzamelen om te zien wat er geleerd wordt.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/dashboard.py" line="146"/>
        <source>Chart</source>
        <translation>Grafiek</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/dashboard.py" line="149"/>
        <source>Families in this selection: %1</source>
        <translation>Gezinnen in deze selectie: %1</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/dashboard.py" line="160"/>
        <location filename="../src/veldwerk/ui/coordinator/dashboard.py" line="166"/>
        <source>What helps (families)</source>
        <translation>Wat helpt (gezinnen)</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/dashboard.py" line="194"/>
        <source>Only barriers met by at least %1 families are shown.</source>
        <translation>Alleen knelpunten bij minstens %1 gezinnen worden getoond.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/dashboard.py" line="197"/>
        <source>Barriers (families)</source>
        <translation>Knelpunten (gezinnen)</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/dashboard.py" line="207"/>
        <source>Fewer than %1 families: %2</source>
        <translation>Bij minder dan %1 gezinnen: %2</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/enrol_dialog.py" line="36"/>
        <source>Enrol an installation</source>
        <translation>Een installatie goedkeuren</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/enrol_dialog.py" line="41"/>
        <source>Call the case director of this installation and ask them to read out the key fingerprint their veldwerk shows. Enrol only if it is exactly this one:</source>
        <translation>Bel de casusregisseur van deze installatie en vraag de vingerafdruk van de sleutel voor te lezen die veldwerk daar toont. Keur de installatie alleen goed als het precies deze is:</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/enrol_dialog.py" line="60"/>
        <source>Installation</source>
        <translation>Installatie</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/enrol_dialog.py" line="63"/>
        <source>Region it counts in</source>
        <translation>Regio waarin ze meetelt</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/enrol_dialog.py" line="67"/>
        <source>All its families count in this region only; its bundles that name another region are not counted.</source>
        <translation>Al haar gezinnen tellen alleen in deze regio mee; bundels die een andere regio noemen, tellen niet mee.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/enrol_dialog.py" line="81"/>
        <source>Enrol</source>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/enrol_dialog.py" line="84"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/files_page.py" line="39"/>
        <source>Files in the shared folder that could not be used in the last collection, and why. They did not stop the collection; nothing of them was counted.</source>
        <translation>Bestanden in de gedeelde map die bij het laatste verzamelen niet gebruikt konden worden, en waarom. Het verzamelen ging gewoon door; van deze bestanden is niets meegeteld.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/files_page.py" line="43"/>
        <source>Files that could not be used</source>
        <translation>Bestanden die niet gebruikt konden worden</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/filter_bar.py" line="75"/>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/filter_bar.py" line="76"/>
        <source>Started from</source>
        <translation>Gestart vanaf</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/filter_bar.py" line="77"/>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/filter_bar.py" line="78"/>
        <source>Hide numbers below</source>
        <translation>Verberg aantallen onder</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/filter_bar.py" line="80"/>
        <source>At least %1: smaller numbers could point at a single family.</source>
        <translation>Minstens %1: kleinere aantallen zouden naar één gezin kunnen wijzen.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/filter_bar.py" line="84"/>
        <source>Save report…</source>
        <translation>Rapport opslaan…</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/filter_bar.py" line="85"/>
        <source>Save CSV files…</source>
        <translation>CSV-bestanden opslaan…</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/filter_bar.py" line="91"/>
        <source>All regions</source>
        <translation>Alle regio&apos;s</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/filter_bar.py" line="92"/>
        <source>the start</source>
        <translation>het begin</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/filter_bar.py" line="93"/>
        <source>now</source>
        <translation>nu</translation>
    </message>
</context>
<context>
    <name>InstallationsPage</name>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/installations_page.py" line="82"/>
        <source>Only the installations you enrolled count. Someone who can write into the shared folder can put bundles there under a new installation, or under the name of a real one. Before you enrol an installation, call its case director and compare the key fingerprint: it must be exactly the same.</source>
        <translation>Alleen installaties die je hebt goedgekeurd tellen mee. Wie in de gedeelde map kan schrijven, kan er bundels neerzetten onder een nieuwe installatie, of onder de naam van een echte. Bel daarom de casusregisseur voordat je een installatie goedkeurt, en vergelijk de vingerafdruk van de sleutel: die moet precies gelijk zijn.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/veldwerk/ui/coordinator/installations_page.py" line="88"/>
        <source>Waiting (%n)</source>
        <translation>
            <numerusform>Wachtend (%n)</numerusform>
            <numerusform>Wachtend (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/veldwerk/ui/coordinator/installations_page.py" line="89"/>
        <source>Enrolled (%n)</source>
        <translation>
            <numerusform>Goedgekeurd (%n)</numerusform>
            <numerusform>Goedgekeurd (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/installations_page.py" line="92"/>
        <source>Enrol…</source>
        <translation>Goedkeuren…</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/installations_page.py" line="93"/>
        <source>End enrolment…</source>
        <translation>Goedkeuring intrekken…</translation>
    </message>
</context>
</TS>
