#include "PollController.hpp"

#include "LongSlices.hpp"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <chrono>

namespace stichotrope::gui {
namespace {

// Threads that only poll, shared by every controller and never retired: a
// thread's scheduling request is its own (not the application's global
// pool's business), and a new thread per viewer would take a new malloc
// arena, which keeps the memory of the old one.
struct PollThreads : QThreadPool {
    PollThreads()
    {
        setExpiryTimeout(-1);
        setObjectName(QStringLiteral("stichotrope-poll"));
    }
};
Q_GLOBAL_STATIC(PollThreads, pollThreads)

} // namespace

QThreadPool* PollController::threadPool() { return pollThreads(); }

PollController::PollController(Profiler& profiler, QObject* parent) : QObject(parent), profiler_(profiler)
{
    qRegisterMetaType<SnapshotPtr>();
    timer_.setInterval(kDefaultIntervalMs);
    connect(&timer_, &QTimer::timeout, this, &PollController::pollNow);
    connect(&watcher_, &QFutureWatcher<SnapshotPtr>::finished, this, &PollController::onFinished);
    timer_.start();
}

PollController::~PollController()
{
    timer_.stop();
    watcher_.waitForFinished();
}

void PollController::setIntervalMs(int ms)
{
    ms = std::clamp(ms, 10, 60'000);
    if (ms == timer_.interval())
        return;
    timer_.setInterval(ms);
    lastStart_.invalidate();
    Q_EMIT intervalChanged(ms);
}

void PollController::setPaused(bool paused)
{
    if (paused == paused_)
        return;
    paused_ = paused;
    lastStart_.invalidate();
    pollPending_ = false;
    if (paused)
        timer_.stop();
    else
        timer_.start();
    Q_EMIT pausedChanged(paused);
}

void PollController::reset()
{
    resetPending_ = true;
    pollNow();
}

void PollController::setTrackEnabled(unsigned track, bool enabled)
{
    // One atomic store in the engine: cheap enough for the GUI thread.
    profiler_.set_track_enabled(track, enabled);
}

void PollController::setHistogramIntervalMs(int ms) { histogramIntervalMs_ = std::max(ms, 0); }

void PollController::setTimelineWindowNs(std::uint64_t window_ns)
{
    windowNs_ = std::max<std::uint64_t>(window_ns, 1);
}

void PollController::pollNow()
{
    if (watcher_.isRunning()) {
        // Served when the running poll ends: a poll slower than the interval
        // is followed at once instead of waiting for the next tick.
        pollPending_ = true;
        return;
    }
    pollPending_ = false;
    const bool clear = std::exchange(resetPending_, false);
    resetInFlight_ = clear;
    if (clear)
        sinceNs_ = 0;
    const std::uint64_t since = sinceNs_;
    const std::uint64_t sequence = ++sequence_;
    const int interval = timer_.interval();
    const double sincePrevious = lastStart_.isValid() ? double(lastStart_.nsecsElapsed()) * 1e-6 : 0.0;
    lastStart_.start();
    Profiler* profiler = &profiler_;
    QThreadPool* threads = threadPool();
    watcher_.setFuture(QtConcurrent::run(threads, [profiler, since, sequence, interval, sincePrevious, clear,
                                                   window = window_, window_ns = windowNs_, read = read_,
                                                   histogram_ns = std::uint64_t(histogramIntervalMs_) * 1000000,
                                                   spare = std::move(spare_)]() mutable -> SnapshotPtr {
        // Asked by every poll: one system call once granted.
        requestLongSlices();
        const auto start = std::chrono::steady_clock::now();
        if (clear) {
            profiler->clear();
            window->clear();
        }
        auto s = std::make_shared<Snapshot>();
        if (spare) {
            s->results = std::move(spare->results);
            s->thread_totals = std::move(spare->thread_totals);
            spare.reset();
        }
        s->poll_slice_ns = currentSliceNs();
        s->profiler_now_ns = profiler->now_ns();
        // Histograms as old as asked are read again; so are those of a new
        // snapshot (it has none), and after a clear() (the engine sees it).
        const std::uint64_t read_ns = s->results.histograms_read_ns;
        const bool histograms_due =
            read_ns == 0 || s->profiler_now_ns < read_ns || s->profiler_now_ns - read_ns >= histogram_ns;
        profiler->get_results(s->results, histograms_due ? Profiler::HistogramRead::Fresh
                                                         : Profiler::HistogramRead::KeepPrevious);
        profiler->timeline(since, *read);
        // The flame chart's window: every event of every poll passes through
        // it, work the GUI thread is spared. Its copy shares the events.
        if (window->windowNs() != window_ns)
            window->setWindowNs(window_ns);
        window->ingest(*read);
        s->window = std::make_shared<const TimelineWindow>(*window);
        s->timeline.now_ns = read->now_ns;
        s->timeline.threads.reserve(read->threads.size());
        for (ThreadTimeline& t : read->threads) {
            // The snapshot gets every field but the events.
            SnapshotVector<TimelineEvent> events = std::move(t.events);
            t.events.clear();
            s->timeline.threads.push_back(t);
            // Storage sized for what a poll brings stays for the next one;
            // what a rare large read (the first, from 0) needed goes.
            if (events.capacity() <= 2 * events.size() + kKeptEvents)
                t.events = std::move(events);
        }
        computeTotals(*s);
        s->sequence = sequence;
        s->interval_ms = interval;
        s->since_previous_ms = sincePrevious;
        s->poll_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        return s;
    }));
}

void releaseOffGuiThread(SnapshotPtr snapshot)
{
    // Every other owner lives on this thread: a count of one cannot grow
    // behind our back.
    if (snapshot && snapshot.use_count() == 1)
        (void)QtConcurrent::run([s = std::move(snapshot)]() mutable { s.reset(); });
}

void PollController::recycle(SnapshotPtr snapshot)
{
    // Snapshots are created mutable (make_shared<Snapshot>) and published
    // const; the one we get back unshared is ours to write over again.
    if (!spare_ && snapshot && snapshot.use_count() == 1)
        spare_ = std::const_pointer_cast<Snapshot>(std::move(snapshot));
    else
        releaseOffGuiThread(std::move(snapshot));
}

void PollController::onFinished()
{
    SnapshotPtr s = watcher_.result();
    // The next poll reads events that ended after this one began.
    sinceNs_ = s->timeline.now_ns ? s->timeline.now_ns : s->profiler_now_ns;
    latest_ = s;
    if (std::exchange(resetInFlight_, false))
        Q_EMIT cleared();
    Q_EMIT snapshotReady(s);
    if (resetPending_ || pollPending_)
        pollNow();
}

} // namespace stichotrope::gui
