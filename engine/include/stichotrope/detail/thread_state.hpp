// Everything one thread records for one profiler: a slot per block it
// executed (histogram, overflow, path cache), the nodes of its call tree, the
// stack of open blocks and the timeline ring. The owning thread writes all of
// it without locks; readers take `mutex_` (a leaf lock the owner only takes
// on cold paths) so the storage cannot be compacted under them.
#pragma once

#include "stichotrope/detail/block_slot.hpp"
#include "stichotrope/detail/call_site.hpp"
#include "stichotrope/detail/histogram_buckets.hpp"
#include "stichotrope/detail/segmented_pool.hpp"
#include "stichotrope/detail/stat_cell.hpp"
#include "stichotrope/detail/thread_arena.hpp"
#include "stichotrope/detail/timeline_ring.hpp"
#include "stichotrope/snapshot_memory.hpp"

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace stichotrope::detail {

inline constexpr unsigned kMaxDepth = 256;           // call-tree depth limit
// Call-tree nodes per thread, root included: 16-bit ids. 0xFFFF is never a
// node (an empty path cache holds it), nor is kFoldedPath.
inline constexpr std::uint32_t kMaxNodes = 0xFFFE;
inline constexpr std::uint16_t kNoNode = 0xFFFF;
// On the open-block stack: a block whose path found no room in the tree. It
// and every block it calls record into their blocks' overflow cells, so none
// of them lands on an existing path it does not belong to.
inline constexpr std::uint16_t kFoldedPath = 0xFFFE;
inline constexpr std::uint32_t kNoBlock = 0xFFFFFFFFu;
inline constexpr std::uint64_t kExitedTimelineEvents = 65536; // kept per exited thread
static_assert(kMaxBlocks <= (1u << 16), "block ids are stored in 16 bits");
static_assert(kMaxDepth < (1u << kEventDepthBits), "timeline events hold any depth without a clamp");

// A thread's statistics as a reader copies them out, and as an exited thread
// keeps them. Flat arrays, reused from one read to the next.
struct ThreadData {
    struct Node {
        std::uint32_t block;  // kNoBlock: the root, or a block newer than the reader's catalogue
        std::uint32_t parent; // node index; parents precede their children
        SlotValues values;
    };
    struct Block {
        std::uint32_t block;
        std::uint32_t buckets_begin; // its histogram: buckets[begin, end)
        std::uint32_t buckets_end;
    };
    struct Overflow {
        std::uint32_t block;
        SlotValues values; // executions beyond the tree's limits
    };
    struct Bucket {
        std::uint32_t index; // histogram_bucket() index, ascending within a block
        std::uint64_t count;
    };

    // Recycled memory: a read fills tens of thousands of entries, and fresh
    // pages for them would cost more than the copy.
    SnapshotVector<Node> nodes;   // index = node id; nodes[0] is the root
    SnapshotVector<Block> blocks; // in order of first execution
    SnapshotVector<Bucket> buckets;
    SnapshotVector<Overflow> overflow;

    void clear() noexcept
    {
        nodes.clear();
        blocks.clear();
        buckets.clear();
        overflow.clear();
    }
    std::size_t counter_bytes() const noexcept
    {
        return nodes.capacity() * sizeof(Node) + blocks.capacity() * sizeof(Block) +
               overflow.capacity() * sizeof(Overflow);
    }
    std::size_t histogram_bytes() const noexcept { return buckets.capacity() * sizeof(Bucket); }
};

class ThreadState {
public:
    ThreadState(std::uint64_t profiler_tag, std::uint64_t epoch, std::uint64_t thread_id, std::uint64_t os_tid,
                std::string name,
                std::uint64_t timeline_capacity, bool timeline_enabled);
    ~ThreadState();
    ThreadState(const ThreadState&) = delete;
    ThreadState& operator=(const ThreadState&) = delete;

    // ---- owner thread, hot path ----
    STICHOTROPE_HOT_INLINE BlockSlot* slot(std::uint32_t block)
    {
        if (block < slot_of_size_) [[likely]]
            if (BlockSlot* s = slot_of_[block]) [[likely]]
                return s;
        return add_slot(block);
    }

    // Enters the slot's block in the call tree. Returns the node's cell; past
    // the node limit the block's overflow cell (the block is then on the
    // stack as kFoldedPath); nullptr past the depth limit (not on the stack).
    // Either way the time stays in the deepest node as its self time.
    STICHOTROPE_HOT_INLINE StatCell* push(BlockSlot& s)
    {
        if (depth_ >= stack_capacity_) [[unlikely]]
            if (!grow_stack())
                return nullptr;
        const std::uint16_t parent = stack_[std::ptrdiff_t(depth_) - 1]; // [-1] is the root
        if (s.last_parent == parent) [[likely]] {
            stack_[depth_++] = s.last_node;
            return s.last_cell;
        }
        return push_path(s, parent);
    }

    void pop() noexcept { --depth_; }
    unsigned depth() const noexcept { return depth_; }

    STICHOTROPE_HOT_INLINE void record(BlockSlot& s, StatCell* node, std::uint64_t start, std::uint64_t ticks,
                                       std::uint64_t bytes) noexcept
    {
        constexpr auto rx = std::memory_order_relaxed;
        const std::uint32_t flags = exit_flags_.load(rx);
        if (flags & kClearRequested) [[unlikely]]
            apply_clear();
        (node != nullptr ? *node : overflow_cell(s)).record(ticks, bytes);
        // This execution's bucket waits in the slot; the previous one's is
        // counted now, at an address known before the clock read (see
        // BlockSlot::pending_bucket). Release: a reader that sees the count
        // sees the new pending bucket.
        const unsigned p = s.pending_bucket.load(rx);
        s.pending_bucket.store(std::uint16_t(histogram_bucket_clamped(ticks)), rx);
        std::atomic_thread_fence(std::memory_order_release);
        if (unsigned(p - s.histogram_first) < s.histogram_size) [[likely]] {
            std::atomic<std::uint64_t>& bucket = s.histogram.load(rx)->counts()[p - s.histogram_first];
            const std::uint64_t n = bucket.load(rx);
            bucket.store(n + 1, rx);
            if (n == 0) [[unlikely]]
                mark_nonempty(s, p - s.histogram_first);
        } else if (p != kNoPendingBucket) {
            count_outside_range(s, p);
        }
        // Last, with release: a reader that finds the count unchanged knows
        // this thread completed no block since it last looked.
        if (flags & kTimelineOn)
            ring_.push(start, pack_event(ticks, depth_, s.block));
        else
            untimed_exits_.store(untimed_exits_.load(rx) + 1, std::memory_order_release);
    }

    // ---- owner thread, cold ----
    void set_name(std::string name);
    void mark_exited() noexcept; // compacts and flags the state as dead

    // ---- any thread ----
    std::uint64_t profiler_tag() const noexcept { return profiler_tag_; }
    std::uint64_t thread_id() const noexcept { return thread_id_; }
    std::uint64_t os_tid() const noexcept { return os_tid_; }
    bool alive() const noexcept { return alive_.load(std::memory_order_acquire); }
    void profiler_destroyed() noexcept { profiler_alive_.store(false, std::memory_order_release); }
    bool profiler_alive() const noexcept { return profiler_alive_.load(std::memory_order_acquire); }

    // Copies the statistics of the blocks with ids below block_limit into
    // `out` (cleared first), unless `known_revision` is still the thread's
    // revision (header.revision): then `out` is left alone. Without
    // `histograms`, every block's buckets are left out (the costliest part:
    // a few cache lines per block that the owner keeps writing). Never
    // blocks the owner's hot path.
    struct Header {
        std::string name;
        bool alive = true;
        std::uint64_t revision = 0; // see ThreadResult::revision; never 0
    };
    void read(std::uint32_t block_limit, std::uint64_t known_revision, Header& header, ThreadData& out,
              bool histograms = true) const;

    struct TimelineSnapshot {
        std::string name;
        bool alive = true;
        std::uint64_t dropped = 0;
        std::vector<RawEvent> events;
    };
    void read_timeline(std::uint64_t since_end_ticks, TimelineSnapshot& out) const;

    // The profiler's timeline switch, copied into every thread's flags.
    void set_timeline_enabled(bool enabled) noexcept;

    // clear(): ask the owner to zero its statistics and empty its timeline;
    // returns true for an exited thread, which the caller then forgets.
    bool request_clear(std::uint64_t epoch);

    struct Memory {
        std::size_t counters = 0;   // this object, slots, nodes, indexes, compact copies
        std::size_t histograms = 0; // histogram ranges (live), buckets (exited)
        std::size_t timeline = 0;   // ring segments, or an exited thread's kept events
    };
    Memory memory() const;

private:
    // Storage a live thread records into; freed when the thread exits.
    struct Live {
        SegmentedPool<BlockSlot, 3> block_slots; // not "slots": Qt defines that as a macro
        SegmentedPool<StatCell, 3> nodes;    // label = (parent << 16) | block
        SegmentedPool<StatCell, 3> overflow; // label = block; executions beyond the tree's limits
        ThreadArena histograms;              // histogram ranges
        std::unordered_map<std::uint32_t, StatCell*> overflow_of; // owner only: block -> cell
    };

    void read_locked(std::uint32_t block_limit, ThreadData& out, bool histograms = true) const;
    BlockSlot* add_slot(std::uint32_t block);
    StatCell* push_path(BlockSlot& s, std::uint16_t parent);
    bool grow_stack(); // false at kMaxDepth
    std::uint16_t add_node(std::uint16_t parent, std::uint32_t block);
    std::uint16_t find_or_add_path(std::uint16_t parent, std::uint32_t block);
    StatCell& overflow_cell(const BlockSlot& s);
    void count_outside_range(BlockSlot& s, unsigned bucket) noexcept;
    // The first count of bucket histogram_first + k since the range was made
    // or cleared: sets its bit for readers.
    static void mark_nonempty(BlockSlot& s, unsigned k) noexcept;
    void apply_clear() noexcept;

    // ---- hot, owner only ----
    std::unique_ptr<BlockSlot*[]> slot_of_; // by block id; null until the block runs here
    std::uint32_t slot_of_size_ = 0;
    unsigned depth_ = 0;
    // What every block exit checks, in one load: a clear() to apply, and
    // whether the timeline records.
    static constexpr std::uint32_t kClearRequested = 1;
    static constexpr std::uint32_t kTimelineOn = 2;
    std::atomic<std::uint32_t> exit_flags_;
    std::atomic<std::uint64_t> untimed_exits_{0}; // blocks completed while the timeline was off
    std::atomic<std::uint64_t> requested_epoch_;
    std::atomic<std::uint64_t> applied_epoch_;
    TimelineRing ring_;
    // Node ids of the open blocks, after a leading root (0): the parent of
    // the next block is always stack_[depth_ - 1], with no test for depth 0.
    std::uint16_t* stack_ = nullptr;
    std::unique_ptr<std::uint16_t[]> stack_storage_;
    unsigned stack_capacity_ = 0;
    // Call paths other than a block's first: (parent, block) -> node, open
    // addressing, entries ((key + 1) << 16) | node, 0 = empty.
    std::unique_ptr<std::uint64_t[]> paths_;
    std::uint32_t paths_mask_ = 0;
    std::uint32_t paths_count_ = 0;
    std::unique_ptr<Live> live_;
    std::atomic<std::size_t> owner_bytes_{0}; // slot_of_ and paths_, for memory()

    const std::uint64_t profiler_tag_;
    const std::uint64_t thread_id_;
    const std::uint64_t os_tid_;
    std::atomic<bool> alive_{true};
    std::atomic<bool> profiler_alive_{true};

    // What a read's statistics depend on: when none of it has changed, the
    // thread's row in a previous snapshot is still exact.
    struct ReadKey {
        std::uint64_t exits = ~std::uint64_t(0); // timeline events written + untimed exits
        std::uint64_t requested_epoch = 0;
        std::uint64_t applied_epoch = 0;
        std::uint32_t block_limit = 0;
        bool compacted = false;
        friend bool operator==(const ReadKey&, const ReadKey&) = default;
    };

    mutable std::mutex mutex_; // guards everything below and compaction
    mutable ReadKey last_key_;        // of the last read
    mutable std::uint64_t revision_ = 0; // counts the different keys reads have seen
    std::string name_;
    std::uint64_t timeline_floor_ = 0; // ring index where the last clear() cut
    bool compacted_ = false;
    ThreadData compact_;
    std::vector<RawEvent> compact_events_;
    std::uint64_t compact_dropped_ = 0;
};

} // namespace stichotrope::detail
