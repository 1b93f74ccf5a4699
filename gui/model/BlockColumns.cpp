#include "BlockColumns.hpp"

#include "DurationFormat.hpp"

#include <QCoreApplication>

namespace stichotrope::gui {

namespace {
// The translation context "BlockColumns", for lupdate and at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(BlockColumns)
};
} // namespace

namespace {

QString statHeader(StatColumn column)
{
    switch (column) {
    case StatColumn::Hits: return QCoreApplication::translate("BlockColumns", "Hits");
    case StatColumn::Total: return QCoreApplication::translate("BlockColumns", "Total");
    case StatColumn::Avg: return QCoreApplication::translate("BlockColumns", "Avg");
    case StatColumn::Min: return QCoreApplication::translate("BlockColumns", "Min");
    case StatColumn::Max: return QCoreApplication::translate("BlockColumns", "Max");
    case StatColumn::PercentTrack: return QCoreApplication::translate("BlockColumns", "% Track");
    case StatColumn::PercentTotal: return QCoreApplication::translate("BlockColumns", "% Total");
    case StatColumn::Bandwidth: return QCoreApplication::translate("BlockColumns", "Bandwidth");
    case StatColumn::Median: return QCoreApplication::translate("BlockColumns", "Median");
    case StatColumn::P99: return QCoreApplication::translate("BlockColumns", "p99");
    }
    return {};
}

QString statHeaderToolTip(StatColumn column)
{
    switch (column) {
    case StatColumn::Hits: return Text::tr("Executions of the block");
    case StatColumn::Total: return Text::tr("Time spent in the block, children included");
    case StatColumn::Avg: return Text::tr("Average time of one execution");
    case StatColumn::Min: return Text::tr("Shortest execution");
    case StatColumn::Max: return Text::tr("Longest execution");
    case StatColumn::PercentTrack: return Text::tr("Share of the time of the block's track");
    case StatColumn::PercentTotal: return Text::tr("Share of the time of every track");
    case StatColumn::Bandwidth: return Text::tr("Bytes per second, for blocks that declare the bytes they process");
    case StatColumn::Median:
        return Text::tr("Median duration, from the histogram (within about 3%). Histograms are read less often "
                        "than the counts: once a second while polling");
    case StatColumn::P99:
        return Text::tr("99th percentile of the durations: 1 execution in 100 takes longer. From the histogram, "
                        "read once a second while polling");
    }
    return {};
}

} // namespace

QVariant statHeaderData(StatColumn column, int role)
{
    if (role == Qt::DisplayRole)
        return statHeader(column);
    if (role == Qt::ToolTipRole)
        return statHeaderToolTip(column);
    return {};
}

QVariant statData(const BlockStats& s, StatColumn column, int role)
{
    if (role == SortRole) {
        switch (column) {
        case StatColumn::Hits: return qulonglong(s.hit_count);
        case StatColumn::Total: return qulonglong(s.total_ns);
        case StatColumn::Avg: return s.avg_ns();
        case StatColumn::Min: return qulonglong(s.min_ns);
        case StatColumn::Max: return qulonglong(s.max_ns);
        case StatColumn::PercentTrack: return s.percent_of_track;
        case StatColumn::PercentTotal: return s.percent_of_total;
        case StatColumn::Bandwidth: return s.bandwidth_bytes_per_s();
        case StatColumn::Median: return qulonglong(s.median_ns());
        case StatColumn::P99: return qulonglong(s.p99_ns());
        }
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case StatColumn::Hits: return formatCount(s.hit_count);
        case StatColumn::Total: return formatDuration(double(s.total_ns));
        case StatColumn::Avg: return formatDuration(s.avg_ns());
        case StatColumn::Min: return formatDuration(double(s.min_ns));
        case StatColumn::Max: return formatDuration(double(s.max_ns));
        case StatColumn::PercentTrack: return formatPercent(s.percent_of_track);
        case StatColumn::PercentTotal: return formatPercent(s.percent_of_total);
        case StatColumn::Bandwidth: return formatBandwidth(s.bandwidth_bytes_per_s());
        case StatColumn::Median: return formatDuration(double(s.median_ns()));
        case StatColumn::P99: return formatDuration(double(s.p99_ns()));
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case StatColumn::Hits: return QString::number(s.hit_count);
        case StatColumn::Total: return exactDuration(s.total_ns);
        case StatColumn::Avg: return exactDuration(s.avg_ns());
        case StatColumn::Min: return exactDuration(s.min_ns);
        case StatColumn::Max: return exactDuration(s.max_ns);
        case StatColumn::PercentTrack: return QString::number(s.percent_of_track, 'f', 4) + QStringLiteral(" %");
        case StatColumn::PercentTotal: return QString::number(s.percent_of_total, 'f', 4) + QStringLiteral(" %");
        case StatColumn::Bandwidth:
            return QCoreApplication::translate("BlockColumns", "%1 bytes in %2")
                .arg(QString::number(s.bytes), exactDuration(s.total_ns));
        case StatColumn::Median: return exactDuration(s.median_ns());
        case StatColumn::P99: return exactDuration(s.p99_ns());
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole)
        return statAlignment();
    return {};
}

QVariant statAlignment()
{
    return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
}

bool sameStats(const BlockStats& a, const BlockStats& b)
{
    return a.hit_count == b.hit_count && a.total_ns == b.total_ns && a.min_ns == b.min_ns && a.max_ns == b.max_ns
           && a.bytes == b.bytes && a.percent_of_track == b.percent_of_track
           && a.percent_of_total == b.percent_of_total;
}

} // namespace stichotrope::gui
