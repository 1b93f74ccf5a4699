// The statistics columns shared by every block table (merged, per-thread
// tree, block-by-thread): one definition of headers, display text, exact
// tooltips and sort keys.
#pragma once

#include <stichotrope/results.hpp>

#include <QString>
#include <QVariant>

namespace stichotrope::gui {

// Role carrying the raw numeric value that proxies sort by.
inline constexpr int SortRole = Qt::UserRole + 1;

enum class StatColumn {
    Hits,
    Total,
    Avg,
    Min,
    Max,
    PercentTrack,
    PercentTotal,
    Bandwidth,
    Median,
    P99,
};
inline constexpr int kStatColumnCount = 10;

// The column's header: its name (display role) or what it means (tooltip).
QVariant statHeaderData(StatColumn column, int role);
// Display text, tooltip (exact value) or sort key for the given role; an
// invalid QVariant for other roles.
QVariant statData(const BlockStats& stats, StatColumn column, int role);
// Right-aligned numbers.
QVariant statAlignment();
// Whether two snapshots of a block show the same in every statistics column:
// its counters and shares (the quantiles cannot change without a hit).
bool sameStats(const BlockStats& a, const BlockStats& b);

} // namespace stichotrope::gui
