<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ConsentModel</name>
    <message>
        <location filename="../src/veldwerk/ui/learning/consent_model.py" line="52"/>
        <source>Ref</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/consent_model.py" line="52"/>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/consent_model.py" line="52"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/consent_model.py" line="52"/>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/consent_model.py" line="70"/>
        <source>Click to change the consent of %1</source>
        <translation>Klik om de toestemming van %1 te wijzigen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/consent_model.py" line="152"/>
        <source>Consent for learning of %1</source>
        <translation>Toestemming voor leren van %1</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../src/veldwerk/ui/learning/consent_page.py" line="130"/>
        <source>%1 of %2 families gave consent.</source>
        <translation>%1 van de %2 gezinnen gaven toestemming.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/consent_page.py" line="142"/>
        <source>Consent for learning</source>
        <translation>Toestemming voor leren</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/consent_page.py" line="145"/>
        <source>Only families that gave consent are in the learning data. Change it here when a family says yes or no: click the consent of a family and choose. When you withdraw consent, the family disappears from the next export.</source>
        <translation>Alleen gezinnen die toestemming gaven, zitten in de leerdata. Pas het hier aan als een gezin ja of nee zegt: klik op de toestemming van een gezin en kies. Trek je de toestemming in, dan verdwijnt het gezin uit de volgende export.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/consent_page.py" line="150"/>
        <source>Consent per family</source>
        <translation>Toestemming per gezin</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/consent_page.py" line="151"/>
        <source>There are no families in this profile yet.</source>
        <translation>Er staan nog geen gezinnen in dit profiel.</translation>
    </message>
</context>
<context>
    <name>LearningMenu</name>
    <message>
        <location filename="../src/veldwerk/ui/learning/hookup.py" line="30"/>
        <source>Learning &amp;data…</source>
        <translation>Leer&amp;data…</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/hookup.py" line="48"/>
        <source>What leaves for the learning practice, consent and sending</source>
        <translation>Wat er meegaat naar de leerpraktijk, toestemming en verzenden</translation>
    </message>
</context>
<context>
    <name>LearningWindow</name>
    <message>
        <location filename="../src/veldwerk/ui/learning/window.py" line="116"/>
        <source>Loading…</source>
        <translation>Bezig met laden…</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/window.py" line="195"/>
        <source>Approved. It goes along with the next export.</source>
        <translation>Goedgekeurd. De reflectie gaat mee met de volgende export.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/window.py" line="207"/>
        <source>Approval withdrawn. The reflection does not leave unless you approve it again.</source>
        <translation>Goedkeuring ingetrokken. De reflectie gaat pas weer mee als je haar opnieuw goedkeurt.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/window.py" line="210"/>
        <source>The export that was waiting was replaced by one without it.</source>
        <translation>De export die klaarstond, is vervangen door een export zonder deze reflectie.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/window.py" line="226"/>
        <source>Withdraw consent?</source>
        <translation>Toestemming intrekken?</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/window.py" line="228"/>
        <source>From now on %1 is no longer in the learning data: the family disappears from the next export. The coordinator keeps only the newest export, so its data then disappears there too.</source>
        <translation>Vanaf nu zit %1 niet meer in de leerdata: het gezin verdwijnt uit de volgende export. De coördinator bewaart alleen de nieuwste export, dus dan verdwijnen de gegevens daar ook.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/window.py" line="232"/>
        <source>Withdraw consent</source>
        <translation>Toestemming intrekken</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/window.py" line="233"/>
        <source>Keep consent</source>
        <translation>Toestemming houden</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/window.py" line="242"/>
        <source>Consent withdrawn for %1: the family disappears from the next export.</source>
        <translation>Toestemming ingetrokken voor %1: het gezin verdwijnt uit de volgende export.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/window.py" line="246"/>
        <source>The export that was waiting was replaced by one without this family.</source>
        <translation>De export die klaarstond, is vervangen door een export zonder dit gezin.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/window.py" line="251"/>
        <source>Consent recorded for %1: the family is in the next export.</source>
        <translation>Toestemming vastgelegd voor %1: het gezin zit in de volgende export.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/window.py" line="255"/>
        <source>Saved for %1: %2.</source>
        <translation>Opgeslagen voor %1: %2.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/window.py" line="273"/>
        <source>New export made with 1 family.</source>
        <translation>Nieuwe export gemaakt met 1 gezin.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/window.py" line="275"/>
        <source>New export made with %1 families.</source>
        <translation>Nieuwe export gemaakt met %1 gezinnen.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/window.py" line="277"/>
        <source>It waits in the outbox until it is sent.</source>
        <translation>Hij wacht in de uitbak tot hij verzonden is.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/window.py" line="280"/>
        <source>1 reflection awaits your approval and is not in it.</source>
        <translation>1 reflectie wacht op je goedkeuring en zit er niet in.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/window.py" line="283"/>
        <source>%1 reflections await your approval and are not in it.</source>
        <translation>%1 reflecties wachten op je goedkeuring en zitten er niet in.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/window.py" line="314"/>
        <source>Nothing was waiting to be sent.</source>
        <translation>Er stond niets klaar om te verzenden.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/window.py" line="316"/>
        <source>1 export sent to the shared folder.</source>
        <translation>1 export verzonden naar de gedeelde map.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/window.py" line="319"/>
        <source>%1 exports sent to the shared folder.</source>
        <translation>%1 exports verzonden naar de gedeelde map.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/window.py" line="331"/>
        <source>Sending was stopped. What was sent stays sent; the rest waits.</source>
        <translation>Het verzenden is gestopt. Wat al verzonden is, blijft verzonden; de rest wacht.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/window.py" line="335"/>
        <source>Sending learning data…</source>
        <translation>Leerdata verzenden…</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/window.py" line="396"/>
        <source>&amp;What leaves</source>
        <translation>&amp;Wat gaat er mee</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/window.py" line="399"/>
        <source>&amp;Reflections to approve (%1)</source>
        <translation>&amp;Reflecties goedkeuren (%1)</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/window.py" line="401"/>
        <source>&amp;Reflections</source>
        <translation>&amp;Reflecties</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/window.py" line="403"/>
        <source>&amp;Consent</source>
        <translation>&amp;Toestemming</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/window.py" line="404"/>
        <source>Se&amp;nding</source>
        <translation>Ver&amp;zenden</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/window.py" line="407"/>
        <location filename="../src/veldwerk/ui/learning/window.py" line="408"/>
        <source>Learning data</source>
        <translation>Leerdata</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/window.py" line="409"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../src/veldwerk/ui/learning/preview_model.py" line="56"/>
        <source>Family code</source>
        <translation>Gezinscode</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/preview_model.py" line="57"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/preview_model.py" line="58"/>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/preview_model.py" line="59"/>
        <source>Weeks</source>
        <translation>Weken</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/preview_model.py" line="60"/>
        <source>Phases</source>
        <translation>Fasen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/preview_model.py" line="61"/>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/preview_model.py" line="62"/>
        <source>Barriers</source>
        <translation>Knelpunten</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/preview_model.py" line="63"/>
        <source>What helped</source>
        <translation>Werkzame factoren</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/preview_model.py" line="64"/>
        <source>JIM</source>
        <translation>JIM</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/preview_model.py" line="65"/>
        <source>Backup</source>
        <translation>Achterwacht</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/preview_model.py" line="71"/>
        <source>A random code for the family in this export only. Every export draws a new one, so exports cannot be linked by it.</source>
        <translation>Een willekeurige code voor het gezin, alleen in deze export. Elke export krijgt een nieuwe, dus exports zijn er niet mee aan elkaar te koppelen.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/preview_model.py" line="77"/>
        <source>Closed families: weeks from the start of the opening quarter until closing, in steps of 4. Empty while the family is active.</source>
        <translation>Afgesloten gezinnen: weken vanaf het begin van het kwartaal van opening tot het afsluiten, in stappen van 4. Leeg zolang het gezin actief is.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/preview_model.py" line="82"/>
        <source>Number of steps in the journey (only their type, a 4-week period counted from the start of the opening quarter, and tags)</source>
        <translation>Aantal stappen in de klantreis (alleen hun soort, een periode van 4 weken gerekend vanaf het begin van het kwartaal van opening, en labels)</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/preview_model.py" line="89"/>
        <source>Whether a backup contact (achterwacht) is assigned on the first day of this month</source>
        <translation>Of er op de eerste dag van deze maand een achterwacht is</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/preview_model.py" line="123"/>
        <source>Approved reflections that go along: %1</source>
        <translation>Goedgekeurde reflecties die meegaan: %1</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/preview_model.py" line="74"/>
        <source>Active or closed</source>
        <translation>Actief of afgesloten</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/preview_model.py" line="75"/>
        <source>The quarter the family was opened in (never the date)</source>
        <translation>Het kwartaal waarin het gezin is geopend (nooit de datum)</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/preview_model.py" line="80"/>
        <source>The phases of the first 1000 days the journey went through</source>
        <translation>De fasen van de eerste 1000 dagen die de klantreis doorliep</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/preview_model.py" line="85"/>
        <source>The barriers tagged most often in the journey</source>
        <translation>De knelpunten die het vaakst in de klantreis zijn aangegeven</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/preview_model.py" line="86"/>
        <source>The enablers tagged most often in the journey</source>
        <translation>De werkzame factoren die het vaakst in de klantreis zijn aangegeven</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/preview_model.py" line="87"/>
        <source>Whether the family has a JIM (mentor of choice)</source>
        <translation>Of het gezin een JIM (Jouw Ingebrachte Mentor) heeft</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/preview_model.py" line="94"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/preview_model.py" line="94"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../src/veldwerk/ui/learning/preview_page.py" line="144"/>
        <source>1 family gave consent and is in it.</source>
        <translation>1 gezin gaf toestemming en zit erin.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/preview_page.py" line="146"/>
        <source>%1 families gave consent and are in it.</source>
        <translation>%1 gezinnen gaven toestemming en zitten erin.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/preview_page.py" line="155"/>
        <source>Region: %1.</source>
        <translation>Regio: %1.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/preview_page.py" line="162"/>
        <source>What leaves veldwerk</source>
        <translation>Wat veldwerk verlaat</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/preview_page.py" line="152"/>
        <source>The table shows exactly what the next export holds, before it is locked for the coordinator; only the family codes are drawn anew.</source>
        <translation>De tabel laat precies zien wat er in de volgende export zit, voordat die wordt afgesloten voor de coördinator; alleen de gezinscodes worden opnieuw gekozen.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/preview_page.py" line="165"/>
        <source>This is pseudonymised learning data, readable only by the coordinator: only families that gave consent, each under a new random code instead of a name, with codes, counts, quarters and 4-week periods. Names, addresses, dates, notes and the municipality never leave this computer.</source>
        <translation>Dit zijn gepseudonimiseerde leerdata, alleen leesbaar voor de coördinator: alleen gezinnen die toestemming gaven, elk onder een nieuwe willekeurige code in plaats van een naam, met codes, aantallen, kwartalen en perioden van 4 weken. Namen, adressen, datums, notities en de gemeente verlaten deze computer nooit.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/preview_page.py" line="173"/>
        <source>Set the region first. The region goes along with the learning data; a family&apos;s municipality never does. Until it is set, nothing can be exported.</source>
        <translation>Stel eerst de regio in. De regio gaat mee met de leerdata, de gemeente van een gezin nooit. Zolang de regio niet is ingesteld, kan er niets worden geëxporteerd.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/preview_page.py" line="177"/>
        <source>Open Settings</source>
        <translation>Instellingen openen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/preview_page.py" line="178"/>
        <source>Open Settings to set the region</source>
        <translation>Instellingen openen om de regio in te stellen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/preview_page.py" line="181"/>
        <source>No family has given consent for learning yet, so nothing leaves. You can record a family&apos;s consent on the Consent page.</source>
        <translation>Nog geen enkel gezin gaf toestemming voor leren, dus er gaat niets mee. De toestemming van een gezin leg je vast op de pagina Toestemming.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/preview_page.py" line="185"/>
        <source>What leaves, per family code</source>
        <translation>Wat er meegaat, per gezinscode</translation>
    </message>
</context>
<context>
    <name>ReflectionsPage</name>
    <message>
        <location filename="../src/veldwerk/ui/learning/reflections_page.py" line="153"/>
        <source>Awaiting your approval</source>
        <translation>Wacht op je goedkeuring</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/reflections_page.py" line="155"/>
        <source>Nothing awaits your approval.</source>
        <translation>Er wacht niets op je goedkeuring.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/reflections_page.py" line="159"/>
        <source>What you wrote (only you see this)</source>
        <translation>Wat je schreef (alleen jij ziet dit)</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/reflections_page.py" line="161"/>
        <location filename="../src/veldwerk/ui/learning/reflections_page.py" line="165"/>
        <source>What would leave</source>
        <translation>Wat er mee zou gaan</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/reflections_page.py" line="163"/>
        <source>What you wrote</source>
        <translation>Wat je schreef</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/reflections_page.py" line="168"/>
        <source>Approve</source>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/reflections_page.py" line="170"/>
        <source>Approve this text for the learning data</source>
        <translation>Deze tekst goedkeuren voor de leerdata</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/reflections_page.py" line="174"/>
        <source>Not now</source>
        <translation>Nu niet</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/reflections_page.py" line="175"/>
        <source>Not now: set this reflection aside</source>
        <translation>Nu niet: deze reflectie even opzij leggen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/reflections_page.py" line="186"/>
        <source>1 reflection is set aside for now. It does not leave unless you approve it.</source>
        <translation>1 reflectie ligt even opzij. Die gaat pas mee als je haar goedkeurt.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/reflections_page.py" line="190"/>
        <source>%1 reflections are set aside for now. They do not leave unless you approve them.</source>
        <translation>%1 reflecties liggen even opzij. Die gaan pas mee als je ze goedkeurt.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/reflections_page.py" line="195"/>
        <source>Show them again</source>
        <translation>Weer laten zien</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/reflections_page.py" line="202"/>
        <source>Approved: these go along with the next export</source>
        <translation>Goedgekeurd: deze gaan mee met de volgende export</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/reflections_page.py" line="204"/>
        <source>No approved reflections.</source>
        <translation>Geen goedgekeurde reflecties.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/reflections_page.py" line="215"/>
        <source>Show %1 more</source>
        <translation>Nog %1 laten zien</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/reflections_page.py" line="220"/>
        <source>%1 more not shown yet.</source>
        <translation>Nog %1 niet getoond.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/reflections_page.py" line="234"/>
        <location filename="../src/veldwerk/ui/learning/reflections_page.py" line="236"/>
        <source>What leaves</source>
        <translation>Wat gaat er mee</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/reflections_page.py" line="238"/>
        <source>Withdraw approval</source>
        <translation>Goedkeuring intrekken</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/reflections_page.py" line="239"/>
        <source>Withdraw the approval of this reflection</source>
        <translation>De goedkeuring van deze reflectie intrekken</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/reflections_page.py" line="292"/>
        <location filename="../src/veldwerk/ui/learning/reflections_page.py" line="300"/>
        <source>Reflections to share</source>
        <translation>Reflecties om te delen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/reflections_page.py" line="295"/>
        <source>A reflection you marked for sharing only goes along after you approve it. On the left is what you wrote; only you see it. On the right is what would leave: names, places, dates and numbers are replaced by a neutral word in brackets.</source>
        <translation>Een reflectie die je hebt gemarkeerd om te delen, gaat pas mee als je haar goedkeurt. Links staat wat je schreef; alleen jij ziet dat. Rechts staat wat er mee zou gaan: namen, plaatsen, datums en nummers zijn vervangen door een neutraal woord tussen haken.</translation>
    </message>
</context>
<context>
    <name>SendingPage</name>
    <message>
        <location filename="../src/veldwerk/ui/learning/sending_page.py" line="121"/>
        <source>veldwerk also sends by itself: when you unlock it and every few minutes while it is open.</source>
        <translation>veldwerk verzendt ook vanzelf: als je ontgrendelt en om de paar minuten zolang het openstaat.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/sending_page.py" line="126"/>
        <source>When the shared folder cannot be reached, the exports wait here.</source>
        <translation>Is de gedeelde map niet bereikbaar, dan wachten de exports hier.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/sending_page.py" line="127"/>
        <source>Nothing is lost and nothing is sent twice.</source>
        <translation>Er gaat niets verloren en niets wordt twee keer verzonden.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/sending_page.py" line="145"/>
        <source>The shared folder cannot be reached right now. The exports wait here and go along the next time veldwerk sends.</source>
        <translation>De gedeelde map is nu niet bereikbaar. De exports wachten hier en gaan mee als veldwerk de volgende keer verzendt.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/sending_page.py" line="149"/>
        <source>veldwerk may not write in the shared folder. The exports wait here; ask your administrator for write access.</source>
        <translation>veldwerk mag niet schrijven in de gedeelde map. De exports wachten hier; vraag je beheerder om schrijfrechten.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/sending_page.py" line="153"/>
        <source>Sending was interrupted. The exports wait here and go along the next time.</source>
        <translation>Het verzenden is onderbroken. De exports wachten hier en gaan de volgende keer mee.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/sending_page.py" line="156"/>
        <source>The shared folder already holds a different file with the same name. Nothing was overwritten; please contact your coordinator.</source>
        <translation>In de gedeelde map staat al een ander bestand met dezelfde naam. Er is niets overschreven; neem contact op met je coördinator.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/sending_page.py" line="159"/>
        <source>veldwerk is already sending. Try again in a moment.</source>
        <translation>veldwerk is al aan het verzenden. Probeer het zo nog eens.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/sending_page.py" line="169"/>
        <source>Nothing waiting</source>
        <translation>Er wacht niets</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/sending_page.py" line="171"/>
        <source>1 waiting</source>
        <translation>1 wacht</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/sending_page.py" line="172"/>
        <source>%1 waiting</source>
        <translation>%1 wachten</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/sending_page.py" line="186"/>
        <source>Exports waiting to be sent: %1</source>
        <translation>Exports die wachten op verzending: %1</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/sending_page.py" line="189"/>
        <source>Nothing has been sent yet.</source>
        <translation>Er is nog niets verzonden.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/sending_page.py" line="192"/>
        <source>Last sent: %1</source>
        <translation>Laatst verzonden: %1</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/sending_page.py" line="201"/>
        <source>Change in Settings</source>
        <translation>Wijzigen in Instellingen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/sending_page.py" line="205"/>
        <source>Not set yet. Exports wait here until a shared folder is chosen in Settings.</source>
        <translation>Nog niet ingesteld. Exports wachten hier tot er in Instellingen een gedeelde map is gekozen.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/sending_page.py" line="208"/>
        <location filename="../src/veldwerk/ui/learning/sending_page.py" line="234"/>
        <source>Open Settings</source>
        <translation>Instellingen openen</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/sending_page.py" line="210"/>
        <source>Yes: every export is locked so that only the coordinator can open it.</source>
        <translation>Ja: elke export is afgesloten, zodat alleen de coördinator hem kan openen.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/sending_page.py" line="213"/>
        <source>Not yet. Exports are always locked for the coordinator, so none can be made without the coordinator&apos;s key. Ask your coordinator for the public key file (coordinator-public.pem) and choose it in Settings.</source>
        <translation>Nog niet. Exports worden altijd afgesloten voor de coördinator, dus zonder de sleutel van de coördinator kan er geen export worden gemaakt. Vraag je coördinator om het openbare sleutelbestand (coordinator-public.pem) en kies het in Instellingen.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/sending_page.py" line="221"/>
        <source>Sending</source>
        <translation>Verzenden</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/sending_page.py" line="222"/>
        <source>Where the exports go</source>
        <translation>Waar de exports heen gaan</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/sending_page.py" line="223"/>
        <source>Shared folder</source>
        <translation>Gedeelde map</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/sending_page.py" line="224"/>
        <source>Locked for the coordinator</source>
        <translation>Afgesloten voor de coördinator</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/sending_page.py" line="225"/>
        <source>Make new &amp;export</source>
        <translation>Nieuwe &amp;export maken</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/sending_page.py" line="228"/>
        <source>Put what leaves now (the first page) in the outbox. It replaces an export that is still waiting.</source>
        <translation>Zet wat er nu meegaat (de eerste pagina) in de uitbak. Dit vervangt een export die nog wacht.</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/sending_page.py" line="232"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Nu verzenden</translation>
    </message>
    <message>
        <location filename="../src/veldwerk/ui/learning/sending_page.py" line="233"/>
        <source>Send the waiting exports to the shared folder</source>
        <translation>De wachtende exports naar de gedeelde map sturen</translation>
    </message>
</context>
</TS>
