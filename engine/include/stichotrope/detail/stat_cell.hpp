// Counters of one call-tree node (or one block beyond the tree's limits):
// written by the owning thread only, read by aggregating threads through a
// seqlock so every snapshot of a cell is self-consistent. All fields are atomics, accessed relaxed, so there is no data
// race under the C++ memory model; the fences give the seqlock its ordering.
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
    std::atomic<std::uint64_t> seq{0}; // odd while the owner writes
    std::atomic<std::uint64_t> hits{0};
    std::atomic<std::uint64_t> ticks{0};
    std::atomic<std::uint64_t> min_ticks{std::numeric_limits<std::uint64_t>::max()};
    std::atomic<std::uint64_t> max_ticks{0};
    std::atomic<std::uint64_t> bytes{0};

    // Owner thread only. Plain loads and stores on x86: no locked instruction.
    STICHOTROPE_HOT_INLINE void record(std::uint64_t d, std::uint64_t b) noexcept
    {
        constexpr auto rx = std::memory_order_relaxed;
        const std::uint64_t s = seq.load(rx);
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
        const std::uint64_t s = seq.load(rx);
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
            const std::uint64_t s1 = seq.load(std::memory_order_acquire);
            v.hits = hits.load(rx);
            v.ticks = ticks.load(rx);
            v.min_ticks = min_ticks.load(rx);
            v.max_ticks = max_ticks.load(rx);
            v.bytes = bytes.load(rx);
            std::atomic_thread_fence(std::memory_order_acquire);
            const std::uint64_t s2 = seq.load(rx);
            if (s1 == s2 && (s1 & 1u) == 0)
                return v;
        }
    }
};

// Per-(thread, block) data. Statistics live in call-tree nodes; `overflow`
// only counts executions deeper than the tree's limits. The duration
// histogram is allocated on the block's first execution in the thread.
struct BlockSlot {
    StatCell overflow;
    std::atomic<std::atomic<std::uint64_t>*> histogram{nullptr};
    // The last duration + 1 (0: none), counted into the histogram at the next
    // execution: the bucket address then depends on a clock read that
    // finished long ago instead of the one just taken, which would stall the
    // block's exit on the clock's latency. Readers add it themselves.
    std::atomic<std::uint64_t> pending_ticks{0};
    // Owner-only cache of the last call path through this block: a block is
    // usually entered from the same parent, which then skips the path index.
    std::uint32_t cached_parent = 0;
    std::uint32_t cached_node = 0; // 0: empty (the root is never a child)
    StatCell* cached_cell = nullptr;
};

inline constexpr unsigned kSlotsPerChunk = 64;

struct BlockChunk {
    BlockSlot entries[kSlotsPerChunk]; // not "slots": Qt defines that as a macro
};

} // namespace stichotrope::detail
