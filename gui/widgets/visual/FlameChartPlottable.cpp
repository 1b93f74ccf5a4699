#include "FlameChartPlottable.hpp"

#include "model/TrackPalette.hpp"

#include <algorithm>
#include <cmath>

namespace stichotrope::gui {

namespace {

constexpr double kMinBoxPx = 3.0;
constexpr double kRowGapPx = 1.0;

std::uint64_t secondsToNs(double s) { return s <= 0.0 ? 0 : std::uint64_t(std::llround(s * 1e9)); }

} // namespace

FlameChartPlottable::FlameChartPlottable(QCPAxis* keyAxis, QCPAxis* valueAxis)
    : QCPAbstractPlottable(keyAxis, valueAxis)
{
    setAntialiased(false);
    setSelectable(QCP::stNone);
}

void FlameChartPlottable::setData(const TimelineWindow* window, std::vector<const ThreadLane*> lanes)
{
    window_ = window;
    lanes_ = std::move(lanes);
}

FlameChartLayoutParams FlameChartPlottable::currentParams() const
{
    const QCPRange range = mKeyAxis->range();
    FlameChartLayoutParams p;
    p.t0_ns = secondsToNs(range.lower);
    p.t1_ns = std::max(secondsToNs(range.upper), p.t0_ns + 1);
    p.width_px = std::max(1, mKeyAxis->axisRect()->width());
    p.min_box_px = kMinBoxPx;
    return p;
}

void FlameChartPlottable::updateLayout()
{
    layout_ = window_ == nullptr ? FlameChartLayout{} : FlameChartLayout::compute(lanes_, currentParams());
}

void FlameChartPlottable::draw(QCPPainter* painter)
{
    updateLayout();
    if (layout_.rows().empty())
        return;
    const QRect clip = clipRect();
    const double rowPx = std::abs(mValueAxis->coordToPixel(1.0) - mValueAxis->coordToPixel(0.0));
    const bool labels = rowPx >= QFontMetricsF(painter->font()).height();
    painter->setRenderHint(QPainter::Antialiasing, false);
    const QFontMetricsF fm(painter->font());
    const std::optional<QRectF> marked = markedBox();
    if (marked)
        drawMarkBand(painter, *marked);

    for (const FlameRow& row : layout_.rows()) {
        const double yTop = mValueAxis->coordToPixel(layout_.laneTop(row.lane) + row.depth);
        const double yBottom = mValueAxis->coordToPixel(layout_.laneTop(row.lane) + row.depth + 1);
        const double top = std::min(yTop, yBottom);
        const double height = std::max(1.0, std::abs(yBottom - yTop) - kRowGapPx);
        if (top > clip.bottom() || top + height < clip.top())
            continue;
        for (const FlameBox& b : row.boxes) {
            double x0 = mKeyAxis->coordToPixel(double(b.start_ns) * 1e-9);
            double x1 = mKeyAxis->coordToPixel(double(b.end_ns) * 1e-9);
            x0 = std::max(x0, double(clip.left()) - 1.0);
            x1 = std::min(x1, double(clip.right()) + 1.0);
            // A one-pixel gap keeps back-to-back blocks of one colour apart.
            const double w = x1 - x0;
            const QRectF r(x0, top, w > 3.0 ? w - 1.0 : std::max(1.0, w), height);
            QColor c = trackColor(b.track);
            if (b.folded()) {
                // Folded runs: darker and hatched, so they never read as one long block.
                c = c.darker(140);
                painter->fillRect(r, c);
                if (r.width() >= 4.0)
                    painter->fillRect(r, QBrush(c.darker(150), Qt::BDiagPattern));
                continue;
            }
            painter->fillRect(r, c);
            // Outlines only where they leave the colour visible inside: on
            // slivers and thin rows a selected block would turn the outline's
            // colour. Thin rows get a thinner one.
            const bool selected = highlighted_ && highlighted_->track == b.track && highlighted_->block == b.block;
            if (selected && r.width() >= 6.0 && r.height() >= 5.0) {
                const double pen = r.height() >= 9.0 ? 2.0 : 1.0;
                painter->setPen(QPen(outline_, pen));
                painter->setBrush(Qt::NoBrush);
                painter->drawRect(r.adjusted(pen / 2, pen / 2, -pen / 2, -pen / 2));
            }
            if (labels && namer_ && r.width() > 24.0) {
                const QString text = fm.elidedText(namer_(b.track, b.block), Qt::ElideRight, r.width() - 6.0);
                if (!text.isEmpty() && text != QStringLiteral("…")) {
                    painter->setPen(c.lightnessF() > 0.55 ? Qt::black : Qt::white);
                    painter->drawText(r.adjusted(3, 0, -3, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
                }
            }
        }
    }
    if (marked)
        drawMarkRing(painter, *marked);
}

std::optional<QRectF> FlameChartPlottable::markedBox() const
{
    if (!marked_)
        return std::nullopt;
    const auto lane = std::find_if(lanes_.begin(), lanes_.end(),
                                   [this](const ThreadLane* l) { return l->thread_id == marked_->thread_id; });
    if (lane == lanes_.end())
        return std::nullopt; // its thread is not shown
    const double row = layout_.laneTop(std::size_t(lane - lanes_.begin())) + marked_->depth;
    const double y0 = mValueAxis->coordToPixel(row), y1 = mValueAxis->coordToPixel(row + 1);
    const double x0 = mKeyAxis->coordToPixel(double(marked_->event.start_ns) * 1e-9);
    const double x1 = mKeyAxis->coordToPixel(double(marked_->event.end_ns) * 1e-9);
    // At least a few pixels wide: the run stays findable however far out the
    // chart is zoomed.
    constexpr double kMinPx = 6.0;
    const double cx = (x0 + x1) / 2.0, w = std::max(kMinPx, std::abs(x1 - x0));
    return QRectF(cx - w / 2.0, std::min(y0, y1), w, std::abs(y1 - y0));
}

void FlameChartPlottable::drawMarkBand(QCPPainter* painter, const QRectF& box) const
{
    // Behind the boxes, so that every track keeps its colour.
    QColor band = mark_color_;
    band.setAlpha(56);
    const QRect clip = clipRect();
    painter->fillRect(QRectF(box.left(), clip.top(), box.width(), clip.height()), band);
}

void FlameChartPlottable::drawMarkRing(QCPPainter* painter, const QRectF& box) const
{
    // Just outside the box, apart from the outline every box of the
    // selected block has.
    constexpr double kPen = 2.0, kGap = 2.0;
    const double out = kGap + kPen / 2.0;
    painter->setPen(QPen(outline_, kPen));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(box.adjusted(-out, -out, out, out));
}

const FlameBox* FlameChartPlottable::boxAtPixel(const QPointF& pos, std::size_t* lane) const
{
    std::size_t l = 0;
    unsigned depth = 0;
    if (!layout_.rowAt(mValueAxis->pixelToCoord(pos.y()), l, depth))
        return nullptr;
    const double t = mKeyAxis->pixelToCoord(pos.x());
    // One pixel of slack: boxes are drawn at least one pixel wide.
    const double nsPerPx = std::abs(mKeyAxis->pixelToCoord(pos.x() + 1.0) - t) * 1e9;
    if (lane != nullptr)
        *lane = l;
    return layout_.boxAt(l, depth, secondsToNs(t), std::uint64_t(std::ceil(nsPerPx)));
}

double FlameChartPlottable::selectTest(const QPointF& pos, bool onlySelectable, QVariant*) const
{
    if (onlySelectable && !selectable())
        return -1;
    return boxAtPixel(pos) != nullptr ? 0.0 : -1.0;
}

QCPRange FlameChartPlottable::getKeyRange(bool& foundRange, QCP::SignDomain) const
{
    foundRange = window_ != nullptr && window_->nowNs() > 0;
    if (!foundRange)
        return {};
    return {double(window_->beginNs()) * 1e-9, double(window_->nowNs()) * 1e-9};
}

QCPRange FlameChartPlottable::getValueRange(bool& foundRange, QCP::SignDomain, const QCPRange&) const
{
    foundRange = !lanes_.empty();
    return {0.0, std::max(1.0, layout_.totalRows())};
}

void FlameChartPlottable::drawLegendIcon(QCPPainter* painter, const QRectF& rect) const
{
    painter->fillRect(rect, trackColor(0));
}

} // namespace stichotrope::gui
