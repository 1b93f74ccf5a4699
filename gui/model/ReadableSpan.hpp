// The span a live flame chart opens with. The whole window (seconds) folds
// sub-millisecond blocks into stripes; a span holding a few dozen of the
// threads' typical top-level blocks shows them as boxes with their names.
// Widget-free.
#pragma once

#include "model/TimelineWindow.hpp"

#include <cstdint>
#include <vector>

namespace stichotrope::gui {

struct ReadableSpanParams {
    double width_px = 1000.0; // the chart's width
    double box_px = 60.0;     // a typical top-level block gets about this wide: room for its name
    // Fewer completed top-level blocks than this say too little: no span.
    std::size_t min_samples = 16;
    // Each lane contributes at most its latest blocks: the recent past decides.
    std::size_t samples_per_lane = 64;
};

// A span in ns on a 1-2-5 step (successive polls agree on it), in which the
// median duration of the lanes' latest completed outermost blocks (top level,
// or the next depth down while a lane's top-level block is still open) is
// about box_px wide; never more than the window. 0 when the lanes hold too
// few blocks to tell.
std::uint64_t readableSpanNs(const std::vector<const ThreadLane*>& lanes, std::uint64_t window_ns,
                             const ReadableSpanParams& params = {});

} // namespace stichotrope::gui
