#include "FlameGraphCanvas.hpp"

#include "model/TrackPalette.hpp"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace stichotrope::gui {

FlameGraphCanvas::FlameGraphCanvas(QWidget* parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
}

void FlameGraphCanvas::setFlameLayout(const CallTree* tree, FlameGraphLayout layout)
{
    tree_ = tree;
    layout_ = std::move(layout);
    updateGeometry();
    update();
}

void FlameGraphCanvas::setSearchText(const QString& text)
{
    search_ = text.trimmed();
    update();
}

void FlameGraphCanvas::setSelectedBlock(std::optional<std::pair<unsigned, unsigned>> block)
{
    selected_ = block;
    update();
}

bool FlameGraphCanvas::matchesSearch(std::uint32_t node) const
{
    return search_.isEmpty() || (node != 0 && label_ && label_(node).contains(search_, Qt::CaseInsensitive));
}

QSize FlameGraphCanvas::sizeHint() const
{
    return {600, int(std::max(1u, layout_.rowCount())) * kRowHeight + 2};
}

QSize FlameGraphCanvas::minimumSizeHint() const
{
    return {100, int(std::max(1u, layout_.rowCount())) * kRowHeight + 2};
}

void FlameGraphCanvas::paintEvent(QPaintEvent* event)
{
    QPainter p(this);
    p.fillRect(event->rect(), palette().base());
    if (tree_ == nullptr || layout_.rects().empty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No call tree yet"));
        return;
    }
    const double width = double(this->width());
    const QFontMetrics fm(font());
    const QColor background = palette().color(QPalette::Base);
    for (const FlameGraphRect& r : layout_.rects()) {
        const QRectF box(r.x0 * width, r.row * kRowHeight, (r.x1 - r.x0) * width, kRowHeight);
        if (!box.intersects(event->rect()))
            continue;
        const CallTreeNode& n = tree_->nodes[r.node];
        QColor c = r.node == 0 ? QColor(0x9E, 0x9E, 0x9E) : color_ ? color_(r.node) : trackColor(n.track);
        const bool match = matchesSearch(r.node);
        if (!match) {
            // Dimmed: blended towards the background so matches stand out.
            c = QColor::fromRgbF(0.25f * c.redF() + 0.75f * background.redF(), 0.25f * c.greenF() + 0.75f * background.greenF(),
                                 0.25f * c.blueF() + 0.75f * background.blueF());
        }
        const QRectF inner = box.adjusted(0, 0, box.width() > 2.0 ? -1.0 : 0.0, -1.0);
        p.fillRect(inner, c);
        const bool selected = r.node != 0 && selected_ && selected_->first == n.track && selected_->second == n.block;
        if (selected || (match && !search_.isEmpty())) {
            p.setPen(QPen(selected ? palette().color(QPalette::Text) : c.darker(170), 2));
            p.setBrush(Qt::NoBrush);
            p.drawRect(inner.adjusted(1, 1, -1, -1));
        }
        if (inner.width() > 20.0 && label_) {
            const QString text = fm.elidedText(label_(r.node), Qt::ElideRight, int(inner.width()) - 6);
            if (text.size() > 1) {
                QColor ink = c.lightnessF() > 0.55 ? Qt::black : Qt::white;
                if (!match)
                    ink = palette().color(QPalette::PlaceholderText);
                p.setPen(ink);
                p.drawText(inner.adjusted(3, 0, -3, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
            }
        }
    }
}

const FlameGraphRect* FlameGraphCanvas::rectAt(const QPoint& pos) const
{
    if (width() <= 0 || pos.y() < 0)
        return nullptr;
    return layout_.rectAt(double(pos.x()) / double(width()), unsigned(pos.y() / kRowHeight));
}

void FlameGraphCanvas::mouseMoveEvent(QMouseEvent* event)
{
    const FlameGraphRect* r = rectAt(event->pos());
    setCursor(r != nullptr ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

bool FlameGraphCanvas::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const FlameGraphRect* r = rectAt(help->pos());
        if (r != nullptr && tooltip_)
            QToolTip::showText(help->globalPos(), tooltip_(r->node), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void FlameGraphCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (const FlameGraphRect* r = rectAt(event->pos()))
        Q_EMIT nodeClicked(r->node);
}

} // namespace stichotrope::gui
