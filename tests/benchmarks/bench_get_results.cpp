// Cost of Profiler::get_results() and memory per (thread, block) over a grid
// of 1/10/100 recording threads x 1/100/1000 distinct blocks.
//
// Setup (not timed): a fresh profiler; N threads each execute the B blocks
// twice (two hits in every counter and histogram; or 40 times with varied
// lengths of work in BM_GetResults_VariedDurations), then stay parked on a
// barrier, so get_results() takes the
// path for threads that are still alive (seqlock reads of live storage, not
// the compacted copies of exited threads). Only the get_results() call is
// timed (manual time); destroying the returned Results is not. The threads
// are released and joined after the timing loop.
//
// Refreshing (get_results(previous), as a poller does) keeps the rows of
// threads that completed no block since the previous read. The _Refresh
// benchmarks therefore have every thread run one more block between two
// timed reads (untimed), so that every row is read again: the cost of
// polling busy threads. _Refresh_Idle leaves them parked: every row kept.
// _Refresh_KeepHistograms reads the counts afresh but keeps the histograms
// (HistogramRead::KeepPrevious), as the viewer does between histogram reads.
//
// Counters (memory from Profiler::memory_usage(), divided by N * B):
//   stats_per_thread_block         statistics (slots, call-tree nodes,
//                                  histograms, indexes, per-thread records), threads alive
//   counters_per_thread_block      the part of it that is not histograms
//   histogram_per_thread_block     the histograms: 8 bytes per bucket between a
//                                  block's shortest and longest run (the first
//                                  run in a thread, which allocates, is slower)
//   timeline_per_thread_block      timeline rings, threads alive
//   stats_per_thread_block_exited  statistics after the threads exited (compacted)
//   snapshot_per_thread_block      heap bytes one returned Results holds (glibc's
//                                  count of bytes in use, before and after a call,
//                                  less the snapshot arrays kept for reuse)

#include <stichotrope/stichotrope.hpp>

#include <benchmark/benchmark.h>

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <barrier>
#include <latch>
#include <thread>
#include <utility>
#include <vector>

#if defined(__GLIBC__)
#include <malloc.h> // mallinfo2()
#endif

namespace {

constexpr std::size_t kMaxSites = 1000;

// "block_0000" .. "block_0999", built at compile time so the call sites below
// can be constant-initialised exactly like the ones STICHO_BLOCK declares.
struct SiteName {
    char text[12];
};

constexpr std::array<SiteName, kMaxSites> make_names()
{
    std::array<SiteName, kMaxSites> names{};
    for (std::size_t i = 0; i < kMaxSites; ++i) {
        const char prefix[] = "block_";
        for (std::size_t c = 0; c < 6; ++c)
            names[i].text[c] = prefix[c];
        names[i].text[6] = char('0' + (i / 1000) % 10);
        names[i].text[7] = char('0' + (i / 100) % 10);
        names[i].text[8] = char('0' + (i / 10) % 10);
        names[i].text[9] = char('0' + i % 10);
        names[i].text[10] = '\0';
    }
    return names;
}

constexpr std::array<SiteName, kMaxSites> kNames = make_names();

template <std::size_t... I>
constexpr std::array<stichotrope::detail::CallSite, sizeof...(I)> make_sites(std::index_sequence<I...>)
{
    return {{stichotrope::detail::CallSite{kNames[I].text, __FILE__, unsigned(100 + I)}...}};
}

// kMaxSites distinct call sites: what kMaxSites STICHO_BLOCK uses would declare.
constinit std::array<stichotrope::detail::CallSite, kMaxSites> g_sites =
    make_sites(std::make_index_sequence<kMaxSites>{});

constexpr unsigned kTrack = 0;

// Runs per block in BM_GetResults and BM_GetResults_VariedDurations.
constexpr int kRunsTwice = 2;
constexpr int kRunsVaried = 40;

// Fresh: each get_results() returns a new Results (destroyed untimed).
// Refresh: get_results(into) writes over the previous iteration's snapshot,
// as a poller does, every thread having recorded since. RefreshIdle: the same
// with threads that recorded nothing since. RefreshKeepHistograms: Refresh,
// keeping the previous snapshot's histograms.
enum class Read { Fresh, Refresh, RefreshIdle, RefreshKeepHistograms };

// Heap bytes a snapshot of `profiler` holds; -1 where the C library cannot say.
double snapshot_bytes(const stichotrope::Profiler& profiler)
{
#if defined(__GLIBC__)
    auto in_use = [] {
        // Arrays kept for reuse are in use for glibc but held by no snapshot.
        const struct mallinfo2 m = mallinfo2();
        return double(m.uordblks) + double(m.hblkhd) - double(stichotrope::cached_snapshot_memory());
    };
    const double before = in_use();
    const stichotrope::Results r = profiler.get_results();
    return in_use() - before;
#else
    (void)profiler;
    return -1;
#endif
}

void run_get_results(benchmark::State& state, int runs, Read read)
{
    const auto n_threads = static_cast<std::size_t>(state.range(0));
    const auto n_blocks = static_cast<std::size_t>(state.range(1));
    const bool varied = runs == kRunsVaried;

    stichotrope::Profiler profiler("bench-get-results");
    std::latch recorded(static_cast<std::ptrdiff_t>(n_threads));
    // Each step: the threads and this one meet, the threads run block 0 once
    // (unless `finished`), and all meet again.
    std::barrier step(static_cast<std::ptrdiff_t>(n_threads + 1));
    bool finished = false; // written before a step's first meeting
    std::vector<std::thread> threads;
    threads.reserve(n_threads);
    for (std::size_t t = 0; t < n_threads; ++t)
        threads.emplace_back([&] {
            std::uint64_t x = 0;
            for (int pass = 0; pass < runs; ++pass)
                for (std::size_t b = 0; b < n_blocks; ++b) {
                    const stichotrope::detail::ScopedBlock block(profiler, kTrack, g_sites[b]);
                    // Varied: 1 to 128 steps of work, a different one each run,
                    // so each histogram fills as a real block's does.
                    const int steps = varied ? 1 << ((pass * 7 + int(b)) % 8) : 1;
                    for (int k = 0; k < steps; ++k) {
                        ++x;
                        benchmark::DoNotOptimize(x);
                    }
                }
            recorded.count_down();
            for (;;) {
                step.arrive_and_wait();
                if (finished)
                    return;
                {
                    const stichotrope::detail::ScopedBlock block(profiler, kTrack, g_sites[0]);
                    benchmark::DoNotOptimize(++x);
                }
                step.arrive_and_wait();
            }
        });
    recorded.wait();
    std::uint64_t steps = 0;
    auto record_one_block_each = [&] {
        step.arrive_and_wait();
        step.arrive_and_wait();
        ++steps;
    };

    const stichotrope::MemoryUsage alive = profiler.memory_usage();
    const double cells = double(n_threads * n_blocks);

    const double snapshot = snapshot_bytes(profiler);

    bool ok = true;
    stichotrope::Results previous;
    if (read != Read::Fresh)
        profiler.get_results(previous); // the poll before the first timed one
    for (auto _ : state) {
        if (read == Read::Refresh || read == Read::RefreshKeepHistograms)
            record_one_block_each();
        stichotrope::Results fresh;
        stichotrope::Results& r = read == Read::Fresh ? fresh : previous;
        const auto t0 = std::chrono::steady_clock::now();
        if (read == Read::RefreshKeepHistograms)
            profiler.get_results(r, stichotrope::Profiler::HistogramRead::KeepPrevious);
        else
            profiler.get_results(r);
        const auto t1 = std::chrono::steady_clock::now();
        state.SetIterationTime(std::chrono::duration<double>(t1 - t0).count());
        benchmark::DoNotOptimize(r);
        ok = ok && r.threads.size() == n_threads && r.block_count() == n_blocks &&
             r.hit_count() == (std::uint64_t(runs) * n_blocks + steps) * n_threads;
        // fresh is destroyed here, outside the timed interval.
    }

    finished = true;
    step.arrive_and_wait();
    for (auto& th : threads)
        th.join();

    if (!ok) {
        state.SkipWithError("get_results() did not report every (thread, block) exactly once");
        return;
    }
    state.counters["stats_per_thread_block"] = double(alive.statistics()) / cells;
    state.counters["counters_per_thread_block"] = double(alive.counters) / cells;
    state.counters["histogram_per_thread_block"] = double(alive.histograms) / cells;
    state.counters["timeline_per_thread_block"] = double(alive.timeline) / cells;
    state.counters["stats_per_thread_block_exited"] = double(profiler.memory_usage().statistics()) / cells;
    if (snapshot >= 0)
        state.counters["snapshot_per_thread_block"] = snapshot / cells;
}

void BM_GetResults(benchmark::State& state) { run_get_results(state, kRunsTwice, Read::Fresh); }
void BM_GetResults_VariedDurations(benchmark::State& state) { run_get_results(state, kRunsVaried, Read::Fresh); }
void BM_GetResults_Refresh(benchmark::State& state) { run_get_results(state, kRunsTwice, Read::Refresh); }
void BM_GetResults_VariedDurations_Refresh(benchmark::State& state)
{
    run_get_results(state, kRunsVaried, Read::Refresh);
}
void BM_GetResults_Refresh_Idle(benchmark::State& state) { run_get_results(state, kRunsTwice, Read::RefreshIdle); }
void BM_GetResults_VariedDurations_Refresh_KeepHistograms(benchmark::State& state)
{
    run_get_results(state, kRunsVaried, Read::RefreshKeepHistograms);
}

} // namespace

BENCHMARK(BM_GetResults)
    ->ArgNames({"threads", "blocks"})
    ->ArgsProduct({{1, 10, 100}, {1, 100, 1000}})
    ->UseManualTime()
    ->Unit(benchmark::kMicrosecond);
// Each block run 40 times over 8 lengths of work: histograms of 1.5 KB a
// (thread, block) instead of two buckets, as in a real program.
BENCHMARK(BM_GetResults_VariedDurations)
    ->ArgNames({"threads", "blocks"})
    ->ArgsProduct({{100}, {100, 1000}})
    ->UseManualTime()
    ->Unit(benchmark::kMicrosecond);
// get_results(into) on the previous snapshot: what a poller pays.
BENCHMARK(BM_GetResults_Refresh)
    ->ArgNames({"threads", "blocks"})
    ->ArgsProduct({{1, 10, 100}, {1, 100, 1000}})
    ->UseManualTime()
    ->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_GetResults_VariedDurations_Refresh)
    ->ArgNames({"threads", "blocks"})
    ->ArgsProduct({{100}, {100, 1000}})
    ->UseManualTime()
    ->Unit(benchmark::kMicrosecond);
// The same with threads that recorded nothing since the previous read.
BENCHMARK(BM_GetResults_Refresh_Idle)
    ->ArgNames({"threads", "blocks"})
    ->ArgsProduct({{100}, {100, 1000}})
    ->UseManualTime()
    ->Unit(benchmark::kMicrosecond);
// Busy threads, histograms kept from the previous snapshot.
BENCHMARK(BM_GetResults_VariedDurations_Refresh_KeepHistograms)
    ->ArgNames({"threads", "blocks"})
    ->ArgsProduct({{100}, {100, 1000}})
    ->UseManualTime()
    ->Unit(benchmark::kMicrosecond);

namespace {
// Reading one second of timeline: 64 threads that completed 1,000,000 events
// in all (15,625 each, so a million events per second of profiler time if
// they took a second), parked while Profiler::timeline(0) copies them out:
// into a new Timeline each time, or (refresh) over the previous read.
void timeline_read(benchmark::State& state, bool refresh)
{
    constexpr std::size_t kThreads = 64;
    constexpr std::size_t kEvents = 1'000'000;
    stichotrope::Profiler profiler("bench-timeline");
    std::latch recorded(kThreads);
    std::latch release(1);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < kThreads; ++t)
        threads.emplace_back([&] {
            std::uint64_t x = 0;
            for (std::size_t i = 0; i < kEvents / kThreads; ++i) {
                const stichotrope::detail::ScopedBlock block(profiler, kTrack, g_sites[i % 16]);
                benchmark::DoNotOptimize(++x);
            }
            recorded.count_down();
            release.wait();
        });
    recorded.wait();
    std::size_t events = 0;
    stichotrope::Timeline tl;
    for (auto _ : state) {
        if (!refresh)
            tl = stichotrope::Timeline(); // not timed: freeing the last read
        const auto t0 = std::chrono::steady_clock::now();
        if (refresh)
            profiler.timeline(0, tl);
        else
            tl = profiler.timeline(0);
        const auto t1 = std::chrono::steady_clock::now();
        state.SetIterationTime(std::chrono::duration<double>(t1 - t0).count());
        events = 0;
        for (const auto& th : tl.threads)
            events += th.events.size();
        benchmark::DoNotOptimize(tl);
    }
    release.count_down();
    for (auto& th : threads)
        th.join();
    if (events != kEvents)
        state.SkipWithError("timeline() did not return every event");
    state.counters["events"] = double(events);
}

void BM_TimelineRead(benchmark::State& state) { timeline_read(state, false); }
void BM_TimelineRead_Refresh(benchmark::State& state) { timeline_read(state, true); }
} // namespace

BENCHMARK(BM_TimelineRead)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TimelineRead_Refresh)->UseManualTime()->Unit(benchmark::kMillisecond);
