// Polls a Profiler on a timer. The aggregation (get_results() and the
// timeline read) and the upkeep of the flame chart's window run on a poll
// thread, so the GUI never waits for them; at most one poll is in flight,
// and a tick that finds one running is served as soon as it ends (once,
// however many ticks came meanwhile). Poll threads run in long slices
// (LongSlices.hpp): the program's threads, woken up, go first. Duration
// histograms, the costliest part of a read, are read at an interval of
// their own (Profiler::HistogramRead).
#pragma once

#include "model/Snapshot.hpp"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

namespace stichotrope::gui {

// Drops a reference to a snapshot; when it was the last, a pool thread frees
// it (a snapshot of 64 threads x 1000 blocks takes milliseconds to free).
// GUI thread: every other owner must live there too.
void releaseOffGuiThread(SnapshotPtr snapshot);

class PollController : public QObject {
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalMs = 200;
    // Quantiles a person reads: a second old at most is fresh enough, and
    // at 10 Hz the program's threads are spared four reads in five (two
    // snapshots take turns, each read once a second).
    static constexpr int kDefaultHistogramIntervalMs = 1000;

    explicit PollController(Profiler& profiler, QObject* parent = nullptr);
    // Waits for a poll in flight: it reads the profiler.
    ~PollController() override;

    // The threads polls run on, shared by every controller.
    static QThreadPool* threadPool();

    Profiler& profiler() const { return profiler_; }
    int intervalMs() const { return timer_.interval(); }
    int histogramIntervalMs() const { return histogramIntervalMs_; }
    bool isPaused() const { return paused_; }
    SnapshotPtr latest() const { return latest_; }
    bool hasSpare() const { return spare_ != nullptr; } // a recycled snapshot waits for the next poll
    std::uint64_t timelineWindowNs() const { return windowNs_; }

public Q_SLOTS:
    void setIntervalMs(int ms);
    // A poll reads the histograms when those of the snapshot it writes over
    // are this old (0: every poll); other polls keep them.
    void setHistogramIntervalMs(int ms);
    void setPaused(bool paused);
    // Zeroes the profiler's statistics (Profiler::clear()) with the next poll,
    // which follows at once; emits cleared() before that poll's snapshot.
    void reset();
    void setTrackEnabled(unsigned track, bool enabled);
    // Length of the timeline window the snapshots carry (Snapshot::window),
    // from the next poll on.
    void setTimelineWindowNs(std::uint64_t window_ns);
    // Polls now, or when the poll already running ends.
    void pollNow();
    // Hands back a snapshot the views are done with. When nothing else holds
    // it, the next poll writes its results over the old ones
    // (Profiler::get_results(Results&)) instead of allocating and faulting in
    // a snapshot's worth of memory again; it is freed on the pool thread.
    void recycle(stichotrope::gui::SnapshotPtr snapshot);

Q_SIGNALS:
    void snapshotReady(stichotrope::gui::SnapshotPtr snapshot);
    void cleared();
    void pausedChanged(bool paused);
    void intervalChanged(int ms);

private:
    void onFinished();

    Profiler& profiler_;
    QTimer timer_;
    QFutureWatcher<SnapshotPtr> watcher_;
    SnapshotPtr latest_;
    std::shared_ptr<Snapshot> spare_; // recycled, held by nothing else
    // Only the poll in flight touches the window; snapshots get copies.
    std::shared_ptr<TimelineWindow> window_ = std::make_shared<TimelineWindow>();
    // The last timeline read, written over by the next (Profiler::timeline
    // into a Timeline): its events' storage is not allocated and faulted in
    // again every poll. Only the poll in flight touches it.
    std::shared_ptr<Timeline> read_ = std::make_shared<Timeline>();
    static constexpr std::size_t kKeptEvents = 1 << 16; // per thread, beyond twice the last read
    std::uint64_t windowNs_ = TimelineWindow().windowNs();
    int histogramIntervalMs_ = kDefaultHistogramIntervalMs;
    std::uint64_t sinceNs_ = 0;
    std::uint64_t sequence_ = 0;
    QElapsedTimer lastStart_; // the previous poll's start; invalid after a pause or a new interval
    bool paused_ = false;
    bool pollPending_ = false; // asked for while a poll ran
    bool resetPending_ = false;
    bool resetInFlight_ = false;
};

} // namespace stichotrope::gui
