// The recent past of every thread, for the flame chart: the incremental
// timelines of successive polls accumulated per thread and per depth, sorted
// by start and trimmed to the last `window` nanoseconds. Widget-free.
#pragma once

#include <stichotrope/timeline.hpp>

#include <compare>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace stichotrope::gui {

struct WindowEvent {
    std::uint64_t start_ns = 0;
    std::uint64_t end_ns = 0;
    std::uint32_t track = 0;
    std::uint32_t block = 0;
};

class DepthEvents;

// The events of one depth, read by index like an array. A view: valid while
// the DepthEvents it came from is not modified.
class EventRange {
public:
    static constexpr std::size_t kChunkBits = 9;
    static constexpr std::size_t kChunkEvents = std::size_t(1) << kChunkBits; // 12 KiB of events
    struct Chunk {
        // Left unset when made: every event is written before it is read,
        // and zeroing 12 KiB per chunk showed in the poll's profile.
        Chunk() noexcept {}
        union {
            WindowEvent events[kChunkEvents];
        };
    };

    class iterator {
    public:
        using iterator_category = std::random_access_iterator_tag;
        using value_type = WindowEvent;
        using difference_type = std::ptrdiff_t;
        using pointer = const WindowEvent*;
        using reference = const WindowEvent&;

        iterator() = default;
        iterator(const EventRange* range, std::size_t i) : range_(range), i_(i) {}
        reference operator*() const { return (*range_)[i_]; }
        pointer operator->() const { return &(*range_)[i_]; }
        reference operator[](difference_type n) const { return (*range_)[std::size_t(difference_type(i_) + n)]; }
        iterator& operator++() { ++i_; return *this; }
        iterator operator++(int) { iterator t = *this; ++i_; return t; }
        iterator& operator--() { --i_; return *this; }
        iterator operator--(int) { iterator t = *this; --i_; return t; }
        iterator& operator+=(difference_type n) { i_ = std::size_t(difference_type(i_) + n); return *this; }
        iterator& operator-=(difference_type n) { i_ = std::size_t(difference_type(i_) - n); return *this; }
        friend iterator operator+(iterator a, difference_type n) { return a += n; }
        friend iterator operator+(difference_type n, iterator a) { return a += n; }
        friend iterator operator-(iterator a, difference_type n) { return a -= n; }
        friend difference_type operator-(const iterator& a, const iterator& b)
        {
            return difference_type(a.i_) - difference_type(b.i_);
        }
        friend bool operator==(const iterator& a, const iterator& b) { return a.i_ == b.i_; }
        friend auto operator<=>(const iterator& a, const iterator& b) { return a.i_ <=> b.i_; }
        std::size_t index() const { return i_; }

    private:
        const EventRange* range_ = nullptr;
        std::size_t i_ = 0;
    };

    EventRange() = default;
    std::size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    const WindowEvent& operator[](std::size_t i) const
    {
        const std::size_t k = first_ + i;
        return chunks_[k >> kChunkBits]->events[k & (kChunkEvents - 1)];
    }
    const WindowEvent& front() const { return (*this)[0]; }
    const WindowEvent& back() const { return (*this)[size_ - 1]; }
    iterator begin() const { return {this, 0}; }
    iterator end() const { return {this, size_}; }

private:
    friend class DepthEvents;
    EventRange(const std::shared_ptr<Chunk>* chunks, std::size_t first, std::size_t size)
        : chunks_(chunks), first_(first), size_(size)
    {
    }
    const std::shared_ptr<Chunk>* chunks_ = nullptr;
    std::size_t first_ = 0; // index of the first event in chunks_[0]
    std::size_t size_ = 0;
};

// Events of one depth of one thread. At a given depth a thread's blocks never
// overlap, so sorting by start also sorts by end: both can be binary searched.
//
// Stored in fixed chunks shared between copies: copying a window costs a
// pointer per chunk, not its events, so the poll thread hands each poll's
// window to the GUI thread whole. Events are never modified once stored; the
// original may fill the unused end of its last chunk, which no copy reads
// (a copy never writes there: it starts a new chunk). Trimming drops whole
// chunks from the front, so a sliding window neither shifts events nor
// returns its memory to the system to fault it in again.
class DepthEvents {
public:
    DepthEvents() = default;
    DepthEvents(const DepthEvents& other)
        : chunks_(other.chunks_), first_(other.first_), size_(other.size_), owns_tail_(false)
    {
    }
    DepthEvents& operator=(const DepthEvents& other)
    {
        chunks_ = other.chunks_;
        first_ = other.first_;
        size_ = other.size_;
        owns_tail_ = false;
        return *this;
    }
    DepthEvents(DepthEvents&& other) noexcept
        : chunks_(std::move(other.chunks_)), first_(std::exchange(other.first_, 0)),
          size_(std::exchange(other.size_, 0)), owns_tail_(std::exchange(other.owns_tail_, true))
    {
    }
    DepthEvents& operator=(DepthEvents&& other) noexcept
    {
        chunks_ = std::move(other.chunks_);
        other.chunks_.clear();
        first_ = std::exchange(other.first_, 0);
        size_ = std::exchange(other.size_, 0);
        owns_tail_ = std::exchange(other.owns_tail_, true);
        return *this;
    }

    EventRange events() const { return {chunks_.data(), first_, size_}; }
    std::size_t size() const { return size_; }
    // Events the storage holds room for, live, trimmed or spare.
    std::size_t reservedEvents() const { return chunks_.size() * EventRange::kChunkEvents; }

    void add(const WindowEvent& e);
    // Adds a poll's events, sorted by start, skipping those already here (a
    // poll repeats the events that completed during the previous read); one
    // bulk append for the ones that follow the existing events.
    void append(std::span<const WindowEvent> sorted);
    // Drops the events that ended before cutoff_ns.
    void trimBefore(std::uint64_t cutoff_ns);

private:
    void pushBack(std::span<const WindowEvent> events);
    // Rebuilds the storage with `extra` merged in start order: events
    // already stored, which a copy may be reading, are never moved.
    void insertSorted(std::span<const WindowEvent> extra);

    std::vector<std::shared_ptr<EventRange::Chunk>> chunks_;
    std::size_t first_ = 0; // index of the first live event in chunks_[0]
    std::size_t size_ = 0;
    bool owns_tail_ = true; // false in a copy: the original may still fill its last chunk
};

struct ThreadLane {
    std::uint64_t thread_id = 0;
    std::string name;
    bool alive = true;
    std::vector<DepthEvents> depths; // index = depth, 0 = top level
    std::uint64_t os_tid = 0;
};

// Visible events of a sorted depth: [first, last) with end > t0 and start < t1.
struct IndexRange {
    std::size_t first = 0;
    std::size_t last = 0;
    std::size_t size() const { return last - first; }
};
IndexRange visibleEvents(const EventRange& events, std::uint64_t t0_ns, std::uint64_t t1_ns);
IndexRange visibleEvents(std::span<const WindowEvent> events, std::uint64_t t0_ns, std::uint64_t t1_ns);

// One event and where it is drawn: its lane (an index into the lanes
// searched) and depth.
struct LocatedEvent {
    std::size_t lane = 0;
    unsigned depth = 0;
    WindowEvent event;
};
// The longest run of (track, block) among `lanes`, the latest of equally
// long ones; nothing when none of them ran it. Visits every event: for a
// user's request, not for each repaint.
std::optional<LocatedEvent> longestEvent(std::span<const ThreadLane* const> lanes, unsigned track, unsigned block);

// Copies share the events stored so far (see DepthEvents): a copy is a
// cheap, immutable picture of the window that another thread can read while
// the original goes on ingesting.
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
    ThreadLane& laneFor(std::uint64_t thread_id, std::uint64_t os_tid, const std::string& name, bool alive);
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
