// Timeline capture: per-thread rings of completed blocks, read live without
// blocking writers, never torn, wrapping with exact drop counts.
#include "test_support.hpp"

#include <barrier>
#include <latch>

using namespace sticho_test;
using stichotrope::ThreadTimeline;
using stichotrope::Timeline;
using stichotrope::TimelineEvent;

namespace {
const ThreadTimeline* timeline_of(const Timeline& tl, std::uint64_t tid)
{
    for (const auto& t : tl.threads)
        if (t.os_tid == tid)
            return &t;
    return nullptr;
}

// Completion order, and at each depth no two events overlap: an event torn
// from two writes would break one or the other.
void check_order(const ThreadTimeline& t, std::vector<std::string>& out)
{
    std::map<unsigned, std::uint64_t> last_end_at_depth;
    std::uint64_t last_end = 0;
    for (std::size_t i = 0; i < t.events.size(); ++i) {
        const TimelineEvent& e = t.events[i];
        const std::uint64_t end = e.start_ns + e.duration_ns;
        if (end < last_end)
            out.push_back(t.name + " event " + std::to_string(i) + ": ends before its predecessor");
        auto [it, first] = last_end_at_depth.try_emplace(e.depth, 0);
        if (!first && e.start_ns < it->second)
            out.push_back(t.name + " event " + std::to_string(i) + ": overlaps the previous one at depth " +
                          std::to_string(e.depth));
        it->second = end;
        last_end = end;
    }
}
// Empty when both reads hold the same threads and events (now_ns aside).
std::string difference(const Timeline& a, const Timeline& b)
{
    if (a.threads.size() != b.threads.size())
        return std::to_string(a.threads.size()) + " threads vs " + std::to_string(b.threads.size());
    for (std::size_t i = 0; i < a.threads.size(); ++i) {
        const ThreadTimeline& x = a.threads[i];
        const ThreadTimeline& y = b.threads[i];
        if (x.thread_id != y.thread_id || x.os_tid != y.os_tid || x.name != y.name || x.alive != y.alive ||
            x.dropped != y.dropped)
            return "thread " + std::to_string(i) + ": header differs (" + x.name + " vs " + y.name + ")";
        if (x.events.size() != y.events.size())
            return "thread " + std::to_string(i) + ": " + std::to_string(x.events.size()) + " events vs " +
                   std::to_string(y.events.size());
        for (std::size_t k = 0; k < x.events.size(); ++k) {
            const TimelineEvent& e = x.events[k];
            const TimelineEvent& f = y.events[k];
            if (e.start_ns != f.start_ns || e.duration_ns != f.duration_ns || e.track != f.track ||
                e.block != f.block || e.depth != f.depth)
                return "thread " + std::to_string(i) + " event " + std::to_string(k) + " differs";
        }
    }
    return {};
}
} // namespace

class TestTimeline : public EngineSuite {
    Q_OBJECT

private Q_SLOTS:
    void eventsOfAKnownWorkload();
    void sinceFiltersByEndTime();
    void wrapAroundCountsDrops();
    void switchedOffRecordsNothing();
    void readerHammeringEightWriters();
    void clearEmptiesTimelines();
    void exitedThreadKeepsItsEvents();
    void refillEqualsAFreshRead();
};

// outer { inner; inner } x3: events at the right depths, nested in time,
// joined to the flat tables by (track, block).
void TestTimeline::eventsOfAKnownWorkload()
{
    Profiler prof("known");
    const std::uint64_t before = prof.now_ns();
    for (int i = 0; i < 3; ++i) {
        STICHO_BLOCK(prof, 0, "outer");
        for (int j = 0; j < 2; ++j) {
            STICHO_BLOCK(prof, 1, "inner");
            spin(500);
        }
    }
    const std::uint64_t after = prof.now_ns();
    const Timeline tl = prof.timeline(0);
    QCOMPARE(tl.threads.size(), std::size_t(1));
    const auto& ev = tl.threads[0].events;
    QCOMPARE(ev.size(), std::size_t(9));
    QCOMPARE(tl.threads[0].dropped, std::uint64_t(0));
    QVERIFY(tl.now_ns >= after);
    for (int i = 0; i < 3; ++i) {
        const TimelineEvent& a = ev[3 * i];
        const TimelineEvent& b = ev[3 * i + 1];
        const TimelineEvent& outer = ev[3 * i + 2];
        QCOMPARE(outer.track, 0u);
        QCOMPARE(outer.depth, 0u);
        QCOMPARE(a.track, 1u);
        QCOMPARE(a.block, 0u);
        QCOMPARE(a.depth, 1u);
        QCOMPARE(b.depth, 1u);
        QVERIFY(outer.start_ns >= before && outer.start_ns + outer.duration_ns <= after);
        QVERIFY(a.start_ns >= outer.start_ns && b.start_ns >= a.start_ns + a.duration_ns);
        QVERIFY(b.start_ns + b.duration_ns <= outer.start_ns + outer.duration_ns);
    }
    // The flat total is the sum of the same measurements.
    const auto r = prof.get_results();
    std::uint64_t inner_sum = 0;
    for (const auto& e : ev)
        if (e.track == 1)
            inner_sum += e.duration_ns;
    QVERIFY(inner_sum <= r.find(1, 0)->total_ns + 6 && r.find(1, 0)->total_ns <= inner_sum + 6);
}

void TestTimeline::sinceFiltersByEndTime()
{
    Profiler prof("since");
    for (int i = 0; i < 10; ++i) {
        STICHO_BLOCK(prof, 0, "early");
    }
    const std::uint64_t cut = prof.now_ns();
    for (int i = 0; i < 4; ++i) {
        STICHO_BLOCK(prof, 0, "late");
    }
    const Timeline tl = prof.timeline(cut);
    const auto& ev = tl.threads.at(0).events;
    QCOMPARE(ev.size(), std::size_t(4));
    for (const auto& e : ev) {
        QCOMPARE(e.block, 1u);
        QVERIFY(e.start_ns + e.duration_ns >= cut);
    }
    QCOMPARE(prof.timeline(0).threads.at(0).events.size(), std::size_t(14));
}

// A ring of 4096 events after 10,000: the last 4096 in order, 5904 dropped.
void TestTimeline::wrapAroundCountsDrops()
{
    Profiler prof("wrap");
    prof.set_timeline_capacity(4096);
    constexpr unsigned kEvents = 10000;
    for (unsigned i = 0; i < kEvents; ++i)
        kSites[i % 3](prof, 0);
    const Timeline tl = prof.timeline(0);
    const auto& t = tl.threads.at(0);
    QCOMPARE(t.events.size(), std::size_t(4096));
    QCOMPARE(t.dropped, std::uint64_t(kEvents - 4096));
    // Event k is execution kEvents - 4096 + k: its block follows the pattern.
    for (std::size_t k = 0; k < t.events.size(); ++k)
        QCOMPARE(t.events[k].block, unsigned((kEvents - 4096 + k) % 3));
    std::vector<std::string> problems;
    check_order(t, problems);
    QVERIFY2(problems.empty(), join_lines(problems).c_str());
    QCOMPARE(prof.get_results().hit_count(), std::uint64_t(kEvents));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, prof.set_timeline_capacity(0));
}

void TestTimeline::switchedOffRecordsNothing()
{
    Profiler prof("off");
    prof.set_timeline_enabled(false);
    QVERIFY(!prof.is_timeline_enabled());
    for (int i = 0; i < 5; ++i) {
        STICHO_BLOCK(prof, 0, "block");
    }
    QCOMPARE(prof.timeline(0).threads.at(0).events.size(), std::size_t(0));
    QCOMPARE(prof.get_results().hit_count(), std::uint64_t(5)); // statistics go on
    prof.set_timeline_enabled(true);
    for (int i = 0; i < 2; ++i) {
        STICHO_BLOCK(prof, 0, "block");
    }
    QCOMPARE(prof.timeline(0).threads.at(0).events.size(), std::size_t(2));
}

// 8 writers record nested blocks into small rings that wrap constantly while
// a reader reads them: every read is ordered, untorn and consistent.
void TestTimeline::readerHammeringEightWriters()
{
    constexpr unsigned kWriters = 8;
    Profiler prof("hammer");
    prof.set_timeline_capacity(4096);
    std::atomic<bool> stop{false};
    std::latch started(kWriters + 1);
    ThreadGroup writers(kWriters, [&](std::size_t w) {
        stichotrope::set_thread_name("writer-" + std::to_string(w));
        started.arrive_and_wait();
        while (!stop.load(std::memory_order_relaxed)) {
            STICHO_BLOCK(prof, 0, "outer");
            for (int j = 0; j < 3; ++j) {
                STICHO_BLOCK(prof, 1, "inner");
                spin(20);
            }
        }
    });
    started.arrive_and_wait();
    std::vector<std::string> problems;
    std::uint64_t reads = 0, events = 0;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(2);
    while (std::chrono::steady_clock::now() < deadline && problems.size() < 10) {
        const std::uint64_t since = prof.now_ns() > 2'000'000 ? prof.now_ns() - 2'000'000 : 0;
        const Timeline tl = prof.timeline(since);
        ++reads;
        for (const auto& t : tl.threads) {
            check_order(t, problems);
            for (const auto& e : t.events) {
                ++events;
                // outer is depth 0 on track 0; inner depth 1 on track 1.
                if (e.depth != e.track || e.block != 0 || e.start_ns + e.duration_ns < since)
                    problems.push_back(t.name + ": inconsistent event");
            }
        }
    }
    stop.store(true);
    STICHO_JOIN(writers, 60);
    QVERIFY2(problems.empty(), join_lines(problems).c_str());
    QVERIFY(reads > 0 && events > 0);
    qInfo("%llu timeline reads, %llu events checked", (unsigned long long)reads, (unsigned long long)events);
}

// clear() empties the timelines: a quiet thread's next events are all it
// has; and clear() while writers record is safe.
void TestTimeline::clearEmptiesTimelines()
{
    Profiler prof("clear");
    std::barrier sync(2);
    std::uint64_t tid = 0;
    ThreadGroup quiet(1, [&](std::size_t) {
        tid = os_tid();
        for (int i = 0; i < 50; ++i) {
            STICHO_BLOCK(prof, 0, "before");
        }
        sync.arrive_and_wait(); // main clears
        sync.arrive_and_wait();
        for (int i = 0; i < 7; ++i) {
            STICHO_BLOCK(prof, 0, "after");
        }
        sync.arrive_and_wait();
        sync.arrive_and_wait(); // main checks
    });
    sync.arrive_and_wait();
    prof.clear();
    const Timeline cleared = prof.timeline(0);
    QCOMPARE(timeline_of(cleared, tid)->events.size(), std::size_t(0));
    sync.arrive_and_wait();
    sync.arrive_and_wait();
    const Timeline after = prof.timeline(0);
    const ThreadTimeline* t = timeline_of(after, tid);
    QVERIFY(t);
    QCOMPARE(t->events.size(), std::size_t(7));
    QCOMPARE(t->dropped, std::uint64_t(0));
    for (const auto& e : t->events)
        QCOMPARE(e.block, 1u);
    sync.arrive_and_wait();
    STICHO_JOIN(quiet, 30);

    std::atomic<bool> stop{false};
    ThreadGroup writers(4, [&](std::size_t) {
        while (!stop.load(std::memory_order_relaxed)) {
            STICHO_BLOCK(prof, 0, "busy");
        }
    });
    std::vector<std::string> problems;
    for (int i = 0; i < 200; ++i) {
        prof.clear();
        for (const auto& th : prof.timeline(0).threads)
            check_order(th, problems);
    }
    stop.store(true);
    STICHO_JOIN(writers, 60);
    QVERIFY2(problems.empty(), join_lines(problems).c_str());
}

void TestTimeline::exitedThreadKeepsItsEvents()
{
    Profiler prof("exit");
    std::uint64_t tid = 0;
    ThreadGroup g(1, [&](std::size_t) {
        tid = os_tid();
        for (int i = 0; i < 10; ++i) {
            STICHO_BLOCK(prof, 0, "work");
        }
    });
    STICHO_JOIN(g, 30);
    const Timeline tl = prof.timeline(0);
    const ThreadTimeline* t = timeline_of(tl, tid);
    QVERIFY(t);
    QVERIFY(!t->alive);
    QCOMPARE(t->events.size(), std::size_t(10));
    prof.clear();
    QVERIFY(timeline_of(prof.timeline(0), tid) == nullptr); // forgotten by clear()
}

// timeline(since, into) writes over a previous read, whatever it held (here
// another profiler's read with more threads), and equals a fresh read; a
// thread's events reuse the storage they had.
void TestTimeline::refillEqualsAFreshRead()
{
    Profiler other("other");
    ThreadGroup many(4, [&](std::size_t i) {
        for (std::size_t k = 0; k < 20 + i; ++k) {
            STICHO_BLOCK(other, 1, "elsewhere");
        }
    });
    STICHO_JOIN(many, 30);
    Timeline into = other.timeline(0);
    QCOMPARE(into.threads.size(), std::size_t(4));

    Profiler prof("refill");
    for (int i = 0; i < 30; ++i) {
        STICHO_BLOCK(prof, 0, "outer");
        STICHO_BLOCK(prof, 2, "inner");
    }
    ThreadGroup exited(2, [&](std::size_t i) {
        for (std::size_t k = 0; k < 5 + 4 * i; ++k) {
            STICHO_BLOCK(prof, 1, "worker");
        }
    });
    STICHO_JOIN(exited, 30);
    const std::uint64_t cut = prof.now_ns();
    for (int i = 0; i < 3; ++i) {
        STICHO_BLOCK(prof, 0, "late");
    }

    prof.timeline(0, into);
    QCOMPARE(difference(into, prof.timeline(0)), std::string());
    QCOMPARE(into.threads.size(), std::size_t(3));
    QCOMPARE(into.threads.at(0).events.size(), std::size_t(63));
    QVERIFY(into.now_ns >= cut);

    // Fewer events this time: the same storage, nothing left of the last read.
    const TimelineEvent* storage = into.threads.at(0).events.data();
    prof.timeline(cut, into);
    QCOMPARE(difference(into, prof.timeline(cut)), std::string());
    QCOMPARE(into.threads.at(0).events.size(), std::size_t(3));
    QCOMPARE(into.threads.at(0).events.data(), storage);
    QCOMPARE(into.threads.at(1).events.size(), std::size_t(0));
}

QTEST_APPLESS_MAIN(TestTimeline)
#include "tst_timeline.moc"
