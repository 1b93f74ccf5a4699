// One colour per track, the same in every view (tables, panels, flame chart,
// flame graph, plots).
#pragma once

#include <QColor>

namespace stichotrope::gui {

QColor trackColor(unsigned track);

// The track's colour, darkened or lightened until it stands out against
// `background` as a line or as text (contrast ratio of at least 3:1, the
// WCAG threshold for graphics): yellow on white, dark blue on a dark theme.
QColor trackColorOn(unsigned track, const QColor& background);

// WCAG contrast ratio of two colours, 1 to 21.
double contrastRatio(const QColor& a, const QColor& b);

} // namespace stichotrope::gui
