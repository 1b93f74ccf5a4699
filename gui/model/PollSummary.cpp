#include "PollSummary.hpp"

namespace stichotrope::gui {

PollSummary summarize(const Snapshot& current, const Snapshot* previous)
{
    PollSummary s;
    for (const ThreadResult& t : current.results.threads) {
        ++s.threadsTotal;
        s.threadsAlive += t.alive ? 1 : 0;
    }
    s.blocks = current.results.block_count();
    s.pollMs = current.poll_ms;
    s.intervalMs = current.interval_ms;
    s.sincePreviousMs = current.since_previous_ms;
    if (previous && current.profiler_now_ns > previous->profiler_now_ns) {
        const std::uint64_t now = current.results.hit_count();
        const std::uint64_t before = previous->results.hit_count();
        // After clear() the count restarts: no rate for that interval.
        if (now >= before)
            s.eventsPerSecond = double(now - before) * 1e9 / double(current.profiler_now_ns - previous->profiler_now_ns);
    }
    return s;
}

} // namespace stichotrope::gui
