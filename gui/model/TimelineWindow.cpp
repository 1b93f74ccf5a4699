#include "TimelineWindow.hpp"

#include <algorithm>

namespace stichotrope::gui {

void DepthEvents::add(const WindowEvent& e)
{
    // Events arrive in completion order, which at one depth is start order;
    // the sorted insert only guards against a reordered increment.
    if (size() == 0 || events_.back().start_ns <= e.start_ns) {
        events_.push_back(e);
        return;
    }
    const auto pos = std::upper_bound(events_.begin() + std::ptrdiff_t(head_), events_.end(), e.start_ns,
                                      [](std::uint64_t s, const WindowEvent& x) { return s < x.start_ns; });
    events_.insert(pos, e);
}

void DepthEvents::trimBefore(std::uint64_t cutoff_ns)
{
    const auto all = events();
    const auto it = std::lower_bound(all.begin(), all.end(), cutoff_ns,
                                     [](const WindowEvent& x, std::uint64_t t) { return x.end_ns < t; });
    head_ += std::size_t(it - all.begin());
    if (head_ == events_.size()) {
        events_.clear();
        head_ = 0;
    } else if (head_ >= 64 && head_ * 2 > events_.size()) {
        // Dead events outnumber live ones: moving the live ones is paid for
        // by the dead, and a lane keeps at most twice its live events (a
        // fixed floor per depth would add up over 64 threads x 8 depths).
        events_.erase(events_.begin(), events_.begin() + std::ptrdiff_t(head_));
        head_ = 0;
        if (events_.capacity() > 4 * events_.size() + 64)
            events_.shrink_to_fit();
    }
}

IndexRange visibleEvents(std::span<const WindowEvent> events, std::uint64_t t0_ns, std::uint64_t t1_ns)
{
    const auto first = std::lower_bound(events.begin(), events.end(), t0_ns,
                                        [](const WindowEvent& x, std::uint64_t t) { return x.end_ns <= t; });
    const auto last = std::lower_bound(first, events.end(), t1_ns,
                                       [](const WindowEvent& x, std::uint64_t t) { return x.start_ns < t; });
    return {std::size_t(first - events.begin()), std::size_t(last - events.begin())};
}

void TimelineWindow::setWindowNs(std::uint64_t window_ns)
{
    window_ns_ = std::max<std::uint64_t>(window_ns, 1);
    trim();
}

ThreadLane& TimelineWindow::laneFor(const ThreadTimeline& t)
{
    for (ThreadLane& lane : lanes_) {
        if (lane.thread_id == t.thread_id)
            return lane;
    }
    lanes_.push_back(ThreadLane{t.thread_id, t.name, t.alive, {}});
    return lanes_.back();
}

void TimelineWindow::ingest(const Timeline& increment)
{
    now_ns_ = std::max(now_ns_, increment.now_ns);
    for (const ThreadTimeline& t : increment.threads) {
        ThreadLane& lane = laneFor(t);
        lane.name = t.name;
        lane.alive = t.alive;
        for (const TimelineEvent& e : t.events) {
            if (e.depth >= lane.depths.size())
                lane.depths.resize(e.depth + 1);
            lane.depths[e.depth].add({e.start_ns, e.start_ns + e.duration_ns, e.track, e.block});
            now_ns_ = std::max(now_ns_, e.start_ns + e.duration_ns);
        }
    }
    trim();
}

void TimelineWindow::trim()
{
    const std::uint64_t cutoff = beginNs();
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
