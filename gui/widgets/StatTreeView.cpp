#include "StatTreeView.hpp"

#include "TableCopy.hpp"
#include "TextCellDelegate.hpp"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>

namespace stichotrope::gui {

StatTreeView::StatTreeView(QWidget* parent) : QTreeView(parent)
{
    setUniformRowHeights(true);
    setItemDelegate(new TextCellDelegate(this)); // every poll repaints the visible cells
    setAlternatingRowColors(true);
    setSortingEnabled(true);
    setSelectionBehavior(SelectRows);
    setSelectionMode(ExtendedSelection);
    header()->setStretchLastSection(false);
    header()->setDefaultAlignment(Qt::AlignCenter);
}

void StatTreeView::fitColumnsOnce()
{
    if (fitted_ || !model() || model()->rowCount() == 0)
        return;
    fitted_ = true;
    for (int c = 0; c < model()->columnCount(); ++c) {
        resizeColumnToContents(c);
        setColumnWidth(c, columnWidth(c) + 12);
    }
}

void StatTreeView::setPlaceholderText(const QString& text)
{
    placeholder_ = text;
    viewport()->update();
}

void StatTreeView::paintEvent(QPaintEvent* event)
{
    QTreeView::paintEvent(event);
    if (placeholder_.isEmpty() || !model() || model()->rowCount() > 0)
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(viewport()->rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap, placeholder_);
}

void StatTreeView::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelectedRows(*this, CopyFormat::Text);
        event->accept();
        return;
    }
    QTreeView::keyPressEvent(event);
}

void StatTreeView::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    QAction* text = menu.addAction(tr("Copy rows as text"));
    text->setShortcut(QKeySequence::Copy);
    QAction* csv = menu.addAction(tr("Copy rows as CSV"));
    text->setEnabled(selectionModel() && selectionModel()->hasSelection());
    csv->setEnabled(text->isEnabled());
    if (!actions().isEmpty()) {
        menu.addSeparator();
        menu.addActions(actions()); // they act on their own when chosen
    }
    QAction* chosen = menu.exec(event->globalPos());
    if (chosen == text)
        copySelectedRows(*this, CopyFormat::Text);
    else if (chosen == csv)
        copySelectedRows(*this, CopyFormat::Csv);
}

} // namespace stichotrope::gui
