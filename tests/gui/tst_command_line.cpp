// The viewer's command line: defaults, every option, and bad values that the
// executable rejects with a clear message and exit code 2.
#include "gui_test_support.hpp"
#include "app/CommandLine.hpp"
#include "capture/CaptureReader.hpp"

#include <stichotrope/profiler.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace stichotrope::gui;
using Action = CommandLineResult::Action;

namespace {

CommandLineResult parse(QStringList args)
{
    args.prepend(QStringLiteral("stichotrope-viewer"));
    return parseCommandLine(args);
}

} // namespace

class TestCommandLine : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { stichotrope::test::failOnWarnings(); }
    void cleanup() { stichotrope::test::checkWarnings(); }

    void defaults()
    {
        const CommandLineResult r = parse({});
        QCOMPARE(r.action, Action::Run);
        QCOMPARE(r.options.threads, 8);
        QCOMPARE(r.options.pollMs, 0); // the saved interval applies
        QVERIFY(r.options.workload);
        QVERIFY(!r.options.paused);
        // The window's rings span polls, not the whole run; headless
        // exports keep the engine's default (0 = not set).
        QCOMPARE(r.options.timelineCapacity, kViewerTimelineCapacity);
        QVERIFY(kViewerTimelineCapacity < stichotrope::Profiler("defaults").timeline_capacity());
        QCOMPARE(parse({"--headless", "--export", "x.json"}).options.timelineCapacity, 0u);
        QCOMPARE(parse({"--headless", "--export", "x.json", "--timeline-capacity", "2048"}).options.timelineCapacity,
                 2048u);
    }

    void everyOption()
    {
        const CommandLineResult r = parse({"--threads", "64", "--poll-ms", "100", "--no-workload", "--paused",
                                           "--window-seconds", "2.5", "--timeline-capacity", "4096", "--theme",
                                           "Dark", "--lang", "de", "--quit-after", "3", "--screenshot", "x.png"});
        QCOMPARE(r.action, Action::Run);
        QCOMPARE(r.options.threads, 64);
        QCOMPARE(r.options.pollMs, 100);
        QVERIFY(!r.options.workload);
        QVERIFY(r.options.paused);
        QCOMPARE(r.options.windowSeconds, 2.5);
        QCOMPARE(r.options.timelineCapacity, 4096u);
        QCOMPARE(r.options.theme, QStringLiteral("dark"));
        QCOMPARE(r.options.language, QStringLiteral("de"));
        QCOMPARE(r.options.quitAfterSeconds, 3.0);
        QCOMPARE(r.options.screenshot, QStringLiteral("x.png"));
        QCOMPARE(parse({"-t", "3"}).options.threads, 3);
        QCOMPARE(parse({"--theme", "system"}).options.theme, QStringLiteral("system"));
    }

    void languageIsReadBeforeParsing()
    {
        const QString program = QStringLiteral("stichotrope-viewer");
        QCOMPARE(languageArgument({program, "--threads", "2", "--lang", "fr"}), QStringLiteral("fr"));
        QCOMPARE(languageArgument({program, "--lang=de", "--help"}), QStringLiteral("de"));
        QCOMPARE(languageArgument({program, "--threads", "2"}), QString());
        QCOMPARE(languageArgument({program, "--lang"}), QString()); // the parser reports the missing value
    }

    void helpAndVersion()
    {
        const CommandLineResult help = parse({"--help"});
        QCOMPARE(help.action, Action::Help);
        for (const char* option : {"--threads", "--poll-ms", "--no-workload", "--paused", "--window-seconds",
                                   "--timeline-capacity"})
            QVERIFY2(help.text.contains(QLatin1String(option)), option);
        QCOMPARE(parse({"--version"}).action, Action::Version);
    }

    void badValues_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("threads 0") << QStringList{"--threads", "0"} << "--threads must be an integer from 1 to 64";
        QTest::newRow("threads 65") << QStringList{"--threads", "65"} << "--threads must be an integer from 1 to 64";
        QTest::newRow("threads text") << QStringList{"--threads", "many"} << "not 'many'";
        QTest::newRow("poll 5") << QStringList{"--poll-ms", "5"} << "--poll-ms must be an integer from 10 to 60000";
        QTest::newRow("window") << QStringList{"--window-seconds", "-1"} << "--window-seconds must be a number";
        QTest::newRow("capacity") << QStringList{"--timeline-capacity", "12"} << "--timeline-capacity must be";
        QTest::newRow("theme") << QStringList{"--theme", "pink"} << "--theme must be 'system', 'light' or 'dark'";
        QTest::newRow("lang") << QStringList{"--lang", "xx"} << "--lang must be one of de, en, fr, not 'xx'";
        QTest::newRow("unknown") << QStringList{"--frobnicate"} << "frobnicate";
        QTest::newRow("missing value") << QStringList{"--threads"} << "threads";
        QTest::newRow("two captures") << QStringList{"a.json", "extra"} << "unexpected argument 'extra'";
        QTest::newRow("compare one") << QStringList{"--compare", "a.json"} << "--compare needs two capture files";
        QTest::newRow("metric without compare") << QStringList{"--metric", "total"} << "--metric works with --compare only";
        QTest::newRow("unknown metric") << QStringList{"--compare", "a.json", "b.json", "--metric", "speed"}
                                        << "--metric must be one of total, average, hits, share, not 'speed'";
        QTest::newRow("headless alone") << QStringList{"--headless"} << "--headless needs --export FILE";
        QTest::newRow("export without headless") << QStringList{"--export", "x.json"} << "work with --headless only";
        QTest::newRow("unknown extension") << QStringList{"--headless", "--export", "x.txt"}
                                           << "cannot tell the format of 'x.txt' from its extension";
        QTest::newRow("unknown format") << QStringList{"--headless", "--export", "x", "--format", "pdf"}
                                        << "--format must be one of capture, csv, chrome-trace, speedscope, not 'pdf'";
        QTest::newRow("duration") << QStringList{"--headless", "--export", "x.csv", "--duration", "0"}
                                  << "--duration must be a number from 0.1 to 86400";
    }
    void badValues()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CommandLineResult r = parse(args);
        QCOMPARE(r.action, Action::Error);
        QVERIFY2(r.text.contains(message), qPrintable(r.text));
    }

    void captureArguments()
    {
        const CommandLineResult open = parse({"run.json"});
        QCOMPARE(open.action, Action::Run);
        QCOMPARE(open.options.captureFile, QStringLiteral("run.json"));
        const CommandLineResult compare = parse({"--compare", "old.json", "new.json", "--headless"});
        QCOMPARE(compare.action, Action::Run);
        QCOMPARE(compare.options.compareFiles, (QStringList{"old.json", "new.json"}));
        QVERIFY(compare.options.headless);
        QCOMPARE(compare.options.compareMetric, CompareMetric::Average);
        QCOMPARE(parse({"--compare", "a.json", "b.json", "--metric", "Total"}).options.compareMetric, CompareMetric::Total);
        const CommandLineResult exp = parse({"--headless", "--duration", "2", "--export", "t.json", "--format", "chrome-trace"});
        QCOMPARE(exp.options.durationSeconds, 2.0);
        QCOMPARE(exp.options.exportFile, QStringLiteral("t.json"));
        QCOMPARE(exp.options.exportFormat, QStringLiteral("chrome-trace"));
    }

    // The executable without a window: exports, conversions, comparisons and
    // their exit codes (0 written, 1 failed with a message, 2 bad usage).
    void headlessExportExitCodes()
    {
        QTemporaryDir dir;
        auto run = [](const QStringList& args, QString* out = nullptr, QString* err = nullptr) {
            QProcess viewer;
            viewer.start(QStringLiteral(STICHOTROPE_VIEWER_PATH), args);
            if (!viewer.waitForFinished(60000)) // watchdog
                return -1;
            if (out)
                *out = QString::fromUtf8(viewer.readAllStandardOutput());
            if (err)
                *err = QString::fromLocal8Bit(viewer.readAllStandardError());
            return viewer.exitCode();
        };
        const QString capture = dir.filePath(QStringLiteral("run.json"));
        QString out;
        QString err;
        QCOMPARE(run({"--headless", "--duration", "0.3", "--threads", "2", "--export", capture}, &out, &err), 0);
        QVERIFY2(out.contains("2 threads"), qPrintable(out + err));
        QVERIFY(readCapture(capture).capture.has_value());
        // Conversions of that capture, by extension and by flag.
        const QString csv = dir.filePath(QStringLiteral("run.csv"));
        QCOMPARE(run({"--headless", capture, "--export", csv}), 0);
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QVERIFY(csvFile.readLine().startsWith("Track,Block Name,Hit Count,Total Time (ns)"));
        const QString trace = dir.filePath(QStringLiteral("run.trace.json"));
        QCOMPARE(run({"--headless", capture, "--export", trace}), 0);
        QFile traceFile(trace);
        QVERIFY(traceFile.open(QIODevice::ReadOnly));
        QVERIFY(QJsonDocument::fromJson(traceFile.readAll()).object().value("traceEvents").isArray());
        const QString ss = dir.filePath(QStringLiteral("run.out"));
        QCOMPARE(run({"--headless", capture, "--export", ss, "--format", "speedscope"}), 0);
        // Comparison as CSV on standard output.
        QCOMPARE(run({"--headless", "--compare", capture, capture}, &out), 0);
        QVERIFY2(out.startsWith("Scope,Track,Block Name,Baseline Hit Count"), qPrintable(out));
        QVERIFY(out.contains(",average,"));
        QVERIFY(out.contains(",same\n"));
        QCOMPARE(run({"--headless", "--compare", capture, capture, "--metric", "hits"}, &out), 0);
        QVERIFY2(out.section(QLatin1Char('\n'), 1, 1).contains(",hits,"), qPrintable(out));
        // Failures: 1 with the reason; nothing half-written.
        const QString denied = dir.filePath(QStringLiteral("missing-dir/run.json"));
        QCOMPARE(run({"--headless", capture, "--export", denied}, nullptr, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("cannot write '%1'").arg(denied)), qPrintable(err));
        QFile bad(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"format\": \"stichotrope-capture\", \"version\": 7}");
        bad.close();
        QCOMPARE(run({"--headless", "--compare", bad.fileName(), capture}, nullptr, &err), 1);
        QVERIFY2(err.contains("version: version 7 is newer"), qPrintable(err));
        QCOMPARE(run({"--headless", bad.fileName(), "--export", csv}, nullptr, &err), 1);
        QCOMPARE(run({"--headless", "--export", dir.filePath("x.txt")}, nullptr, &err), 2);
        // The GUI refuses a bad capture on the command line before any window.
        QCOMPARE(run({bad.fileName()}, nullptr, &err), 1);
        QVERIFY2(err.contains("newer"), qPrintable(err));
    }

    void executableExitsWithCode2()
    {
        // The messages checked are the English ones, whatever the machine's language.
        QProcessEnvironment english = QProcessEnvironment::systemEnvironment();
        english.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        english.remove(QStringLiteral("LANGUAGE"));
        QProcess viewer;
        viewer.setProcessEnvironment(english);
        viewer.start(QStringLiteral(STICHOTROPE_VIEWER_PATH), {"--threads", "0"});
        QVERIFY(viewer.waitForFinished(10000));
        QCOMPARE(viewer.exitCode(), 2);
        const QString err = QString::fromLocal8Bit(viewer.readAllStandardError());
        QVERIFY2(err.contains("--threads must be an integer from 1 to 64, not '0'"), qPrintable(err));
        QVERIFY(err.contains("--help"));

        QProcess help;
        help.setProcessEnvironment(english);
        help.start(QStringLiteral(STICHOTROPE_VIEWER_PATH), {"--help"});
        QVERIFY(help.waitForFinished(10000));
        QCOMPARE(help.exitCode(), 0);
        QVERIFY(QString::fromLocal8Bit(help.readAllStandardOutput()).contains("--no-workload"));
    }
};

STICHO_GUI_TEST_MAIN(TestCommandLine, QCoreApplication)
#include "tst_command_line.moc"
