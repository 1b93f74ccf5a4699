<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BlockColumns</name>
    <message>
        <source>Hits</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Avg</source>
        <translation>Moy.</translation>
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
        <translation>% piste</translation>
    </message>
    <message>
        <source>% Total</source>
        <translation>% total</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Executions of the block</source>
        <translation>Exécutions du bloc</translation>
    </message>
    <message>
        <source>Time spent in the block, children included</source>
        <translation>Temps passé dans le bloc, blocs appelés compris</translation>
    </message>
    <message>
        <source>Average time of one execution</source>
        <translation>Durée moyenne d’une exécution</translation>
    </message>
    <message>
        <source>Shortest execution</source>
        <translation>Exécution la plus courte</translation>
    </message>
    <message>
        <source>Longest execution</source>
        <translation>Exécution la plus longue</translation>
    </message>
    <message>
        <source>Share of the time of the block&apos;s track</source>
        <translation>Part du temps de la piste du bloc</translation>
    </message>
    <message>
        <source>Share of the time of every track</source>
        <translation>Part du temps de toutes les pistes</translation>
    </message>
    <message>
        <source>Bytes per second, for blocks that declare the bytes they process</source>
        <translation>Octets par seconde, pour les blocs qui déclarent les octets qu’ils traitent</translation>
    </message>
    <message>
        <source>Median duration, from the histogram (within about 3%)</source>
        <translation>Durée médiane, tirée de l’histogramme (à 3 % près environ)</translation>
    </message>
    <message>
        <source>99th percentile of the durations: 1 execution in 100 takes longer</source>
        <translation>99e centile des durées : 1 exécution sur 100 dure plus longtemps</translation>
    </message>
    <message>
        <source>%1 bytes in %2</source>
        <translation>%1 octets en %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--%1 must be an integer from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 doit être un entier de %2 à %3, et non « %4 »</translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 doit être un nombre de %2 à %3, et non « %4 »</translation>
    </message>
    <message>
        <source>Live viewer of the Stichotrope profiler: runs an instrumented demo workload in this process and shows its blocks, threads and timeline as they run.</source>
        <translation>Visionneuse en direct du profileur Stichotrope : exécute une charge de démonstration instrumentée dans ce processus et en affiche les blocs, les threads et la chronologie au fil de l’exécution.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Demo worker threads, 1-64 (default 8).</source>
        <translation>Threads de la démonstration, de 1 à 64 (8 par défaut).</translation>
    </message>
    <message>
        <source>Poll interval in milliseconds, 10-60000 (default: last used, or 200).</source>
        <translation>Intervalle des relevés en millisecondes, de 10 à 60000 (par défaut : le dernier utilisé, ou 200).</translation>
    </message>
    <message>
        <source>Do not start the demo workload.</source>
        <translation>Ne pas démarrer la charge de démonstration.</translation>
    </message>
    <message>
        <source>Start with polling paused.</source>
        <translation>Démarrer avec les relevés suspendus.</translation>
    </message>
    <message>
        <source>Time window of the flame chart in seconds, 0.5-600 (default 10).</source>
        <translation>Fenêtre de temps de la chronologie en secondes, de 0,5 à 600 (10 par défaut).</translation>
    </message>
    <message>
        <source>Timeline events kept per thread, 1024-67108864 (default 1048576).</source>
        <translation>Événements de chronologie conservés par thread, de 1024 à 67108864 (1048576 par défaut).</translation>
    </message>
    <message>
        <source>Colour theme: system, light or dark (default: last used, or system).</source>
        <translation>Thème de couleurs : system, light ou dark (par défaut : le dernier utilisé, ou system).</translation>
    </message>
    <message>
        <source>Language of the interface: %1 (default: the system&apos;s).</source>
        <translation>Langue de l’interface : %1 (par défaut : celle du système).</translation>
    </message>
    <message>
        <source>Quit after S seconds (for demos and tests).</source>
        <translation>Quitter au bout de S secondes (pour les démonstrations et les tests).</translation>
    </message>
    <message>
        <source>With --quit-after: save the window to this PNG file before quitting.</source>
        <translation>Avec --quit-after : enregistrer la fenêtre dans ce fichier PNG avant de quitter.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>--timeline-capacity must be an integer from 1024 to 67108864, not &apos;%1&apos;</source>
        <translation>--timeline-capacity doit être un entier de 1024 à 67108864, et non « %1 »</translation>
    </message>
    <message>
        <source>--theme must be &apos;system&apos;, &apos;light&apos; or &apos;dark&apos;, not &apos;%1&apos;</source>
        <translation>--theme doit valoir « system », « light » ou « dark », et non « %1 »</translation>
    </message>
    <message>
        <source>--lang must be one of %1, not &apos;%2&apos;</source>
        <translation>--lang doit valoir l’une de ces langues : %1, et non « %2 »</translation>
    </message>
</context>
<context>
    <name>DurationFormat</name>
    <message>
        <source>B/s</source>
        <translation>o/s</translation>
    </message>
    <message>
        <source>KB/s</source>
        <translation>ko/s</translation>
    </message>
    <message>
        <source>MB/s</source>
        <translation>Mo/s</translation>
    </message>
    <message>
        <source>GB/s</source>
        <translation>Go/s</translation>
    </message>
    <message>
        <source>TB/s</source>
        <translation>To/s</translation>
    </message>
</context>
<context>
    <name>HelpText</name>
    <message>
        <source>&lt;h2&gt;Quick start&lt;/h2&gt;&lt;h3&gt;Watch the demo&lt;/h3&gt;&lt;p&gt;The viewer starts with an instrumented demo workload running. Its threads appear in &lt;b&gt;Threads&lt;/b&gt;, their blocks in the central table and the last seconds in the &lt;b&gt;Flame chart&lt;/b&gt;; every view updates at each poll.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Select a block to plot it and compare it across threads (&lt;b&gt;Block by thread&lt;/b&gt;).&lt;/li&gt;&lt;li&gt;Select threads to show only them in the other views; Esc shows all of them again.&lt;/li&gt;&lt;li&gt;Check or uncheck a track, or press %1 to %2, to turn its recording on or off.&lt;/li&gt;&lt;li&gt;%3 starts and stops the workload, %4 pauses polling, %5 zeroes the statistics.&lt;/li&gt;&lt;li&gt;In the flame chart the mouse wheel zooms (Ctrl+wheel: the lanes) and dragging pans; %6, %7 and %8 zoom from the keyboard. Click a block to select it everywhere.&lt;/li&gt;&lt;li&gt;%9 filters the block table; Ctrl+C copies the selected rows, the context menu copies them as CSV.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Instrument your program&lt;/h3&gt;&lt;p&gt;Mark blocks with the engine&apos;s macros and link &lt;code&gt;Stichotrope::engine&lt;/code&gt;, a C++20 library without Qt:&lt;/p&gt;%10&lt;h3&gt;Watch your own program&lt;/h3&gt;&lt;p&gt;Add the viewer&apos;s panel, the same widget this window is made of, to your Qt application with your own &lt;code&gt;Profiler&lt;/code&gt;:&lt;/p&gt;%11&lt;p&gt;The README describes every view and the file formats in detail.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Prise en main&lt;/h2&gt;&lt;h3&gt;Observer la démonstration&lt;/h3&gt;&lt;p&gt;La visionneuse démarre avec une charge de démonstration instrumentée en cours d’exécution. Ses threads apparaissent dans &lt;b&gt;Threads&lt;/b&gt;, leurs blocs dans le tableau central et les dernières secondes dans la &lt;b&gt;Chronologie&lt;/b&gt; ; chaque vue se met à jour à chaque relevé.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Sélectionnez un bloc pour tracer ses courbes et le comparer d’un thread à l’autre (&lt;b&gt;Bloc par thread&lt;/b&gt;).&lt;/li&gt;&lt;li&gt;Sélectionnez des threads pour n’afficher qu’eux dans les autres vues ; Échap les réaffiche tous.&lt;/li&gt;&lt;li&gt;Cochez ou décochez une piste, ou appuyez sur %1 à %2, pour activer ou désactiver son enregistrement.&lt;/li&gt;&lt;li&gt;%3 démarre et arrête la charge, %4 suspend les relevés, %5 remet les statistiques à zéro.&lt;/li&gt;&lt;li&gt;Dans la chronologie, la molette zoome (Ctrl+molette : les lignes) et le glisser déplace la vue ; %6, %7 et %8 zooment au clavier. Un clic sur un bloc le sélectionne partout.&lt;/li&gt;&lt;li&gt;%9 filtre le tableau des blocs ; Ctrl+C copie les lignes sélectionnées, le menu contextuel les copie au format CSV.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Instrumenter votre programme&lt;/h3&gt;&lt;p&gt;Marquez les blocs avec les macros du moteur et liez &lt;code&gt;Stichotrope::engine&lt;/code&gt;, une bibliothèque C++20 sans Qt :&lt;/p&gt;%10&lt;h3&gt;Observer votre propre programme&lt;/h3&gt;&lt;p&gt;Ajoutez à votre application Qt le panneau de la visionneuse, le widget même dont cette fenêtre est faite, avec votre propre &lt;code&gt;Profiler&lt;/code&gt; :&lt;/p&gt;%11&lt;p&gt;Le README décrit en détail chaque vue et les formats de fichiers.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Stichotrope Viewer %1&lt;/h3&gt;&lt;p&gt;Live viewer of the Stichotrope profiler: a thread-safe, lock-free C++ block profiler whose statistics, call trees and timeline are read while the program runs.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The Stichotrope authors.&lt;br&gt;Released under the MIT licence: you may use, copy, modify and distribute it freely, provided the copyright and licence notice are kept. It comes without any warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and QCustomPlot.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Visionneuse Stichotrope %1&lt;/h3&gt;&lt;p&gt;Visionneuse en direct du profileur Stichotrope : un profileur de blocs C++ thread-safe et sans verrou, dont les statistiques, les arbres d’appels et la chronologie se lisent pendant que le programme tourne.&lt;/p&gt;&lt;p&gt;Copyright © 2026 Les auteurs de Stichotrope.&lt;br&gt;Distribué sous licence MIT : vous pouvez librement l’utiliser, le copier, le modifier et le distribuer, à condition de conserver la mention de copyright et de licence. Il est fourni sans aucune garantie.&lt;/p&gt;&lt;p&gt;Construit avec Qt %2 et QCustomPlot.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Quick start</source>
        <translation>Prise en main</translation>
    </message>
    <message>
        <source>About Stichotrope Viewer</source>
        <translation>À propos de la Visionneuse Stichotrope</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try &apos;stichotrope-viewer --help&apos;.</source>
        <translation>Essayez « stichotrope-viewer --help ».</translation>
    </message>
</context>
<context>
    <name>stichotrope::gui::BlockPlotsWidget</name>
    <message>
        <source>Time per poll interval</source>
        <translation>Temps par intervalle de relevé</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Hits per second</source>
        <translation>Appels par seconde</translation>
    </message>
    <message>
        <source>hits/s</source>
        <translation>appels/s</translation>
    </message>
    <message>
        <source>Durations of the selected block</source>
        <translation>Durées du bloc sélectionné</translation>
    </message>
    <message>
        <source>hits</source>
        <translation>appels</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <source>Keep plotting the selected block when another one is selected</source>
        <translation>Continuer à tracer le bloc sélectionné quand un autre est sélectionné</translation>
    </message>
    <message>
        <source>Clear pins</source>
        <translation>Tout détacher</translation>
    </message>
    <message>
        <source>Stop plotting the pinned blocks</source>
        <translation>Ne plus tracer les blocs épinglés</translation>
    </message>
    <message>
        <source>The selected block over the last minute: its time per poll interval and hits per second, and the histogram of its durations with the median, p90 and p99. Pin a block to compare it with the next one you select.</source>
        <translation>Le bloc sélectionné sur la dernière minute : son temps par intervalle de relevé, ses appels par seconde et l’histogramme de ses durées avec la médiane, p90 et p99. Épinglez un bloc pour le comparer au suivant que vous sélectionnerez.</translation>
    </message>
    <message>
        <source>seconds before the last poll</source>
        <translation>secondes avant le dernier relevé</translation>
    </message>
    <message>
        <source>duration (log scale)</source>
        <translation>durée (échelle logarithmique)</translation>
    </message>
    <message>
        <source>block %1.%2</source>
        <translation>bloc %1.%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Select a block in a table or a chart</source>
        <translation>Sélectionnez un bloc dans un tableau ou un graphique</translation>
    </message>
    <message>
        <source>median</source>
        <translation>médiane</translation>
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
        <translation>Piste</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <source>File:Line</source>
        <translation>Fichier:ligne</translation>
    </message>
</context>
<context>
    <name>stichotrope::gui::BlockTableView</name>
    <message>
        <source>Filter by block, file or track</source>
        <translation>Filtrer par bloc, fichier ou piste</translation>
    </message>
    <message>
        <source>Show only the blocks whose name, file or track contains this text</source>
        <translation>N’afficher que les blocs dont le nom, le fichier ou la piste contient ce texte</translation>
    </message>
    <message>
        <source>Every block of every thread, merged: one row per block with its hits and times. Click a header to sort; select a row to plot the block and compare it across threads. Ctrl+C copies the selected rows, the context menu copies them as CSV.</source>
        <translation>Tous les blocs de tous les threads, fusionnés : une ligne par bloc avec ses appels et ses temps. Cliquez sur un en-tête pour trier ; sélectionnez une ligne pour tracer le bloc et le comparer d’un thread à l’autre. Ctrl+C copie les lignes sélectionnées, le menu contextuel les copie au format CSV.</translation>
    </message>
    <message>
        <source>No block recorded yet.
Blocks appear at the next poll once the program runs code marked with STICHO_BLOCK or STICHO_FUNCTION.</source>
        <translation>Aucun bloc enregistré pour l’instant.
Les blocs apparaissent au relevé suivant dès que le programme exécute du code marqué par STICHO_BLOCK ou STICHO_FUNCTION.</translation>
    </message>
    <message>
        <source>No block matches &quot;%1&quot;.</source>
        <translation>Aucun bloc ne correspond à « %1 ».</translation>
    </message>
</context>
<context>
    <name>stichotrope::gui::BlockThreadsModel</name>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (id %2)</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
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
        <translation>Arrêter le défilement et garder les événements affichés</translation>
    </message>
    <message>
        <source>The last seconds of every thread: one lane per thread, blocks stacked by call depth and coloured by track. The wheel zooms in time (Ctrl+wheel: the lanes), dragging pans and pauses, clicking a block selects it everywhere, clicking a folded run zooms into it.</source>
        <translation>Les dernières secondes de chaque thread : une ligne par thread, les blocs empilés par profondeur d’appel et colorés selon leur piste. La molette zoome dans le temps (Ctrl+molette : les lignes), le glisser déplace la vue et la met en pause, un clic sur un bloc le sélectionne partout, un clic sur une série regroupée zoome dessus.</translation>
    </message>
    <message>
        <source>seconds before the last poll</source>
        <translation>secondes avant le dernier relevé</translation>
    </message>
    <message>
        <source>%1 events in the window, %2 visible, %3 boxes drawn</source>
        <translation>%1 événements dans la fenêtre, %2 visibles, %3 rectangles dessinés</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source> (exited)</source>
        <translation> (terminé)</translation>
    </message>
    <message>
        <source>block %1.%2</source>
        <translation>bloc %1.%2</translation>
    </message>
    <message>
        <source>Track %1</source>
        <translation>Piste %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 events&lt;/b&gt;&lt;br&gt;spanning %2&lt;br&gt;thread: %3&lt;br&gt;&lt;i&gt;click or zoom in to see them&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1 événements&lt;/b&gt;&lt;br&gt;sur %2&lt;br&gt;thread : %3&lt;br&gt;&lt;i&gt;cliquez ou zoomez pour les voir&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;track: %2&lt;br&gt;duration: %3&lt;br&gt;thread: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;piste : %2&lt;br&gt;durée : %3&lt;br&gt;thread : %4</translation>
    </message>
</context>
<context>
    <name>stichotrope::gui::FlameGraphCanvas</name>
    <message>
        <source>No call tree yet</source>
        <translation>Pas encore d’arbre d’appels</translation>
    </message>
</context>
<context>
    <name>stichotrope::gui::FlameGraphWidget</name>
    <message>
        <source>Click a level to zoom back out</source>
        <translation>Cliquez sur un niveau pour dézoomer</translation>
    </message>
    <message>
        <source>Search blocks</source>
        <translation>Rechercher des blocs</translation>
    </message>
    <message>
        <source>Highlight the blocks whose name contains this text</source>
        <translation>Mettre en évidence les blocs dont le nom contient ce texte</translation>
    </message>
    <message>
        <source>The merged call tree of the selected threads: each box is a call path, as wide as its share of the time, its callees stacked above it. Click a box to zoom into it and select its block; click a level of the path above to zoom back out.</source>
        <translation>L’arbre d’appels fusionné des threads sélectionnés : chaque rectangle est un chemin d’appel, aussi large que sa part du temps, les blocs qu’il appelle empilés au-dessus. Cliquez sur un rectangle pour zoomer dessus et sélectionner son bloc ; cliquez sur un niveau du chemin affiché en haut pour dézoomer.</translation>
    </message>
    <message>
        <source>all threads</source>
        <translation>tous les threads</translation>
    </message>
    <message numerus="yes">
        <source>%n selected thread(s)</source>
        <translation>
            <numerusform>%n thread sélectionné</numerusform>
            <numerusform>%n threads sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>selected threads</source>
        <translation>threads sélectionnés</translation>
    </message>
    <message>
        <source>block %1.%2</source>
        <translation>bloc %1.%2</translation>
    </message>
    <message>
        <source>Track %1</source>
        <translation>Piste %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;track: %1</source>
        <translation>&lt;br&gt;piste : %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;total: %1&lt;br&gt;self: %2&lt;br&gt;hits: %3&lt;br&gt;%4 of root</source>
        <translation>&lt;br&gt;total : %1&lt;br&gt;propre : %2&lt;br&gt;appels : %3&lt;br&gt;%4 de la racine</translation>
    </message>
</context>
<context>
    <name>stichotrope::gui::MainWindow</name>
    <message>
        <source>Stichotrope Viewer</source>
        <translation>Visionneuse Stichotrope</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Control</source>
        <translation>&amp;Commandes</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>Blocks %1</source>
        <translation>Blocs : %1</translation>
    </message>
    <message>
        <source>Threads %1/%2 alive</source>
        <translation>Threads actifs : %1/%2</translation>
    </message>
    <message>
        <source>%1 events/s</source>
        <translation>%1 événements/s</translation>
    </message>
    <message>
        <source>Last poll %1 ms</source>
        <translation>Dernier relevé : %1 ms</translation>
    </message>
    <message>
        <source>Threads that recorded a block: still running / all since the last reset</source>
        <translation>Threads ayant enregistré un bloc : encore en cours / tous depuis la dernière réinitialisation</translation>
    </message>
    <message>
        <source>Distinct blocks (call sites) recorded so far</source>
        <translation>Blocs distincts (points d’instrumentation) enregistrés jusqu’ici</translation>
    </message>
    <message>
        <source>Block executions per second over the last poll interval, all threads together</source>
        <translation>Exécutions de blocs par seconde sur le dernier intervalle de relevé, tous threads confondus</translation>
    </message>
    <message>
        <source>Time the last poll took to read and aggregate the profiler, off the interface thread</source>
        <translation>Temps qu’a pris le dernier relevé pour lire et agréger le profileur, hors du thread de l’interface</translation>
    </message>
    <message>
        <source>Starts or stops the demo workload: worker threads that run instrumented code, so there is something to watch. Stopping it keeps the statistics.</source>
        <translation>Démarre ou arrête la charge de démonstration : des threads qui exécutent du code instrumenté, pour avoir quelque chose à observer. L’arrêter conserve les statistiques.</translation>
    </message>
    <message>
        <source>&amp;Pause polling</source>
        <translation>&amp;Suspendre les relevés</translation>
    </message>
    <message>
        <source>Stop polling; the views keep the last snapshot</source>
        <translation>Suspendre les relevés ; les vues gardent le dernier instantané</translation>
    </message>
    <message>
        <source>Stops reading the profiler: every view keeps the last snapshot so you can study it, while the program goes on recording. Press again to resume.</source>
        <translation>Cesse de lire le profileur : chaque vue garde le dernier instantané pour que vous puissiez l’étudier, pendant que le programme continue d’enregistrer. Appuyez de nouveau pour reprendre.</translation>
    </message>
    <message>
        <source>Resume &amp;polling</source>
        <translation>Re&amp;prendre les relevés</translation>
    </message>
    <message>
        <source>&amp;Reset statistics</source>
        <translation>&amp;Réinitialiser les statistiques</translation>
    </message>
    <message>
        <source>Zero every statistic (Profiler::clear())</source>
        <translation>Remettre toutes les statistiques à zéro (Profiler::clear())</translation>
    </message>
    <message>
        <source>Zeroes the statistics, call trees and histograms of every thread (Profiler::clear()); block names, tracks and their switches stay.</source>
        <translation>Remet à zéro les statistiques, arbres d’appels et histogrammes de tous les threads (Profiler::clear()) ; les noms des blocs, les pistes et leur activation sont conservés.</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Show a shorter time span in the flame chart</source>
        <translation>Afficher une période plus courte dans la chronologie</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Show a longer time span in the flame chart</source>
        <translation>Afficher une période plus longue dans la chronologie</translation>
    </message>
    <message>
        <source>&amp;Whole window</source>
        <translation>Toute la &amp;période</translation>
    </message>
    <message>
        <source>Show the flame chart&apos;s whole time window, live</source>
        <translation>Afficher toute la fenêtre de temps de la chronologie, en direct</translation>
    </message>
    <message>
        <source>Zooms the flame chart in time. The mouse wheel over the chart does the same, Ctrl+wheel zooms its lanes, dragging pans.</source>
        <translation>Zoome dans le temps sur la chronologie. La molette sur le graphique fait de même, Ctrl+molette zoome sur les lignes, le glisser déplace la vue.</translation>
    </message>
    <message>
        <source>&amp;Filter blocks</source>
        <translation>&amp;Filtrer les blocs</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>&amp;Workers</source>
        <translation>&amp;Threads de démo</translation>
    </message>
    <message>
        <source>Number of demo worker threads (1-64), applied live</source>
        <translation>Nombre de threads de la démonstration (de 1 à 64), appliqué en direct</translation>
    </message>
    <message>
        <source>How many threads run the demo workload. Changing it starts or stops threads at once; stopped threads stay listed as exited until the next reset.</source>
        <translation>Nombre de threads qui exécutent la charge de démonstration. Le modifier démarre ou arrête des threads aussitôt ; les threads arrêtés restent listés comme terminés jusqu’à la prochaine réinitialisation.</translation>
    </message>
    <message>
        <source>Poll &amp;every</source>
        <translation>Relever &amp;toutes les</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Interval between two reads of the profiler</source>
        <translation>Intervalle entre deux lectures du profileur</translation>
    </message>
    <message>
        <source>How often the viewer reads the profiler, in milliseconds. Reading never blocks the recording threads; shorter intervals update the views more often.</source>
        <translation>Fréquence à laquelle la visionneuse lit le profileur, en millisecondes. La lecture ne bloque jamais les threads qui enregistrent ; un intervalle plus court met les vues à jour plus souvent.</translation>
    </message>
    <message>
        <source>&amp;Tracks</source>
        <translation>Pis&amp;tes</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>Pa&amp;nneaux</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Suivre le s&amp;ystème</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Quick start</source>
        <translation>&amp;Prise en main</translation>
    </message>
    <message>
        <source>&amp;About Stichotrope Viewer</source>
        <translation>À pr&amp;opos de la Visionneuse Stichotrope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Stop workload</source>
        <translation>&amp;Arrêter la charge</translation>
    </message>
    <message>
        <source>&amp;Start workload</source>
        <translation>&amp;Démarrer la charge</translation>
    </message>
    <message>
        <source>Stop the demo worker threads</source>
        <translation>Arrêter les threads de la démonstration</translation>
    </message>
    <message>
        <source>Start the demo worker threads</source>
        <translation>Démarrer les threads de la démonstration</translation>
    </message>
</context>
<context>
    <name>stichotrope::gui::ProfilerWidget</name>
    <message>
        <source>Tracks</source>
        <translation>Pistes</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Per thread</source>
        <translation>Par thread</translation>
    </message>
    <message>
        <source>Block by thread</source>
        <translation>Bloc par thread</translation>
    </message>
    <message>
        <source>Flame chart</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Flame graph</source>
        <translation>Graphe de flammes</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>Courbes</translation>
    </message>
    <message>
        <source>Each thread&apos;s blocks, grouped by track, with the same statistics as the block table. Selecting a block selects it in every view.</source>
        <translation>Les blocs de chaque thread, regroupés par piste, avec les mêmes statistiques que le tableau des blocs. Sélectionner un bloc le sélectionne dans toutes les vues.</translation>
    </message>
    <message>
        <source>The selected block&apos;s statistics in each thread that ran it, to spot the thread that is slower or busier than the others.</source>
        <translation>Les statistiques du bloc sélectionné dans chaque thread qui l’a exécuté, pour repérer le thread plus lent ou plus chargé que les autres.</translation>
    </message>
    <message>
        <source>Block by thread: %1</source>
        <translation>Bloc par thread : %1</translation>
    </message>
    <message>
        <source>Toggle track %1</source>
        <translation>Activer ou désactiver la piste %1</translation>
    </message>
    <message>
        <source>Turn recording of the track in row %1 of Tracks on or off</source>
        <translation>Activer ou désactiver l’enregistrement de la piste de la ligne %1 des Pistes</translation>
    </message>
</context>
<context>
    <name>stichotrope::gui::StatTreeView</name>
    <message>
        <source>Copy rows as text</source>
        <translation>Copier les lignes en texte</translation>
    </message>
    <message>
        <source>Copy rows as CSV</source>
        <translation>Copier les lignes au format CSV</translation>
    </message>
</context>
<context>
    <name>stichotrope::gui::ThreadListModel</name>
    <message>
        <source>alive</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
</context>
<context>
    <name>stichotrope::gui::ThreadTreeModel</name>
    <message>
        <source>Thread / Track / Block</source>
        <translation>Thread / piste / bloc</translation>
    </message>
    <message>
        <source>File:Line</source>
        <translation>Fichier:ligne</translation>
    </message>
</context>
<context>
    <name>stichotrope::gui::ThreadsPanel</name>
    <message>
        <source>Select threads to show only them in the other views; Esc shows all.</source>
        <translation>Sélectionnez des threads pour n’afficher qu’eux dans les autres vues ; Échap les réaffiche tous.</translation>
    </message>
</context>
<context>
    <name>stichotrope::gui::TrackListModel</name>
    <message>
        <source>Track %1: %2</source>
        <translation>Piste %1 : %2</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>enregistrée</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Piste</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
</context>
<context>
    <name>stichotrope::gui::TracksPanel</name>
    <message>
        <source>Check a track to record it; Space toggles the current track, Alt+1 to Alt+9 the first nine.</source>
        <translation>Cochez une piste pour l’enregistrer ; Espace active ou désactive la piste courante, Alt+1 à Alt+9 les neuf premières.</translation>
    </message>
</context>
</TS>
