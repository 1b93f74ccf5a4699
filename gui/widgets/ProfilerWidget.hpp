// The whole live view of one Profiler, embeddable in any Qt application that
// owns a Profiler: docks for tracks, threads, the merged block table, the
// per-thread tree, the block-by-thread comparison and the timeline views, fed
// by its own PollController. The same widget shows a saved capture read-only:
// the same models and views, fed once, without a profiler or polling.
#pragma once

#include "capture/Capture.hpp"
#include "model/PollSummary.hpp"
#include "model/Snapshot.hpp"

#include <QMainWindow>

#include <functional>
#include <vector>

class QDockWidget;
class QTreeView;

namespace stichotrope::gui {

class BlockTableModel;
class FlameChartView;
class BlockTableView;
class BlockThreadsModel;
class PollController;
class StatTreeView;
class ThreadFilterProxy;
class ThreadListModel;
class ThreadTreeModel;
class ThreadsPanel;
class TrackListModel;
class TracksPanel;
class ViewSelection;

class ProfilerWidget : public QMainWindow {
    Q_OBJECT

public:
    explicit ProfilerWidget(Profiler& profiler, QWidget* parent = nullptr);
    // Read-only view of a capture: track toggles locked, nothing polled.
    explicit ProfilerWidget(const Capture& capture, QWidget* parent = nullptr);
    ~ProfilerWidget() override;

    // Null for a capture.
    PollController* pollController() const { return poll_; }
    bool isLive() const { return poll_ != nullptr; }
    SnapshotPtr latestSnapshot() const { return latest_; }
    // What the views show now: the latest snapshot and the flame chart's window.
    Capture capture() const;
    ViewSelection* selection() const { return selection_; }
    const PollSummary& summary() const { return summary_; }

    BlockTableModel* blockModel() const { return blockModel_; }
    ThreadListModel* threadModel() const { return threadModel_; }
    ThreadTreeModel* threadTreeModel() const { return treeModel_; }
    TrackListModel* trackModel() const { return trackModel_; }
    BlockThreadsModel* blockThreadsModel() const { return blockThreadsModel_; }
    BlockTableView* blockTable() const { return blockTable_; }
    TracksPanel* tracksPanel() const { return tracksPanel_; }
    ThreadsPanel* threadsPanel() const { return threadsPanel_; }
    StatTreeView* threadTree() const { return threadTree_; }

    // Flame chart options; ignored when the viewer is built without it.
    void setWindowSeconds(double seconds);
    // Multiplies the flame chart's visible time span by `factor` (< 1 zooms in).
    void zoomTimeline(double factor);
    // The flame chart's whole window, scrolling live again.
    void showWholeTimeline();
    // Brings up the flame chart zoomed to the longest run of the selected
    // block among the selected threads (FlameChartView::showLongestRun());
    // false without a selected block, a flame chart or such a run. Also in
    // the block table's context menu.
    bool showLongestRun();

    // The docks' layout and every table's column widths and sort order, for
    // the host's settings; restoreLayout() takes it back (false, and the
    // default layout, if it is not such a state). Without one, the first
    // show sizes the docks to the window.
    QByteArray saveLayout() const;
    bool restoreLayout(const QByteArray& state);

    // Menu of the docks, for the host's View menu.
    QList<QAction*> dockToggleActions() const;
    // "Toggle track 1".."9" (Alt+1..9, active while the focus is in this
    // widget), for the host's menus.
    QList<QAction*> trackToggleActions() const { return trackToggles_; }

Q_SIGNALS:
    void summaryChanged(const stichotrope::gui::PollSummary& summary);

protected:
    void showEvent(QShowEvent* event) override;

private:
    ProfilerWidget(Profiler* profiler, QWidget* parent);
    // A consumer of snapshots living in a dock: updated only while visible,
    // and brought up to date when it becomes visible.
    struct Consumer {
        QDockWidget* dock = nullptr;
        std::function<void(const SnapshotPtr&)> apply;
        std::uint64_t appliedSequence = 0;
    };
    QDockWidget* addDock(const QString& title, const QString& objectName, QWidget* content, Qt::DockWidgetArea area,
                         std::function<void(const SnapshotPtr&)> apply);
    void onSnapshot(const SnapshotPtr& snapshot);
    void bringUpToDate(Consumer& consumer);
    void onCleared();
    void retire(SnapshotPtr snapshot);
    void buildVisualDocks();
    // Every table and tree whose columns saveLayout() remembers.
    QList<QTreeView*> tables() const;

    PollController* poll_;
    ViewSelection* selection_;
    BlockTableModel* blockModel_;
    ThreadListModel* threadModel_;
    ThreadTreeModel* treeModel_;
    TrackListModel* trackModel_;
    BlockThreadsModel* blockThreadsModel_;
    ThreadFilterProxy* treeProxy_;
    BlockTableView* blockTable_;
    TracksPanel* tracksPanel_;
    ThreadsPanel* threadsPanel_;
    StatTreeView* threadTree_;
    StatTreeView* blockThreadsView_;
    std::vector<Consumer> consumers_;
    SnapshotPtr latest_;
    SnapshotPtr previous_;
    PollSummary summary_;
    std::function<void(double)> setWindowSeconds_;
    std::function<void()> defaultSizes_;
    QDockWidget* plotsDock_ = nullptr;
    QDockWidget* rangeDock_ = nullptr; // statistics of the range marked on the flame chart
    QTreeView* rangeTable_ = nullptr;
    QList<QAction*> trackToggles_;
    std::function<void(double)> zoomTimeline_;
    std::function<void()> showWholeTimeline_;
    FlameChartView* chart_ = nullptr;
    QDockWidget* chartDock_ = nullptr;
    bool firstShow_ = true;
    bool layoutRestored_ = false;
};

} // namespace stichotrope::gui
