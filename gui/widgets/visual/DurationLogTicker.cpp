#include "DurationLogTicker.hpp"

#include "model/DurationFormat.hpp"

#include <cmath>

namespace stichotrope::gui {

namespace {

constexpr double kLabelGapPx = 8.0; // between two neighbouring labels

} // namespace

QString DurationLogTicker::getTickLabel(double tick, const QLocale& locale, QChar, int)
{
    // Ticks are 1, 2 or 5 times a power of ten: "g" with three digits prints
    // them exactly. The margin keeps a tick computed as 999.999... in µs.
    const DurationUnit unit = durationUnitFor(tick * 1.001);
    return locale.toString(tick / unit.ns, 'g', 3) + QLatin1Char(' ') + unit.symbol;
}

QVector<double> DurationLogTicker::createTickVector(double tickStep, const QCPRange& range)
{
    one_two_five_ = false;
    if (range.lower <= 0.0 || range.upper / range.lower >= 1e3)
        return QCPAxisTickerLog::createTickVector(tickStep, range);
    QVector<double> ticks;
    for (double decade = std::pow(10.0, std::floor(std::log10(range.lower))); decade <= range.upper; decade *= 10.0) {
        for (const double m : {1.0, 2.0, 5.0}) {
            if (decade * m >= range.lower && decade * m <= range.upper)
                ticks.append(decade * m);
        }
    }
    // Within one decade powers of ten alone would leave one label or none:
    // 1-2-5 even when tight. Over more, only if the labels fit side by side.
    one_two_five_ = range.upper / range.lower < 10.0 || labelsFit(ticks, range);
    if (one_two_five_)
        return ticks;
    // Else every power of ten: a decade apart, they fit wherever 1-2-5 did
    // not. (QCPAxisTickerLog itself turns linear under 1.6 decades: 1, 2, 3,
    // 4, 5 ms crowd together at the right of a log axis.)
    QVector<double> decades;
    for (const double t : std::as_const(ticks))
        if (std::abs(std::log10(t) - std::round(std::log10(t))) < 1e-9)
            decades.append(t);
    return decades;
}

bool DurationLogTicker::labelsFit(const QVector<double>& ticks, const QCPRange& range)
{
    const QCPAxisRect* rect = axis_->axisRect();
    const double length = axis_->orientation() == Qt::Horizontal ? rect->width() : rect->height();
    if (length <= 0.0)
        return false;
    const QFontMetricsF metrics(axis_->tickLabelFont());
    const double pixelsPerDecade = length / std::log10(range.upper / range.lower);
    const QLocale locale;
    double previousHalf = 0.0;
    for (qsizetype i = 0; i < ticks.size(); ++i) {
        const double half = metrics.horizontalAdvance(getTickLabel(ticks[i], locale, 'g', 3)) / 2.0;
        if (i > 0 && pixelsPerDecade * std::log10(ticks[i] / ticks[i - 1]) < previousHalf + half + kLabelGapPx)
            return false;
        previousHalf = half;
    }
    return true;
}

int DurationLogTicker::getSubTickCount(double tickStep)
{
    // Linear sub-ticks between 1-2-5 ticks would be unevenly spaced on a log axis.
    return one_two_five_ ? 0 : QCPAxisTickerLog::getSubTickCount(tickStep);
}

} // namespace stichotrope::gui
