#include "stichotrope/detail/timeline_ring.hpp"

#include <algorithm>
#include <bit>

namespace stichotrope::detail {

TimelineRing::TimelineRing(std::uint64_t capacity)
    : mask_(std::bit_ceil(std::max(capacity, kTimelineSegment)) - 1),
      segments_(new std::atomic<std::atomic<std::uint64_t>*>[(mask_ + 1) >> kTimelineSegmentBits])
{
    for (std::uint64_t i = 0; i < ((mask_ + 1) >> kTimelineSegmentBits); ++i)
        segments_[i].store(nullptr, std::memory_order_relaxed);
}

TimelineRing::~TimelineRing() { release(); }

void TimelineRing::release() noexcept
{
    if (!segments_)
        return;
    for (std::uint64_t i = 0; i < ((mask_ + 1) >> kTimelineSegmentBits); ++i)
        delete[] segments_[i].load(std::memory_order_relaxed);
    segments_.reset();
    segment_count_.store(0, std::memory_order_relaxed);
    segment_ = nullptr;
    segment_end_ = 0;
}

std::atomic<std::uint64_t>* TimelineRing::allocate_segment(std::uint64_t index)
{
    auto* seg = new std::atomic<std::uint64_t>[2 * kTimelineSegment];
    for (std::uint64_t i = 0; i < 2 * kTimelineSegment; ++i)
        seg[i].store(0, std::memory_order_relaxed);
    segments_[index].store(seg, std::memory_order_release);
    segment_count_.fetch_add(1, std::memory_order_relaxed);
    return seg;
}

void TimelineRing::enter_segment(std::uint64_t j)
{
    const std::uint64_t index = (j & mask_) >> kTimelineSegmentBits;
    segment_ = segments_[index].load(std::memory_order_relaxed);
    if (segment_ == nullptr)
        segment_ = allocate_segment(index);
    segment_end_ = (j | (kTimelineSegment - 1)) + 1;
}

bool TimelineRing::load(std::uint64_t index, RawEvent& e) const noexcept
{
    const std::atomic<std::uint64_t>* seg =
        segments_[(index & mask_) >> kTimelineSegmentBits].load(std::memory_order_acquire);
    if (seg == nullptr)
        return false;
    const std::atomic<std::uint64_t>* slot = seg + 2 * (index & (kTimelineSegment - 1));
    e.start = slot[0].load(std::memory_order_relaxed);
    e.packed = slot[1].load(std::memory_order_relaxed);
    return true;
}

std::uint64_t TimelineRing::read(std::uint64_t floor, std::uint64_t since_end_ticks, std::vector<RawEvent>& out) const
{
    const std::uint64_t cap = mask_ + 1;
    const std::uint64_t head = head_.load(std::memory_order_acquire);
    std::uint64_t lo = std::max(floor, head > cap ? head - cap : 0);

    // Completion order is end-time order: binary search the first event that
    // ended at or after since. A probe torn by a concurrent overwrite can
    // only misplace the start within the overwritten prefix, which the
    // validation below discards anyway.
    std::uint64_t a = lo, b = head;
    while (a < b) {
        const std::uint64_t mid = a + (b - a) / 2;
        RawEvent e{};
        if (load(mid, e) && e.end() < since_end_ticks)
            a = mid + 1;
        else
            b = mid;
    }
    const std::size_t first = out.size();
    out.reserve(first + (head - a));
    for (std::uint64_t i = a; i < head; ++i) {
        RawEvent e{};
        if (load(i, e))
            out.push_back(e);
    }
    std::atomic_thread_fence(std::memory_order_acquire);
    const std::uint64_t begin = begin_.load(std::memory_order_relaxed);
    // Indices below begin - cap may have been overwritten during the copy.
    const std::uint64_t valid_from = begin > cap ? begin - cap : 0;
    if (valid_from > a) {
        const std::uint64_t torn = std::min<std::uint64_t>(valid_from - a, out.size() - first);
        out.erase(out.begin() + std::ptrdiff_t(first), out.begin() + std::ptrdiff_t(first + torn));
    }
    // Drop anything that ended before since (a torn probe may have let some in).
    auto keep = std::find_if(out.begin() + std::ptrdiff_t(first), out.end(),
                             [&](const RawEvent& e) { return e.end() >= since_end_ticks; });
    out.erase(out.begin() + std::ptrdiff_t(first), keep);
    return head > cap && head - cap > floor ? head - cap - floor : 0;
}

void TimelineRing::read_last(std::uint64_t floor, std::uint64_t limit, std::vector<RawEvent>& out) const
{
    const std::uint64_t cap = mask_ + 1;
    const std::uint64_t head = head_.load(std::memory_order_acquire);
    std::uint64_t lo = std::max(floor, head > cap ? head - cap : 0);
    if (head - lo > limit)
        lo = head - limit;
    for (std::uint64_t i = lo; i < head; ++i) {
        RawEvent e{};
        if (load(i, e))
            out.push_back(e);
    }
}

std::size_t TimelineRing::memory_bytes() const noexcept
{
    if (!segments_)
        return 0;
    return ((mask_ + 1) >> kTimelineSegmentBits) * sizeof(void*) +
           segment_count_.load(std::memory_order_relaxed) * 2 * kTimelineSegment * sizeof(std::uint64_t);
}

} // namespace stichotrope::detail
