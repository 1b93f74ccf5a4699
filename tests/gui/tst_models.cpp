// The item models fed from real engine snapshots: exact counts, in-place
// updates (no resets), and QAbstractItemModelTester while the data changes.
#include "gui_test_support.hpp"
#include "../let_go.hpp"
#include "model/BlockColumns.hpp"
#include "model/BlockFilterProxy.hpp"
#include "model/BlockTableModel.hpp"
#include "model/BlockThreadsModel.hpp"
#include "model/PollSummary.hpp"
#include "model/ThreadListModel.hpp"
#include "model/ThreadTreeModel.hpp"
#include "model/TrackListModel.hpp"
#include "model/TrackPalette.hpp"

#include <stichotrope/stichotrope.hpp>

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QSet>
#include <QSignalSpy>

#include <array>
#include <latch>
#include <thread>

using namespace stichotrope;
using namespace stichotrope::gui;

namespace {

// One named thread running `outer` x (outer block containing `inner` inner
// blocks), and optionally a block on a third track.
std::uint64_t runThread(Profiler& p, const char* name, int outer, int inner, bool late = false)
{
    std::uint64_t id = 0;
    std::thread([&] {
        set_thread_name(name);
        for (int i = 0; i < outer; ++i) {
            STICHO_BLOCK(p, 0, "outer");
            for (int j = 0; j < inner; ++j) {
                STICHO_BLOCK(p, 1, "inner");
            }
        }
        if (late) {
            STICHO_BLOCK(p, 2, "late");
        }
    }).join();
    for (const ThreadResult& t : p.get_results().threads)
        if (t.name == name)
            id = t.thread_id;
    return id;
}

// `n` executions of one block on track 0, in the calling thread.
void runBlocks(Profiler& p, int n)
{
    for (int i = 0; i < n; ++i) {
        STICHO_BLOCK(p, 0, "step");
    }
}

SnapshotPtr snap(Profiler& p)
{
    static std::uint64_t sequence = 0;
    auto s = std::make_shared<Snapshot>();
    s->results = p.get_results();
    s->profiler_now_ns = p.now_ns();
    s->sequence = ++sequence;
    return s;
}

int findRow(const QAbstractItemModel& m, int column, const QString& text, const QModelIndex& parent = {})
{
    for (int r = 0; r < m.rowCount(parent); ++r)
        if (m.index(r, column, parent).data().toString() == text)
            return r;
    return -1;
}

quint64 hitsAt(const QAbstractItemModel& m, int row, int hitsColumn, const QModelIndex& parent = {})
{
    return m.index(row, hitsColumn, parent).data(SortRole).toULongLong();
}

} // namespace

class TestModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { stichotrope::test::failOnWarnings(); }
    void cleanup() { stichotrope::test::checkWarnings(); }

    void blockTableHasTheEngineCountsAndUpdatesInPlace()
    {
        Profiler p("t");
        p.set_track_name(0, "Outer");
        p.set_track_name(1, "Inner");
        BlockTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        const int hits = BlockTableModel::FirstStatColumn + int(StatColumn::Hits);

        runThread(p, "a", 10, 5);
        SnapshotPtr s1 = snap(p);
        model.setSnapshot(s1);
        QCOMPARE(model.rowCount(), 2);
        const int outer = findRow(model, BlockTableModel::BlockColumn, "outer");
        const int inner = findRow(model, BlockTableModel::BlockColumn, "inner");
        QVERIFY(outer >= 0 && inner >= 0);
        QCOMPARE(hitsAt(model, outer, hits), s1->results.tracks.at(0).blocks.at(0).hit_count);
        QCOMPARE(hitsAt(model, outer, hits), 10u);
        QCOMPARE(hitsAt(model, inner, hits), 50u);
        QCOMPARE(model.index(outer, BlockTableModel::TrackColumn).data().toString(), QStringLiteral("Outer"));
        QVERIFY(model.index(outer, BlockTableModel::LocationColumn).data().toString().startsWith("tst_models.cpp:"));

        runThread(p, "b", 3, 2, true);
        SnapshotPtr s2 = snap(p);
        model.setSnapshot(s2);
        QCOMPARE(model.rowCount(), 3);
        // Same rows for the same keys; the new block appended.
        QCOMPARE(findRow(model, BlockTableModel::BlockColumn, "outer"), outer);
        QCOMPARE(findRow(model, BlockTableModel::BlockColumn, "late"), 2);
        QCOMPARE(hitsAt(model, outer, hits), 13u);
        QCOMPARE(hitsAt(model, inner, hits), 56u);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserts.count(), 2);
        QVERIFY(changes.count() >= 1);

        // Unchanged data: no signal at all.
        changes.clear();
        model.setSnapshot(s2);
        QCOMPARE(changes.count(), 0);

        // Exact values in tooltips.
        const int total = BlockTableModel::FirstStatColumn + int(StatColumn::Total);
        QCOMPARE(model.index(outer, total).data(Qt::ToolTipRole).toString().remove(','),
                 QString::number(s2->results.tracks.at(0).blocks.at(0).total_ns) + " ns");
    }

    void blockTableFollowsTheThreadFilter()
    {
        Profiler p("t");
        const std::uint64_t a = runThread(p, "a", 7, 1);
        runThread(p, "b", 4, 1);
        BlockTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(snap(p));
        const int hits = BlockTableModel::FirstStatColumn + int(StatColumn::Hits);
        const int outer = findRow(model, BlockTableModel::BlockColumn, "outer");
        QCOMPARE(hitsAt(model, outer, hits), 11u);
        model.setThreadFilter({a});
        QCOMPARE(hitsAt(model, outer, hits), 7u);
        model.setThreadFilter({});
        QCOMPARE(hitsAt(model, outer, hits), 11u);
    }

    void filterProxyMatchesNameFileAndTrack()
    {
        Profiler p("t");
        p.set_track_name(1, "Inner track");
        runThread(p, "a", 2, 2, true);
        BlockTableModel model;
        model.setSnapshot(snap(p));
        BlockFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterColumns(
            {BlockTableModel::TrackColumn, BlockTableModel::BlockColumn, BlockTableModel::LocationColumn});
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setFilterText("LATE");
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText("inner track");
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText("tst_models");
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setFilterText("nothing like it");
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilterText({});
        // Sorting by raw values, not display text.
        proxy.sort(BlockTableModel::FirstStatColumn + int(StatColumn::Hits), Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, BlockTableModel::BlockColumn).data().toString(), QStringLiteral("inner"));
    }

    void threadListHasEveryThread()
    {
        Profiler p("t");
        ThreadListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        runThread(p, "alpha", 3, 0);
        model.setSnapshot(snap(p));
        QCOMPARE(model.rowCount(), 1);
        runThread(p, "beta", 5, 1);
        runThread(p, "alpha", 0, 0); // a different OS thread with the same name
        SnapshotPtr s = snap(p);
        model.setSnapshot(s);
        QCOMPARE(model.rowCount(), int(s->results.threads.size()));
        const int beta = findRow(model, ThreadListModel::NameColumn, "beta");
        QCOMPARE(hitsAt(model, beta, ThreadListModel::HitsColumn), 10u);
        QCOMPARE(model.index(beta, ThreadListModel::StateColumn).data().toString(), QStringLiteral("exited"));
        QCOMPARE(resets.count(), 0);
        // The Id column shows the OS id; rows are keyed by the engine's id.
        for (const ThreadResult& t : s->results.threads) {
            int row = -1;
            for (int r = 0; r < model.rowCount(); ++r)
                if (model.index(r, 0).data(ThreadListModel::ThreadIdRole).toULongLong() == t.thread_id)
                    row = r;
            QVERIFY(row >= 0);
            QCOMPARE(model.index(row, ThreadListModel::IdColumn).data().toString(), QString::number(t.os_tid));
        }
        // A thread that got an exited thread's OS id is a row of its own.
        auto reused = std::make_shared<Snapshot>(*s);
        ThreadResult again = reused->results.threads.front();
        again.thread_id = 1000;
        again.alive = true;
        reused->results.threads.push_back(again);
        model.setSnapshot(reused);
        QCOMPARE(model.rowCount(), int(reused->results.threads.size()));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void threadTreeHasPerThreadCounts()
    {
        // Children on demand, as a view fetches them. (Qt 6.4's model tester
        // itself fetches from inside its insertion checks and then reports
        // its own nested insertion, so it checks the eager mode below.)
        Profiler p("t");
        ThreadTreeModel model;
        runThread(p, "a", 4, 2);
        model.setSnapshot(snap(p));
        runThread(p, "b", 6, 3, true);
        runThread(p, "a2", 1, 0);
        SnapshotPtr s = snap(p);
        model.setSnapshot(s);
        QCOMPARE(model.rowCount(), 3);
        const int hits = ThreadTreeModel::FirstStatColumn + int(StatColumn::Hits);
        for (const ThreadResult& t : s->results.threads) {
            const int row = findRow(model, ThreadTreeModel::NameColumn, QString::fromStdString(t.name));
            QVERIFY(row >= 0);
            const QModelIndex thread = model.index(row, 0);
            QCOMPARE(hitsAt(model, row, hits), t.hit_count());
            // Children are rows once fetched, as a view does on expanding.
            QVERIFY(model.hasChildren(thread));
            QCOMPARE(model.rowCount(thread), 0);
            QVERIFY(model.canFetchMore(thread));
            model.fetchMore(thread);
            QVERIFY(!model.canFetchMore(thread));
            QCOMPARE(model.rowCount(thread), int(t.tracks.size()));
            for (int k = 0; k < model.rowCount(thread); ++k) {
                const QModelIndex track = model.index(k, 0, thread);
                const TrackResult& tr = t.tracks.at(track.data(ThreadTreeModel::TrackRole).toUInt());
                QCOMPARE(hitsAt(model, k, hits, thread), tr.hit_count());
                model.fetchMore(track);
                for (int b = 0; b < model.rowCount(track); ++b) {
                    const QModelIndex block = model.index(b, 0, track);
                    QCOMPARE(hitsAt(model, b, hits, track),
                             tr.blocks.at(block.data(ThreadTreeModel::BlockRole).toUInt()).hit_count);
                }
            }
        }
    }

    void threadTreeUpdatesInPlace()
    {
        Profiler p("t");
        ThreadTreeModel model;
        model.setFetchOnDemand(false);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        runThread(p, "a", 2, 1);
        model.setSnapshot(snap(p));
        const QModelIndex thread = model.index(0, 0);
        QVERIFY(!model.canFetchMore(thread));
        const QModelIndex track = model.index(0, 0, thread);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        runThread(p, "b", 1, 0, true);
        model.setSnapshot(snap(p));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(resets.count(), 0);
        QVERIFY(changes.count() >= 1); // the shares of "a" changed
        const int hits = ThreadTreeModel::FirstStatColumn + int(StatColumn::Hits);
        QCOMPARE(hitsAt(model, 0, hits, track), 2u);
        runThread(p, "c", 3, 3, true); // new threads, tracks and blocks while checked
        model.setSnapshot(snap(p));
        QCOMPARE(model.rowCount(), 3);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void trackListRequestsButNeverCallsTheEngine()
    {
        Profiler p("t");
        p.set_track_name(0, "Compute");
        runThread(p, "a", 2, 1);
        TrackListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(snap(p));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Compute"));
        QCOMPARE(model.index(0, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QVERIFY(model.index(0, 0).data(Qt::DecorationRole).canConvert<QColor>());
        QSignalSpy requests(&model, &TrackListModel::trackEnableRequested);
        QVERIFY(model.setData(model.index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(requests.count(), 1);
        QCOMPARE(requests.at(0).at(0).toUInt(), 0u);
        QCOMPARE(requests.at(0).at(1).toBool(), false);
        QVERIFY(p.is_track_enabled(0));
        model.toggle(0);
        QCOMPARE(requests.count(), 2);
        QCOMPARE(requests.at(1).at(1).toBool(), true);
    }

    void blockThreadsComparesThreadsForOneBlock()
    {
        Profiler p("t");
        runThread(p, "a", 4, 2);
        runThread(p, "b", 9, 0);
        BlockThreadsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(snap(p));
        QCOMPARE(model.rowCount(), 0);
        model.setBlock(BlockKey{0, 0});
        QCOMPARE(model.rowCount(), 2);
        const int hits = BlockThreadsModel::FirstStatColumn + int(StatColumn::Hits);
        QCOMPARE(hitsAt(model, findRow(model, 0, "a"), hits), 4u);
        QCOMPARE(hitsAt(model, findRow(model, 0, "b"), hits), 9u);
        model.setBlock(BlockKey{1, 0});
        QCOMPARE(model.rowCount(), 1); // b never ran "inner"
        runThread(p, "c", 1, 3);
        model.setSnapshot(snap(p));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(hitsAt(model, findRow(model, 0, "c"), hits), 3u);
    }

    void blockThreadsFollowsSharesAndNamesOfRowsWhoseHitsDidNotChange()
    {
        Profiler p("t");
        BlockThreadsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        std::latch ran(1);
        std::latch proceed(1);
        std::thread worker([&] {
            set_thread_name("before");
            {
                STICHO_BLOCK(p, 0, "watched");
            }
            ran.count_down();
            proceed.wait();
            set_thread_name("after");
            // A second block of the track, long enough to take a share.
            STICHO_BLOCK(p, 0, "other");
            for (const std::uint64_t start = p.now_ns(); p.now_ns() < start + 1000;) {
            }
        });
        ran.wait();
        model.setSnapshot(snap(p));
        model.setBlock(BlockKey{0, 0});
        QCOMPARE(model.rowCount(), 1);
        const int share = BlockThreadsModel::FirstStatColumn + int(StatColumn::PercentTrack);
        const int hits = BlockThreadsModel::FirstStatColumn + int(StatColumn::Hits);
        QCOMPARE(model.index(0, share).data(SortRole).toDouble(), 100.0);
        QCOMPARE(model.index(0, BlockThreadsModel::ThreadColumn).data().toString(), QStringLiteral("before"));

        proceed.count_down();
        worker.join();
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.setSnapshot(snap(p));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(hitsAt(model, 0, hits), 1u);
        QVERIFY(model.index(0, share).data(SortRole).toDouble() < 100.0);
        QCOMPARE(model.index(0, BlockThreadsModel::ThreadColumn).data().toString(), QStringLiteral("after"));
        QCOMPARE(changes.count(), 1);
    }

    // A poll refreshes its snapshot (get_results into the previous one): the
    // totals of threads the engine kept as they were (same thread, same
    // revision) are kept too; those of threads that recorded are summed anew.
    void threadTotalsAreSummedAgainOnlyForThreadsThatRecorded()
    {
        Profiler p("totals");
        runThread(p, "exited", 4, 2); // 12 executions, then gone
        std::latch ran(1);
        std::latch proceed(1);
        std::latch ranAgain(1);
        std::latch finish(1);
        std::jthread worker([&] {
            set_thread_name("alive");
            runBlocks(p, 3);
            ran.count_down();
            proceed.wait();
            runBlocks(p, 2);
            ranAgain.count_down();
            finish.wait();
        });
        // However the checks end, the worker is let go before it is joined.
        stichotrope::test::LetGo letProceed{proceed};
        stichotrope::test::LetGo letFinish{finish};
        ran.wait();

        Snapshot s;
        s.results = p.get_results();
        computeTotals(s);
        QCOMPARE(s.thread_totals.size(), std::size_t(2));
        QCOMPARE(s.thread_totals[0].all.hits, 12u);
        QCOMPARE(s.thread_totals[1].all.hits, 3u);
        QCOMPARE(s.thread_totals[1].tracks.at(0).hits, 3u);
        // Marks: a kept entry keeps them, a summed one loses them.
        s.thread_totals[0].all.hits = 1000;
        s.thread_totals[1].all.hits = 1000;

        p.get_results(s.results); // nobody recorded
        computeTotals(s);
        QCOMPARE(s.thread_totals[0].all.hits, 1000u);
        QCOMPARE(s.thread_totals[1].all.hits, 1000u);

        letProceed();
        ranAgain.wait();
        p.get_results(s.results); // "alive" recorded two more
        computeTotals(s);
        QCOMPARE(s.thread_totals[0].all.hits, 1000u);
        QCOMPARE(s.thread_totals[1].all.hits, 5u);
        QCOMPARE(s.thread_totals[1].thread_id, s.results.threads[1].thread_id);

        // Another profiler's rows are summed, whatever their revisions.
        s.thread_totals[1].all.hits = 1000;
        s.thread_totals[1].profiler_id = p.id() + 1;
        computeTotals(s);
        QCOMPARE(s.thread_totals[1].all.hits, 5u);

        // Rows the engine did not fill (revision 0) are always summed, even
        // against totals that claim the same thread and revision.
        s.results.threads[0].revision = 0;
        s.thread_totals[0].revision = 0;
        computeTotals(s);
        QCOMPARE(s.thread_totals[0].all.hits, 12u);
    }

    // The status bar's figures from two polls: threads alive of all, blocks,
    // executions per second in between (none across a reset), and whether
    // polls keep the pace asked.
    void pollSummaryComparesTwoPolls()
    {
        Profiler p("summary");
        runThread(p, "a", 10, 2); // 30 executions
        auto before = std::make_shared<Snapshot>();
        before->results = p.get_results();
        before->profiler_now_ns = 1'000'000'000;
        runThread(p, "b", 5, 1); // 10 more
        auto now = std::make_shared<Snapshot>();
        now->results = p.get_results();
        now->profiler_now_ns = 1'500'000'000;
        now->poll_ms = 3.5;
        now->interval_ms = 100;
        now->since_previous_ms = 260.0;

        PollSummary s = summarize(*now, before.get());
        QCOMPARE(s.threadsTotal, std::size_t(2));
        QCOMPARE(s.threadsAlive, std::size_t(0)); // both have exited
        QCOMPARE(s.blocks, std::size_t(2));
        QCOMPARE(s.eventsPerSecond, 20.0); // 10 in half a second
        QCOMPARE(s.pollMs, 3.5);
        QVERIFY(s.behind());
        now->since_previous_ms = 120.0; // a late tick, not falling behind
        QVERIFY(!summarize(*now, before.get()).behind());
        now->since_previous_ms = 0.0; // unknown
        QVERIFY(!summarize(*now, before.get()).behind());

        QCOMPARE(summarize(*now, nullptr).eventsPerSecond, 0.0);
        QCOMPARE(summarize(*before, now.get()).eventsPerSecond, 0.0); // counts went down: a reset
    }

    void statisticsHeadersAreTheSameInEveryBlockTable()
    {
        // Each table names its statistics columns and explains them in the
        // header's tooltip, with the same words.
        BlockTableModel blocks;
        ThreadTreeModel tree;
        BlockThreadsModel threads;
        const std::array<std::pair<const QAbstractItemModel*, int>, 3> tables = {{
            {&blocks, BlockTableModel::FirstStatColumn},
            {&tree, ThreadTreeModel::FirstStatColumn},
            {&threads, BlockThreadsModel::FirstStatColumn},
        }};
        QSet<QString> names;
        for (int stat = 0; stat < kStatColumnCount; ++stat) {
            const auto& [reference, first] = tables[0];
            const QString name = reference->headerData(first + stat, Qt::Horizontal).toString();
            const QString tip = reference->headerData(first + stat, Qt::Horizontal, Qt::ToolTipRole).toString();
            QVERIFY2(!name.isEmpty() && !tip.isEmpty() && tip != name, qPrintable(name));
            names.insert(name);
            for (const auto& [model, offset] : tables) {
                QCOMPARE(model->columnCount(), offset + kStatColumnCount);
                QCOMPARE(model->headerData(offset + stat, Qt::Horizontal).toString(), name);
                QCOMPARE(model->headerData(offset + stat, Qt::Horizontal, Qt::ToolTipRole).toString(), tip);
                QVERIFY(!model->headerData(offset + stat, Qt::Horizontal, Qt::DecorationRole).isValid());
            }
        }
        QCOMPARE(names.size(), kStatColumnCount);
        QCOMPARE(blocks.headerData(BlockTableModel::LocationColumn, Qt::Horizontal).toString(),
                 QStringLiteral("File:Line"));
        QCOMPARE(threads.headerData(BlockThreadsModel::ThreadColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Thread"));
    }

    void trackColoursReadOnBothThemes()
    {
        // The Base colours of the light (Fusion) and dark themes.
        for (const QColor& background : {QColor(Qt::white), QColor(0x1E, 0x1F, 0x22)}) {
            for (unsigned track = 0; track < 64; ++track) {
                const QColor c = trackColorOn(track, background);
                QVERIFY2(contrastRatio(c, background) >= 3.0,
                         qPrintable(QStringLiteral("track %1 on %2").arg(track).arg(background.name())));
                // Still the track's hue, so it matches the swatches.
                const QColor base = trackColor(track);
                if (base.hslSaturationF() > 0.2)
                    QVERIFY(std::abs(c.hslHue() - base.hslHue()) <= 2 || std::abs(c.hslHue() - base.hslHue()) >= 358);
            }
        }
        // Yellow needs darkening on white; it already reads on the dark theme.
        QVERIFY(contrastRatio(trackColor(5), Qt::white) < 3.0);
        QCOMPARE(trackColorOn(5, QColor(0x1E, 0x1F, 0x22)), trackColor(5));
    }
};

STICHO_GUI_TEST_MAIN(TestModels, QGuiApplication)
#include "tst_models.moc"
