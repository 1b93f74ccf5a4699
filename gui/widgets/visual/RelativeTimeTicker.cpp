#include "RelativeTimeTicker.hpp"

namespace stichotrope::gui {

QVector<double> RelativeTimeTicker::createTickVector(double tickStep, const QCPRange& range)
{
    QVector<double> ticks = QCPAxisTicker::createTickVector(tickStep, QCPRange(range.lower - origin_, range.upper - origin_));
    for (double& t : ticks)
        t += origin_;
    return ticks;
}

QString RelativeTimeTicker::getTickLabel(double tick, const QLocale& locale, QChar formatChar, int precision)
{
    return QCPAxisTicker::getTickLabel(tick - origin_, locale, formatChar, precision);
}

} // namespace stichotrope::gui
