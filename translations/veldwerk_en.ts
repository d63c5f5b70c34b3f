<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>FamilyDetail</name>
        <message numerus="yes">
            <source>%n member(s)</source>
            <translation>
                <numerusform>%n member</numerusform>
                <numerusform>%n members</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FamilyListPanel</name>
        <message numerus="yes">
            <source>%n family(ies)</source>
            <translation>
                <numerusform>%n family</numerusform>
                <numerusform>%n families</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%n of these families are already in veldwerk. Replace them with the ones in the file?</source>
            <translation>
                <numerusform>%n of these families is already in veldwerk. Replace it with the one in the file?</numerusform>
                <numerusform>%n of these families are already in veldwerk. Replace them with the ones in the file?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n family(ies) imported.</source>
            <translation>
                <numerusform>%n family imported.</numerusform>
                <numerusform>%n families imported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n family(ies) in this profile</source>
            <translation>
                <numerusform>%n family in this profile</numerusform>
                <numerusform>%n families in this profile</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UnlockWindow</name>
        <message numerus="yes">
            <source>Too many wrong tries. You can try again in %n second(s).</source>
            <translation>
                <numerusform>Too many wrong tries. You can try again in %n second.</numerusform>
                <numerusform>Too many wrong tries. You can try again in %n seconds.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TeamStrip</name>
        <message numerus="yes">
            <source>%n change(s) made on two laptops at once need your choice. Until then the family shows the most careful value.</source>
            <translation>
                <numerusform>%n change made on two laptops at once needs your choice. Until then the family shows the most careful value.</numerusform>
                <numerusform>%n changes made on two laptops at once need your choice. Until then the family shows the most careful value.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
    </context>
<context>
    <name>AgendaHookup</name>
    <message numerus="yes">
        <source>%n family(ies) erased</source>
        <translation>
            <numerusform>%n family erased</numerusform>
            <numerusform>%n families erased</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message numerus="yes">
        <source>%n other item(s) that ask for attention</source>
        <translation>
            <numerusform>%n other item that asks for attention</numerusform>
            <numerusform>%n other items that ask for attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message numerus="yes">
        <source>A youth-care file is kept for a set number of years after care ended (20, unless changed in the settings). That time has passed for the %n family(ies) below. Erasing removes each family and everything recorded about it, for good. The log keeps only when and why.</source>
        <translation>
            <numerusform>A youth-care file is kept for a set number of years after care ended (20, unless changed in the settings). That time has passed for the family below. Erasing removes the family and everything recorded about it, for good. The log keeps only when and why.</numerusform>
            <numerusform>A youth-care file is kept for a set number of years after care ended (20, unless changed in the settings). That time has passed for the %n families below. Erasing removes each family and everything recorded about it, for good. The log keeps only when and why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message numerus="yes">
        <source>No contact for more than %n week(s)</source>
        <translation>
            <numerusform>No contact for more than %n week</numerusform>
            <numerusform>No contact for more than %n weeks</numerusform>
        </translation>
    </message>
</context>
</TS>
