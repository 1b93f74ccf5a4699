// The flame chart: one lane per thread over the last seconds of the
// timeline, blocks stacked by depth and coloured by track. Scrolls live
// (pausable), zooms with the wheel (Ctrl+wheel: lanes), pans by dragging
// (which pauses), shows a tooltip on hover and selects the clicked block in
// every view; clicking a folded run zooms into it; Shift+drag marks a time
// range (TimeRangeBand) whose blocks the Range panel sums. Rows are tall
// enough for block names; lanes that do not fit scroll.
#pragma once

#include "model/Snapshot.hpp"
#include "model/TimelineWindow.hpp"
#include "model/ViewSelection.hpp"

#include <QSharedPointer>
#include <QWidget>

class QCustomPlot;
class QLabel;
class QScrollBar;
class QToolButton;
class QMouseEvent;

namespace stichotrope::gui {

class FlameChartPlottable;
class RelativeTimeTicker;
class TimeRangeBand;
class ViewSelection;

class FlameChartView : public QWidget {
    Q_OBJECT

public:
    explicit FlameChartView(ViewSelection* selection, QWidget* parent = nullptr);

    // Shows the snapshot's window (Snapshot::window), or else adds its
    // incremental timeline to the view's own window; unless paused. Repaints
    // if visible.
    void setSnapshot(SnapshotPtr snapshot);
    // Paused: the view stops scrolling and keeps the events it shows.
    void setPaused(bool paused);
    bool isPaused() const { return paused_; }
    // Length of the kept timeline; the visible span never exceeds it.
    void setWindowSeconds(double seconds);
    double windowSeconds() const { return window_seconds_; }
    // Exact window length, for a capture: its events all stay in the window.
    void setWindowNs(std::uint64_t window_ns);
    // A capture's chart: nothing arrives, so no pause button.
    void setPauseButtonVisible(bool visible);

    // The window drawn: the latest snapshot's, or the view's own.
    const TimelineWindow& timelineWindow() const { return *shown_; }
    FlameChartPlottable* plottable() const { return chart_; }
    // Scrolls the lanes when they do not all fit at a readable row height.
    QScrollBar* laneScrollBar() const { return lane_scroll_; }
    // Row height at which a block's name fits in its box: lanes open at this
    // height (or taller, when they all fit) and scroll, as in Tracy, rather
    // than squeezing 64 threads into rows too thin to read.
    double readableRowPx() const;
    QCustomPlot* plot() const { return plot_; }
    // Shows [t0, t1] in profiler seconds (pauses a live view).
    void showRange(double t0_s, double t1_s);
    // Multiplies the visible time span by `factor` (< 1 zooms in), within
    // the window: live, the right edge stays at "now"; paused, the centre
    // stays where it is.
    void zoomTime(double factor);
    // The whole window, scrolling live.
    void showWholeWindow();
    // Zooms to the longest run of `block` among the shown threads' events
    // in the window (pausing), frames it and scrolls its lane into view:
    // where the outliers that a maximum or a p99 only count actually are.
    // False, and the status line says so, when none of them ran it.
    bool showLongestRun(BlockKey block);
    // The view opens on a span where the threads' typical top-level blocks
    // are readable boxes (readableSpanNs()), chosen from the first snapshot
    // (a poll, or a capture) with enough of them, and chosen again when their
    // typical length stays more than tenfold away for a few polls;
    // zooming, panning, showRange() and showWholeWindow() end that.
    bool spanFollowsData() const { return span_follows_data_; }
    // The span shown is such a readable span (not the whole window).
    bool hasReadableSpan() const { return span_chosen_; }

    // The marked time range (Shift+drag), in profiler ns.
    void selectTimeRange(std::uint64_t begin_ns, std::uint64_t end_ns);
    void clearTimeRange();
    TimeRangeBand* timeRangeBand() const { return range_band_; }

Q_SIGNALS:
    void pausedChanged(bool paused);
    void timeRangeSelected(std::uint64_t begin_ns, std::uint64_t end_ns);
    // The range was removed, or the timeline it belonged to restarted.
    void timeRangeCleared();
    // setWindowSeconds() or setWindowNs(): whoever fills Snapshot::window
    // should keep that much.
    void windowNsChanged(std::uint64_t window_ns);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    // Takes the latest snapshot's window, or ingests its timeline.
    void showLatest(bool restarted);
    std::shared_ptr<const TimelineWindow> ownWindow() const;
    void refresh();
    // Sets the live span to readableSpanNs() of the visible lanes, once they
    // hold enough blocks, and again when it moves more than tenfold for a
    // few polls.
    void chooseReadableSpan();
    std::vector<const ThreadLane*> visibleLanes() const;
    void rebuildLanes();
    void updateLaneTicks();
    // Sets the vertical range to as many rows as fit at readableRowPx() in
    // `height_px` (all of them if they fit), from `top` (clamped).
    void fitLanes(double top, double height_px);
    // Keeps the vertical range inside the lanes and the scroll bar in step.
    void onLaneRangeChanged();
    double laneAreaMargins() const;
    // Shows the lane names that fit: with many threads or a vertical zoom
    // out, neighbours closer than a line of text are left unlabelled.
    void applyLaneLabels();
    void onRangeChanged();
    void onMouseMove(QMouseEvent* event);
    void onMousePress(QMouseEvent* event);
    void onMouseRelease(QMouseEvent* event);
    QString blockName(unsigned track, unsigned block) const;
    QString trackName(unsigned track) const;
    void updateStatus();

    ViewSelection* selection_;
    QCustomPlot* plot_;
    FlameChartPlottable* chart_;
    TimeRangeBand* range_band_;
    QToolButton* pause_button_;
    QScrollBar* lane_scroll_;
    QLabel* status_;
    QString note_; // said before the counts until the selected block changes
    QSharedPointer<RelativeTimeTicker> ticker_; // labels time relative to the last poll
    TimelineWindow window_; // for snapshots without a window of their own
    std::shared_ptr<const TimelineWindow> shown_;
    SnapshotPtr latest_;
    double window_seconds_ = 10.0;
    double span_seconds_ = 10.0; // visible width while live
    // Until the user zooms, pans or asks for a range: the first snapshot
    // with enough blocks chooses the span.
    bool span_follows_data_ = true;
    bool span_chosen_ = false; // span_seconds_ is a readable span, not the window
    // Snapshots in a row whose readable span is 16 times the shown one or
    // a 16th of it; at kSpanDisagreements the span follows.
    int span_disagreements_ = 0;
    static constexpr int kSpanDisagreements = 3;
    bool paused_ = false;
    bool dirty_ = false;
    bool anchoring_ = false;
    QPoint press_pos_;
    bool dragged_ = false;
    double shown_rows_ = -1.0; // rows the vertical range was last fitted to
    bool lanes_zoomed_ = false; // Ctrl+wheel: the user's row height, kept until the lanes change
    bool clamping_lanes_ = false;
    struct LaneLabel {
        double top;    // first row
        double bottom; // one past the last row
        QString name;
    };
    std::vector<LaneLabel> lane_labels_; // per visible lane, top first
};

} // namespace stichotrope::gui
