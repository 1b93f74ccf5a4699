// Colours of a change, the same in the comparison table and the flame graph
// coloured by change: red for more (a regression when the metric is time),
// blue for less; grey when the change is below kSignificantChange.
#pragma once

#include "Comparison.hpp"

#include <QColor>

namespace stichotrope::gui {

QColor changeColor(Change change);
// Graded by the ratio: full colour at twice (or half) the baseline.
QColor changeShade(bool inBase, double base, double current);

} // namespace stichotrope::gui
