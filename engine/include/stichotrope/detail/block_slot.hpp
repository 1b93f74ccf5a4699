// What one thread keeps per block it executed, besides the block's call-tree
// nodes: its duration histogram and the owner's cache of the block's last
// call path.
#pragma once

#include "stichotrope/detail/histogram_buckets.hpp"
#include "stichotrope/detail/stat_cell.hpp"

#include <atomic>
#include <cstdint>

namespace stichotrope::detail {

// The histogram buckets between the block's shortest and longest durations
// so far, [first, first + size), with their counts stored right after this
// header. Memory follows the block's spread (8 bytes per bucket, 16 buckets
// per doubling), not the whole 1 ns .. minutes scale. Widening allocates a
// new range; the old one stays readable until the thread's storage goes.
struct HistogramRange {
    std::uint16_t first = 0;
    std::uint16_t size = 0;
    std::uint32_t reserved = 0;

    std::atomic<std::uint64_t>* counts() noexcept { return reinterpret_cast<std::atomic<std::uint64_t>*>(this + 1); }
    const std::atomic<std::uint64_t>* counts() const noexcept
    {
        return reinterpret_cast<const std::atomic<std::uint64_t>*>(this + 1);
    }
    static constexpr std::size_t bytes_for(unsigned size) noexcept
    {
        return sizeof(HistogramRange) + size * sizeof(std::atomic<std::uint64_t>);
    }
};
static_assert(sizeof(HistogramRange) == 8 && alignof(HistogramRange) <= 8);

struct BlockSlot {
    std::uint16_t block = 0; // block id; written before the slot is published
    // Owner only: the node of the block's first call path, and the last path
    // taken (a block is usually entered from the same parent, which then
    // skips the path index). Node 0 is the root, never a block's node.
    std::uint16_t first_node = 0;
    std::uint16_t last_parent = 0;
    std::uint16_t last_node = 0;
    StatCell* last_cell = nullptr;

    std::atomic<HistogramRange*> histogram{nullptr};
    // The last duration + 1 (0: none), counted into the histogram at the next
    // execution: the bucket address then depends on a clock read that
    // finished long ago instead of the one just taken, which would stall the
    // block's exit on the clock's latency. Readers add it themselves.
    std::atomic<std::uint64_t> pending_ticks{0};
};

static_assert(sizeof(BlockSlot) == 32, "per-(thread, block) memory is budgeted");

} // namespace stichotrope::detail
