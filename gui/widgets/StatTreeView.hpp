// A sortable statistics table or tree with copy (Ctrl+C as text, context menu
// for CSV) and sensible column widths; shared by the block, per-thread and
// block-by-thread views.
#pragma once

#include <QTreeView>

namespace stichotrope::gui {

class StatTreeView : public QTreeView {
    Q_OBJECT

public:
    explicit StatTreeView(QWidget* parent = nullptr);

    // Sizes columns to their content once rows exist; later the user decides.
    void fitColumnsOnce();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    bool fitted_ = false;
};

} // namespace stichotrope::gui
