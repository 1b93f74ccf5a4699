// Translations: every catalogue is complete against the current sources (no
// unfinished, vanished or obsolete entry, placeholders kept), and the viewer
// started with --lang speaks that language, in its menus, in --help and in
// the headless mode's messages.
#include "gui_test_support.hpp"
#include "app/CommandLine.hpp"
#include "app/MainWindow.hpp"
#include "model/ThreadListModel.hpp"
#include "widgets/ProfilerWidget.hpp"
#include "widgets/ThreadsPanel.hpp"
#include "widgets/Translations.hpp"

#include <stichotrope/profiler.hpp>

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QStyle>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace stichotrope;
using namespace stichotrope::gui;

namespace {

struct Message {
    QString context;
    QString source;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per plural form
};

QList<Message> readCatalogue(const QString& path, QString& error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            m = Message{context, {}, {}, {}};
        else if (xml.name() == QLatin1String("source"))
            m.source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            // Plural forms are <numerusform> children; otherwise the text itself.
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    m.translations << xml.readElementText();
                else if (xml.isCharacters())
                    text += xml.text();
            }
            if (m.translations.isEmpty())
                m.translations << text;
            messages << m;
        }
    }
    if (xml.hasError())
        error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

// %1..%99 and %n, as a sorted list.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    found.removeDuplicates();
    return found;
}

QStringList menuTitles(const QMainWindow& window)
{
    QStringList titles;
    for (const QAction* a : window.menuBar()->actions())
        titles << a->text();
    return titles;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { stichotrope::test::failOnWarnings(); }
    void cleanup()
    {
        installTranslations(QLocale(QLocale::English));
        QLocale::setDefault(QLocale::c());
        stichotrope::test::checkWarnings();
    }

    void catalogueIsComplete_data()
    {
        QTest::addColumn<QString>("ts");
        for (const QString& ts : QStringLiteral(STICHOTROPE_TS_FILES).split(QLatin1Char('|')))
            QTest::newRow(qPrintable(QFileInfo(ts).fileName())) << ts;
    }
    void catalogueIsComplete()
    {
        QFETCH(QString, ts);
        // lupdate a copy against today's sources: strings added since the
        // last update show up as unfinished, removed ones as vanished.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QFileInfo(ts).fileName());
        QVERIFY(QFile::copy(ts, copy));
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(STICHOTROPE_LUPDATE),
                      {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-I"),
                       QStringLiteral(STICHOTROPE_GUI_DIR), QLatin1Char('@') + QStringLiteral(STICHOTROPE_TR_SOURCES_LIST),
                       QStringLiteral("-ts"), copy});
        QVERIFY2(lupdate.waitForFinished(60000), "lupdate did not finish");
        const QString log = QString::fromLocal8Bit(lupdate.readAll());
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(log));

        QString error;
        const QList<Message> messages = readCatalogue(copy, error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(messages.size() > 100, qPrintable(log));
        QStringList problems;
        for (const Message& m : messages) {
            const QString where = QStringLiteral("%1: \"%2\"").arg(m.context, m.source.left(60));
            if (m.type == QLatin1String("unfinished"))
                problems << where + QStringLiteral(" is not translated");
            else if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                problems << where + QStringLiteral(" is no longer in the sources");
            else if (std::any_of(m.translations.begin(), m.translations.end(),
                                 [](const QString& t) { return t.trimmed().isEmpty(); }))
                problems << where + QStringLiteral(" has an empty translation");
            else {
                for (const QString& t : m.translations) {
                    QStringList expected = placeholders(m.source);
                    QStringList got = placeholders(t);
                    // A plural form may spell the number out ("un thread").
                    if (m.translations.size() > 1) {
                        expected.removeAll(QStringLiteral("%n"));
                        got.removeAll(QStringLiteral("%n"));
                    }
                    if (expected != got)
                        problems << where + QStringLiteral(" has placeholders %1 in the translation, %2 in the source")
                                                .arg(got.join(QLatin1Char(' ')), expected.join(QLatin1Char(' ')));
                }
            }
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 problem(s) in %2 (refresh with the update_translations target, "
                                           "then translate):\n  %3")
                                .arg(problems.size())
                                .arg(QFileInfo(ts).fileName(), problems.join(QStringLiteral("\n  ")))));
    }

    void everyCatalogueIsEmbedded()
    {
        QCOMPARE(availableLanguages(), (QStringList{"de", "en", "fr"}));
    }

    void viewerMenusFollowLang_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("menus");
        QTest::addColumn<QString>("tracksDock");
        QTest::newRow("fr") << "fr" << QStringList{"&Fichier", "&Commandes", "Co&mparer", "Affic&hage", "&Aide"}
                            << "Pistes";
        QTest::newRow("de") << "de" << QStringList{"&Datei", "&Steuerung", "&Vergleichen", "&Ansicht", "&Hilfe"}
                            << "Spuren";
        QTest::newRow("en") << "en" << QStringList{"&File", "&Control", "Co&mpare", "&View", "&Help"} << "Tracks";
    }
    void viewerMenusFollowLang()
    {
        QFETCH(QString, lang);
        QFETCH(QStringList, menus);
        QFETCH(QString, tracksDock);
        // What main() does with --lang.
        const CommandLineResult cl = parseCommandLine({"stichotrope-viewer", "--lang", lang, "--no-workload"});
        QCOMPARE(cl.action, CommandLineResult::Action::Run);
        QLocale::setDefault(QLocale(cl.options.language));
        QVERIFY(installTranslations(QLocale()));

        Profiler profiler("translations");
        ViewerOptions options = cl.options;
        options.theme = QStringLiteral("light");
        MainWindow window(profiler, nullptr, options);
        QCOMPARE(menuTitles(window), menus);
        const auto* dock = window.profilerWidget()->findChild<QDockWidget*>(QStringLiteral("tracks"));
        QVERIFY(dock);
        QCOMPARE(dock->windowTitle(), tracksDock);
        // The thread state column fits its longest translated state, with the
        // margins the item delegate draws it with.
        const ThreadsPanel* threads = window.profilerWidget()->threadsPanel();
        const int margins = 2 * (threads->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, threads) + 1);
        for (const char* state : {"alive", "exited"})
            QVERIFY2(threads->columnWidth(ThreadListModel::StateColumn)
                         >= threads->fontMetrics().horizontalAdvance(ThreadListModel::tr(state)) + margins,
                     state);
    }

    void helpFollowsLang()
    {
        // Expected text from the catalogue itself, so the check is the
        // executable's: it installs the translation before parsing.
        QLocale::setDefault(QLocale(QStringLiteral("fr")));
        QVERIFY(installTranslations(QLocale()));
        const QString french = QCoreApplication::translate("CommandLine", "Do not start the demo workload.");
        QVERIFY(french != QLatin1String("Do not start the demo workload."));

        QProcess viewer;
        viewer.start(QStringLiteral(STICHOTROPE_VIEWER_PATH), {"--lang", "fr", "--help"});
        QVERIFY(viewer.waitForFinished(10000));
        QCOMPARE(viewer.exitCode(), 0);
        const QString help = QString::fromUtf8(viewer.readAllStandardOutput());
        QVERIFY2(help.contains(french), qPrintable(help));
    }

    void headlessMessagesFollowLang()
    {
        // The capture reader's message, as the catalogue has it.
        QLocale::setDefault(QLocale(QStringLiteral("de")));
        QVERIFY(installTranslations(QLocale()));
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("missing.json"));
        const QString german = QCoreApplication::translate("CaptureReader", "cannot open '%1': no such file").arg(missing);
        QVERIFY(!german.startsWith(QLatin1String("cannot open")));

        QProcess viewer;
        viewer.start(QStringLiteral(STICHOTROPE_VIEWER_PATH),
                     {"--lang", "de", "--headless", missing, "--export", dir.filePath(QStringLiteral("out.csv"))});
        QVERIFY(viewer.waitForFinished(10000));
        QCOMPARE(viewer.exitCode(), 1);
        const QString err = QString::fromUtf8(viewer.readAllStandardError());
        QVERIFY2(err.contains(german), qPrintable(err));
    }

    void unknownLanguageFallsBackToEnglish()
    {
        QVERIFY(!installTranslations(QLocale(QLocale::Japanese)));
        QCOMPARE(QCoreApplication::translate("stichotrope::gui::MainWindow", "&File"), QStringLiteral("&File"));
    }
};

STICHO_GUI_TEST_MAIN(TestTranslations, QApplication)
#include "tst_translations.moc"
