// Thread-safety scenario 21: a 10 s run (bounded by time, not by work). Once every
// thread has run every block, the engine's counters and timeline memory stay
// exactly flat, its histograms grow only to cover each block's spread of
// durations (never past a fixed bound), and aggregation keeps working with
// counts that never go down.
#include "test_support.hpp"

#include <latch>

using namespace sticho_test;

class TestLongRun : public EngineSuite {
    Q_OBJECT

private Q_SLOTS:
    void tenSecondRun();
};

void TestLongRun::tenSecondRun()
{
    constexpr unsigned kWorkers = 4;
    constexpr unsigned kSiteUses = 20;
    constexpr unsigned kTracks = 3;
    constexpr unsigned kBlocks = kSiteUses * kTracks; // (site, track) pairs, all reached within 60 iterations
    constexpr auto kDuration = 10s;

    Profiler prof("long-run");
    // A timeline ring grows segment by segment up to its capacity; with one
    // segment it is complete from the first event, so any growth after
    // warm-up would be a leak.
    prof.set_timeline_capacity(stichotrope::detail::kTimelineSegment);
    std::atomic<bool> stop{false};
    std::latch warmed_up(kWorkers);
    std::vector<std::uint64_t> iterations(kWorkers);
    ThreadGroup workers(kWorkers, [&](std::size_t i) {
        std::uint64_t n = 0;
        while (!stop.load(std::memory_order_relaxed)) {
            kSites[n % kSiteUses](prof, unsigned(n % kTracks));
            if (++n == kBlocks)
                warmed_up.count_down();
        }
        iterations[i] = n;
    });
    warmed_up.wait();
    const stichotrope::MemoryUsage baseline = prof.memory_usage();
    // A block's histogram range grows by doubling up to the whole bucket
    // scale; outgrown ranges are kept, so at most twice the widest range per
    // (thread, block), plus one arena chunk of rounding per thread.
    using namespace stichotrope::detail;
    const std::size_t histogram_bound =
        kWorkers * (kBlocks * 2 * HistogramRange::bytes_for(kHistBuckets) + 2 * ThreadArena::kChunkBytes);

    std::map<std::pair<unsigned, unsigned>, std::uint64_t> last;
    std::size_t snapshots = 0, memory_changes = 0, max_histograms = baseline.histograms;
    const auto deadline = std::chrono::steady_clock::now() + kDuration;
    while (std::chrono::steady_clock::now() < deadline) {
        const Results r = prof.get_results();
        workers.failures().add_all(validate(r));
        workers.failures().expect(r.block_count() == kBlocks, [&] {
            return "block count " + std::to_string(r.block_count());
        });
        for (const auto& [t, track] : r.tracks)
            for (const auto& [b, stats] : track.blocks) {
                const BlockStats& s = stats; // clang 14 lambdas cannot capture structured bindings
                std::uint64_t& prev = last[{t, b}];
                workers.failures().expect(s.hit_count >= prev, [&] { return "hits went down for " + std::string(s.name); });
                prev = s.hit_count;
            }
        const stichotrope::MemoryUsage memory = prof.memory_usage();
        memory_changes += memory.counters != baseline.counters || memory.timeline != baseline.timeline;
        max_histograms = std::max(max_histograms, memory.histograms);
        ++snapshots;
    }
    stop = true;
    STICHO_JOIN(workers, 30);

    const Results r = prof.get_results();
    STICHO_CHECK_RESULTS(r);
    std::uint64_t total = 0;
    for (std::uint64_t n : iterations)
        total += n;
    QCOMPARE(r.hit_count(), total);
    QCOMPARE(r.threads.size(), std::size_t(kWorkers));
    QCOMPARE(prof.block_count(), std::size_t(kBlocks));
    QVERIFY2(memory_changes == 0, ("counter or timeline memory moved away from " +
                                   std::to_string(baseline.counters) + " + " + std::to_string(baseline.timeline) +
                                   " bytes in " + std::to_string(memory_changes) + " samples")
                                      .c_str());
    QVERIFY2(max_histograms <= histogram_bound, ("histograms reached " + std::to_string(max_histograms) +
                                                 " bytes, bound " + std::to_string(histogram_bound))
                                                    .c_str());
    QVERIFY(snapshots > 1);
    qInfo("%llu hits, %zu snapshots, %zu counter and %zu timeline bytes throughout, histograms %zu -> %zu bytes",
          (unsigned long long)total, snapshots, baseline.counters, baseline.timeline, baseline.histograms,
          max_histograms);
}

QTEST_APPLESS_MAIN(TestLongRun)
#include "tst_long_run.moc"
