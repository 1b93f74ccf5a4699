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
    // Restores a layout saved with saveState(); without one, the first show
    // sizes the docks to the window.
    bool restoreLayout(const QByteArray& state);
    // Menu of the docks, for the host's View menu.
    QList<QAction*> dockToggleActions() const;

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
    FlameChartView* chart_ = nullptr;
    bool firstShow_ = true;
    bool layoutRestored_ = false;
};

} // namespace stichotrope::gui
