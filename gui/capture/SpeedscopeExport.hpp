// The aggregated call trees in speedscope's file format
// (https://www.speedscope.app/file-format-schema.json): one evented profile
// for all threads merged, then one per thread. Each call path becomes one
// open/close pair as long as its total time, children laid out one after
// the other inside it, so speedscope's left-heavy and sandwich views show
// the same totals as the viewer's flame graph.
#pragma once

#include "capture/Capture.hpp"

#include <QByteArray>

namespace stichotrope::gui {

QByteArray captureToSpeedscope(const Capture& capture);

} // namespace stichotrope::gui
