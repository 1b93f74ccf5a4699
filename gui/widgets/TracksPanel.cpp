#include "TracksPanel.hpp"

#include "model/TrackListModel.hpp"

#include <QHeaderView>
#include <QKeyEvent>

namespace stichotrope::gui {

TracksPanel::TracksPanel(TrackListModel* model, QWidget* parent) : QTreeView(parent), model_(model)
{
    setModel(model);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionBehavior(SelectRows);
    setSelectionMode(SingleSelection);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(TrackListModel::NameColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(TrackListModel::HitsColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(TrackListModel::TimeColumn, QHeaderView::ResizeToContents);
    setToolTip(tr("Check a track to record it; Space toggles the current track, Alt+1 to Alt+9 the first nine."));
}

void TracksPanel::keyPressEvent(QKeyEvent* event)
{
    // Space and Enter toggle wherever the focus sits in the row.
    if ((event->key() == Qt::Key_Space || event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && currentIndex().isValid()) {
        model_->toggle(currentIndex().row());
        event->accept();
        return;
    }
    QTreeView::keyPressEvent(event);
}

} // namespace stichotrope::gui
