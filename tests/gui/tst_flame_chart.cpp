// The flame chart's window, layout and widget: a real profiled workload lands
// in the right lanes, depths and positions; sub-pixel runs fold; the binary
// search is exact at the window's edges.
#include "model/FlameChartLayout.hpp"
#include "model/ReadableSpan.hpp"
#include "model/Snapshot.hpp"
#include "model/TimelineWindow.hpp"
#include "model/ViewSelection.hpp"
#include "widgets/visual/FlameChartPlottable.hpp"
#include "widgets/visual/FlameChartView.hpp"

#include <stichotrope/stichotrope.hpp>

#include "gui_test_support.hpp"
#include "model/TrackPalette.hpp"

#include <QApplication>
#include <QLabel>
#include <QTest>

#include <qcustomplot.h>

#include <chrono>
#include <thread>

using namespace stichotrope;
using namespace stichotrope::gui;

namespace {

void spin(std::chrono::microseconds d)
{
    const auto until = std::chrono::steady_clock::now() + d;
    while (std::chrono::steady_clock::now() < until) {
    }
}

// frame (track 0) > { update, render } (track 1), `frames` times.
void runFrames(Profiler& p, int frames)
{
    for (int i = 0; i < frames; ++i) {
        STICHO_BLOCK(p, 0, "frame");
        {
            STICHO_BLOCK(p, 1, "update");
            spin(std::chrono::microseconds(300));
        }
        {
            STICHO_BLOCK(p, 1, "render");
            spin(std::chrono::microseconds(300));
        }
        spin(std::chrono::microseconds(100));
    }
}

SnapshotPtr snapshotOf(const Profiler& p, std::uint64_t since_ns, std::uint64_t sequence)
{
    auto s = std::make_shared<Snapshot>();
    s->results = p.get_results();
    s->timeline = p.timeline(since_ns);
    s->profiler_now_ns = s->timeline.now_ns;
    s->sequence = sequence;
    return s;
}

const ThreadLane* laneNamed(const TimelineWindow& w, const std::string& name)
{
    for (const ThreadLane& l : w.lanes())
        if (l.name == name)
            return &l;
    return nullptr;
}

std::vector<WindowEvent> evenlySpaced(std::size_t n, std::uint64_t start, std::uint64_t duration, std::uint64_t period)
{
    std::vector<WindowEvent> v;
    for (std::size_t i = 0; i < n; ++i)
        v.push_back({start + i * period, start + i * period + duration, 0, 0});
    return v;
}

// A lane whose top level holds `durations` back to back from `start`, each
// followed by an equal gap.
ThreadLane laneOf(std::uint64_t id, const std::vector<std::uint64_t>& durations, std::uint64_t start = 0)
{
    ThreadLane lane;
    lane.thread_id = id;
    lane.name = "lane-" + std::to_string(id);
    lane.depths.resize(1);
    for (const std::uint64_t d : durations) {
        lane.depths[0].add({start, start + d, 0, 0});
        start += 2 * d;
    }
    return lane;
}

std::vector<std::uint64_t> repeated(std::size_t n, std::uint64_t value)
{
    return std::vector<std::uint64_t>(n, value);
}

// Sizes a chart, sets its window, shows it and lays it out once; false if it
// never got on screen.
bool showChart(FlameChartView& view, QSize size, double window_s)
{
    view.resize(size);
    view.setWindowSeconds(window_s);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return false;
    view.plot()->replot(QCustomPlot::rpImmediateRefresh);
    return true;
}

} // namespace

class TestFlameChart : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Any Qt warning or critical message fails the running test.
    void init() { stichotrope::test::failOnWarnings(); }
    void cleanup() { stichotrope::test::checkWarnings(); }

    void laysOutAProfiledWorkload()
    {
        Profiler p("flame chart test");
        std::thread a([&] { set_thread_name("worker-a"); runFrames(p, 4); });
        a.join();
        std::thread b([&] { set_thread_name("worker-b"); runFrames(p, 3); });
        b.join();

        ViewSelection selection;
        FlameChartView view(&selection);
        view.resize(1600, 600);
        view.setWindowSeconds(3600.0);
        view.show();
        view.setSnapshot(snapshotOf(p, 0, 1));

        const TimelineWindow& w = view.timelineWindow();
        QCOMPARE(w.lanes().size(), std::size_t(2));
        const ThreadLane* la = laneNamed(w, "worker-a");
        const ThreadLane* lb = laneNamed(w, "worker-b");
        QVERIFY(la && lb);
        QCOMPARE(la->depths.size(), std::size_t(2));
        QCOMPARE(la->depths[0].size(), std::size_t(4));
        QCOMPARE(la->depths[1].size(), std::size_t(8));
        QCOMPARE(lb->depths[0].size(), std::size_t(3));
        QCOMPARE(lb->depths[1].size(), std::size_t(6));

        // Lay out worker-a's frames over their own extent, wide enough that nothing folds.
        const auto frames = la->depths[0].events();
        FlameChartLayoutParams params{frames.front().start_ns, frames.back().end_ns, 100000.0, 3.0};
        const FlameChartLayout layout = FlameChartLayout::compute({la, lb}, params);
        QCOMPARE(layout.laneCount(), std::size_t(2));
        QCOMPARE(layout.laneTop(0), 0.0);
        QCOMPARE(layout.laneTop(1), 3.0); // two depths and a gap row
        const FlameRow* top = layout.row(0, 0);
        const FlameRow* inner = layout.row(0, 1);
        QVERIFY(top && inner);
        QCOMPARE(top->boxes.size(), std::size_t(4));
        QCOMPARE(inner->boxes.size(), std::size_t(8));
        for (std::size_t i = 0; i < top->boxes.size(); ++i) {
            const FlameBox& f = top->boxes[i];
            QVERIFY(!f.folded());
            QCOMPARE(f.start_ns, frames[i].start_ns);
            QCOMPARE(f.end_ns, frames[i].end_ns);
            QCOMPARE(f.track, 0u);
            // update then render, both inside their frame.
            for (std::size_t k = 0; k < 2; ++k) {
                const FlameBox& c = inner->boxes[2 * i + k];
                QCOMPARE(c.track, 1u);
                QVERIFY(c.start_ns >= f.start_ns && c.end_ns <= f.end_ns);
                QVERIFY(c.end_ns - c.start_ns >= 250'000u); // spun 300 µs; clocks differ slightly
            }
            QVERIFY(inner->boxes[2 * i].end_ns <= inner->boxes[2 * i + 1].start_ns);
            QVERIFY(inner->boxes[2 * i].block != inner->boxes[2 * i + 1].block);
        }
        // worker-b ran after worker-a: nothing of it is in a's range.
        QVERIFY(layout.row(1, 0) == nullptr);

        // The view's own plottable drew the same events.
        view.plot()->replot(QCustomPlot::rpImmediateRefresh);
        QCOMPARE(view.plottable()->layout().laneCount(), std::size_t(2));
        QCOMPARE(view.plottable()->layout().visibleEventCount(), w.eventCount());
    }

    void accumulatesIncrementalSnapshots()
    {
        Profiler p("incremental");
        ViewSelection selection;
        FlameChartView view(&selection);
        view.setWindowSeconds(3600.0);
        runFrames(p, 2);
        auto first = snapshotOf(p, 0, 1);
        view.setSnapshot(first);
        runFrames(p, 3);
        view.setSnapshot(snapshotOf(p, first->timeline.now_ns + 1, 2));
        const TimelineWindow& w = view.timelineWindow();
        QCOMPARE(w.lanes().size(), std::size_t(1));
        QCOMPARE(w.lanes()[0].depths[0].size(), std::size_t(5));
        QCOMPARE(w.lanes()[0].depths[1].size(), std::size_t(10));
        const auto ev = w.lanes()[0].depths[1].events();
        for (std::size_t i = 1; i < ev.size(); ++i)
            QVERIFY(ev[i - 1].end_ns <= ev[i].start_ns);

        // Paused: new events are not added.
        view.setPaused(true);
        runFrames(p, 1);
        view.setSnapshot(snapshotOf(p, w.nowNs() + 1, 3));
        QCOMPARE(w.lanes()[0].depths[0].size(), std::size_t(5));
    }

    void trimsToTheWindow()
    {
        TimelineWindow w;
        w.setWindowNs(1000);
        Timeline t;
        t.now_ns = 5000;
        ThreadTimeline th;
        th.thread_id = 7;
        th.name = "t";
        for (std::uint64_t s = 0; s < 5000; s += 100)
            th.events.push_back({s, 50, 0, 0, 0});
        t.threads.push_back(th);
        w.ingest(t);
        // Kept: events ending at or after 4000.
        const auto ev = w.lanes()[0].depths[0].events();
        QCOMPARE(ev.front().start_ns, std::uint64_t(4000));
        for (const WindowEvent& e : ev)
            QVERIFY(e.end_ns >= 4000);
        QCOMPARE(ev.size(), std::size_t(10));
    }

    void pollsArrivingOutOfStartOrderFillTheWindowSorted()
    {
        // Two polls of two threads, the second with an event that completed
        // out of start order at its depth: each depth ends up sorted.
        auto poll = [](std::uint64_t now, SnapshotVector<TimelineEvent> a, SnapshotVector<TimelineEvent> b) {
            Timeline t;
            t.now_ns = now;
            t.threads.push_back({1, "a", true, 0, std::move(a)});
            t.threads.push_back({2, "b", true, 0, std::move(b)});
            return t;
        };
        TimelineWindow w;
        w.setWindowNs(1'000'000);
        w.ingest(poll(1000, {{10, 20, 0, 1, 1}, {5, 40, 0, 0, 0}, {50, 10, 1, 2, 0}}, {{100, 50, 0, 3, 0}}));
        w.ingest(poll(2000, {{1500, 100, 0, 1, 0}, {1200, 10, 0, 1, 0}, {1510, 20, 1, 2, 1}}, {{900, 1050, 2, 4, 0}}));
        QCOMPARE(w.nowNs(), std::uint64_t(2000));
        QCOMPARE(w.lanes().size(), std::size_t(2));
        auto starts = [](const DepthEvents& d) {
            std::vector<std::uint64_t> out;
            for (const WindowEvent& e : d.events())
                out.push_back(e.start_ns);
            return out;
        };
        using V = std::vector<std::uint64_t>;
        QCOMPARE(w.lanes()[0].depths.size(), std::size_t(2));
        QCOMPARE(starts(w.lanes()[0].depths[0]), (V{5, 50, 1200, 1500}));
        QCOMPARE(starts(w.lanes()[0].depths[1]), (V{10, 1510}));
        QCOMPARE(starts(w.lanes()[1].depths[0]), (V{100, 900}));
        QCOMPARE(w.lanes()[1].depths[0].events().back().end_ns, std::uint64_t(1950));
    }

    void eventsAcrossChunksReadLikeOneArray()
    {
        // Several chunks' worth, appended in uneven runs, then trimmed from
        // the front: indexing, iteration and binary search see one array.
        constexpr std::size_t n = 3 * EventRange::kChunkEvents + 37;
        const std::vector<WindowEvent> all = evenlySpaced(n, 0, 5, 10);
        DepthEvents d;
        for (std::size_t i = 0; i < n;) {
            const std::size_t run = std::min<std::size_t>(n - i, 1 + (i * 7) % 700);
            d.append(std::span(all).subspan(i, run));
            i += run;
        }
        QCOMPARE(d.size(), n);
        QCOMPARE(d.reservedEvents(), 4 * EventRange::kChunkEvents);
        const EventRange ev = d.events();
        for (std::size_t i = 0; i < n; ++i)
            QCOMPARE(ev[i].start_ns, all[i].start_ns);
        QCOMPARE(std::size_t(std::distance(ev.begin(), ev.end())), n);
        const IndexRange r = visibleEvents(ev, 10 * 1000 + 1, 10 * 1200);
        QCOMPARE(r.first, std::size_t(1000));
        QCOMPARE(r.last, std::size_t(1200));

        // Trimming past the first chunk and a half gives the first chunk back.
        const std::size_t cut = EventRange::kChunkEvents + EventRange::kChunkEvents / 2;
        d.trimBefore(all[cut].end_ns);
        QCOMPARE(d.size(), n - cut);
        QCOMPARE(d.events().front().start_ns, all[cut].start_ns);
        QCOMPARE(d.events().back().start_ns, all[n - 1].start_ns);
        QCOMPARE(d.reservedEvents(), 3 * EventRange::kChunkEvents);
    }

    void copiesKeepTheirEventsWhileTheOriginalGoesOn()
    {
        // The poll thread goes on ingesting into its window while the GUI
        // thread draws a copy: the copy must not change.
        TimelineWindow w;
        w.setWindowNs(1'000'000);
        auto pollOf = [](std::uint64_t from, std::size_t count) {
            Timeline t;
            ThreadTimeline th{7, "t", true, 0, {}};
            for (std::size_t i = 0; i < count; ++i)
                th.events.push_back({from + 10 * i, 5, 0, std::uint32_t(i % 3), 0});
            t.now_ns = from + 10 * count;
            t.threads.push_back(std::move(th));
            return t;
        };
        w.ingest(pollOf(0, 700)); // a chunk and a part of the next
        const TimelineWindow copy = w;
        const Timeline before = copy.toTimeline();

        w.ingest(pollOf(7000, 600));      // fills the shared, partly used chunk's rest in w
        w.setWindowNs(3000);              // and trims w's front
        w.ingest(pollOf(13'000, 5));
        QCOMPARE(copy.eventCount(), std::size_t(700));
        QCOMPARE(copy.nowNs(), std::uint64_t(7000));
        const Timeline after = copy.toTimeline();
        QCOMPARE(after.threads.at(0).events.size(), before.threads.at(0).events.size());
        for (std::size_t i = 0; i < before.threads[0].events.size(); ++i) {
            QCOMPARE(after.threads[0].events[i].start_ns, before.threads[0].events[i].start_ns);
            QCOMPARE(after.threads[0].events[i].block, before.threads[0].events[i].block);
        }
        // The original has all of its own: the last 3000 ns.
        QCOMPARE(w.beginNs(), std::uint64_t(13'050 - 3000));
        QCOMPARE(w.lanes().at(0).depths.at(0).events().back().start_ns, std::uint64_t(13'040));

        // A copy that ingests itself starts its own chunk and leaves the
        // original's alone.
        TimelineWindow forked = w;
        forked.ingest(pollOf(20'000, 3));
        QCOMPARE(w.lanes().at(0).depths.at(0).events().back().start_ns, std::uint64_t(13'040));
        QCOMPARE(forked.lanes().at(0).depths.at(0).events().back().start_ns, std::uint64_t(20'020));
        w.ingest(pollOf(14'000, 2));
        QCOMPARE(forked.lanes().at(0).depths.at(0).events().back().start_ns, std::uint64_t(20'020));
        QCOMPARE(w.lanes().at(0).depths.at(0).events().back().start_ns, std::uint64_t(14'010));
    }

    void eventCapMovesTheWindowStart()
    {
        // Two threads, 3000 events each over 6000 ns; the window's length
        // would keep them all, its cap keeps the latest 1000.
        TimelineWindow w;
        w.setWindowNs(1'000'000);
        w.setMaxEvents(1000);
        Timeline t;
        t.now_ns = 6000;
        for (std::uint64_t id : {1u, 2u}) {
            ThreadTimeline th;
            th.thread_id = id;
            th.name = "t";
            for (std::uint64_t s = 0; s < 6000; s += 2)
                th.events.push_back({s, 1, 0, 0, 0});
            t.threads.push_back(th);
        }
        w.ingest(t);
        QVERIFY(w.isCapped());
        QCOMPARE(w.eventCount(), std::size_t(1000));
        // Each thread keeps its last 500 events: those starting at 5000 or later.
        QCOMPARE(w.beginNs(), std::uint64_t(5000));
        for (const ThreadLane& lane : w.lanes()) {
            const auto ev = lane.depths.at(0).events();
            QCOMPARE(ev.size(), std::size_t(500));
            QCOMPARE(ev.front().start_ns, std::uint64_t(5000));
            QCOMPARE(ev.back().start_ns, std::uint64_t(5998));
        }
        // A larger cap takes effect from the next poll on; a window shorter
        // than the capped one leaves the cap out of it.
        w.setMaxEvents(TimelineWindow::kDefaultMaxEvents);
        w.setWindowNs(500);
        QVERIFY(!w.isCapped());
        QCOMPARE(w.beginNs(), std::uint64_t(5500));
        QCOMPARE(w.eventCount(), std::size_t(2 * 250));
    }

    void slidingWindowKeepsStorageNearItsLiveEvents()
    {
        // 64 threads x several depths of sparse events each: a per-depth
        // allowance of trimmed events would dwarf the live ones.
        DepthEvents d;
        std::size_t worst = 0;
        for (std::uint64_t s = 0; s < 200'000; ++s) {
            d.add({s * 10, s * 10 + 5, 0, 0});
            d.trimBefore(s >= 100 ? (s - 100) * 10 + 6 : 0); // 100 live events
            QCOMPARE(d.size(), std::size_t(std::min<std::uint64_t>(s + 1, 100)));
            QCOMPARE(d.events().front().start_ns, s >= 100 ? (s - 99) * 10 : 0);
            worst = std::max(worst, d.reservedEvents());
        }
        // Whole chunks go as soon as nothing live is left in them: at most
        // the chunk being filled and the one before it.
        QVERIFY2(worst <= 2 * EventRange::kChunkEvents, qPrintable(QString::number(worst)));
        // A burst followed by a quiet period gives the memory back.
        for (std::uint64_t s = 200'000; s < 300'000; ++s)
            d.add({s * 10, s * 10 + 5, 0, 0});
        d.trimBefore(299'995 * 10);
        QCOMPARE(d.size(), std::size_t(5));
        d.add({300'000 * 10, 300'000 * 10 + 5, 0, 0});
        d.trimBefore(299'998 * 10);
        QVERIFY2(d.reservedEvents() <= 2 * EventRange::kChunkEvents, qPrintable(QString::number(d.reservedEvents())));
    }

    void pollsThatRepeatEventsKeepEachOnce()
    {
        // A poll reads from where the previous read began, so the events
        // that completed during that read arrive twice.
        DepthEvents d;
        const std::vector<WindowEvent> first = {{100, 200, 0, 1}, {300, 400, 0, 2}, {500, 600, 1, 3}};
        d.append(first);
        const std::vector<WindowEvent> second = {{300, 400, 0, 2}, {500, 600, 1, 3}, {700, 800, 0, 4}};
        d.append(second);
        QCOMPARE(d.size(), std::size_t(4));
        for (std::size_t i = 0; i < d.size(); ++i)
            QCOMPARE(d.events()[i].block, std::uint32_t(i + 1));
        // A different event at a start already present is kept, in order;
        // so is a zero-length one that only shares the last start.
        const std::vector<WindowEvent> third = {{500, 600, 0, 9}, {700, 700, 0, 5}, {700, 800, 0, 4}, {900, 950, 0, 6}};
        d.append(third);
        QCOMPARE(d.size(), std::size_t(7));
        const auto ev = d.events();
        for (std::size_t i = 1; i < ev.size(); ++i)
            QVERIFY(ev[i - 1].start_ns <= ev[i].start_ns);
        QCOMPARE(std::count_if(ev.begin(), ev.end(), [](const WindowEvent& e) { return e.block == 4; }), 1);
        QCOMPARE(std::count_if(ev.begin(), ev.end(), [](const WindowEvent& e) { return e.block == 9; }), 1);
        QCOMPARE(std::count_if(ev.begin(), ev.end(), [](const WindowEvent& e) { return e.block == 5; }), 1);
        QCOMPARE(ev.back().block, std::uint32_t(6));

        // Through the window, as the viewer ingests polls.
        Timeline a;
        a.now_ns = 650;
        a.threads.push_back(ThreadTimeline{7, "t", true, 0, {{100, 100, 0, 1, 0}, {120, 30, 0, 2, 1}, {300, 300, 0, 3, 0}}});
        Timeline b;
        b.now_ns = 900;
        b.threads.push_back(ThreadTimeline{7, "t", true, 0, {{120, 30, 0, 2, 1}, {300, 300, 0, 3, 0}, {700, 50, 0, 4, 0}}});
        TimelineWindow w;
        w.setWindowNs(10'000);
        w.ingest(a);
        w.ingest(b);
        QCOMPARE(w.eventCount(), std::size_t(4));
    }

    void keepsDepthsSortedWhenEventsArriveOutOfOrder()
    {
        DepthEvents d;
        d.add({300, 400, 0, 3});
        d.add({100, 200, 0, 1});
        d.add({500, 600, 0, 5});
        d.add({200, 250, 0, 2});
        const auto ev = d.events();
        QCOMPARE(ev.size(), std::size_t(4));
        for (std::size_t i = 0; i < ev.size(); ++i)
            QCOMPARE(ev[i].block, std::uint32_t(i < 3 ? i + 1 : 5));
        d.trimBefore(260); // drops the two that ended before 260
        QCOMPARE(d.size(), std::size_t(2));
        QCOMPARE(d.events().front().start_ns, std::uint64_t(300));
    }

    void binarySearchAtTheEdges()
    {
        // [100,200) [300,400) [500,600)
        const std::vector<WindowEvent> ev = evenlySpaced(3, 100, 100, 200);
        const auto range = [&](std::uint64_t t0, std::uint64_t t1) {
            const IndexRange r = visibleEvents(ev, t0, t1);
            return std::make_pair(r.first, r.last);
        };
        using P = std::pair<std::size_t, std::size_t>;
        QCOMPARE(range(0, 1000), P(0, 3));
        QCOMPARE(range(200, 300), P(1, 1));  // touches both neighbours, overlaps neither
        QCOMPARE(range(199, 301), P(0, 2));  // one nanosecond into each
        QCOMPARE(range(0, 100), P(0, 0));    // ends where the first starts
        QCOMPARE(range(600, 700), P(3, 3));  // starts where the last ends
        QCOMPARE(range(599, 700), P(2, 3));
        QCOMPARE(range(150, 160), P(0, 1));  // inside one event
        QCOMPARE(range(0, 101), P(0, 1));
        QVERIFY(visibleEvents(std::span<const WindowEvent>(), 0, 10).size() == 0);
    }

    void foldsSubPixelRuns()
    {
        // 1000 events of 10 ns every 20 ns from t=0, then one wide event far away.
        std::vector<WindowEvent> ev = evenlySpaced(1000, 0, 10, 20);
        ev.push_back({500'000, 900'000, 2, 5});
        // 1 ms over 1000 px: 1 µs per pixel, the run spans 20 px of 10 ns events.
        const FlameChartLayoutParams params{0, 1'000'000, 1000.0, 3.0};
        std::size_t visible = 0;
        const std::vector<FlameBox> boxes = layoutDepth(ev, params, &visible);
        QCOMPARE(visible, std::size_t(1001));
        QCOMPARE(boxes.size(), std::size_t(2));
        QVERIFY(boxes[0].folded());
        QCOMPARE(boxes[0].count, 1000u);
        QCOMPARE(boxes[0].start_ns, 0u);
        QCOMPARE(boxes[0].end_ns, std::uint64_t(999 * 20 + 10));
        QVERIFY(!boxes[1].folded());
        QCOMPARE(boxes[1].track, 2u);

        // Gaps wider than the fold distance split runs: two clusters 100 µs apart.
        std::vector<WindowEvent> two = evenlySpaced(50, 0, 10, 20);
        for (const WindowEvent& e : evenlySpaced(50, 100'000, 10, 20))
            two.push_back(e);
        const std::vector<FlameBox> split = layoutDepth(two, params);
        QCOMPARE(split.size(), std::size_t(2));
        QCOMPARE(split[0].count + split[1].count, 100u);

        // A lone narrow event is drawn as itself, not as a folded box.
        const std::vector<WindowEvent> lone = {{1000, 1010, 1, 1}};
        const std::vector<FlameBox> single = layoutDepth(lone, params);
        QCOMPARE(single.size(), std::size_t(1));
        QVERIFY(!single[0].folded());

        // Zoomed in far enough, the same events no longer fold.
        const std::vector<FlameBox> zoomed = layoutDepth(ev, {0, 2000, 2000.0, 3.0});
        QCOMPARE(zoomed.size(), std::size_t(100));
        for (const FlameBox& b : zoomed)
            QVERIFY(!b.folded());
    }

    void foldingBoundsTheBoxCount()
    {
        // A million 1 µs events over 2 s at 1600 px: boxes stay in the pixel budget.
        std::vector<WindowEvent> ev = evenlySpaced(1'000'000, 0, 1000, 2000);
        const std::vector<FlameBox> boxes = layoutDepth(ev, {0, 2'000'000'000, 1600.0, 3.0});
        QVERIFY(boxes.size() <= 1600 / 3 + 1);
        std::uint64_t total = 0;
        for (const FlameBox& b : boxes)
            total += b.count;
        QCOMPARE(total, std::uint64_t(1'000'000));
    }

    void clickSelectsAndFoldedClickZooms()
    {
        // One thread: a wide block at [1 ms, 5 ms) and 200 tiny ones after it.
        auto s = std::make_shared<Snapshot>();
        s->timeline.now_ns = 10'000'000;
        ThreadTimeline th;
        th.thread_id = 42;
        th.name = "main";
        th.events.push_back({1'000'000, 4'000'000, 3, 7, 0});
        for (std::uint64_t i = 0; i < 200; ++i)
            th.events.push_back({6'000'000 + i * 1000, 500, 1, 2, 0});
        s->timeline.threads.push_back(th);
        s->profiler_now_ns = s->timeline.now_ns;

        ViewSelection selection;
        FlameChartView view(&selection);
        view.resize(1000, 300);
        view.setWindowSeconds(0.01);
        view.showWholeWindow(); // not the span that makes the tiny blocks readable
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setSnapshot(s);
        view.plot()->replot(QCustomPlot::rpImmediateRefresh);

        QCustomPlot* plot = view.plot();
        const auto pixelAt = [&](double t_s) {
            return QPoint(int(plot->xAxis->coordToPixel(t_s)), int(plot->yAxis->coordToPixel(0.5)));
        };
        QTest::mouseClick(plot, Qt::LeftButton, {}, pixelAt(0.003));
        QVERIFY(selection.block().has_value());
        QCOMPARE(selection.block()->track, 3u);
        QCOMPARE(selection.block()->block, 7u);

        // The tiny ones fold into one box; clicking it zooms to its extent.
        const FlameRow* row = view.plottable()->layout().row(0, 0);
        QVERIFY(row);
        QCOMPARE(row->boxes.size(), std::size_t(2));
        QCOMPARE(row->boxes[1].count, 200u);
        QTest::mouseClick(plot, Qt::LeftButton, {}, pixelAt(0.0061));
        QVERIFY(view.isPaused());
        QVERIFY(plot->xAxis->range().lower >= 0.0059 && plot->xAxis->range().upper <= 0.0063);
        QCOMPARE(selection.block()->track, 3u); // a folded box selects nothing
    }

    void timeAxisReadsInTheUnitOfItsRange()
    {
        // The last poll at 10 s: a 15 ms span reads "-15 ms" ... "0 ms", the
        // default 10 s "-10 s" ... "0 s", 20 µs in µs; never "-0.015".
        auto s = std::make_shared<Snapshot>();
        s->timeline.now_ns = 10'000'000'000;
        ThreadTimeline th;
        th.thread_id = 7;
        th.name = "main";
        th.events.push_back({9'990'000'000, 4'000'000, 0, 0, 0});
        s->timeline.threads.push_back(th);
        s->profiler_now_ns = s->timeline.now_ns;

        ViewSelection selection;
        FlameChartView view(&selection);
        view.resize(1000, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setSnapshot(s);
        const struct {
            double span_s;
            QString unit;
            QString edge;
        } cases[] = {{0.015, QStringLiteral(" ms"), QStringLiteral("-10 ms")},
                     {10.0, QStringLiteral(" s"), QStringLiteral("-10 s")},
                     {0.00002, QStringLiteral(" µs"), QStringLiteral("-10 µs")}};
        for (const auto& c : cases) {
            view.setWindowSeconds(10.0);
            view.zoomTime(c.span_s / 10.0); // live: the span ends at the last poll
            QCOMPARE(view.plot()->xAxis->range().upper, 10.0);
            view.plot()->replot(QCustomPlot::rpImmediateRefresh);
            const QVector<QString> labels = view.plot()->xAxis->tickVectorLabels();
            const QString all = QStringList(labels.begin(), labels.end()).join(QStringLiteral(", "));
            QVERIFY2(labels.size() >= 3, qPrintable(all));
            for (const QString& label : labels)
                QVERIFY2(label.endsWith(c.unit) && !label.contains(QStringLiteral("e-")), qPrintable(all));
            QVERIFY2(labels.contains(c.edge), qPrintable(all));
            QVERIFY2(labels.contains(QStringLiteral("0") + c.unit), qPrintable(all));
        }
    }

    void selectedBlocksKeepTheirColourInThinRows()
    {
        // The same selected block in rows under 5 px (24 threads) and of
        // 200 px (1 thread): both show the track's colour inside (an outline
        // drawn on a thin row covered it), and the tall one its outline too.
        for (const std::uint64_t threads : {24u, 1u}) {
            auto s = std::make_shared<Snapshot>();
            s->timeline.now_ns = 10'000'000;
            for (std::uint64_t id = 1; id <= threads; ++id)
                s->timeline.threads.push_back({id, "t" + std::to_string(id), true, 0, {{1'000'000, 6'000'000, 3, 7, 0}}});
            s->profiler_now_ns = s->timeline.now_ns;
            ViewSelection selection;
            FlameChartView view(&selection);
            view.resize(800, 300);
            view.setWindowSeconds(0.01);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            view.setSnapshot(s);
            // Zoomed out to every lane (Ctrl+wheel): 24 lanes in 300 px.
            view.plot()->yAxis->setRange(-0.25, 1e6);
            selection.setBlock(BlockKey{3, 7});
            QCustomPlot* plot = view.plot();
            plot->replot();
            const QImage image = plot->toPixmap().toImage();
            const FlameRow* row = view.plottable()->layout().row(0, 0);
            QVERIFY(row && row->boxes.size() == 1);
            const double laneTop = view.plottable()->layout().laneTop(0);
            const double y0 = plot->yAxis->coordToPixel(laneTop);
            const double y1 = plot->yAxis->coordToPixel(laneTop + 1);
            const double x0 = plot->xAxis->coordToPixel(0.001);
            const double x1 = plot->xAxis->coordToPixel(0.007);
            const QColor inside = image.pixelColor(int((x0 + x1) / 2), int((y0 + y1) / 2));
            const QColor track = trackColor(3);
            QVERIFY2(std::abs(inside.red() - track.red()) + std::abs(inside.green() - track.green())
                             + std::abs(inside.blue() - track.blue()) < 30,
                     qPrintable(QStringLiteral("%1 threads, rows %2 px: %3 inside, track %4")
                                    .arg(threads)
                                    .arg(std::abs(y1 - y0))
                                    .arg(inside.name(), track.name())));
            if (threads == 1) {
                const QColor edge = image.pixelColor(int(x0) + 1, int((y0 + y1) / 2));
                QVERIFY2(edge != inside, qPrintable(edge.name()));
            }
        }
    }

    void laneNamesThatDoNotFitAreLeftOut()
    {
        // 64 one-depth lanes in a 300 px high chart: not every name fits.
        auto snapshot = std::make_shared<Snapshot>();
        snapshot->timeline.now_ns = 1000;
        for (std::uint64_t id = 1; id <= 64; ++id)
            snapshot->timeline.threads.push_back({id, "worker-" + std::to_string(id), true, 0, {{100, 50, 0, 0, 0}}});
        ViewSelection selection;
        FlameChartView view(&selection);
        view.setWindowSeconds(3600.0);
        view.resize(600, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto labels = [&view] {
            view.plot()->replot();
            view.plot()->replot(); // the second one uses the laid-out axis
            return qSharedPointerDynamicCast<QCPAxisTickerText>(view.plot()->yAxis->ticker())->ticks();
        };
        view.setSnapshot(snapshot);
        view.plot()->yAxis->setRange(-0.25, 1e6); // zoomed out to every lane (Ctrl+wheel)
        const QMap<double, QString> crowded = labels();
        QVERIFY2(crowded.size() > 1 && crowded.size() < 64, qPrintable(QString::number(crowded.size())));
        const double line = QFontMetricsF(view.plot()->yAxis->tickLabelFont()).height();
        double last = -1e9;
        for (auto it = crowded.begin(); it != crowded.end(); ++it) {
            const double px = view.plot()->yAxis->coordToPixel(it.key());
            QVERIFY(std::abs(px - last) >= line);
            last = px;
        }
        QCOMPARE(crowded.first(), QStringLiteral("worker-1"));
        // Zoomed in on the first lanes, each has its name again.
        view.plot()->yAxis->setRange(-0.25, 6.25);
        const QMap<double, QString> zoomed = labels();
        QVERIFY(zoomed.values().contains(QStringLiteral("worker-2")));
        QVERIFY(zoomed.values().contains(QStringLiteral("worker-3")));
    }

    // Lanes stand in the natural order of their threads' names, whatever
    // order the threads' events arrived in; threads of one name by id.
    void lanesFollowThreadNamesNaturally()
    {
        auto snapshot = std::make_shared<Snapshot>();
        snapshot->timeline.now_ns = 1000;
        // Each thread's one event starts at 100 x its id: its lane tells it.
        const std::vector<std::pair<std::uint64_t, std::string>> threads = {
            {1, "worker-10"}, {2, "worker-2"}, {3, "main"}, {4, "worker-1"}, {5, "worker-2"}};
        for (const auto& [id, name] : threads)
            snapshot->timeline.threads.push_back({id, name, true, 0, {{100 * id, 50, 0, 0, 0}}});
        ViewSelection selection;
        FlameChartView view(&selection);
        QVERIFY(showChart(view, QSize(600, 600), 3600.0));
        view.setSnapshot(snapshot);
        view.plot()->yAxis->setRange(-0.25, 12.0); // every lane, one row each
        view.plot()->replot();
        view.plot()->replot(); // the second one uses the laid-out axis
        const FlameChartLayout& layout = view.plottable()->layout();
        QCOMPARE(layout.laneCount(), std::size_t(5));
        std::vector<std::uint64_t> ids;
        for (std::size_t lane = 0; lane < layout.laneCount(); ++lane) {
            const FlameRow* row = layout.row(lane, 0);
            QVERIFY(row && !row->boxes.empty());
            ids.push_back(row->boxes.front().start_ns / 100);
        }
        QCOMPARE(ids, (std::vector<std::uint64_t>{3, 4, 2, 5, 1})); // main, worker-1, -2 (ids 2, 5), -10
        const QStringList names =
            qSharedPointerDynamicCast<QCPAxisTickerText>(view.plot()->yAxis->ticker())->ticks().values();
        QCOMPARE(names, (QStringList{"main", "worker-1", "worker-2", "worker-2", "worker-10"}));
    }

    void lanesOpenAtAReadableRowHeightAndScroll()
    {
        auto lanes = [](std::uint64_t count) {
            auto s = std::make_shared<Snapshot>();
            s->timeline.now_ns = 10'000'000;
            for (std::uint64_t id = 1; id <= count; ++id)
                s->timeline.threads.push_back(
                    {id, "worker-" + std::to_string(id), true, 0, {{1'000'000, 6'000'000, 0, 0, 0}}});
            s->profiler_now_ns = s->timeline.now_ns;
            return s;
        };
        ViewSelection selection;
        FlameChartView view(&selection);
        QVERIFY(showChart(view, QSize(800, 300), 0.01));
        QCustomPlot* plot = view.plot();
        const auto rowPx = [plot] { return std::abs(plot->yAxis->coordToPixel(1.0) - plot->yAxis->coordToPixel(0.0)); };
        const auto tickNames = [plot] {
            plot->replot(QCustomPlot::rpImmediateRefresh);
            return qSharedPointerDynamicCast<QCPAxisTickerText>(plot->yAxis->ticker())->ticks().values();
        };

        // 24 lanes (47 rows with the gaps) do not fit in 300 px at a readable
        // height: the first ones show, names in their boxes, and a scroll bar.
        view.setSnapshot(lanes(24));
        plot->replot(QCustomPlot::rpImmediateRefresh);
        const double readable = view.readableRowPx();
        QVERIFY2(std::abs(rowPx() - readable) < 1.0, qPrintable(QStringLiteral("%1 px rows, %2 readable").arg(rowPx()).arg(readable)));
        QCOMPARE(plot->yAxis->range().lower, -0.25);
        QVERIFY(!view.laneScrollBar()->isHidden());
        QVERIFY(tickNames().contains(QStringLiteral("worker-1")));
        QVERIFY(!tickNames().contains(QStringLiteral("worker-24")));
        QVERIFY(view.plottable()->layout().row(0, 0) != nullptr);

        // Scrolled to the end: the last lane shows, with its name.
        view.laneScrollBar()->setValue(view.laneScrollBar()->maximum());
        QCOMPARE(plot->yAxis->range().upper, view.plottable()->layout().totalRows() + 0.25);
        QVERIFY(tickNames().contains(QStringLiteral("worker-24")));
        // Dragging past the last lane stops there.
        plot->yAxis->setRange(plot->yAxis->range().lower + 10.0, plot->yAxis->range().upper + 10.0);
        QCOMPARE(plot->yAxis->range().upper, view.plottable()->layout().totalRows() + 0.25);

        // A taller chart shows more rows of the same height.
        const double shown = plot->yAxis->range().size();
        view.resize(800, 500);
        plot->replot(QCustomPlot::rpImmediateRefresh);
        QVERIFY(plot->yAxis->range().size() > shown);
        QVERIFY2(std::abs(rowPx() - readable) < 1.0, qPrintable(QString::number(rowPx())));

        // Lanes that fit fill the chart, without a scroll bar.
        FlameChartView few(&selection);
        QVERIFY(showChart(few, QSize(800, 300), 0.01));
        few.setSnapshot(lanes(2));
        few.plot()->replot(QCustomPlot::rpImmediateRefresh);
        QCOMPARE(few.plot()->yAxis->range().lower, -0.25);
        QCOMPARE(few.plot()->yAxis->range().upper, few.plottable()->layout().totalRows() + 0.25);
        QVERIFY(few.laneScrollBar()->isHidden());
        QVERIFY(std::abs(few.plot()->yAxis->coordToPixel(1.0) - few.plot()->yAxis->coordToPixel(0.0)) > readable);
    }

    void anotherProfilerStartsANewTimeline()
    {
        Profiler first("first");
        runFrames(first, 2);
        ViewSelection selection;
        FlameChartView view(&selection);
        view.setWindowSeconds(3600.0);
        view.setSnapshot(snapshotOf(first, 0, 1));
        QCOMPARE(view.timelineWindow().lanes()[0].depths[0].size(), std::size_t(2));
        Profiler second("second");
        runFrames(second, 1);
        view.setSnapshot(snapshotOf(second, 0, 2));
        QCOMPARE(view.timelineWindow().lanes().size(), std::size_t(1));
        QCOMPARE(view.timelineWindow().lanes()[0].depths[0].size(), std::size_t(1));
    }

    void readableSpanFitsTheTypicalTopLevelBlock()
    {
        const std::uint64_t ms = 1'000'000;
        const std::uint64_t window = 1000 * 1000 * ms;
        ReadableSpanParams params;
        params.width_px = 1000.0;
        params.box_px = 40.0;
        // 1 ms blocks, 40 px each on 1000 px: 25 ms, the nearest 1-2-5 step 20 ms.
        ThreadLane a = laneOf(1, repeated(40, ms));
        ThreadLane b = laneOf(2, repeated(40, ms));
        QCOMPARE(readableSpanNs({&a, &b}, window, params), 20 * ms);
        // 1600 px: 40 ms, nearer to 50 ms than to 20 ms.
        params.width_px = 1600.0;
        QCOMPARE(readableSpanNs({&a, &b}, window, params), 50 * ms);
        params.width_px = 1000.0;
        // The median, not the mean: a few 1 s blocks do not widen it.
        std::vector<std::uint64_t> mixed = repeated(50, ms);
        mixed.insert(mixed.end(), 10, 1000 * ms);
        ThreadLane c = laneOf(3, mixed);
        QCOMPARE(readableSpanNs({&c}, window, params), 20 * ms);
        // Only each lane's latest blocks count: 100 old 1 s blocks, then 64 of 10 µs.
        std::vector<std::uint64_t> changed = repeated(100, 1000 * ms);
        changed.insert(changed.end(), 64, 10'000);
        ThreadLane d = laneOf(4, changed);
        QCOMPARE(readableSpanNs({&d}, window, params), 200'000u); // 250 µs -> 200 µs
        // Deeper blocks do not count.
        a.depths.resize(2);
        for (std::uint64_t i = 0; i < 200; ++i)
            a.depths[1].add({i * 2 * ms, i * 2 * ms + 10, 0, 1});
        QCOMPARE(readableSpanNs({&a, &b}, window, params), 20 * ms);
        // A thread whose top-level block is still open: its next depth counts.
        ThreadLane open;
        open.depths.resize(2);
        for (std::uint64_t i = 0; i < 40; ++i)
            open.depths[1].add({i * 4 * ms, i * 4 * ms + 2 * ms, 0, 1});
        QCOMPARE(readableSpanNs({&open}, window, params), 50 * ms); // 2 ms blocks, 40 px each on 1000 px
        // Never more than the window.
        QCOMPARE(readableSpanNs({&a, &b}, 15 * ms, params), 15 * ms);
        // Too few blocks to tell.
        ThreadLane few = laneOf(5, repeated(params.min_samples - 1, ms));
        QCOMPARE(readableSpanNs({&few}, window, params), 0u);
        QCOMPARE(readableSpanNs({}, window, params), 0u);
    }

    void liveViewOpensOnAReadableSpan()
    {
        // Two threads of 50 blocks each (1 ms: the last 100 ms) in a 10 s window.
        const std::uint64_t now = 10'000'000'000;
        auto snapshotWith = [&](std::uint64_t duration, std::uint64_t at_ns) {
            auto s = std::make_shared<Snapshot>();
            s->timeline.now_ns = at_ns;
            for (std::uint64_t t = 0; t < 2; ++t) {
                ThreadTimeline th;
                th.thread_id = 10 + t;
                th.name = "worker-" + std::to_string(t);
                for (std::uint64_t start = at_ns - 100 * duration; start + duration <= at_ns; start += 2 * duration)
                    th.events.push_back({start, duration, 0, 0, 0});
                s->timeline.threads.push_back(th);
            }
            s->profiler_now_ns = at_ns;
            return s;
        };
        ViewSelection selection;
        FlameChartView view(&selection);
        QVERIFY(showChart(view, QSize(1000, 300), 10.0));
        QVERIFY(view.spanFollowsData());
        QVERIFY(!view.hasReadableSpan());
        view.setSnapshot(snapshotWith(1'000'000, now));
        QVERIFY(view.hasReadableSpan());

        ReadableSpanParams params;
        params.width_px = view.plot()->axisRect()->width();
        std::vector<const ThreadLane*> lanes;
        for (const ThreadLane& lane : view.timelineWindow().lanes())
            lanes.push_back(&lane);
        const double expected = double(readableSpanNs(lanes, 10'000'000'000, params)) * 1e-9;
        QVERIFY2(expected >= 0.01 && expected <= 0.05, qPrintable(QString::number(expected)));
        QCOMPARE(view.plot()->xAxis->range().size(), expected);
        QCOMPARE(view.plot()->xAxis->range().upper, 10.0);
        // Blocks half again as long: the view scrolls, the span stays.
        view.setSnapshot(snapshotWith(1'500'000, now + 500'000'000));
        QCOMPARE(view.plot()->xAxis->range().size(), expected);
        QCOMPARE(view.plot()->xAxis->range().upper, 10.5);
        // Ten times as long, several polls in a row (a workload's phase): the
        // span stays.
        view.setSnapshot(snapshotWith(10'000'000, now + 2'000'000'000));
        view.setSnapshot(snapshotWith(10'000'000, now + 3'000'000'000));
        view.setSnapshot(snapshotWith(10'000'000, now + 4'000'000'000));
        QCOMPARE(view.plot()->xAxis->range().size(), expected);
        // Fifty times as long (a workload starved of cores): after a few polls
        // the span follows, or the lanes would show a sliver of one block.
        view.setSnapshot(snapshotWith(50'000'000, now + 9'000'000'000));
        view.setSnapshot(snapshotWith(50'000'000, now + 14'000'000'000));
        QCOMPARE(view.plot()->xAxis->range().size(), expected);
        view.setSnapshot(snapshotWith(50'000'000, now + 19'000'000'000));
        QVERIFY(view.spanFollowsData());
        lanes.clear();
        for (const ThreadLane& lane : view.timelineWindow().lanes())
            lanes.push_back(&lane);
        const double stretched = double(readableSpanNs(lanes, 10'000'000'000, params)) * 1e-9;
        QVERIFY2(stretched >= 20 * expected, qPrintable(QStringLiteral("%1 after %2").arg(stretched).arg(expected)));
        QCOMPARE(view.plot()->xAxis->range().size(), stretched);
        QCOMPARE(view.plot()->xAxis->range().upper, 29.0);
        // Zooming ends it: short blocks again leave the span where the user put it.
        view.zoomTime(0.5);
        QCOMPARE(view.plot()->xAxis->range().size(), stretched / 2);
        QVERIFY(!view.spanFollowsData());
        for (int i = 1; i <= 3; ++i)
            view.setSnapshot(snapshotWith(1'000'000, now + 19'000'000'000 + std::uint64_t(i) * 1'000'000'000));
        QCOMPARE(view.plot()->xAxis->range().size(), stretched / 2);
        view.showWholeWindow();
        QCOMPARE(view.plot()->xAxis->range().size(), 10.0);

        // Too few blocks: the whole window, until enough arrive.
        FlameChartView sparse(&selection);
        QVERIFY(showChart(sparse, QSize(1000, 300), 10.0));
        auto one = std::make_shared<Snapshot>();
        one->timeline.now_ns = now;
        ThreadTimeline th;
        th.thread_id = 7;
        th.events.push_back({now - 5'000'000, 1'000'000, 0, 0, 0});
        one->timeline.threads.push_back(th);
        one->profiler_now_ns = now;
        sparse.setSnapshot(one);
        QVERIFY(sparse.spanFollowsData());
        QCOMPARE(sparse.plot()->xAxis->range().size(), 10.0);

        // A capture's window (setWindowNs) opens on its last readable span too.
        FlameChartView capture(&selection);
        capture.resize(1000, 300);
        capture.show();
        QVERIFY(QTest::qWaitForWindowExposed(&capture));
        capture.plot()->replot(QCustomPlot::rpImmediateRefresh);
        capture.setWindowNs(2'000'000'000);
        capture.setSnapshot(snapshotWith(1'000'000, now));
        QCOMPARE(capture.plot()->xAxis->range().size(), expected);
        QCOMPARE(capture.plot()->xAxis->range().upper, 10.0);
        capture.showWholeWindow();
        QCOMPARE(capture.plot()->xAxis->range().size(), 2.0);
    }

    void honoursTheThreadSelection()
    {
        Profiler p("filter");
        std::thread a([&] { set_thread_name("keep"); runFrames(p, 1); });
        a.join();
        std::thread b([&] { set_thread_name("hide"); runFrames(p, 1); });
        b.join();
        ViewSelection selection;
        FlameChartView view(&selection);
        view.resize(800, 400);
        view.setWindowSeconds(3600.0);
        view.show();
        view.setSnapshot(snapshotOf(p, 0, 1));
        view.plot()->replot(QCustomPlot::rpImmediateRefresh);
        QCOMPARE(view.plottable()->layout().laneCount(), std::size_t(2));
        selection.setThreads({laneNamed(view.timelineWindow(), "keep")->thread_id});
        view.plot()->replot(QCustomPlot::rpImmediateRefresh);
        QCOMPARE(view.plottable()->layout().laneCount(), std::size_t(1));
        QCOMPARE(view.plottable()->layout().row(0, 0)->boxes.size(), std::size_t(1));
    }

    void longestEventIsTheLongestRunOfItsBlock()
    {
        // Block (1, 2) nested at depth 1 in two lanes; the longest run,
        // 900 ns, twice in lane 7 (the later one wins) and a longer run of
        // another block that must not.
        ThreadLane a = laneOf(5, {100, 5000});
        a.depths.resize(2);
        a.depths[1].add({10, 60, 1, 2});
        a.depths[1].add({200, 800, 1, 2});
        ThreadLane b = laneOf(7, {4000});
        b.depths.resize(2);
        b.depths[1].add({100, 1000, 1, 2});
        b.depths[1].add({2000, 2900, 1, 2});
        b.depths[1].add({3000, 3500, 1, 3});
        const std::vector<const ThreadLane*> both{&a, &b};
        const std::optional<LocatedEvent> found = longestEvent(both, 1, 2);
        QVERIFY(found.has_value());
        QCOMPARE(found->lane, std::size_t(1));
        QCOMPARE(found->depth, 1u);
        QCOMPARE(found->event.start_ns, std::uint64_t(2000));
        QCOMPARE(found->event.end_ns, std::uint64_t(2900));
        // Among the first lane alone: its 600 ns run.
        const std::vector<const ThreadLane*> first{&a};
        const std::optional<LocatedEvent> inFirst = longestEvent(first, 1, 2);
        QVERIFY(inFirst.has_value());
        QCOMPARE(inFirst->lane, std::size_t(0));
        QCOMPARE(inFirst->event.start_ns, std::uint64_t(200));
        // Top-level blocks, and a block nobody ran.
        const std::optional<LocatedEvent> top = longestEvent(both, 0, 0);
        QVERIFY(top.has_value());
        QCOMPARE(top->event.end_ns - top->event.start_ns, std::uint64_t(5000));
        QVERIFY(!longestEvent(both, 1, 9).has_value());
        QVERIFY(!longestEvent({}, 1, 2).has_value());
    }

    void showLongestRunZoomsToItAndFramesIt()
    {
        // Thread 1 runs block (0, 0) for 1, 2 and 3 ms; thread 2 for 5 ms,
        // the longest, in a window of 100 ms.
        Timeline t;
        t.now_ns = 100'000'000;
        t.threads.push_back(ThreadTimeline{1, "one", true, 0, {}});
        t.threads.push_back(ThreadTimeline{2, "two", true, 0, {}});
        const std::uint64_t ms = 1'000'000;
        for (std::uint64_t k = 1; k <= 3; ++k)
            t.threads[0].events.push_back(TimelineEvent{k * 20 * ms, k * ms, 0, 0, 0});
        t.threads[1].events.push_back(TimelineEvent{50 * ms, 5 * ms, 0, 0, 0});
        t.threads[1].events.push_back(TimelineEvent{70 * ms, 9 * ms, 0, 1, 0}); // another block
        auto snapshot = std::make_shared<Snapshot>();
        snapshot->timeline = t;
        snapshot->profiler_now_ns = t.now_ns;
        snapshot->sequence = 1;

        ViewSelection selection;
        FlameChartView view(&selection);
        QVERIFY(showChart(view, QSize(900, 400), 0.1));
        view.setSnapshot(snapshot);
        QVERIFY(!view.isPaused());

        QVERIFY(view.showLongestRun(BlockKey{0, 0}));
        QVERIFY(view.isPaused()); // else the next poll scrolls it away
        const QCPRange range = view.plot()->xAxis->range();
        QVERIFY2(range.lower < 0.050 && range.upper > 0.055,
                 qPrintable(QStringLiteral("%1 .. %2").arg(range.lower).arg(range.upper)));
        QVERIFY(std::abs(range.center() - 0.0525) < 1e-6);
        QVERIFY(range.size() < 0.010); // zoomed in on it, not the window
        const auto& marked = view.plottable()->markedEvent();
        QVERIFY(marked.has_value());
        QCOMPARE(marked->thread_id, std::uint64_t(2));
        QCOMPARE(marked->event.start_ns, 50 * ms);
        QCOMPARE(marked->event.end_ns, 55 * ms);
        QCOMPARE(marked->event.block, 0u);
        view.plot()->replot(QCustomPlot::rpImmediateRefresh);
        QCOMPARE(view.plottable()->layout().visibleEventCount(), std::size_t(1));

        // Among thread one only: its 3 ms run.
        selection.setThreads({1});
        QVERIFY(view.showLongestRun(BlockKey{0, 0}));
        QCOMPARE(view.plottable()->markedEvent()->thread_id, std::uint64_t(1));
        QCOMPARE(view.plottable()->markedEvent()->event.start_ns, 60 * ms);
        QVERIFY(std::abs(view.plot()->xAxis->range().center() - 0.0615) < 1e-6);

        // Another block marks nothing and says so; so does going live again.
        QVERIFY(!view.showLongestRun(BlockKey{0, 1}));
        QVERIFY(!view.plottable()->markedEvent().has_value());
        bool said = false;
        for (const QLabel* label : view.findChildren<QLabel*>())
            said = said || label->text().startsWith(QStringLiteral("No run of"));
        QVERIFY(said);
        selection.setThreads({});
        // The mark stays while its own block is selected, not another.
        QVERIFY(view.showLongestRun(BlockKey{0, 0}));
        selection.setBlock(BlockKey{0, 0});
        QVERIFY(view.plottable()->markedEvent().has_value());
        selection.setBlock(BlockKey{0, 1});
        QVERIFY(!view.plottable()->markedEvent().has_value());
        QVERIFY(view.showLongestRun(BlockKey{0, 0}));
        view.setPaused(false);
        QVERIFY(!view.plottable()->markedEvent().has_value());
    }
};

STICHO_GUI_TEST_MAIN(TestFlameChart, QApplication)
#include "tst_flame_chart.moc"
