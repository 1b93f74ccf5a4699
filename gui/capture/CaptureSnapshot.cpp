#include "CaptureSnapshot.hpp"

#include "model/TimelineWindow.hpp"

#include <algorithm>

namespace stichotrope::gui {

namespace {

// The window's end must not precede its last event, or the reader would
// refuse the file.
void fitNow(Timeline& timeline)
{
    for (const ThreadTimeline& t : timeline.threads)
        for (const TimelineEvent& e : t.events)
            timeline.now_ns = std::max(timeline.now_ns, e.start_ns + e.duration_ns);
}

} // namespace

Capture captureOf(const Snapshot& snapshot, const TimelineWindow* window)
{
    Capture c;
    c.results = snapshot.results;
    if (window) {
        c.timeline = window->toTimeline();
        c.window_ns = window->windowNs();
    } else {
        c.timeline.now_ns = snapshot.profiler_now_ns;
    }
    fitNow(c.timeline);
    return c;
}

Capture captureOf(Profiler& profiler)
{
    Capture c;
    c.results = profiler.get_results();
    c.timeline = profiler.timeline(0);
    fitNow(c.timeline);
    c.window_ns = std::max<std::uint64_t>(c.timeline.now_ns, 1);
    return c;
}

SnapshotPtr snapshotOf(const Capture& capture)
{
    auto s = std::make_shared<Snapshot>();
    s->results = capture.results;
    s->timeline = capture.timeline;
    s->profiler_now_ns = capture.timeline.now_ns;
    s->sequence = 1;
    s->live = false;
    computeTotals(*s);
    return s;
}

} // namespace stichotrope::gui
