// Bounded per-thread ring of completed blocks for the live timeline. One
// writer (the owning thread), any number of readers that never block it.
//
// Protocol: before overwriting index j the writer publishes begin = j + 1,
// then a release fence, then the event words (relaxed atomics), then
// head = j + 1 with release. A reader loads head (acquire), copies events,
// issues an acquire fence and reloads begin: any index below begin - capacity
// may have been overwritten while it copied and is discarded. Events are
// therefore never torn, and no lock or retry loop touches the writer.
#pragma once

#include "stichotrope/detail/call_site.hpp"

#include <atomic>
#include <cstdint>
#include <memory>
#include <vector>

namespace stichotrope::detail {

inline constexpr unsigned kTimelineSegmentBits = 12; // 4096 events = 64 KiB per segment
inline constexpr std::uint64_t kTimelineSegment = std::uint64_t(1) << kTimelineSegmentBits;

// Event packing: word 0 = start ticks; word 1 = duration ticks (39 bits,
// saturated: minutes at GHz rates) | depth (9 bits, holds every depth up to
// kMaxDepth without a clamp) << 39 | block id (16 bits) << 48.
inline constexpr unsigned kEventDurationBits = 39;
inline constexpr unsigned kEventDepthBits = 9;

struct RawEvent {
    std::uint64_t start;
    std::uint64_t packed;
    std::uint64_t duration() const noexcept { return packed & ((std::uint64_t(1) << kEventDurationBits) - 1); }
    unsigned depth() const noexcept
    {
        return unsigned((packed >> kEventDurationBits) & ((1u << kEventDepthBits) - 1));
    }
    std::uint32_t block() const noexcept { return std::uint32_t(packed >> 48); }
    std::uint64_t end() const noexcept { return start + duration(); }
};

// depth < 2^kEventDepthBits (the call tree's depth limit is below it).
inline constexpr std::uint64_t pack_event(std::uint64_t duration, unsigned depth, std::uint32_t block) noexcept
{
    constexpr std::uint64_t max_duration = (std::uint64_t(1) << kEventDurationBits) - 1;
    return (duration < max_duration ? duration : max_duration) | (std::uint64_t(depth) << kEventDurationBits) |
           (std::uint64_t(block) << 48);
}

class TimelineRing {
public:
    // capacity is rounded up to a power of two, at least one segment.
    explicit TimelineRing(std::uint64_t capacity);
    ~TimelineRing();
    TimelineRing(const TimelineRing&) = delete;
    TimelineRing& operator=(const TimelineRing&) = delete;

    // Owner thread only.
    STICHOTROPE_HOT_INLINE void push(std::uint64_t start, std::uint64_t packed) noexcept
    {
        const std::uint64_t j = head_.load(std::memory_order_relaxed);
        if (j >= segment_end_) [[unlikely]]
            enter_segment(j);
        std::atomic<std::uint64_t>* slot = segment_ + 2 * (j & (kTimelineSegment - 1));
        begin_.store(j + 1, std::memory_order_relaxed);
        std::atomic_thread_fence(std::memory_order_release);
        slot[0].store(start, std::memory_order_relaxed);
        slot[1].store(packed, std::memory_order_relaxed);
        // A ring of a million events streams through memory: fetch the line
        // 16 events ahead now, so writing it later does not wait for it.
        // (A hint: past the segment's end it touches nothing.)
        __builtin_prefetch(slot + 2 * 16, 1, 3);
        head_.store(j + 1, std::memory_order_release);
    }

    // Any thread: events with index >= floor that ended at or after
    // since_end_ticks, oldest first. Returns how many events with index >=
    // floor were lost to wrap-around.
    std::uint64_t read(std::uint64_t floor, std::uint64_t since_end_ticks, std::vector<RawEvent>& out) const;
    // Copies the last `limit` events (index >= floor), for compaction.
    void read_last(std::uint64_t floor, std::uint64_t limit, std::vector<RawEvent>& out) const;

    std::uint64_t written() const noexcept { return head_.load(std::memory_order_acquire); }
    // Frees the events; only written() may be asked afterwards (an exited
    // thread keeps a copy of its last events instead).
    void release() noexcept;
    std::uint64_t capacity() const noexcept { return mask_ + 1; }
    std::size_t memory_bytes() const noexcept;

private:
    std::atomic<std::uint64_t>* allocate_segment(std::uint64_t index);
    void enter_segment(std::uint64_t j);
    bool load(std::uint64_t index, RawEvent& e) const noexcept;

    std::uint64_t mask_;
    // Owner only: the segment being written and the index where it ends.
    std::atomic<std::uint64_t>* segment_ = nullptr;
    std::uint64_t segment_end_ = 0;
    std::unique_ptr<std::atomic<std::atomic<std::uint64_t>*>[]> segments_;
    std::atomic<std::uint64_t> begin_{0};
    std::atomic<std::uint64_t> head_{0};
    std::atomic<std::uint64_t> segment_count_{0};
};

} // namespace stichotrope::detail
