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
// header, then one bit per bucket that is non-empty. Memory follows the
// block's spread (8 bytes per bucket, 16 buckets per doubling), not the whole
// 1 ns .. minutes scale. A real block fills a tenth of its range or so: the
// bits let a reader visit those buckets instead of scanning every count.
// Widening allocates a new range; the old one stays readable until the
// thread's storage goes.
struct HistogramRange {
    std::uint16_t first = 0;
    std::uint16_t size = 0;
    std::uint32_t reserved = 0;

    std::atomic<std::uint64_t>* counts() noexcept { return reinterpret_cast<std::atomic<std::uint64_t>*>(this + 1); }
    const std::atomic<std::uint64_t>* counts() const noexcept
    {
        return reinterpret_cast<const std::atomic<std::uint64_t>*>(this + 1);
    }
    // Bit k of word k / 64: bucket first + k has been counted since the
    // range was made or cleared. Set by the owner after the count.
    std::atomic<std::uint64_t>* nonempty() noexcept { return counts() + size; }
    const std::atomic<std::uint64_t>* nonempty() const noexcept { return counts() + size; }
    // Owner only (one writer): sets bucket first + k's bit.
    void mark_nonempty(unsigned k) noexcept
    {
        std::atomic<std::uint64_t>& word = nonempty()[k / 64];
        word.store(word.load(std::memory_order_relaxed) | (std::uint64_t(1) << (k % 64)), std::memory_order_relaxed);
    }
    static constexpr unsigned words_for(unsigned size) noexcept { return (size + 63) / 64; }
    static constexpr std::size_t bytes_for(unsigned size) noexcept
    {
        return sizeof(HistogramRange) + (size + words_for(size)) * sizeof(std::atomic<std::uint64_t>);
    }
};
static_assert(sizeof(HistogramRange) == 8 && alignof(HistogramRange) <= 8);

// BlockSlot::pending_bucket while the block has no execution waiting.
inline constexpr std::uint16_t kNoPendingBucket = 0xFFFF;
static_assert(kHistBuckets < kNoPendingBucket);

struct BlockSlot {
    std::uint16_t block = 0; // block id; written before the slot is published
    // Owner only: the node of the block's first call path (0, the root, for
    // none yet), and the last path taken (a block is usually entered from the
    // same parent, which then skips the path index): its parent, 0xFFFF
    // (never a node) while there is none, and its node.
    std::uint16_t first_node = 0;
    std::uint16_t last_parent = 0xFFFF;
    std::uint16_t last_node = 0;
    // Owner only: copies of the histogram range's bounds, next to the path
    // cache, so the hot path tests a duration against them without first
    // loading the range.
    std::uint16_t histogram_first = 0;
    std::uint16_t histogram_size = 0;
    // The histogram bucket of the block's latest execution, counted at its
    // next exit rather than at once: the bucket depends on the exit's clock
    // read, and a store to an address that waits for the clock stalls the
    // code after it (8-10 ns a block on one machine measured), where storing
    // the bucket and counting the previous one do not. Readers add it to
    // the counts (ThreadState::read_locked()); set before the previous
    // bucket is counted, so a reader never counts an execution twice.
    std::atomic<std::uint16_t> pending_bucket{kNoPendingBucket};
    StatCell* last_cell = nullptr;

    std::atomic<HistogramRange*> histogram{nullptr};
};

static_assert(sizeof(BlockSlot) == 32, "per-(thread, block) memory is budgeted");

} // namespace stichotrope::detail
