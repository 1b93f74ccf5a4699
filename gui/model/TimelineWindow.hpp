// The recent past of every thread, for the flame chart: the incremental
// timelines of successive polls accumulated per thread and per depth, sorted
// by start and trimmed to the last `window` nanoseconds. Widget-free.
#pragma once

#include <stichotrope/timeline.hpp>

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace stichotrope::gui {

struct WindowEvent {
    std::uint64_t start_ns = 0;
    std::uint64_t end_ns = 0;
    std::uint32_t track = 0;
    std::uint32_t block = 0;
};

// Events of one depth of one thread. At a given depth a thread's blocks never
// overlap, so sorting by start also sorts by end: both can be binary searched.
class DepthEvents {
public:
    std::span<const WindowEvent> events() const { return {events_.data() + head_, events_.size() - head_}; }
    std::size_t size() const { return events_.size() - head_; }
    // Events the storage holds room for, live, trimmed or spare.
    std::size_t reservedEvents() const { return events_.capacity(); }

    void add(const WindowEvent& e);
    // Drops the events that ended before cutoff_ns.
    void trimBefore(std::uint64_t cutoff_ns);

private:
    // Trimmed events stay behind head_ until compaction, so trimming costs
    // amortised O(1) per event instead of shifting the vector every poll.
    std::vector<WindowEvent> events_;
    std::size_t head_ = 0;
};

struct ThreadLane {
    std::uint64_t thread_id = 0;
    std::string name;
    bool alive = true;
    std::vector<DepthEvents> depths; // index = depth, 0 = top level
};

// Visible events of a sorted depth: [first, last) with end > t0 and start < t1.
struct IndexRange {
    std::size_t first = 0;
    std::size_t last = 0;
    std::size_t size() const { return last - first; }
};
IndexRange visibleEvents(std::span<const WindowEvent> events, std::uint64_t t0_ns, std::uint64_t t1_ns);

class TimelineWindow {
public:
    void setWindowNs(std::uint64_t window_ns);
    std::uint64_t windowNs() const { return window_ns_; }

    // Adds the events of one poll (cost proportional to their number) and
    // trims what fell out of the window.
    void ingest(const Timeline& increment);
    void clear();

    std::uint64_t nowNs() const { return now_ns_; }
    // Start of the window: nowNs() - windowNs(), clamped at 0.
    std::uint64_t beginNs() const { return now_ns_ > window_ns_ ? now_ns_ - window_ns_ : 0; }
    const std::vector<ThreadLane>& lanes() const { return lanes_; }
    std::size_t eventCount() const;
    // Every event in the window as a Timeline (now_ns = nowNs()), per lane in
    // completion order: what a capture saves and ingest() takes back.
    Timeline toTimeline() const;
    // Deepest depth + 1 over all lanes.
    std::size_t maxDepthCount() const;

private:
    ThreadLane& laneFor(const ThreadTimeline& t);
    void trim();

    std::vector<ThreadLane> lanes_; // in order of first appearance
    std::uint64_t window_ns_ = 10'000'000'000ull;
    std::uint64_t now_ns_ = 0;
};

} // namespace stichotrope::gui
