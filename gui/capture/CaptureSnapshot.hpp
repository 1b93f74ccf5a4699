// Between captures and the views: a capture of what the viewer shows, of a
// profiler directly (headless export), and the snapshot that shows a capture
// in the same models and views as a live poll.
#pragma once

#include "capture/Capture.hpp"
#include "model/Snapshot.hpp"

namespace stichotrope::gui {

class TimelineWindow;

// window: the flame chart's accumulated events; nullptr for none.
Capture captureOf(const Snapshot& snapshot, const TimelineWindow* window);
// Results and every event still in the timeline rings.
Capture captureOf(Profiler& profiler);
// A read-only snapshot (live = false) whose timeline is the whole window.
SnapshotPtr snapshotOf(const Capture& capture);

} // namespace stichotrope::gui
