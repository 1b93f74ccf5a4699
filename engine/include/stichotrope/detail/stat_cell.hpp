// Counters of one call-tree node (or of a block's executions beyond the
// tree's limits): written by the owning thread only, read by aggregating
// threads through a seqlock so every snapshot of a cell is self-consistent.
// All counters are atomics accessed relaxed, so there is no data race under
// the C++ memory model; the fences give the seqlock its ordering.
#pragma once

#include "stichotrope/detail/call_site.hpp"

#include <atomic>
#include <cstdint>
#include <limits>

namespace stichotrope::detail {

struct SlotValues {
    std::uint64_t hits = 0;
    std::uint64_t ticks = 0;
    std::uint64_t min_ticks = std::numeric_limits<std::uint64_t>::max();
    std::uint64_t max_ticks = 0;
    std::uint64_t bytes = 0;
};

struct StatCell {
    std::atomic<std::uint32_t> seq{0}; // odd while the owner writes
    // The owner's use: a call-tree node keeps (parent << 16) | block here.
    // Written before the cell is published, immutable afterwards.
    std::uint32_t label = 0;
    std::atomic<std::uint64_t> hits{0};
    std::atomic<std::uint64_t> ticks{0};
    std::atomic<std::uint64_t> min_ticks{std::numeric_limits<std::uint64_t>::max()};
    std::atomic<std::uint64_t> max_ticks{0};
    std::atomic<std::uint64_t> bytes{0};

    // Owner thread only. Plain loads and stores on x86: no locked instruction.
    STICHOTROPE_HOT_INLINE void record(std::uint64_t d, std::uint64_t b) noexcept
    {
        constexpr auto rx = std::memory_order_relaxed;
        const std::uint32_t s = seq.load(rx);
        seq.store(s + 1, rx);
        std::atomic_thread_fence(std::memory_order_release);
        hits.store(hits.load(rx) + 1, rx);
        ticks.store(ticks.load(rx) + d, rx);
        if (d < min_ticks.load(rx))
            min_ticks.store(d, rx);
        if (d > max_ticks.load(rx))
            max_ticks.store(d, rx);
        if (b)
            bytes.store(bytes.load(rx) + b, rx);
        seq.store(s + 2, std::memory_order_release);
    }

    // Owner thread only (applying a clear()).
    void reset() noexcept
    {
        constexpr auto rx = std::memory_order_relaxed;
        const std::uint32_t s = seq.load(rx);
        seq.store(s + 1, rx);
        std::atomic_thread_fence(std::memory_order_release);
        hits.store(0, rx);
        ticks.store(0, rx);
        min_ticks.store(std::numeric_limits<std::uint64_t>::max(), rx);
        max_ticks.store(0, rx);
        bytes.store(0, rx);
        seq.store(s + 2, std::memory_order_release);
    }

    // Any thread. Retries while the owner is mid-write; never blocks it.
    SlotValues read() const noexcept
    {
        constexpr auto rx = std::memory_order_relaxed;
        SlotValues v;
        for (;;) {
            const std::uint32_t s1 = seq.load(std::memory_order_acquire);
            v.hits = hits.load(rx);
            v.ticks = ticks.load(rx);
            v.min_ticks = min_ticks.load(rx);
            v.max_ticks = max_ticks.load(rx);
            v.bytes = bytes.load(rx);
            std::atomic_thread_fence(std::memory_order_acquire);
            const std::uint32_t s2 = seq.load(rx);
            if (s1 == s2 && (s1 & 1u) == 0)
                return v;
        }
    }
};

static_assert(sizeof(StatCell) == 48, "a call-tree node is one StatCell; keep it small");

} // namespace stichotrope::detail
