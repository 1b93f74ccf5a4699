// Capture files: exact round trip, one clear message naming the field for
// every kind of bad file, the size limit checked before parsing, and atomic
// writes that leave the previous file intact when they fail.
#include "capture_test_support.hpp"
#include "gui_test_support.hpp"

#include "capture/CaptureFormat.hpp"
#include "capture/CaptureReader.hpp"
#include "capture/CaptureWriter.hpp"

#include <stichotrope/export.hpp>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <csignal>
#include <functional>
#include <sys/resource.h>

using namespace stichotrope;
using namespace stichotrope::gui;

namespace {

// The value at a path like "threads/0/tracks/0/blocks/0/total_ns" replaced
// by `value` (or removed when value is undefined).
QJsonValue replaced(const QJsonValue& node, QStringList path, const QJsonValue& value)
{
    const QString key = path.takeFirst();
    if (node.isArray()) {
        QJsonArray a = node.toArray();
        const int i = key.toInt();
        a[i] = path.isEmpty() ? value : replaced(a[i], path, value);
        return a;
    }
    QJsonObject o = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        o.remove(key);
    else
        o[key] = path.isEmpty() ? value : replaced(o[key], path, value);
    return o;
}

QJsonValue at(const QJsonValue& node, const QString& path)
{
    QJsonValue v = node;
    for (const QString& key : path.split(QLatin1Char('/')))
        v = v.isArray() ? v.toArray().at(key.toInt()) : v.toObject().value(key);
    return v;
}

using Mutation = std::function<QByteArray(const QJsonObject&)>;

Mutation set(const QString& path, const QJsonValue& value)
{
    return [=](const QJsonObject& doc) {
        return QJsonDocument(replaced(doc, path.split(QLatin1Char('/')), value).toObject()).toJson();
    };
}

// Adds `delta` to the integers at each path.
Mutation add(const QStringList& paths, qint64 delta)
{
    return [=](const QJsonObject& doc) {
        QJsonValue v = doc;
        for (const QString& p : paths)
            v = replaced(v, p.split(QLatin1Char('/')), at(v, p).toInteger() + delta);
        return QJsonDocument(v.toObject()).toJson();
    };
}

void compareStats(const BlockStats& a, const BlockStats& b)
{
    QCOMPARE(b.name, a.name);
    QCOMPARE(b.file, a.file);
    QCOMPARE(b.line, a.line);
    QCOMPARE(b.hit_count, a.hit_count);
    QCOMPARE(b.total_ns, a.total_ns);
    QCOMPARE(b.min_ns, a.min_ns);
    QCOMPARE(b.max_ns, a.max_ns);
    QCOMPARE(b.bytes, a.bytes);
    QCOMPARE(b.percent_of_track, a.percent_of_track);
    QCOMPARE(b.percent_of_total, a.percent_of_total);
    QCOMPARE(b.median_ns(), a.median_ns());
    QCOMPARE(b.p90_ns(), a.p90_ns());
    QCOMPARE(b.p99_ns(), a.p99_ns());
    QCOMPARE(b.histogram.buckets().size(), a.histogram.buckets().size());
    for (std::size_t i = 0; i < a.histogram.buckets().size(); ++i) {
        QCOMPARE(b.histogram.buckets()[i].lower_ns, a.histogram.buckets()[i].lower_ns);
        QCOMPARE(b.histogram.buckets()[i].count, a.histogram.buckets()[i].count);
    }
}

void compareTracks(const TrackMap& a, const TrackMap& b)
{
    QCOMPARE(b.size(), a.size());
    for (const auto& [t, track] : a) {
        QVERIFY(b.contains(t));
        QCOMPARE(b.at(t).name, track.name);
        QCOMPARE(b.at(t).enabled, track.enabled);
        QCOMPARE(b.at(t).blocks.size(), track.blocks.size());
        for (const auto& [i, s] : track.blocks)
            compareStats(s, b.at(t).blocks.at(i));
    }
}

// Same call paths with the same numbers, whatever the node numbering.
void compareTrees(const CallTree& a, std::uint32_t na, const CallTree& b, std::uint32_t nb)
{
    const CallTreeNode& x = a.nodes[na];
    const CallTreeNode& y = b.nodes[nb];
    QCOMPARE(y.track, x.track);
    QCOMPARE(y.block, x.block);
    QCOMPARE(y.depth, x.depth);
    QCOMPARE(y.hit_count, x.hit_count);
    QCOMPARE(y.total_ns, x.total_ns);
    QCOMPARE(y.self_ns, x.self_ns);
    QCOMPARE(y.min_ns, x.min_ns);
    QCOMPARE(y.max_ns, x.max_ns);
    QCOMPARE(b.children(nb).size(), a.children(na).size());
    for (std::size_t i = 0; i < a.children(na).size(); ++i)
        compareTrees(a, a.children(na)[i], b, b.children(nb)[i]);
}

} // namespace

class TestCapture : public QObject {
    Q_OBJECT

    Capture capture_;
    QByteArray json_;

private Q_SLOTS:
    void initTestCase()
    {
        capture_ = test::recordCapture();
        json_ = captureToJson(capture_);
    }
    void init() { test::failOnWarnings(); }
    void cleanup() { test::checkWarnings(); }

    void roundTripIsByteIdentical()
    {
        const CaptureReadResult read = parseCapture(json_);
        QVERIFY2(read.capture, qPrintable(read.error));
        QCOMPARE(captureToJson(*read.capture), json_);
    }

    void everyNumberSurvives()
    {
        const CaptureReadResult read = parseCapture(json_);
        QVERIFY2(read.capture, qPrintable(read.error));
        const Results& a = capture_.results;
        const Results& b = read.capture->results;
        QCOMPARE(b.profiler_name, a.profiler_name);
        QCOMPARE(b.profiler_id, a.profiler_id);
        compareTracks(a.tracks, b.tracks);
        QCOMPARE(b.threads.size(), std::size_t(test::kRunThreads));
        QCOMPARE(b.threads.size(), a.threads.size());
        for (std::size_t i = 0; i < a.threads.size(); ++i) {
            QCOMPARE(b.threads[i].thread_id, a.threads[i].thread_id);
            QCOMPARE(b.threads[i].os_tid, a.threads[i].os_tid);
            QVERIFY(a.threads[i].os_tid != 0);
            QCOMPARE(b.threads[i].name, a.threads[i].name);
            QCOMPARE(b.threads[i].alive, a.threads[i].alive);
            compareTracks(a.threads[i].tracks, b.threads[i].tracks);
            compareTrees(a.threads[i].call_tree, 0, b.threads[i].call_tree, 0);
        }
        compareTrees(a.call_tree, 0, b.call_tree, 0);
        QCOMPARE(to_csv(b), to_csv(a));
        QCOMPARE(b.find(0, 0)->hit_count, std::uint64_t(test::kRunThreads * test::kRunIterations));

        const Timeline& ta = capture_.timeline;
        const Timeline& tb = read.capture->timeline;
        QCOMPARE(tb.now_ns, ta.now_ns);
        QCOMPARE(read.capture->window_ns, capture_.window_ns);
        QCOMPARE(tb.threads.size(), ta.threads.size());
        for (std::size_t i = 0; i < ta.threads.size(); ++i) {
            QCOMPARE(tb.threads[i].thread_id, ta.threads[i].thread_id);
            QCOMPARE(tb.threads[i].os_tid, ta.threads[i].os_tid);
            QCOMPARE(tb.threads[i].events.size(), std::size_t(3 * test::kRunIterations));
            QCOMPARE(tb.threads[i].events.size(), ta.threads[i].events.size());
            for (std::size_t j = 0; j < ta.threads[i].events.size(); ++j) {
                const TimelineEvent& x = ta.threads[i].events[j];
                const TimelineEvent& y = tb.threads[i].events[j];
                QVERIFY(x.start_ns == y.start_ns && x.duration_ns == y.duration_ns && x.track == y.track &&
                        x.block == y.block && x.depth == y.depth);
            }
        }
    }

    void fileWithoutOsThreadIdsReads()
    {
        // Files written before os_tid existed held the OS id in thread_id.
        QJsonObject d = QJsonDocument::fromJson(json_).object();
        QJsonArray threads = d[QStringLiteral("threads")].toArray();
        for (qsizetype i = 0; i < threads.size(); ++i) {
            QJsonObject t = threads[i].toObject();
            t.remove(QStringLiteral("os_tid"));
            threads[i] = t;
        }
        d[QStringLiteral("threads")] = threads;
        const CaptureReadResult read = parseCapture(QJsonDocument(d).toJson());
        QVERIFY2(read.capture, qPrintable(read.error));
        for (const ThreadResult& t : read.capture->results.threads)
            QCOMPARE(t.os_tid, t.thread_id);
    }

    void savedFileReadsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.json"));
        QString error;
        QVERIFY2(saveCapture(capture_, path, &error), qPrintable(error));
        const CaptureReadResult read = readCapture(path);
        QVERIFY2(read.capture, qPrintable(read.error));
        QCOMPARE(captureToJson(*read.capture), json_);
        QVERIFY2(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("run.json")},
                 "a temporary file was left behind");
    }

    void badFiles_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("message");
        auto raw = [](const char* bytes) { return Mutation([=](const QJsonObject&) { return QByteArray(bytes); }); };
        QTest::newRow("not JSON") << raw("hello, world") << "not valid JSON at byte 1: illegal value";
        QTest::newRow("not an object") << raw("[1, 2, 3]") << "the top level is not a JSON object";
        QTest::newRow("truncated") << Mutation([](const QJsonObject& d) {
            const QByteArray all = QJsonDocument(d).toJson();
            return all.left(all.size() / 2);
        }) << "the file ends early";
        QTest::newRow("other format") << set("format", "chrome-trace") << "format: expected \"stichotrope-capture\"";
        QTest::newRow("results export") << Mutation([](const QJsonObject&) {
            Profiler p("x");
            test::recordRun(p);
            return QByteArray::fromStdString(to_json(p.get_results()));
        }) << "format: this is a results export";
        QTest::newRow("newer version") << set("version", 2) << "version: version 2 is newer than this viewer reads (1)";
        QTest::newRow("missing field") << set("profiler", QJsonValue::Undefined) << "profiler: missing";
        QTest::newRow("name not a string") << set("tracks/0/name", 5) << "tracks[0].name: expected a string, found 5";
        QTest::newRow("count as string") << set("threads/1/tracks/0/blocks/0/hit_count", "12")
                                         << "threads[1].tracks[0].blocks[0].hit_count: expected a non-negative integer, found \"12\"";
        QTest::newRow("fraction") << set("tracks/0/blocks/1/bytes", 1.5)
                                  << "tracks[0].blocks[1].bytes: expected a non-negative integer, found 1.5";
        QTest::newRow("threads not an array") << set("threads", QJsonObject()) << "threads: expected an array, found an object";
        QTest::newRow("enabled not a bool") << set("tracks/1/enabled", "yes") << "tracks[1].enabled: expected true or false";
        QTest::newRow("negative block time") << set("threads/0/tracks/0/blocks/0/total_ns", -5)
                                             << "threads[0].tracks[0].blocks[0].total_ns: expected a non-negative integer, found -5";
        QTest::newRow("negative event duration") << set("timeline/threads/2/events/duration_ns/3", -1)
                                                 << "timeline.threads[2].events.duration_ns[3]: expected a non-negative integer, found -1";
        QTest::newRow("absurd track index") << set("tracks/0/index", 1000000000)
                                            << "tracks[0].index: 1000000000 is above the largest allowed value, 63";
        QTest::newRow("absurd duration") << set("tracks/0/blocks/0/max_ns", 1e30)
                                         << "tracks[0].blocks[0].max_ns: expected a non-negative integer, found 1e+30";
        QTest::newRow("a million threads") << Mutation([](const QJsonObject& d) {
            QJsonArray many;
            for (int i = 0; i < 1'000'000; ++i)
                many.append(0);
            return set("threads", many)(d);
        }) << "threads: 1000000 entries, more than the 65536 a capture can have";
        QTest::newRow("track total") << add({"tracks/0/hit_count"}, 1) << "tracks[0].hit_count: ";
        QTest::newRow("capture total") << add({"total_ns"}, 7) << "total_ns: ";
        QTest::newRow("merged is not the threads' sum")
            << add({"tracks/1/blocks/0/bytes"}, 1) << "tracks[1].blocks[0].bytes: 491521 is not the sum over the threads, 491520";
        QTest::newRow("min above max") << add({"tracks/0/blocks/0/min_ns"}, 1'000'000'000'000)
                                       << "tracks[0].blocks[0].min_ns: ";
        QTest::newRow("duplicate track") << set("tracks/1/index", 0) << "tracks[1].index: 0 repeats or is out of order";
        QTest::newRow("tree parent after node") << set("call_tree/nodes/1/2", 3)
                                                << "call_tree.nodes[1][2]: 3 is above the largest allowed value, 0";
        QTest::newRow("tree root total") << add({"call_tree/nodes/0/4"}, 1) << "call_tree.nodes[0]: the root's total_ns";
        QTest::newRow("tree node shape") << set("threads/0/call_tree/nodes/1", QJsonArray{1, 2})
                                         << "threads[0].call_tree.nodes[1]: expected [track, block, parent";
        QTest::newRow("event columns") << set("timeline/threads/0/events/track", QJsonArray{0})
                                       << "timeline.threads[0].events.track: 1 entries, but start_ns has 120";
        QTest::newRow("unknown event block") << set("timeline/threads/0/events/block/0", 999)
                                             << "timeline.threads[0].events.block[0]: block ";
        const auto sameIdAs = [](const char* from, const char* to) {
            return Mutation([=](const QJsonObject& d) {
                QJsonValue v = d;
                for (const QString& key : QString::fromLatin1(from).split(QLatin1Char('/')))
                    v = v.isArray() ? v.toArray()[key.toInt()] : v.toObject()[key];
                return set(to, v)(d);
            });
        };
        QTest::newRow("thread id twice") << sameIdAs("threads/0/thread_id", "threads/1/thread_id")
                                         << "threads[1].thread_id: ";
        QTest::newRow("timeline thread id twice")
            << sameIdAs("timeline/threads/0/thread_id", "timeline/threads/2/thread_id") << "timeline.threads[2].thread_id: ";
        QTest::newRow("negative OS thread id") << set("threads/0/os_tid", -3)
                                               << "threads[0].os_tid: expected a non-negative integer, found -3";
        QTest::newRow("bad colour") << set("tracks/0/color", "ultraviolet") << "tracks[0].color: expected a colour";
    }
    void badFiles()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QString, message);
        const QByteArray bad = mutate(QJsonDocument::fromJson(json_).object());
        const CaptureReadResult read = parseCapture(bad);
        QVERIFY2(!read.capture, "a bad file was accepted");
        QVERIFY2(read.error.startsWith(message) || read.error.contains(message),
                 qPrintable(QStringLiteral("got: ") + read.error));
    }

    void missingFileNamesThePath()
    {
        const CaptureReadResult read = readCapture(QStringLiteral("/nonexistent/run.json"));
        QVERIFY(!read.capture);
        QVERIFY2(read.error.contains("'/nonexistent/run.json': no such file"), qPrintable(read.error));
    }

    void oversizedFileIsRefusedBeforeParsing()
    {
        QTemporaryDir dir;
        QFile big(dir.filePath(QStringLiteral("big.json")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        // Sparse: the size is there, the blocks are not; reading it would take
        // a quarter of a GiB of memory and the parse far more.
        QVERIFY(big.resize(capture_format::kMaxFileBytes + 1));
        big.close();
        const CaptureReadResult read = readCapture(big.fileName());
        QVERIFY(!read.capture);
        QVERIFY2(read.error.contains("above the 256 MiB limit of a capture"), qPrintable(read.error));
    }

    void failedWriteKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.json"));
        QString error;
        Capture small;
        small.results.profiler_name = "small";
        QVERIFY(saveCapture(small, path, &error));
        const QByteArray before = captureToJson(small);

        // A full disk, simulated with a file size limit (works as root too):
        // the write fails with EFBIG instead of killing the process.
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit old{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
        rlimit limited = old;
        limited.rlim_cur = rlim_t(before.size() + 100);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
        const bool saved = saveCapture(capture_, path, &error);
        setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, previousHandler);

        QVERIFY2(!saved, qPrintable(QStringLiteral("limit %1, size %2").arg(before.size() + 100).arg(QFileInfo(path).size())));
        QVERIFY2(error.startsWith(QStringLiteral("cannot write '%1': ").arg(path)), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("run.json")});
    }

    void unwritablePathIsAnError()
    {
        QString error;
        QVERIFY(!saveCapture(capture_, QStringLiteral("/nonexistent/dir/run.json"), &error));
        QVERIFY2(error.startsWith("cannot write '/nonexistent/dir/run.json'"), qPrintable(error));
        QTemporaryDir dir;
        QVERIFY(!saveCapture(capture_, dir.path(), &error)); // a directory
        QVERIFY2(error.contains(dir.path()), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestCapture)
#include "tst_capture.moc"
