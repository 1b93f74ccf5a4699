// One poll of the profiler: results and the recent timeline, immutable once
// published and shared by every view.
#pragma once

#include <stichotrope/stichotrope.hpp>

#include <QMetaType>

#include <cstdint>
#include <memory>

namespace stichotrope::gui {

struct Snapshot {
    Results results;
    // Incremental: the events completed since the previous poll (all of them
    // for the first poll). Timeline views accumulate them into their window.
    Timeline timeline;
    std::uint64_t profiler_now_ns = 0; // profiler time when the poll began
    double poll_ms = 0.0;              // time the poll itself took
    std::uint64_t sequence = 0;        // increases with every poll
    bool live = true;                  // false for an opened capture
};

using SnapshotPtr = std::shared_ptr<const Snapshot>;

} // namespace stichotrope::gui

Q_DECLARE_METATYPE(stichotrope::gui::SnapshotPtr)
