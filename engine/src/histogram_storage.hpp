// The shared bucket array behind Histogram: one allocation per snapshot part
// (a thread's histograms, the merged ones), reference-counted by the
// histograms that view it.
#pragma once

#include "stichotrope/results.hpp"

#include <atomic>
#include <cstddef>
#include <memory>

namespace stichotrope::detail {

struct HistogramStorage {
    std::atomic<std::size_t> refs;
    std::size_t capacity;

    HistogramBucket* buckets() noexcept { return reinterpret_cast<HistogramBucket*>(this + 1); }
    static HistogramStorage* create(std::size_t capacity);
    static void release(HistogramStorage* s, std::size_t refs = 1) noexcept; // drops `refs` references
};

// Fills one storage and hands out histograms that share it. Single-threaded:
// until the histograms are published (returned to the caller), nothing else
// can see the storage, so sharing it costs no atomic read-modify-write.
class HistogramBuilder {
public:
    explicit HistogramBuilder(std::size_t capacity);
    ~HistogramBuilder();
    HistogramBuilder(const HistogramBuilder&) = delete;
    HistogramBuilder& operator=(const HistogramBuilder&) = delete;

    // Appends a bucket; the histogram made next ends with it.
    void push(const HistogramBucket& b) noexcept { std::construct_at(storage_->buckets() + used_++, b); }
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
    std::size_t used_ = 0;
    std::size_t taken_ = 0;
    HistogramStorage* dropping_ = nullptr; // storage whose references drop() has taken
    std::size_t dropped_refs_ = 0;
};

} // namespace stichotrope::detail
