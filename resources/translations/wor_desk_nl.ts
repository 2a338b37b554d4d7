<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="nl_NL">
<context>
    <name>CatalogueView</name>
    <message numerus="yes">
        <location filename="../../ui/views/catalogue.py" line="528"/>
        <source>%n activiteiten, %1 na te kijken</source>
        <translation>
            <numerusform>%n activiteit, %1 na te kijken</numerusform>
            <numerusform>%n activiteiten, %1 na te kijken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/catalogue.py" line="735"/>
        <source>%n rijen ingelezen: %1 nieuw, %2 bijgewerkt.</source>
        <translation>
            <numerusform>%n rij ingelezen: %1 nieuw, %2 bijgewerkt.</numerusform>
            <numerusform>%n rijen ingelezen: %1 nieuw, %2 bijgewerkt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/catalogue.py" line="768"/>
        <source>%n activiteiten geschreven naar %1</source>
        <translation>
            <numerusform>%n activiteit geschreven naar %1</numerusform>
            <numerusform>%n activiteiten geschreven naar %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <location filename="../../ui/views/dashboard.py" line="378"/>
        <source>%n afgesloten trajecten met scores bij start en afsluiting (minimaal %1)</source>
        <translation>
            <numerusform>%n afgesloten traject met scores bij start en afsluiting (minimaal %1)</numerusform>
            <numerusform>%n afgesloten trajecten met scores bij start en afsluiting (minimaal %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoverExportDialog</name>
    <message numerus="yes">
        <location filename="../../ui/views/handover.py" line="154"/>
        <source>%n trajecten</source>
        <translation>
            <numerusform>%n traject</numerusform>
            <numerusform>%n trajecten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/handover.py" line="188"/>
        <source>%n cliënten staan versleuteld in %1. Geef deze code apart door:</source>
        <translation>
            <numerusform>%n cliënt staat versleuteld in %1. Geef deze code apart door:</numerusform>
            <numerusform>%n cliënten staan versleuteld in %1. Geef deze code apart door:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/handover.py" line="208"/>
        <source>Overdracht van %n cliënten bevestigd door de ontvanger.</source>
        <translation>
            <numerusform>Overdracht van %n cliënt bevestigd door de ontvanger.</numerusform>
            <numerusform>Overdracht van %n cliënten bevestigd door de ontvanger.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/handover.py" line="221"/>
        <source>%n overgedragen cliënten hier gewist.</source>
        <translation>
            <numerusform>%n overgedragen cliënt hier gewist.</numerusform>
            <numerusform>%n overgedragen cliënten hier gewist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoverImportDialog</name>
    <message numerus="yes">
        <location filename="../../ui/views/handover.py" line="320"/>
        <location filename="../../ui/views/handover.py" line="350"/>
        <source>%n trajecten</source>
        <translation>
            <numerusform>%n traject</numerusform>
            <numerusform>%n trajecten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/handover.py" line="349"/>
        <source>%n cliënten</source>
        <translation>
            <numerusform>%n cliënt</numerusform>
            <numerusform>%n cliënten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchingPanel</name>
    <message numerus="yes">
        <location filename="../../ui/views/matching.py" line="468"/>
        <source>%n dagen te laat</source>
        <translation>
            <numerusform>%n dag te laat</numerusform>
            <numerusform>%n dagen te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matching.py" line="470"/>
        <source>over %n dagen</source>
        <translation>
            <numerusform>over %n dag</numerusform>
            <numerusform>over %n dagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyButton</name>
    <message numerus="yes">
        <location filename="../../ui/views/privacy.py" line="118"/>
        <source>%n trajecten</source>
        <translation>
            <numerusform>%n traject</numerusform>
            <numerusform>%n trajecten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/privacy.py" line="119"/>
        <source>%n logboekregels</source>
        <translation>
            <numerusform>%n logboekregel</numerusform>
            <numerusform>%n logboekregels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message numerus="yes">
        <location filename="../../ui/views/sync.py" line="212"/>
        <source>Wacht nog: %n perioden (%1)</source>
        <translation>
            <numerusform>Wacht nog: %n periode (%1)</numerusform>
            <numerusform>Wacht nog: %n perioden (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <location filename="../../ui/views/today.py" line="176"/>
        <source>sinds %n dagen</source>
        <translation>
            <numerusform>sinds %n dag</numerusform>
            <numerusform>sinds %n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/today.py" line="180"/>
        <source>%n werkdagen te laat</source>
        <translation>
            <numerusform>%n werkdag te laat</numerusform>
            <numerusform>%n werkdagen te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/today.py" line="183"/>
        <source>nog %n werkdagen</source>
        <translation>
            <numerusform>nog %n werkdag</numerusform>
            <numerusform>nog %n werkdagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/today.py" line="188"/>
        <source>%n dagen te laat</source>
        <translation>
            <numerusform>%n dag te laat</numerusform>
            <numerusform>%n dagen te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/today.py" line="191"/>
        <source>over %n dagen</source>
        <translation>
            <numerusform>over %n dag</numerusform>
            <numerusform>over %n dagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Upkeep</name>
    <message numerus="yes">
        <location filename="../../ui/views/upkeep.py" line="25"/>
        <source>%n afgesloten trajecten zijn langer bewaard dan de bewaartermijn van %1 maanden. Nu wissen? Een cliënt zonder ander traject wordt helemaal gewist.</source>
        <translation>
            <numerusform>%n afgesloten traject is langer bewaard dan de bewaartermijn van %1 maanden. Nu wissen? Een cliënt zonder ander traject wordt helemaal gewist.</numerusform>
            <numerusform>%n afgesloten trajecten zijn langer bewaard dan de bewaartermijn van %1 maanden. Nu wissen? Een cliënt zonder ander traject wordt helemaal gewist.</numerusform>
        </translation>
    </message>
</context>
</TS>
