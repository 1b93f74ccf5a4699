// Human-readable units for durations, rates and sizes, plus the exact text
// shown in tooltips so rounding never hides the real value.
#pragma once

#include <QString>

#include <cstdint>

namespace stichotrope::gui {

// The unit formatDuration() writes `ns` in: its length and symbol ("ms").
// Also the unit of a duration axis whose largest value is `ns`.
struct DurationUnit {
    double ns;
    QString symbol;
};
DurationUnit durationUnitFor(double ns);

// "850 ns", "12.4 µs", "3.21 ms", "1.50 s": three significant digits.
QString formatDuration(double ns);
// "1,234,567 ns" in the user's locale.
QString exactDuration(std::uint64_t ns);
QString exactDuration(double ns);
// "1.25 GB/s"; empty for 0 (blocks without a byte count).
QString formatBandwidth(double bytesPerSecond);
QString formatCount(std::uint64_t n);
QString formatPercent(double percent);

} // namespace stichotrope::gui
