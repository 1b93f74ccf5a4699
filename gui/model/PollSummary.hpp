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
    int intervalMs = 0;          // asked for
    double sincePreviousMs = 0.0; // achieved: from the previous poll's start (0: unknown)

    // Polls come markedly less often than asked (a poll or the views'
    // update outlasts the interval). A tick a few percent late is not that.
    bool behind() const { return intervalMs > 0 && sincePreviousMs > 1.25 * intervalMs; }
};

PollSummary summarize(const Snapshot& current, const Snapshot* previous);

} // namespace stichotrope::gui
