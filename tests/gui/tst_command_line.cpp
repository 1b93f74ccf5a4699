// The viewer's command line: defaults, every option, and bad values that the
// executable rejects with a clear message and exit code 2.
#include "gui_test_support.hpp"
#include "app/CommandLine.hpp"

#include <QProcess>

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
        QTest::newRow("positional") << QStringList{"extra"} << "unexpected argument 'extra'";
    }
    void badValues()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CommandLineResult r = parse(args);
        QCOMPARE(r.action, Action::Error);
        QVERIFY2(r.text.contains(message), qPrintable(r.text));
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
