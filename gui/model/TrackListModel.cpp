#include "TrackListModel.hpp"

#include "BlockColumns.hpp"
#include "DurationFormat.hpp"
#include "TrackPalette.hpp"

namespace stichotrope::gui {

TrackListModel::TrackListModel(QObject* parent) : KeyedTableModel(parent) {}

void TrackListModel::setSnapshot(const SnapshotPtr& snapshot)
{
    if (!snapshot)
        return;
    updateRows([&](auto&& offer) {
        for (const auto& [t, track] : snapshot->results.tracks) {
            TrackListRow fresh{t, QString::fromStdString(track.name), track.enabled, track.hit_count(),
                               track.total_ns()};
            offer(t, [&] { return fresh; }, [&](TrackListRow& row) { return replaceIfChanged(row, fresh); });
        }
    });
}

void TrackListModel::clear()
{
    clearRows();
}

void TrackListModel::toggle(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    setData(index(row, NameColumn), rows_[std::size_t(row)].enabled ? Qt::Unchecked : Qt::Checked,
            Qt::CheckStateRole);
}

int TrackListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrackListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TrackListRow& row = rows_[std::size_t(index.row())];
    if (role == TrackRole)
        return row.track;
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return row.name;
        if (role == Qt::ToolTipRole)
            return tr("Track %1: %2").arg(row.track).arg(row.enabled ? tr("recording") : tr("off"));
        if (role == Qt::CheckStateRole)
            return row.enabled ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::DecorationRole)
            return trackColor(row.track);
        return {};
    case HitsColumn:
        if (role == Qt::DisplayRole)
            return formatCount(row.hits);
        if (role == SortRole || role == Qt::ToolTipRole)
            return qulonglong(row.hits);
        break;
    case TimeColumn:
        if (role == Qt::DisplayRole)
            return formatDuration(double(row.ns));
        if (role == SortRole)
            return qulonglong(row.ns);
        if (role == Qt::ToolTipRole)
            return exactDuration(row.ns);
        break;
    default:
        return {};
    }
    if (role == Qt::TextAlignmentRole)
        return statAlignment();
    return {};
}

bool TrackListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (readOnly_ || role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != 0)
        return false;
    TrackListRow& row = rows_[std::size_t(index.row())];
    const bool enabled = value.value<Qt::CheckState>() == Qt::Checked;
    if (enabled == row.enabled)
        return true;
    // Shown at once; the next snapshot reports the engine's actual state.
    row.enabled = enabled;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole, Qt::ToolTipRole});
    Q_EMIT trackEnableRequested(row.track, enabled);
    return true;
}

Qt::ItemFlags TrackListModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn && !readOnly_)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant TrackListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Track");
    case HitsColumn: return tr("Hits");
    case TimeColumn: return tr("Time");
    default: return {};
    }
}

} // namespace stichotrope::gui
