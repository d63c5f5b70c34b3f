<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>CollectPanel</name>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/collect_panel.py" line="79"/>
        <source>Shared folder</source>
        <translation>Gedeelde map</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/collect_panel.py" line="80"/>
        <location filename="../src/veldwerk/ui/coordinator/collect_panel.py" line="83"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/collect_panel.py" line="81"/>
        <source>Coordinator key</source>
        <translation>Coördinatorsleutel</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/collect_panel.py" line="82"/>
        <source>coordinator-private.pem (opens the bundles: each is encrypted)</source>
        <translation>coordinator-private.pem (opent de bundels: elke bundel is versleuteld)</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/collect_panel.py" line="84"/>
        <source>Passphrase of the key</source>
        <translation>Wachtwoord van de sleutel</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/collect_panel.py" line="85"/>
        <source>only if the key has one</source>
        <translation>alleen als de sleutel er een heeft</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/collect_panel.py" line="86"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/collect_panel.py" line="87"/>
        <source>Collect</source>
        <translation>Verzamelen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/collect_panel.py" line="88"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/collect_panel.py" line="124"/>
        <source>Choose the shared folder</source>
        <translation>Kies de gedeelde map</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/collect_panel.py" line="132"/>
        <source>Choose the coordinator&apos;s private key</source>
        <translation>Kies de geheime coördinatorsleutel</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/collect_panel.py" line="133"/>
        <source>Key files (*.pem);;All files (*)</source>
        <translation>Sleutelbestanden (*.pem);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>CoordinatorCharts</name>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/charts.py" line="137"/>
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
</context>
<context>
    <name>CoordinatorTables</name>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/tables.py" line="30"/>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/tables.py" line="31"/>
        <source>Families</source>
        <translation>Gezinnen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/tables.py" line="32"/>
        <source>With backup (% of active)</source>
        <translation>Met achterwacht (% van actief)</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/tables.py" line="33"/>
        <source>With JIM (%)</source>
        <translation>Met JIM (%)</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/tables.py" line="34"/>
        <source>Median professionals at once</source>
        <translation>Mediaan hulpverleners tegelijk</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/tables.py" line="35"/>
        <source>Median duration (weeks, closed)</source>
        <translation>Mediaan duur (weken, afgesloten)</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/tables.py" line="36"/>
        <source>Median signal to intake (weeks)</source>
        <translation>Mediaan signaal tot intake (weken)</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/tables.py" line="71"/>
        <source>All regions</source>
        <translation>Alle regio&apos;s</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/tables.py" line="73"/>
        <source>not shown</source>
        <translation>niet getoond</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/tables.py" line="78"/>
        <source>Hidden: too few families to show without pointing at one.</source>
        <translation>Verborgen: te weinig gezinnen om te tonen zonder er één aan te wijzen.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/tables.py" line="144"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/tables.py" line="145"/>
        <source>Why it was not used</source>
        <translation>Waarom het niet gebruikt is</translation>
    </message>
</context>
<context>
    <name>CoordinatorWindow</name>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/window.py" line="141"/>
        <source>veldwerk – coordinator</source>
        <translation>veldwerk – coördinator</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/window.py" line="142"/>
        <source>Learning from practice</source>
        <translation>Leren van de praktijk</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/window.py" line="145"/>
        <source>Collect the learning bundles from the shared folder and see which barriers families meet, what helps and how long help takes. You never see who a family is, and small numbers are hidden so that nobody can be pointed at.</source>
        <translation>Verzamel de leerbundels uit de gedeelde map en zie welke knelpunten gezinnen tegenkomen, wat helpt en hoe lang hulp duurt. U ziet nooit wie een gezin is, en kleine aantallen worden verborgen, zodat niemand aan te wijzen is.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/window.py" line="164"/>
        <source>Dashboard</source>
        <translation>Overzicht</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/veldwerk/ui/coordinator/window.py" line="166"/>
        <source>Files not used (%n)</source>
        <translation>
            <numerusform>Niet gebruikte bestanden (%n)</numerusform>
            <numerusform>Niet gebruikte bestanden (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/window.py" line="211"/>
        <source>Opening the coordinator database…</source>
        <translation>De database van de coördinator wordt geopend…</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/window.py" line="220"/>
        <source>Choose the shared folder first.</source>
        <translation>Kies eerst de gedeelde map.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/window.py" line="223"/>
        <source>Collecting…</source>
        <translation>Bezig met verzamelen…</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/window.py" line="238"/>
        <source>Stopping…</source>
        <translation>Bezig met stoppen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/veldwerk/ui/coordinator/window.py" line="247"/>
        <source>Families in the database: %n.</source>
        <translation>
            <numerusform>Gezinnen in de database: %n.</numerusform>
            <numerusform>Gezinnen in de database: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/window.py" line="268"/>
        <source>Something went wrong that should not have. What was collected is kept. Details are in the log (without personal data).</source>
        <translation>Er ging iets mis dat niet had mogen gebeuren. Wat al verzameld was, blijft bewaard. Details staan in het logbestand (zonder persoonsgegevens).</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/window.py" line="293"/>
        <source>Save report</source>
        <translation>Rapport opslaan</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/window.py" line="293"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/window.py" line="302"/>
        <source>The report could not be saved there. Choose another folder.</source>
        <translation>Het rapport kon daar niet worden opgeslagen. Kies een andere map.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/window.py" line="305"/>
        <source>Report saved: %1</source>
        <translation>Rapport opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/window.py" line="311"/>
        <source>Choose a folder for the CSV files</source>
        <translation>Kies een map voor de CSV-bestanden</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/window.py" line="321"/>
        <source>The files could not be saved there. Choose another folder.</source>
        <translation>De bestanden konden daar niet worden opgeslagen. Kies een andere map.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/window.py" line="324"/>
        <source>Saved: %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/dashboard.py" line="109"/>
        <source>Barriers in phase</source>
        <translation>Knelpunten in fase</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/dashboard.py" line="110"/>
        <source>Key figures per region</source>
        <translation>Kerncijfers per regio</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/dashboard.py" line="112"/>
        <source>All phases</source>
        <translation>Alle fasen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/dashboard.py" line="121"/>
        <source>Numbers below %1 families are shown as &lt;%1; x hides a number that would let a smaller one be worked out. Charts show only numbers of at least %1.</source>
        <translation>Aantallen onder %1 gezinnen staan er als &lt;%1; x verbergt een aantal waarmee een kleiner aantal terug te rekenen zou zijn. Grafieken tonen alleen aantallen van minstens %1.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/dashboard.py" line="126"/>
        <source>No learning data collected yet.</source>
        <translation>Nog geen leerdata verzameld.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/dashboard.py" line="128"/>
        <source>Choose the shared folder and press Collect to see what is learned.</source>
        <translation>Kies de gedeelde map en klik op Verzamelen om te zien wat er geleerd wordt.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/dashboard.py" line="137"/>
        <source>Families in this selection: %1</source>
        <translation>Gezinnen in deze selectie: %1</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/dashboard.py" line="148"/>
        <source>What helps (families)</source>
        <translation>Wat helpt (gezinnen)</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/dashboard.py" line="164"/>
        <source>Only barriers met by at least %1 families are shown.</source>
        <translation>Alleen knelpunten bij minstens %1 gezinnen worden getoond.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/dashboard.py" line="167"/>
        <source>Barriers (families)</source>
        <translation>Knelpunten (gezinnen)</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/dashboard.py" line="176"/>
        <source>Fewer than %1 families: %2</source>
        <translation>Bij minder dan %1 gezinnen: %2</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/files_page.py" line="38"/>
        <source>Files in the shared folder that could not be used in the last collection, and why. They did not stop the collection; nothing of them was counted.</source>
        <translation>Bestanden in de gedeelde map die bij het laatste verzamelen niet gebruikt konden worden, en waarom. Het verzamelen ging gewoon door; van deze bestanden is niets meegeteld.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/filter_bar.py" line="72"/>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/filter_bar.py" line="73"/>
        <source>Started from</source>
        <translation>Gestart vanaf</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/filter_bar.py" line="74"/>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/filter_bar.py" line="75"/>
        <source>Hide numbers below</source>
        <translation>Verberg aantallen onder</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/filter_bar.py" line="76"/>
        <source>Save report…</source>
        <translation>Rapport opslaan…</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/filter_bar.py" line="77"/>
        <source>Save CSV files…</source>
        <translation>CSV-bestanden opslaan…</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/filter_bar.py" line="83"/>
        <source>All regions</source>
        <translation>Alle regio&apos;s</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/filter_bar.py" line="84"/>
        <source>the start</source>
        <translation>het begin</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/coordinator/filter_bar.py" line="85"/>
        <source>now</source>
        <translation>nu</translation>
    </message>
</context>
</TS>
