#include "CommandLine.hpp"

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
                                      Text::tr("Timeline events kept per thread, 1024-67108864 (default 1048576)."),
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
    parser.addOptions({help, version, threads, pollMs, noWorkload, paused, window, capacity, theme, lang,
                       quitAfter, screenshot});

    CommandLineResult result;
    auto fail = [&result](const QString& message) {
        result.action = CommandLineResult::Action::Error;
        result.text = message;
        return result;
    };
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return fail(Text::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
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
    o.workload = !parser.isSet(noWorkload);
    o.paused = parser.isSet(paused);
    return result;
}

} // namespace stichotrope::gui
