// The polling controller: snapshots on a timer, off the GUI thread, with
// pause, interval, reset and track toggles.
#include "gui_test_support.hpp"
#include "controller/LongSlices.hpp"
#include "controller/PollController.hpp"

#include <stichotrope/stichotrope.hpp>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QThreadPool>

#include <atomic>
#include <thread>

using namespace stichotrope;
using namespace stichotrope::gui;

namespace {

void hit(Profiler& p, int n)
{
    std::thread([&] {
        set_thread_name("poll-test");
        for (int i = 0; i < n; ++i) {
            STICHO_BLOCK(p, 0, "work");
        }
    }).join();
}

SnapshotPtr next(QSignalSpy& spy)
{
    const int before = spy.count();
    if (!spy.wait(5000) && spy.count() == before)
        return {};
    return spy.last().at(0).value<SnapshotPtr>();
}

} // namespace

class TestPollController : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { stichotrope::test::failOnWarnings(); }
    void cleanup() { stichotrope::test::checkWarnings(); }

    void pollsOnATimerWithExactCounts()
    {
        Profiler p("t");
        hit(p, 123);
        PollController poll(p);
        poll.setIntervalMs(20);
        QSignalSpy spy(&poll, &PollController::snapshotReady);
        SnapshotPtr s = next(spy);
        QVERIFY(s);
        QCOMPARE(s->results.hit_count(), 123u);
        QVERIFY(s->poll_ms >= 0.0);
        QVERIFY(!s->timeline.threads.empty());
        hit(p, 7);
        SnapshotPtr s2 = next(spy);
        QVERIFY(s2);
        // Wait for a poll that started after the second batch.
        while (s2->results.hit_count() != 130u && (s2 = next(spy))) {
        }
        QVERIFY(s2);
        QVERIFY(s2->sequence > s->sequence);
        QCOMPARE(poll.latest(), s2);
    }

    void pollsRunInLongSlices()
    {
        // Whether this system grants the request at all, seen from a thread
        // of our own.
        bool supported = false;
        std::thread([&] { supported = requestLongSlices(); }).join();
        if (!supported)
            QSKIP("the scheduler has no per-thread slice here (Linux 6.12 or later has)");
        Profiler p("t");
        hit(p, 5);
        PollController poll(p);
        poll.setIntervalMs(20);
        QSignalSpy spy(&poll, &PollController::snapshotReady);
        const SnapshotPtr s = next(spy);
        QVERIFY(s);
        QCOMPARE(s->poll_slice_ns, kLongSliceNs);
        QCOMPARE(s->results.hit_count(), 5u);
        // The test's own thread, the interface's, keeps the default.
        QVERIFY(currentSliceNs() != kLongSliceNs);
    }

    void snapshotsCarryTheFlameChartWindow()
    {
        Profiler p("t");
        hit(p, 50);
        PollController poll(p);
        poll.setIntervalMs(20);
        QSignalSpy spy(&poll, &PollController::snapshotReady);
        // The poll thread adds each poll's events to the window; snapshots
        // carry it, and only the thread list of the raw timeline.
        auto windowEvents = [](const Snapshot& s) { return s.window ? s.window->eventCount() : std::size_t(0); };
        SnapshotPtr first = next(spy);
        QVERIFY(first && first->window);
        QCOMPARE(windowEvents(*first), std::size_t(50));
        QCOMPARE(first->window->lanes().size(), std::size_t(1));
        QCOMPARE(first->window->lanes().at(0).thread_id, first->timeline.threads.at(0).thread_id);
        QVERIFY(first->timeline.threads.at(0).events.empty());
        QCOMPARE(first->timeline.threads.at(0).name, std::string("poll-test"));
        QVERIFY(!first->timeline.threads.at(0).alive);
        QCOMPARE(first->timeline.now_ns, first->window->nowNs()); // every event ended before the read
        SnapshotPtr second = next(spy);
        QVERIFY(second && second->window);
        // Each snapshot has its own thread list, the poll's read being reused.
        QCOMPARE(second->timeline.threads.size(), std::size_t(1));
        QCOMPARE(second->timeline.threads.at(0).thread_id, first->timeline.threads.at(0).thread_id);
        QVERIFY(second->timeline.now_ns > first->timeline.now_ns);
        QCOMPARE(windowEvents(*second), std::size_t(50)); // nothing ran in between, nothing came twice

        // New events reach later windows; a window already handed out stays
        // as it was.
        hit(p, 25);
        SnapshotPtr later = next(spy);
        while (later && windowEvents(*later) != 75)
            later = next(spy);
        QVERIFY(later);
        QCOMPARE(windowEvents(*first), std::size_t(50));

        // The window's length follows the flame chart's setting.
        QCOMPARE(poll.timelineWindowNs(), TimelineWindow().windowNs());
        poll.setTimelineWindowNs(1);
        SnapshotPtr shortened = next(spy); // a poll already in flight keeps the old length
        while (shortened && shortened->window && shortened->window->windowNs() != 1)
            shortened = next(spy);
        QVERIFY(shortened && shortened->window);
        QCOMPARE(shortened->window->windowNs(), std::uint64_t(1));
        QCOMPARE(windowEvents(*shortened), std::size_t(0)); // everything ended more than 1 ns ago

        // Reset empties it with the statistics: first a window that holds
        // events again, then the reset.
        poll.setTimelineWindowNs(TimelineWindow().windowNs());
        hit(p, 5);
        SnapshotPtr refilled = next(spy);
        while (refilled && windowEvents(*refilled) != 5)
            refilled = next(spy);
        QVERIFY(refilled);
        QSignalSpy cleared(&poll, &PollController::cleared);
        poll.reset();
        SnapshotPtr afterReset;
        for (int i = 0; i < 5 && cleared.isEmpty(); ++i)
            afterReset = next(spy);
        QCOMPARE(cleared.count(), 1);
        QVERIFY(afterReset);
        QCOMPARE(windowEvents(*afterReset), std::size_t(0));
    }

    void pauseStopsPolling()
    {
        Profiler p("t");
        PollController poll(p);
        poll.setIntervalMs(20);
        QSignalSpy spy(&poll, &PollController::snapshotReady);
        QVERIFY(next(spy));
        poll.setPaused(true);
        QVERIFY(poll.isPaused());
        // A poll in flight may still land: let it finish and deliver.
        PollController::threadPool()->waitForDone();
        QCoreApplication::processEvents();
        const int count = spy.count();
        QTest::qWait(200); // ten intervals without a poll
        QCOMPARE(spy.count(), count);
        poll.setPaused(false);
        QVERIFY(next(spy));
    }

    void resetClearsTheProfiler()
    {
        Profiler p("t");
        hit(p, 40);
        PollController poll(p);
        poll.setIntervalMs(50);
        QSignalSpy spy(&poll, &PollController::snapshotReady);
        QSignalSpy cleared(&poll, &PollController::cleared);
        QVERIFY(next(spy));
        poll.reset();
        SnapshotPtr s;
        for (int i = 0; i < 5 && cleared.isEmpty(); ++i)
            s = next(spy);
        QCOMPARE(cleared.count(), 1);
        QCOMPARE(spy.last().at(0).value<SnapshotPtr>()->results.hit_count(), 0u);
        QCOMPARE(p.get_results().hit_count(), 0u);
    }

    // Each snapshot carries the interval asked and the time since the
    // previous poll began, so the viewer can say when polls fall behind; a
    // pause or a new interval starts counting again.
    void snapshotsTellHowOftenPollsCame()
    {
        QElapsedTimer clock;
        clock.start();
        Profiler p("t");
        PollController poll(p);
        poll.setIntervalMs(50);
        QSignalSpy spy(&poll, &PollController::snapshotReady);
        SnapshotPtr s = next(spy);
        QVERIFY(s);
        QCOMPARE(s->interval_ms, 50);
        QCOMPARE(s->since_previous_ms, 0.0); // no previous poll
        double sum = 0.0;
        for (int i = 0; i < 3; ++i) {
            s = next(spy);
            QVERIFY(s);
            QVERIFY(s->since_previous_ms > 0.0);
            sum += s->since_previous_ms;
        }
        // From the first poll's start to the fourth's: three intervals of the
        // timer, whose ticks keep to their schedule (one may come late, the
        // next on time), not three polls' sub-millisecond durations...
        QVERIFY2(sum >= 1.5 * 50, qPrintable(QString::number(sum)));
        // ...and both starts happened since the clock started.
        QVERIFY2(sum <= double(clock.elapsed()), qPrintable(QStringLiteral("%1 > %2").arg(sum).arg(clock.elapsed())));

        poll.setPaused(true);
        PollController::threadPool()->waitForDone(); // a poll in flight lands first
        QCoreApplication::processEvents();
        poll.setPaused(false);
        s = next(spy);
        QVERIFY(s);
        QCOMPARE(s->since_previous_ms, 0.0); // the pause is not a slow poll

        poll.setIntervalMs(40);
        do
            s = next(spy);
        while (s && s->interval_ms != 40);
        QVERIFY(s);
        QCOMPARE(s->since_previous_ms, 0.0); // the first at the new pace
        s = next(spy);
        QVERIFY(s);
        QCOMPARE(s->interval_ms, 40);
        QVERIFY(s->since_previous_ms > 0.0);
    }

    void trackTogglesReachTheEngine()
    {
        Profiler p("t");
        PollController poll(p);
        poll.setTrackEnabled(3, false);
        QVERIFY(!p.is_track_enabled(3));
        poll.setTrackEnabled(3, true);
        QVERIFY(p.is_track_enabled(3));
    }

    void neverTwoPollsAtOnce()
    {
        // A 10 ms interval with a slow-ish profiler: ticks while a poll runs
        // wait for it, so every snapshot has a distinct, increasing sequence.
        Profiler p("t");
        std::atomic<bool> stop{false};
        std::thread worker([&] {
            set_thread_name("busy");
            while (!stop) {
                STICHO_BLOCK(p, 0, "busy");
            }
        });
        PollController poll(p);
        poll.setIntervalMs(10);
        QSignalSpy spy(&poll, &PollController::snapshotReady);
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 5, 20000);
        stop = true;
        worker.join();
        std::uint64_t last = 0;
        for (const auto& args : spy) {
            const auto s = args.at(0).value<SnapshotPtr>();
            QVERIFY(s->sequence > last);
            last = s->sequence;
        }
    }

    // Requests that come while a poll runs (ticks of a poll slower than the
    // interval) are served by one poll as soon as it ends, not dropped until
    // the next tick.
    void aRequestDuringAPollIsServedWhenItEnds()
    {
        Profiler p("t");
        hit(p, 50);
        PollController poll(p);
        poll.setPaused(true); // no ticks: only the requests below
        PollController::threadPool()->waitForDone();
        QCoreApplication::processEvents();
        QSignalSpy spy(&poll, &PollController::snapshotReady);
        poll.pollNow();
        poll.pollNow(); // the first is still running: the pool thread has barely started it
        poll.pollNow();
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 10000);
        for (int i = 0; i < 2; ++i) { // nothing else was left pending
            PollController::threadPool()->waitForDone();
            QCoreApplication::processEvents();
        }
        QCOMPARE(spy.count(), 2);
        const auto first = spy.at(0).at(0).value<SnapshotPtr>();
        const auto second = spy.at(1).at(0).value<SnapshotPtr>();
        QCOMPARE(second->sequence, first->sequence + 1);
        QCOMPARE(second->results.hit_count(), 50u);
    }

    // Pausing also drops a request that waits for the poll in flight: that
    // poll is the last.
    void pauseDropsARequestWaitingForThePollInFlight()
    {
        Profiler p("t");
        PollController poll(p);
        QSignalSpy spy(&poll, &PollController::snapshotReady);
        poll.pollNow();
        poll.pollNow(); // waits for the first
        poll.setPaused(true);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 10000);
        for (int i = 0; i < 2; ++i) {
            PollController::threadPool()->waitForDone();
            QCoreApplication::processEvents();
        }
        QCOMPARE(spy.count(), 1);
    }

    // A snapshot written over keeps its histograms until they are as old as
    // the histogram interval; the counts are read every time.
    void histogramsAreReadAtTheirOwnInterval()
    {
        Profiler p("t");
        auto work = [&p](int n) {
            for (int i = 0; i < n; ++i) {
                STICHO_BLOCK(p, 0, "work"); // on this thread: its row stays
            }
        };
        work(4);
        PollController poll(p);
        poll.setPaused(true);
        QCOMPARE(poll.histogramIntervalMs(), PollController::kDefaultHistogramIntervalMs);
        poll.setHistogramIntervalMs(3600 * 1000);
        QSignalSpy spy(&poll, &PollController::snapshotReady);
        auto pollOnce = [&]() -> SnapshotPtr {
            poll.pollNow();
            SnapshotPtr s = next(spy);
            spy.clear();
            PollController::threadPool()->waitForDone();
            return s;
        };
        if (!spy.isEmpty() || poll.latest())
            pollOnce();
        auto histogramCount = [](const Snapshot& s) {
            std::uint64_t n = 0;
            for (const HistogramBucket& b : s.results.tracks.at(0).blocks.values()[0].histogram.buckets())
                n += b.count;
            return n;
        };

        SnapshotPtr s1 = pollOnce();
        SnapshotPtr s2 = pollOnce();
        QVERIFY(s1 && s2);
        QCOMPARE(histogramCount(*s1), 4u);
        const std::uint64_t readNs = s1->results.histograms_read_ns;
        QVERIFY(readNs > 0);
        poll.recycle(std::move(s1));
        QVERIFY(poll.hasSpare());
        work(3);
        SnapshotPtr s3 = pollOnce(); // written over s1, whose histograms are young
        QVERIFY(s3);
        QCOMPARE(s3->results.hit_count(), 7u);
        QCOMPARE(histogramCount(*s3), 4u);
        QCOMPARE(s3->results.histograms_read_ns, readNs);

        poll.setHistogramIntervalMs(0);
        poll.recycle(std::move(s2));
        QVERIFY(poll.hasSpare());
        SnapshotPtr s4 = pollOnce();
        QVERIFY(s4);
        QCOMPARE(histogramCount(*s4), 7u);
        QVERIFY(s4->results.histograms_read_ns > readNs);
    }

    // A snapshot handed back when the views are done with it lends its
    // storage to the next poll; one still held elsewhere is never written
    // over, and each poll's numbers are right either way.
    void recycledSnapshotsAreWrittenOverOnlyWhenUnshared()
    {
        Profiler p("t");
        hit(p, 10);
        PollController poll(p);
        poll.setPaused(true);
        QSignalSpy spy(&poll, &PollController::snapshotReady);
        auto pollOnce = [&]() -> SnapshotPtr {
            poll.pollNow();
            SnapshotPtr s = next(spy);
            spy.clear(); // the spy's copy would count as an owner
            // So would the finished poll's task until the pool deletes it.
            PollController::threadPool()->waitForDone();
            return s;
        };
        if (!spy.isEmpty() || poll.latest()) // a poll begun before the pause
            pollOnce();

        SnapshotPtr s1 = pollOnce();
        QVERIFY(s1);
        SnapshotPtr s2 = pollOnce();
        QVERIFY(s2);
        poll.recycle(s2); // still poll.latest() and held here: not taken
        QVERIFY(!poll.hasSpare());
        poll.recycle(std::move(s1));
        QVERIFY(poll.hasSpare());

        hit(p, 5);
        SnapshotPtr s3 = pollOnce();
        QVERIFY(s3);
        QVERIFY(!poll.hasSpare());
        QCOMPARE(s3->results.hit_count(), 15u);
        QCOMPARE(s3->thread_totals.size(), s3->results.threads.size());
        QCOMPARE(s3->thread_totals.back().all.hits, 5u);

        // s2 is held: recycling it must leave its numbers alone.
        SnapshotPtr held = s2;
        poll.recycle(std::move(s2));
        QVERIFY(!poll.hasSpare());
        hit(p, 1);
        SnapshotPtr s4 = pollOnce();
        QVERIFY(s4);
        QCOMPARE(held->results.hit_count(), 10u);
        QCOMPARE(s4->results.hit_count(), 16u);
    }
};

STICHO_GUI_TEST_MAIN(TestPollController, QCoreApplication)
#include "tst_poll_controller.moc"
