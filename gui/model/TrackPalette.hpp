// One colour per track, the same in every view (tables, panels, flame chart,
// flame graph, plots).
#pragma once

#include <QColor>

namespace stichotrope::gui {

QColor trackColor(unsigned track);

} // namespace stichotrope::gui
