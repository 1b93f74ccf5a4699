// Paints the plain-text cells of the live tables without laying their text
// out twice on every repaint, as QStyledItemDelegate does: each string is
// shaped once into a QStaticText and drawn from it while it is shown (names,
// locations and unchanged numbers are most cells of a poll's repaint). Cells
// with an icon or a check box, several lines, or text wider than the cell go
// the standard way.
#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace stichotrope::gui {

class TextCellDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    // Distinct strings held shaped for the next repaint.
    qsizetype shapedStrings() const { return cache_.size(); }

private:
    struct Shaped {
        QStaticText text;
        QFont font;
    };
    const Shaped& shaped(const QString& text, const QFont& font) const;

    mutable QHash<QString, Shaped> cache_;
};

} // namespace stichotrope::gui
