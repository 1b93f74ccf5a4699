// Lists every track with its colour, name, hits and time; the checkboxes (or
// Space on the current row) turn recording on and off.
#pragma once

#include <QTreeView>

namespace stichotrope::gui {

class TrackListModel;

class TracksPanel : public QTreeView {
    Q_OBJECT

public:
    explicit TracksPanel(TrackListModel* model, QWidget* parent = nullptr);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    TrackListModel* model_;
};

} // namespace stichotrope::gui
