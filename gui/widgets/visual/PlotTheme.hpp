// Colours a QCustomPlot from a widget palette (background, axes, ticks,
// grid, legend, titles), so plots follow the light and dark themes.
#pragma once

class QCustomPlot;
class QPalette;

namespace stichotrope::gui {

void applyPlotTheme(QCustomPlot* plot, const QPalette& palette);

} // namespace stichotrope::gui
