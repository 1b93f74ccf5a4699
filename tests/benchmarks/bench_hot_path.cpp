// Cost of one block (entry + exit) on the recording hot path, next to the
// floor it cannot beat (two reads of a clock) and to the one-global-mutex
// design it replaced (global_mutex_baseline.hpp).
//
// Every variant runs the same trivial body once per iteration, so differences
// between rows are the instrumentation alone (BM_BodyOnly is that body with no
// instrumentation at all). With ->Threads(2) each thread runs its own loop over
// the same call site and the same profiler; Google Benchmark then reports in
// the "CPU" column the average per-thread CPU time per block, and in the
// "Time" column wall time divided by the blocks of all threads (throughput).

#include "flat_engine_baseline.hpp"
#include "global_mutex_baseline.hpp"

#include <stichotrope/stichotrope.hpp>

#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdint>

namespace {

constexpr unsigned kTrackOn = 0;
constexpr unsigned kTrackOff = 1;

// Shared by every thread of every run; constructed on first use, after main()
// has picked the clock.
struct Profilers {
    stichotrope::Profiler hot{"bench-hot"};                 // track 0 on, track 1 off; timeline on (default)
    stichotrope::Profiler no_timeline{"bench-no-timeline"}; // track 0 on; timeline off
    stichotrope::Profiler stopped{"bench-stopped"};         // every track on, profiler stopped
    stichotrope_bench::baseline::GlobalMutexProfiler baseline;
    stichotrope_bench::flat::FlatProfiler flat{1u << 20}; // a tag no engine profiler has here

    Profilers()
    {
        hot.set_track_enabled(kTrackOff, false);
        no_timeline.set_timeline_enabled(false);
        stopped.stop();
    }
};

Profilers& profilers()
{
    static Profilers p;
    return p;
}

// The trivial body every variant runs inside its block: one increment the
// compiler must perform, plus a compiler barrier (no instruction) so nothing
// is hoisted out of or sunk into the measured region.
inline void body(std::uint64_t& x)
{
    ++x;
    benchmark::DoNotOptimize(x);
    benchmark::ClobberMemory();
}

std::uint64_t track_hits(const stichotrope::Profiler& p, unsigned track)
{
    const stichotrope::Results r = p.get_results();
    const auto it = r.tracks.find(track);
    return it == r.tracks.end() ? 0 : it->second.hit_count();
}

// Single-threaded runs check that the block recorded (or did not record)
// exactly what the loop executed; a silent no-op would otherwise look fast.
void check_hits(benchmark::State& state, std::uint64_t before, std::uint64_t after, bool expect_recorded)
{
    if (state.threads() != 1)
        return;
    const std::uint64_t expected = expect_recorded ? std::uint64_t(state.iterations()) : 0;
    if (after - before != expected)
        state.SkipWithError("block hit count does not match the iterations executed");
}

// ---- reference: no instrumentation, and the clock floors ----

void BM_BodyOnly(benchmark::State& state)
{
    std::uint64_t x = 0;
    for (auto _ : state)
        body(x);
}

void BM_Floor_EngineClock(benchmark::State& state)
{
    // The engine's own clock read, as the hot path inlines it (rdtsc when the
    // TSC is invariant, steady_clock otherwise; see the "stichotrope_clock"
    // context line).
    std::uint64_t x = 0;
    for (auto _ : state) {
        const std::uint64_t t0 = stichotrope::detail::now_ticks();
        body(x);
        const std::uint64_t t1 = stichotrope::detail::now_ticks();
        benchmark::DoNotOptimize(t1 - t0);
    }
}

void BM_Floor_SteadyClock(benchmark::State& state)
{
    std::uint64_t x = 0;
    for (auto _ : state) {
        const auto t0 = std::chrono::steady_clock::now();
        body(x);
        const auto t1 = std::chrono::steady_clock::now();
        benchmark::DoNotOptimize(t1 - t0);
    }
}

#if STICHOTROPE_HAS_TSC
void BM_Floor_Rdtsc(benchmark::State& state)
{
    std::uint64_t x = 0;
    for (auto _ : state) {
        const std::uint64_t t0 = __rdtsc();
        body(x);
        const std::uint64_t t1 = __rdtsc();
        benchmark::DoNotOptimize(t1 - t0);
    }
}
#endif

// ---- the engine ----

void BM_Block_Enabled(benchmark::State& state)
{
    stichotrope::Profiler& p = profilers().hot;
    const std::uint64_t before = state.threads() == 1 ? track_hits(p, kTrackOn) : 0;
    std::uint64_t x = 0;
    for (auto _ : state) {
        STICHO_BLOCK(p, kTrackOn, "enabled");
        body(x);
    }
    if (state.threads() == 1)
        check_hits(state, before, track_hits(p, kTrackOn), true);
}

// The same with the profiler's timeline capture off: statistics, call tree
// and histogram only, no ring write.
void BM_Block_EnabledNoTimeline(benchmark::State& state)
{
    stichotrope::Profiler& p = profilers().no_timeline;
    const std::uint64_t before = state.threads() == 1 ? track_hits(p, kTrackOn) : 0;
    std::uint64_t x = 0;
    for (auto _ : state) {
        STICHO_BLOCK(p, kTrackOn, "enabled, no timeline");
        body(x);
    }
    if (state.threads() == 1)
        check_hits(state, before, track_hits(p, kTrackOn), true);
}

void BM_Block_TrackDisabled(benchmark::State& state)
{
    stichotrope::Profiler& p = profilers().hot;
    const std::uint64_t before = state.threads() == 1 ? track_hits(p, kTrackOff) : 0;
    std::uint64_t x = 0;
    for (auto _ : state) {
        STICHO_BLOCK(p, kTrackOff, "disabled");
        body(x);
    }
    if (state.threads() == 1)
        check_hits(state, before, track_hits(p, kTrackOff), false);
}

void BM_Block_ProfilerStopped(benchmark::State& state)
{
    stichotrope::Profiler& p = profilers().stopped;
    const std::uint64_t before = state.threads() == 1 ? track_hits(p, kTrackOn) : 0;
    std::uint64_t x = 0;
    for (auto _ : state) {
        STICHO_BLOCK(p, kTrackOn, "stopped");
        body(x);
    }
    if (state.threads() == 1)
        check_hits(state, before, track_hits(p, kTrackOn), false);
}

// ---- reference: one global mutex around a std::map ----

void BM_Baseline_GlobalMutex(benchmark::State& state)
{
    auto& p = profilers().baseline;
    const std::uint64_t before = state.threads() == 1 ? p.hits(kTrackOn, "baseline") : 0;
    std::uint64_t x = 0;
    for (auto _ : state) {
        const stichotrope_bench::baseline::ScopedBlock block(p, kTrackOn, "baseline");
        body(x);
    }
    if (state.threads() == 1)
        check_hits(state, before, p.hits(kTrackOn, "baseline"), true);
}

// ---- reference: the engine's flat per-block statistics alone ----

constinit stichotrope::detail::CallSite g_flat_site{"flat", __FILE__, __LINE__};

void BM_Baseline_FlatEngine(benchmark::State& state)
{
    auto& p = profilers().flat;
    const std::uint64_t before = state.threads() == 1 ? p.hits(0) : 0;
    std::uint64_t x = 0;
    for (auto _ : state) {
        const stichotrope_bench::flat::ScopedBlock block(p, kTrackOn, g_flat_site);
        body(x);
    }
    if (state.threads() == 1)
        check_hits(state, before, p.hits(0), true);
}

} // namespace

BENCHMARK(BM_BodyOnly)->Threads(1)->Threads(2);
BENCHMARK(BM_Floor_EngineClock)->Threads(1)->Threads(2);
BENCHMARK(BM_Floor_SteadyClock)->Threads(1)->Threads(2);
#if STICHOTROPE_HAS_TSC
BENCHMARK(BM_Floor_Rdtsc)->Threads(1)->Threads(2);
#endif
BENCHMARK(BM_Block_Enabled)->Threads(1)->Threads(2);
BENCHMARK(BM_Block_EnabledNoTimeline)->Threads(1)->Threads(2);
BENCHMARK(BM_Block_TrackDisabled)->Threads(1)->Threads(2);
BENCHMARK(BM_Block_ProfilerStopped)->Threads(1)->Threads(2);
BENCHMARK(BM_Baseline_FlatEngine)->Threads(1)->Threads(2);
BENCHMARK(BM_Baseline_GlobalMutex)->Threads(1)->Threads(2);
