// A sortable statistics table or tree with copy (Ctrl+C as text, context menu
// for CSV) and sensible column widths; shared by the block, per-thread and
// block-by-thread views. Actions added to it (QWidget::addAction) follow the
// copy entries in its context menu.
#pragma once

#include <QTreeView>

namespace stichotrope::gui {

class StatTreeView : public QTreeView {
    Q_OBJECT

public:
    explicit StatTreeView(QWidget* parent = nullptr);

    // Sizes columns to their content once rows exist; later the user decides.
    void fitColumnsOnce();
    // Column widths were restored from the user's settings: never fit them.
    void keepColumnWidths() { fitted_ = true; }

    // Shown in the middle of the view while it has no rows.
    void setPlaceholderText(const QString& text);
    QString placeholderText() const { return placeholder_; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    bool fitted_ = false;
    QString placeholder_;
};

} // namespace stichotrope::gui
