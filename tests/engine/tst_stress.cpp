// Thread-safety scenarios 18-20: high thread counts and high hit counts, every one of them
// accounted for exactly. (Scenario 21, the long run, is tst_long_run.)
#include "test_support.hpp"

#include <latch>

using namespace sticho_test;

class TestStress : public EngineSuite {
    Q_OBJECT

private Q_SLOTS:
    void hundredConcurrentThreads();
    void hundredThousandMeasurements();
    void fiftyThreadsThousandEach();
};

// Scenario 18: 100 threads, all alive at once, 1,000 hits each over 5 blocks.
void TestStress::hundredConcurrentThreads()
{
    constexpr unsigned kThreads = 100;
    constexpr unsigned kHits = 1000;
    constexpr unsigned kBlocks = 5;
    Profiler prof("hundred-threads");
    std::vector<std::uint64_t> tids(kThreads);
    std::latch all_running(kThreads); // nobody records before all exist
    ThreadGroup group(kThreads, [&](std::size_t i) {
        tids[i] = os_tid();
        all_running.arrive_and_wait();
        for (unsigned n = 0; n < kHits; ++n)
            kSites[n % kBlocks](prof, n % 2);
    });
    STICHO_JOIN(group, 60);

    const Results r = prof.get_results();
    STICHO_CHECK_RESULTS(r);
    QCOMPARE(r.hit_count(), std::uint64_t(kThreads) * kHits);
    QCOMPARE(r.threads.size(), std::size_t(kThreads));
    for (unsigned i = 0; i < kThreads; ++i) {
        const ThreadResult* t = find_thread(r, tids[i]);
        QVERIFY(t != nullptr);
        QCOMPARE(t->hit_count(), std::uint64_t(kHits));
        for (unsigned b = 0; b < kBlocks; ++b)
            QCOMPARE(hits_named(t->tracks, b % 2, site_name(b)) + hits_named(t->tracks, (b + 1) % 2, site_name(b)),
                     std::uint64_t(kHits / kBlocks));
    }
}

// Scenario 19: 100,000 measurements (10 threads x 10,000) over 5 blocks on two
// tracks, aggregated continuously while they are recorded.
void TestStress::hundredThousandMeasurements()
{
    constexpr unsigned kThreads = 10;
    constexpr unsigned kHits = 10'000;
    constexpr unsigned kBlocks = 5;
    Profiler prof("hundred-thousand");
    std::latch start(kThreads);
    std::atomic<unsigned> finished{0};
    ThreadGroup group(kThreads, [&](std::size_t) {
        start.arrive_and_wait();
        for (unsigned n = 0; n < kHits; ++n)
            kSites[n % kBlocks](prof, n % kBlocks < 2 ? 0 : 1);
        ++finished;
    });
    while (finished.load() < kThreads)
        group.failures().add_all(validate(prof.get_results()));
    STICHO_JOIN(group, 60);

    const Results r = prof.get_results();
    STICHO_CHECK_RESULTS(r);
    QCOMPARE(r.hit_count(), std::uint64_t(100'000));
    for (unsigned b = 0; b < kBlocks; ++b)
        QCOMPARE(hits_named(r.tracks, b < 2 ? 0 : 1, site_name(b)), std::uint64_t(kThreads) * kHits / kBlocks);
    QCOMPARE(track_hits(r.tracks, 0), std::uint64_t(40'000));
    QCOMPARE(track_hits(r.tracks, 1), std::uint64_t(60'000));
}

// Scenario 20: 50 threads x 1,000 measurements = exactly 50,000, with hit counts
// never going down in the snapshots taken meanwhile.
void TestStress::fiftyThreadsThousandEach()
{
    constexpr unsigned kThreads = 50;
    constexpr unsigned kHits = 1000;
    Profiler prof("fifty-threads");
    std::latch start(kThreads);
    std::atomic<unsigned> finished{0};
    ThreadGroup group(kThreads, [&](std::size_t) {
        start.arrive_and_wait();
        for (unsigned n = 0; n < kHits; ++n) {
            STICHO_BLOCK(prof, 3, "fifty");
        }
        ++finished;
    });
    std::uint64_t last = 0;
    while (finished.load() < kThreads) {
        const Results r = prof.get_results();
        const std::uint64_t now = r.hit_count();
        group.failures().expect(now >= last, [&] { return "hits went down"; });
        group.failures().add_all(validate(r));
        last = now;
    }
    STICHO_JOIN(group, 60);

    const Results r = prof.get_results();
    STICHO_CHECK_RESULTS(r);
    QCOMPARE(hits_named(r.tracks, 3, "fifty"), std::uint64_t(50'000));
    QCOMPARE(r.threads.size(), std::size_t(kThreads));
    for (const auto& t : r.threads)
        QCOMPARE(t.hit_count(), std::uint64_t(kHits));
}

QTEST_APPLESS_MAIN(TestStress)
#include "tst_stress.moc"
