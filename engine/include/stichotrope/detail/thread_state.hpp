// Everything one thread records for one profiler: per-block slots (duration
// histograms), the call tree of the paths it executed, the stack of open
// blocks and the timeline ring. The owning thread writes all of it without
// locks; readers take `mutex_` (a leaf lock the owner only takes on cold
// paths) so the state cannot be compacted under them.
#pragma once

#include "stichotrope/detail/call_site.hpp"
#include "stichotrope/detail/histogram_buckets.hpp"
#include "stichotrope/detail/stat_cell.hpp"
#include "stichotrope/detail/timeline_ring.hpp"

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace stichotrope::detail {

inline constexpr std::uint32_t kChunksPerThread = kMaxBlocks / kSlotsPerChunk;
inline constexpr unsigned kMaxDepth = 256;           // call-tree depth limit
inline constexpr std::uint32_t kNodesPerChunk = 256;
inline constexpr std::uint32_t kMaxNodes = 1u << 16; // call-tree nodes per thread
inline constexpr std::uint32_t kNoBlock = 0xFFFFFFFFu;
inline constexpr std::uint64_t kExitedTimelineEvents = 65536; // kept per exited thread

// A call path: parent node + block. Node 0 is the thread's root.
struct TreeNode {
    StatCell cell;
    std::uint32_t block = kNoBlock; // immutable once published
    std::uint32_t parent = 0;
};

struct NodeChunk {
    TreeNode nodes[kNodesPerChunk];
};

struct CompactSlot {
    std::uint32_t id; // block id or node id
    SlotValues values;
};

struct CompactNode {
    std::uint32_t block;
    std::uint32_t parent;
    SlotValues values;
};

class ThreadState {
public:
    ThreadState(std::uint64_t profiler_tag, std::uint64_t epoch, std::uint64_t os_tid, std::string name,
                std::uint64_t timeline_capacity);
    ~ThreadState();
    ThreadState(const ThreadState&) = delete;
    ThreadState& operator=(const ThreadState&) = delete;

    // ---- owner thread, hot path ----
    STICHOTROPE_HOT_INLINE BlockSlot* slot(std::uint32_t block)
    {
        BlockChunk* c = chunks_[block / kSlotsPerChunk].load(std::memory_order_relaxed);
        if (c == nullptr) [[unlikely]]
            c = allocate_chunk(block / kSlotsPerChunk);
        return &c->entries[block % kSlotsPerChunk];
    }

    // Enters `block` in the call tree. Returns the node's cell, or nullptr
    // past the depth or node limit (the time then stays in the deepest node).
    STICHOTROPE_HOT_INLINE StatCell* push(BlockSlot& s, std::uint32_t block)
    {
        if (depth_ >= kMaxDepth) [[unlikely]]
            return nullptr;
        const std::uint32_t parent = depth_ != 0 ? stack_[depth_ - 1] : 0;
        if (s.cached_node != 0 && s.cached_parent == parent) [[likely]] {
            stack_[depth_++] = s.cached_node;
            return s.cached_cell;
        }
        const std::uint64_t key = (std::uint64_t(parent) << 32) | block;
        std::uint64_t h = (key * 0x9E3779B97F4A7C15ull) >> 40;
        for (;;) {
            const std::uint64_t e = index_[h & index_mask_];
            if ((e >> 16) == key + 1) {
                const std::uint32_t node = std::uint32_t(e & 0xFFFF);
                stack_[depth_++] = node;
                s.cached_parent = parent;
                s.cached_node = node;
                s.cached_cell = &node_at(node).cell;
                return s.cached_cell;
            }
            if (e == 0)
                break;
            ++h;
        }
        StatCell* cell = push_new(parent, block);
        if (cell != nullptr) {
            s.cached_parent = parent;
            s.cached_node = stack_[depth_ - 1];
            s.cached_cell = cell;
        }
        return cell;
    }

    void pop() noexcept { --depth_; }
    unsigned depth() const noexcept { return depth_; }

    STICHOTROPE_HOT_INLINE void record(BlockSlot& s, StatCell* node, std::uint64_t start, std::uint64_t ticks, std::uint64_t bytes,
                std::uint32_t block, bool timeline) noexcept
    {
        if (requested_epoch_.load(std::memory_order_relaxed) != applied_epoch_.load(std::memory_order_relaxed))
            [[unlikely]] apply_clear();
        (node != nullptr ? *node : s.overflow).record(ticks, bytes);
        std::atomic<std::uint64_t>* hist = s.histogram.load(std::memory_order_relaxed);
        if (hist == nullptr) [[unlikely]]
            hist = allocate_histogram(s);
        const std::uint64_t previous = s.pending_ticks.load(std::memory_order_relaxed);
        s.pending_ticks.store(ticks + 1, std::memory_order_relaxed);
        if (previous != 0) [[likely]] {
            std::atomic<std::uint64_t>& bucket = hist[histogram_bucket(previous - 1)];
            bucket.store(bucket.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
        }
        if (timeline)
            ring_->push(start, pack_event(ticks, depth_, block));
    }

    // ---- owner thread, cold ----
    void set_name(std::string name);
    void mark_exited() noexcept; // compacts and flags the state as dead

    // ---- any thread ----
    std::uint64_t profiler_tag() const noexcept { return profiler_tag_; }
    std::uint64_t os_tid() const noexcept { return os_tid_; }
    bool alive() const noexcept { return alive_.load(std::memory_order_acquire); }
    void profiler_destroyed() noexcept { profiler_alive_.store(false, std::memory_order_release); }
    bool profiler_alive() const noexcept { return profiler_alive_.load(std::memory_order_acquire); }

    // Reader side, called with the profiler's thread-list lock held.
    struct Snapshot {
        std::string name;
        bool alive = true;
        std::vector<CompactSlot> overflow;                     // by block id
        std::vector<CompactNode> nodes;                        // index = node id; [0] is the root
        std::vector<std::pair<std::uint32_t, std::vector<std::pair<unsigned, std::uint64_t>>>> histograms;
    };
    void read(std::uint32_t block_limit, Snapshot& out) const;

    struct TimelineSnapshot {
        std::string name;
        bool alive = true;
        std::uint64_t dropped = 0;
        std::vector<RawEvent> events;
    };
    void read_timeline(std::uint64_t since_end_ticks, TimelineSnapshot& out) const;

    // clear(): ask the owner to zero its statistics and empty its timeline;
    // returns true for an exited thread, which the caller then forgets.
    bool request_clear(std::uint64_t epoch);
    std::size_t memory_bytes() const;

private:
    TreeNode& node_at(std::uint32_t id) noexcept
    {
        return nodes_[id / kNodesPerChunk].load(std::memory_order_relaxed)->nodes[id % kNodesPerChunk];
    }
    void read_locked(std::uint32_t block_limit, Snapshot& out) const;
    StatCell* push_new(std::uint32_t parent, std::uint32_t block);
    BlockChunk* allocate_chunk(std::uint32_t index);
    std::atomic<std::uint64_t>* allocate_histogram(BlockSlot& s);
    void apply_clear() noexcept;
    void free_storage() noexcept;

    // ---- hot, owner-written ----
    std::unique_ptr<std::atomic<BlockChunk*>[]> chunks_;
    std::unique_ptr<std::atomic<NodeChunk*>[]> nodes_;
    std::atomic<std::uint32_t> node_count_{0}; // published with release after a node is built
    unsigned depth_ = 0;
    std::unique_ptr<std::uint32_t[]> stack_; // node ids of the open blocks; freed at exit
    // (parent, block) -> node: open addressing, entries ((key + 1) << 16) | node, 0 = empty.
    std::vector<std::uint64_t> index_;
    std::uint64_t index_mask_ = 0;
    std::atomic<std::uint64_t> requested_epoch_;
    std::atomic<std::uint64_t> applied_epoch_;
    std::unique_ptr<TimelineRing> ring_;

    const std::uint64_t profiler_tag_;
    const std::uint64_t os_tid_;
    std::atomic<bool> alive_{true};
    std::atomic<bool> profiler_alive_{true};
    std::atomic<std::uint32_t> chunk_count_{0};     // for memory_bytes()
    std::atomic<std::uint32_t> histogram_count_{0};
    std::atomic<std::size_t> index_bytes_{0};

    mutable std::mutex mutex_; // guards everything below and compaction
    std::string name_;
    std::uint64_t timeline_floor_ = 0; // ring index where the last clear() cut
    bool compacted_ = false;
    std::vector<CompactSlot> compact_overflow_;
    std::vector<CompactNode> compact_nodes_;
    std::vector<std::pair<std::uint32_t, std::vector<std::pair<unsigned, std::uint64_t>>>> compact_histograms_;
    std::vector<RawEvent> compact_events_;
    std::uint64_t compact_dropped_ = 0;
};

} // namespace stichotrope::detail
