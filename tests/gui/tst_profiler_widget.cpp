// The embeddable ProfilerWidget over a live demo workload: exact counts after
// a poll, track toggles reaching the engine, and sort, selection and
// expansion surviving polls.
#include "gui_test_support.hpp"
#include "controller/PollController.hpp"
#include "model/BlockColumns.hpp"
#include "model/BlockTableModel.hpp"
#include "model/BlockThreadsModel.hpp"
#include "model/ThreadTreeModel.hpp"
#include "model/TrackListModel.hpp"
#include "model/ViewSelection.hpp"
#include "widgets/BlockTableView.hpp"
#include "widgets/ProfilerWidget.hpp"
#include "widgets/StatTreeView.hpp"
#include "widgets/ThreadsPanel.hpp"
#include "widgets/TracksPanel.hpp"
#include "workload/DemoWorkload.hpp"

#include <QApplication>
#include <QHeaderView>
#include <QSignalSpy>
#include <QSortFilterProxyModel>

#include <memory>

using namespace stichotrope;
using namespace stichotrope::gui;

namespace {

constexpr int kHitsColumn = BlockTableModel::FirstStatColumn + int(StatColumn::Hits);

bool waitPolls(ProfilerWidget& w, int n)
{
    QSignalSpy spy(w.pollController(), &PollController::snapshotReady);
    while (spy.count() < n)
        if (!spy.wait(5000))
            return false;
    return true;
}

int rowOfTrack(const TrackListModel& m, unsigned track)
{
    for (int r = 0; r < m.rowCount(); ++r)
        if (m.index(r, 0).data(TrackListModel::TrackRole).toUInt() == track)
            return r;
    return -1;
}

} // namespace

class TestProfilerWidget : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Profiler> profiler_;
    std::unique_ptr<demo::DemoWorkload> workload_;
    std::unique_ptr<ProfilerWidget> widget_;

private Q_SLOTS:
    void init()
    {
        stichotrope::test::failOnWarnings();
        profiler_ = std::make_unique<Profiler>("widget-test");
        workload_ = std::make_unique<demo::DemoWorkload>(*profiler_, 4);
        workload_->start();
        widget_ = std::make_unique<ProfilerWidget>(*profiler_);
        widget_->pollController()->setIntervalMs(50);
        widget_->resize(1400, 900);
        widget_->show();
        QVERIFY(QTest::qWaitForWindowExposed(widget_.get()));
        QVERIFY(waitPolls(*widget_, 2));
    }
    void cleanup()
    {
        widget_.reset();
        workload_.reset();
        profiler_.reset();
        stichotrope::test::checkWarnings();
    }

    void pollShowsTheEngineExactCounts()
    {
        workload_->stop();
        QVERIFY(waitPolls(*widget_, 2)); // one poll after the workers joined
        const Results r = profiler_->get_results();
        BlockTableModel* m = widget_->blockModel();
        QCOMPARE(m->rowCount(), int(r.block_count()));
        for (int row = 0; row < m->rowCount(); ++row) {
            const BlockKey k = m->keyAt(row);
            QCOMPARE(m->index(row, kHitsColumn).data(SortRole).toULongLong(), r.find(k.track, k.block)->hit_count);
        }
        ThreadTreeModel* tree = widget_->threadTreeModel();
        QCOMPARE(tree->rowCount(), int(r.threads.size()));
        const int treeHits = ThreadTreeModel::FirstStatColumn + int(StatColumn::Hits);
        for (int row = 0; row < tree->rowCount(); ++row) {
            const QModelIndex thread = tree->index(row, 0);
            const std::uint64_t id = thread.data(ThreadTreeModel::ThreadIdRole).toULongLong();
            const auto t = std::find_if(r.threads.begin(), r.threads.end(),
                                        [id](const ThreadResult& x) { return x.thread_id == id; });
            QVERIFY(t != r.threads.end());
            QCOMPARE(tree->index(row, treeHits).data(SortRole).toULongLong(), t->hit_count());
        }
    }

    void uncheckingATrackStopsItsHits()
    {
        TrackListModel* tracks = widget_->trackModel();
        const int row = rowOfTrack(*tracks, demo::Memory);
        QVERIFY(row >= 0);
        // As a user clicking the box: through the panel's model.
        QVERIFY(widget_->tracksPanel()->model()->setData(tracks->index(row, 0), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!profiler_->is_track_enabled(demo::Memory));
        QVERIFY(waitPolls(*widget_, 1));
        const std::uint64_t before = profiler_->get_results().tracks.at(demo::Memory).hit_count();
        const std::uint64_t computeBefore = profiler_->get_results().tracks.at(demo::Compute).hit_count();
        QVERIFY(waitPolls(*widget_, 3));
        const Results after = profiler_->get_results();
        QCOMPARE(after.tracks.at(demo::Memory).hit_count(), before);
        QVERIFY(after.tracks.at(demo::Compute).hit_count() > computeBefore);
        QCOMPARE(tracks->index(row, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    }

    void keyboardTogglesTracks()
    {
        TracksPanel* panel = widget_->tracksPanel();
        const int row = rowOfTrack(*widget_->trackModel(), demo::IO);
        panel->setFocus();
        panel->setCurrentIndex(panel->model()->index(row, 0));
        QTest::keyClick(panel, Qt::Key_Space);
        QVERIFY(!profiler_->is_track_enabled(demo::IO));
        QTest::keyClick(panel, Qt::Key_Space);
        QVERIFY(profiler_->is_track_enabled(demo::IO));
        // Alt+1 toggles the first track from anywhere in the widget.
        const unsigned first = widget_->trackModel()->index(0, 0).data(TrackListModel::TrackRole).toUInt();
        QTest::keyClick(widget_->blockTable()->view(), Qt::Key_1, Qt::AltModifier);
        QVERIFY(!profiler_->is_track_enabled(first));
    }

    void layoutRemembersColumnWidthsAndSort()
    {
        StatTreeView* blocks = widget_->blockTable()->view();
        blocks->setColumnWidth(BlockTableModel::BlockColumn, 333);
        blocks->sortByColumn(kHitsColumn, Qt::AscendingOrder);
        const QByteArray layout = widget_->saveLayout();

        // A new widget, as at the next start: the saved widths win over
        // fitting the columns to the first rows.
        ProfilerWidget again(*profiler_);
        again.pollController()->setIntervalMs(50);
        QVERIFY(again.restoreLayout(layout));
        again.resize(1400, 900);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(waitPolls(again, 2));
        QVERIFY(again.blockModel()->rowCount() > 0);
        StatTreeView* restored = again.blockTable()->view();
        QCOMPARE(restored->columnWidth(BlockTableModel::BlockColumn), 333);
        QCOMPARE(restored->header()->sortIndicatorSection(), kHitsColumn);
        QCOMPARE(restored->header()->sortIndicatorOrder(), Qt::AscendingOrder);

        // Anything else is refused, and the default layout stays.
        ProfilerWidget fresh(*profiler_);
        QVERIFY(!fresh.restoreLayout(QByteArray("not a layout")));
        QVERIFY(!fresh.restoreLayout(fresh.saveState())); // a bare QMainWindow state
    }

    void trackToggleActionsCarryTheirShortcuts()
    {
        const QList<QAction*> toggles = widget_->trackToggleActions();
        QCOMPARE(toggles.size(), 9);
        QCOMPARE(toggles[0]->shortcut(), QKeySequence(Qt::ALT | Qt::Key_1));
        const unsigned first = widget_->trackModel()->index(0, 0).data(TrackListModel::TrackRole).toUInt();
        toggles[0]->trigger();
        QVERIFY(!profiler_->is_track_enabled(first));
    }

    void sortSelectionAndExpansionSurvivePolls()
    {
        StatTreeView* view = widget_->blockTable()->view();
        view->sortByColumn(kHitsColumn, Qt::DescendingOrder);
        auto* proxy = view->model();
        int drawRow = -1;
        for (int r = 0; r < proxy->rowCount(); ++r)
            if (proxy->index(r, BlockTableModel::BlockColumn).data().toString() == QLatin1String("draw"))
                drawRow = r;
        QVERIFY(drawRow >= 0);
        view->setCurrentIndex(proxy->index(drawRow, 0));
        view->selectionModel()->select(proxy->index(drawRow, 0),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(widget_->selection()->block().has_value());
        const BlockKey selected = *widget_->selection()->block();

        StatTreeView* tree = widget_->threadTree();
        const QModelIndex firstThread = tree->model()->index(0, 0);
        tree->expand(firstThread);
        const QPersistentModelIndex expanded(firstThread);

        QVERIFY(waitPolls(*widget_, 5));

        QCOMPARE(view->header()->sortIndicatorSection(), kHitsColumn);
        QCOMPARE(view->header()->sortIndicatorOrder(), Qt::DescendingOrder);
        const QModelIndexList rows = view->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().data().toString().isEmpty(), false);
        QCOMPARE(rows.first().siblingAtColumn(BlockTableModel::BlockColumn).data().toString(), QStringLiteral("draw"));
        QCOMPARE(view->currentIndex().siblingAtColumn(BlockTableModel::BlockColumn).data().toString(),
                 QStringLiteral("draw"));
        QVERIFY(*widget_->selection()->block() == selected);
        for (int r = 1; r < proxy->rowCount(); ++r)
            QVERIFY(proxy->index(r - 1, kHitsColumn).data(SortRole).toULongLong()
                    >= proxy->index(r, kHitsColumn).data(SortRole).toULongLong());
        QVERIFY(expanded.isValid());
        QVERIFY(tree->isExpanded(expanded));
    }

    void selectingThreadsFiltersTheOtherViews()
    {
        workload_->stop();
        QVERIFY(waitPolls(*widget_, 2));
        ThreadsPanel* threads = widget_->threadsPanel();
        threads->selectionModel()->select(threads->model()->index(0, 0),
                                          QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(widget_->selection()->threads().size(), 1);
        const std::uint64_t id = *widget_->selection()->threads().begin();
        const Results r = profiler_->get_results();
        const auto t = std::find_if(r.threads.begin(), r.threads.end(),
                                    [id](const ThreadResult& x) { return x.thread_id == id; });
        QVERIFY(t != r.threads.end());
        BlockTableModel* m = widget_->blockModel();
        std::uint64_t shown = 0;
        for (int row = 0; row < m->rowCount(); ++row)
            shown += m->index(row, kHitsColumn).data(SortRole).toULongLong();
        QCOMPARE(shown, t->hit_count());
        QCOMPARE(widget_->threadTree()->model()->rowCount(), 1);
        QTest::keyClick(threads, Qt::Key_Escape); // back to all threads
        QVERIFY(widget_->selection()->threads().isEmpty());
        QCOMPARE(widget_->threadTree()->model()->rowCount(), int(r.threads.size()));
    }

    void selectingABlockFillsTheBlockByThreadView()
    {
        workload_->stop();
        QVERIFY(waitPolls(*widget_, 2));
        const Results r = profiler_->get_results();
        BlockTableModel* m = widget_->blockModel();
        widget_->selection()->setBlock(m->keyAt(0));
        std::size_t threadsWithBlock = 0;
        for (const ThreadResult& t : r.threads)
            if (t.tracks.count(m->keyAt(0).track) && t.tracks.at(m->keyAt(0).track).blocks.count(m->keyAt(0).block))
                ++threadsWithBlock;
        QVERIFY(waitPolls(*widget_, 1));
        QCOMPARE(std::size_t(widget_->blockThreadsModel()->rowCount()), threadsWithBlock);
    }
};

STICHO_GUI_TEST_MAIN(TestProfilerWidget, QApplication)
#include "tst_profiler_widget.moc"
