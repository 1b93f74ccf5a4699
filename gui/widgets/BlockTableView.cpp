#include "BlockTableView.hpp"

#include "StatTreeView.hpp"
#include "model/BlockFilterProxy.hpp"
#include "model/BlockTableModel.hpp"
#include "model/ViewSelection.hpp"

#include <QLineEdit>
#include <QVBoxLayout>

namespace stichotrope::gui {

BlockTableView::BlockTableView(BlockTableModel* model, ViewSelection* selection, QWidget* parent)
    : QWidget(parent), model_(model), selection_(selection), proxy_(new BlockFilterProxy(this)),
      view_(new StatTreeView(this)), filter_(new QLineEdit(this))
{
    proxy_->setSourceModel(model);
    proxy_->setFilterColumns(
        {BlockTableModel::TrackColumn, BlockTableModel::BlockColumn, BlockTableModel::LocationColumn});
    view_->setModel(proxy_);
    view_->setRootIsDecorated(false);
    view_->sortByColumn(BlockTableModel::FirstStatColumn + 1, Qt::DescendingOrder); // by total time

    filter_->setPlaceholderText(tr("Filter by block, file or track"));
    filter_->setClearButtonEnabled(true);
    connect(filter_, &QLineEdit::textChanged, proxy_, &BlockFilterProxy::setFilterText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(filter_);
    layout->addWidget(view_);

    connect(model, &QAbstractItemModel::rowsInserted, view_, &StatTreeView::fitColumnsOnce);
    connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!current.isValid())
                    return;
                const QModelIndex source = proxy_->mapToSource(current);
                selection_->setBlock(model_->keyAt(source.row()));
            });
}

} // namespace stichotrope::gui
