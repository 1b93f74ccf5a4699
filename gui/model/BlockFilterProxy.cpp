#include "BlockFilterProxy.hpp"

#include "BlockColumns.hpp"

namespace stichotrope::gui {

BlockFilterProxy::BlockFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // Re-sort as values change between polls, keeping the user's order.
    setDynamicSortFilter(true);
}

void BlockFilterProxy::setFilterText(const QString& text)
{
    if (text == text_)
        return;
    text_ = text;
    invalidateFilter();
}

void BlockFilterProxy::setHidesRowsWithoutHits(int hitsColumn)
{
    hits_column_ = hitsColumn;
    invalidateFilter();
}

bool BlockFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (hits_column_ >= 0
        && sourceModel()->index(sourceRow, hits_column_, sourceParent).data(SortRole).toULongLong() == 0)
        return false;
    if (text_.isEmpty())
        return true;
    for (int column : columns_) {
        const QModelIndex i = sourceModel()->index(sourceRow, column, sourceParent);
        const QString tooltip = i.data(Qt::ToolTipRole).toString();
        if (i.data(Qt::DisplayRole).toString().contains(text_, Qt::CaseInsensitive)
            || tooltip.contains(text_, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace stichotrope::gui
