#include "DurationLogTicker.hpp"

#include "model/DurationFormat.hpp"

#include <array>
#include <cmath>

namespace stichotrope::gui {

QString DurationLogTicker::getTickLabel(double tick, const QLocale& locale, QChar, int)
{
    // Ticks are 1, 2 or 5 times a power of ten: "g" with three digits prints
    // them exactly. The margin keeps a tick computed as 999.999... in µs.
    const DurationUnit unit = durationUnitFor(tick * 1.001);
    return locale.toString(tick / unit.ns, 'g', 3) + QLatin1Char(' ') + unit.symbol;
}

QVector<double> DurationLogTicker::createTickVector(double tickStep, const QCPRange& range)
{
    one_two_five_ = range.lower > 0.0 && range.upper / range.lower < 1e3;
    if (!one_two_five_)
        return QCPAxisTickerLog::createTickVector(tickStep, range);
    QVector<double> ticks;
    for (double decade = std::pow(10.0, std::floor(std::log10(range.lower))); decade <= range.upper; decade *= 10.0) {
        for (const double m : {1.0, 2.0, 5.0}) {
            if (decade * m >= range.lower && decade * m <= range.upper)
                ticks.append(decade * m);
        }
    }
    return ticks;
}

int DurationLogTicker::getSubTickCount(double tickStep)
{
    // Linear sub-ticks between 1-2-5 ticks would be unevenly spaced on a log axis.
    return one_two_five_ ? 0 : QCPAxisTickerLog::getSubTickCount(tickStep);
}

} // namespace stichotrope::gui
