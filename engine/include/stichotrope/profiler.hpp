// The Profiler: a named set of tracks and blocks that any number of threads
// record into. Recording is lock-free; get_results() aggregates under locks
// that recording threads never take.
#pragma once

#include "stichotrope/clock.hpp"
#include "stichotrope/detail/call_site.hpp"
#include "stichotrope/detail/thread_state.hpp"
#include "stichotrope/results.hpp"
#include "stichotrope/timeline.hpp"

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace stichotrope {

inline constexpr unsigned kMaxTracks = detail::kMaxTracks;
inline constexpr std::uint32_t kMaxBlocksPerProfiler = detail::kMaxBlocks;
inline constexpr unsigned kMaxCallDepth = detail::kMaxDepth;
inline constexpr std::uint32_t kMaxCallTreeNodesPerThread = detail::kMaxNodes;
inline constexpr std::uint64_t kDefaultTimelineCapacity = std::uint64_t(1) << 20; // events per thread

namespace detail {
struct ProfilerState;
template <bool WithBytes>
class BasicScopedBlock;
} // namespace detail

// Engine-owned memory of one profiler's threads.
struct MemoryUsage {
    std::size_t counters = 0;   // per-thread records, block slots, call-tree nodes, indexes, exited threads' copies
    std::size_t histograms = 0; // duration histograms: 8 bytes per bucket between a block's shortest and longest run
    std::size_t timeline = 0;   // timeline rings (16 bytes per event, allocated as they fill), exited threads' events
    std::size_t statistics() const noexcept { return counters + histograms; }
    std::size_t total() const noexcept { return counters + histograms + timeline; }
};

class Profiler {
public:
    explicit Profiler(std::string name = "Profiler");
    ~Profiler();
    Profiler(const Profiler&) = delete;
    Profiler& operator=(const Profiler&) = delete;

    // Unique, assigned sequentially from 0 in creation order.
    std::uint64_t id() const noexcept { return id_; }
    const std::string& name() const noexcept { return name_; }

    // A profiler records from construction on; stop() pauses every track in
    // every thread from the next block entry, start() resumes.
    void start();
    void stop();
    bool is_started() const noexcept;

    // Tracks 0..kMaxTracks-1; all enabled by default. Live: takes effect in
    // every thread at its next block entry. Throws std::invalid_argument for
    // a track out of range.
    void set_track_enabled(unsigned track, bool enabled);
    bool is_track_enabled(unsigned track) const;
    void set_track_name(unsigned track, std::string name);
    std::string track_name(unsigned track) const; // "Track <n>" unless named

    // Safe from any thread at any rate; never blocks recording threads.
    Results get_results() const;
    // The same snapshot, written over a previous one: `into` ends up equal to
    // what get_results() would return, but keeps the rows, trees and block
    // tables it already had, so a poller that refreshes one Results
    // allocates only for what is new (and the memory of a large snapshot is
    // not given back to the system and faulted in again on every poll).
    // The rows of threads that completed no block since `into` was filled
    // (same ThreadResult::revision) are kept as they are, not read again:
    // pass back a snapshot of this profiler as get_results() left it.
    void get_results(Results& into) const;
    // Histograms are the costliest part of a read: a few cache lines per
    // thread and block, lines the threads keep writing. A poller that wants
    // the counts often and the distributions less often passes KeepPrevious
    // on most refreshes: rows that `into` already had keep their histograms
    // (the merged ones stay their sums), while rows new to `into`, and all of
    // them after a clear() or from another profiler, get theirs read.
    // into.histograms_read_ns tells how old they may be.
    enum class HistogramRead { Fresh, KeepPrevious };
    void get_results(Results& into, HistogramRead histograms) const;
    // Zeroes all statistics and forgets exited threads, safely while others
    // record. Blocks, track names and toggles stay.
    void clear();

    // Timeline capture (on by default): every completed block goes into its
    // thread's ring of `capacity` events (16 bytes each, allocated as the ring
    // fills; the oldest are overwritten when full). The capacity applies to
    // threads that start recording after the call.
    void set_timeline_enabled(bool enabled);
    bool is_timeline_enabled() const;
    void set_timeline_capacity(std::uint64_t events_per_thread);
    std::uint64_t timeline_capacity() const;
    // Events that ended at or after since_ns (profiler time), per thread.
    // Never blocks recording threads. Events that end while the read goes on
    // are included, so a poller reading from the previous Timeline::now_ns
    // gets those again (the viewer's window skips them).
    Timeline timeline(std::uint64_t since_ns = 0) const;
    // The same read, written over a previous one: `into` ends up equal to
    // what timeline(since_ns) would return, but its threads' event vectors
    // keep their capacity, so a poller that refreshes one Timeline stops
    // allocating (and faulting in) a fresh copy of every event it reads.
    void timeline(std::uint64_t since_ns, Timeline& into) const;
    // Profiler time: ns since construction, on the clock events use.
    std::uint64_t now_ns() const noexcept;

    std::size_t block_count() const;
    std::size_t thread_count() const;      // threads with state, alive or not
    MemoryUsage memory_usage() const;
    std::size_t memory_bytes() const;      // memory_usage().total()

private:
    template <bool>
    friend class detail::BasicScopedBlock;

    // Null once the calling thread is past its engine state (thread_local
    // destructors running late in thread exit): such blocks are not recorded.
    detail::ThreadState* thread_state_slow();
    std::uint32_t register_block(detail::CallSite& site, unsigned track);

    // Hot: read by every block entry. Bit t set = track t enabled and started.
    alignas(64) std::atomic<std::uint64_t> record_mask_{~std::uint64_t(0)};
    std::uint64_t id_;
    std::uint64_t tag_; // id_ + 1: never 0, so zeroed caches never match
    std::uint64_t site_tag_; // cache_key(tag_, 0), precomputed for the hot path
    std::string name_;
    std::uint64_t epoch_ticks_;
    std::unique_ptr<detail::ProfilerState> state_;
};

// Names the calling thread in every profiler's results (past and future).
void set_thread_name(std::string_view name);

// Ids of the profilers currently alive, ascending.
std::vector<std::uint64_t> live_profiler_ids();

namespace detail {

// Per-thread direct-mapped cache profiler -> ThreadState. Zero-initialised and
// trivially destructible, so access is a plain TLS load with no init guard.
struct ThreadCacheEntry {
    std::uint64_t tag;
    ThreadState* state;
};
inline constexpr unsigned kThreadCacheSize = 8;
inline thread_local ThreadCacheEntry t_thread_cache[kThreadCacheSize];

// Measures one execution of a block. Entry and exit are the hot path: one
// relaxed load when the track is off; otherwise cache hits for the thread
// state, the block id and the call-tree node, two clock reads, and updates of
// thread-owned counters, histogram and timeline ring. WithBytes: the block
// also counts bytes (STICHO_BLOCK_BYTES); plain blocks carry no byte count.
template <bool WithBytes>
class BasicScopedBlock {
public:
    STICHOTROPE_HOT_INLINE BasicScopedBlock(Profiler& p, unsigned track, CallSite& site, std::uint64_t bytes = 0)
    {
        if (((p.record_mask_.load(std::memory_order_relaxed) >> (track & (kMaxTracks - 1))) & 1u) == 0)
            return;
        const ThreadCacheEntry& e = t_thread_cache[p.tag_ % kThreadCacheSize];
        ThreadState* ts = e.tag == p.tag_ ? e.state : p.thread_state_slow();
        if (ts == nullptr) [[unlikely]]
            return; // the thread is exiting and the engine has let go of it
        const std::uint64_t key = site.cache.load(std::memory_order_acquire);
        const std::uint32_t block = (key & ~kCacheBlockMask) == (p.site_tag_ | track_key(track))
                                        ? std::uint32_t(key & kCacheBlockMask)
                                        : p.register_block(site, track);
        slot_ = ts->slot(block);
        node_ = ts->push(*slot_);
        ts_ = ts;
        if constexpr (WithBytes)
            bytes_ = bytes;
        start_ = now_ticks();
    }

    STICHOTROPE_HOT_INLINE ~BasicScopedBlock()
    {
        if (slot_ == nullptr)
            return;
        const std::uint64_t end = now_ticks();
        if (node_ != nullptr)
            ts_->pop();
        ts_->record(*slot_, node_, start_, end - start_, WithBytes ? bytes_ : 0);
    }

    BasicScopedBlock(const BasicScopedBlock&) = delete;
    BasicScopedBlock& operator=(const BasicScopedBlock&) = delete;

private:
    struct NoBytes {
        NoBytes& operator=(std::uint64_t) noexcept { return *this; }
        operator std::uint64_t() const noexcept { return 0; }
    };
    // Only slot_ is initialised up front: the disabled path then costs one
    // store besides the mask load; the rest is set when the block records.
    BlockSlot* slot_ = nullptr;
    StatCell* node_;
    ThreadState* ts_;
    std::uint64_t start_;
    [[no_unique_address]] std::conditional_t<WithBytes, std::uint64_t, NoBytes> bytes_;
};

using ScopedBlock = BasicScopedBlock<false>;
using ScopedBytesBlock = BasicScopedBlock<true>;

} // namespace detail
} // namespace stichotrope
