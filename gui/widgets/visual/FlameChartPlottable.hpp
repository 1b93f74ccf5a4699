// Draws a TimelineWindow on a QCustomPlot: x = profiler time in seconds,
// y = rows (lanes stacked, depth growing downwards). Each replot lays out
// only the visible range at the axis rect's pixel width, folding sub-pixel
// runs, so the cost is bounded by pixels rather than events.
#pragma once

#include "model/FlameChartLayout.hpp"
#include "model/TimelineWindow.hpp"
#include "model/ViewSelection.hpp"

#include <qcustomplot.h>

#include <functional>
#include <optional>

namespace stichotrope::gui {

class FlameChartPlottable : public QCPAbstractPlottable {
    Q_OBJECT

public:
    // Names a block for box labels.
    using BlockNamer = std::function<QString(unsigned track, unsigned block)>;

    FlameChartPlottable(QCPAxis* keyAxis, QCPAxis* valueAxis);

    // The window stays owned by the caller; lanes lists the visible threads.
    void setData(const TimelineWindow* window, std::vector<const ThreadLane*> lanes);
    void setBlockNamer(BlockNamer namer) { namer_ = std::move(namer); }
    void setHighlightedBlock(std::optional<BlockKey> block) { highlighted_ = block; }
    // Outline of the selected block's boxes: the theme's text colour.
    void setOutlineColor(const QColor& color) { outline_ = color; }
    // One event of one thread drawn with a ring around it and a band of the
    // theme's highlight colour over its time (the run
    // FlameChartView::showLongestRun() found); nothing to unmark.
    struct MarkedEvent {
        std::uint64_t thread_id = 0;
        unsigned depth = 0;
        WindowEvent event; // with its block
    };
    void setMarkedEvent(std::optional<MarkedEvent> event) { marked_ = event; }
    const std::optional<MarkedEvent>& markedEvent() const { return marked_; }
    void setMarkColor(const QColor& color) { mark_color_ = color; }

    // The layout of the last draw, for hit testing and tests.
    const FlameChartLayout& layout() const { return layout_; }
    // Lays out the current key range without drawing.
    void updateLayout();
    // The box under a pixel position, with its lane and depth.
    const FlameBox* boxAtPixel(const QPointF& pos, std::size_t* lane = nullptr) const;

    double selectTest(const QPointF& pos, bool onlySelectable, QVariant* details = nullptr) const override;
    QCPRange getKeyRange(bool& foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth) const override;
    QCPRange getValueRange(bool& foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth,
                           const QCPRange& inKeyRange = QCPRange()) const override;

protected:
    void draw(QCPPainter* painter) override;
    void drawLegendIcon(QCPPainter* painter, const QRectF& rect) const override;

private:
    FlameChartLayoutParams currentParams() const;
    // Pixel box of the marked event; nothing when it is not set or its
    // thread is not shown.
    std::optional<QRectF> markedBox() const;
    void drawMarkBand(QCPPainter* painter, const QRectF& box) const;
    void drawMarkRing(QCPPainter* painter, const QRectF& box) const;

    const TimelineWindow* window_ = nullptr;
    std::vector<const ThreadLane*> lanes_;
    FlameChartLayout layout_;
    BlockNamer namer_;
    std::optional<BlockKey> highlighted_;
    QColor outline_ = Qt::black;
    std::optional<MarkedEvent> marked_;
    QColor mark_color_ = Qt::blue;
};

} // namespace stichotrope::gui
