#include "TextCellDelegate.hpp"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace stichotrope::gui {

namespace {

// Enough for every cell of a few screens of tables; past it the cache starts
// over rather than keep strings of long-gone polls.
constexpr qsizetype kMaxCachedStrings = 8192;

} // namespace

const TextCellDelegate::Shaped& TextCellDelegate::shaped(const QString& text, const QFont& font) const
{
    auto it = cache_.find(text);
    if (it == cache_.end() || it->font != font) {
        if (it == cache_.end() && cache_.size() >= kMaxCachedStrings)
            cache_.clear();
        Shaped s{QStaticText(text), font};
        s.text.setTextFormat(Qt::PlainText);
        s.text.prepare(QTransform(), font);
        it = cache_.insert(text, std::move(s));
    }
    return *it;
}

void TextCellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    constexpr auto kNotPlain = QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasCheckIndicator;
    if ((opt.features & kNotPlain) || opt.text.contains(QLatin1Char('\n')) || (opt.state & QStyle::State_Editing)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget* widget = opt.widget;
    const QStyle* style = widget ? widget->style() : QApplication::style();
    // The same margins as the style's item text.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRectF area = QRectF(opt.rect).adjusted(margin, 0, -margin, 0);
    const Shaped* s = opt.text.isEmpty() ? nullptr : &shaped(opt.text, opt.font);
    if (s && s->text.size().width() > area.width()) {
        QStyledItemDelegate::paint(painter, option, index); // elided by the style
        return;
    }

    painter->save();
    painter->setClipRect(opt.rect);
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    if (s) {
        const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                           : (opt.state & QStyle::State_Active) ? QPalette::Normal
                                                                                : QPalette::Inactive;
        painter->setPen(
            opt.palette.color(group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
        painter->setFont(opt.font);
        const QSizeF size = s->text.size();
        const Qt::Alignment align = QStyle::visualAlignment(opt.direction, opt.displayAlignment);
        const double x = (align & Qt::AlignRight)     ? area.right() - size.width()
                         : (align & Qt::AlignHCenter) ? area.left() + (area.width() - size.width()) / 2
                                                      : area.left();
        const double y = (align & Qt::AlignTop)      ? area.top()
                         : (align & Qt::AlignBottom) ? area.bottom() - size.height()
                                                     : area.top() + (area.height() - size.height()) / 2;
        painter->drawStaticText(QPointF(x, y), s->text);
    }
    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.rect = style->subElementRect(QStyle::SE_ItemViewItemFocusRect, &opt, widget);
        focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        const QPalette::ColorGroup group = (opt.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
        focus.backgroundColor =
            opt.palette.color(group, (opt.state & QStyle::State_Selected) ? QPalette::Highlight : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
    painter->restore();
}

} // namespace stichotrope::gui
