// The live timeline: what each thread completed recently, for flame charts.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "stichotrope/snapshot_memory.hpp"

namespace stichotrope {

struct TimelineEvent {
    std::uint64_t start_ns = 0;    // since the profiler's epoch (its construction)
    std::uint64_t duration_ns = 0;
    unsigned track = 0;
    unsigned block = 0;            // index within the track, as in Results
    unsigned depth = 0;            // 0 = top level; enabled ancestors only
};

struct ThreadTimeline {
    std::uint64_t thread_id = 0; // as ThreadResult::thread_id
    std::string name;
    bool alive = true;
    std::uint64_t dropped = 0;         // events overwritten by wrap-around since the last clear()
    SnapshotVector<TimelineEvent> events; // in completion (end-time) order
    std::uint64_t os_tid = 0;          // as ThreadResult::os_tid
};

struct Timeline {
    std::uint64_t now_ns = 0; // profiler time when the read began
    std::vector<ThreadTimeline> threads;
};

} // namespace stichotrope
