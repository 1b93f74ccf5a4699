#include "BlockThreadsModel.hpp"

#include "BlockColumns.hpp"
#include "NaturalSort.hpp"

namespace stichotrope::gui {

BlockThreadsModel::BlockThreadsModel(QObject* parent) : QAbstractTableModel(parent) {}

void BlockThreadsModel::setSnapshot(SnapshotPtr snapshot)
{
    snapshot_ = std::move(snapshot);
    update();
}

void BlockThreadsModel::setBlock(std::optional<BlockKey> block)
{
    if (block == block_)
        return;
    beginResetModel();
    block_ = block;
    rows_.clear();
    rowByThread_.clear();
    endResetModel();
    update();
}

void BlockThreadsModel::clear()
{
    beginResetModel();
    rows_.clear();
    rowByThread_.clear();
    snapshot_.reset();
    endResetModel();
}

void BlockThreadsModel::update()
{
    if (!snapshot_ || !block_)
        return;
    int first = -1;
    int last = -1;
    std::vector<Row> added;
    for (const ThreadResult& t : snapshot_->results.threads) {
        const auto track = t.tracks.find(block_->track);
        if (track == t.tracks.end())
            continue;
        const auto block = track->second.blocks.find(block_->block);
        if (block == track->second.blocks.end())
            continue;
        const auto it = rowByThread_.constFind(t.thread_id);
        if (it == rowByThread_.constEnd()) {
            added.push_back({t.thread_id, QString::fromStdString(t.name), block->second});
            continue;
        }
        Row& row = rows_[std::size_t(*it)];
        if (row.stats.hit_count == block->second.hit_count && row.stats.total_ns == block->second.total_ns)
            continue;
        row.stats = block->second;
        first = first < 0 ? *it : std::min(first, *it);
        last = std::max(last, *it);
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1));
    if (!added.empty()) {
        const int begin = int(rows_.size());
        beginInsertRows({}, begin, begin + int(added.size()) - 1);
        for (Row& row : added) {
            rowByThread_.insert(row.thread, int(rows_.size()));
            rows_.push_back(std::move(row));
        }
        endInsertRows();
    }
}

int BlockThreadsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

int BlockThreadsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstStatColumn + kStatColumnCount;
}

QVariant BlockThreadsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = rows_[std::size_t(index.row())];
    if (role == ThreadIdRole)
        return qulonglong(row.thread);
    if (index.column() == ThreadColumn) {
        if (role == Qt::DisplayRole)
            return row.name;
        if (role == SortRole)
            return naturalSortKey(row.name);
        if (role == Qt::ToolTipRole)
            return tr("%1 (id %2)").arg(row.name).arg(row.thread);
        return {};
    }
    return statData(row.stats, StatColumn(index.column() - FirstStatColumn), role);
}

QVariant BlockThreadsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (role == Qt::ToolTipRole && section >= FirstStatColumn)
        return statHeaderToolTip(StatColumn(section - FirstStatColumn));
    if (role != Qt::DisplayRole)
        return {};
    if (section == ThreadColumn)
        return tr("Thread");
    return statHeader(StatColumn(section - FirstStatColumn));
}

} // namespace stichotrope::gui
