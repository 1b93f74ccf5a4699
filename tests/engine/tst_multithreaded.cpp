// Thread-safety scenarios 12-17: whole-engine scenarios with many threads: a worker pool,
// aggregation while recording, threads that come and go, nesting across
// threads and tracks toggled while threads record.
#include "test_support.hpp"

#include <barrier>
#include <deque>
#include <latch>
#include <optional>
#include <random>

using namespace sticho_test;

namespace {
// A minimal blocking task queue: workers pop until the queue is closed.
class TaskQueue {
public:
    void push(int task)
    {
        {
            std::lock_guard lock(mutex_);
            tasks_.push_back(task);
        }
        cv_.notify_one();
    }
    void close()
    {
        {
            std::lock_guard lock(mutex_);
            closed_ = true;
        }
        cv_.notify_all();
    }
    std::optional<int> pop()
    {
        std::unique_lock lock(mutex_);
        cv_.wait(lock, [this] { return closed_ || !tasks_.empty(); });
        if (tasks_.empty())
            return std::nullopt;
        const int t = tasks_.front();
        tasks_.pop_front();
        return t;
    }

private:
    std::mutex mutex_;
    std::condition_variable cv_;
    std::deque<int> tasks_;
    bool closed_ = false;
};

void recurse(Profiler& p, int depth)
{
    STICHO_FUNCTION(p, 2);
    if (depth > 1)
        recurse(p, depth - 1);
}
} // namespace

class TestMultithreaded : public EngineSuite {
    Q_OBJECT

private Q_SLOTS:
    void threadPool();
    void concurrentGetResults();
    void threadLifecycle();
    void nestedProfilingAcrossThreads();
    void trackTogglingWhileRecording();
    void rapidThreadCreation();
};

// Scenario 12: 10 pool workers run 100 tasks; every task and step is counted once.
void TestMultithreaded::threadPool()
{
    constexpr unsigned kWorkers = 10;
    constexpr int kTasks = 100;
    Profiler prof("pool");
    TaskQueue queue;
    std::vector<std::uint64_t> tids(kWorkers), ran(kWorkers);
    ThreadGroup pool(kWorkers, [&](std::size_t i) {
        tids[i] = os_tid();
        while (const auto task = queue.pop()) {
            STICHO_BLOCK(prof, 0, "task");
            for (int step = 0; step < *task % 5 + 1; ++step) {
                STICHO_BLOCK(prof, 1, "step");
            }
            ++ran[i];
        }
    });
    std::uint64_t steps = 0;
    for (int t = 0; t < kTasks; ++t) {
        queue.push(t);
        steps += std::uint64_t(t % 5 + 1);
    }
    queue.close();
    STICHO_JOIN(pool, 30);

    const Results r = prof.get_results();
    STICHO_CHECK_RESULTS(r);
    QCOMPARE(hits_named(r.tracks, 0, "task"), std::uint64_t(kTasks));
    QCOMPARE(hits_named(r.tracks, 1, "step"), steps);
    for (unsigned i = 0; i < kWorkers; ++i) {
        const ThreadResult* t = find_thread(r, tids[i]);
        QCOMPARE(t ? hits_named(t->tracks, 0, "task") : 0, ran[i]); // idle workers have no row
    }
}

// Scenario 13: for 2 s, readers aggregate while writers record. In every reader's
// successive snapshots no hit count ever goes down, every block is
// self-consistent, and the final counts are exact.
void TestMultithreaded::concurrentGetResults()
{
    constexpr unsigned kWriters = 4;
    constexpr unsigned kReaders = 2;
    Profiler prof("concurrent-results");
    std::atomic<bool> stop{false};
    std::vector<std::uint64_t> iterations(kWriters);
    std::latch started(kWriters + kReaders);
    // Stopped writers stay alive until the last checks, so that a refresh
    // that kept a row it should have read again shows there.
    std::latch writers_stopped(kWriters), writers_release(1);
    ThreadGroup writers(kWriters, [&](std::size_t i) {
        started.count_down();
        std::uint64_t n = 0;
        while (!stop.load(std::memory_order_relaxed)) {
            STICHO_BLOCK(prof, 0, "outer");
            kSites[n % 8](prof, 1); // new blocks keep appearing early on
            ++n;
        }
        iterations[i] = n;
        writers_stopped.count_down();
        writers_release.wait();
    });
    LetGo let_writers_go{writers_release};
    // A thread that records, then stays alive without recording: the
    // refreshing reader keeps its row from one snapshot to the next.
    std::latch idle_recorded(1), idle_release(1);
    ThreadGroup idler(1, [&](std::size_t) {
        for (unsigned n = 0; n < 10; ++n)
            kSites[9](prof, 2);
        idle_recorded.count_down();
        idle_release.wait();
    });
    LetGo let_idler_go{idle_release};
    idle_recorded.wait();
    std::vector<std::size_t> snapshots(kReaders);
    Results refreshed; // reader 1's last snapshot
    ThreadGroup readers(kReaders, [&](std::size_t i) {
        started.arrive_and_wait();
        Results r;
        std::map<std::pair<unsigned, unsigned>, std::uint64_t> last_block;
        std::map<std::uint64_t, std::uint64_t> last_thread;
        std::size_t last_blocks = 0;
        const auto deadline = std::chrono::steady_clock::now() + 2s;
        while (std::chrono::steady_clock::now() < deadline) {
            // Reader 1 refreshes its previous snapshot, as a poller does,
            // reading the histograms on every third refresh only.
            if (i == 0)
                r = prof.get_results();
            else
                prof.get_results(r, snapshots[i] % 3 ? Profiler::HistogramRead::KeepPrevious
                                                     : Profiler::HistogramRead::Fresh);
            readers.failures().add_all(validate(r));
            readers.failures().expect(r.block_count() >= last_blocks, [] { return "a block disappeared"; });
            last_blocks = r.block_count();
            for (const auto& [t, track] : r.tracks)
                for (const auto& [b, stats] : track.blocks) {
                    const BlockStats& s = stats; // clang 14 lambdas cannot capture structured bindings
                    std::uint64_t& prev = last_block[{t, b}];
                    readers.failures().expect(s.hit_count >= prev, [&] {
                        return "block " + std::string(s.name) + " went from " + std::to_string(prev) + " to " +
                               std::to_string(s.hit_count) + " hits";
                    });
                    prev = s.hit_count;
                }
            for (const auto& th : r.threads) {
                std::uint64_t& prev = last_thread[th.thread_id];
                readers.failures().expect(th.hit_count() >= prev,
                                          [&] { return "thread " + std::to_string(th.thread_id) + " lost hits"; });
                prev = th.hit_count();
            }
            ++snapshots[i];
        }
        if (i == 1)
            refreshed = std::move(r);
    });
    const bool readers_done = readers.join(watchdog(60s));
    stop = true;
    writers_stopped.wait();
    QVERIFY2(readers_done, "deadlock watchdog expired before the readers finished");
    STICHO_CHECK_NO_FAILURES(readers.failures());

    const Results r = prof.get_results();
    STICHO_CHECK_RESULTS(r);
    prof.get_results(refreshed);
    QCOMPARE(dump(refreshed), dump(r));
    QCOMPARE(hits_named(r.tracks, 2, site_name(9)), std::uint64_t(10));
    std::uint64_t total = 0;
    for (std::uint64_t n : iterations)
        total += n;
    QCOMPARE(hits_named(r.tracks, 0, "outer"), total);
    QCOMPARE(track_hits(r.tracks, 1), total);
    QVERIFY(snapshots[0] > 1 && snapshots[1] > 1);
    qInfo("%llu iterations recorded while %zu + %zu snapshots were taken", (unsigned long long)total, snapshots[0],
          snapshots[1]);
    let_writers_go();
    STICHO_JOIN(writers, 30);
}

// Scenario 14: 20 threads x 15 hits. Threads are listed alive while they run and
// kept, flagged exited and with their counts, after they end; their storage
// shrinks when they exit.
void TestMultithreaded::threadLifecycle()
{
    constexpr unsigned kThreads = 20;
    constexpr unsigned kHits = 15;
    Profiler prof("lifecycle");
    std::vector<std::uint64_t> tids(kThreads);
    std::barrier<> sync(kThreads + 1);
    ThreadGroup group(kThreads, [&](std::size_t i) {
        tids[i] = os_tid();
        stichotrope::set_thread_name("life-" + std::to_string(i));
        for (unsigned n = 0; n < kHits; ++n) {
            STICHO_BLOCK(prof, 0, "life");
        }
        sync.arrive_and_wait(); // recorded
        sync.arrive_and_wait(); // main has looked
    });
    sync.arrive_and_wait();
    const Results alive = prof.get_results();
    const std::size_t memory_alive = prof.memory_bytes();
    sync.arrive_and_wait();
    STICHO_JOIN(group, 30);
    const Results exited = prof.get_results();
    const std::size_t memory_exited = prof.memory_bytes();

    STICHO_CHECK_RESULTS(alive);
    STICHO_CHECK_RESULTS(exited);
    QCOMPARE(alive.hit_count(), std::uint64_t(kThreads * kHits));
    QCOMPARE(exited.hit_count(), std::uint64_t(kThreads * kHits));
    QCOMPARE(alive.threads.size(), std::size_t(kThreads));
    QCOMPARE(exited.threads.size(), std::size_t(kThreads));
    QCOMPARE(prof.thread_count(), std::size_t(kThreads));
    for (unsigned i = 0; i < kThreads; ++i) {
        const ThreadResult* a = find_thread(alive, tids[i]);
        const ThreadResult* e = find_thread(exited, tids[i]);
        QVERIFY(a != nullptr && e != nullptr);
        QVERIFY(a->alive);
        QVERIFY(!e->alive);
        QCOMPARE(e->name, "life-" + std::to_string(i));
        QCOMPARE(e->hit_count(), std::uint64_t(kHits));
        QCOMPARE(e->tracks.at(0).blocks.begin()->second.total_ns, a->tracks.at(0).blocks.begin()->second.total_ns);
    }
    QVERIFY2(memory_exited < memory_alive, "exited threads were not compacted");
}

// Scenario 15: an outer block in one thread around inner blocks that a second
// thread also runs on its own; recursion counts every level.
void TestMultithreaded::nestedProfilingAcrossThreads()
{
    Profiler prof("nested");
    std::uint64_t tid_a = 0, tid_b = 0;
    const auto inner = [&] { STICHO_BLOCK(prof, 1, "inner"); spin(200); };
    std::barrier<> start(2);
    ThreadGroup group;
    group.spawn([&] {
        tid_a = os_tid();
        start.arrive_and_wait();
        for (int n = 0; n < 10; ++n) {
            STICHO_BLOCK(prof, 0, "outer");
            for (int k = 0; k < 3; ++k)
                inner();
        }
    });
    group.spawn([&] {
        tid_b = os_tid();
        start.arrive_and_wait();
        for (int n = 0; n < 7; ++n)
            inner();
        recurse(prof, 5);
        recurse(prof, 5);
    });
    STICHO_JOIN(group, 30);

    const Results r = prof.get_results();
    STICHO_CHECK_RESULTS(r);
    const ThreadResult* a = find_thread(r, tid_a);
    const ThreadResult* b = find_thread(r, tid_b);
    QVERIFY(a != nullptr && b != nullptr);
    QCOMPARE(hits_named(a->tracks, 0, "outer"), std::uint64_t(10));
    QCOMPARE(hits_named(a->tracks, 1, "inner"), std::uint64_t(30));
    QCOMPARE(hits_named(b->tracks, 0, "outer"), std::uint64_t(0));
    QCOMPARE(hits_named(b->tracks, 1, "inner"), std::uint64_t(7));
    QCOMPARE(hits_named(b->tracks, 2, "recurse"), std::uint64_t(10));
    QCOMPARE(hits_named(r.tracks, 1, "inner"), std::uint64_t(37));
    // The outer block encloses thread A's inner blocks, so it lasted longer.
    QVERIFY(find_named(a->tracks, 0, "outer")->total_ns >= find_named(a->tracks, 1, "inner")->total_ns);
}

// Scenario 16: tracks toggled while threads record. In each round the main thread
// sets track 1, the workers record, and the main thread checks: track 0 grew
// by exactly what was recorded, track 1 only in rounds where it was enabled.
// Meanwhile a toggler flips track 2 at random: no crash, no inconsistency.
void TestMultithreaded::trackTogglingWhileRecording()
{
    constexpr unsigned kWorkers = 4;
    constexpr int kRounds = 20;
    constexpr unsigned kPerRound = 50;
    Profiler prof("toggling");
    std::barrier<> sync(kWorkers + 1);
    std::atomic<bool> stop{false};
    std::atomic<std::uint64_t> track2_attempts{0};
    std::vector<std::uint64_t> track0(kRounds), track1(kRounds);
    std::vector<bool> enabled(kRounds);
    ThreadGroup toggler(1, [&](std::size_t) {
        std::minstd_rand rng(7);
        while (!stop.load())
            prof.set_track_enabled(2, rng() % 2 == 0);
    });
    ThreadGroup workers(kWorkers, [&](std::size_t) {
        for (int round = 0; round < kRounds; ++round) {
            sync.arrive_and_wait(); // track 1 set for this round
            for (unsigned n = 0; n < kPerRound; ++n) {
                { STICHO_BLOCK(prof, 0, "control"); }
                { STICHO_BLOCK(prof, 1, "toggled"); }
                { STICHO_BLOCK(prof, 2, "flipping"); }
                track2_attempts.fetch_add(1, std::memory_order_relaxed);
            }
            sync.arrive_and_wait(); // round recorded
        }
    });
    for (int round = 0; round < kRounds; ++round) {
        enabled[round] = round % 2 == 0;
        prof.set_track_enabled(1, enabled[round]);
        sync.arrive_and_wait();
        workers.failures().add_all(validate(prof.get_results())); // while they record
        sync.arrive_and_wait();
        const Results r = prof.get_results();
        track0[round] = track_hits(r.tracks, 0);
        track1[round] = track_hits(r.tracks, 1);
    }
    STICHO_JOIN(workers, 60);
    stop = true;
    STICHO_JOIN(toggler, 30);

    const std::uint64_t per_round = std::uint64_t(kWorkers) * kPerRound;
    for (int round = 0; round < kRounds; ++round) {
        const std::uint64_t prev0 = round ? track0[round - 1] : 0;
        const std::uint64_t prev1 = round ? track1[round - 1] : 0;
        QCOMPARE(track0[round] - prev0, per_round);
        QCOMPARE(track1[round] - prev1, enabled[round] ? per_round : 0);
    }
    prof.set_track_enabled(2, true);
    const Results r = prof.get_results();
    STICHO_CHECK_RESULTS(r);
    QVERIFY(track_hits(r.tracks, 2) <= track2_attempts.load());
    QVERIFY(!r.tracks.at(1).enabled); // last round disabled it
}

// Scenario 17: 100 threads created and destroyed in quick waves; nothing is lost.
void TestMultithreaded::rapidThreadCreation()
{
    constexpr int kWaves = 10;
    constexpr int kPerWave = 10;
    constexpr int kHits = 10;
    Profiler prof("rapid");
    for (int wave = 0; wave < kWaves; ++wave) {
        ThreadGroup group(kPerWave, [&](std::size_t) {
            for (int n = 0; n < kHits; ++n) {
                STICHO_BLOCK(prof, 0, "rapid");
            }
        });
        STICHO_JOIN(group, 30);
    }
    const Results r = prof.get_results();
    STICHO_CHECK_RESULTS(r);
    QCOMPARE(hits_named(r.tracks, 0, "rapid"), std::uint64_t(kWaves * kPerWave * kHits));
    QCOMPARE(r.threads.size(), std::size_t(kWaves * kPerWave));
    for (const auto& t : r.threads) {
        QVERIFY(!t.alive);
        QCOMPARE(t.hit_count(), std::uint64_t(kHits));
    }
}

QTEST_APPLESS_MAIN(TestMultithreaded)
#include "tst_multithreaded.moc"
