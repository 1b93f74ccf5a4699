// Thread-safety scenarios 22-24 as correctness tests: instrumented loops record exactly
// what ran, aggregation over 100 threads is exact, and the engine's memory is
// O(threads x blocks). Timings are printed for information only; speed is the
// benchmarks' business, never a pass/fail criterion here.
#include "test_support.hpp"

#include <barrier>
#include <memory>

using namespace sticho_test;

class TestPerformance : public EngineSuite {
    Q_OBJECT

private Q_SLOTS:
    void hotPathOverhead();
    void aggregationOfHundredThreads();
    void memoryScaling();
    void memoryScaling_data();
};

namespace {
double ns_since(std::chrono::steady_clock::time_point t0)
{
    return double(std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - t0).count());
}
} // namespace

// Scenario 22: an instrumented loop of N iterations records exactly N hits; a loop
// on a disabled track or a stopped profiler records none.
void TestPerformance::hotPathOverhead()
{
    constexpr std::uint64_t kIterations = 1'000'000;
    Profiler prof("overhead");
    volatile std::uint64_t sink = 0;

    auto t0 = std::chrono::steady_clock::now();
    for (std::uint64_t i = 0; i < kIterations; ++i)
        sink = sink + i;
    const double bare = ns_since(t0);

    t0 = std::chrono::steady_clock::now();
    for (std::uint64_t i = 0; i < kIterations; ++i) {
        STICHO_BLOCK(prof, 0, "hot");
        sink = sink + i;
    }
    const double enabled = ns_since(t0);

    prof.set_track_enabled(1, false);
    t0 = std::chrono::steady_clock::now();
    for (std::uint64_t i = 0; i < kIterations; ++i) {
        STICHO_BLOCK(prof, 1, "off");
        sink = sink + i;
    }
    const double disabled = ns_since(t0);

    prof.stop();
    for (std::uint64_t i = 0; i < kIterations; ++i) {
        STICHO_BLOCK(prof, 0, "hot");
        sink = sink + i;
    }
    prof.start();

    const Results r = prof.get_results();
    STICHO_CHECK_RESULTS(r);
    QCOMPARE(hits_named(r.tracks, 0, "hot"), kIterations);
    QVERIFY(find_named(r.tracks, 1, "off") == nullptr); // never registered
    QCOMPARE(prof.block_count(), std::size_t(1));
    qInfo("bare loop %.2f ns/iter; enabled block %.2f ns/iter (%.2f ns overhead); disabled track %.2f ns/iter; "
          "clock: %s",
          bare / kIterations, enabled / kIterations, (enabled - bare) / kIterations, disabled / kIterations,
          std::string(stichotrope::clock_source_name()).c_str());
}

// Scenario 23: 100 threads x 10 blocks aggregated exactly, alive and after exit.
void TestPerformance::aggregationOfHundredThreads()
{
    constexpr unsigned kThreads = 100;
    constexpr unsigned kBlocks = 10;
    constexpr int kRepeats = 20;
    Profiler prof("aggregation");
    std::vector<std::uint64_t> tids(kThreads);
    std::barrier<> sync(kThreads + 1);
    ThreadGroup group(kThreads, [&](std::size_t i) {
        tids[i] = os_tid();
        for (unsigned b = 0; b < kBlocks; ++b)
            for (std::size_t n = 0; n <= i; ++n)
                kSites[b](prof, 0);
        sync.arrive_and_wait(); // recorded
        sync.arrive_and_wait(); // aggregated
    });
    sync.arrive_and_wait();
    std::vector<double> alive_ns;
    Results alive;
    for (int k = 0; k < kRepeats; ++k) {
        const auto t0 = std::chrono::steady_clock::now();
        alive = prof.get_results();
        alive_ns.push_back(ns_since(t0));
    }
    sync.arrive_and_wait();
    STICHO_JOIN(group, 60);
    std::vector<double> exited_ns;
    Results exited;
    for (int k = 0; k < kRepeats; ++k) {
        const auto t0 = std::chrono::steady_clock::now();
        exited = prof.get_results();
        exited_ns.push_back(ns_since(t0));
    }

    constexpr std::uint64_t kPerBlock = std::uint64_t(kThreads) * (kThreads + 1) / 2;
    for (const Results* r : {&alive, &exited}) {
        STICHO_CHECK_RESULTS(*r);
        QCOMPARE(r->threads.size(), std::size_t(kThreads));
        for (unsigned b = 0; b < kBlocks; ++b)
            QCOMPARE(hits_named(r->tracks, 0, site_name(b)), kPerBlock);
        for (unsigned i = 0; i < kThreads; ++i) {
            const ThreadResult* t = find_thread(*r, tids[i]);
            QVERIFY(t != nullptr);
            QCOMPARE(t->hit_count(), std::uint64_t(kBlocks) * (i + 1));
        }
    }
    std::sort(alive_ns.begin(), alive_ns.end());
    std::sort(exited_ns.begin(), exited_ns.end());
    qInfo("get_results() over %u threads x %u blocks: median %.3f ms alive, %.3f ms exited", kThreads, kBlocks,
          alive_ns[kRepeats / 2] / 1e6, exited_ns[kRepeats / 2] / 1e6);
}

void TestPerformance::memoryScaling_data()
{
    QTest::addColumn<unsigned>("threads");
    QTest::addColumn<unsigned>("blocks");
    for (unsigned t : {1u, 4u, 16u})
        for (unsigned b : {1u, 10u, 64u, 65u, 200u})
            QTest::addRow("%u threads x %u blocks", t, b) << t << b;
}

// Scenario 24: memory is O(threads x blocks) while threads live and shrinks
// to what they executed once they exit.
//
// Counters per live thread: a fixed part (the ThreadState with its timeline
// ring header, its name, its entry in the profiler's thread list, and the
// first segments and directories of its slot and node pools and path stack:
// kFixedAlive covers them and the rounding of the pools to whole segments)
// plus per executed block a slot, a call-tree node and its entry in the
// block-to-slot table. Histograms are accounted apart: a block's range covers
// the buckets between its shortest and longest execution and grows by
// doubling (outgrown ranges are kept), so at most twice the whole bucket
// scale per (thread, block), plus one arena chunk of rounding per thread. The
// timeline: one ring segment and its directory. After exit: a compact node,
// slot and histogram buckets per block, and the kept timeline events.
void TestPerformance::memoryScaling()
{
    QFETCH(unsigned, threads);
    QFETCH(unsigned, blocks);
    using namespace stichotrope::detail;
    constexpr std::size_t kNameBudget = 64;
    constexpr std::size_t kListEntry = 2 * sizeof(std::shared_ptr<ThreadState>);
    constexpr std::size_t kFixedAlive = sizeof(ThreadState) + kNameBudget + kListEntry + 4096;
    constexpr std::size_t kPerBlockAlive = sizeof(BlockSlot) + sizeof(StatCell) + sizeof(BlockSlot*) + 8;
    constexpr std::size_t kHistogramPerBlock = 2 * HistogramRange::bytes_for(kHistBuckets);
    constexpr std::size_t kTimeline = (stichotrope::kDefaultTimelineCapacity / kTimelineSegment) * sizeof(void*) +
                                      kTimelineSegment * sizeof(RawEvent);
    constexpr std::size_t kFixedExited = sizeof(ThreadState) + kNameBudget + kListEntry + sizeof(ThreadData::Node);
    constexpr std::size_t kPerBlockExited = sizeof(ThreadData::Node) + sizeof(ThreadData::Block) + 2 * sizeof(RawEvent);

    Profiler prof("memory");
    QCOMPARE(prof.memory_bytes(), std::size_t(0));
    std::barrier<> sync(threads + 1);
    ThreadGroup group(threads, [&](std::size_t i) {
        stichotrope::set_thread_name("mem-" + std::to_string(i));
        // Twice: counters and histograms hold more than one execution.
        for (int pass = 0; pass < 2; ++pass)
            for (unsigned b = 0; b < blocks; ++b)
                kSites[b](prof, 0);
        sync.arrive_and_wait();
        sync.arrive_and_wait();
    });
    sync.arrive_and_wait();
    const stichotrope::MemoryUsage alive = prof.memory_usage();
    sync.arrive_and_wait();
    STICHO_JOIN(group, 60);
    const stichotrope::MemoryUsage exited = prof.memory_usage();

    const std::size_t counter_bound = threads * (kFixedAlive + std::size_t(blocks) * kPerBlockAlive);
    const std::size_t histogram_bound =
        threads * (std::size_t(blocks) * kHistogramPerBlock + 2 * ThreadArena::kChunkBytes);
    // Exited: the buckets each block's histogram holds (two executions).
    const std::size_t exited_bound = threads * (kFixedExited + std::size_t(blocks) * kPerBlockExited) +
                                     threads * std::size_t(blocks) * 2 * sizeof(ThreadData::Bucket);
    qInfo("%u threads x %u blocks alive: counters %zu bytes (bound %zu), histograms %zu (bound %zu), timeline %zu "
          "(bound %zu); exited %zu bytes (bound %zu)",
          threads, blocks, alive.counters, counter_bound, alive.histograms, histogram_bound, alive.timeline,
          threads * kTimeline, exited.total(), exited_bound);
    QVERIFY(alive.counters <= counter_bound);
    QVERIFY(alive.histograms <= histogram_bound);
    // The accounting sees the storage: at least a slot and a node per block,
    // and a one-bucket range.
    QVERIFY(alive.counters >= threads * blocks * (sizeof(BlockSlot) + sizeof(StatCell)));
    QVERIFY(alive.histograms >= threads * blocks * HistogramRange::bytes_for(1));
    QVERIFY(alive.timeline <= threads * kTimeline);
    QVERIFY(alive.timeline >= threads * kTimelineSegment * sizeof(RawEvent));
    QCOMPARE(prof.memory_bytes(), exited.total());
    QVERIFY(exited.total() <= exited_bound);
    QVERIFY(exited.total() < alive.total());
    QCOMPARE(prof.get_results().hit_count(), 2 * std::uint64_t(threads) * blocks);
    prof.clear(); // forgets the exited threads and their memory
    QCOMPARE(prof.thread_count(), std::size_t(0));
    QCOMPARE(prof.memory_bytes(), std::size_t(0));
}

QTEST_APPLESS_MAIN(TestPerformance)
#include "tst_performance.moc"
