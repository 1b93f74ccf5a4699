#include "CommandLine.hpp"

#include "capture/ExportFormat.hpp"
#include "widgets/Translations.hpp"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace stichotrope::gui {

namespace {

// The translation context "CommandLine", for lupdate and at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// Whole-string integer in [low, high], or an explanation.
bool parseInt(const QString& name, const QString& value, int low, int high, int& out, QString& error)
{
    bool ok = false;
    const int v = value.toInt(&ok);
    if (!ok || v < low || v > high) {
        error = Text::tr("--%1 must be an integer from %2 to %3, not '%4'")
                    .arg(name)
                    .arg(low)
                    .arg(high)
                    .arg(value);
        return false;
    }
    out = v;
    return true;
}

bool parseDouble(const QString& name, const QString& value, double low, double high, double& out, QString& error)
{
    bool ok = false;
    const double v = value.toDouble(&ok);
    if (!ok || !(v >= low && v <= high)) {
        error = Text::tr("--%1 must be a number from %2 to %3, not '%4'")
                    .arg(name)
                    .arg(low)
                    .arg(high)
                    .arg(value);
        return false;
    }
    out = v;
    return true;
}

} // namespace

QString languageArgument(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (a == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments[i + 1];
        if (a.startsWith(QLatin1String("--lang=")))
            return a.mid(7);
        if (a == QLatin1String("--"))
            break;
    }
    return {};
}

CommandLineResult parseCommandLine(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Live viewer of the Stichotrope profiler: runs an instrumented demo workload in this process "
                 "and shows its blocks, threads and timeline as they run."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")}, Text::tr("Show the version and exit."));
    const QCommandLineOption threads({QStringLiteral("t"), QStringLiteral("threads")},
                                     Text::tr("Demo worker threads, 1-64 (default 8)."), QStringLiteral("N"));
    const QCommandLineOption pollMs({QStringLiteral("p"), QStringLiteral("poll-ms")},
                                    Text::tr("Poll interval in milliseconds, 10-60000 (default: last used, or 200)."),
                                    QStringLiteral("MS"));
    const QCommandLineOption noWorkload(QStringLiteral("no-workload"), Text::tr("Do not start the demo workload."));
    const QCommandLineOption paused(QStringLiteral("paused"), Text::tr("Start with polling paused."));
    const QCommandLineOption window(QStringLiteral("window-seconds"),
                                    Text::tr("Time window of the flame chart in seconds, 0.5-600 (default 10)."),
                                    QStringLiteral("S"));
    const QCommandLineOption capacity(QStringLiteral("timeline-capacity"),
                                      Text::tr("Timeline events kept per thread, 1024-67108864 (default 262144; 1048576 with --headless)."),
                                      QStringLiteral("N"));
    const QCommandLineOption theme(QStringLiteral("theme"),
                                   Text::tr("Colour theme: system, light or dark (default: last used, or system)."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  Text::tr("Language of the interface: %1 (default: the system's).")
                                      .arg(availableLanguages().join(QStringLiteral(", "))),
                                  QStringLiteral("CODE"));
    const QCommandLineOption quitAfter(QStringLiteral("quit-after"), Text::tr("Quit after S seconds (for demos and tests)."),
                                       QStringLiteral("S"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        Text::tr("With --quit-after: save the window to this PNG file before quitting."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption compare(QStringLiteral("compare"),
                                     Text::tr("Compare two captures, OLD and NEW (the two file arguments): opens the "
                                              "comparison view, or prints it as CSV with --headless."));
    const QCommandLineOption metric(QStringLiteral("metric"),
                                    Text::tr("With --compare: the value compared, sorted by and coloured by: %1 "
                                             "(default %2).")
                                        .arg(compareMetricKeys().join(QStringLiteral(", ")),
                                             compareMetricKey(kDefaultCompareMetric)),
                                    QStringLiteral("NAME"));
    const QCommandLineOption headless(QStringLiteral("headless"),
                                      Text::tr("No window: run the workload for --duration seconds (or read the capture "
                                               "given), write --export and exit; 0 on success, 1 on failure."));
    const QCommandLineOption duration(QStringLiteral("duration"),
                                      Text::tr("With --headless: seconds the workload runs, 0.1-86400 (default 5)."),
                                      QStringLiteral("S"));
    const QCommandLineOption exportFile(QStringLiteral("export"),
                                        Text::tr("With --headless: write this file; the format follows the extension "
                                                 "(.json capture, .csv, .trace.json Chrome trace, .speedscope.json) "
                                                 "unless --format says."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    Text::tr("Format of --export: capture, csv, chrome-trace or speedscope."),
                                    QStringLiteral("NAME"));
    parser.addOptions({help, version, threads, pollMs, noWorkload, paused, window, capacity, theme, lang,
                       quitAfter, screenshot, compare, metric, headless, duration, exportFile, format});
    parser.addPositionalArgument(QStringLiteral("capture"), Text::tr("A capture file to open (read-only)."),
                                 QStringLiteral("[capture.json]"));

    CommandLineResult result;
    auto fail = [&result](const QString& message) {
        result.action = CommandLineResult::Action::Error;
        result.text = message;
        return result;
    };
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(help)) {
        result.action = CommandLineResult::Action::Help;
        result.text = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.action = CommandLineResult::Action::Version;
        result.text = QStringLiteral("stichotrope-viewer %1").arg(QStringLiteral(STICHOTROPE_VERSION));
        return result;
    }

    ViewerOptions& o = result.options;
    QString error;
    if (parser.isSet(threads) && !parseInt(QStringLiteral("threads"), parser.value(threads), 1, 64, o.threads, error))
        return fail(error);
    o.pollMs = 0; // 0 = not given: the saved interval applies
    if (parser.isSet(pollMs) && !parseInt(QStringLiteral("poll-ms"), parser.value(pollMs), 10, 60000, o.pollMs, error))
        return fail(error);
    if (parser.isSet(window)
        && !parseDouble(QStringLiteral("window-seconds"), parser.value(window), 0.5, 600.0, o.windowSeconds, error))
        return fail(error);
    if (parser.isSet(capacity)) {
        bool ok = false;
        const qulonglong v = parser.value(capacity).toULongLong(&ok);
        if (!ok || v < 1024 || v > (qulonglong(1) << 26))
            return fail(Text::tr("--timeline-capacity must be an integer from 1024 to 67108864, not '%1'")
                            .arg(parser.value(capacity)));
        o.timelineCapacity = v;
    }
    if (parser.isSet(theme)) {
        o.theme = parser.value(theme).toLower();
        if (o.theme != QLatin1String("system") && o.theme != QLatin1String("light") && o.theme != QLatin1String("dark"))
            return fail(Text::tr("--theme must be 'system', 'light' or 'dark', not '%1'").arg(parser.value(theme)));
    }
    if (parser.isSet(lang)) {
        o.language = parser.value(lang);
        if (!availableLanguages().contains(o.language))
            return fail(Text::tr("--lang must be one of %1, not '%2'")
                            .arg(availableLanguages().join(QStringLiteral(", ")), o.language));
    }
    if (parser.isSet(quitAfter)
        && !parseDouble(QStringLiteral("quit-after"), parser.value(quitAfter), 0.1, 86400.0, o.quitAfterSeconds, error))
        return fail(error);
    o.screenshot = parser.value(screenshot);

    const QStringList files = parser.positionalArguments();
    if (parser.isSet(compare)) {
        if (files.size() != 2)
            return fail(Text::tr("--compare needs two capture files, OLD and NEW, not %1").arg(files.size()));
        o.compareFiles = files;
        if (parser.isSet(metric)) {
            const auto m = compareMetricFromKey(parser.value(metric).toLower());
            if (!m)
                return fail(Text::tr("--metric must be one of %1, not '%2'")
                                .arg(compareMetricKeys().join(QStringLiteral(", ")), parser.value(metric)));
            o.compareMetric = *m;
        }
    } else if (parser.isSet(metric)) {
        return fail(Text::tr("--metric works with --compare only"));
    } else if (files.size() > 1) {
        return fail(Text::tr("unexpected argument '%1': only one capture can be opened").arg(files.at(1)));
    } else if (files.size() == 1) {
        o.captureFile = files.first();
    }
    o.headless = parser.isSet(headless);
    if (parser.isSet(duration)
        && !parseDouble(QStringLiteral("duration"), parser.value(duration), 0.1, 86400.0, o.durationSeconds, error))
        return fail(error);
    o.exportFile = parser.value(exportFile);
    o.exportFormat = parser.value(format).toLower();
    if (!o.headless && (parser.isSet(exportFile) || parser.isSet(duration) || parser.isSet(format)))
        return fail(Text::tr("--export, --format and --duration work with --headless only"));
    if (o.headless && o.exportFile.isEmpty() && o.compareFiles.isEmpty())
        return fail(Text::tr("--headless needs --export FILE (or --compare OLD NEW)"));
    if (parser.isSet(exportFile) && o.exportFile.isEmpty())
        return fail(Text::tr("--export needs a file name"));
    if (!o.exportFormat.isEmpty() && !exportFormatFromName(o.exportFormat))
        return fail(Text::tr("--format must be one of %1, not '%2'")
                        .arg(exportFormatNames().join(QStringLiteral(", ")), parser.value(format)));
    if (!o.exportFile.isEmpty() && o.exportFormat.isEmpty() && !exportFormatFromPath(o.exportFile))
        return fail(Text::tr("cannot tell the format of '%1' from its extension; add --format %2")
                        .arg(o.exportFile, exportFormatNames().join(QLatin1Char('|'))));
    if (!o.compareFiles.isEmpty() && !o.exportFile.isEmpty()) {
        const auto f = o.exportFormat.isEmpty() ? exportFormatFromPath(o.exportFile) : exportFormatFromName(o.exportFormat);
        if (f != ExportFormat::Csv)
            return fail(Text::tr("a comparison exports as CSV only"));
    }
    if (!parser.isSet(capacity) && !o.headless)
        o.timelineCapacity = kViewerTimelineCapacity;
    o.workload = !parser.isSet(noWorkload);
    o.paused = parser.isSet(paused);
    return result;
}

} // namespace stichotrope::gui
