<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AtomicWrite</name>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the path is empty</source>
        <translation>der Pfad ist leer</translation>
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
    <message>
        <source>Executions of the block</source>
        <translation>Ausführungen des Blocks</translation>
    </message>
    <message>
        <source>Time spent in the block, children included</source>
        <translation>Im Block verbrachte Zeit, aufgerufene Blöcke eingeschlossen</translation>
    </message>
    <message>
        <source>Average time of one execution</source>
        <translation>Durchschnittliche Dauer einer Ausführung</translation>
    </message>
    <message>
        <source>Shortest execution</source>
        <translation>Kürzeste Ausführung</translation>
    </message>
    <message>
        <source>Longest execution</source>
        <translation>Längste Ausführung</translation>
    </message>
    <message>
        <source>Share of the time of the block&apos;s track</source>
        <translation>Anteil an der Zeit der Spur des Blocks</translation>
    </message>
    <message>
        <source>Share of the time of every track</source>
        <translation>Anteil an der Zeit aller Spuren</translation>
    </message>
    <message>
        <source>Bytes per second, for blocks that declare the bytes they process</source>
        <translation>Bytes pro Sekunde, für Blöcke, die ihre verarbeiteten Bytes angeben</translation>
    </message>
    <message>
        <source>%1 bytes in %2</source>
        <translation>%1 Bytes in %2</translation>
    </message>
    <message>
        <source>Median duration, from the histogram (within about 3%). Histograms are read less often than the counts: once a second while polling</source>
        <translation>Median der Dauer, aus dem Histogramm (auf etwa 3 % genau). Histogramme werden seltener gelesen als die Zähler: beim Abfragen einmal pro Sekunde</translation>
    </message>
    <message>
        <source>99th percentile of the durations: 1 execution in 100 takes longer. From the histogram, read once a second while polling</source>
        <translation>99. Perzentil der Dauer: 1 von 100 Ausführungen dauert länger. Aus dem Histogramm, beim Abfragen einmal pro Sekunde gelesen</translation>
    </message>
</context>
<context>
    <name>CaptureReader</name>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>expected a percentage from 0 to 100, found %1</source>
        <translation>Prozentwert von 0 bis 100 erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>true oder false erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>Objekt erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>Array erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>%1 entries, more than the %2 a capture can have</source>
        <translation>%1 Einträge, mehr als die %2, die ein Mitschnitt haben darf</translation>
    </message>
    <message>
        <source>expected [lower_ns, upper_ns, count], found %1 numbers</source>
        <translation>[lower_ns, upper_ns, count] erwartet, gefunden: %1 Zahlen</translation>
    </message>
    <message>
        <source>buckets must be ranges in ascending order</source>
        <translation>die Klassen müssen Bereiche in aufsteigender Reihenfolge sein</translation>
    </message>
    <message>
        <source>min_ns %1 is above max_ns %2</source>
        <translation>min_ns %1 liegt über max_ns %2</translation>
    </message>
    <message>
        <source>a block without hits must have no time</source>
        <translation>ein Block ohne Aufrufe darf keine Zeit haben</translation>
    </message>
    <message>
        <source>total_ns %1 does not fit %2 hits between min_ns and max_ns</source>
        <translation>total_ns %1 passt nicht zu %2 Aufrufen zwischen min_ns und max_ns</translation>
    </message>
    <message>
        <source>%1 does not match the histogram and [min_ns, max_ns], which give %2</source>
        <translation>%1 passt nicht zum Histogramm und zu [min_ns, max_ns], die %2 ergeben</translation>
    </message>
    <message>
        <source>%1 is not the sum of its blocks&apos; hit counts, %2</source>
        <translation>%1 ist nicht die Summe der Aufrufe seiner Blöcke, %2</translation>
    </message>
    <message>
        <source>%1 is not the sum of its blocks&apos; times, %2</source>
        <translation>%1 ist nicht die Summe der Zeiten seiner Blöcke, %2</translation>
    </message>
    <message>
        <source>%1 repeats or is out of order</source>
        <translation>%1 kommt doppelt vor oder steht an falscher Stelle</translation>
    </message>
    <message>
        <source>track %1 is not in the merged tracks</source>
        <translation>Spur %1 fehlt in den zusammengeführten Spuren</translation>
    </message>
    <message>
        <source>expected a colour &quot;#rrggbb&quot;, found %1</source>
        <translation>Farbe „#rrggbb“ erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>block %1.%2 is not in the merged tracks</source>
        <translation>Block %1.%2 fehlt in den zusammengeführten Spuren</translation>
    </message>
    <message>
        <source>the track&apos;s totals overflow</source>
        <translation>die Summen der Spur laufen über</translation>
    </message>
    <message>
        <source>expected [track, block, parent, hit_count, total_ns, self_ns, min_ns, max_ns], found %1 numbers</source>
        <translation>[track, block, parent, hit_count, total_ns, self_ns, min_ns, max_ns] erwartet, gefunden: %1 Zahlen</translation>
    </message>
    <message>
        <source>parent %1 does not come before the node</source>
        <translation>Elternknoten %1 steht nicht vor dem Knoten</translation>
    </message>
    <message>
        <source>deeper than %1 levels</source>
        <translation>tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <source>self_ns %1 is above total_ns %2</source>
        <translation>self_ns %1 liegt über total_ns %2</translation>
    </message>
    <message>
        <source>the root&apos;s total_ns %1 is not the sum of its children&apos;s, %2</source>
        <translation>total_ns der Wurzel, %1, ist nicht die Summe der Werte ihrer Kinder, %2</translation>
    </message>
    <message>
        <source>self_ns %1 is not total_ns minus the children&apos;s, %2</source>
        <translation>self_ns %1 ist nicht total_ns abzüglich der Kinder, %2</translation>
    </message>
    <message>
        <source>%1 is not the sum over the threads, %2</source>
        <translation>%1 ist nicht die Summe über die Threads, %2</translation>
    </message>
    <message>
        <source>%1 entries, but start_ns has %2</source>
        <translation>%1 Einträge, aber start_ns hat %2</translation>
    </message>
    <message>
        <source>the event ends after the timeline&apos;s now_ns</source>
        <translation>das Ereignis endet nach now_ns der Zeitleiste</translation>
    </message>
    <message>
        <source>this is a results export (stichotrope-results), not a capture</source>
        <translation>dies ist ein Ergebnisexport (stichotrope-results), kein Mitschnitt</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, found %2: not a Stichotrope capture</source>
        <translation>„%1“ erwartet, gefunden: %2 – kein Stichotrope-Mitschnitt</translation>
    </message>
    <message>
        <source>version %1 is newer than this viewer reads (%2); open it with a newer viewer</source>
        <translation>Version %1 ist neuer als die, die dieser Betrachter liest (%2); öffnen Sie sie mit einem neueren Betrachter</translation>
    </message>
    <message>
        <source>version %1 does not exist</source>
        <translation>Version %1 gibt es nicht</translation>
    </message>
    <message>
        <source>the file is %1 MiB, above the %2 MiB limit of a capture</source>
        <translation>die Datei ist %1 MiB groß, über der Grenze von %2 MiB für einen Mitschnitt</translation>
    </message>
    <message>
        <source>the file ends early (truncated?)</source>
        <translation>die Datei endet zu früh (abgeschnitten?)</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>kein gültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>not a Stichotrope capture: the top level is not a JSON object</source>
        <translation>kein Stichotrope-Mitschnitt: die oberste Ebene ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>cannot open &apos;%1&apos;: no such file</source>
        <translation>„%1“ kann nicht geöffnet werden: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>cannot open &apos;%1&apos;: the file is %2 MiB, above the %3 MiB limit of a capture</source>
        <translation>„%1“ kann nicht geöffnet werden: die Datei ist %2 MiB groß, über der Grenze von %3 MiB für einen Mitschnitt</translation>
    </message>
    <message>
        <source>cannot open &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>Zeichenkette erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a non-negative integer, found %1</source>
        <translation>nichtnegative ganze Zahl erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>%1 is above the largest allowed value, %2</source>
        <translation>%1 liegt über dem größten zulässigen Wert %2</translation>
    </message>
    <message>
        <source>%1 is another thread&apos;s id too; each thread needs its own</source>
        <translation>%1 ist auch die Kennung eines anderen Threads; jeder Thread braucht seine eigene</translation>
    </message>
</context>
<context>
    <name>CaptureWriter</name>
    <message>
        <source>cannot write &apos;%1&apos;: the capture is %2 MiB, above the %3 MiB a capture may have; shorten the flame chart&apos;s window</source>
        <translation>„%1“ kann nicht geschrieben werden: der Mitschnitt ist %2 MiB groß, mehr als die erlaubten %3 MiB; verkürzen Sie das Zeitfenster des Flammendiagramms</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--%1 must be an integer from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein, nicht „%4“</translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 muss eine Zahl von %2 bis %3 sein, nicht „%4“</translation>
    </message>
    <message>
        <source>Live viewer of the Stichotrope profiler: runs an instrumented demo workload in this process and shows its blocks, threads and timeline as they run.</source>
        <translation>Live-Betrachter des Stichotrope-Profilers: führt eine instrumentierte Demo-Arbeitslast in diesem Prozess aus und zeigt ihre Blöcke, Threads und Zeitleiste, während sie läuft.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Demo worker threads, 1-64 (default 8).</source>
        <translation>Threads der Demo-Arbeitslast, 1–64 (Standard: 8).</translation>
    </message>
    <message>
        <source>Poll interval in milliseconds, 10-60000 (default: last used, or 200).</source>
        <translation>Abfrageintervall in Millisekunden, 10–60000 (Standard: das zuletzt verwendete, sonst 200).</translation>
    </message>
    <message>
        <source>Do not start the demo workload.</source>
        <translation>Die Demo-Arbeitslast nicht starten.</translation>
    </message>
    <message>
        <source>Start with polling paused.</source>
        <translation>Mit angehaltener Abfrage starten.</translation>
    </message>
    <message>
        <source>Time window of the flame chart in seconds, 0.5-600 (default 10).</source>
        <translation>Zeitfenster des Flammendiagramms in Sekunden, 0,5–600 (Standard: 10).</translation>
    </message>
    <message>
        <source>Timeline events kept per thread, 1024-67108864 (default 262144; 1048576 with --headless).</source>
        <translation>Pro Thread behaltene Zeitleisten-Ereignisse, 1024–67108864 (Standard: 262144; 1048576 mit --headless).</translation>
    </message>
    <message>
        <source>Colour theme: system, light or dark (default: last used, or system).</source>
        <translation>Farbschema: system, light oder dark (Standard: das zuletzt verwendete, sonst system).</translation>
    </message>
    <message>
        <source>Language of the interface: %1 (default: the system&apos;s).</source>
        <translation>Sprache der Oberfläche: %1 (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>Quit after S seconds (for demos and tests).</source>
        <translation>Nach S Sekunden beenden (für Vorführungen und Tests).</translation>
    </message>
    <message>
        <source>With --quit-after: save the window to this PNG file before quitting.</source>
        <translation>Mit --quit-after: das Fenster vor dem Beenden in diese PNG-Datei speichern.</translation>
    </message>
    <message>
        <source>--timeline-capacity must be an integer from 1024 to 67108864, not &apos;%1&apos;</source>
        <translation>--timeline-capacity muss eine ganze Zahl von 1024 bis 67108864 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--theme must be &apos;system&apos;, &apos;light&apos; or &apos;dark&apos;, not &apos;%1&apos;</source>
        <translation>--theme muss „system“, „light“ oder „dark“ sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--lang must be one of %1, not &apos;%2&apos;</source>
        <translation>--lang muss eine dieser Sprachen sein: %1, nicht „%2“</translation>
    </message>
    <message>
        <source>Compare two captures, OLD and NEW (the two file arguments): opens the comparison view, or prints it as CSV with --headless.</source>
        <translation>Zwei Mitschnitte vergleichen, ALT und NEU (die beiden Dateiargumente): öffnet die Vergleichsansicht oder gibt sie mit --headless als CSV aus.</translation>
    </message>
    <message>
        <source>No window: run the workload for --duration seconds (or read the capture given), write --export and exit; 0 on success, 1 on failure.</source>
        <translation>Ohne Fenster: die Arbeitslast --duration Sekunden laufen lassen (oder den angegebenen Mitschnitt lesen), --export schreiben und beenden; 0 bei Erfolg, 1 bei Fehler.</translation>
    </message>
    <message>
        <source>With --headless: seconds the workload runs, 0.1-86400 (default 5).</source>
        <translation>Mit --headless: Laufzeit der Arbeitslast in Sekunden, 0,1–86400 (Standard 5).</translation>
    </message>
    <message>
        <source>With --headless: write this file; the format follows the extension (.json capture, .csv, .trace.json Chrome trace, .speedscope.json) unless --format says.</source>
        <translation>Mit --headless: diese Datei schreiben; das Format folgt der Endung (.json Mitschnitt, .csv, .trace.json Chrome-Trace, .speedscope.json), sofern --format nichts anderes sagt.</translation>
    </message>
    <message>
        <source>Format of --export: capture, csv, chrome-trace or speedscope.</source>
        <translation>Format von --export: capture, csv, chrome-trace oder speedscope.</translation>
    </message>
    <message>
        <source>A capture file to open (read-only).</source>
        <translation>Eine Mitschnittdatei zum Öffnen (schreibgeschützt).</translation>
    </message>
    <message>
        <source>--compare needs two capture files, OLD and NEW, not %1</source>
        <translation>--compare braucht zwei Mitschnittdateien, ALT und NEU, nicht %1</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;: only one capture can be opened</source>
        <translation>unerwartetes Argument „%1“: es kann nur ein Mitschnitt geöffnet werden</translation>
    </message>
    <message>
        <source>--export, --format and --duration work with --headless only</source>
        <translation>--export, --format und --duration wirken nur mit --headless</translation>
    </message>
    <message>
        <source>--headless needs --export FILE (or --compare OLD NEW)</source>
        <translation>--headless braucht --export DATEI (oder --compare ALT NEU)</translation>
    </message>
    <message>
        <source>--export needs a file name</source>
        <translation>--export braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>--format must be one of %1, not &apos;%2&apos;</source>
        <translation>--format muss einer von %1 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>cannot tell the format of &apos;%1&apos; from its extension; add --format %2</source>
        <translation>das Format von „%1“ lässt sich nicht an der Endung erkennen; geben Sie --format %2 an</translation>
    </message>
    <message>
        <source>a comparison exports as CSV only</source>
        <translation>ein Vergleich lässt sich nur als CSV exportieren</translation>
    </message>
    <message>
        <source>With --compare: the value compared, sorted by and coloured by: %1 (default %2).</source>
        <translation>Mit --compare: der verglichene Wert, nach dem sortiert und eingefärbt wird: %1 (Standard %2).</translation>
    </message>
    <message>
        <source>--metric must be one of %1, not &apos;%2&apos;</source>
        <translation>--metric muss einer von %1 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>--metric works with --compare only</source>
        <translation>--metric wirkt nur mit --compare</translation>
    </message>
</context>
<context>
    <name>DurationFormat</name>
    <message>
        <source>B/s</source>
        <translation>B/s</translation>
    </message>
    <message>
        <source>KB/s</source>
        <translation>kB/s</translation>
    </message>
    <message>
        <source>MB/s</source>
        <translation>MB/s</translation>
    </message>
    <message>
        <source>GB/s</source>
        <translation>GB/s</translation>
    </message>
    <message>
        <source>TB/s</source>
        <translation>TB/s</translation>
    </message>
</context>
<context>
    <name>Headless</name>
    <message>
        <source>cannot write the comparison to standard output</source>
        <translation>der Vergleich kann nicht auf die Standardausgabe geschrieben werden</translation>
    </message>
    <message>
        <source>cannot tell the format of &apos;%1&apos;</source>
        <translation>das Format von „%1“ ist nicht erkennbar</translation>
    </message>
    <message>
        <source>wrote &apos;%1&apos;: %2 threads, %3 blocks, %4 timeline events</source>
        <translation>„%1“ geschrieben: %2 Threads, %3 Blöcke, %4 Ereignisse der Zeitleiste</translation>
    </message>
</context>
<context>
    <name>HelpText</name>
    <message>
        <source>&lt;h3&gt;Stichotrope Viewer %1&lt;/h3&gt;&lt;p&gt;Live viewer of the Stichotrope profiler: a thread-safe, lock-free C++ block profiler whose statistics, call trees and timeline are read while the program runs.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The Stichotrope authors.&lt;br&gt;Released under the MIT licence: you may use, copy, modify and distribute it freely, provided the copyright and licence notice are kept. It comes without any warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and QCustomPlot.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Stichotrope-Betrachter %1&lt;/h3&gt;&lt;p&gt;Live-Betrachter des Stichotrope-Profilers: ein threadsicherer, sperrfreier C++-Block-Profiler, dessen Statistiken, Aufrufbäume und Zeitleiste gelesen werden, während das Programm läuft.&lt;/p&gt;&lt;p&gt;Copyright © 2026 Die Stichotrope-Autoren.&lt;br&gt;Veröffentlicht unter der MIT-Lizenz: Sie dürfen es frei verwenden, kopieren, verändern und weitergeben, sofern der Copyright- und Lizenzhinweis erhalten bleibt. Es wird ohne jede Gewährleistung bereitgestellt.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 und QCustomPlot.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Quick start</source>
        <translation>Schnellstart</translation>
    </message>
    <message>
        <source>About Stichotrope Viewer</source>
        <translation>Über den Stichotrope-Betrachter</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Quick start&lt;/h2&gt;&lt;h3&gt;Watch the demo&lt;/h3&gt;&lt;p&gt;The viewer starts with an instrumented demo workload running. Its threads appear in &lt;b&gt;Threads&lt;/b&gt;, their blocks in the central table and the last seconds in the &lt;b&gt;Flame chart&lt;/b&gt;; every view updates at each poll.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Select a block to plot it and compare it across threads (&lt;b&gt;Block by thread&lt;/b&gt;).&lt;/li&gt;&lt;li&gt;Select threads to show only them in the other views; Esc shows all of them again.&lt;/li&gt;&lt;li&gt;Check or uncheck a track, or press %1 to %2, to turn its recording on or off.&lt;/li&gt;&lt;li&gt;%3 starts and stops the workload, %4 pauses polling, %5 zeroes the statistics.&lt;/li&gt;&lt;li&gt;In the flame chart the mouse wheel zooms (Ctrl+wheel: the lanes) and dragging pans; %6, %7 and %8 zoom from the keyboard. Click a block to select it everywhere. Shift+drag marks a time range: &lt;b&gt;Range&lt;/b&gt; sums the blocks that began and ended in it (Esc removes it).&lt;/li&gt;&lt;li&gt;%17, or the block table&apos;s context menu, zooms the flame chart to the selected block&apos;s longest run: the outlier behind its Max and p99.&lt;/li&gt;&lt;li&gt;%9 filters the block table; Ctrl+C copies the selected rows, the context menu copies them as CSV.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Save, open and compare runs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;%10 saves what the views show as a capture file; %11 opens one read-only in the same views, while the live session waits. %12 returns to it.&lt;/li&gt;&lt;li&gt;%13 exports the block table as CSV; &lt;b&gt;File › Export&lt;/b&gt; also writes one thread, the timeline as a Chrome trace (Perfetto) and the call trees for speedscope.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Compare&lt;/b&gt; puts two runs side by side, largest changes first: the shown view against a capture, two captures, or the live session against a baseline taken with %14.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Instrument your program&lt;/h3&gt;&lt;p&gt;Mark blocks with the engine&apos;s macros and link &lt;code&gt;Stichotrope::engine&lt;/code&gt;, a C++20 library without Qt:&lt;/p&gt;%15&lt;h3&gt;Watch your own program&lt;/h3&gt;&lt;p&gt;Add the viewer&apos;s panel, the same widget this window is made of, to your Qt application with your own &lt;code&gt;Profiler&lt;/code&gt;:&lt;/p&gt;%16&lt;p&gt;The README describes every view and the file formats in detail.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Schnellstart&lt;/h2&gt;&lt;h3&gt;Die Demo beobachten&lt;/h3&gt;&lt;p&gt;Der Betrachter startet mit einer laufenden, instrumentierten Demo-Arbeitslast. Ihre Threads erscheinen unter &lt;b&gt;Threads&lt;/b&gt;, ihre Blöcke in der Tabelle in der Mitte und die letzten Sekunden im &lt;b&gt;Flammendiagramm&lt;/b&gt;; jede Ansicht wird bei jeder Abfrage aktualisiert.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Wählen Sie einen Block, um ihn zu zeichnen und über die Threads zu vergleichen (&lt;b&gt;Block je Thread&lt;/b&gt;).&lt;/li&gt;&lt;li&gt;Wählen Sie Threads, um nur diese in den anderen Ansichten zu zeigen; Esc zeigt wieder alle.&lt;/li&gt;&lt;li&gt;Kreuzen Sie eine Spur an oder ab oder drücken Sie %1 bis %2, um ihre Aufzeichnung ein- oder auszuschalten.&lt;/li&gt;&lt;li&gt;%3 startet und stoppt die Arbeitslast, %4 hält die Abfrage an, %5 setzt die Statistiken auf null.&lt;/li&gt;&lt;li&gt;Im Flammendiagramm zoomt das Mausrad (Strg+Mausrad: die Bahnen) und Ziehen verschiebt die Ansicht; %6, %7 und %8 zoomen per Tastatur. Ein Klick auf einen Block wählt ihn überall aus. Umschalt+Ziehen markiert einen Zeitbereich: &lt;b&gt;Bereich&lt;/b&gt; summiert die Blöcke, die darin begonnen und geendet haben (Esc entfernt ihn).&lt;/li&gt;&lt;li&gt;%17 oder das Kontextmenü der Blocktabelle zoomt das Flammendiagramm auf den längsten Lauf des gewählten Blocks: den Ausreißer hinter seinem Max und p99.&lt;/li&gt;&lt;li&gt;%9 filtert die Blocktabelle; Strg+C kopiert die gewählten Zeilen, das Kontextmenü kopiert sie als CSV.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Läufe speichern, öffnen und vergleichen&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;%10 speichert das Angezeigte als Mitschnittdatei; %11 öffnet einen Mitschnitt schreibgeschützt in denselben Ansichten, während die Live-Sitzung wartet. %12 kehrt zu ihr zurück.&lt;/li&gt;&lt;li&gt;%13 exportiert die Blocktabelle als CSV; &lt;b&gt;Datei › Exportieren&lt;/b&gt; schreibt außerdem einen einzelnen Thread, die Zeitleiste als Chrome-Trace (Perfetto) und die Aufrufbäume für speedscope.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Vergleichen&lt;/b&gt; stellt zwei Läufe nebeneinander, die größten Veränderungen zuerst: die gezeigte Ansicht gegen einen Mitschnitt, zwei Mitschnitte oder die Live-Sitzung gegen eine mit %14 festgehaltene Referenz.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Das eigene Programm instrumentieren&lt;/h3&gt;&lt;p&gt;Markieren Sie Blöcke mit den Makros der Engine und linken Sie &lt;code&gt;Stichotrope::engine&lt;/code&gt;, eine C++20-Bibliothek ohne Qt:&lt;/p&gt;%15&lt;h3&gt;Das eigene Programm beobachten&lt;/h3&gt;&lt;p&gt;Fügen Sie Ihrer Qt-Anwendung das Panel des Betrachters hinzu – dasselbe Widget, aus dem dieses Fenster besteht – mit Ihrem eigenen &lt;code&gt;Profiler&lt;/code&gt;:&lt;/p&gt;%16&lt;p&gt;Die README beschreibt jede Ansicht und die Dateiformate im Detail.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try &apos;stichotrope-viewer --help&apos;.</source>
        <translation>Siehe „stichotrope-viewer --help“.</translation>
    </message>
</context>
<context>
    <name>stichotrope::gui::BlockPlotsWidget</name>
    <message>
        <source>Time per poll interval</source>
        <translation>Zeit pro Abfrageintervall</translation>
    </message>
    <message>
        <source>Hits per second</source>
        <translation>Aufrufe pro Sekunde</translation>
    </message>
    <message>
        <source>hits/s</source>
        <translation>Aufrufe/s</translation>
    </message>
    <message>
        <source>Durations of the selected block</source>
        <translation>Dauer des gewählten Blocks</translation>
    </message>
    <message>
        <source>hits</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <source>Keep plotting the selected block when another one is selected</source>
        <translation>Den gewählten Block weiter zeichnen, wenn ein anderer gewählt wird</translation>
    </message>
    <message>
        <source>Clear pins</source>
        <translation>Alle lösen</translation>
    </message>
    <message>
        <source>Stop plotting the pinned blocks</source>
        <translation>Die angehefteten Blöcke nicht mehr zeichnen</translation>
    </message>
    <message>
        <source>The selected block over the last minute: its time per poll interval and hits per second, and the histogram of its durations with the median, p90 and p99. Pin a block to compare it with the next one you select.</source>
        <translation>Der gewählte Block über die letzte Minute: seine Zeit pro Abfrageintervall, seine Aufrufe pro Sekunde und das Histogramm seiner Dauer mit Median, p90 und p99. Heften Sie einen Block an, um ihn mit dem nächsten gewählten zu vergleichen.</translation>
    </message>
    <message>
        <source>seconds before the last poll</source>
        <translation>Sekunden vor der letzten Abfrage</translation>
    </message>
    <message>
        <source>duration (log scale)</source>
        <translation>Dauer (logarithmische Skala)</translation>
    </message>
    <message>
        <source>block %1.%2</source>
        <translation>Block %1.%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Select a block in a table or a chart</source>
        <translation>Wählen Sie einen Block in einer Tabelle oder einem Diagramm</translation>
    </message>
    <message>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
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
    <name>stichotrope::gui::BlockTableView</name>
    <message>
        <source>Filter by block, file or track</source>
        <translation>Nach Block, Datei oder Spur filtern</translation>
    </message>
    <message>
        <source>Show only the blocks whose name, file or track contains this text</source>
        <translation>Nur die Blöcke zeigen, deren Name, Datei oder Spur diesen Text enthält</translation>
    </message>
    <message>
        <source>Every block of every thread, merged: one row per block with its hits and times. Click a header to sort; select a row to plot the block and compare it across threads. Ctrl+C copies the selected rows, the context menu copies them as CSV.</source>
        <translation>Alle Blöcke aller Threads, zusammengefasst: eine Zeile pro Block mit Aufrufen und Zeiten. Klicken Sie auf eine Spaltenüberschrift, um zu sortieren; wählen Sie eine Zeile, um den Block zu zeichnen und über die Threads zu vergleichen. Strg+C kopiert die gewählten Zeilen, das Kontextmenü kopiert sie als CSV.</translation>
    </message>
    <message>
        <source>No block recorded yet.
Blocks appear at the next poll once the program runs code marked with STICHO_BLOCK or STICHO_FUNCTION.</source>
        <translation>Noch kein Block aufgezeichnet.
Blöcke erscheinen bei der nächsten Abfrage, sobald das Programm mit STICHO_BLOCK oder STICHO_FUNCTION markierten Code ausführt.</translation>
    </message>
    <message>
        <source>No block matches &quot;%1&quot;.</source>
        <translation>Kein Block passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>stichotrope::gui::BlockThreadsModel</name>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
</context>
<context>
    <name>stichotrope::gui::CompareModel</name>
    <message>
        <source>Total time</source>
        <translation>Gesamtzeit</translation>
    </message>
    <message>
        <source>Average time</source>
        <translation>Mittlere Zeit</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Share of total</source>
        <translation>Anteil am Gesamten</translation>
    </message>
    <message>
        <source>%1 hits, %2 in all</source>
        <translation>%1 Aufrufe, insgesamt %2</translation>
    </message>
    <message>
        <source>not in this run</source>
        <translation>nicht in diesem Lauf</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>entfallen</translation>
    </message>
    <message>
        <source>Grew by more than %1 %</source>
        <translation>Um mehr als %1 % gestiegen</translation>
    </message>
    <message>
        <source>Shrank by more than %1 %</source>
        <translation>Um mehr als %1 % gesunken</translation>
    </message>
    <message>
        <source>Only in the current run</source>
        <translation>Nur im aktuellen Lauf</translation>
    </message>
    <message>
        <source>Only in the baseline</source>
        <translation>Nur in der Referenz</translation>
    </message>
    <message>
        <source>Within %1 %</source>
        <translation>Innerhalb von %1 %</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Spur</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Baseline: %1</source>
        <translation>Referenz: %1</translation>
    </message>
    <message>
        <source>Current: %1</source>
        <translation>Aktuell: %1</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Verhältnis</translation>
    </message>
    <message>
        <source>Baseline hits</source>
        <translation>Aufrufe (Referenz)</translation>
    </message>
    <message>
        <source>Current hits</source>
        <translation>Aufrufe (aktuell)</translation>
    </message>
</context>
<context>
    <name>stichotrope::gui::CompareWidget</name>
    <message>
        <source>more than the baseline (regression)</source>
        <translation>mehr als die Referenz (Verschlechterung)</translation>
    </message>
    <message>
        <source>less (improvement)</source>
        <translation>weniger (Verbesserung)</translation>
    </message>
    <message>
        <source>within %1 %</source>
        <translation>innerhalb von %1 %</translation>
    </message>
    <message>
        <source>The value compared, sorted by and coloured by</source>
        <translation>Der verglichene Wert, nach dem sortiert und gefärbt wird</translation>
    </message>
    <message>
        <source>Blocks of all threads, or of the threads with this name</source>
        <translation>Blöcke aller Threads oder der Threads mit diesem Namen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>of</source>
        <translation>von</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;not in the baseline&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;nicht in der Referenz&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;%1: %2 → %3 (%4×)</source>
        <translation>&lt;br&gt;%1: %2 → %3 (%4×)</translation>
    </message>
    <message>
        <source>Flame graph by change</source>
        <translation>Flammengraph nach Veränderung</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>&lt;b&gt;Baseline&lt;/b&gt; %1 &amp;nbsp;&amp;rarr;&amp;nbsp; &lt;b&gt;Current&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Referenz&lt;/b&gt; %1 &amp;nbsp;&amp;rarr;&amp;nbsp; &lt;b&gt;Aktuell&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>all threads</source>
        <translation>alle Threads</translation>
    </message>
</context>
<context>
    <name>stichotrope::gui::FlameChartView</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop scrolling and keep the current events</source>
        <translation>Das Scrollen anhalten und die aktuellen Ereignisse behalten</translation>
    </message>
    <message>
        <source>%1 events in the window, %2 visible, %3 boxes drawn</source>
        <translation>%1 Ereignisse im Fenster, %2 sichtbar, %3 Kästen gezeichnet</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source> (exited)</source>
        <translation> (beendet)</translation>
    </message>
    <message>
        <source>block %1.%2</source>
        <translation>Block %1.%2</translation>
    </message>
    <message>
        <source>Track %1</source>
        <translation>Spur %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 events&lt;/b&gt;&lt;br&gt;spanning %2&lt;br&gt;thread: %3&lt;br&gt;&lt;i&gt;click or zoom in to see them&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1 Ereignisse&lt;/b&gt;&lt;br&gt;über %2&lt;br&gt;Thread: %3&lt;br&gt;&lt;i&gt;zum Anzeigen klicken oder hineinzoomen&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;track: %2&lt;br&gt;duration: %3&lt;br&gt;thread: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Spur: %2&lt;br&gt;Dauer: %3&lt;br&gt;Thread: %4</translation>
    </message>
    <message>
        <source>%1 events, as many as the window keeps: the last %2 s; %3 visible, %4 boxes drawn</source>
        <translation>%1 Ereignisse, so viele wie das Fenster behält: die letzten %2 s; %3 sichtbar, %4 Kästen gezeichnet</translation>
    </message>
    <message>
        <source>time before the last poll</source>
        <translation>Zeit vor der letzten Abfrage</translation>
    </message>
    <message>
        <source>Scroll the threads (Ctrl+wheel on the chart shows more of them)</source>
        <translation>Durch die Threads blättern (Strg+Mausrad im Diagramm zeigt mehr davon)</translation>
    </message>
    <message>
        <source>The last seconds of every thread: one lane per thread, blocks stacked by call depth and coloured by track. The wheel zooms in time (Ctrl+wheel: the lanes), dragging pans and pauses, clicking a block selects it everywhere, clicking a folded run zooms into it. Shift+drag marks a time range and sums its blocks in the Range panel; Shift+click or Escape removes it.</source>
        <translation>Die letzten Sekunden jedes Threads: eine Bahn pro Thread, Blöcke nach Aufruftiefe gestapelt und nach Spur gefärbt. Das Mausrad zoomt in der Zeit (Strg+Mausrad: die Bahnen), Ziehen verschiebt die Ansicht und hält sie an, ein Klick auf einen Block wählt ihn überall aus, ein Klick auf eine zusammengefasste Folge zoomt hinein. Umschalt+Ziehen markiert einen Zeitbereich und summiert seine Blöcke im Bereich-Fenster; Umschalt+Klick oder Escape entfernt ihn.</translation>
    </message>
    <message>
        <source>Remove the time range</source>
        <translation>Zeitbereich entfernen</translation>
    </message>
    <message>
        <source>No run of %1 in the window.</source>
        <translation>Kein Lauf von %1 im Zeitfenster.</translation>
    </message>
    <message>
        <source>Longest run of %1: %2.</source>
        <translation>Längster Lauf von %1: %2.</translation>
    </message>
</context>
<context>
    <name>stichotrope::gui::FlameGraphCanvas</name>
    <message>
        <source>No call tree yet</source>
        <translation>Noch kein Aufrufbaum</translation>
    </message>
</context>
<context>
    <name>stichotrope::gui::FlameGraphWidget</name>
    <message>
        <source>Click a level to zoom back out</source>
        <translation>Auf eine Ebene klicken, um wieder herauszuzoomen</translation>
    </message>
    <message>
        <source>Search blocks</source>
        <translation>Blöcke suchen</translation>
    </message>
    <message>
        <source>Highlight the blocks whose name contains this text</source>
        <translation>Die Blöcke hervorheben, deren Name diesen Text enthält</translation>
    </message>
    <message>
        <source>The merged call tree of the selected threads: each box is a call path, as wide as its share of the time, its callees stacked above it. Click a box to zoom into it and select its block; click a level of the path above to zoom back out.</source>
        <translation>Der zusammengefasste Aufrufbaum der gewählten Threads: Jeder Kasten ist ein Aufrufpfad, so breit wie sein Anteil an der Zeit, die aufgerufenen Blöcke darüber gestapelt. Ein Klick auf einen Kasten zoomt hinein und wählt seinen Block; ein Klick auf eine Ebene des Pfads oben zoomt wieder heraus.</translation>
    </message>
    <message>
        <source>all threads</source>
        <translation>alle Threads</translation>
    </message>
    <message numerus="yes">
        <source>%n selected thread(s)</source>
        <translation>
            <numerusform>%n ausgewählter Thread</numerusform>
            <numerusform>%n ausgewählte Threads</numerusform>
        </translation>
    </message>
    <message>
        <source>selected threads</source>
        <translation>gewählte Threads</translation>
    </message>
    <message>
        <source>block %1.%2</source>
        <translation>Block %1.%2</translation>
    </message>
    <message>
        <source>Track %1</source>
        <translation>Spur %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;track: %1</source>
        <translation>&lt;br&gt;Spur: %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;total: %1&lt;br&gt;self: %2&lt;br&gt;hits: %3&lt;br&gt;%4 of root</source>
        <translation>&lt;br&gt;gesamt: %1&lt;br&gt;selbst: %2&lt;br&gt;Aufrufe: %3&lt;br&gt;%4 der Wurzel</translation>
    </message>
</context>
<context>
    <name>stichotrope::gui::MainWindow</name>
    <message>
        <source>Stichotrope Viewer</source>
        <translation>Stichotrope-Betrachter</translation>
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
        <translation>Blöcke: %1</translation>
    </message>
    <message>
        <source>Threads %1/%2 alive</source>
        <translation>Aktive Threads: %1/%2</translation>
    </message>
    <message>
        <source>%1 events/s</source>
        <translation>%1 Ereignisse/s</translation>
    </message>
    <message>
        <source>Last poll %1 ms</source>
        <translation>Letzte Abfrage: %1 ms</translation>
    </message>
    <message>
        <source>Threads that recorded a block: still running / all since the last reset</source>
        <translation>Threads, die einen Block aufgezeichnet haben: noch laufende / alle seit dem letzten Zurücksetzen</translation>
    </message>
    <message>
        <source>Distinct blocks (call sites) recorded so far</source>
        <translation>Bisher aufgezeichnete unterschiedliche Blöcke (Messpunkte)</translation>
    </message>
    <message>
        <source>Block executions per second over the last poll interval, all threads together</source>
        <translation>Blockausführungen pro Sekunde im letzten Abfrageintervall, über alle Threads</translation>
    </message>
    <message>
        <source>Starts or stops the demo workload: worker threads that run instrumented code, so there is something to watch. Stopping it keeps the statistics.</source>
        <translation>Startet oder stoppt die Demo-Arbeitslast: Threads, die instrumentierten Code ausführen, damit es etwas zu beobachten gibt. Beim Stoppen bleiben die Statistiken erhalten.</translation>
    </message>
    <message>
        <source>&amp;Pause polling</source>
        <translation>Abfrage &amp;anhalten</translation>
    </message>
    <message>
        <source>Stop polling; the views keep the last snapshot</source>
        <translation>Abfrage anhalten; die Ansichten behalten die letzte Momentaufnahme</translation>
    </message>
    <message>
        <source>Stops reading the profiler: every view keeps the last snapshot so you can study it, while the program goes on recording. Press again to resume.</source>
        <translation>Hört auf, den Profiler zu lesen: Jede Ansicht behält die letzte Momentaufnahme, damit Sie sie untersuchen können, während das Programm weiter aufzeichnet. Erneut drücken, um fortzusetzen.</translation>
    </message>
    <message>
        <source>Resume &amp;polling</source>
        <translation>Abfrage &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Reset statistics</source>
        <translation>Statistik &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Zero every statistic (Profiler::clear())</source>
        <translation>Alle Statistiken auf null setzen (Profiler::clear())</translation>
    </message>
    <message>
        <source>Zeroes the statistics, call trees and histograms of every thread (Profiler::clear()); block names, tracks and their switches stay.</source>
        <translation>Setzt Statistiken, Aufrufbäume und Histogramme aller Threads auf null (Profiler::clear()); Blocknamen, Spuren und deren Schalter bleiben erhalten.</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Show a shorter time span in the flame chart</source>
        <translation>Einen kürzeren Zeitraum im Flammendiagramm zeigen</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Show a longer time span in the flame chart</source>
        <translation>Einen längeren Zeitraum im Flammendiagramm zeigen</translation>
    </message>
    <message>
        <source>&amp;Whole window</source>
        <translation>Gesamter &amp;Zeitraum</translation>
    </message>
    <message>
        <source>Show the flame chart&apos;s whole time window, live</source>
        <translation>Das ganze Zeitfenster des Flammendiagramms zeigen, live</translation>
    </message>
    <message>
        <source>Zooms the flame chart in time. The mouse wheel over the chart does the same, Ctrl+wheel zooms its lanes, dragging pans.</source>
        <translation>Zoomt das Flammendiagramm in der Zeit. Das Mausrad über dem Diagramm tut dasselbe, Strg+Mausrad zoomt die Bahnen, Ziehen verschiebt die Ansicht.</translation>
    </message>
    <message>
        <source>&amp;Filter blocks</source>
        <translation>Blöcke &amp;filtern</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Steuerung</translation>
    </message>
    <message>
        <source>&amp;Workers</source>
        <translation>&amp;Demo-Threads</translation>
    </message>
    <message>
        <source>Number of demo worker threads (1-64), applied live</source>
        <translation>Anzahl der Demo-Threads (1–64), sofort wirksam</translation>
    </message>
    <message>
        <source>How many threads run the demo workload. Changing it starts or stops threads at once; stopped threads stay listed as exited until the next reset.</source>
        <translation>Wie viele Threads die Demo-Arbeitslast ausführen. Eine Änderung startet oder stoppt sofort Threads; gestoppte Threads bleiben bis zum nächsten Zurücksetzen als beendet aufgeführt.</translation>
    </message>
    <message>
        <source>Poll &amp;every</source>
        <translation>Abfrage &amp;alle</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Interval between two reads of the profiler</source>
        <translation>Abstand zwischen zwei Lesevorgängen des Profilers</translation>
    </message>
    <message>
        <source>How often the viewer reads the profiler, in milliseconds. Reading never blocks the recording threads; shorter intervals update the views more often.</source>
        <translation>Wie oft der Betrachter den Profiler liest, in Millisekunden. Das Lesen blockiert die aufzeichnenden Threads nie; kürzere Intervalle aktualisieren die Ansichten öfter.</translation>
    </message>
    <message>
        <source>&amp;Tracks</source>
        <translation>Sp&amp;uren</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>Farb&amp;schema</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Quick start</source>
        <translation>&amp;Schnellstart</translation>
    </message>
    <message>
        <source>&amp;About Stichotrope Viewer</source>
        <translation>&amp;Über den Stichotrope-Betrachter</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Stop workload</source>
        <translation>Arbeitslast s&amp;toppen</translation>
    </message>
    <message>
        <source>&amp;Start workload</source>
        <translation>Arbeitslast &amp;starten</translation>
    </message>
    <message>
        <source>Stop the demo worker threads</source>
        <translation>Die Demo-Threads stoppen</translation>
    </message>
    <message>
        <source>Start the demo worker threads</source>
        <translation>Die Demo-Threads starten</translation>
    </message>
    <message>
        <source>Live — Stichotrope Viewer</source>
        <translation>Live — Stichotrope-Betrachter</translation>
    </message>
    <message>
        <source>Stichotrope captures (*.json);;All files (*)</source>
        <translation>Stichotrope-Mitschnitte (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Open capture…</source>
        <translation>Mitschnitt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a saved capture, read-only, in place of the live view</source>
        <translation>Einen gespeicherten Mitschnitt schreibgeschützt anstelle der Live-Ansicht öffnen</translation>
    </message>
    <message>
        <source>Opens a capture file saved by this viewer or by --headless. It is shown read-only in the same views; the live session is not polled meanwhile. File › Back to the live view returns to it.</source>
        <translation>Öffnet eine Mitschnittdatei, die dieser Betrachter oder --headless gespeichert hat. Sie wird schreibgeschützt in denselben Ansichten gezeigt; die Live-Sitzung wird derweil nicht abgefragt. Datei › Zurück zur Live-Ansicht kehrt zu ihr zurück.</translation>
    </message>
    <message>
        <source>Open capture</source>
        <translation>Mitschnitt öffnen</translation>
    </message>
    <message>
        <source>&amp;Save capture…</source>
        <translation>Mitschnitt &amp;speichern…</translation>
    </message>
    <message>
        <source>Save what the views show (statistics, call trees, timeline) as a capture</source>
        <translation>Das Angezeigte (Statistiken, Aufrufbäume, Zeitleiste) als Mitschnitt speichern</translation>
    </message>
    <message>
        <source>Saves the latest snapshot of the shown view with the flame chart&apos;s time window to a JSON capture, to open again later or compare against. The file is written whole or not at all.</source>
        <translation>Speichert die letzte Momentaufnahme der gezeigten Ansicht mit dem Zeitfenster des Flammendiagramms als JSON-Mitschnitt, um sie später wieder zu öffnen oder damit zu vergleichen. Die Datei wird ganz oder gar nicht geschrieben.</translation>
    </message>
    <message>
        <source>Save capture</source>
        <translation>Mitschnitt speichern</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export the shown view as CSV, a Chrome trace or a speedscope profile</source>
        <translation>Die gezeigte Ansicht als CSV, Chrome-Trace oder speedscope-Profil exportieren</translation>
    </message>
    <message>
        <source>select one thread in the Threads panel first</source>
        <translation>wählen Sie zuerst genau einen Thread im Bereich Threads</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Block table as CSV…</source>
        <translation>&amp;Blocktabelle als CSV…</translation>
    </message>
    <message>
        <source>The blocks of the selected threads, as the table shows them</source>
        <translation>Die Blöcke der gewählten Threads, wie die Tabelle sie zeigt</translation>
    </message>
    <message>
        <source>Selected &amp;thread as CSV…</source>
        <translation>Gewählter &amp;Thread als CSV…</translation>
    </message>
    <message>
        <source>The blocks of the one thread selected in Threads</source>
        <translation>Die Blöcke des einen in Threads gewählten Threads</translation>
    </message>
    <message>
        <source>Timeline as &amp;Chrome trace…</source>
        <translation>Zeitleiste als &amp;Chrome-Trace…</translation>
    </message>
    <message>
        <source>The flame chart&apos;s events, for Perfetto or chrome://tracing</source>
        <translation>Die Ereignisse des Flammendiagramms, für Perfetto oder chrome://tracing</translation>
    </message>
    <message>
        <source>Chrome trace (*.trace.json *.json)</source>
        <translation>Chrome-Trace (*.trace.json *.json)</translation>
    </message>
    <message>
        <source>Call trees as &amp;speedscope profile…</source>
        <translation>Aufrufbäume als &amp;speedscope-Profil…</translation>
    </message>
    <message>
        <source>The merged and per-thread call trees, for speedscope</source>
        <translation>Die zusammengeführten und die Aufrufbäume je Thread, für speedscope</translation>
    </message>
    <message>
        <source>speedscope (*.speedscope.json *.json)</source>
        <translation>speedscope (*.speedscope.json *.json)</translation>
    </message>
    <message>
        <source>Back to the &amp;live view</source>
        <translation>Zurück zur &amp;Live-Ansicht</translation>
    </message>
    <message>
        <source>Leave the capture or the comparison and watch the live session again</source>
        <translation>Mitschnitt oder Vergleich verlassen und wieder die Live-Sitzung verfolgen</translation>
    </message>
    <message>
        <source>Shown view against a &amp;capture…</source>
        <translation>Gezeigte Ansicht gegen einen &amp;Mitschnitt…</translation>
    </message>
    <message>
        <source>Compare what is shown (live or a capture) with a capture file as the baseline</source>
        <translation>Das Angezeigte (live oder ein Mitschnitt) mit einer Mitschnittdatei als Referenz vergleichen</translation>
    </message>
    <message>
        <source>Baseline capture</source>
        <translation>Referenz-Mitschnitt</translation>
    </message>
    <message>
        <source>&amp;Two captures…</source>
        <translation>&amp;Zwei Mitschnitte…</translation>
    </message>
    <message>
        <source>Choose a baseline (older) and a current (newer) capture and compare them</source>
        <translation>Einen Referenz-Mitschnitt (älter) und einen aktuellen (neuer) wählen und vergleichen</translation>
    </message>
    <message>
        <source>Baseline (older) capture</source>
        <translation>Referenz-Mitschnitt (älter)</translation>
    </message>
    <message>
        <source>Current (newer) capture</source>
        <translation>Aktueller Mitschnitt (neuer)</translation>
    </message>
    <message>
        <source>Take live &amp;baseline</source>
        <translation>Live-&amp;Referenz festhalten</translation>
    </message>
    <message>
        <source>Remember the live session&apos;s current statistics as the baseline</source>
        <translation>Die aktuellen Statistiken der Live-Sitzung als Referenz festhalten</translation>
    </message>
    <message>
        <source>&amp;Live against the baseline</source>
        <translation>&amp;Live gegen die Referenz</translation>
    </message>
    <message>
        <source>Follow the live session against the baseline taken before</source>
        <translation>Die Live-Sitzung gegen die zuvor festgehaltene Referenz verfolgen</translation>
    </message>
    <message>
        <source>Shows two runs side by side: per block and per thread the baseline, the current value, their difference and ratio, largest changes first, and the current flame graph coloured by the change of each call path.</source>
        <translation>Zeigt zwei Läufe nebeneinander: je Block und je Thread die Referenz, den aktuellen Wert, ihre Differenz und ihr Verhältnis, die größten Veränderungen zuerst, und den aktuellen Flammengraphen, gefärbt nach der Veränderung jedes Aufrufpfads.</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>%1 (capture) — Stichotrope Viewer</source>
        <translation>%1 (Mitschnitt) — Stichotrope-Betrachter</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Geöffnet: %1</translation>
    </message>
    <message>
        <source>a comparison is not a capture: go back to the live view or a capture to save it</source>
        <translation>ein Vergleich ist kein Mitschnitt: kehren Sie zur Live-Ansicht oder zu einem Mitschnitt zurück, um zu speichern</translation>
    </message>
    <message>
        <source>nothing to save yet: the first poll has not completed</source>
        <translation>noch nichts zu speichern: die erste Abfrage ist nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>nothing to export: show the live view or a capture first</source>
        <translation>nichts zu exportieren: zeigen Sie zuerst die Live-Ansicht oder einen Mitschnitt</translation>
    </message>
    <message>
        <source>thread %1 is not in the shown results</source>
        <translation>Thread %1 ist nicht in den gezeigten Ergebnissen</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exportiert: %1</translation>
    </message>
    <message>
        <source>%1 → %2 (comparison) — Stichotrope Viewer</source>
        <translation>%1 → %2 (Vergleich) — Stichotrope-Betrachter</translation>
    </message>
    <message>
        <source>nothing to compare: show the live view or a capture first</source>
        <translation>nichts zu vergleichen: zeigen Sie zuerst die Live-Ansicht oder einen Mitschnitt</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>Baseline taken: %1 blocks</source>
        <translation>Referenz festgehalten: %1 Blöcke</translation>
    </message>
    <message>
        <source>No poll has completed yet</source>
        <translation>Noch keine Abfrage abgeschlossen</translation>
    </message>
    <message>
        <source>no baseline: take one from the live session first (Compare › Take live baseline)</source>
        <translation>keine Referenz: halten Sie zuerst eine aus der Live-Sitzung fest (Vergleichen › Live-Referenz festhalten)</translation>
    </message>
    <message>
        <source>live baseline</source>
        <translation>Live-Referenz</translation>
    </message>
    <message>
        <source>Live against the baseline — Stichotrope Viewer</source>
        <translation>Live gegen die Referenz — Stichotrope-Betrachter</translation>
    </message>
    <message>
        <source>&amp;Longest run of the selected block</source>
        <translation>Längster &amp;Lauf des gewählten Blocks</translation>
    </message>
    <message>
        <source>Zoom the flame chart to the longest run of the selected block among the shown threads</source>
        <translation>Das Flammendiagramm auf den längsten Lauf des gewählten Blocks in den gezeigten Threads zoomen</translation>
    </message>
    <message>
        <source>Last poll %1 ms, one every %2 ms (asked %3 ms)</source>
        <translation>Letzte Abfrage: %1 ms, eine alle %2 ms (gewünscht %3 ms)</translation>
    </message>
    <message>
        <source>Time the last poll took to read and aggregate the profiler, off the interface thread. When polls come markedly less often than asked (a poll, or updating the views, takes longer than the interval), the time between polls is shown too.</source>
        <translation>Dauer der letzten Abfrage zum Lesen und Zusammenfassen des Profilers, außerhalb des Oberflächen-Threads. Kommen Abfragen deutlich seltener als gewünscht (eine Abfrage oder das Aktualisieren der Ansichten dauert länger als das Intervall), wird auch die Zeit zwischen zwei Abfragen angezeigt.</translation>
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
    <message>
        <source>Each thread&apos;s blocks, grouped by track, with the same statistics as the block table. Selecting a block selects it in every view.</source>
        <translation>Die Blöcke jedes Threads, nach Spur gruppiert, mit denselben Statistiken wie die Blocktabelle. Ein hier gewählter Block wird in allen Ansichten ausgewählt.</translation>
    </message>
    <message>
        <source>The selected block&apos;s statistics in each thread that ran it, to spot the thread that is slower or busier than the others.</source>
        <translation>Die Statistiken des gewählten Blocks in jedem Thread, der ihn ausgeführt hat, um den Thread zu finden, der langsamer oder stärker ausgelastet ist als die anderen.</translation>
    </message>
    <message>
        <source>Block by thread: %1</source>
        <translation>Block je Thread: %1</translation>
    </message>
    <message>
        <source>Toggle track %1</source>
        <translation>Spur %1 ein-/ausschalten</translation>
    </message>
    <message>
        <source>Turn recording of the track in row %1 of Tracks on or off</source>
        <translation>Die Aufzeichnung der Spur in Zeile %1 von Spuren ein- oder ausschalten</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Show the longest run in the flame chart</source>
        <translation>Längsten Lauf im Flammendiagramm zeigen</translation>
    </message>
    <message>
        <source>Zoom the flame chart to the longest run of this block among the shown threads</source>
        <translation>Das Flammendiagramm auf den längsten Lauf dieses Blocks in den gezeigten Threads zoomen</translation>
    </message>
</context>
<context>
    <name>stichotrope::gui::RangeView</name>
    <message>
        <source>Remove range</source>
        <translation>Bereich entfernen</translation>
    </message>
    <message>
        <source>Remove the time range from the flame chart (Escape on the chart)</source>
        <translation>Den Zeitbereich aus dem Flammendiagramm entfernen (Escape im Diagramm)</translation>
    </message>
    <message>
        <source>No time range.
Shift+drag across the flame chart to sum the blocks that began and ended inside a stretch of time.</source>
        <translation>Kein Zeitbereich.
Umschalt+Ziehen über das Flammendiagramm summiert die Blöcke, die in einem Zeitabschnitt begonnen und geendet haben.</translation>
    </message>
    <message>
        <source>The blocks that began and ended inside the time range marked on the flame chart (Shift+drag), with the block table&apos;s statistics for that stretch of time alone. Blocks cut by either edge are left out.</source>
        <translation>Die Blöcke, die innerhalb des im Flammendiagramm markierten Zeitbereichs (Umschalt+Ziehen) begonnen und geendet haben, mit den Statistiken der Blocktabelle für nur diesen Zeitabschnitt. Blöcke, die von einem der Ränder geschnitten werden, bleiben außen vor.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; marked on the flame chart: %2 executions of blocks that began and ended in it.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; im Flammendiagramm markiert: %2 Ausführungen von Blöcken, die darin begonnen und geendet haben.</translation>
    </message>
    <message>
        <source>Shift+drag across the flame chart to mark a time range.</source>
        <translation>Umschalt+Ziehen über das Flammendiagramm markiert einen Zeitbereich.</translation>
    </message>
    <message>
        <source>Zoom to range</source>
        <translation>Auf den Bereich zoomen</translation>
    </message>
    <message>
        <source>Show the time range across the whole flame chart</source>
        <translation>Den Zeitbereich über das ganze Flammendiagramm zeigen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; marked on the flame chart: %2 executions of blocks that began and ended in it, in the selected threads.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; im Flammendiagramm markiert: %2 Ausführungen von Blöcken, die darin begonnen und geendet haben, in den ausgewählten Threads.</translation>
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
<context>
    <name>stichotrope::gui::ThreadListModel</name>
    <message>
        <source>alive</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
</context>
<context>
    <name>stichotrope::gui::ThreadTreeModel</name>
    <message>
        <source>Thread / Track / Block</source>
        <translation>Thread / Spur / Block</translation>
    </message>
    <message>
        <source>File:Line</source>
        <translation>Datei:Zeile</translation>
    </message>
</context>
<context>
    <name>stichotrope::gui::ThreadsPanel</name>
    <message>
        <source>Select threads to show only them in the other views; Esc shows all.</source>
        <translation>Threads wählen, um nur diese in den anderen Ansichten zu zeigen; Esc zeigt wieder alle.</translation>
    </message>
</context>
<context>
    <name>stichotrope::gui::TrackListModel</name>
    <message>
        <source>Track %1: %2</source>
        <translation>Spur %1: %2</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>zeichnet auf</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Spur</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>stichotrope::gui::TracksPanel</name>
    <message>
        <source>Check a track to record it; Space toggles the current track, Alt+1 to Alt+9 the first nine.</source>
        <translation>Eine Spur ankreuzen, um sie aufzuzeichnen; die Leertaste schaltet die aktuelle Spur um, Alt+1 bis Alt+9 die ersten neun.</translation>
    </message>
</context>
</TS>
