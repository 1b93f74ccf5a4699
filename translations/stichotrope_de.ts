<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>stichotrope::gui::MainWindow</name>
    <message>
        <source>Stichotrope Viewer</source>
        <translation>Stichotrope-Betrachter</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Dunkles Design</translation>
    </message>
    <message>
        <source> Workers </source>
        <translation> Worker </translation>
    </message>
    <message>
        <source> Poll every </source>
        <translation> Abfrage alle </translation>
    </message>
    <message>
        <source>Workload running</source>
        <translation>Last läuft</translation>
    </message>
    <message>
        <source>Workload stopped</source>
        <translation>Last gestoppt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Control</source>
        <translation>&amp;Steuerung</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Blocks %1</source>
        <translation>Blöcke %1</translation>
    </message>
    <message>
        <source>Threads %1/%2 alive</source>
        <translation>Threads %1/%2 aktiv</translation>
    </message>
    <message>
        <source>%1 events/s</source>
        <translation>%1 Ereignisse/s</translation>
    </message>
    <message>
        <source>Last poll %1 ms</source>
        <translation>Letzte Abfrage %1 ms</translation>
    </message>
</context>
<context>
    <name>stichotrope::gui::ProfilerWidget</name>
    <message>
        <source>Tracks</source>
        <translation>Spuren</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Per thread</source>
        <translation>Pro Thread</translation>
    </message>
    <message>
        <source>Block by thread</source>
        <translation>Block je Thread</translation>
    </message>
    <message>
        <source>Flame chart</source>
        <translation>Flammendiagramm</translation>
    </message>
    <message>
        <source>Flame graph</source>
        <translation>Flammengraph</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>Diagramme</translation>
    </message>
</context>
<context>
    <name>stichotrope::gui::BlockTableView</name>
    <message>
        <source>Filter by block, file or track</source>
        <translation>Nach Block, Datei oder Spur filtern</translation>
    </message>
</context>
<context>
    <name>stichotrope::gui::BlockTableModel</name>
    <message>
        <source>Track</source>
        <translation>Spur</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>File:Line</source>
        <translation>Datei:Zeile</translation>
    </message>
</context>
<context>
    <name>BlockColumns</name>
    <message>
        <source>Hits</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Avg</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>% Track</source>
        <translation>% Spur</translation>
    </message>
    <message>
        <source>% Total</source>
        <translation>% Gesamt</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bandbreite</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
</context>
<context>
    <name>stichotrope::gui::StatTreeView</name>
    <message>
        <source>Copy rows as text</source>
        <translation>Zeilen als Text kopieren</translation>
    </message>
    <message>
        <source>Copy rows as CSV</source>
        <translation>Zeilen als CSV kopieren</translation>
    </message>
</context>
</TS>
