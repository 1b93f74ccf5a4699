// The status bar's figures, derived from two consecutive snapshots.
#pragma once

#include "Snapshot.hpp"

#include <cstddef>

namespace stichotrope::gui {

struct PollSummary {
    std::size_t threadsAlive = 0;
    std::size_t threadsTotal = 0;
    std::size_t blocks = 0;
    double eventsPerSecond = 0.0; // block executions per second since the previous poll
    double pollMs = 0.0;
};

PollSummary summarize(const Snapshot& current, const Snapshot* previous);

} // namespace stichotrope::gui
