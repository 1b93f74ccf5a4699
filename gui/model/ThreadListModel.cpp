#include "ThreadListModel.hpp"

#include "BlockColumns.hpp"
#include "DurationFormat.hpp"
#include "NaturalSort.hpp"

namespace stichotrope::gui {

ThreadListModel::ThreadListModel(QObject* parent) : KeyedTableModel(parent) {}

void ThreadListModel::setSnapshot(const SnapshotPtr& snapshot)
{
    if (!snapshot)
        return;
    const Results& r = snapshot->results;
    std::vector<Totals> totals;
    totals.reserve(r.threads.size());
    std::uint64_t all = 0;
    ThreadTotals scratch;
    for (std::size_t i = 0; i < r.threads.size(); ++i) {
        totals.push_back(totalsOf(*snapshot, i, scratch).all);
        all += totals.back().ns;
    }

    updateRows([&](auto&& offer) {
        for (std::size_t i = 0; i < r.threads.size(); ++i) {
            const ThreadResult& t = r.threads[i];
            const std::uint64_t ns = totals[i].ns;
            ThreadListRow fresh{t.thread_id, t.os_tid, QString::fromStdString(t.name), t.alive, totals[i].hits, ns,
                                all ? 100.0 * double(ns) / double(all) : 0.0};
            offer(t.thread_id, [&] { return fresh; }, [&](ThreadListRow& row) { return replaceIfChanged(row, fresh); });
        }
    });
}

void ThreadListModel::clear()
{
    clearRows();
}

int ThreadListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ThreadListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ThreadListRow& row = rows_[std::size_t(index.row())];
    if (role == ThreadIdRole)
        return qulonglong(row.id);
    const bool display = role == Qt::DisplayRole;
    switch (index.column()) {
    case NameColumn:
        if (display || role == Qt::ToolTipRole)
            return row.name;
        if (role == SortRole)
            return naturalSortKey(row.name);
        break;
    case IdColumn:
        if (display)
            return QString::number(row.os_tid);
        if (role == SortRole)
            return qulonglong(row.os_tid);
        break;
    case StateColumn:
        if (display || role == SortRole)
            return row.alive ? tr("alive") : tr("exited");
        break;
    case HitsColumn:
        if (display)
            return formatCount(row.hits);
        if (role == SortRole || role == Qt::ToolTipRole)
            return qulonglong(row.hits);
        break;
    case TimeColumn:
        if (display)
            return formatDuration(double(row.ns));
        if (role == SortRole)
            return qulonglong(row.ns);
        if (role == Qt::ToolTipRole)
            return exactDuration(row.ns);
        break;
    case ShareColumn:
        if (display)
            return formatPercent(row.share);
        if (role == SortRole)
            return row.share;
        break;
    default:
        break;
    }
    if (role == Qt::TextAlignmentRole && index.column() >= HitsColumn)
        return statAlignment();
    return {};
}

QVariant ThreadListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Thread");
    case IdColumn: return tr("Id");
    case StateColumn: return tr("State");
    case HitsColumn: return tr("Hits");
    case TimeColumn: return tr("Time");
    case ShareColumn: return tr("Share");
    default: return {};
    }
}

} // namespace stichotrope::gui
