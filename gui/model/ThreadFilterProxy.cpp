#include "ThreadFilterProxy.hpp"

#include "BlockColumns.hpp"

namespace stichotrope::gui {

ThreadFilterProxy::ThreadFilterProxy(int threadIdRole, QObject* parent)
    : QSortFilterProxyModel(parent), role_(threadIdRole)
{
    setSortRole(SortRole);
    setDynamicSortFilter(true);
}

void ThreadFilterProxy::setThreads(const QSet<std::uint64_t>& threads)
{
    if (threads == threads_)
        return;
    threads_ = threads;
    invalidateFilter();
}

bool ThreadFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (threads_.isEmpty() || sourceParent.isValid())
        return true;
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    return threads_.contains(i.data(role_).toULongLong());
}

} // namespace stichotrope::gui
