// One poll of the profiler: results and the recent timeline, immutable once
// published and shared by every view.
#pragma once

#include "model/TimelineWindow.hpp"

#include <stichotrope/stichotrope.hpp>

#include <QMetaType>

#include <cstdint>
#include <map>
#include <vector>
#include <memory>

namespace stichotrope::gui {

// Hits and time summed over a thread's blocks, per track and in all.
struct Totals {
    std::uint64_t hits = 0;
    std::uint64_t ns = 0;
};
struct ThreadTotals {
    Totals all;
    std::map<unsigned, Totals> tracks;
    // The row summed: its profiler, thread and ThreadResult::revision.
    std::uint64_t profiler_id = 0;
    std::uint64_t thread_id = 0;
    std::uint64_t revision = 0;
};

struct Snapshot {
    Results results;
    // Parallel to results.threads. Summing 64 threads x 1000 blocks walks
    // 64,000 map nodes: the poll does it off the GUI thread (computeTotals).
    std::vector<ThreadTotals> thread_totals;
    // Incremental: the events completed since the previous poll (all of them
    // for the first poll). A live poll keeps only the thread list and now_ns
    // here, having added the events to `window`; snapshots built otherwise
    // keep the events, and the flame chart accumulates them itself.
    Timeline timeline;
    // The flame chart's window after this poll, kept by the poll thread: a
    // copy that shares the stored events, immutable. Null outside live polls.
    std::shared_ptr<const TimelineWindow> window;
    std::uint64_t profiler_now_ns = 0; // profiler time when the poll began
    double poll_ms = 0.0;              // time the poll itself took
    // The scheduler slice the poll thread ran in (controller/LongSlices.hpp);
    // 0 where the system does not tell.
    std::uint64_t poll_slice_ns = 0;
    // The interval asked for, and the time from the previous poll's start to
    // this one's (0 when unknown: the first poll, or the first after a pause
    // or a new interval). Ticks that find a poll running are skipped, and a
    // busy interface thread takes its ticks late: polls then come less often
    // than asked.
    int interval_ms = 0;
    double since_previous_ms = 0.0;
    std::uint64_t sequence = 0;        // increases with every poll
    bool live = true;                  // false for an opened capture
};

using SnapshotPtr = std::shared_ptr<const Snapshot>;

// Fills thread_totals from results.threads. Totals already there for a row
// of the same profiler, thread and revision (results refreshed with
// Profiler::get_results(Results&)) are kept, not summed again: an idle
// thread's 1000 blocks cost nothing.
void computeTotals(Snapshot& snapshot);
// The totals of thread i, from thread_totals when filled, else computed
// into `scratch` (snapshots built by hand).
const ThreadTotals& totalsOf(const Snapshot& snapshot, std::size_t i, ThreadTotals& scratch);

} // namespace stichotrope::gui

Q_DECLARE_METATYPE(stichotrope::gui::SnapshotPtr)
