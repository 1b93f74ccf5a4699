// What happened in a stretch of the flame chart's window: the blocks that
// began and ended inside it, per thread and merged, in the shape of Results
// so that the block table shows them as it shows a poll. Blocks cut by
// either edge are left out, as their duration inside the range says nothing
// of the block. Widget-free.
#pragma once

#include "model/TimelineWindow.hpp"

#include <stichotrope/results.hpp>

#include <cstdint>

namespace stichotrope::gui {

// Events of `window` with begin_ns <= start and end <= end_ns, as merged
// tracks and one ThreadResult per thread with blocks in the range. Block,
// track and thread names come from `names` (the snapshot the window belongs
// to); histograms use the engine's buckets, so quantiles are as precise as
// a poll's.
Results rangeResults(const TimelineWindow& window, std::uint64_t begin_ns, std::uint64_t end_ns, const Results& names);

} // namespace stichotrope::gui
