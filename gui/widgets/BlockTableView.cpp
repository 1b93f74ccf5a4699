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
    filter_->setToolTip(tr("Show only the blocks whose name, file or track contains this text"));
    connect(filter_, &QLineEdit::textChanged, proxy_, &BlockFilterProxy::setFilterText);
    view_->setWhatsThis(tr("Every block of every thread, merged: one row per block with its hits and times. "
                           "Click a header to sort; select a row to plot the block and compare it across "
                           "threads. Ctrl+C copies the selected rows, the context menu copies them as CSV."));
    empty_text_ = tr("No block recorded yet.\nBlocks appear at the next poll once the program runs code marked "
                     "with STICHO_BLOCK or STICHO_FUNCTION.");
    connect(filter_, &QLineEdit::textChanged, this, &BlockTableView::updatePlaceholder);
    updatePlaceholder();

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

void BlockTableView::setEmptyText(const QString& text)
{
    empty_text_ = text;
    updatePlaceholder();
}

void BlockTableView::updatePlaceholder()
{
    view_->setPlaceholderText(filter_->text().isEmpty() ? empty_text_
                                                        : tr("No block matches \"%1\".").arg(filter_->text()));
}

} // namespace stichotrope::gui
