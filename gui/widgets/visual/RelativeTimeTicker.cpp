#include "RelativeTimeTicker.hpp"

#include "model/DurationFormat.hpp"

#include <algorithm>
#include <cmath>

namespace stichotrope::gui {

QVector<double> RelativeTimeTicker::createTickVector(double tickStep, const QCPRange& range)
{
    const QCPRange relative(range.lower - origin_, range.upper - origin_);
    const DurationUnit unit = durationUnitFor(std::max(std::abs(relative.lower), std::abs(relative.upper)) * 1e9);
    step_s_ = tickStep;
    unit_per_s_ = 1e9 / unit.ns;
    unit_ = unit.symbol;
    QVector<double> ticks = QCPAxisTicker::createTickVector(tickStep, relative);
    for (double& t : ticks)
        t += origin_;
    return ticks;
}

QString RelativeTimeTicker::getTickLabel(double tick, const QLocale& locale, QChar, int)
{
    // Ticks are whole multiples of the step: rounding to it drops the noise
    // that subtracting the origin leaves ("-2.5000000001").
    const double steps = step_s_ > 0.0 ? std::round((tick - origin_) / step_s_) : 0.0;
    const double value = steps * step_s_ * unit_per_s_;
    return locale.toString(value == 0.0 ? 0.0 : value, 'g', 6) + QLatin1Char(' ') + unit_;
}

} // namespace stichotrope::gui
