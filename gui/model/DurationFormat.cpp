#include "DurationFormat.hpp"

#include <QCoreApplication>
#include <QLocale>

#include <array>
#include <cmath>

namespace stichotrope::gui {

namespace {

// Three significant digits: 1.23, 12.3, 123.
QString threeDigits(double v)
{
    const double a = std::abs(v);
    const int decimals = a < 10 ? 2 : a < 100 ? 1 : 0;
    return QLocale().toString(v, 'f', decimals);
}

} // namespace

DurationUnit durationUnitFor(double ns)
{
    if (ns < 1000.0)
        return {1.0, QStringLiteral("ns")};
    if (ns < 1e6)
        return {1e3, QStringLiteral("µs")};
    if (ns < 1e9)
        return {1e6, QStringLiteral("ms")};
    return {1e9, QStringLiteral("s")};
}

QString formatDuration(double ns)
{
    const DurationUnit unit = durationUnitFor(ns);
    if (unit.ns == 1.0)
        return QLocale().toString(std::llround(ns)) + QStringLiteral(" ns");
    return threeDigits(ns / unit.ns) + QLatin1Char(' ') + unit.symbol;
}

QString exactDuration(std::uint64_t ns)
{
    return QLocale().toString(qulonglong(ns)) + QStringLiteral(" ns");
}

QString exactDuration(double ns)
{
    return QLocale().toString(ns, 'f', 1) + QStringLiteral(" ns");
}

QString formatBandwidth(double bytesPerSecond)
{
    if (bytesPerSecond <= 0.0)
        return {};
    // Translated: French writes octets (o/s, Mo/s).
    static const std::array<const char*, 5> kUnits = {
        QT_TRANSLATE_NOOP("DurationFormat", "B/s"), QT_TRANSLATE_NOOP("DurationFormat", "KB/s"),
        QT_TRANSLATE_NOOP("DurationFormat", "MB/s"), QT_TRANSLATE_NOOP("DurationFormat", "GB/s"),
        QT_TRANSLATE_NOOP("DurationFormat", "TB/s")};
    std::size_t unit = 0;
    double v = bytesPerSecond;
    while (v >= 1000.0 && unit + 1 < kUnits.size()) {
        v /= 1000.0;
        ++unit;
    }
    return threeDigits(v) + QLatin1Char(' ') + QCoreApplication::translate("DurationFormat", kUnits[unit]);
}

QString formatCount(std::uint64_t n)
{
    return QLocale().toString(qulonglong(n));
}

QString formatPercent(double percent)
{
    return QLocale().toString(percent, 'f', 1) + QStringLiteral(" %");
}

} // namespace stichotrope::gui
