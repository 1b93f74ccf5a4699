// Comparing two runs: matching by track and block name and by thread name,
// differences and ratios, classification and colours, sorting by the largest
// change, the model's consistency, the flame graph's per-path changes and the
// CSV of `--compare --headless`.
#include "gui_test_support.hpp"

#include "capture/ComparisonCsv.hpp"
#include "model/BlockColumns.hpp"
#include "model/ChangeColors.hpp"
#include "model/CompareModel.hpp"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QSortFilterProxyModel>

using namespace stichotrope;
using namespace stichotrope::gui;

namespace {

BlockStats block(const char* name, std::uint64_t hits, std::uint64_t total)
{
    BlockStats s;
    s.name = name;
    s.hit_count = hits;
    s.total_ns = total;
    return s;
}

// One thread "worker" whose blocks are the merged ones; block indices are
// given so that the two runs can number blocks differently.
SnapshotPtr run(std::vector<std::pair<unsigned, BlockStats>> blocks)
{
    auto s = std::make_shared<Snapshot>();
    TrackResult track;
    track.name = "Compute";
    for (auto& [i, b] : blocks)
        track.blocks[i] = b;
    s->results.tracks[0] = track;
    ThreadResult t;
    t.thread_id = 100 + blocks.size(); // different ids in each run
    t.name = "worker";
    t.tracks[0] = track;
    s->results.threads.push_back(t);
    // Call tree: root -> each block, in index order.
    CallTree& tree = s->results.call_tree;
    tree.nodes.push_back({});
    for (auto& [i, b] : blocks) {
        CallTreeNode n;
        n.track = 0;
        n.block = i;
        n.depth = 1;
        n.hit_count = b.hit_count;
        n.total_ns = b.total_ns;
        tree.nodes.push_back(n);
    }
    tree.link();
    return s;
}

SnapshotPtr baseRun()
{
    return run({{0, block("slower", 10, 1000)}, {1, block("faster", 10, 400)}, {2, block("steady", 10, 300)},
                {3, block("removed", 5, 100)}});
}
SnapshotPtr currentRun()
{
    // Registered in another order, as happens between two runs.
    return run({{0, block("faster", 10, 200)}, {1, block("slower", 10, 3000)}, {2, block("added", 1, 50)},
                {3, block("steady", 10, 303)}});
}

const ChangeRow& rowNamed(const std::vector<ChangeRow>& rows, const QString& name)
{
    for (const ChangeRow& r : rows)
        if (r.name == name)
            return r;
    static const ChangeRow none;
    return none;
}

} // namespace

class TestCompare : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { test::failOnWarnings(); }
    void cleanup() { test::checkWarnings(); }

    void blocksMatchByNameAcrossRuns()
    {
        const auto rows = compareBlocks(baseRun()->results, currentRun()->results);
        QCOMPARE(rows.size(), std::size_t(5));
        const ChangeRow& slower = rowNamed(rows, "slower");
        QCOMPARE(slower.base.total_ns, 1000u);
        QCOMPARE(slower.current.total_ns, 3000u);
        QCOMPARE(slower.difference(CompareMetric::Total), 2000.0);
        QCOMPARE(slower.ratio(CompareMetric::Total), 3.0);
        QCOMPARE(slower.change(CompareMetric::Total), Change::Regressed);
        QCOMPARE(rowNamed(rows, "faster").change(CompareMetric::Total), Change::Improved);
        QCOMPARE(rowNamed(rows, "faster").ratio(CompareMetric::Average), 0.5);
        QCOMPARE(rowNamed(rows, "steady").change(CompareMetric::Total), Change::Same); // +1 %
        QCOMPARE(rowNamed(rows, "added").change(CompareMetric::Total), Change::Added);
        QCOMPARE(rowNamed(rows, "removed").change(CompareMetric::Total), Change::Removed);
        // Shares: 1000 of 1800 before, 3000 of 3553 now.
        QCOMPARE(slower.base.value(CompareMetric::Share), 100.0 * 1000 / 1800);
        QCOMPARE(slower.current.value(CompareMetric::Share), 100.0 * 3000 / 3553);
    }

    void threadsMatchByName()
    {
        const auto rows = compareThreads(baseRun()->results, currentRun()->results);
        QCOMPARE(rows.size(), std::size_t(1));
        QCOMPARE(rows[0].name, QStringLiteral("worker"));
        QCOMPARE(rows[0].base.total_ns, 1800u);
        QCOMPARE(rows[0].current.total_ns, 3553u);
        const auto scoped = compareBlocks(baseRun()->results, currentRun()->results, QStringLiteral("worker"));
        QCOMPARE(rowNamed(scoped, "slower").current.total_ns, 3000u);
    }

    void modelSortsByLargestChangeAndColours()
    {
        CompareModel model(CompareModel::Rows::Blocks);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(SortRole);
        proxy.sort(CompareModel::DifferenceColumn, Qt::DescendingOrder);
        model.setMetric(CompareMetric::Total);
        model.setResults(baseRun(), currentRun());
        QCOMPARE(model.rowCount(), 5);
        auto name = [&](int row) { return proxy.index(row, CompareModel::NameColumn).data().toString(); };
        QCOMPARE(name(0), QStringLiteral("slower")); // +2000
        QCOMPARE(name(1), QStringLiteral("faster")); // -200
        QCOMPARE(name(2), QStringLiteral("removed")); // -100
        QCOMPARE(proxy.index(0, CompareModel::RatioColumn).data().toString(), QStringLiteral("3.00\u00d7"));
        QLocale::setDefault(QLocale(QLocale::German)); // in the user's number format
        QCOMPARE(proxy.index(0, CompareModel::RatioColumn).data().toString(), QStringLiteral("3,00\u00d7"));
        QLocale::setDefault(QLocale::c());
        const QColor regression = proxy.index(0, CompareModel::DifferenceColumn).data(Qt::BackgroundRole).value<QColor>();
        const QColor improvement = proxy.index(1, CompareModel::DifferenceColumn).data(Qt::BackgroundRole).value<QColor>();
        QCOMPARE(regression.rgb(), changeColor(Change::Regressed).rgb());
        QCOMPARE(improvement.rgb(), changeColor(Change::Improved).rgb());
        QVERIFY(regression.rgb() != improvement.rgb());
        const int steady = [&] { for (int r = 0; r < 5; ++r) if (name(r) == "steady") return r; return -1; }();
        QVERIFY(!proxy.index(steady, CompareModel::DifferenceColumn).data(Qt::BackgroundRole).isValid());

        // Hits: the same rows, other values, other order.
        model.setMetric(CompareMetric::Hits);
        QCOMPARE(name(0), QStringLiteral("removed")); // 5 -> 0 hits
        QCOMPARE(name(1), QStringLiteral("added"));   // 0 -> 1
        model.setMetric(CompareMetric::Total);
        // A live comparison: a new current run with the same rows updates in place.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setResults(baseRun(), currentRun());
        QCOMPARE(resets.count(), 0);
        model.setScope(QStringLiteral("nobody"));
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), 0);
    }

    // The same work run twice as long, by twice the threads: totals and hits
    // double, no block got slower. What the view shows first must say so.
    void defaultMetricIgnoresTheLengthOfTheRuns()
    {
        const SnapshotPtr shortRun = run({{0, block("frame", 10, 1000)}, {1, block("draw", 40, 800)}});
        const SnapshotPtr longRun = run({{0, block("frame", 20, 2000)}, {1, block("draw", 80, 1640)}});
        CompareModel model(CompareModel::Rows::Blocks);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResults(shortRun, longRun);
        QCOMPARE(model.rowCount(), 2);
        for (int r = 0; r < 2; ++r)
            QCOMPARE(model.index(r, 0).data(CompareModel::ChangeRole).toInt(), int(Change::Same));
        model.setMetric(CompareMetric::Total);
        for (int r = 0; r < 2; ++r)
            QCOMPARE(model.index(r, 0).data(CompareModel::ChangeRole).toInt(), int(Change::Regressed));

        // The CSV compares the same value unless asked for another.
        const QString csv = QString::fromUtf8(comparisonToCsv(shortRun->results, longRun->results));
        QVERIFY2(csv.contains("all threads,Compute,frame,10,20,1000,2000,100.0,100.0,average,100.0,100.0,0.0,1.0000,same\n"),
                 qPrintable(csv));
        QVERIFY(!csv.contains("regressed"));
    }

    void threadModel()
    {
        CompareModel model(CompareModel::Rows::Threads);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResults(baseRun(), currentRun());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, CompareModel::NameColumn).data().toString(), QStringLiteral("worker"));
        QCOMPARE(model.index(0, 0).data(CompareModel::ChangeRole).toInt(), int(Change::Regressed));
    }

    void flameGraphChangesFollowCallPaths()
    {
        const SnapshotPtr b = baseRun();
        const SnapshotPtr c = currentRun();
        const auto changes = compareCallTrees(b->results, b->results.call_tree, c->results, c->results.call_tree,
                                              CompareMetric::Total);
        QCOMPARE(changes.size(), c->results.call_tree.nodes.size());
        // Current node 2 is "slower" (block 1 now, block 0 before).
        QVERIFY(changes[2].inBase);
        QCOMPARE(changes[2].base, 1000.0);
        QCOMPARE(changes[2].current, 3000.0);
        QVERIFY(!changes[3].inBase); // "added"
        QCOMPARE(changeShade(true, 1000, 3000).rgb(), changeColor(Change::Regressed).rgb()); // 2x or more: full colour
        QCOMPARE(changeShade(true, 300, 303).rgb(), changeColor(Change::Same).rgb());
    }

    void csvListsEveryScopeSortedByChange()
    {
        const QString csv =
            QString::fromUtf8(comparisonToCsv(baseRun()->results, currentRun()->results, CompareMetric::Total));
        const QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 5 + 5); // header, all threads, worker
        QCOMPARE(lines[0], QStringLiteral("Scope,Track,Block Name,Baseline Hit Count,Current Hit Count,Baseline Total "
                                          "Time (ns),Current Total Time (ns),Baseline Avg Time (ns),Current Avg Time "
                                          "(ns),Compared,Baseline Value,Current Value,Difference,Ratio,Change"));
        QCOMPARE(lines[1], QStringLiteral("all threads,Compute,slower,10,10,1000,3000,100.0,300.0,total,1000.0,3000.0,"
                                          "2000.0,3.0000,regressed"));
        QCOMPARE(lines[2], QStringLiteral("all threads,Compute,faster,10,10,400,200,40.0,20.0,total,400.0,200.0,-200.0,"
                                          "0.5000,improved"));
        QVERIFY(lines[6].startsWith("worker,Compute,slower,"));
        // By average: the added block's 50 ns come before the faster block's -20.
        const QStringList byAverage = QString::fromUtf8(comparisonToCsv(baseRun()->results, currentRun()->results))
                                          .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(byAverage[1], QStringLiteral("all threads,Compute,slower,10,10,1000,3000,100.0,300.0,average,100.0,"
                                              "300.0,200.0,3.0000,regressed"));
        QCOMPARE(byAverage[2], QStringLiteral("all threads,Compute,added,0,1,0,50,0.0,50.0,average,0.0,50.0,50.0,inf,"
                                              "added"));
    }
};

STICHO_GUI_TEST_MAIN(TestCompare, QGuiApplication)
#include "tst_compare.moc"
