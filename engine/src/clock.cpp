#include "stichotrope/clock.hpp"

#include <cstdlib>
#include <cstring>
#include <mutex>

#if STICHOTROPE_HAS_TSC
#include <cpuid.h>
#endif

namespace stichotrope {
namespace detail {
std::atomic<bool> g_clock_uses_tsc{false};
} // namespace detail

namespace {
using uint128 = detail::Uint128;

// Nanoseconds per tick in 32.32 fixed point; 1.0 for steady_clock.
std::atomic<std::uint64_t> g_ns_per_tick_q32{std::uint64_t(1) << 32};
std::once_flag g_clock_once;

#if STICHOTROPE_HAS_TSC
// The TSC is usable as a clock only if it ticks at a constant rate in every
// P/C-state and is synchronised across cores: CPUID 0x80000007, EDX bit 8.
bool has_invariant_tsc()
{
    unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
    if (__get_cpuid(0x80000000u, &eax, &ebx, &ecx, &edx) == 0 || eax < 0x80000007u)
        return false;
    if (__get_cpuid(0x80000007u, &eax, &ebx, &ecx, &edx) == 0)
        return false;
    return (edx & (1u << 8)) != 0;
}

// Measures the TSC rate against steady_clock over a 10 ms busy wait: long
// enough for ~1e-5 relative precision, short enough to go unnoticed at start.
std::uint64_t calibrate_tsc_q32()
{
    using clock = std::chrono::steady_clock;
    const auto t0 = clock::now();
    const std::uint64_t c0 = __rdtsc();
    auto t1 = t0;
    while (t1 - t0 < std::chrono::milliseconds(10))
        t1 = clock::now();
    const std::uint64_t c1 = __rdtsc();
    const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(t1 - t0).count();
    if (c1 <= c0 || ns <= 0)
        return 0;
    return static_cast<std::uint64_t>((static_cast<uint128>(ns) << 32) / (c1 - c0));
}
#endif

void choose_clock()
{
#if STICHOTROPE_HAS_TSC
    const char* forced = std::getenv("STICHOTROPE_CLOCK");
    const bool want_tsc = forced == nullptr || std::strcmp(forced, "steady") != 0;
    if (want_tsc && has_invariant_tsc()) {
        if (const std::uint64_t q = calibrate_tsc_q32(); q != 0) {
            g_ns_per_tick_q32.store(q, std::memory_order_relaxed);
            detail::g_clock_uses_tsc.store(true, std::memory_order_release);
        }
    }
#endif
}
} // namespace

void initialize_clock() { std::call_once(g_clock_once, choose_clock); }

ClockSource clock_source()
{
    return detail::g_clock_uses_tsc.load(std::memory_order_acquire) ? ClockSource::Tsc : ClockSource::SteadyClock;
}

std::string_view clock_source_name()
{
    return clock_source() == ClockSource::Tsc ? "invariant TSC" : "steady_clock";
}

std::uint64_t ticks_to_ns(std::uint64_t ticks) noexcept
{
    const std::uint64_t q = g_ns_per_tick_q32.load(std::memory_order_relaxed);
    return static_cast<std::uint64_t>((static_cast<uint128>(ticks) * q) >> 32);
}

namespace detail {
TickConverter::TickConverter() noexcept : ns_per_tick_q32_(g_ns_per_tick_q32.load(std::memory_order_relaxed)) {}

std::uint64_t ns_to_ticks_ceil(std::uint64_t ns) noexcept
{
    const std::uint64_t q = g_ns_per_tick_q32.load(std::memory_order_relaxed);
    std::uint64_t t = static_cast<std::uint64_t>((static_cast<uint128>(ns) << 32) / q);
    // The division is approximate: step to the exact boundary.
    while (t > 0 && ticks_to_ns(t - 1) >= ns)
        --t;
    while (ticks_to_ns(t) < ns)
        ++t;
    return t;
}
} // namespace detail

} // namespace stichotrope
