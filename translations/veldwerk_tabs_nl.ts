<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>EcoMapLegend</name>
    <message>
        <location filename="../src/veldwerk/ui/tabs/ecomap_legend.py" line="69"/>
        <source>People:</source>
        <translation>Mensen:</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/ecomap_legend.py" line="70"/>
        <source>Ties:</source>
        <translation>Banden:</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/ecomap_legend.py" line="72"/>
        <source>professional</source>
        <translation>professional</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/ecomap_legend.py" line="73"/>
        <source>informal network</source>
        <translation>informeel netwerk</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/ecomap_legend.py" line="74"/>
        <source>JIM (mentor)</source>
        <translation>JIM (mentor)</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/ecomap_legend.py" line="75"/>
        <source>strong</source>
        <translation>sterk</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/ecomap_legend.py" line="76"/>
        <source>normal</source>
        <translation>gewoon</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/ecomap_legend.py" line="77"/>
        <source>weak</source>
        <translation>zwak</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/ecomap_legend.py" line="78"/>
        <source>stressful</source>
        <translation>belastend</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/ecomap_legend.py" line="79"/>
        <source>ended</source>
        <translation>gestopt</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/ecomap_legend.py" line="85"/>
        <source>Legend of the eco-map</source>
        <translation>Uitleg bij het ecogram</translation>
    </message>
</context>
<context>
    <name>EcoMapView</name>
    <message>
        <location filename="../src/veldwerk/ui/tabs/ecomap.py" line="302"/>
        <source>Eco-map of the network</source>
        <translation>Ecogram van het netwerk</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/ecomap.py" line="118"/>
        <source>JIM</source>
        <translation>JIM</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/ecomap.py" line="121"/>
        <source>JIM of %1</source>
        <translation>JIM van %1</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/ecomap.py" line="127"/>
        <source>until %1</source>
        <translation>tot %1</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/ecomap.py" line="133"/>
        <source>tie ended</source>
        <translation>band gestopt</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/ecomap.py" line="133"/>
        <source>tie: %1</source>
        <translation>band: %1</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/ecomap.py" line="305"/>
        <source>People on the map: %1. The arrow keys choose one; Enter opens them.</source>
        <translation>Personen op de kaart: %1. Met de pijltjestoetsen kies je er een; Enter opent die.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../src/veldwerk/ui/tabs/event_dialog.py" line="117"/>
        <source>no longer involved</source>
        <translation>niet meer betrokken</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/event_dialog.py" line="128"/>
        <source>Phase: %1 (follows from the date)</source>
        <translation>Fase: %1 (volgt uit de datum)</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/event_dialog.py" line="140"/>
        <source>Change step in the journey</source>
        <translation>Stap in de klantreis wijzigen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/event_dialog.py" line="142"/>
        <source>New step in the journey</source>
        <translation>Nieuwe stap in de klantreis</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/event_dialog.py" line="148"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/event_dialog.py" line="149"/>
        <source>&amp;Kind of step</source>
        <translation>&amp;Soort stap</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/event_dialog.py" line="150"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/event_dialog.py" line="151"/>
        <source>&amp;What happened</source>
        <translation>&amp;Wat er gebeurde</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/event_dialog.py" line="153"/>
        <source>A few words, for example: home visit with the midwife</source>
        <translation>Een paar woorden, bijvoorbeeld: huisbezoek met de verloskundige</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/event_dialog.py" line="156"/>
        <source>Who was &amp;involved</source>
        <translation>Wie waren er &amp;betrokken</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/event_dialog.py" line="157"/>
        <source>&amp;Barriers (what got in the way)</source>
        <translation>&amp;Knelpunten (wat in de weg zat)</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/event_dialog.py" line="158"/>
        <source>What &amp;helped</source>
        <translation>Werkzame &amp;factoren</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/event_dialog.py" line="165"/>
        <source>Nobody in the network yet</source>
        <translation>Nog niemand in het netwerk</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../src/veldwerk/ui/tabs/goal_dialog.py" line="179"/>
        <source>Action %1: what</source>
        <translation>Actie %1: wat</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/goal_dialog.py" line="180"/>
        <source>Action %1: who does it</source>
        <translation>Actie %1: wie doet het</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/goal_dialog.py" line="181"/>
        <source>Action %1: done by</source>
        <translation>Actie %1: klaar op</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/goal_dialog.py" line="182"/>
        <source>Action %1: status</source>
        <translation>Actie %1: status</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/goal_dialog.py" line="183"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/goal_dialog.py" line="184"/>
        <source>Remove action %1</source>
        <translation>Actie %1 verwijderen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/goal_dialog.py" line="185"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/goal_dialog.py" line="190"/>
        <source>Change goal</source>
        <translation>Doel wijzigen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/goal_dialog.py" line="190"/>
        <source>New goal</source>
        <translation>Nieuw doel</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/goal_dialog.py" line="192"/>
        <source>&amp;Goal</source>
        <translation>&amp;Doel</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/goal_dialog.py" line="193"/>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/goal_dialog.py" line="194"/>
        <source>What the family wants to reach</source>
        <translation>Wat het gezin wil bereiken</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/goal_dialog.py" line="195"/>
        <location filename="../src/veldwerk/ui/tabs/goal_dialog.py" line="196"/>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/goal_dialog.py" line="199"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/goal_dialog.py" line="199"/>
        <source>Who does it</source>
        <translation>Wie doet het</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/goal_dialog.py" line="199"/>
        <source>Done by</source>
        <translation>Klaar op</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/goal_dialog.py" line="199"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/goal_dialog.py" line="203"/>
        <source>Add a&amp;ction</source>
        <translation>&amp;Actie toevoegen</translation>
    </message>
</context>
<context>
    <name>JourneyTab</name>
    <message>
        <location filename="../src/veldwerk/ui/tabs/journey_tab.py" line="112"/>
        <source>Journey</source>
        <translation>Klantreis</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/journey_tab.py" line="116"/>
        <source>&amp;Add step</source>
        <translation>&amp;Stap toevoegen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/journey_tab.py" line="116"/>
        <source>&amp;Change step</source>
        <translation>Stap &amp;wijzigen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/journey_tab.py" line="116"/>
        <source>&amp;Remove step</source>
        <translation>Stap &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/journey_tab.py" line="118"/>
        <source>&amp;Order:</source>
        <translation>V&amp;olgorde:</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/journey_tab.py" line="119"/>
        <source>Newest first</source>
        <translation>Nieuwste eerst</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/journey_tab.py" line="120"/>
        <source>Oldest first</source>
        <translation>Oudste eerst</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/journey_tab.py" line="121"/>
        <source>Order</source>
        <translation>Volgorde</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/journey_tab.py" line="127"/>
        <source>barrier</source>
        <translation>knelpunt</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/journey_tab.py" line="127"/>
        <source>what helped</source>
        <translation>werkzame factor</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/journey_tab.py" line="128"/>
        <source>How the tags of each step are shown</source>
        <translation>Zo staan de kenmerken bij elke stap</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/journey_tab.py" line="129"/>
        <source>Journey timeline</source>
        <translation>Tijdlijn van de klantreis</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/journey_tab.py" line="146"/>
        <source>No family is open.</source>
        <translation>Er is geen gezin geopend.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/journey_tab.py" line="153"/>
        <source>No steps in the journey yet. Add the first one with “Add step”: a signal, an intake, a home visit.</source>
        <translation>Nog geen stappen in de klantreis. Voeg de eerste toe met “Stap toevoegen”: een signaal, een intake, een huisbezoek.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/journey_tab.py" line="192"/>
        <source>Remove this step from the journey?

%1</source>
        <translation>Deze stap uit de klantreis verwijderen?

%1</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../src/veldwerk/ui/tabs/member_dialog.py" line="87"/>
        <source>Change household member</source>
        <translation>Gezinslid wijzigen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/member_dialog.py" line="89"/>
        <source>New household member</source>
        <translation>Nieuw gezinslid</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/member_dialog.py" line="92"/>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/member_dialog.py" line="93"/>
        <source>&amp;Given name</source>
        <translation>&amp;Voornaam</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/member_dialog.py" line="94"/>
        <source>&amp;Family name</source>
        <translation>&amp;Achternaam</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/member_dialog.py" line="95"/>
        <source>Date of &amp;birth</source>
        <translation>&amp;Geboortedatum</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/member_dialog.py" line="96"/>
        <source>E&amp;xpected date</source>
        <translation>Ver&amp;wachte datum</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/member_dialog.py" line="97"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/member_dialog.py" line="98"/>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/member_dialog.py" line="99"/>
        <source>&amp;Address</source>
        <translation>A&amp;dres</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/member_dialog.py" line="100"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/member_dialog.py" line="101"/>
        <source>For example: what helps in contact</source>
        <translation>Bijvoorbeeld: wat helpt in het contact</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../src/veldwerk/ui/tabs/members_tab.py" line="85"/>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/members_tab.py" line="89"/>
        <source>&amp;Add member</source>
        <translation>&amp;Gezinslid toevoegen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/members_tab.py" line="89"/>
        <source>&amp;Change member</source>
        <translation>Gezinslid &amp;wijzigen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/members_tab.py" line="89"/>
        <source>&amp;Remove member</source>
        <translation>Gezinslid &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/members_tab.py" line="93"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/members_tab.py" line="94"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/members_tab.py" line="95"/>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/members_tab.py" line="96"/>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/members_tab.py" line="97"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/members_tab.py" line="98"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/members_tab.py" line="99"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/members_tab.py" line="102"/>
        <source>Household members</source>
        <translation>Gezinsleden</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/veldwerk/ui/tabs/members_tab.py" line="109"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n jaar</numerusform>
            <numerusform>%n jaar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/veldwerk/ui/tabs/members_tab.py" line="111"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n maand</numerusform>
            <numerusform>%n maanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/veldwerk/ui/tabs/members_tab.py" line="112"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weken</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/members_tab.py" line="119"/>
        <source>expected %1</source>
        <translation>verwacht %1</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/members_tab.py" line="127"/>
        <source>No family is open.</source>
        <translation>Er is geen gezin geopend.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/members_tab.py" line="160"/>
        <source>No household members yet. Add the first one with “Add member”.</source>
        <translation>Nog geen gezinsleden. Voeg de eerste toe met “Gezinslid toevoegen”.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/members_tab.py" line="181"/>
        <location filename="../src/veldwerk/ui/tabs/members_tab.py" line="187"/>
        <source>This cannot be deleted</source>
        <translation>Dit kan niet worden verwijderd</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/members_tab.py" line="182"/>
        <source>A family has at least one household member.</source>
        <translation>Een gezin heeft altijd minstens één gezinslid.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/members_tab.py" line="188"/>
        <source>%1 is the JIM of %2. Change or remove the JIM in the network first.</source>
        <translation>%1 is de JIM van %2. Wijzig of verwijder eerst de JIM in het netwerk.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/members_tab.py" line="193"/>
        <source>Remove %1 from the household?</source>
        <translation>%1 uit het gezin verwijderen?</translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_dialog.py" line="98"/>
        <source>— choose a profession —</source>
        <translation>— kies een beroep —</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_dialog.py" line="99"/>
        <source>— choose a person —</source>
        <translation>— kies een gezinslid —</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_dialog.py" line="125"/>
        <source>Change network member</source>
        <translation>Netwerklid wijzigen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_dialog.py" line="127"/>
        <source>New network member</source>
        <translation>Nieuw netwerklid</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_dialog.py" line="130"/>
        <source>&amp;Who is this</source>
        <translation>&amp;Wie is dit</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_dialog.py" line="131"/>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_dialog.py" line="132"/>
        <source>&amp;Relation to the family</source>
        <translation>&amp;Relatie tot het gezin</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_dialog.py" line="133"/>
        <source>&amp;Mentor of</source>
        <translation>&amp;Mentor van</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_dialog.py" line="134"/>
        <source>&amp;Profession</source>
        <translation>&amp;Beroep</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_dialog.py" line="135"/>
        <source>&amp;Organisation</source>
        <translation>Or&amp;ganisatie</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_dialog.py" line="136"/>
        <source>P&amp;hone</source>
        <translation>Tele&amp;foon</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_dialog.py" line="137"/>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_dialog.py" line="138"/>
        <source>&amp;Tie, as the family feels it</source>
        <translation>Ban&amp;d, zoals het gezin die ervaart</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_dialog.py" line="139"/>
        <source>Involved s&amp;ince</source>
        <translation>Betrokken &amp;sinds</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_dialog.py" line="140"/>
        <source>Involved &amp;until</source>
        <translation>Betrokken &amp;tot</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_dialog.py" line="141"/>
        <source>For example: aunt, neighbour, friend</source>
        <translation>Bijvoorbeeld: tante, buurvrouw, vriend</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_dialog.py" line="143"/>
        <source>Leave “until” empty while this person is still involved.</source>
        <translation>Laat “tot” leeg zolang deze persoon nog betrokken is.</translation>
    </message>
</context>
<context>
    <name>NetworkTab</name>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_tab.py" line="96"/>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_tab.py" line="100"/>
        <source>&amp;Add person</source>
        <translation>&amp;Persoon toevoegen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_tab.py" line="100"/>
        <source>&amp;Change person</source>
        <translation>Persoon &amp;wijzigen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_tab.py" line="100"/>
        <source>&amp;Remove person</source>
        <translation>Persoon &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_tab.py" line="103"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_tab.py" line="103"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_tab.py" line="103"/>
        <source>Tie</source>
        <translation>Band</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_tab.py" line="103"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_tab.py" line="105"/>
        <source>Network members</source>
        <translation>Netwerkleden</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/veldwerk/ui/tabs/network_tab.py" line="109"/>
        <source>JIM (%n)</source>
        <translation>
            <numerusform>JIM (%n)</numerusform>
            <numerusform>JIM (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/veldwerk/ui/tabs/network_tab.py" line="111"/>
        <source>Informal network (%n)</source>
        <translation>
            <numerusform>Informeel netwerk (%n)</numerusform>
            <numerusform>Informeel netwerk (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/veldwerk/ui/tabs/network_tab.py" line="112"/>
        <source>Professionals (%n)</source>
        <translation>
            <numerusform>Professionals (%n)</numerusform>
            <numerusform>Professionals (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_tab.py" line="130"/>
        <source>JIM of %1</source>
        <translation>JIM van %1</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_tab.py" line="140"/>
        <source>ended %1</source>
        <translation>gestopt %1</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_tab.py" line="150"/>
        <source>No family is open.</source>
        <translation>Er is geen gezin geopend.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_tab.py" line="192"/>
        <source>Nobody in the network yet. Add a professional, someone close to the family or their JIM with “Add person”.</source>
        <translation>Nog niemand in het netwerk. Voeg een professional, iemand dicht bij het gezin of hun JIM toe met “Persoon toevoegen”.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_tab.py" line="239"/>
        <location filename="../src/veldwerk/ui/tabs/network_tab.py" line="250"/>
        <source>This cannot be deleted</source>
        <translation>Dit kan niet worden verwijderd</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_tab.py" line="241"/>
        <source>%1 is or was the fixed contact person or the backup contact. That history is kept, so %1 stays in the network. Fill in “involved until” instead.</source>
        <translation>%1 is of was het vaste aanspreekpunt of de achterwacht. Die geschiedenis blijft bewaard, dus %1 blijft in het netwerk. Vul in plaats daarvan “betrokken tot” in.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/veldwerk/ui/tabs/network_tab.py" line="253"/>
        <source>%1 is named in %n step(s) of the journey. Fill in “involved until” instead, or remove %1 from those steps first.</source>
        <translation>
            <numerusform>%1 staat bij %n stap in de klantreis. Vul in plaats daarvan “betrokken tot” in, of verwijder %1 eerst uit die stap.</numerusform>
            <numerusform>%1 staat bij %n stappen in de klantreis. Vul in plaats daarvan “betrokken tot” in, of verwijder %1 eerst uit die stappen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_tab.py" line="263"/>
        <source>Remove %1 from the network?</source>
        <translation>%1 uit het netwerk verwijderen?</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../src/veldwerk/ui/tabs/plan_tab.py" line="36"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/plan_tab.py" line="40"/>
        <source>&amp;Add goal</source>
        <translation>&amp;Doel toevoegen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/plan_tab.py" line="40"/>
        <source>&amp;Change goal</source>
        <translation>Doel &amp;wijzigen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/plan_tab.py" line="40"/>
        <source>&amp;Remove goal</source>
        <translation>Doel &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/plan_tab.py" line="43"/>
        <source>Goal and actions</source>
        <translation>Doel en acties</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/plan_tab.py" line="43"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/plan_tab.py" line="43"/>
        <source>Done by</source>
        <translation>Klaar op</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/plan_tab.py" line="43"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/plan_tab.py" line="45"/>
        <source>Plan: goals and actions</source>
        <translation>Plan: doelen en acties</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/plan_tab.py" line="53"/>
        <source>%1 · %2 of %3 done</source>
        <translation>%1 · %2 van %3 klaar</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/plan_tab.py" line="66"/>
        <source>%1 (overdue)</source>
        <translation>%1 (te laat)</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/plan_tab.py" line="74"/>
        <source>No family is open.</source>
        <translation>Er is geen gezin geopend.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/plan_tab.py" line="114"/>
        <source>No goals yet. Add what the family wants to reach with “Add goal”, and the actions that lead there.</source>
        <translation>Nog geen doelen. Voeg met “Doel toevoegen” toe wat het gezin wil bereiken, en de acties die daar naartoe leiden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/veldwerk/ui/tabs/plan_tab.py" line="128"/>
        <source>Remove the goal “%1” and its %n action(s)?</source>
        <translation>
            <numerusform>Het doel “%1” en de %n actie ervan verwijderen?</numerusform>
            <numerusform>Het doel “%1” en de %n acties ervan verwijderen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../src/veldwerk/ui/tabs/record_dialog.py" line="403"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/record_dialog.py" line="405"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <location filename="../src/veldwerk/ui/tabs/record_tab.py" line="254"/>
        <source>Remove?</source>
        <translation>Verwijderen?</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/record_tab.py" line="255"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/record_tab.py" line="256"/>
        <source>Keep</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/record_tab.py" line="266"/>
        <source>This cannot be deleted</source>
        <translation>Dit kan niet worden verwijderd</translation>
    </message>
</context>
<context>
    <name>ReflectionDialog</name>
    <message>
        <location filename="../src/veldwerk/ui/tabs/reflection_dialog.py" line="57"/>
        <source>Change reflection</source>
        <translation>Reflectie wijzigen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/reflection_dialog.py" line="57"/>
        <source>New reflection</source>
        <translation>Nieuwe reflectie</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/reflection_dialog.py" line="59"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/reflection_dialog.py" line="60"/>
        <source>&amp;Reflection</source>
        <translation>&amp;Reflectie</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/reflection_dialog.py" line="61"/>
        <source>What did you learn? What would help other families?</source>
        <translation>Wat heb je geleerd? Wat zou andere gezinnen helpen?</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/reflection_dialog.py" line="62"/>
        <source>S&amp;hare for learning</source>
        <translation>De&amp;len om van te leren</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/reflection_dialog.py" line="63"/>
        <source>Share for learning</source>
        <translation>Delen om van te leren</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/reflection_dialog.py" line="66"/>
        <source>Shared reflections are passed on without names, and only when the family gave consent. Do not write names or addresses in a reflection you share.</source>
        <translation>Gedeelde reflecties gaan zonder namen door, en alleen als het gezin toestemming gaf. Schrijf geen namen of adressen in een reflectie die je deelt.</translation>
    </message>
</context>
<context>
    <name>ReflectionsTab</name>
    <message>
        <location filename="../src/veldwerk/ui/tabs/reflections_tab.py" line="81"/>
        <location filename="../src/veldwerk/ui/tabs/reflections_tab.py" line="88"/>
        <source>Reflections</source>
        <translation>Reflecties</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/reflections_tab.py" line="85"/>
        <source>&amp;Add reflection</source>
        <translation>&amp;Reflectie toevoegen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/reflections_tab.py" line="85"/>
        <source>&amp;Change reflection</source>
        <translation>Reflectie &amp;wijzigen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/reflections_tab.py" line="85"/>
        <source>&amp;Remove reflection</source>
        <translation>Reflectie &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/reflections_tab.py" line="87"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/reflections_tab.py" line="87"/>
        <source>Reflection</source>
        <translation>Reflectie</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/reflections_tab.py" line="87"/>
        <source>Learning</source>
        <translation>Leren</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/reflections_tab.py" line="96"/>
        <source>No family is open.</source>
        <translation>Er is geen gezin geopend.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/reflections_tab.py" line="101"/>
        <source>shared</source>
        <translation>gedeeld</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/reflections_tab.py" line="101"/>
        <source>not shared</source>
        <translation>niet gedeeld</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/reflections_tab.py" line="116"/>
        <source>This family&apos;s consent for learning: %1. Reflections marked “shared” are not passed on until the family gives consent.</source>
        <translation>Toestemming van dit gezin om van te leren: %1. Reflecties met “gedeeld” gaan pas door als het gezin toestemming geeft.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/reflections_tab.py" line="126"/>
        <source>No reflections yet. What did you learn with this family? Add it with “Add reflection”.</source>
        <translation>Nog geen reflecties. Wat heb je met dit gezin geleerd? Voeg het toe met “Reflectie toevoegen”.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/reflections_tab.py" line="138"/>
        <source>Remove the reflection of %1?</source>
        <translation>De reflectie van %1 verwijderen?</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message numerus="yes">
        <location filename="../src/veldwerk/ui/tabs/timeline_view.py" line="104"/>
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n stap</numerusform>
            <numerusform>%n stappen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/timeline_view.py" line="114"/>
        <source>with %1</source>
        <translation>met %1</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/timeline_view.py" line="117"/>
        <source>barriers: %1</source>
        <translation>knelpunten: %1</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/timeline_view.py" line="123"/>
        <source>what helped: %1</source>
        <translation>werkzame factoren: %1</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>&amp;Planned, not done yet</source>
        <translation>&amp;Gepland, nog niet gedaan</translation>
    </message>
    <message>
        <source>A step ahead, such as a visit next week. Untick it once the step is done.</source>
        <translation>Een stap die nog komt, zoals een bezoek volgende week. Vink het uit als de stap gedaan is.</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>planned, not done yet</source>
        <translation>gepland, nog niet gedaan</translation>
    </message>
</context>
</TS>
