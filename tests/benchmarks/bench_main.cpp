// Shared main() of the benchmark programs: picks the engine clock before any
// benchmark runs and records in the report's context what was measured with.
#include "stichotrope/clock.hpp"

#include <benchmark/benchmark.h>

#include <string>

#ifndef STICHOTROPE_BENCH_BUILD_TYPE
#define STICHOTROPE_BENCH_BUILD_TYPE "unknown"
#endif

int main(int argc, char** argv)
{
    stichotrope::initialize_clock();
    benchmark::AddCustomContext("stichotrope_clock", std::string(stichotrope::clock_source_name()));
    // Ticks of the engine clock per microsecond (1000 for steady_clock).
    const double ns_per_mtick = double(stichotrope::ticks_to_ns(1'000'000'000)) / 1e9;
    benchmark::AddCustomContext("stichotrope_ticks_per_us", std::to_string(1000.0 / ns_per_mtick));
    benchmark::AddCustomContext("stichotrope_build_type", STICHOTROPE_BENCH_BUILD_TYPE);
#if defined(__clang__)
    benchmark::AddCustomContext("compiler", "clang " __clang_version__);
#elif defined(__GNUC__)
    benchmark::AddCustomContext("compiler", "gcc " __VERSION__);
#endif

    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
