// Append-only array written by one thread and read by others: elements live
// in fixed segments of 2^SegmentBits that never move, so the owner can keep
// pointers to them, and readers iterate the published prefix. Small segments
// keep unused capacity to a few elements; the directory of segments doubles
// as needed, and an outgrown directory is kept (a reader may still hold it)
// until the pool is destroyed, which costs at most as much as the last one.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace stichotrope::detail {

template <class T, unsigned SegmentBits>
class SegmentedPool {
public:
    static constexpr std::uint32_t kSegment = 1u << SegmentBits;

    SegmentedPool() = default;
    SegmentedPool(const SegmentedPool&) = delete;
    SegmentedPool& operator=(const SegmentedPool&) = delete;
    ~SegmentedPool()
    {
        T** dir = dir_.load(std::memory_order_relaxed);
        for (std::uint32_t i = 0; i < segments_; ++i)
            delete[] dir[i];
    }

    // Owner: the next element, default-constructed and not yet visible to
    // readers; publish() makes it so. nullptr only if memory runs out.
    T* prepare()
    {
        const std::uint32_t n = size_.load(std::memory_order_relaxed);
        if (n / kSegment == segments_)
            add_segment();
        return &dir_.load(std::memory_order_relaxed)[n / kSegment][n % kSegment];
    }
    // Release: a reader that sees the new size sees the element as prepared.
    void publish() noexcept { size_.store(size_.load(std::memory_order_relaxed) + 1, std::memory_order_release); }

    // Any thread: the published elements are [0, size()).
    std::uint32_t size() const noexcept { return size_.load(std::memory_order_acquire); }
    // Owner, or a reader for an index below a size() it loaded.
    T& operator[](std::uint32_t i) const noexcept
    {
        return dir_.load(std::memory_order_acquire)[i / kSegment][i % kSegment];
    }

    // Calls f(element) for the first n elements (n <= a size() loaded before).
    template <class F>
    void for_each(std::uint32_t n, F&& f) const
    {
        T* const* dir = dir_.load(std::memory_order_acquire);
        for (std::uint32_t seg = 0; seg * kSegment < n; ++seg) {
            T* const elements = dir[seg];
            const std::uint32_t end = n - seg * kSegment < kSegment ? n - seg * kSegment : kSegment;
            for (std::uint32_t i = 0; i < end; ++i)
                f(elements[i]);
        }
    }

    // Any thread.
    std::size_t memory_bytes() const noexcept { return bytes_.load(std::memory_order_relaxed); }

private:
    void add_segment()
    {
        if (segments_ == capacity_) {
            const std::uint32_t bigger = capacity_ ? 2 * capacity_ : 16;
            auto dir = std::make_unique<T*[]>(bigger);
            T** old = dir_.load(std::memory_order_relaxed);
            for (std::uint32_t i = 0; i < segments_; ++i)
                dir[i] = old[i];
            // Readers load the directory after the size it covers, so the
            // old one stays valid for them: keep it.
            dir_.store(dir.get(), std::memory_order_release);
            directories_.push_back(std::move(dir));
            bytes_.fetch_add(bigger * sizeof(T*), std::memory_order_relaxed);
            capacity_ = bigger;
        }
        dir_.load(std::memory_order_relaxed)[segments_] = new T[kSegment]();
        ++segments_;
        bytes_.fetch_add(kSegment * sizeof(T), std::memory_order_relaxed);
    }

    std::atomic<T**> dir_{nullptr};
    std::atomic<std::uint32_t> size_{0};
    std::uint32_t segments_ = 0;
    std::uint32_t capacity_ = 0;
    std::atomic<std::size_t> bytes_{0};
    std::vector<std::unique_ptr<T*[]>> directories_;
};

} // namespace stichotrope::detail
