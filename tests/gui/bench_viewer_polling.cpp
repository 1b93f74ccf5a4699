// Cost of the live viewer: 64 worker threads executing 1000 distinct blocks,
// with and without a ProfilerWidget polling at 10 Hz. Reports the GUI
// thread's CPU share (polling and updating the views), the poll thread's, and
// the workers' throughput with the viewer relative to without it.
//
//   QT_QPA_PLATFORM=offscreen ./bench_viewer_polling [seconds-per-phase=4] [rounds=2] [idle-us=0] [docks] [worker-nice=0]
//                                                    [histogram-ms]
//
// docks = "all" (default) shows every dock; "tables" closes the flame chart,
// flame graph and plots docks to separate the tables' cost from theirs.
//
// idle-us > 0 makes each worker sleep that long after every pass over its
// 1000 blocks, for a program that does not saturate every core.
//
// worker-nice > 0 (Linux) raises the workers' nice value by that much, as the
// viewer's demo workload does: a program whose workers yield to the viewer,
// which then polls at the rate asked, at whatever cost to the workers.
//
// histogram-ms: how often the viewer reads the duration histograms
// (PollController::setHistogramIntervalMs; 0 = every poll). Default: the
// controller's.
#include "controller/PollController.hpp"
#include "widgets/ProfilerWidget.hpp"

#include <stichotrope/stichotrope.hpp>

#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <deque>
#include <string>
#include <thread>
#include <sys/resource.h>
#include <time.h>
#include <vector>

#if defined(__linux__)
#include <unistd.h> // nice()
#endif

using namespace stichotrope;

namespace {

constexpr int kWorkers = 64;
constexpr int kOuter = 50;   // blocks that contain others
constexpr int kBlocks = 1000;
constexpr unsigned kTracks = 8;

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

double processCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

long minorFaults()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_minflt;
}

long peakRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

struct Sites {
    std::vector<std::string> names;
    std::deque<detail::CallSite> sites; // atomics: never moved
    Sites()
    {
        names.reserve(kBlocks);
        for (int i = 0; i < kBlocks; ++i)
            names.push_back((i < kOuter ? "outer-" : "block-") + std::to_string(i));
        for (int i = 0; i < kBlocks; ++i)
            sites.emplace_back(names[std::size_t(i)].c_str(), "bench_viewer_polling.cpp", unsigned(100 + i));
    }
};

// Each worker cycles through every block: an outer block holding 19 inner
// ones, each with a little real work, so every thread has all 1000 blocks.
void worker(Profiler& p, Sites& s, int index, int idleUs, int niceness, std::atomic<bool>& stop,
            std::atomic<std::uint64_t>& done)
{
#if defined(__linux__)
    if (niceness > 0)
        (void)!nice(niceness); // this thread only, on Linux
#else
    (void)niceness;
#endif
    set_thread_name("bench-" + std::to_string(index));
    const int innerPerOuter = (kBlocks - kOuter) / kOuter;
    volatile double sink = 0;
    std::uint64_t local = 0;
    while (!stop.load(std::memory_order_relaxed)) {
        for (int o = 0; o < kOuter; ++o) {
            detail::ScopedBlock outer(p, unsigned(o) % kTracks, s.sites[std::size_t(o)]);
            for (int i = 0; i < innerPerOuter; ++i) {
                const int b = kOuter + o * innerPerOuter + i;
                detail::ScopedBlock inner(p, unsigned(b) % kTracks, s.sites[std::size_t(b)]);
                for (int k = 0; k < 40; ++k)
                    sink = sink + k * 0.5;
                ++local;
            }
        }
        done.fetch_add(local, std::memory_order_relaxed);
        local = 0;
        if (idleUs > 0)
            std::this_thread::sleep_for(std::chrono::microseconds(idleUs));
    }
}

struct Phase {
    double blocksPerSecond = 0;
    double guiCpuShare = 0;  // of one core
    double processCpu = 0;   // cores
    int polls = 0;
    double meanPollMs = 0;
    double faultsPerSecond = 0; // minor page faults of the whole process
};

bool g_tablesOnly = false;
int g_histogramMs = gui::PollController::kDefaultHistogramIntervalMs;

Phase runPhase(QApplication& app, Profiler& p, std::atomic<std::uint64_t>& done, double seconds, bool viewer)
{
    std::unique_ptr<gui::ProfilerWidget> widget;
    int polls = 0;
    double pollMs = 0;
    if (viewer) {
        widget = std::make_unique<gui::ProfilerWidget>(p);
        widget->pollController()->setIntervalMs(100);
        widget->pollController()->setHistogramIntervalMs(g_histogramMs);
        QObject::connect(widget->pollController(), &gui::PollController::snapshotReady,
                         [&](const gui::SnapshotPtr& s) {
                             ++polls;
                             pollMs += s->poll_ms;
                         });
        widget->resize(1500, 900);
        widget->show();
        if (g_tablesOnly)
            for (QDockWidget* d : widget->findChildren<QDockWidget*>())
                if (d->objectName().startsWith(QLatin1String("flame")) || d->objectName() == QLatin1String("plots"))
                    d->close();
        // Let the first polls build the rows (insertions) before measuring.
        QElapsedTimer warm;
        warm.start();
        while (warm.elapsed() < 1000)
            app.processEvents(QEventLoop::AllEvents, 50);
        polls = 0;
        pollMs = 0;
    }
    const std::uint64_t before = done.load();
    const double gui0 = threadCpuSeconds();
    const double proc0 = processCpuSeconds();
    const long faults0 = minorFaults();
    QElapsedTimer t;
    t.start();
    QTimer::singleShot(int(seconds * 1000), &app, [&app] { app.exit(); });
    app.exec();
    const double wall = double(t.nsecsElapsed()) * 1e-9;
    Phase r;
    r.blocksPerSecond = double(done.load() - before) / wall;
    r.guiCpuShare = (threadCpuSeconds() - gui0) / wall;
    r.processCpu = (processCpuSeconds() - proc0) / wall;
    r.faultsPerSecond = double(minorFaults() - faults0) / wall;
    r.polls = polls;
    r.meanPollMs = polls ? pollMs / polls : 0.0;
    if (widget) {
        // The viewer's teardown (its last poll, snapshots released on pool
        // threads, deferred deletions) ends before the next phase measures.
        // (Not waitForDone(): it also ends the pool's threads, and new ones
        // would start the next phase with cold malloc arenas.)
        widget.reset();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        while (QThreadPool::globalInstance()->activeThreadCount() > 0)
            app.processEvents(QEventLoop::AllEvents, 10);
    }
    return r;
}

} // namespace

int main(int argc, char* argv[])
{
    const double seconds = argc > 1 ? std::atof(argv[1]) : 4.0;
    const int rounds = argc > 2 ? std::atoi(argv[2]) : 2;
    const int idleUs = argc > 3 ? std::atoi(argv[3]) : 0;
    g_tablesOnly = argc > 4 && std::string(argv[4]) == "tables";
    const int workerNice = argc > 5 ? std::atoi(argv[5]) : 0;
    if (argc > 6)
        g_histogramMs = std::atoi(argv[6]);
    QApplication app(argc, argv);

    Profiler p("bench");
    p.set_timeline_capacity(1 << 14);
    Sites sites;
    std::atomic<bool> stop{false};
    std::atomic<std::uint64_t> done{0};
    std::vector<std::thread> workers;
    for (int i = 0; i < kWorkers; ++i)
        workers.emplace_back(worker, std::ref(p), std::ref(sites), i, idleUs, workerNice, std::ref(stop),
                             std::ref(done));

    // Warm up: every thread registers every block.
    runPhase(app, p, done, 1.0, false);
    {
        QElapsedTimer t;
        t.start();
        const double cpu0 = threadCpuSeconds();
        const Results r = p.get_results();
        std::printf("one get_results(): %.1f ms wall, %.1f ms CPU, %zu threads, %zu blocks\n",
                    double(t.nsecsElapsed()) / 1e6, (threadCpuSeconds() - cpu0) * 1e3, r.threads.size(),
                    r.block_count());
        t.restart();
        const Timeline tl = p.timeline(0);
        std::printf("one timeline(0): %.1f ms\n", double(t.nsecsElapsed()) / 1e6);
    }
    std::printf("workers %d (idle %d us per pass, nice +%d), blocks %zu, threads %zu, poll interval 100 ms, "
                "histograms every %d ms, %g s per phase, %d rounds, %u cores\n",
                kWorkers, idleUs, workerNice, p.block_count(), p.thread_count(), g_histogramMs, seconds, rounds,
                std::thread::hardware_concurrency());
    double without = 0;
    double with = 0;
    double guiCpuMs = 0; // GUI thread CPU of the viewer phases
    int polls = 0;
    double viewerSeconds = 0;
    double lowest = 0, highest = 0; // of the rounds' changes, in %
    for (int round = 0; round < rounds; ++round) {
        const Phase a = runPhase(app, p, done, seconds, false);
        const Phase b = runPhase(app, p, done, seconds, true);
        const double change = 100 * (b.blocksPerSecond / a.blocksPerSecond - 1.0);
        lowest = round ? std::min(lowest, change) : change;
        highest = round ? std::max(highest, change) : change;
        std::printf("round %d: without viewer %.4g blocks/s, process %.2f cores; with viewer %.4g blocks/s (%+.2f%%), "
                    "process %.2f cores, GUI thread %.1f ms CPU per poll, %d polls, mean poll (aggregation) %.1f ms, "
                    "%.0f page faults/s\n",
                    round + 1, a.blocksPerSecond, a.processCpu, b.blocksPerSecond, change, b.processCpu,
                    b.polls ? 1e3 * b.guiCpuShare * seconds / b.polls : 0.0, b.polls, b.meanPollMs,
                    b.faultsPerSecond);
        without += a.blocksPerSecond;
        with += b.blocksPerSecond;
        guiCpuMs += 1e3 * b.guiCpuShare * seconds;
        polls += b.polls;
        viewerSeconds += seconds;
    }
    stop = true;
    for (auto& w : workers)
        w.join();
    // The GUI thread's share is judged at the nominal 10 Hz: when the machine
    // is saturated polls come less often, and a share measured over fewer
    // polls would flatter the viewer. The workers' change is that of the
    // summed rounds: one round's is noisy (see the range printed with it).
    const double perPollMs = polls ? guiCpuMs / polls : 0.0;
    std::printf("RESULT: GUI thread %.1f ms CPU per poll, %.1f%% of one core at 10 Hz (limit 25%%); %.2f polls/s "
                "achieved (asked 10); worker throughput change with viewer %+.2f%% over %d rounds (limit -2%%; "
                "rounds %+.2f%% .. %+.2f%%); peak RSS %ld MB\n",
                perPollMs, perPollMs, polls / viewerSeconds, 100 * (with / without - 1.0), rounds, lowest, highest,
                peakRssMb());
    return 0;
}
