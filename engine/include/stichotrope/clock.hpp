// The engine's clock: raw ticks on the hot path, nanoseconds everywhere else.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <string_view>

#if defined(__x86_64__) || defined(__i386__)
#include <x86intrin.h>
#define STICHOTROPE_HAS_TSC 1
#else
#define STICHOTROPE_HAS_TSC 0
#endif

namespace stichotrope {

enum class ClockSource { Tsc, SteadyClock };

namespace detail {
// Chosen once, before the first Profiler exists; read on every block entry/exit.
// A relaxed load of a never-changing flag is one predictable branch.
extern std::atomic<bool> g_clock_uses_tsc;

inline std::uint64_t now_ticks() noexcept
{
#if STICHOTROPE_HAS_TSC
    if (g_clock_uses_tsc.load(std::memory_order_relaxed))
        return __rdtsc();
#endif
    return static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count());
}
} // namespace detail

// Picks the clock (invariant TSC if the CPU has one, else steady_clock) and
// calibrates it. Idempotent and thread-safe; every Profiler constructor calls it.
void initialize_clock();

ClockSource clock_source();
std::string_view clock_source_name();

// Converts a tick count (or tick difference) to nanoseconds. Monotonic in its
// argument and exact for steady_clock; for the TSC it uses the fixed
// calibration taken by initialize_clock().
std::uint64_t ticks_to_ns(std::uint64_t ticks) noexcept;

namespace detail {
__extension__ using Uint128 = unsigned __int128; // GCC and Clang, the compilers the engine supports

// ticks_to_ns() with the calibration loaded once, for loops that convert many
// values (aggregation): an inlined multiply and shift per value.
class TickConverter {
public:
    TickConverter() noexcept;
    std::uint64_t operator()(std::uint64_t ticks) const noexcept
    {
        return static_cast<std::uint64_t>((static_cast<Uint128>(ticks) * ns_per_tick_q32_) >> 32);
    }

private:
    std::uint64_t ns_per_tick_q32_;
};

// Smallest tick count that converts to at least ns (inverse of ticks_to_ns).
std::uint64_t ns_to_ticks_ceil(std::uint64_t ns) noexcept;
} // namespace detail

// Current time in ticks of the engine clock (for tools and benchmarks).
inline std::uint64_t clock_ticks() noexcept { return detail::now_ticks(); }

} // namespace stichotrope
