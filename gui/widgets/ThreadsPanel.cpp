#include "ThreadsPanel.hpp"

#include "TextCellDelegate.hpp"
#include "model/BlockColumns.hpp"
#include "model/ThreadListModel.hpp"

#include <QFontMetrics>

#include <algorithm>
#include <QHeaderView>
#include <QKeyEvent>
#include <QSortFilterProxyModel>

namespace stichotrope::gui {

ThreadsPanel::ThreadsPanel(ThreadListModel* model, QWidget* parent) : QTreeView(parent)
{
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(SortRole);
    proxy->setDynamicSortFilter(true);
    setModel(proxy);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setItemDelegate(new TextCellDelegate(this));
    setAlternatingRowColors(true);
    setSortingEnabled(true);
    sortByColumn(ThreadListModel::NameColumn, Qt::AscendingOrder);
    setSelectionBehavior(SelectRows);
    setSelectionMode(ExtendedSelection);
    // Fixed widths from sample text: measuring every row on every poll
    // (ResizeToContents) would cost more than the update itself.
    const QFontMetrics fm(font());
    const QString alive = ThreadListModel::tr("alive");
    const QString exited = ThreadListModel::tr("exited"); // as translated: "terminé" is wider
    const QString samples[] = {QStringLiteral("worker-00"), QStringLiteral("000000"),
                               fm.horizontalAdvance(alive) > fm.horizontalAdvance(exited) ? alive : exited,
                               QStringLiteral("000,000"), QStringLiteral("000 ms")};
    for (int c = 0; c < ThreadListModel::ShareColumn; ++c)
        setColumnWidth(c, std::max(fm.horizontalAdvance(samples[c]),
                                   fm.horizontalAdvance(model->headerData(c, Qt::Horizontal).toString()) + 14)
                              + 8);
    header()->setStretchLastSection(true);
    setToolTip(tr("Select threads to show only them in the other views; Esc shows all."));
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { Q_EMIT threadsSelected(selectedThreads()); });
}

void ThreadsPanel::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && selectionModel()->hasSelection()) {
        clearSelection(); // back to all threads
        event->accept();
        return;
    }
    QTreeView::keyPressEvent(event);
}

QSet<std::uint64_t> ThreadsPanel::selectedThreads() const
{
    QSet<std::uint64_t> ids;
    for (const QModelIndex& row : selectionModel()->selectedRows())
        ids.insert(row.data(ThreadListModel::ThreadIdRole).toULongLong());
    return ids;
}

} // namespace stichotrope::gui
