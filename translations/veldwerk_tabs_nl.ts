<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>EcoMapLegend</name>
    <message>
        <location filename="../src/veldwerk/ui/tabs/ecomap.py" line="560"/>
        <source>People:</source>
        <translation>Mensen:</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/ecomap.py" line="561"/>
        <source>Ties:</source>
        <translation>Banden:</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/ecomap.py" line="563"/>
        <source>professional</source>
        <translation>professional</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/ecomap.py" line="564"/>
        <source>informal network</source>
        <translation>informeel netwerk</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/ecomap.py" line="565"/>
        <source>JIM (mentor)</source>
        <translation>JIM (mentor)</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/ecomap.py" line="566"/>
        <source>strong</source>
        <translation>sterk</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/ecomap.py" line="567"/>
        <source>normal</source>
        <translation>gewoon</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/ecomap.py" line="568"/>
        <source>weak</source>
        <translation>zwak</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/ecomap.py" line="569"/>
        <source>stressful</source>
        <translation>belastend</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/ecomap.py" line="570"/>
        <source>ended</source>
        <translation>gestopt</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/ecomap.py" line="576"/>
        <source>Legend of the eco-map</source>
        <translation>Uitleg bij het ecogram</translation>
    </message>
</context>
<context>
    <name>EcoMapView</name>
    <message>
        <location filename="../src/veldwerk/ui/tabs/ecomap.py" line="342"/>
        <location filename="../src/veldwerk/ui/tabs/ecomap.py" line="497"/>
        <source>Eco-map of the network</source>
        <translation>Ecogram van het netwerk</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/ecomap.py" line="358"/>
        <source>JIM</source>
        <translation>JIM</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/ecomap.py" line="362"/>
        <source>JIM of %1</source>
        <translation>JIM van %1</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/ecomap.py" line="368"/>
        <source>until %1</source>
        <translation>tot %1</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../src/veldwerk/ui/tabs/event_dialog.py" line="112"/>
        <source>no longer involved</source>
        <translation>niet meer betrokken</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/event_dialog.py" line="125"/>
        <source>Phase: %1 (follows from the date)</source>
        <translation>Fase: %1 (volgt uit de datum)</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/event_dialog.py" line="134"/>
        <source>Change step in the journey</source>
        <translation>Stap in de klantreis wijzigen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/event_dialog.py" line="135"/>
        <source>New step in the journey</source>
        <translation>Nieuwe stap in de klantreis</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/event_dialog.py" line="140"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/event_dialog.py" line="141"/>
        <source>&amp;Kind of step</source>
        <translation>&amp;Soort stap</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/event_dialog.py" line="142"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/event_dialog.py" line="143"/>
        <source>&amp;What happened</source>
        <translation>&amp;Wat er gebeurde</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/event_dialog.py" line="144"/>
        <source>A few words, for example: home visit with the midwife</source>
        <translation>Een paar woorden, bijvoorbeeld: huisbezoek met de verloskundige</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/event_dialog.py" line="146"/>
        <source>Who was &amp;involved</source>
        <translation>Wie waren er &amp;betrokken</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/event_dialog.py" line="147"/>
        <source>&amp;Barriers (what got in the way)</source>
        <translation>&amp;Knelpunten (wat in de weg zat)</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/event_dialog.py" line="148"/>
        <source>What &amp;helped</source>
        <translation>Werkzame &amp;factoren</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/event_dialog.py" line="154"/>
        <source>Nobody in the network yet</source>
        <translation>Nog niemand in het netwerk</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../src/veldwerk/ui/tabs/goal_dialog.py" line="150"/>
        <source>Action %1: what</source>
        <translation>Actie %1: wat</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/goal_dialog.py" line="151"/>
        <source>Action %1: who does it</source>
        <translation>Actie %1: wie doet het</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/goal_dialog.py" line="152"/>
        <source>Action %1: done by</source>
        <translation>Actie %1: klaar op</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/goal_dialog.py" line="153"/>
        <source>Action %1: status</source>
        <translation>Actie %1: status</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/goal_dialog.py" line="154"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/goal_dialog.py" line="155"/>
        <source>Remove action %1</source>
        <translation>Actie %1 verwijderen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/goal_dialog.py" line="156"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/goal_dialog.py" line="161"/>
        <source>Change goal</source>
        <translation>Doel wijzigen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/goal_dialog.py" line="162"/>
        <source>New goal</source>
        <translation>Nieuw doel</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/goal_dialog.py" line="164"/>
        <source>&amp;Goal</source>
        <translation>&amp;Doel</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/goal_dialog.py" line="165"/>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/goal_dialog.py" line="166"/>
        <source>What the family wants to reach</source>
        <translation>Wat het gezin wil bereiken</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/goal_dialog.py" line="167"/>
        <location filename="../src/veldwerk/ui/tabs/goal_dialog.py" line="168"/>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/goal_dialog.py" line="170"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/goal_dialog.py" line="170"/>
        <source>Who does it</source>
        <translation>Wie doet het</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/goal_dialog.py" line="170"/>
        <source>Done by</source>
        <translation>Klaar op</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/goal_dialog.py" line="171"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/goal_dialog.py" line="173"/>
        <source>Add a&amp;ction</source>
        <translation>&amp;Actie toevoegen</translation>
    </message>
</context>
<context>
    <name>JourneyTab</name>
    <message>
        <location filename="../src/veldwerk/ui/tabs/journey_tab.py" line="50"/>
        <source>Journey</source>
        <translation>Klantreis</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/journey_tab.py" line="53"/>
        <source>&amp;Add step</source>
        <translation>&amp;Stap toevoegen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/journey_tab.py" line="53"/>
        <source>&amp;Change step</source>
        <translation>Stap &amp;wijzigen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/journey_tab.py" line="54"/>
        <source>&amp;Remove step</source>
        <translation>Stap &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/journey_tab.py" line="55"/>
        <source>&amp;Order:</source>
        <translation>V&amp;olgorde:</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/journey_tab.py" line="56"/>
        <source>Newest first</source>
        <translation>Nieuwste eerst</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/journey_tab.py" line="57"/>
        <source>Oldest first</source>
        <translation>Oudste eerst</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/journey_tab.py" line="58"/>
        <source>Order</source>
        <translation>Volgorde</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/journey_tab.py" line="62"/>
        <source>barrier</source>
        <translation>knelpunt</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/journey_tab.py" line="62"/>
        <source>what helped</source>
        <translation>werkzame factor</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/journey_tab.py" line="63"/>
        <source>How the tags of each step are shown</source>
        <translation>Zo staan de kenmerken bij elke stap</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/journey_tab.py" line="64"/>
        <source>Journey timeline</source>
        <translation>Tijdlijn van de klantreis</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/journey_tab.py" line="78"/>
        <source>No family is open.</source>
        <translation>Er is geen gezin geopend.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/journey_tab.py" line="83"/>
        <source>No steps in the journey yet. Add the first one with “Add step”: a signal, an intake, a home visit.</source>
        <translation>Nog geen stappen in de klantreis. Voeg de eerste toe met “Stap toevoegen”: een signaal, een intake, een huisbezoek.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/journey_tab.py" line="121"/>
        <source>Remove this step from the journey?

%1</source>
        <translation>Deze stap uit de klantreis verwijderen?

%1</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../src/veldwerk/ui/tabs/member_dialog.py" line="75"/>
        <source>Change household member</source>
        <translation>Gezinslid wijzigen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/member_dialog.py" line="76"/>
        <source>New household member</source>
        <translation>Nieuw gezinslid</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/member_dialog.py" line="78"/>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/member_dialog.py" line="79"/>
        <source>&amp;Given name</source>
        <translation>&amp;Voornaam</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/member_dialog.py" line="80"/>
        <source>&amp;Family name</source>
        <translation>&amp;Achternaam</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/member_dialog.py" line="81"/>
        <source>Date of &amp;birth</source>
        <translation>&amp;Geboortedatum</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/member_dialog.py" line="82"/>
        <source>E&amp;xpected date</source>
        <translation>Ver&amp;wachte datum</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/member_dialog.py" line="83"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/member_dialog.py" line="84"/>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/member_dialog.py" line="85"/>
        <source>&amp;Address</source>
        <translation>A&amp;dres</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/member_dialog.py" line="86"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/member_dialog.py" line="87"/>
        <source>For example: what helps in contact</source>
        <translation>Bijvoorbeeld: wat helpt in het contact</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../src/veldwerk/ui/tabs/members_tab.py" line="54"/>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/members_tab.py" line="57"/>
        <source>&amp;Add member</source>
        <translation>&amp;Gezinslid toevoegen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/members_tab.py" line="57"/>
        <source>&amp;Change member</source>
        <translation>Gezinslid &amp;wijzigen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/members_tab.py" line="58"/>
        <source>&amp;Remove member</source>
        <translation>Gezinslid &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/members_tab.py" line="59"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/members_tab.py" line="59"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/members_tab.py" line="59"/>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/members_tab.py" line="60"/>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/members_tab.py" line="60"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/members_tab.py" line="60"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/members_tab.py" line="61"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/members_tab.py" line="62"/>
        <source>Household members</source>
        <translation>Gezinsleden</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/veldwerk/ui/tabs/members_tab.py" line="69"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n jaar</numerusform>
            <numerusform>%n jaar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/veldwerk/ui/tabs/members_tab.py" line="71"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n maand</numerusform>
            <numerusform>%n maanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/veldwerk/ui/tabs/members_tab.py" line="72"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weken</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/members_tab.py" line="79"/>
        <source>expected %1</source>
        <translation>verwacht %1</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/members_tab.py" line="87"/>
        <source>No family is open.</source>
        <translation>Er is geen gezin geopend.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/members_tab.py" line="111"/>
        <source>No household members yet. Add the first one with “Add member”.</source>
        <translation>Nog geen gezinsleden. Voeg de eerste toe met “Gezinslid toevoegen”.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/members_tab.py" line="147"/>
        <location filename="../src/veldwerk/ui/tabs/members_tab.py" line="152"/>
        <source>This cannot be deleted</source>
        <translation>Dit kan niet worden verwijderd</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/members_tab.py" line="148"/>
        <source>A family has at least one household member.</source>
        <translation>Een gezin heeft altijd minstens één gezinslid.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/members_tab.py" line="153"/>
        <source>%1 is the JIM of %2. Change or remove the JIM in the network first.</source>
        <translation>%1 is de JIM van %2. Wijzig of verwijder eerst de JIM in het netwerk.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/members_tab.py" line="156"/>
        <source>Remove %1 from the household?</source>
        <translation>%1 uit het gezin verwijderen?</translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_dialog.py" line="85"/>
        <source>— choose a profession —</source>
        <translation>— kies een beroep —</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_dialog.py" line="86"/>
        <source>— choose a person —</source>
        <translation>— kies een gezinslid —</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_dialog.py" line="111"/>
        <source>Change network member</source>
        <translation>Netwerklid wijzigen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_dialog.py" line="112"/>
        <source>New network member</source>
        <translation>Nieuw netwerklid</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_dialog.py" line="114"/>
        <source>&amp;Who is this</source>
        <translation>&amp;Wie is dit</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_dialog.py" line="115"/>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_dialog.py" line="116"/>
        <source>&amp;Relation to the family</source>
        <translation>&amp;Relatie tot het gezin</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_dialog.py" line="117"/>
        <source>&amp;Mentor of</source>
        <translation>&amp;Mentor van</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_dialog.py" line="118"/>
        <source>&amp;Profession</source>
        <translation>&amp;Beroep</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_dialog.py" line="119"/>
        <source>&amp;Organisation</source>
        <translation>Or&amp;ganisatie</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_dialog.py" line="120"/>
        <source>P&amp;hone</source>
        <translation>Tele&amp;foon</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_dialog.py" line="121"/>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_dialog.py" line="122"/>
        <source>&amp;Tie, as the family feels it</source>
        <translation>Ban&amp;d, zoals het gezin die ervaart</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_dialog.py" line="123"/>
        <source>Involved s&amp;ince</source>
        <translation>Betrokken &amp;sinds</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_dialog.py" line="124"/>
        <source>Involved &amp;until</source>
        <translation>Betrokken &amp;tot</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_dialog.py" line="125"/>
        <source>For example: aunt, neighbour, friend</source>
        <translation>Bijvoorbeeld: tante, buurvrouw, vriend</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_dialog.py" line="126"/>
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
        <location filename="../src/veldwerk/ui/tabs/network_tab.py" line="99"/>
        <source>&amp;Add person</source>
        <translation>&amp;Persoon toevoegen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_tab.py" line="99"/>
        <source>&amp;Change person</source>
        <translation>Persoon &amp;wijzigen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_tab.py" line="100"/>
        <source>&amp;Remove person</source>
        <translation>Persoon &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_tab.py" line="101"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_tab.py" line="101"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_tab.py" line="101"/>
        <source>Tie</source>
        <translation>Band</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_tab.py" line="102"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_tab.py" line="103"/>
        <source>Network members</source>
        <translation>Netwerkleden</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/veldwerk/ui/tabs/network_tab.py" line="107"/>
        <source>JIM (%n)</source>
        <translation>
            <numerusform>JIM (%n)</numerusform>
            <numerusform>JIM (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/veldwerk/ui/tabs/network_tab.py" line="109"/>
        <source>Informal network (%n)</source>
        <translation>
            <numerusform>Informeel netwerk (%n)</numerusform>
            <numerusform>Informeel netwerk (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/veldwerk/ui/tabs/network_tab.py" line="110"/>
        <source>Professionals (%n)</source>
        <translation>
            <numerusform>Professionals (%n)</numerusform>
            <numerusform>Professionals (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_tab.py" line="127"/>
        <source>JIM of %1</source>
        <translation>JIM van %1</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_tab.py" line="137"/>
        <source>ended %1</source>
        <translation>gestopt %1</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_tab.py" line="147"/>
        <source>No family is open.</source>
        <translation>Er is geen gezin geopend.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_tab.py" line="181"/>
        <source>Nobody in the network yet. Add a professional, someone close to the family or their JIM with “Add person”.</source>
        <translation>Nog niemand in het netwerk. Voeg een professional, iemand dicht bij het gezin of hun JIM toe met “Persoon toevoegen”.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_tab.py" line="240"/>
        <location filename="../src/veldwerk/ui/tabs/network_tab.py" line="247"/>
        <source>This cannot be deleted</source>
        <translation>Dit kan niet worden verwijderd</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_tab.py" line="241"/>
        <source>%1 is or was the fixed contact person or the backup contact. That history is kept, so %1 stays in the network. Fill in “involved until” instead.</source>
        <translation>%1 is of was het vaste aanspreekpunt of de achterwacht. Die geschiedenis blijft bewaard, dus %1 blijft in het netwerk. Vul in plaats daarvan “betrokken tot” in.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/veldwerk/ui/tabs/network_tab.py" line="248"/>
        <source>%1 is named in %n step(s) of the journey. Fill in “involved until” instead, or remove %1 from those steps first.</source>
        <translation>
            <numerusform>%1 staat bij %n stap in de klantreis. Vul in plaats daarvan “betrokken tot” in, of verwijder %1 eerst uit die stap.</numerusform>
            <numerusform>%1 staat bij %n stappen in de klantreis. Vul in plaats daarvan “betrokken tot” in, of verwijder %1 eerst uit die stappen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/network_tab.py" line="254"/>
        <source>Remove %1 from the network?</source>
        <translation>%1 uit het netwerk verwijderen?</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../src/veldwerk/ui/tabs/plan_tab.py" line="41"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/plan_tab.py" line="44"/>
        <source>&amp;Add goal</source>
        <translation>&amp;Doel toevoegen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/plan_tab.py" line="44"/>
        <source>&amp;Change goal</source>
        <translation>Doel &amp;wijzigen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/plan_tab.py" line="45"/>
        <source>&amp;Remove goal</source>
        <translation>Doel &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/plan_tab.py" line="46"/>
        <source>Goal and actions</source>
        <translation>Doel en acties</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/plan_tab.py" line="46"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/plan_tab.py" line="47"/>
        <source>Done by</source>
        <translation>Klaar op</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/plan_tab.py" line="47"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/plan_tab.py" line="48"/>
        <source>Plan: goals and actions</source>
        <translation>Plan: doelen en acties</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/plan_tab.py" line="55"/>
        <source>%1 · %2 of %3 done</source>
        <translation>%1 · %2 van %3 klaar</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/plan_tab.py" line="65"/>
        <source>%1 (overdue)</source>
        <translation>%1 (te laat)</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/plan_tab.py" line="73"/>
        <source>No family is open.</source>
        <translation>Er is geen gezin geopend.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/plan_tab.py" line="105"/>
        <source>No goals yet. Add what the family wants to reach with “Add goal”, and the actions that lead there.</source>
        <translation>Nog geen doelen. Voeg met “Doel toevoegen” toe wat het gezin wil bereiken, en de acties die daar naartoe leiden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/veldwerk/ui/tabs/plan_tab.py" line="133"/>
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
        <location filename="../src/veldwerk/ui/tabs/record_dialog.py" line="306"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/record_dialog.py" line="308"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <location filename="../src/veldwerk/ui/tabs/record_tab.py" line="175"/>
        <source>Remove?</source>
        <translation>Verwijderen?</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/record_tab.py" line="176"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/record_tab.py" line="177"/>
        <source>Keep</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/record_tab.py" line="187"/>
        <source>This cannot be deleted</source>
        <translation>Dit kan niet worden verwijderd</translation>
    </message>
</context>
<context>
    <name>ReflectionDialog</name>
    <message>
        <location filename="../src/veldwerk/ui/tabs/reflection_dialog.py" line="51"/>
        <source>Change reflection</source>
        <translation>Reflectie wijzigen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/reflection_dialog.py" line="52"/>
        <source>New reflection</source>
        <translation>Nieuwe reflectie</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/reflection_dialog.py" line="53"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/reflection_dialog.py" line="54"/>
        <source>&amp;Reflection</source>
        <translation>&amp;Reflectie</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/reflection_dialog.py" line="55"/>
        <source>What did you learn? What would help other families?</source>
        <translation>Wat hebt u geleerd? Wat zou andere gezinnen helpen?</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/reflection_dialog.py" line="57"/>
        <source>S&amp;hare for learning</source>
        <translation>De&amp;len om van te leren</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/reflection_dialog.py" line="58"/>
        <source>Share for learning</source>
        <translation>Delen om van te leren</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/reflection_dialog.py" line="60"/>
        <source>Shared reflections are passed on without names, and only when the family gave consent. Do not write names or addresses in a reflection you share.</source>
        <translation>Gedeelde reflecties gaan zonder namen door, en alleen als het gezin toestemming gaf. Schrijf geen namen of adressen in een reflectie die u deelt.</translation>
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
        <location filename="../src/veldwerk/ui/tabs/reflections_tab.py" line="84"/>
        <source>&amp;Add reflection</source>
        <translation>&amp;Reflectie toevoegen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/reflections_tab.py" line="84"/>
        <source>&amp;Change reflection</source>
        <translation>Reflectie &amp;wijzigen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/reflections_tab.py" line="85"/>
        <source>&amp;Remove reflection</source>
        <translation>Reflectie &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/reflections_tab.py" line="86"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/reflections_tab.py" line="86"/>
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
        <location filename="../src/veldwerk/ui/tabs/reflections_tab.py" line="102"/>
        <source>not shared</source>
        <translation>niet gedeeld</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/reflections_tab.py" line="116"/>
        <source>This family&apos;s consent for learning: %1. Reflections marked “shared” are not passed on until the family gives consent.</source>
        <translation>Toestemming van dit gezin om van te leren: %1. Reflecties met “gedeeld” gaan pas door als het gezin toestemming geeft.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/reflections_tab.py" line="123"/>
        <source>No reflections yet. What did you learn with this family? Add it with “Add reflection”.</source>
        <translation>Nog geen reflecties. Wat hebt u met dit gezin geleerd? Voeg het toe met “Reflectie toevoegen”.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/reflections_tab.py" line="150"/>
        <source>Remove the reflection of %1?</source>
        <translation>De reflectie van %1 verwijderen?</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message numerus="yes">
        <location filename="../src/veldwerk/ui/tabs/timeline_view.py" line="79"/>
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n stap</numerusform>
            <numerusform>%n stappen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/timeline_view.py" line="89"/>
        <source>with %1</source>
        <translation>met %1</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/timeline_view.py" line="91"/>
        <source>barriers: %1</source>
        <translation>knelpunten: %1</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/tabs/timeline_view.py" line="94"/>
        <source>what helped: %1</source>
        <translation>werkzame factoren: %1</translation>
    </message>
</context>
</TS>
