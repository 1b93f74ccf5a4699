#include "CommandLine.hpp"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace stichotrope::gui {

namespace {

// Whole-string integer in [low, high], or an explanation.
bool parseInt(const QString& name, const QString& value, int low, int high, int& out, QString& error)
{
    bool ok = false;
    const int v = value.toInt(&ok);
    if (!ok || v < low || v > high) {
        error = QCoreApplication::translate("CommandLine", "--%1 must be an integer from %2 to %3, not '%4'")
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
        error = QCoreApplication::translate("CommandLine", "--%1 must be a number from %2 to %3, not '%4'")
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

CommandLineResult parseCommandLine(const QStringList& arguments)
{
    auto tr = [](const char* s) { return QCoreApplication::translate("CommandLine", s); };
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Live viewer of the Stichotrope profiler: runs an instrumented demo workload in this process "
           "and shows its blocks, threads and timeline as they run."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version and exit."));
    const QCommandLineOption threads({QStringLiteral("t"), QStringLiteral("threads")},
                                     tr("Demo worker threads, 1-64 (default 8)."), QStringLiteral("N"));
    const QCommandLineOption pollMs({QStringLiteral("p"), QStringLiteral("poll-ms")},
                                    tr("Poll interval in milliseconds, 10-60000 (default: last used, or 200)."),
                                    QStringLiteral("MS"));
    const QCommandLineOption noWorkload(QStringLiteral("no-workload"), tr("Do not start the demo workload."));
    const QCommandLineOption paused(QStringLiteral("paused"), tr("Start with polling paused."));
    const QCommandLineOption window(QStringLiteral("window-seconds"),
                                    tr("Time window of the flame chart in seconds, 0.5-600 (default 10)."),
                                    QStringLiteral("S"));
    const QCommandLineOption capacity(QStringLiteral("timeline-capacity"),
                                      tr("Timeline events kept per thread, 1024-67108864 (default 1048576)."),
                                      QStringLiteral("N"));
    const QCommandLineOption theme(QStringLiteral("theme"), tr("Colour theme: light or dark (default: last used)."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption quitAfter(QStringLiteral("quit-after"), tr("Quit after S seconds (for demos and tests)."),
                                       QStringLiteral("S"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        tr("With --quit-after: save the window to this PNG file before quitting."),
                                        QStringLiteral("FILE"));
    parser.addOptions({help, version, threads, pollMs, noWorkload, paused, window, capacity, theme, quitAfter,
                       screenshot});

    CommandLineResult result;
    auto fail = [&result](const QString& message) {
        result.action = CommandLineResult::Action::Error;
        result.text = message;
        return result;
    };
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
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
            return fail(tr("--timeline-capacity must be an integer from 1024 to 67108864, not '%1'")
                            .arg(parser.value(capacity)));
        o.timelineCapacity = v;
    }
    if (parser.isSet(theme)) {
        o.theme = parser.value(theme).toLower();
        if (o.theme != QLatin1String("light") && o.theme != QLatin1String("dark"))
            return fail(tr("--theme must be 'light' or 'dark', not '%1'").arg(parser.value(theme)));
    }
    if (parser.isSet(quitAfter)
        && !parseDouble(QStringLiteral("quit-after"), parser.value(quitAfter), 0.1, 86400.0, o.quitAfterSeconds, error))
        return fail(error);
    o.screenshot = parser.value(screenshot);
    o.workload = !parser.isSet(noWorkload);
    o.paused = parser.isSet(paused);
    return result;
}

} // namespace stichotrope::gui
