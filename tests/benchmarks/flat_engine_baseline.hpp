// REFERENCE ONLY, not part of the engine.
//
// The engine's hot path as it was before it kept call trees, duration
// histograms and a timeline: per-block statistics only. Block entry tests the
// record mask, finds the thread's state in an 8-entry thread_local cache and
// the block id in the call site's cache word, and takes the block's slot from
// a per-thread chunk directory; block exit checks for a pending clear() and
// updates the slot's counters under its seqlock (the engine's own StatCell).
// The cost target compares the engine against this: "call trees,
// histograms and the timeline together add at most 5 ns per block over the
// flat engine". Both read the same clock.
#pragma once

#include "stichotrope/clock.hpp"
#include "stichotrope/detail/call_site.hpp"
#include "stichotrope/detail/stat_cell.hpp"

#include <array>
#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

namespace stichotrope_bench::flat {

using stichotrope::detail::CallSite;
using stichotrope::detail::StatCell;

inline constexpr unsigned kSlotsPerChunk = 64;
inline constexpr unsigned kChunks = 1024;

struct ThreadState {
    std::array<std::atomic<std::array<StatCell, kSlotsPerChunk>*>, kChunks> chunks{};
    std::atomic<std::uint64_t> requested_epoch{0};
    std::atomic<std::uint64_t> applied_epoch{0};

    ~ThreadState()
    {
        for (auto& c : chunks)
            delete c.load(std::memory_order_relaxed);
    }
    STICHOTROPE_HOT_INLINE StatCell& slot(std::uint32_t block)
    {
        auto* c = chunks[block / kSlotsPerChunk].load(std::memory_order_relaxed);
        if (c == nullptr) [[unlikely]] {
            c = new std::array<StatCell, kSlotsPerChunk>();
            chunks[block / kSlotsPerChunk].store(c, std::memory_order_release);
        }
        return (*c)[block % kSlotsPerChunk];
    }
    STICHOTROPE_HOT_INLINE void record(StatCell& s, std::uint64_t ticks, std::uint64_t bytes) noexcept
    {
        if (requested_epoch.load(std::memory_order_relaxed) != applied_epoch.load(std::memory_order_relaxed))
            [[unlikely]] applied_epoch.store(requested_epoch.load(std::memory_order_relaxed), std::memory_order_relaxed);
        s.record(ticks, bytes);
    }
};

struct CacheEntry {
    std::uint64_t tag;
    ThreadState* state;
};
inline thread_local CacheEntry t_cache[8];

class FlatProfiler {
public:
    explicit FlatProfiler(std::uint64_t tag) : tag_(tag) {}

    ThreadState* thread_state_slow()
    {
        std::lock_guard lock(mutex_);
        states_.push_back(std::make_unique<ThreadState>());
        t_cache[tag_ % 8] = CacheEntry{tag_, states_.back().get()};
        return states_.back().get();
    }
    std::uint32_t register_block(CallSite& site, unsigned track)
    {
        std::lock_guard lock(mutex_);
        auto [it, inserted] = ids_.try_emplace(&site, std::uint32_t(ids_.size()));
        site.cache.store(stichotrope::detail::cache_key(tag_, track) | it->second, std::memory_order_release);
        return it->second;
    }
    // Sum over threads of a block's hits (for the benchmark's check).
    std::uint64_t hits(std::uint32_t block) const
    {
        std::lock_guard lock(mutex_);
        std::uint64_t n = 0;
        for (const auto& ts : states_)
            if (auto* c = ts->chunks[block / kSlotsPerChunk].load(std::memory_order_acquire))
                n += (*c)[block % kSlotsPerChunk].read().hits;
        return n;
    }

    std::atomic<std::uint64_t> record_mask{~std::uint64_t(0)};
    const std::uint64_t tag_;

private:
    mutable std::mutex mutex_;
    std::map<const CallSite*, std::uint32_t> ids_;
    std::vector<std::unique_ptr<ThreadState>> states_;
};

class ScopedBlock {
public:
    STICHOTROPE_HOT_INLINE ScopedBlock(FlatProfiler& p, unsigned track, CallSite& site, std::uint64_t bytes = 0)
    {
        if (((p.record_mask.load(std::memory_order_relaxed) >> track) & 1u) == 0)
            return;
        const CacheEntry& e = t_cache[p.tag_ % 8];
        ThreadState* ts = e.tag == p.tag_ ? e.state : p.thread_state_slow();
        const std::uint64_t key = site.cache.load(std::memory_order_acquire);
        const std::uint32_t block = (key & ~stichotrope::detail::kCacheBlockMask) ==
                                            stichotrope::detail::cache_key(p.tag_, track)
                                        ? std::uint32_t(key & stichotrope::detail::kCacheBlockMask)
                                        : p.register_block(site, track);
        slot_ = &ts->slot(block);
        ts_ = ts;
        bytes_ = bytes;
        start_ = stichotrope::detail::now_ticks();
    }
    STICHOTROPE_HOT_INLINE ~ScopedBlock()
    {
        if (slot_ != nullptr)
            ts_->record(*slot_, stichotrope::detail::now_ticks() - start_, bytes_);
    }
    ScopedBlock(const ScopedBlock&) = delete;
    ScopedBlock& operator=(const ScopedBlock&) = delete;

private:
    StatCell* slot_ = nullptr;
    ThreadState* ts_ = nullptr;
    std::uint64_t bytes_ = 0;
    std::uint64_t start_ = 0;
};

} // namespace stichotrope_bench::flat
