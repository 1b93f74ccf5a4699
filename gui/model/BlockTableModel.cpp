#include "BlockTableModel.hpp"

#include "BlockColumns.hpp"
#include "ThreadFilter.hpp"
#include "TrackPalette.hpp"

#include <QFileInfo>

namespace stichotrope::gui {

namespace {

bool sameStats(const BlockStats& a, const BlockStats& b)
{
    return a.hit_count == b.hit_count && a.total_ns == b.total_ns && a.min_ns == b.min_ns && a.max_ns == b.max_ns
           && a.bytes == b.bytes && a.percent_of_track == b.percent_of_track
           && a.percent_of_total == b.percent_of_total;
}

} // namespace

BlockTableModel::BlockTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void BlockTableModel::setSnapshot(SnapshotPtr snapshot)
{
    snapshot_ = std::move(snapshot);
    rebuild();
}

void BlockTableModel::setThreadFilter(const QSet<std::uint64_t>& threads)
{
    threads_ = threads;
    rebuild();
}

void BlockTableModel::clear()
{
    beginResetModel();
    rows_.clear();
    rowByKey_.clear();
    snapshot_.reset();
    endResetModel();
}

void BlockTableModel::rebuild()
{
    if (!snapshot_)
        return;
    TrackMap filtered;
    const TrackMap& tracks = tracksOfThreads(snapshot_->results, threads_, filtered);

    int firstChanged = -1;
    int lastChanged = -1;
    std::vector<Row> added;
    for (const auto& [t, track] : tracks) {
        const QString trackName = QString::fromStdString(track.name); // renamable live
        for (const auto& [b, stats] : track.blocks) {
            const BlockKey key{t, b};
            const auto it = rowByKey_.constFind(packed(key));
            if (it == rowByKey_.constEnd()) {
                added.push_back({key, trackName, QString::fromUtf8(stats.name),
                                 QStringLiteral("%1:%2")
                                     .arg(QFileInfo(QString::fromUtf8(stats.file)).fileName())
                                     .arg(stats.line),
                                 stats});
                continue;
            }
            Row& row = rows_[std::size_t(*it)];
            if (sameStats(row.stats, stats) && row.trackName == trackName)
                continue;
            row.stats = stats;
            row.trackName = trackName;
            firstChanged = firstChanged < 0 ? *it : std::min(firstChanged, *it);
            lastChanged = std::max(lastChanged, *it);
        }
    }
    // One range for all changed rows: views repaint once per poll.
    if (firstChanged >= 0)
        Q_EMIT dataChanged(index(firstChanged, 0), index(lastChanged, columnCount() - 1));
    if (!added.empty()) {
        const int first = int(rows_.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (Row& row : added) {
            rowByKey_.insert(packed(row.key), int(rows_.size()));
            rows_.push_back(std::move(row));
        }
        endInsertRows();
    }
}

int BlockTableModel::rowOf(BlockKey key) const
{
    return rowByKey_.value(packed(key), -1);
}

int BlockTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

int BlockTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstStatColumn + kStatColumnCount;
}

QVariant BlockTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = rows_[std::size_t(index.row())];
    if (role == TrackRole)
        return row.key.track;
    if (role == BlockRole)
        return row.key.block;
    switch (index.column()) {
    case TrackColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return row.trackName;
        if (role == SortRole)
            return row.trackName;
        if (role == Qt::DecorationRole)
            return trackColor(row.key.track);
        return {};
    case BlockColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole)
            return row.blockName;
        return {};
    case LocationColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return row.location;
        if (role == Qt::ToolTipRole)
            return QStringLiteral("%1:%2").arg(QString::fromUtf8(row.stats.file)).arg(row.stats.line);
        return {};
    default:
        return statData(row.stats, StatColumn(index.column() - FirstStatColumn), role);
    }
}

QVariant BlockTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (role == Qt::ToolTipRole && section >= FirstStatColumn)
        return statHeaderToolTip(StatColumn(section - FirstStatColumn));
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TrackColumn: return tr("Track");
    case BlockColumn: return tr("Block");
    case LocationColumn: return tr("File:Line");
    default: return statHeader(StatColumn(section - FirstStatColumn));
    }
}

} // namespace stichotrope::gui
