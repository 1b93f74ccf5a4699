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
    // Adds a poll's events, sorted by start, skipping those already here (a
    // poll repeats the events that completed during the previous read); one
    // bulk append for the ones that follow the existing events.
    void append(std::span<const WindowEvent> sorted);
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

// One poll's events grouped as the window keeps them: per thread, per depth,
// sorted by start. Preparing it is the per-event work of ingesting, so the
// poll does it off the GUI thread; the window then appends whole runs.
struct TimelineIncrement {
    struct Lane {
        std::uint64_t thread_id = 0;
        std::string name;
        bool alive = true;
        std::vector<std::vector<WindowEvent>> depths; // index = depth
    };
    std::uint64_t now_ns = 0; // the latest of the timeline's now and its events' ends
    std::vector<Lane> lanes;
};
TimelineIncrement prepareIncrement(const Timeline& timeline);

class TimelineWindow {
public:
    void setWindowNs(std::uint64_t window_ns);
    std::uint64_t windowNs() const { return window_ns_; }
    // At most this many events are kept (24 bytes each): past it the window
    // starts later than nowNs() - windowNs(), so a program completing
    // millions of blocks per second cannot fill the viewer's memory or make
    // each poll's ingest slower than the poll.
    static constexpr std::size_t kDefaultMaxEvents = 4'000'000;
    void setMaxEvents(std::size_t max_events);
    std::size_t maxEvents() const { return max_events_; }
    // True when the event cap, not windowNs(), sets beginNs().
    bool isCapped() const { return capped_; }

    // Adds the events of one poll (cost proportional to their number) and
    // trims what fell out of the window.
    void ingest(const Timeline& increment);
    // The same, prepared: appends each depth's run at once.
    void ingest(const TimelineIncrement& increment);
    void clear();

    std::uint64_t nowNs() const { return now_ns_; }
    // Start of the window: nowNs() - windowNs(), clamped at 0, or later when
    // capped.
    std::uint64_t beginNs() const { return begin_ns_; }
    const std::vector<ThreadLane>& lanes() const { return lanes_; }
    std::size_t eventCount() const;
    // Every event in the window as a Timeline (now_ns = nowNs()), per lane in
    // completion order: what a capture saves and ingest() takes back.
    Timeline toTimeline() const;
    // Deepest depth + 1 over all lanes.
    std::size_t maxDepthCount() const;

private:
    ThreadLane& laneFor(std::uint64_t thread_id, const std::string& name, bool alive);
    void trim();
    void trimBefore(std::uint64_t cutoff_ns);
    std::size_t countEndingFrom(std::uint64_t t_ns) const;

    std::vector<ThreadLane> lanes_; // in order of first appearance
    std::uint64_t window_ns_ = 10'000'000'000ull;
    std::size_t max_events_ = kDefaultMaxEvents;
    std::uint64_t now_ns_ = 0;
    std::uint64_t begin_ns_ = 0;
    bool capped_ = false;
};

} // namespace stichotrope::gui
