// The exported formats read by real consumers: the Chrome trace by Chrome
// DevTools' own trace model (@paulirish/trace_engine), the speedscope file
// against the schema shipped in the speedscope package plus a replay with
// the importer's rules. Their findings are checked against what the engine
// recorded: threads, events, durations.
#include "capture_test_support.hpp"
#include "gui_test_support.hpp"

#include "capture/ChromeTraceExport.hpp"
#include "capture/SpeedscopeExport.hpp"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <map>

using namespace stichotrope;
using namespace stichotrope::gui;

namespace {

// Runs a consumer script on `file` and returns its JSON report.
QJsonObject consume(const char* script, const QString& file)
{
    const QString dir = QStringLiteral(STICHOTROPE_CONSUMERS_DIR);
    if (!QDir(dir + QStringLiteral("/node_modules")).exists()) {
        QTest::qFail(qPrintable(QStringLiteral("%1/node_modules is missing: run `npm ci` there (scripts/test.sh does)")
                                    .arg(dir)),
                     __FILE__, __LINE__);
        return {};
    }
    QProcess node;
    node.setWorkingDirectory(dir);
    node.start(QStringLiteral(STICHOTROPE_NODE), {dir + QLatin1Char('/') + QLatin1String(script), file});
    if (!node.waitForFinished(60000) || node.exitCode() != 0) { // watchdog only
        QTest::qFail(qPrintable(QStringLiteral("%1 failed: %2").arg(QLatin1String(script),
                                                                     QString::fromLocal8Bit(node.readAllStandardError()))),
                     __FILE__, __LINE__);
        return {};
    }
    return QJsonDocument::fromJson(node.readAllStandardOutput()).object();
}

QString write(const QTemporaryDir& dir, const char* name, const QByteArray& bytes)
{
    QFile f(dir.filePath(QLatin1String(name)));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return f.fileName();
}

} // namespace

class TestFormatConsumers : public QObject {
    Q_OBJECT

    Capture capture_;
    QTemporaryDir dir_;

private Q_SLOTS:
    void initTestCase() { capture_ = test::recordCapture(); }
    void init() { test::failOnWarnings(); }
    void cleanup() { test::checkWarnings(); }

    void chromeTraceReadByDevToolsTraceModel()
    {
        const QString file = write(dir_, "run.trace.json", captureToChromeTrace(capture_));
        QVERIFY(!file.isEmpty());
        const QJsonObject report = consume("check_chrome_trace.mjs", file);
        const QJsonArray threads = report.value(QStringLiteral("threads")).toArray();
        QCOMPARE(threads.size(), qsizetype(test::kRunThreads));
        QCOMPARE(threads.size(), qsizetype(capture_.timeline.threads.size()));
        for (const ThreadTimeline& t : capture_.timeline.threads) {
            QJsonObject found;
            for (const QJsonValue& v : threads)
                if (v[QStringLiteral("tid")].toInteger() == qint64(t.thread_id))
                    found = v.toObject();
            QVERIFY2(!found.isEmpty(), "a thread is missing");
            QCOMPARE(found[QStringLiteral("name")].toString(), QString::fromStdString(t.name));
            QCOMPARE(found[QStringLiteral("events")].toInt(), int(t.events.size()));
            QCOMPARE(t.events.size(), std::size_t(3 * test::kRunIterations));
            // Durations per block, as the engine recorded them (ns -> µs).
            std::map<QString, std::pair<int, double>> recorded;
            double total = 0;
            for (const TimelineEvent& e : t.events) {
                auto& r = recorded[QString::fromUtf8(capture_.results.find(e.track, e.block)->name)];
                r.first += 1;
                r.second += double(e.duration_ns) / 1000.0;
                total += double(e.duration_ns) / 1000.0;
            }
            QVERIFY(qAbs(found[QStringLiteral("dur_us")].toDouble() - total) < 1e-6 * total);
            const QJsonObject byName = found[QStringLiteral("byName")].toObject();
            QCOMPARE(byName.size(), qsizetype(recorded.size()));
            for (const auto& [name, r] : recorded) {
                QCOMPARE(byName[name][QStringLiteral("count")].toInt(), r.first);
                QVERIFY2(qAbs(byName[name][QStringLiteral("dur_us")].toDouble() - r.second) < 1e-6 * r.second + 1e-3,
                         qPrintable(name));
            }
        }
    }

    void speedscopeMatchesSchemaAndTotals()
    {
        const QString file = write(dir_, "run.speedscope.json", captureToSpeedscope(capture_));
        QVERIFY(!file.isEmpty());
        const QJsonObject report = consume("check_speedscope.mjs", file);
        QVERIFY2(report[QStringLiteral("valid")].toBool(), QJsonDocument(report).toJson().constData());
        const QJsonArray profiles = report[QStringLiteral("profiles")].toArray();
        const Results& r = capture_.results;
        QCOMPARE(profiles.size(), qsizetype(r.threads.size() + 1));
        auto check = [&](const QJsonObject& profile, const CallTree& tree, const TrackMap& tracks) {
            QCOMPARE(profile[QStringLiteral("unit")].toString(), QStringLiteral("nanoseconds"));
            QCOMPARE(profile[QStringLiteral("endValue")].toInteger(), qint64(tree.nodes.at(0).total_ns));
            // No recursion in this run: a frame's open time is its block's total.
            const QJsonObject totals = profile[QStringLiteral("totals")].toObject();
            qsizetype blocks = 0;
            for (const auto& [t, track] : tracks)
                for (const auto& [b, s] : track.blocks) {
                    if (s.hit_count == 0)
                        continue;
                    ++blocks;
                    QCOMPARE(totals[QString::fromUtf8(s.name)].toInteger(), qint64(s.total_ns));
                }
            QCOMPARE(totals.size(), blocks);
        };
        check(profiles[0].toObject(), r.call_tree, r.tracks);
        for (std::size_t i = 0; i < r.threads.size(); ++i) {
            QCOMPARE(profiles[qsizetype(i + 1)][QStringLiteral("name")].toString(), QString::fromStdString(r.threads[i].name));
            check(profiles[qsizetype(i + 1)].toObject(), r.threads[i].call_tree, r.threads[i].tracks);
        }
    }
};

QTEST_GUILESS_MAIN(TestFormatConsumers)
#include "tst_format_consumers.moc"
