// Everything the viewer shows at one moment, as saved in a capture file:
// the profiler's results (merged and per thread, call trees, histograms,
// track names and toggles) and the flame chart's timeline window.
#pragma once

#include <stichotrope/results.hpp>
#include <stichotrope/timeline.hpp>

#include <QString>

#include <cstdint>
#include <map>

namespace stichotrope::gui {

struct Capture {
    Results results;
    // now_ns is the end of the window; the events are every event in it,
    // per thread, in completion order.
    Timeline timeline;
    std::uint64_t window_ns = 0;
    // "#rrggbb" per track index as saved; the viewer paints with its palette,
    // other tools read these.
    std::map<unsigned, QString> track_colors;
};

} // namespace stichotrope::gui
