// Everything one thread records for one profiler. The owning thread writes its
// slots without locks; readers take `mutex` (a leaf lock the owner only takes
// on cold paths) so the state cannot be compacted under them.
#pragma once

#include "stichotrope/detail/block_slot.hpp"
#include "stichotrope/detail/call_site.hpp"

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace stichotrope::detail {

inline constexpr std::uint32_t kChunksPerThread = kMaxBlocks / kSlotsPerChunk;

// Statistics of one block kept after the thread exited (compacted form).
struct CompactSlot {
    std::uint32_t block;
    SlotValues values;
};

class ThreadState {
public:
    ThreadState(std::uint64_t profiler_tag, std::uint64_t epoch, std::uint64_t os_tid, std::string name);
    ~ThreadState();
    ThreadState(const ThreadState&) = delete;
    ThreadState& operator=(const ThreadState&) = delete;

    // ---- owner thread, hot path ----
    BlockSlot* slot(std::uint32_t block)
    {
        BlockChunk* c = chunks_[block / kSlotsPerChunk].load(std::memory_order_relaxed);
        if (c == nullptr) [[unlikely]]
            c = allocate_chunk(block / kSlotsPerChunk);
        return &c->slots[block % kSlotsPerChunk];
    }

    void record(BlockSlot& s, std::uint64_t ticks, std::uint64_t bytes) noexcept
    {
        if (requested_epoch_.load(std::memory_order_relaxed) != applied_epoch_.load(std::memory_order_relaxed))
            [[unlikely]] apply_clear();
        s.record(ticks, bytes);
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
        std::vector<CompactSlot> slots; // executed blocks below block_limit, by id
    };
    void read(std::uint32_t block_limit, Snapshot& out) const;
    // clear(): ask the owner to zero its slots; exited threads report true so
    // the caller drops them.
    bool request_clear(std::uint64_t epoch);
    std::size_t memory_bytes() const;

private:
    BlockChunk* allocate_chunk(std::uint32_t index);
    void apply_clear() noexcept;

    // Hot fields first, written only by the owner (chunks_) or rarely (epochs).
    std::unique_ptr<std::atomic<BlockChunk*>[]> chunks_;
    std::atomic<std::uint64_t> requested_epoch_;
    std::atomic<std::uint64_t> applied_epoch_;

    const std::uint64_t profiler_tag_;
    const std::uint64_t os_tid_;
    std::atomic<bool> alive_{true};
    std::atomic<bool> profiler_alive_{true};
    std::atomic<std::uint32_t> chunk_count_{0};

    mutable std::mutex mutex_; // guards everything below and compaction
    std::string name_;
    bool compacted_ = false;
    std::vector<CompactSlot> compact_;
};

} // namespace stichotrope::detail
