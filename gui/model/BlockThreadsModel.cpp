#include "BlockThreadsModel.hpp"

#include "BlockColumns.hpp"
#include "NaturalSort.hpp"

namespace stichotrope::gui {

BlockThreadsModel::BlockThreadsModel(QObject* parent) : KeyedTableModel(parent) {}

void BlockThreadsModel::setSnapshot(SnapshotPtr snapshot)
{
    snapshot_ = std::move(snapshot);
    update();
}

void BlockThreadsModel::setBlock(std::optional<BlockKey> block)
{
    if (block == block_)
        return;
    block_ = block;
    clearRows();
    update();
}

void BlockThreadsModel::clear()
{
    snapshot_.reset();
    clearRows();
}

void BlockThreadsModel::update()
{
    if (!snapshot_ || !block_)
        return;
    updateRows([&](auto&& offer) {
        for (const ThreadResult& t : snapshot_->results.threads) {
            const auto track = t.tracks.find(block_->track);
            if (track == t.tracks.end())
                continue;
            const auto block = track->second.blocks.find(block_->block);
            if (block == track->second.blocks.end())
                continue;
            const BlockStats& stats = block->second;
            // A block that did not run still changes share when the thread's
            // other blocks do, and threads can be renamed.
            const QString name = QString::fromStdString(t.name);
            offer(t.thread_id, [&] { return BlockThreadsRow{t.thread_id, name, stats}; },
                  [&](BlockThreadsRow& row) {
                      if (sameStats(row.stats, stats) && row.name == name)
                          return false;
                      row.stats = stats;
                      row.name = name;
                      return true;
                  });
        }
    });
}

int BlockThreadsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstStatColumn + kStatColumnCount;
}

QVariant BlockThreadsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BlockThreadsRow& row = rows_[std::size_t(index.row())];
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
    if (section >= FirstStatColumn)
        return statHeaderData(StatColumn(section - FirstStatColumn), role);
    return role == Qt::DisplayRole ? QVariant(tr("Thread")) : QVariant();
}

} // namespace stichotrope::gui
