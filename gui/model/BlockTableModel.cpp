#include "BlockTableModel.hpp"

#include "BlockColumns.hpp"
#include "ThreadFilter.hpp"
#include "TrackPalette.hpp"

#include <QFileInfo>

namespace stichotrope::gui {

BlockTableModel::BlockTableModel(QObject* parent) : KeyedTableModel(parent) {}

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
    snapshot_.reset();
    clearRows();
}

void BlockTableModel::rebuild()
{
    if (!snapshot_)
        return;
    TrackMap filtered;
    const TrackMap& tracks = tracksOfThreads(snapshot_->results, threads_, filtered);

    updateRows([&](auto&& offer) {
        for (const auto& [t, track] : tracks) {
            const QString trackName = QString::fromStdString(track.name); // renamable live
            for (const auto& entry : track.blocks) {
                // Named, not structured bindings: lambdas capture them.
                const BlockStats& stats = entry.second;
                const BlockKey key{t, entry.first};
                const auto make = [&] {
                    const QString file = QFileInfo(QString::fromUtf8(stats.file)).fileName();
                    return BlockTableRow{key, trackName, QString::fromUtf8(stats.name),
                                         QStringLiteral("%1:%2").arg(file).arg(stats.line), stats};
                };
                offer(packed(key), make, [&](BlockTableRow& row) {
                    if (sameStats(row.stats, stats) && row.trackName == trackName)
                        return false;
                    row.stats = stats;
                    row.trackName = trackName;
                    return true;
                });
            }
        }
    });
}

int BlockTableModel::rowOf(BlockKey key) const
{
    return rowOfKey(packed(key));
}

int BlockTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstStatColumn + kStatColumnCount;
}

QVariant BlockTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BlockTableRow& row = rows_[std::size_t(index.row())];
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
    if (section >= FirstStatColumn)
        return statHeaderData(StatColumn(section - FirstStatColumn), role);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TrackColumn: return tr("Track");
    case BlockColumn: return tr("Block");
    default: return tr("File:Line");
    }
}

} // namespace stichotrope::gui
