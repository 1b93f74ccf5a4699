// Repaint time of the flame chart with a million events in the window: the
// median of N full replots (layout + drawing) of an offscreen 1600x900 view,
// and of QWidget::grab() of the whole widget; and of finding a block's
// longest run among them (Ctrl+J).
//   QT_QPA_PLATFORM=offscreen ./bench_flame_chart [replots]
#include "model/Snapshot.hpp"
#include "model/ViewSelection.hpp"
#include "widgets/visual/FlameChartPlottable.hpp"
#include "widgets/visual/FlameChartView.hpp"

#include <QApplication>
#include <QElapsedTimer>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <string>
#include <cstdio>
#include <vector>

using namespace stichotrope;
using namespace stichotrope::gui;

namespace {

// 8 threads x 4 depths, 31,250 events per row (about 18 s): a million events,
// log-uniform durations (1 µs .. 1 ms, one in a hundred 20-60 ms) and gaps,
// so at full view most fold and some stay wide; zoomed in, most are drawn.
Timeline millionEvents()
{
    Timeline t;
    t.now_ns = 10'000'000'000ull;
    std::mt19937_64 rng(7);
    const auto logUniform = [&rng](double lo, double hi) {
        return std::exp(std::uniform_real_distribution<double>(std::log(lo), std::log(hi))(rng));
    };
    for (int th = 0; th < 8; ++th) {
        ThreadTimeline tt;
        tt.thread_id = 1000 + std::uint64_t(th);
        tt.name = "worker-" + std::to_string(th);
        for (unsigned depth = 0; depth < 4; ++depth) {
            std::uint64_t at = 0;
            for (int i = 0; i < 31'250; ++i) {
                const bool longOne = rng() % 100 == 0;
                const auto duration = std::uint64_t(longOne ? logUniform(20e6, 60e6) : logUniform(1e3, 1e6));
                at += std::uint64_t(logUniform(1e3, 3e5));
                tt.events.push_back({at, duration, depth, unsigned(i % 5), depth});
                at += duration;
            }
        }
        // "Now" is the last end over all threads; the window is long enough to keep everything.
        std::uint64_t end = 0;
        for (const TimelineEvent& e : tt.events)
            end = std::max(end, e.start_ns + e.duration_ns);
        t.now_ns = std::max(t.now_ns, end);
        t.threads.push_back(std::move(tt));
    }
    return t;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 31;

    ViewSelection selection;
    FlameChartView view(&selection);
    view.resize(1600, 900);
    view.setWindowSeconds(1000.0);
    view.show();
    auto snapshot = std::make_shared<Snapshot>();
    snapshot->timeline = millionEvents();
    snapshot->profiler_now_ns = snapshot->timeline.now_ns;
    QElapsedTimer ingest;
    ingest.start();
    view.setSnapshot(snapshot);
    const double ingestMs = double(ingest.nsecsElapsed()) * 1e-6;
    QApplication::processEvents();

    view.showRange(0.0, double(view.timelineWindow().nowNs()) * 1e-9);
    std::vector<double> replot;
    std::vector<double> grab;
    std::vector<double> zoomed;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        view.plot()->replot(QCustomPlot::rpImmediateRefresh);
        replot.push_back(double(t.nsecsElapsed()) * 1e-6);
        t.restart();
        const QPixmap pixmap = view.grab();
        grab.push_back(double(t.nsecsElapsed()) * 1e-6);
    }
    const std::size_t fullEvents = view.timelineWindow().eventCount();
    const std::size_t fullVisible = view.plottable()->layout().visibleEventCount();
    const std::size_t fullBoxes = view.plottable()->layout().boxCount();
    // Zoomed to 50 ms: few events fold, labels are drawn.
    const double end = double(view.timelineWindow().nowNs()) * 1e-9;
    view.showRange(end / 2.0, end / 2.0 + 0.05);
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        view.plot()->replot(QCustomPlot::rpImmediateRefresh);
        zoomed.push_back(double(t.nsecsElapsed()) * 1e-6);
    }
    const std::size_t zoomedBoxes = view.plottable()->layout().boxCount();

    // Ctrl+J: the search visits every event of the window, then zooms.
    std::vector<double> longest;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        if (!view.showLongestRun(BlockKey{0, 3}))
            return 1;
        view.plot()->replot(QCustomPlot::rpImmediateRefresh);
        longest.push_back(double(t.nsecsElapsed()) * 1e-6);
    }

    // Live: polls of 100 ms of new events (trimming the oldest) while
    // scrolling; each frame is ingest + lane ticks + replot.
    view.setPaused(false);
    view.setWindowSeconds(end);
    std::vector<double> live;
    std::uint64_t now = view.timelineWindow().nowNs();
    for (int i = 0; i < runs; ++i) {
        auto poll = std::make_shared<Snapshot>();
        now += 100'000'000;
        poll->timeline.now_ns = now;
        for (int th = 0; th < 8; ++th) {
            ThreadTimeline tt;
            tt.thread_id = 1000 + std::uint64_t(th);
            tt.name = "worker-" + std::to_string(th);
            for (unsigned depth = 0; depth < 4; ++depth) {
                for (std::uint64_t at = now - 100'000'000; at + 600'000 <= now; at += 600'000)
                    tt.events.push_back({at, 500'000, depth, 1, depth});
            }
            poll->timeline.threads.push_back(std::move(tt));
        }
        poll->profiler_now_ns = now;
        QElapsedTimer t;
        t.start();
        view.setSnapshot(poll);
        view.plot()->replot(QCustomPlot::rpImmediateRefresh);
        live.push_back(double(t.nsecsElapsed()) * 1e-6);
    }
    const std::size_t liveEvents = view.timelineWindow().eventCount();
    view.showRange(0.0, end);
    view.setWindowSeconds(1000.0);
    view.plot()->replot(QCustomPlot::rpImmediateRefresh);
    view.grab().save(QStringLiteral("/tmp/bench_flame_chart_full.png"));
    std::printf("events in window: %zu over %.1f s, visible: %zu, boxes drawn: %zu\n", fullEvents, end, fullVisible,
                fullBoxes);
    std::printf("ingest of one snapshot with all events: %.1f ms\n", ingestMs);
    std::printf("median of %d replots, full view, 1600x900: %.2f ms\n", runs, median(replot));
    std::printf("median of %d QWidget::grab(), full view:           %.2f ms\n", runs, median(grab));
    std::printf("median of %d replots, zoomed to 50 ms (%zu boxes):  %.2f ms\n", runs, zoomedBoxes, median(zoomed));
    std::printf("median of %d longest-run searches with their replot: %.2f ms\n", runs, median(longest));
    std::printf("median of %d live frames (poll of ~5k events + replot, %zu events in window): %.2f ms\n", runs,
                liveEvents, median(live));
    return 0;
}
