// clear(): safe while threads record, immediate for readers, forgets exited
// threads, and keeps blocks, block indices, track names and toggles.
#include "test_support.hpp"

#include <barrier>
#include <latch>
#include <random>

using namespace sticho_test;

class TestClear : public EngineSuite {
    Q_OBJECT

private Q_SLOTS:
    void clearDuringRecording();
    void clearKeepsCatalogueAndForgetsExitedThreads();
    void clearInsideOpenBlock();
};

// 8 threads record without pause while the main thread clears 200 times and
// aggregates in between. Afterwards, a clear followed by a known amount of
// recording gives exact counts.
void TestClear::clearDuringRecording()
{
    constexpr unsigned kWorkers = 8;
    constexpr int kClears = 200;
    constexpr unsigned kAfter = 500;
    Profiler prof("clear-storm");
    std::atomic<bool> stop{false};
    std::barrier<> sync(kWorkers + 1);
    std::latch recording(kWorkers); // every worker has recorded before the clears start
    // One call site for "outer" (a generic lambda would make one per use).
    const auto outer = [&](std::minstd_rand* rng) {
        STICHO_BLOCK(prof, 0, "outer");
        if (rng != nullptr)
            kSites[(*rng)() % 10](prof, unsigned((*rng)() % 2));
    };
    ThreadGroup group(kWorkers, [&](std::size_t i) {
        std::minstd_rand rng(unsigned(i) + 11);
        outer(&rng);
        recording.count_down();
        while (!stop.load(std::memory_order_relaxed))
            outer(&rng);
        sync.arrive_and_wait(); // everyone stopped
        sync.arrive_and_wait(); // main cleared and looked
        for (unsigned n = 0; n < kAfter; ++n)
            outer(nullptr);
        sync.arrive_and_wait(); // recorded again
    });
    recording.wait();
    std::size_t max_blocks = 0;
    for (int n = 0; n < kClears; ++n) {
        prof.clear();
        const Results r = prof.get_results();
        group.failures().add_all(validate(r));
        max_blocks = std::max(max_blocks, r.block_count());
    }
    stop = true;
    sync.arrive_and_wait();
    prof.clear();
    const Results cleared = prof.get_results();
    sync.arrive_and_wait();
    sync.arrive_and_wait();
    const Results after = prof.get_results();
    STICHO_JOIN(group, 60);

    STICHO_CHECK_RESULTS(cleared);
    STICHO_CHECK_RESULTS(after);
    QCOMPARE(cleared.hit_count(), std::uint64_t(0));
    QCOMPARE(cleared.threads.size(), std::size_t(kWorkers));
    QVERIFY(cleared.block_count() >= max_blocks); // blocks are never dropped
    QCOMPARE(after.hit_count(), std::uint64_t(kWorkers) * kAfter);
    QCOMPARE(hits_named(after.tracks, 0, "outer"), std::uint64_t(kWorkers) * kAfter);
    for (const auto& t : after.threads)
        QCOMPARE(t.hit_count(), std::uint64_t(kAfter));
}

// Right after clear(), threads that have not recorded since report zero and
// exited threads are gone; blocks, their indices, track names and toggles
// stay, and recording continues into the same blocks.
void TestClear::clearKeepsCatalogueAndForgetsExitedThreads()
{
    constexpr unsigned kAlive = 2;
    constexpr unsigned kExited = 3;
    constexpr unsigned kSiteUses = 4;
    Profiler prof("clear-keeps");
    prof.set_track_name(1, "Kept");
    prof.set_track_enabled(4, false);
    ThreadGroup exited(kExited, [&](std::size_t) { kSites[0](prof, 0); });
    STICHO_JOIN(exited, 30);

    std::barrier<> sync(kAlive + 1);
    ThreadGroup alive(kAlive, [&](std::size_t) {
        for (unsigned k = 0; k < kSiteUses; ++k)
            kSites[k](prof, k % 2);
        sync.arrive_and_wait(); // recorded
        sync.arrive_and_wait(); // main cleared
        for (unsigned k = 0; k < kSiteUses; ++k)
            kSites[k](prof, k % 2);
        kSites[0](prof, 4); // still disabled
        sync.arrive_and_wait(); // recorded again
    });
    sync.arrive_and_wait();
    const Results before = prof.get_results();
    const std::size_t blocks_before = prof.block_count();
    prof.clear();
    const Results cleared = prof.get_results();
    const std::size_t threads_after_clear = prof.thread_count();
    sync.arrive_and_wait();
    sync.arrive_and_wait();
    const Results again = prof.get_results();
    STICHO_JOIN(alive, 30);

    const auto catalogue = [](const Results& r) {
        std::map<std::pair<unsigned, unsigned>, std::string> out;
        for (const auto& [t, track] : r.tracks)
            for (const auto& [b, s] : track.blocks)
                out[{t, b}] = std::string(s.name) + "@" + std::to_string(s.line);
        return out;
    };
    STICHO_CHECK_RESULTS(before);
    STICHO_CHECK_RESULTS(cleared);
    STICHO_CHECK_RESULTS(again);
    QCOMPARE(before.threads.size(), std::size_t(kExited + kAlive));
    QCOMPARE(before.hit_count(), std::uint64_t(kExited + kAlive * kSiteUses));

    QCOMPARE(cleared.hit_count(), std::uint64_t(0));
    QCOMPARE(cleared.threads.size(), std::size_t(kAlive));
    QCOMPARE(threads_after_clear, std::size_t(kAlive));
    for (const auto& t : cleared.threads) {
        QVERIFY(t.alive);
        QCOMPARE(t.hit_count(), std::uint64_t(0));
    }
    QCOMPARE(prof.block_count(), blocks_before);
    QCOMPARE(catalogue(cleared), catalogue(before));
    QCOMPARE(cleared.tracks.at(1).name, std::string("Kept"));
    QVERIFY(!cleared.tracks.at(4).enabled);
    QVERIFY(!prof.is_track_enabled(4));

    QCOMPARE(catalogue(again), catalogue(before)); // same blocks at the same indices
    QCOMPARE(prof.block_count(), blocks_before);
    for (unsigned k = 0; k < kSiteUses; ++k)
        QCOMPARE(hits_named(again.tracks, k % 2, site_name(k)), std::uint64_t(kAlive));
    QCOMPARE(track_hits(again.tracks, 4), std::uint64_t(0));
}

// get_results() and clear() from inside an open block of the same thread:
// the open block is not counted yet, and counts once it closes after the clear.
void TestClear::clearInsideOpenBlock()
{
    Profiler prof("open-clear");
    {
        STICHO_BLOCK(prof, 0, "earlier");
    }
    Results inside;
    {
        STICHO_BLOCK(prof, 0, "open");
        inside = prof.get_results();
        prof.clear();
    }
    const Results r = prof.get_results();
    STICHO_CHECK_RESULTS(inside);
    STICHO_CHECK_RESULTS(r);
    QCOMPARE(hits_named(inside.tracks, 0, "earlier"), std::uint64_t(1));
    QCOMPARE(hits_named(inside.tracks, 0, "open"), std::uint64_t(0));
    QCOMPARE(hits_named(r.tracks, 0, "earlier"), std::uint64_t(0));
    QCOMPARE(hits_named(r.tracks, 0, "open"), std::uint64_t(1));
}

QTEST_APPLESS_MAIN(TestClear)
#include "tst_clear.moc"
