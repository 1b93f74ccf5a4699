// The shared bucket array behind Histogram: one allocation per snapshot part
// (a thread's histograms, the merged ones), reference-counted by the
// histograms that view it.
#pragma once

#include "stichotrope/results.hpp"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <span>

namespace stichotrope::detail {

// first_bucket of a storage whose bounds are not the engine's buckets.
inline constexpr std::uint32_t kForeignBounds = ~std::uint32_t(0);

struct HistogramStorage {
    std::atomic<std::size_t> refs;
    std::size_t capacity;    // buckets
    std::size_t bound_count; // bounds in ns
    // bounds[i] is the lower bound of the engine's histogram_bucket()
    // index first_bucket + i (kForeignBounds: bounds from elsewhere).
    std::uint32_t first_bucket;

    // Behind the header: the counts, the bounds, and each bucket's lower
    // bound as an index into the bounds (see HistogramBuckets).
    std::uint64_t* counts() noexcept { return reinterpret_cast<std::uint64_t*>(this + 1); }
    std::uint64_t* bounds() noexcept { return counts() + capacity; }
    std::uint32_t* lower() noexcept { return reinterpret_cast<std::uint32_t*>(bounds() + bound_count); }
    // Copies `bounds`; the buckets are pushed afterwards.
    static HistogramStorage* create(std::size_t capacity, std::span<const std::uint64_t> bounds,
                                    std::uint32_t first_bucket);
    static void release(HistogramStorage* s, std::size_t refs = 1) noexcept; // drops `refs` references
};

// Fills one storage and hands out histograms that share it. Single-threaded:
// until the histograms are published (returned to the caller), nothing else
// can see the storage, so sharing it costs no atomic read-modify-write.
class HistogramBuilder {
public:
    // Room for `capacity` buckets whose bounds are in `bounds`: the engine's
    // from bucket index first_bucket on, or others (kForeignBounds).
    HistogramBuilder(std::size_t capacity, std::span<const std::uint64_t> bounds, std::uint32_t first_bucket);

    // Whether h's bounds are the engine's buckets (an empty h: trivially).
    static bool has_engine_bounds(const Histogram& h) noexcept
    {
        return h.storage_ == nullptr || h.storage_->first_bucket != kForeignBounds;
    }
    // Calls f(engine bucket index, count) for each of h's buckets, in order;
    // false, calling nothing, when h's bounds are not the engine's buckets.
    template <class F>
    static bool for_each_engine_bucket(const Histogram& h, F&& f)
    {
        if (!has_engine_bounds(h))
            return false;
        if (h.storage_ == nullptr)
            return true;
        const std::uint64_t* counts = h.storage_->counts() + h.offset_;
        const std::uint32_t* lower = h.storage_->lower() + h.offset_;
        for (std::uint32_t i = 0; i < h.size_; ++i)
            f(h.storage_->first_bucket + lower[i], counts[i]);
        return true;
    }
    ~HistogramBuilder();
    HistogramBuilder(const HistogramBuilder&) = delete;
    HistogramBuilder& operator=(const HistogramBuilder&) = delete;

    // Appends the bucket [bounds[lower], bounds[lower + 1]) with `count`;
    // the histogram made next ends with it.
    void push(std::uint32_t lower, std::uint64_t count) noexcept
    {
        counts_[used_] = count;
        lower_[used_] = lower;
        ++used_;
    }
    // Sets `h` to the buckets pushed since the previous call (none: empty).
    void take(Histogram& h) noexcept
    {
        drop(h);
        if (used_ == taken_)
            return;
        // Relaxed load and store: only this thread can see the storage yet.
        storage_->refs.store(storage_->refs.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
        h.storage_ = storage_;
        h.offset_ = std::uint32_t(taken_);
        h.size_ = std::uint32_t(used_ - taken_);
        taken_ = used_;
    }

private:
    // Empties `h`. Refreshing a snapshot empties thousands of histograms that
    // share a few storages: their references are dropped together, one atomic
    // subtraction per run of histograms of the same storage.
    void drop(Histogram& h) noexcept
    {
        if (h.storage_ != nullptr) {
            if (h.storage_ != dropping_) {
                release_dropped();
                dropping_ = h.storage_;
            }
            ++dropped_refs_;
            h.storage_ = nullptr;
            h.offset_ = h.size_ = 0;
        }
    }
    void release_dropped() noexcept;

    HistogramStorage* storage_ = nullptr;
    std::uint64_t* counts_ = nullptr;
    std::uint32_t* lower_ = nullptr;
    std::size_t used_ = 0;
    std::size_t taken_ = 0;
    HistogramStorage* dropping_ = nullptr; // storage whose references drop() has taken
    std::size_t dropped_refs_ = 0;
};

} // namespace stichotrope::detail
