// The merged block table with its filter box. Selecting a row reports the
// block to the shared ViewSelection.
#pragma once

#include <QString>
#include <QWidget>

class QLineEdit;

namespace stichotrope::gui {

class BlockFilterProxy;
class BlockTableModel;
class StatTreeView;
class ViewSelection;

class BlockTableView : public QWidget {
    Q_OBJECT

public:
    BlockTableView(BlockTableModel* model, ViewSelection* selection, QWidget* parent = nullptr);

    StatTreeView* view() const { return view_; }
    BlockFilterProxy* proxy() const { return proxy_; }
    QLineEdit* filterEdit() const { return filter_; }
    // What the empty table says while no filter is typed.
    void setEmptyText(const QString& text);

private:
    BlockTableModel* model_;
    ViewSelection* selection_;
    BlockFilterProxy* proxy_;
    StatTreeView* view_;
    QLineEdit* filter_;
    QString empty_text_;
    void updatePlaceholder();
};

} // namespace stichotrope::gui
