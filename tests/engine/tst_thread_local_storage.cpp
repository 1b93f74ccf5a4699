// Thread-safety scenarios 1-4: every thread records into state of its own, shows up in the
// results under its own id and name, needs no set-up before its first block,
// and records concurrently with others without losing a hit.
#include "test_support.hpp"

#include <barrier>
#include <condition_variable>
#include <fstream>
#include <latch>
#include <set>

using namespace sticho_test;

class TestThreadLocalStorage : public EngineSuite {
    Q_OBJECT

private Q_SLOTS:
    void threadIsolation();
    void threadRegistration();
    void initialisationOnFirstUse();
    void lockFreeRecording();
    void reusedOsThreadIdsStayApart();
};

// Scenario 1: each thread's view holds its own counts and nothing of the others'.
void TestThreadLocalStorage::threadIsolation()
{
    constexpr unsigned kThreads = 4;
    Profiler prof("isolation");
    std::vector<std::uint64_t> tids(kThreads);
    std::barrier<> start(kThreads);
    ThreadGroup group(kThreads, [&](std::size_t i) {
        tids[i] = os_tid();
        start.arrive_and_wait();
        for (std::size_t n = 0; n < (i + 1) * 10; ++n) {
            STICHO_BLOCK(prof, 0, "shared");
        }
        // Same call site, a track of its own: a block only this thread runs.
        STICHO_BLOCK(prof, unsigned(1 + i), "own");
    });
    STICHO_JOIN(group, 30);

    const Results r = prof.get_results();
    STICHO_CHECK_RESULTS(r);
    QCOMPARE(r.threads.size(), std::size_t(kThreads));
    QVERIFY2(find_thread(r, os_tid()) == nullptr, "the main thread recorded nothing and must not appear");
    std::uint64_t shared = 0;
    for (unsigned i = 0; i < kThreads; ++i) {
        const ThreadResult* t = find_thread(r, tids[i]);
        QVERIFY(t != nullptr);
        QCOMPARE(hits_named(t->tracks, 0, "shared"), std::uint64_t((i + 1) * 10));
        QCOMPARE(hits_named(t->tracks, 1 + i, "own"), std::uint64_t(1));
        std::set<unsigned> tracks;
        for (const auto& [track, tr] : t->tracks)
            tracks.insert(track);
        QCOMPARE(tracks, (std::set<unsigned>{0, 1 + i}));
        QCOMPARE(t->hit_count(), std::uint64_t((i + 1) * 10 + 1));
        shared += (i + 1) * 10;
    }
    QCOMPARE(hits_named(r.tracks, 0, "shared"), shared);
}

// Scenario 2: every recording thread is registered with its OS id and name, in
// order of first use, and stays listed after it exits.
void TestThreadLocalStorage::threadRegistration()
{
    constexpr unsigned kThreads = 5;
    Profiler prof("registration");
    std::vector<std::uint64_t> tids(kThreads);
    // Threads take turns for their first block so the order is known.
    std::mutex turn_mutex;
    std::condition_variable turn_cv;
    unsigned turn = 0;
    std::barrier<> recorded(kThreads + 1), release(kThreads + 1);
    ThreadGroup group(kThreads, [&](std::size_t i) {
        tids[i] = os_tid();
        stichotrope::set_thread_name("worker-" + std::to_string(i));
        {
            std::unique_lock lock(turn_mutex);
            turn_cv.wait(lock, [&] { return turn == i; });
        }
        {
            STICHO_BLOCK(prof, 0, "registered");
        }
        {
            std::lock_guard lock(turn_mutex);
            ++turn;
        }
        turn_cv.notify_all();
        recorded.arrive_and_wait();
        release.arrive_and_wait();
    });
    recorded.arrive_and_wait();
    const Results alive = prof.get_results();
    const std::size_t alive_count = prof.thread_count();
    release.arrive_and_wait();
    STICHO_JOIN(group, 30);
    const Results exited = prof.get_results();

    QCOMPARE(alive_count, std::size_t(kThreads));
    QCOMPARE(alive.threads.size(), std::size_t(kThreads));
    QCOMPARE(exited.threads.size(), std::size_t(kThreads));
    for (unsigned i = 0; i < kThreads; ++i) {
        for (const Results* r : {&alive, &exited}) {
            const ThreadResult& t = r->threads[i];
            QCOMPARE(t.os_tid, tids[i]);
            QCOMPARE(t.thread_id, alive.threads[i].thread_id);
            QVERIFY(t.thread_id != 0);
            QCOMPARE(t.name, "worker-" + std::to_string(i));
            QCOMPARE(t.hit_count(), std::uint64_t(1));
        }
        QVERIFY(alive.threads[i].alive);
        QVERIFY(!exited.threads[i].alive);
    }
    std::set<std::uint64_t> ids;
    for (const ThreadResult& t : exited.threads)
        ids.insert(t.thread_id);
    QCOMPARE(ids.size(), std::size_t(kThreads));
    STICHO_CHECK_RESULTS(alive);
    STICHO_CHECK_RESULTS(exited);
}

// Scenario 3: a thread that never touched the engine records its first block
// without any set-up, also concurrently with other first-timers and when its
// first block is nested in another profiler's block.
void TestThreadLocalStorage::initialisationOnFirstUse()
{
    constexpr unsigned kThreads = 8;
    Profiler outer("outer"), prof("first-use");
    QCOMPARE(prof.thread_count(), std::size_t(0));
    const auto first = [&] { STICHO_BLOCK(prof, 0, "first"); }; // one call site for all
    std::latch start(kThreads);
    ThreadGroup group(kThreads, [&](std::size_t i) {
        start.arrive_and_wait();
        if (i % 2 == 0) {
            first();
        } else {
            STICHO_BLOCK(outer, 0, "outer");
            first();
        }
    });
    STICHO_JOIN(group, 30);
    QCOMPARE(prof.thread_count(), std::size_t(kThreads));
    QCOMPARE(outer.thread_count(), std::size_t(kThreads / 2));
    const Results r = prof.get_results();
    STICHO_CHECK_RESULTS(r);
    QCOMPARE(hits_named(r.tracks, 0, "first"), std::uint64_t(kThreads));
    QCOMPARE(outer.get_results().hit_count(), std::uint64_t(kThreads / 2));

    // Naming a thread gives it engine state but no profiler state.
    ThreadGroup named(1, [&](std::size_t) {
        stichotrope::set_thread_name("named-first");
        const std::size_t before = prof.thread_count();
        first();
        if (before != kThreads)
            throw std::logic_error("naming a thread registered it with a profiler");
    });
    STICHO_JOIN(named, 30);
    const Results after = prof.get_results();
    QCOMPARE(after.threads.size(), std::size_t(kThreads + 1));
    QCOMPARE(after.threads.back().name, std::string("named-first"));
    QCOMPARE(after.threads.back().hit_count(), std::uint64_t(1));
    QCOMPARE(hits_named(after.tracks, 0, "first"), std::uint64_t(kThreads + 1));
}

// Scenario 4: threads recording at the same time into the same blocks lose nothing.
void TestThreadLocalStorage::lockFreeRecording()
{
    constexpr unsigned kThreads = 8;
    constexpr unsigned kPerThread = 10'000;
    Profiler prof("lock-free");
    std::vector<std::uint64_t> tids(kThreads);
    std::latch start(kThreads + 1);
    std::atomic<bool> done{false};
    ThreadGroup group(kThreads, [&](std::size_t i) {
        tids[i] = os_tid();
        start.arrive_and_wait();
        for (unsigned n = 0; n < kPerThread; ++n) {
            STICHO_BLOCK(prof, 0, "outer");
            STICHO_BLOCK(prof, 1, "inner");
        }
    });
    start.arrive_and_wait();
    // Aggregate while they record: readers must not disturb the writers.
    std::size_t snapshots = 0;
    ThreadGroup reader(1, [&](std::size_t) {
        while (!done.load()) {
            const auto problems = validate(prof.get_results());
            group.failures().add_all(problems);
            ++snapshots;
        }
    });
    const bool joined = group.join(watchdog(60s));
    done = true;
    STICHO_JOIN(reader, 30);
    QVERIFY2(joined, "deadlock watchdog expired before the recording threads finished");
    STICHO_CHECK_NO_FAILURES(group.failures());

    const Results r = prof.get_results();
    STICHO_CHECK_RESULTS(r);
    QCOMPARE(hits_named(r.tracks, 0, "outer"), std::uint64_t(kThreads) * kPerThread);
    QCOMPARE(hits_named(r.tracks, 1, "inner"), std::uint64_t(kThreads) * kPerThread);
    for (unsigned i = 0; i < kThreads; ++i) {
        const ThreadResult* t = find_thread(r, tids[i]);
        QVERIFY(t != nullptr);
        QCOMPARE(t->hit_count(), std::uint64_t(2) * kPerThread);
    }
    qInfo("%zu snapshots taken while recording", snapshots);
}

// The OS hands an exited thread's id to a later thread. The two are still two
// threads: two rows, each with its own hits, told apart by thread_id in the
// results and in the timeline. The OS reuses ids only after cycling through
// pid_max of them, so the test creates threads until it happens.
void TestThreadLocalStorage::reusedOsThreadIdsStayApart()
{
    long pid_max = 0;
    std::ifstream("/proc/sys/kernel/pid_max") >> pid_max;
    if (pid_max <= 0 || pid_max > 65536)
        QSKIP(qPrintable(QStringLiteral("pid_max is %1: too many threads to create before the OS reuses an id")
                             .arg(pid_max)));
    Profiler prof("reused tid");
    std::uint64_t first_tid = 0;
    std::thread([&] {
        first_tid = os_tid();
        STICHO_BLOCK(prof, 0, "first");
    }).join();
    // Threads that touch no profiler, until one gets the first one's id; it
    // records. Other processes take ids too: allow a few cycles.
    bool reused = false;
    for (long n = 0; !reused && n < 4 * pid_max; ++n) {
        std::thread([&] {
            if (os_tid() != first_tid)
                return;
            reused = true;
            for (int k = 0; k < 2; ++k) {
                STICHO_BLOCK(prof, 0, "second");
            }
        }).join();
    }
    QVERIFY2(reused, "the OS never gave the id out again");

    const Results r = prof.get_results();
    STICHO_CHECK_RESULTS(r);
    QCOMPARE(r.threads.size(), std::size_t(2));
    const ThreadResult& a = r.threads[0];
    const ThreadResult& b = r.threads[1];
    QCOMPARE(a.os_tid, first_tid);
    QCOMPARE(b.os_tid, first_tid);
    QVERIFY(a.thread_id != b.thread_id);
    QCOMPARE(hits_named(a.tracks, 0, "first"), std::uint64_t(1));
    QCOMPARE(hits_named(a.tracks, 0, "second"), std::uint64_t(0));
    QCOMPARE(hits_named(b.tracks, 0, "second"), std::uint64_t(2));
    QCOMPARE(b.hit_count(), std::uint64_t(2));

    const stichotrope::Timeline tl = prof.timeline(0);
    QCOMPARE(tl.threads.size(), std::size_t(2));
    for (std::size_t i = 0; i < 2; ++i) {
        QCOMPARE(tl.threads[i].thread_id, r.threads[i].thread_id);
        QCOMPARE(tl.threads[i].os_tid, first_tid);
        QCOMPARE(tl.threads[i].events.size(), std::size_t(i + 1));
    }
}

QTEST_APPLESS_MAIN(TestThreadLocalStorage)
#include "tst_thread_local_storage.moc"
