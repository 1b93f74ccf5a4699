// The timeline as Chrome's Trace Event Format (JSON object form), which
// chrome://tracing, Perfetto UI and Chrome DevTools open: one complete event
// ("ph": "X") per block execution with pid/tid, the track as category, and
// thread names as metadata events. Times in microseconds with ns precision.
#pragma once

#include "capture/Capture.hpp"

#include <QByteArray>

namespace stichotrope::gui {

// pid: the process the events belong to (the viewer's own for a live
// profiler); only a label for the trace viewers.
QByteArray captureToChromeTrace(const Capture& capture, qint64 pid = 1);

} // namespace stichotrope::gui
