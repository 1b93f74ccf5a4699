#include "CompareModel.hpp"

#include "BlockColumns.hpp"
#include "ChangeColors.hpp"
#include "DurationFormat.hpp"
#include "TrackPalette.hpp"

#include <QLocale>

#include <cmath>

namespace stichotrope::gui {

QString compareMetricName(CompareMetric metric)
{
    switch (metric) {
    case CompareMetric::Total: return CompareModel::tr("Total time");
    case CompareMetric::Average: return CompareModel::tr("Average time");
    case CompareMetric::Hits: return CompareModel::tr("Hits");
    case CompareMetric::Share: return CompareModel::tr("Share of total");
    }
    return {};
}

CompareModel::CompareModel(Rows rows, QObject* parent) : QAbstractTableModel(parent), kind_(rows) {}

void CompareModel::setResults(SnapshotPtr base, SnapshotPtr current)
{
    base_ = std::move(base);
    current_ = std::move(current);
    recompute();
}

void CompareModel::setScope(const QString& threadName)
{
    if (threadName == scope_)
        return;
    scope_ = threadName;
    recompute();
}

void CompareModel::setMetric(CompareMetric metric)
{
    if (metric == metric_)
        return;
    metric_ = metric;
    if (!rows_.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, BaseColumn, DifferenceColumn);
}

void CompareModel::recompute()
{
    std::vector<ChangeRow> fresh;
    if (base_ && current_) {
        fresh = kind_ == Rows::Blocks ? compareBlocks(base_->results, current_->results, scope_)
                                      : compareThreads(base_->results, current_->results);
    }
    // Same rows (a live comparison, poll after poll): update in place, so the
    // view keeps its selection and scroll position.
    const bool sameRows = fresh.size() == rows_.size() &&
                          std::equal(fresh.begin(), fresh.end(), rows_.begin(), [](const ChangeRow& a, const ChangeRow& b) {
                              return a.track == b.track && a.name == b.name;
                          });
    if (sameRows) {
        rows_ = std::move(fresh);
        if (!rows_.empty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    rows_ = std::move(fresh);
    endResetModel();
}

int CompareModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

int CompareModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CompareModel::formatValue(double v) const
{
    switch (metric_) {
    case CompareMetric::Total:
    case CompareMetric::Average: return formatDuration(v);
    case CompareMetric::Hits: return formatCount(std::uint64_t(std::llround(v)));
    case CompareMetric::Share: return formatPercent(v);
    }
    return {};
}

QString CompareModel::formatDifference(double v) const
{
    const QString sign = v > 0 ? QStringLiteral("+") : v < 0 ? QStringLiteral("\u2212") : QString();
    return sign + formatValue(std::abs(v));
}

QVariant CompareModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChangeRow& row = rows_[std::size_t(index.row())];
    const Change change = row.change(metric_);
    if (role == ChangeRole)
        return int(change);
    const double base = row.base.value(metric_);
    const double current = row.current.value(metric_);
    const double ratio = row.ratio(metric_);
    switch (index.column()) {
    case TrackColumn:
        if (kind_ == Rows::Threads)
            return {};
        if (role == Qt::DisplayRole || role == SortRole)
            return row.trackName;
        if (role == Qt::DecorationRole)
            return trackColor(row.track);
        return {};
    case NameColumn:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return row.name;
        return {};
    case BaseColumn:
    case CurrentColumn: {
        const bool isBase = index.column() == BaseColumn;
        const Measure& m = isBase ? row.base : row.current;
        if (role == Qt::DisplayRole)
            return m.present ? formatValue(isBase ? base : current) : QStringLiteral("\u2014");
        if (role == SortRole)
            return isBase ? base : current;
        if (role == Qt::ToolTipRole)
            return m.present ? tr("%1 hits, %2 in all").arg(formatCount(m.hits), exactDuration(m.total_ns))
                             : tr("not in this run");
        break;
    }
    case DifferenceColumn:
        if (role == Qt::DisplayRole)
            return formatDifference(current - base);
        if (role == SortRole)
            return std::abs(current - base);
        break;
    case RatioColumn:
        if (role == Qt::DisplayRole) {
            if (change == Change::Added)
                return tr("new");
            if (change == Change::Removed)
                return tr("gone");
            return QLocale().toString(ratio, 'f', 2) + QChar(0x00d7);
        }
        if (role == SortRole)
            return std::isfinite(ratio) ? ratio : 1e300;
        break;
    case BaseHitsColumn:
    case CurrentHitsColumn: {
        const std::uint64_t hits = index.column() == BaseHitsColumn ? row.base.hits : row.current.hits;
        if (role == Qt::DisplayRole)
            return formatCount(hits);
        if (role == SortRole)
            return qulonglong(hits);
        break;
    }
    default: return {};
    }
    if (role == Qt::TextAlignmentRole)
        return statAlignment();
    if ((role == Qt::BackgroundRole) && (index.column() == DifferenceColumn || index.column() == RatioColumn) &&
        change != Change::Same) {
        QColor c = changeColor(change);
        c.setAlpha(90);
        return c;
    }
    if (role == Qt::ToolTipRole && (index.column() == DifferenceColumn || index.column() == RatioColumn)) {
        switch (change) {
        case Change::Regressed: return tr("Grew by more than %1 %").arg(kSignificantChange * 100);
        case Change::Improved: return tr("Shrank by more than %1 %").arg(kSignificantChange * 100);
        case Change::Added: return tr("Only in the current run");
        case Change::Removed: return tr("Only in the baseline");
        case Change::Same: return tr("Within %1 %").arg(kSignificantChange * 100);
        }
    }
    return {};
}

QVariant CompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const QString metric = compareMetricName(metric_);
    switch (section) {
    case TrackColumn: return kind_ == Rows::Threads ? QString() : tr("Track");
    case NameColumn: return kind_ == Rows::Threads ? tr("Thread") : tr("Block");
    case BaseColumn: return tr("Baseline: %1").arg(metric);
    case CurrentColumn: return tr("Current: %1").arg(metric);
    case DifferenceColumn: return tr("Difference");
    case RatioColumn: return tr("Ratio");
    case BaseHitsColumn: return tr("Baseline hits");
    case CurrentHitsColumn: return tr("Current hits");
    default: return {};
    }
}

} // namespace stichotrope::gui
