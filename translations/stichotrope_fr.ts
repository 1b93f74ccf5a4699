<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AtomicWrite</name>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>impossible d’écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>the path is empty</source>
        <translation>le chemin est vide</translation>
    </message>
</context>
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
        <source>%1 bytes in %2</source>
        <translation>%1 octets en %2</translation>
    </message>
    <message>
        <source>Median duration, from the histogram (within about 3%). Histograms are read less often than the counts: once a second while polling</source>
        <translation>Durée médiane, tirée de l’histogramme (à 3 % près environ). Les histogrammes sont lus moins souvent que les compteurs : une fois par seconde pendant l’interrogation</translation>
    </message>
    <message>
        <source>99th percentile of the durations: 1 execution in 100 takes longer. From the histogram, read once a second while polling</source>
        <translation>99e centile des durées : 1 exécution sur 100 dure plus longtemps. Tiré de l’histogramme, lu une fois par seconde pendant l’interrogation</translation>
    </message>
</context>
<context>
    <name>CaptureReader</name>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>expected a percentage from 0 to 100, found %1</source>
        <translation>pourcentage de 0 à 100 attendu, trouvé %1</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>true ou false attendu, trouvé %1</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>objet attendu, trouvé %1</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>tableau attendu, trouvé %1</translation>
    </message>
    <message>
        <source>%1 entries, more than the %2 a capture can have</source>
        <translation>%1 entrées, plus que les %2 qu’une capture peut contenir</translation>
    </message>
    <message>
        <source>expected [lower_ns, upper_ns, count], found %1 numbers</source>
        <translation>[lower_ns, upper_ns, count] attendu, trouvé %1 nombres</translation>
    </message>
    <message>
        <source>buckets must be ranges in ascending order</source>
        <translation>les classes doivent être des intervalles en ordre croissant</translation>
    </message>
    <message>
        <source>min_ns %1 is above max_ns %2</source>
        <translation>min_ns %1 dépasse max_ns %2</translation>
    </message>
    <message>
        <source>a block without hits must have no time</source>
        <translation>un bloc sans appel ne peut pas avoir de temps</translation>
    </message>
    <message>
        <source>total_ns %1 does not fit %2 hits between min_ns and max_ns</source>
        <translation>total_ns %1 ne correspond pas à %2 appels compris entre min_ns et max_ns</translation>
    </message>
    <message>
        <source>%1 does not match the histogram and [min_ns, max_ns], which give %2</source>
        <translation>%1 ne correspond pas à l’histogramme et à [min_ns, max_ns], qui donnent %2</translation>
    </message>
    <message>
        <source>%1 is not the sum of its blocks&apos; hit counts, %2</source>
        <translation>%1 n’est pas la somme des appels de ses blocs, %2</translation>
    </message>
    <message>
        <source>%1 is not the sum of its blocks&apos; times, %2</source>
        <translation>%1 n’est pas la somme des temps de ses blocs, %2</translation>
    </message>
    <message>
        <source>%1 repeats or is out of order</source>
        <translation>%1 est répété ou hors d’ordre</translation>
    </message>
    <message>
        <source>track %1 is not in the merged tracks</source>
        <translation>la piste %1 ne figure pas dans les pistes fusionnées</translation>
    </message>
    <message>
        <source>expected a colour &quot;#rrggbb&quot;, found %1</source>
        <translation>couleur « #rrggbb » attendue, trouvé %1</translation>
    </message>
    <message>
        <source>block %1.%2 is not in the merged tracks</source>
        <translation>le bloc %1.%2 ne figure pas dans les pistes fusionnées</translation>
    </message>
    <message>
        <source>the track&apos;s totals overflow</source>
        <translation>les totaux de la piste débordent</translation>
    </message>
    <message>
        <source>expected [track, block, parent, hit_count, total_ns, self_ns, min_ns, max_ns], found %1 numbers</source>
        <translation>[track, block, parent, hit_count, total_ns, self_ns, min_ns, max_ns] attendu, trouvé %1 nombres</translation>
    </message>
    <message>
        <source>parent %1 does not come before the node</source>
        <translation>le parent %1 ne précède pas le nœud</translation>
    </message>
    <message>
        <source>deeper than %1 levels</source>
        <translation>plus de %1 niveaux de profondeur</translation>
    </message>
    <message>
        <source>self_ns %1 is above total_ns %2</source>
        <translation>self_ns %1 dépasse total_ns %2</translation>
    </message>
    <message>
        <source>the root&apos;s total_ns %1 is not the sum of its children&apos;s, %2</source>
        <translation>total_ns de la racine, %1, n’est pas la somme de ceux de ses enfants, %2</translation>
    </message>
    <message>
        <source>self_ns %1 is not total_ns minus the children&apos;s, %2</source>
        <translation>self_ns %1 n’est pas total_ns moins celui des enfants, %2</translation>
    </message>
    <message>
        <source>%1 is not the sum over the threads, %2</source>
        <translation>%1 n’est pas la somme sur les threads, %2</translation>
    </message>
    <message>
        <source>%1 entries, but start_ns has %2</source>
        <translation>%1 entrées, mais start_ns en a %2</translation>
    </message>
    <message>
        <source>the event ends after the timeline&apos;s now_ns</source>
        <translation>l’événement se termine après le now_ns de la chronologie</translation>
    </message>
    <message>
        <source>this is a results export (stichotrope-results), not a capture</source>
        <translation>ceci est un export de résultats (stichotrope-results), pas une capture</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, found %2: not a Stichotrope capture</source>
        <translation>« %1 » attendu, trouvé %2 : ce n’est pas une capture Stichotrope</translation>
    </message>
    <message>
        <source>version %1 is newer than this viewer reads (%2); open it with a newer viewer</source>
        <translation>la version %1 est plus récente que celle que lit cette visionneuse (%2) ; ouvrez-la avec une visionneuse plus récente</translation>
    </message>
    <message>
        <source>version %1 does not exist</source>
        <translation>la version %1 n’existe pas</translation>
    </message>
    <message>
        <source>the file is %1 MiB, above the %2 MiB limit of a capture</source>
        <translation>le fichier fait %1 Mio, au-delà de la limite de %2 Mio d’une capture</translation>
    </message>
    <message>
        <source>the file ends early (truncated?)</source>
        <translation>le fichier se termine trop tôt (tronqué ?)</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>JSON non valide à l’octet %1 : %2</translation>
    </message>
    <message>
        <source>not a Stichotrope capture: the top level is not a JSON object</source>
        <translation>ce n’est pas une capture Stichotrope : le niveau supérieur n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>cannot open &apos;%1&apos;: no such file</source>
        <translation>impossible d’ouvrir « %1 » : fichier introuvable</translation>
    </message>
    <message>
        <source>cannot open &apos;%1&apos;: the file is %2 MiB, above the %3 MiB limit of a capture</source>
        <translation>impossible d’ouvrir « %1 » : le fichier fait %2 Mio, au-delà de la limite de %3 Mio d’une capture</translation>
    </message>
    <message>
        <source>cannot open &apos;%1&apos;: %2</source>
        <translation>impossible d’ouvrir « %1 » : %2</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>chaîne attendue, trouvé %1</translation>
    </message>
    <message>
        <source>expected a non-negative integer, found %1</source>
        <translation>entier positif ou nul attendu, trouvé %1</translation>
    </message>
    <message>
        <source>%1 is above the largest allowed value, %2</source>
        <translation>%1 dépasse la plus grande valeur permise, %2</translation>
    </message>
    <message>
        <source>%1 is another thread&apos;s id too; each thread needs its own</source>
        <translation>%1 est aussi l&apos;identifiant d&apos;un autre thread ; chaque thread a besoin du sien</translation>
    </message>
</context>
<context>
    <name>CaptureWriter</name>
    <message>
        <source>cannot write &apos;%1&apos;: the capture is %2 MiB, above the %3 MiB a capture may have; shorten the flame chart&apos;s window</source>
        <translation>impossible d’écrire « %1 » : la capture fait %2 Mio, au-delà des %3 Mio permis ; raccourcissez la fenêtre de la chronologie</translation>
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
        <source>Timeline events kept per thread, 1024-67108864 (default 262144; 1048576 with --headless).</source>
        <translation>Événements de chronologie conservés par thread, de 1024 à 67108864 (262144 par défaut ; 1048576 avec --headless).</translation>
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
    <message>
        <source>Compare two captures, OLD and NEW (the two file arguments): opens the comparison view, or prints it as CSV with --headless.</source>
        <translation>Comparer deux captures, ANCIENNE et NOUVELLE (les deux fichiers en arguments) : ouvre la vue de comparaison, ou l’écrit au format CSV avec --headless.</translation>
    </message>
    <message>
        <source>No window: run the workload for --duration seconds (or read the capture given), write --export and exit; 0 on success, 1 on failure.</source>
        <translation>Sans fenêtre : exécuter la charge pendant --duration secondes (ou lire la capture donnée), écrire --export et quitter ; 0 en cas de succès, 1 en cas d’échec.</translation>
    </message>
    <message>
        <source>With --headless: seconds the workload runs, 0.1-86400 (default 5).</source>
        <translation>Avec --headless : durée d’exécution de la charge en secondes, de 0,1 à 86400 (5 par défaut).</translation>
    </message>
    <message>
        <source>With --headless: write this file; the format follows the extension (.json capture, .csv, .trace.json Chrome trace, .speedscope.json) unless --format says.</source>
        <translation>Avec --headless : écrire ce fichier ; le format suit l’extension (.json capture, .csv, .trace.json trace Chrome, .speedscope.json) sauf si --format l’indique.</translation>
    </message>
    <message>
        <source>Format of --export: capture, csv, chrome-trace or speedscope.</source>
        <translation>Format de --export : capture, csv, chrome-trace ou speedscope.</translation>
    </message>
    <message>
        <source>A capture file to open (read-only).</source>
        <translation>Un fichier de capture à ouvrir (en lecture seule).</translation>
    </message>
    <message>
        <source>--compare needs two capture files, OLD and NEW, not %1</source>
        <translation>--compare demande deux fichiers de capture, ANCIENNE et NOUVELLE, et non %1</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;: only one capture can be opened</source>
        <translation>argument inattendu « %1 » : une seule capture peut être ouverte</translation>
    </message>
    <message>
        <source>--export, --format and --duration work with --headless only</source>
        <translation>--export, --format et --duration ne fonctionnent qu’avec --headless</translation>
    </message>
    <message>
        <source>--headless needs --export FILE (or --compare OLD NEW)</source>
        <translation>--headless demande --export FICHIER (ou --compare ANCIENNE NOUVELLE)</translation>
    </message>
    <message>
        <source>--export needs a file name</source>
        <translation>--export demande un nom de fichier</translation>
    </message>
    <message>
        <source>--format must be one of %1, not &apos;%2&apos;</source>
        <translation>--format doit valoir l’un de %1, et non « %2 »</translation>
    </message>
    <message>
        <source>cannot tell the format of &apos;%1&apos; from its extension; add --format %2</source>
        <translation>impossible de déduire le format de « %1 » de son extension ; ajoutez --format %2</translation>
    </message>
    <message>
        <source>a comparison exports as CSV only</source>
        <translation>une comparaison ne s’exporte qu’au format CSV</translation>
    </message>
    <message>
        <source>With --compare: the value compared, sorted by and coloured by: %1 (default %2).</source>
        <translation>Avec --compare : la valeur comparée, qui sert au tri et aux couleurs : %1 (par défaut %2).</translation>
    </message>
    <message>
        <source>--metric must be one of %1, not &apos;%2&apos;</source>
        <translation>--metric doit valoir l’un de %1, et non « %2 »</translation>
    </message>
    <message>
        <source>--metric works with --compare only</source>
        <translation>--metric ne s’emploie qu’avec --compare</translation>
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
    <name>Headless</name>
    <message>
        <source>cannot write the comparison to standard output</source>
        <translation>impossible d’écrire la comparaison sur la sortie standard</translation>
    </message>
    <message>
        <source>cannot tell the format of &apos;%1&apos;</source>
        <translation>impossible de déterminer le format de « %1 »</translation>
    </message>
    <message>
        <source>wrote &apos;%1&apos;: %2 threads, %3 blocks, %4 timeline events</source>
        <translation>« %1 » écrit : %2 threads, %3 blocs, %4 événements de chronologie</translation>
    </message>
</context>
<context>
    <name>HelpText</name>
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
    <message>
        <source>&lt;h2&gt;Quick start&lt;/h2&gt;&lt;h3&gt;Watch the demo&lt;/h3&gt;&lt;p&gt;The viewer starts with an instrumented demo workload running. Its threads appear in &lt;b&gt;Threads&lt;/b&gt;, their blocks in the central table and the last seconds in the &lt;b&gt;Flame chart&lt;/b&gt;; every view updates at each poll.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Select a block to plot it and compare it across threads (&lt;b&gt;Block by thread&lt;/b&gt;).&lt;/li&gt;&lt;li&gt;Select threads to show only them in the other views; Esc shows all of them again.&lt;/li&gt;&lt;li&gt;Check or uncheck a track, or press %1 to %2, to turn its recording on or off.&lt;/li&gt;&lt;li&gt;%3 starts and stops the workload, %4 pauses polling, %5 zeroes the statistics.&lt;/li&gt;&lt;li&gt;In the flame chart the mouse wheel zooms (Ctrl+wheel: the lanes) and dragging pans; %6, %7 and %8 zoom from the keyboard. Click a block to select it everywhere. Shift+drag marks a time range: &lt;b&gt;Range&lt;/b&gt; sums the blocks that began and ended in it (Esc removes it).&lt;/li&gt;&lt;li&gt;%17, or the block table&apos;s context menu, zooms the flame chart to the selected block&apos;s longest run: the outlier behind its Max and p99.&lt;/li&gt;&lt;li&gt;%9 filters the block table; Ctrl+C copies the selected rows, the context menu copies them as CSV.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Save, open and compare runs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;%10 saves what the views show as a capture file; %11 opens one read-only in the same views, while the live session waits. %12 returns to it.&lt;/li&gt;&lt;li&gt;%13 exports the block table as CSV; &lt;b&gt;File › Export&lt;/b&gt; also writes one thread, the timeline as a Chrome trace (Perfetto) and the call trees for speedscope.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Compare&lt;/b&gt; puts two runs side by side, largest changes first: the shown view against a capture, two captures, or the live session against a baseline taken with %14.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Instrument your program&lt;/h3&gt;&lt;p&gt;Mark blocks with the engine&apos;s macros and link &lt;code&gt;Stichotrope::engine&lt;/code&gt;, a C++20 library without Qt:&lt;/p&gt;%15&lt;h3&gt;Watch your own program&lt;/h3&gt;&lt;p&gt;Add the viewer&apos;s panel, the same widget this window is made of, to your Qt application with your own &lt;code&gt;Profiler&lt;/code&gt;:&lt;/p&gt;%16&lt;p&gt;The README describes every view and the file formats in detail.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Prise en main&lt;/h2&gt;&lt;h3&gt;Observer la démonstration&lt;/h3&gt;&lt;p&gt;La visionneuse démarre avec une charge de démonstration instrumentée en cours d’exécution. Ses threads apparaissent dans &lt;b&gt;Threads&lt;/b&gt;, leurs blocs dans le tableau central et les dernières secondes dans la &lt;b&gt;Chronologie&lt;/b&gt; ; chaque vue se met à jour à chaque relevé.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Sélectionnez un bloc pour tracer ses courbes et le comparer d’un thread à l’autre (&lt;b&gt;Bloc par thread&lt;/b&gt;).&lt;/li&gt;&lt;li&gt;Sélectionnez des threads pour n’afficher qu’eux dans les autres vues ; Échap les réaffiche tous.&lt;/li&gt;&lt;li&gt;Cochez ou décochez une piste, ou appuyez sur %1 à %2, pour activer ou désactiver son enregistrement.&lt;/li&gt;&lt;li&gt;%3 démarre et arrête la charge, %4 suspend les relevés, %5 remet les statistiques à zéro.&lt;/li&gt;&lt;li&gt;Dans la chronologie, la molette zoome (Ctrl+molette : les lignes) et le glisser déplace la vue ; %6, %7 et %8 zooment au clavier. Un clic sur un bloc le sélectionne partout. Maj+glisser marque un intervalle de temps : &lt;b&gt;Intervalle&lt;/b&gt; additionne les blocs qui y ont commencé et fini (Échap le retire).&lt;/li&gt;&lt;li&gt;%17, ou le menu contextuel du tableau des blocs, zoome la chronologie sur la plus longue exécution du bloc sélectionné : la valeur aberrante derrière son Max et son p99.&lt;/li&gt;&lt;li&gt;%9 filtre le tableau des blocs ; Ctrl+C copie les lignes sélectionnées, le menu contextuel les copie au format CSV.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Enregistrer, ouvrir et comparer des exécutions&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;%10 enregistre ce que montrent les vues dans un fichier de capture ; %11 en ouvre une en lecture seule dans les mêmes vues, pendant que la session en direct attend. %12 y ramène.&lt;/li&gt;&lt;li&gt;%13 exporte le tableau des blocs au format CSV ; &lt;b&gt;Fichier › Exporter&lt;/b&gt; écrit aussi un seul thread, la chronologie en trace Chrome (Perfetto) et les arbres d’appels pour speedscope.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Comparer&lt;/b&gt; met deux exécutions côte à côte, les plus grandes évolutions en tête : la vue affichée par rapport à une capture, deux captures, ou la session en direct par rapport à une référence prise avec %14.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Instrumenter votre programme&lt;/h3&gt;&lt;p&gt;Marquez les blocs avec les macros du moteur et liez &lt;code&gt;Stichotrope::engine&lt;/code&gt;, une bibliothèque C++20 sans Qt :&lt;/p&gt;%15&lt;h3&gt;Observer votre propre programme&lt;/h3&gt;&lt;p&gt;Ajoutez à votre application Qt le panneau de la visionneuse, le widget même dont cette fenêtre est faite, avec votre propre &lt;code&gt;Profiler&lt;/code&gt; :&lt;/p&gt;%16&lt;p&gt;Le README décrit en détail chaque vue et les formats de fichiers.&lt;/p&gt;</translation>
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
    <name>stichotrope::gui::CompareModel</name>
    <message>
        <source>Total time</source>
        <translation>Temps total</translation>
    </message>
    <message>
        <source>Average time</source>
        <translation>Temps moyen</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Share of total</source>
        <translation>Part du total</translation>
    </message>
    <message>
        <source>%1 hits, %2 in all</source>
        <translation>%1 appels, %2 au total</translation>
    </message>
    <message>
        <source>not in this run</source>
        <translation>absent de cette exécution</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>disparu</translation>
    </message>
    <message>
        <source>Grew by more than %1 %</source>
        <translation>En hausse de plus de %1 %</translation>
    </message>
    <message>
        <source>Shrank by more than %1 %</source>
        <translation>En baisse de plus de %1 %</translation>
    </message>
    <message>
        <source>Only in the current run</source>
        <translation>Seulement dans l’exécution actuelle</translation>
    </message>
    <message>
        <source>Only in the baseline</source>
        <translation>Seulement dans la référence</translation>
    </message>
    <message>
        <source>Within %1 %</source>
        <translation>À %1 % près</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Piste</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <source>Baseline: %1</source>
        <translation>Référence : %1</translation>
    </message>
    <message>
        <source>Current: %1</source>
        <translation>Actuel : %1</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Baseline hits</source>
        <translation>Appels (référence)</translation>
    </message>
    <message>
        <source>Current hits</source>
        <translation>Appels (actuel)</translation>
    </message>
</context>
<context>
    <name>stichotrope::gui::CompareWidget</name>
    <message>
        <source>more than the baseline (regression)</source>
        <translation>plus que la référence (régression)</translation>
    </message>
    <message>
        <source>less (improvement)</source>
        <translation>moins (amélioration)</translation>
    </message>
    <message>
        <source>within %1 %</source>
        <translation>à %1 % près</translation>
    </message>
    <message>
        <source>The value compared, sorted by and coloured by</source>
        <translation>La valeur comparée, qui sert au tri et aux couleurs</translation>
    </message>
    <message>
        <source>Blocks of all threads, or of the threads with this name</source>
        <translation>Les blocs de tous les threads, ou des threads portant ce nom</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>of</source>
        <translation>de</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;not in the baseline&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;absent de la référence&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;%1: %2 → %3 (%4×)</source>
        <translation>&lt;br&gt;%1 : %2 → %3 (%4×)</translation>
    </message>
    <message>
        <source>Flame graph by change</source>
        <translation>Graphe de flammes par évolution</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>&lt;b&gt;Baseline&lt;/b&gt; %1 &amp;nbsp;&amp;rarr;&amp;nbsp; &lt;b&gt;Current&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Référence&lt;/b&gt; %1 &amp;nbsp;&amp;rarr;&amp;nbsp; &lt;b&gt;Actuel&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>all threads</source>
        <translation>tous les threads</translation>
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
    <message>
        <source>%1 events, as many as the window keeps: the last %2 s; %3 visible, %4 boxes drawn</source>
        <translation>%1 événements, autant que la fenêtre en garde : les %2 dernières s ; %3 visibles, %4 rectangles dessinés</translation>
    </message>
    <message>
        <source>time before the last poll</source>
        <translation>temps avant le dernier relevé</translation>
    </message>
    <message>
        <source>Scroll the threads (Ctrl+wheel on the chart shows more of them)</source>
        <translation>Faire défiler les threads (Ctrl+molette sur le graphique en montre davantage)</translation>
    </message>
    <message>
        <source>The last seconds of every thread: one lane per thread, blocks stacked by call depth and coloured by track. The wheel zooms in time (Ctrl+wheel: the lanes), dragging pans and pauses, clicking a block selects it everywhere, clicking a folded run zooms into it. Shift+drag marks a time range and sums its blocks in the Range panel; Shift+click or Escape removes it.</source>
        <translation>Les dernières secondes de chaque thread : une ligne par thread, les blocs empilés par profondeur d’appel et colorés selon leur piste. La molette zoome dans le temps (Ctrl+molette : les lignes), le glisser déplace la vue et la met en pause, un clic sur un bloc le sélectionne partout, un clic sur une série regroupée zoome dessus. Maj+glisser marque un intervalle de temps et additionne ses blocs dans le panneau Intervalle ; Maj+clic ou Échap le retire.</translation>
    </message>
    <message>
        <source>Remove the time range</source>
        <translation>Retirer l’intervalle de temps</translation>
    </message>
    <message>
        <source>No run of %1 in the window.</source>
        <translation>Aucune exécution de %1 dans la fenêtre.</translation>
    </message>
    <message>
        <source>Longest run of %1: %2.</source>
        <translation>Plus longue exécution de %1 : %2.</translation>
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
    <message>
        <source>Live — Stichotrope Viewer</source>
        <translation>En direct — Visionneuse Stichotrope</translation>
    </message>
    <message>
        <source>Stichotrope captures (*.json);;All files (*)</source>
        <translation>Captures Stichotrope (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Open capture…</source>
        <translation>&amp;Ouvrir une capture…</translation>
    </message>
    <message>
        <source>Open a saved capture, read-only, in place of the live view</source>
        <translation>Ouvrir une capture enregistrée, en lecture seule, à la place de la vue en direct</translation>
    </message>
    <message>
        <source>Opens a capture file saved by this viewer or by --headless. It is shown read-only in the same views; the live session is not polled meanwhile. File › Back to the live view returns to it.</source>
        <translation>Ouvre un fichier de capture enregistré par cette visionneuse ou par --headless. Il s’affiche en lecture seule dans les mêmes vues ; la session en direct n’est pas relevée entre-temps. Fichier › Revenir à la vue en direct y ramène.</translation>
    </message>
    <message>
        <source>Open capture</source>
        <translation>Ouvrir une capture</translation>
    </message>
    <message>
        <source>&amp;Save capture…</source>
        <translation>&amp;Enregistrer la capture…</translation>
    </message>
    <message>
        <source>Save what the views show (statistics, call trees, timeline) as a capture</source>
        <translation>Enregistrer ce que montrent les vues (statistiques, arbres d’appels, chronologie) comme capture</translation>
    </message>
    <message>
        <source>Saves the latest snapshot of the shown view with the flame chart&apos;s time window to a JSON capture, to open again later or compare against. The file is written whole or not at all.</source>
        <translation>Enregistre le dernier instantané de la vue affichée, avec la fenêtre de temps de la chronologie, dans une capture JSON, pour la rouvrir plus tard ou s’y comparer. Le fichier est écrit en entier ou pas du tout.</translation>
    </message>
    <message>
        <source>Save capture</source>
        <translation>Enregistrer la capture</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Export the shown view as CSV, a Chrome trace or a speedscope profile</source>
        <translation>Exporter la vue affichée au format CSV, en trace Chrome ou en profil speedscope</translation>
    </message>
    <message>
        <source>select one thread in the Threads panel first</source>
        <translation>sélectionnez d’abord un seul thread dans le panneau Threads</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Block table as CSV…</source>
        <translation>&amp;Tableau des blocs en CSV…</translation>
    </message>
    <message>
        <source>The blocks of the selected threads, as the table shows them</source>
        <translation>Les blocs des threads sélectionnés, tels que le tableau les affiche</translation>
    </message>
    <message>
        <source>Selected &amp;thread as CSV…</source>
        <translation>Thread &amp;sélectionné en CSV…</translation>
    </message>
    <message>
        <source>The blocks of the one thread selected in Threads</source>
        <translation>Les blocs du thread sélectionné dans Threads</translation>
    </message>
    <message>
        <source>Timeline as &amp;Chrome trace…</source>
        <translation>Chronologie en trace &amp;Chrome…</translation>
    </message>
    <message>
        <source>The flame chart&apos;s events, for Perfetto or chrome://tracing</source>
        <translation>Les événements de la chronologie, pour Perfetto ou chrome://tracing</translation>
    </message>
    <message>
        <source>Chrome trace (*.trace.json *.json)</source>
        <translation>Trace Chrome (*.trace.json *.json)</translation>
    </message>
    <message>
        <source>Call trees as &amp;speedscope profile…</source>
        <translation>Arbres d’appels en profil s&amp;peedscope…</translation>
    </message>
    <message>
        <source>The merged and per-thread call trees, for speedscope</source>
        <translation>Les arbres d’appels fusionné et par thread, pour speedscope</translation>
    </message>
    <message>
        <source>speedscope (*.speedscope.json *.json)</source>
        <translation>speedscope (*.speedscope.json *.json)</translation>
    </message>
    <message>
        <source>Back to the &amp;live view</source>
        <translation>Revenir à la vue en &amp;direct</translation>
    </message>
    <message>
        <source>Leave the capture or the comparison and watch the live session again</source>
        <translation>Quitter la capture ou la comparaison et suivre de nouveau la session en direct</translation>
    </message>
    <message>
        <source>Shown view against a &amp;capture…</source>
        <translation>Vue affichée par rapport à une &amp;capture…</translation>
    </message>
    <message>
        <source>Compare what is shown (live or a capture) with a capture file as the baseline</source>
        <translation>Comparer ce qui est affiché (en direct ou une capture) à un fichier de capture pris comme référence</translation>
    </message>
    <message>
        <source>Baseline capture</source>
        <translation>Capture de référence</translation>
    </message>
    <message>
        <source>&amp;Two captures…</source>
        <translation>Deu&amp;x captures…</translation>
    </message>
    <message>
        <source>Choose a baseline (older) and a current (newer) capture and compare them</source>
        <translation>Choisir une capture de référence (plus ancienne) et une capture actuelle (plus récente) et les comparer</translation>
    </message>
    <message>
        <source>Baseline (older) capture</source>
        <translation>Capture de référence (plus ancienne)</translation>
    </message>
    <message>
        <source>Current (newer) capture</source>
        <translation>Capture actuelle (plus récente)</translation>
    </message>
    <message>
        <source>Take live &amp;baseline</source>
        <translation>Prendre le direct comme &amp;référence</translation>
    </message>
    <message>
        <source>Remember the live session&apos;s current statistics as the baseline</source>
        <translation>Retenir les statistiques actuelles de la session en direct comme référence</translation>
    </message>
    <message>
        <source>&amp;Live against the baseline</source>
        <translation>Le &amp;direct par rapport à la référence</translation>
    </message>
    <message>
        <source>Follow the live session against the baseline taken before</source>
        <translation>Suivre la session en direct par rapport à la référence prise auparavant</translation>
    </message>
    <message>
        <source>Shows two runs side by side: per block and per thread the baseline, the current value, their difference and ratio, largest changes first, and the current flame graph coloured by the change of each call path.</source>
        <translation>Affiche deux exécutions côte à côte : par bloc et par thread, la référence, la valeur actuelle, leur écart et leur rapport, les plus grandes évolutions en tête, et le graphe de flammes actuel coloré selon l’évolution de chaque chemin d’appel.</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mparer</translation>
    </message>
    <message>
        <source>%1 (capture) — Stichotrope Viewer</source>
        <translation>%1 (capture) — Visionneuse Stichotrope</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Ouvert : %1</translation>
    </message>
    <message>
        <source>a comparison is not a capture: go back to the live view or a capture to save it</source>
        <translation>une comparaison n’est pas une capture : revenez à la vue en direct ou à une capture pour l’enregistrer</translation>
    </message>
    <message>
        <source>nothing to save yet: the first poll has not completed</source>
        <translation>rien à enregistrer pour l’instant : le premier relevé n’est pas terminé</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>nothing to export: show the live view or a capture first</source>
        <translation>rien à exporter : affichez d’abord la vue en direct ou une capture</translation>
    </message>
    <message>
        <source>thread %1 is not in the shown results</source>
        <translation>le thread %1 ne figure pas dans les résultats affichés</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exporté : %1</translation>
    </message>
    <message>
        <source>%1 → %2 (comparison) — Stichotrope Viewer</source>
        <translation>%1 → %2 (comparaison) — Visionneuse Stichotrope</translation>
    </message>
    <message>
        <source>nothing to compare: show the live view or a capture first</source>
        <translation>rien à comparer : affichez d’abord la vue en direct ou une capture</translation>
    </message>
    <message>
        <source>live</source>
        <translation>en direct</translation>
    </message>
    <message>
        <source>Baseline taken: %1 blocks</source>
        <translation>Référence prise : %1 blocs</translation>
    </message>
    <message>
        <source>No poll has completed yet</source>
        <translation>Aucun relevé n’est encore terminé</translation>
    </message>
    <message>
        <source>no baseline: take one from the live session first (Compare › Take live baseline)</source>
        <translation>aucune référence : prenez-en d’abord une dans la session en direct (Comparer › Prendre le direct comme référence)</translation>
    </message>
    <message>
        <source>live baseline</source>
        <translation>référence en direct</translation>
    </message>
    <message>
        <source>Live against the baseline — Stichotrope Viewer</source>
        <translation>Direct par rapport à la référence — Visionneuse Stichotrope</translation>
    </message>
    <message>
        <source>&amp;Longest run of the selected block</source>
        <translation>Plus &amp;longue exécution du bloc sélectionné</translation>
    </message>
    <message>
        <source>Zoom the flame chart to the longest run of the selected block among the shown threads</source>
        <translation>Zoomer la chronologie sur la plus longue exécution du bloc sélectionné parmi les threads affichés</translation>
    </message>
    <message>
        <source>Last poll %1 ms, one every %2 ms (asked %3 ms)</source>
        <translation>Dernier relevé : %1 ms, un toutes les %2 ms (demandé : %3 ms)</translation>
    </message>
    <message>
        <source>Time the last poll took to read and aggregate the profiler, off the interface thread. When polls come markedly less often than asked (a poll, or updating the views, takes longer than the interval), the time between polls is shown too.</source>
        <translation>Temps qu’a pris le dernier relevé pour lire et agréger le profileur, hors du thread de l’interface. Quand les relevés arrivent nettement moins souvent que demandé (un relevé, ou la mise à jour des vues, dure plus que l’intervalle), le temps entre deux relevés est aussi affiché.</translation>
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
    <message>
        <source>Range</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>Show the longest run in the flame chart</source>
        <translation>Afficher la plus longue exécution dans la chronologie</translation>
    </message>
    <message>
        <source>Zoom the flame chart to the longest run of this block among the shown threads</source>
        <translation>Zoomer la chronologie sur la plus longue exécution de ce bloc parmi les threads affichés</translation>
    </message>
</context>
<context>
    <name>stichotrope::gui::RangeView</name>
    <message>
        <source>Remove range</source>
        <translation>Retirer l’intervalle</translation>
    </message>
    <message>
        <source>Remove the time range from the flame chart (Escape on the chart)</source>
        <translation>Retirer l’intervalle de temps de la chronologie (Échap dans la chronologie)</translation>
    </message>
    <message>
        <source>No time range.
Shift+drag across the flame chart to sum the blocks that began and ended inside a stretch of time.</source>
        <translation>Aucun intervalle de temps.
Maj+glisser sur la chronologie additionne les blocs qui ont commencé et fini dans un laps de temps.</translation>
    </message>
    <message>
        <source>The blocks that began and ended inside the time range marked on the flame chart (Shift+drag), with the block table&apos;s statistics for that stretch of time alone. Blocks cut by either edge are left out.</source>
        <translation>Les blocs qui ont commencé et fini dans l’intervalle de temps marqué sur la chronologie (Maj+glisser), avec les statistiques du tableau des blocs pour ce seul laps de temps. Les blocs coupés par l’un des bords sont laissés de côté.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; marked on the flame chart: %2 executions of blocks that began and ended in it.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; marqués sur la chronologie : %2 exécutions de blocs qui y ont commencé et fini.</translation>
    </message>
    <message>
        <source>Shift+drag across the flame chart to mark a time range.</source>
        <translation>Maj+glisser sur la chronologie pour marquer un intervalle de temps.</translation>
    </message>
    <message>
        <source>Zoom to range</source>
        <translation>Zoomer sur l’intervalle</translation>
    </message>
    <message>
        <source>Show the time range across the whole flame chart</source>
        <translation>Afficher l’intervalle de temps sur toute la largeur de la chronologie</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; marked on the flame chart: %2 executions of blocks that began and ended in it, in the selected threads.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; marqués sur la chronologie : %2 exécutions de blocs qui y ont commencé et fini, dans les threads sélectionnés.</translation>
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
