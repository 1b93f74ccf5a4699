#include "TimelineWindow.hpp"

#include <algorithm>

namespace stichotrope::gui {

namespace {

constexpr std::size_t kChunkMask = EventRange::kChunkEvents - 1;

template <class Range>
IndexRange visibleIn(const Range& events, std::uint64_t t0_ns, std::uint64_t t1_ns)
{
    const auto first = std::lower_bound(events.begin(), events.end(), t0_ns,
                                        [](const WindowEvent& x, std::uint64_t t) { return x.end_ns <= t; });
    const auto last = std::lower_bound(first, events.end(), t1_ns,
                                       [](const WindowEvent& x, std::uint64_t t) { return x.start_ns < t; });
    return {std::size_t(first - events.begin()), std::size_t(last - events.begin())};
}

// One poll's events grouped as the window keeps them: per thread, per depth,
// sorted by start, so that the window appends whole runs.
struct TimelineIncrement {
    struct Lane {
        std::uint64_t thread_id = 0;
        std::uint64_t os_tid = 0;
        std::string name;
        bool alive = true;
        // Recycled arrays: a poll's hundreds of thousands of events would
        // otherwise fault fresh pages in on every poll.
        std::vector<SnapshotVector<WindowEvent>> depths; // index = depth
    };
    std::uint64_t now_ns = 0; // the latest of the timeline's now and its events' ends
    std::vector<Lane> lanes;
};

TimelineIncrement groupByDepth(const Timeline& timeline)
{
    TimelineIncrement inc;
    inc.now_ns = timeline.now_ns;
    inc.lanes.reserve(timeline.threads.size());
    for (const ThreadTimeline& t : timeline.threads) {
        TimelineIncrement::Lane& lane = inc.lanes.emplace_back();
        lane.thread_id = t.thread_id;
        lane.os_tid = t.os_tid;
        lane.name = t.name;
        lane.alive = t.alive;
        // Sized first: a poll brings hundreds of thousands of events.
        std::vector<std::size_t> per_depth;
        for (const TimelineEvent& e : t.events) {
            if (e.depth >= per_depth.size())
                per_depth.resize(e.depth + 1);
            ++per_depth[e.depth];
        }
        lane.depths.resize(per_depth.size());
        for (std::size_t d = 0; d < per_depth.size(); ++d)
            lane.depths[d].reserve(per_depth[d]);
        for (const TimelineEvent& e : t.events) {
            lane.depths[e.depth].push_back({e.start_ns, e.start_ns + e.duration_ns, e.track, e.block});
            inc.now_ns = std::max(inc.now_ns, e.start_ns + e.duration_ns);
        }
        // Completion order is start order at one depth; sort only if not.
        const auto by_start = [](const WindowEvent& a, const WindowEvent& b) { return a.start_ns < b.start_ns; };
        for (SnapshotVector<WindowEvent>& d : lane.depths)
            if (!std::is_sorted(d.begin(), d.end(), by_start))
                std::stable_sort(d.begin(), d.end(), by_start);
    }
    return inc;
}

// Chunks come and go with every poll (a few hundred of 12 KiB each): from
// recycled memory, not fresh pages.
template <class... Args>
std::shared_ptr<EventRange::Chunk> makeChunk(Args&&... args)
{
    return std::allocate_shared<EventRange::Chunk>(SnapshotAllocator<EventRange::Chunk>(),
                                                   std::forward<Args>(args)...);
}

} // namespace

void DepthEvents::pushBack(std::span<const WindowEvent> events)
{
    if (events.empty())
        return;
    std::size_t end = first_ + size_; // where the next event goes, counted from chunks_[0]
    if (!owns_tail_ && (end & kChunkMask) != 0) {
        // A copy may be reading the last chunk: go on in a private copy of it.
        chunks_.back() = makeChunk(*chunks_.back());
    }
    owns_tail_ = true;
    while (!events.empty()) {
        if (end == chunks_.size() * EventRange::kChunkEvents)
            chunks_.push_back(makeChunk());
        const std::size_t n = std::min(events.size(), EventRange::kChunkEvents - (end & kChunkMask));
        std::copy_n(events.begin(), n, chunks_.back()->events + (end & kChunkMask));
        events = events.subspan(n);
        end += n;
    }
    size_ = end - first_;
}

void DepthEvents::insertSorted(std::span<const WindowEvent> extra)
{
    const auto by_start = [](const WindowEvent& a, const WindowEvent& b) { return a.start_ns < b.start_ns; };
    const EventRange old = events();
    std::vector<WindowEvent> merged;
    merged.reserve(old.size() + extra.size());
    std::vector<WindowEvent> sorted(extra.begin(), extra.end());
    std::stable_sort(sorted.begin(), sorted.end(), by_start);
    // Among equal starts the stored events come first, as a sorted insert
    // after them would put them.
    std::merge(old.begin(), old.end(), sorted.begin(), sorted.end(), std::back_inserter(merged), by_start);
    chunks_.clear();
    first_ = 0;
    size_ = 0;
    owns_tail_ = true;
    pushBack(merged);
}

void DepthEvents::add(const WindowEvent& e)
{
    // Events arrive in completion order, which at one depth is start order;
    // the sorted insert only guards against a reordered increment.
    if (size_ == 0 || events().back().start_ns <= e.start_ns)
        pushBack({&e, 1});
    else
        insertSorted({&e, 1});
}

void DepthEvents::append(std::span<const WindowEvent> sorted)
{
    // A poll reads from the previous read's start, so the events that
    // completed while that read went on come again: those starting no later
    // than the last kept event are matched against the window's tail (both
    // sorted, one walk) and skipped when already here. The rest follow the
    // existing events: one bulk append.
    std::size_t fresh = 0;
    std::vector<WindowEvent> missing; // not here after all: a reordered increment
    if (size_ != 0 && !sorted.empty()) {
        const EventRange all = events();
        const std::uint64_t last_start = all.back().start_ns;
        auto here = std::lower_bound(all.begin(), all.end(), sorted.front().start_ns,
                                     [](const WindowEvent& x, std::uint64_t t) { return x.start_ns < t; });
        for (; fresh < sorted.size() && sorted[fresh].start_ns <= last_start; ++fresh) {
            const WindowEvent& e = sorted[fresh];
            while (here != all.end() && here->start_ns < e.start_ns)
                ++here;
            bool found = false;
            for (auto same = here; same != all.end() && same->start_ns == e.start_ns && !found; ++same)
                found = same->end_ns == e.end_ns && same->track == e.track && same->block == e.block;
            if (!found)
                missing.push_back(e);
        }
    }
    // Missing events start no later than the last stored one; the rest
    // start after it.
    if (!missing.empty())
        insertSorted(missing);
    pushBack(sorted.subspan(fresh));
}

void DepthEvents::trimBefore(std::uint64_t cutoff_ns)
{
    const EventRange all = events();
    const auto it = std::lower_bound(all.begin(), all.end(), cutoff_ns,
                                     [](const WindowEvent& x, std::uint64_t t) { return x.end_ns < t; });
    const std::size_t n = it.index();
    if (n == size_) {
        chunks_.clear();
        first_ = 0;
        size_ = 0;
        owns_tail_ = true;
        return;
    }
    first_ += n;
    size_ -= n;
    // Chunks left wholly behind go; a copy that still shows them keeps them.
    if (const std::size_t drop = first_ / EventRange::kChunkEvents; drop != 0) {
        chunks_.erase(chunks_.begin(), chunks_.begin() + std::ptrdiff_t(drop));
        first_ -= drop * EventRange::kChunkEvents;
    }
}

IndexRange visibleEvents(const EventRange& events, std::uint64_t t0_ns, std::uint64_t t1_ns)
{
    return visibleIn(events, t0_ns, t1_ns);
}

IndexRange visibleEvents(std::span<const WindowEvent> events, std::uint64_t t0_ns, std::uint64_t t1_ns)
{
    return visibleIn(events, t0_ns, t1_ns);
}

std::optional<LocatedEvent> longestEvent(std::span<const ThreadLane* const> lanes, unsigned track, unsigned block)
{
    std::optional<LocatedEvent> best;
    for (std::size_t l = 0; l < lanes.size(); ++l)
        for (std::size_t d = 0; d < lanes[l]->depths.size(); ++d)
            for (const WindowEvent& e : lanes[l]->depths[d].events()) {
                if (e.track != track || e.block != block)
                    continue;
                const std::uint64_t length = e.end_ns - e.start_ns;
                const std::uint64_t longest = best ? best->event.end_ns - best->event.start_ns : 0;
                if (!best || length > longest || (length == longest && e.end_ns > best->event.end_ns))
                    best = LocatedEvent{l, unsigned(d), e};
            }
    return best;
}

void TimelineWindow::setWindowNs(std::uint64_t window_ns)
{
    window_ns_ = std::max<std::uint64_t>(window_ns, 1);
    trim();
}

void TimelineWindow::setMaxEvents(std::size_t max_events)
{
    max_events_ = std::max<std::size_t>(max_events, 1);
    trim();
}

ThreadLane& TimelineWindow::laneFor(std::uint64_t thread_id, std::uint64_t os_tid, const std::string& name,
                                    bool alive)
{
    for (ThreadLane& lane : lanes_) {
        if (lane.thread_id == thread_id) {
            lane.name = name;
            lane.alive = alive;
            return lane;
        }
    }
    lanes_.push_back(ThreadLane{thread_id, name, alive, {}, os_tid});
    return lanes_.back();
}

void TimelineWindow::ingest(const Timeline& timeline)
{
    const TimelineIncrement increment = groupByDepth(timeline);
    now_ns_ = std::max(now_ns_, increment.now_ns);
    for (const TimelineIncrement::Lane& in : increment.lanes) {
        ThreadLane& lane = laneFor(in.thread_id, in.os_tid, in.name, in.alive);
        if (in.depths.size() > lane.depths.size())
            lane.depths.resize(in.depths.size());
        for (std::size_t depth = 0; depth < in.depths.size(); ++depth)
            lane.depths[depth].append(in.depths[depth]);
    }
    trim();
}

void TimelineWindow::trim()
{
    begin_ns_ = now_ns_ > window_ns_ ? now_ns_ - window_ns_ : 0;
    capped_ = false;
    trimBefore(begin_ns_);
    if (eventCount() <= max_events_)
        return;
    // The earliest start that keeps at most max_events_: fewer events end
    // after a later time, so binary search it (each count is a binary
    // search per lane and depth).
    std::uint64_t lo = begin_ns_;
    std::uint64_t hi = now_ns_ + 1;
    while (lo < hi) {
        const std::uint64_t mid = lo + (hi - lo) / 2;
        if (countEndingFrom(mid) <= max_events_)
            hi = mid;
        else
            lo = mid + 1;
    }
    begin_ns_ = lo;
    capped_ = true;
    trimBefore(begin_ns_);
}

std::size_t TimelineWindow::countEndingFrom(std::uint64_t t_ns) const
{
    std::size_t n = 0;
    for (const ThreadLane& lane : lanes_)
        for (const DepthEvents& d : lane.depths) {
            const auto ev = d.events();
            n += std::size_t(ev.end() - std::lower_bound(ev.begin(), ev.end(), t_ns, [](const WindowEvent& x,
                                                                                         std::uint64_t t) {
                                 return x.end_ns < t;
                             }));
        }
    return n;
}

void TimelineWindow::trimBefore(std::uint64_t cutoff)
{
    for (ThreadLane& lane : lanes_) {
        for (DepthEvents& d : lane.depths)
            d.trimBefore(cutoff);
        while (!lane.depths.empty() && lane.depths.back().size() == 0)
            lane.depths.pop_back();
    }
    // Threads that exited and left nothing in the window disappear.
    std::erase_if(lanes_, [](const ThreadLane& l) { return !l.alive && l.depths.empty(); });
}

void TimelineWindow::clear()
{
    lanes_.clear();
    now_ns_ = 0;
    begin_ns_ = 0;
    capped_ = false;
}

std::size_t TimelineWindow::eventCount() const
{
    std::size_t n = 0;
    for (const ThreadLane& lane : lanes_) {
        for (const DepthEvents& d : lane.depths)
            n += d.size();
    }
    return n;
}

Timeline TimelineWindow::toTimeline() const
{
    Timeline timeline;
    timeline.now_ns = now_ns_;
    for (const ThreadLane& lane : lanes_) {
        ThreadTimeline& t = timeline.threads.emplace_back();
        t.thread_id = lane.thread_id;
        t.os_tid = lane.os_tid;
        t.name = lane.name;
        t.alive = lane.alive;
        for (std::size_t depth = 0; depth < lane.depths.size(); ++depth)
            for (const WindowEvent& e : lane.depths[depth].events())
                t.events.push_back({e.start_ns, e.end_ns - e.start_ns, e.track, e.block, unsigned(depth)});
        // Completion order; among events ending together the deeper one
        // completed first. A total order, so the result is deterministic.
        std::sort(t.events.begin(), t.events.end(), [](const TimelineEvent& a, const TimelineEvent& b) {
            const std::uint64_t ea = a.start_ns + a.duration_ns;
            const std::uint64_t eb = b.start_ns + b.duration_ns;
            if (ea != eb)
                return ea < eb;
            if (a.depth != b.depth)
                return a.depth > b.depth;
            if (a.start_ns != b.start_ns)
                return a.start_ns < b.start_ns;
            return std::pair(a.track, a.block) < std::pair(b.track, b.block);
        });
    }
    return timeline;
}

std::size_t TimelineWindow::maxDepthCount() const
{
    std::size_t n = 0;
    for (const ThreadLane& lane : lanes_)
        n = std::max(n, lane.depths.size());
    return n;
}

} // namespace stichotrope::gui
