#include "TimeRangeBand.hpp"

#include "model/DurationFormat.hpp"

#include <QMouseEvent>
#include <QPalette>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <utility>

namespace stichotrope::gui {

namespace {
// Shorter drags are clicks: Shift+click clears the band.
constexpr int kMinDragPx = 3;
} // namespace

TimeRangeBand::TimeRangeBand(QCustomPlot* plot)
    : QObject(plot), plot_(plot), band_(new QCPItemRect(plot)), label_(new QCPItemText(plot))
{
    // Time along x, the whole axis rect's height along y.
    for (QCPItemPosition* p : {band_->topLeft, band_->bottomRight}) {
        p->setTypeX(QCPItemPosition::ptPlotCoords);
        p->setTypeY(QCPItemPosition::ptAxisRectRatio);
    }
    label_->position->setTypeX(QCPItemPosition::ptPlotCoords);
    label_->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    label_->setPositionAlignment(Qt::AlignTop | Qt::AlignHCenter);
    label_->setPadding(QMargins(4, 1, 4, 1));
    for (QCPAbstractItem* item : std::initializer_list<QCPAbstractItem*>{band_, label_}) {
        item->setSelectable(false);
        item->setVisible(false);
    }
    setColors(plot->palette());
}

void TimeRangeBand::setColors(const QPalette& palette)
{
    QColor fill = palette.color(QPalette::Highlight);
    fill.setAlpha(50);
    band_->setPen(QPen(palette.color(QPalette::Highlight)));
    band_->setBrush(fill);
    label_->setColor(palette.color(QPalette::HighlightedText));
    label_->setBrush(palette.color(QPalette::Highlight));
}

bool TimeRangeBand::press(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !(event->modifiers() & Qt::ShiftModifier))
        return false;
    dragging_ = true;
    moved_ = false;
    press_x_ = event->pos().x();
    anchor_ = plot_->xAxis->pixelToCoord(event->pos().x());
    // The axis rect would pan on this drag too.
    plot_->setInteraction(QCP::iRangeDrag, false);
    return true;
}

bool TimeRangeBand::move(QMouseEvent* event)
{
    if (!dragging_)
        return false;
    if (std::abs(event->pos().x() - press_x_) >= kMinDragPx) {
        if (!std::exchange(moved_, true))
            Q_EMIT dragStarted();
        place(anchor_, plot_->xAxis->pixelToCoord(event->pos().x()));
        plot_->replot(QCustomPlot::rpQueuedReplot);
    }
    return true;
}

bool TimeRangeBand::release(QMouseEvent* event)
{
    if (!dragging_)
        return false;
    dragging_ = false;
    plot_->setInteraction(QCP::iRangeDrag, true);
    if (std::abs(event->pos().x() - press_x_) < kMinDragPx) {
        clear();
        return true;
    }
    const double at = plot_->xAxis->pixelToCoord(event->pos().x());
    select(std::min(anchor_, at), std::max(anchor_, at));
    return true;
}

void TimeRangeBand::select(double begin, double end)
{
    place(begin, end);
    has_range_ = true;
    plot_->replot(QCustomPlot::rpQueuedReplot);
    Q_EMIT selected(begin_, end_);
}

void TimeRangeBand::clear()
{
    const bool had = has_range_ || band_->visible();
    has_range_ = false;
    band_->setVisible(false);
    label_->setVisible(false);
    if (!had)
        return;
    plot_->replot(QCustomPlot::rpQueuedReplot);
    Q_EMIT cleared();
}

void TimeRangeBand::place(double a, double b)
{
    begin_ = std::min(a, b);
    end_ = std::max(a, b);
    band_->topLeft->setCoords(begin_, 0.0);
    band_->bottomRight->setCoords(end_, 1.0);
    label_->position->setCoords((begin_ + end_) / 2.0, 0.0);
    label_->setText(formatDuration((end_ - begin_) * 1e9));
    band_->setVisible(true);
    label_->setVisible(true);
}

} // namespace stichotrope::gui
