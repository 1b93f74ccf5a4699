<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent in the block, children included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average time of one execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the time of the block&apos;s track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the time of every track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes per second, for blocks that declare the bytes they process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median duration, from the histogram (within about 3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>99th percentile of the durations: 1 execution in 100 takes longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--%1 must be an integer from %2 to %3, not &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3, not &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live viewer of the Stichotrope profiler: runs an instrumented demo workload in this process and shows its blocks, threads and timeline as they run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo worker threads, 1-64 (default 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll interval in milliseconds, 10-60000 (default: last used, or 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not start the demo workload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with polling paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time window of the flame chart in seconds, 0.5-600 (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline events kept per thread, 1024-67108864 (default 1048576).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour theme: system, light or dark (default: last used, or system).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interface: %1 (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit after S seconds (for demos and tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --quit-after: save the window to this PNG file before quitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeline-capacity must be an integer from 1024 to 67108864, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--theme must be &apos;system&apos;, &apos;light&apos; or &apos;dark&apos;, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be one of %1, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpText</name>
    <message>
        <source>&lt;h2&gt;Quick start&lt;/h2&gt;&lt;h3&gt;Watch the demo&lt;/h3&gt;&lt;p&gt;The viewer starts with an instrumented demo workload running. Its threads appear in &lt;b&gt;Threads&lt;/b&gt;, their blocks in the central table and the last seconds in the &lt;b&gt;Flame chart&lt;/b&gt;; every view updates at each poll.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Select a block to plot it and compare it across threads (&lt;b&gt;Block by thread&lt;/b&gt;).&lt;/li&gt;&lt;li&gt;Select threads to show only them in the other views; Esc shows all of them again.&lt;/li&gt;&lt;li&gt;Check or uncheck a track, or press %1 to %2, to turn its recording on or off.&lt;/li&gt;&lt;li&gt;%3 starts and stops the workload, %4 pauses polling, %5 zeroes the statistics.&lt;/li&gt;&lt;li&gt;In the flame chart the mouse wheel zooms (Ctrl+wheel: the lanes) and dragging pans; %6, %7 and %8 zoom from the keyboard. Click a block to select it everywhere.&lt;/li&gt;&lt;li&gt;%9 filters the block table; Ctrl+C copies the selected rows, the context menu copies them as CSV.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Instrument your program&lt;/h3&gt;&lt;p&gt;Mark blocks with the engine&apos;s macros and link &lt;code&gt;Stichotrope::engine&lt;/code&gt;, a C++20 library without Qt:&lt;/p&gt;%10&lt;h3&gt;Watch your own program&lt;/h3&gt;&lt;p&gt;Add the viewer&apos;s panel, the same widget this window is made of, to your Qt application with your own &lt;code&gt;Profiler&lt;/code&gt;:&lt;/p&gt;%11&lt;p&gt;The README describes every view and the file formats in detail.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Stichotrope Viewer %1&lt;/h3&gt;&lt;p&gt;Live viewer of the Stichotrope profiler: a thread-safe, lock-free C++ block profiler whose statistics, call trees and timeline are read while the program runs.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The Stichotrope authors.&lt;br&gt;Released under the MIT licence: you may use, copy, modify and distribute it freely, provided the copyright and licence notice are kept. It comes without any warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and QCustomPlot.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Stichotrope Viewer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try &apos;stichotrope-viewer --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stichotrope::gui::BlockPlotsWidget</name>
    <message>
        <source>Time per poll interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hits per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hits/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durations of the selected block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep plotting the selected block when another one is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear pins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop plotting the pinned blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected block over the last minute: its time per poll interval and hits per second, and the histogram of its durations with the median, p90 and p99. Pin a block to compare it with the next one you select.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds before the last poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a block in a table or a chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p90</source>
        <translation type="unfinished">p90</translation>
    </message>
    <message>
        <source>p99</source>
        <translation type="unfinished">p99</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every block of every thread, merged: one row per block with its hits and times. Click a header to sort; select a row to plot the block and compare it across threads. Ctrl+C copies the selected rows, the context menu copies them as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No block recorded yet.
Blocks appear at the next poll once the program runs code marked with STICHO_BLOCK or STICHO_FUNCTION.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No block matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stichotrope::gui::BlockThreadsModel</name>
    <message>
        <source>%1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stichotrope::gui::FlameChartView</name>
    <message>
        <source>Pause</source>
        <translation type="unfinished">Pause</translation>
    </message>
    <message>
        <source>Stop scrolling and keep the current events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last seconds of every thread: one lane per thread, blocks stacked by call depth and coloured by track. The wheel zooms in time (Ctrl+wheel: the lanes), dragging pans and pauses, clicking a block selects it everywhere, clicking a folded run zooms into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds before the last poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events in the window, %2 visible, %3 boxes drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished">Fortsetzen</translation>
    </message>
    <message>
        <source> (exited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 events&lt;/b&gt;&lt;br&gt;spanning %2&lt;br&gt;thread: %3&lt;br&gt;&lt;i&gt;click or zoom in to see them&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;track: %2&lt;br&gt;duration: %3&lt;br&gt;thread: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stichotrope::gui::FlameGraphCanvas</name>
    <message>
        <source>No call tree yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stichotrope::gui::FlameGraphWidget</name>
    <message>
        <source>Click a level to zoom back out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight the blocks whose name contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merged call tree of the selected threads: each box is a call path, as wide as its share of the time, its callees stacked above it. Click a box to zoom into it and select its block; click a level of the path above to zoom back out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected thread(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>selected threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;track: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;total: %1&lt;br&gt;self: %2&lt;br&gt;hits: %3&lt;br&gt;%4 of root</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Threads that recorded a block: still running / all since the last reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct blocks (call sites) recorded so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block executions per second over the last poll interval, all threads together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time the last poll took to read and aggregate the profiler, off the interface thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts or stops the demo workload: worker threads that run instrumented code, so there is something to watch. Stopping it keeps the statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop polling; the views keep the last snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops reading the profiler: every view keeps the last snapshot so you can study it, while the program goes on recording. Press again to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume &amp;polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero every statistic (Profiler::clear())</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeroes the statistics, call trees and histograms of every thread (Profiler::clear()); block names, tracks and their switches stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a shorter time span in the flame chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a longer time span in the flame chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whole window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the flame chart&apos;s whole time window, live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zooms the flame chart in time. The mouse wheel over the chart does the same, Ctrl+wheel zooms its lanes, dragging pans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of demo worker threads (1-64), applied live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many threads run the demo workload. Changing it starts or stops threads at once; stopped threads stay listed as exited until the next reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll &amp;every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval between two reads of the profiler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the viewer reads the profiler, in milliseconds. Reading never blocks the recording threads; shorter intervals update the views more often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Stichotrope Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the demo worker threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the demo worker threads</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected block&apos;s statistics in each thread that ran it, to spot the thread that is slower or busier than the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block by thread: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle track %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn recording of the track in row %1 of Tracks on or off</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hits</source>
        <translation type="unfinished">Aufrufe</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stichotrope::gui::ThreadTreeModel</name>
    <message>
        <source>Thread / Track / Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:Line</source>
        <translation type="unfinished">Datei:Zeile</translation>
    </message>
</context>
<context>
    <name>stichotrope::gui::ThreadsPanel</name>
    <message>
        <source>Select threads to show only them in the other views; Esc shows all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stichotrope::gui::TrackListModel</name>
    <message>
        <source>Track %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished">Spur</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation type="unfinished">Aufrufe</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stichotrope::gui::TracksPanel</name>
    <message>
        <source>Check a track to record it; Space toggles the current track, Alt+1 to Alt+9 the first nine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
