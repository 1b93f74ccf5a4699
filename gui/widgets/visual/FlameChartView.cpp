#include "FlameChartView.hpp"

#include "FlameChartPlottable.hpp"
#include "PlotTheme.hpp"
#include "RelativeTimeTicker.hpp"
#include "TimeRangeBand.hpp"
#include "model/DurationFormat.hpp"
#include "model/NaturalSort.hpp"
#include "model/ReadableSpan.hpp"
#include "model/ViewSelection.hpp"

#include <QAction>
#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QResizeEvent>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <utility>

namespace stichotrope::gui {

FlameChartView::FlameChartView(ViewSelection* selection, QWidget* parent)
    : QWidget(parent)
    , selection_(selection)
    , plot_(new QCustomPlot(this))
    , chart_(new FlameChartPlottable(plot_->xAxis, plot_->yAxis))
    , range_band_(new TimeRangeBand(plot_))
    , pause_button_(new QToolButton(this))
    , lane_scroll_(new QScrollBar(Qt::Vertical, this))
    , status_(new QLabel(this))
    , ticker_(QSharedPointer<RelativeTimeTicker>::create())
{
    pause_button_->setCheckable(true);
    pause_button_->setText(tr("Pause"));
    pause_button_->setToolTip(tr("Stop scrolling and keep the current events"));
    connect(pause_button_, &QToolButton::toggled, this, &FlameChartView::setPaused);
    setWhatsThis(tr("The last seconds of every thread: one lane per thread, blocks stacked by call depth and "
                    "coloured by track. The wheel zooms in time (Ctrl+wheel: the lanes), dragging pans and "
                    "pauses, clicking a block selects it everywhere, clicking a folded run zooms into it. "
                    "Shift+drag marks a time range and sums its blocks in the Range panel; Shift+click or "
                    "Escape removes it."));
    connect(range_band_, &TimeRangeBand::selected, this, [this](double begin, double end) {
        Q_EMIT timeRangeSelected(std::uint64_t(std::max(0.0, std::round(begin * 1e9))),
                                 std::uint64_t(std::max(0.0, std::round(end * 1e9))));
    });
    connect(range_band_, &TimeRangeBand::cleared, this, &FlameChartView::timeRangeCleared);
    // As for panning: marking a range means looking at something.
    connect(range_band_, &TimeRangeBand::dragStarted, this, [this] { setPaused(true); });
    auto* clearRange = new QAction(tr("Remove the time range"), this);
    clearRange->setShortcut(QKeySequence(Qt::Key_Escape));
    clearRange->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(clearRange, &QAction::triggered, this, &FlameChartView::clearTimeRange);
    addAction(clearRange);
    status_->setTextInteractionFlags(Qt::NoTextInteraction);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 0);
    bar->setSpacing(8);
    bar->addWidget(pause_button_);
    bar->addWidget(status_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    auto* area = new QHBoxLayout;
    area->setContentsMargins(0, 0, 0, 0);
    area->setSpacing(0);
    area->addWidget(plot_, 1);
    area->addWidget(lane_scroll_);
    layout->addLayout(area, 1);
    lane_scroll_->hide();
    lane_scroll_->setToolTip(tr("Scroll the threads (Ctrl+wheel on the chart shows more of them)"));
    connect(lane_scroll_, &QScrollBar::valueChanged, this, [this](int value) {
        if (clamping_lanes_)
            return;
        const double size = plot_->yAxis->range().size();
        const double top = -0.25 + double(value) / 100.0;
        plot_->yAxis->setRange(top, top + size);
        plot_->replot(QCustomPlot::rpQueuedReplot);
    });
    plot_->installEventFilter(this);

    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    // Wheel zooms time; Ctrl+wheel zooms the lanes (many threads). Dragging pans both.
    plot_->axisRect()->setRangeDrag(Qt::Horizontal | Qt::Vertical);
    plot_->axisRect()->setRangeZoom(Qt::Horizontal);
    plot_->setNoAntialiasingOnDrag(true);
    plot_->xAxis->setTicker(ticker_);
    plot_->xAxis->setLabel(tr("time before the last poll"));
    plot_->yAxis->setRangeReversed(true);
    plot_->yAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    plot_->yAxis->setSubTicks(false);
    plot_->yAxis->setTickLength(0, 0);
    plot_->yAxis->grid()->setVisible(false);
    plot_->setMouseTracking(true);
    plot_->xAxis->setRange(0.0, window_seconds_);
    applyPlotTheme(plot_, palette());
    chart_->setOutlineColor(palette().color(QPalette::Text));
    chart_->setMarkColor(palette().color(QPalette::Highlight));
    window_.setWindowNs(std::uint64_t(window_seconds_ * 1e9));
    shown_ = ownWindow();
    chart_->setData(shown_.get(), {});
    chart_->setBlockNamer([this](unsigned t, unsigned b) { return blockName(t, b); });

    connect(plot_->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, &FlameChartView::onRangeChanged);
    connect(plot_, &QCustomPlot::mouseWheel, this, [this](QWheelEvent* event) {
        const bool lanes = event->modifiers() & Qt::ControlModifier;
        plot_->axisRect()->setRangeZoom(lanes ? Qt::Vertical : Qt::Horizontal);
        lanes_zoomed_ = lanes_zoomed_ || lanes;
    });
    connect(plot_->yAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
            &FlameChartView::onLaneRangeChanged);
    connect(plot_, &QCustomPlot::afterReplot, this, &FlameChartView::updateStatus);
    // Before each replot, with the axis's current size and range.
    connect(plot_, &QCustomPlot::beforeReplot, this, &FlameChartView::applyLaneLabels);
    connect(plot_, &QCustomPlot::mouseMove, this, &FlameChartView::onMouseMove);
    connect(plot_, &QCustomPlot::mousePress, this, &FlameChartView::onMousePress);
    connect(plot_, &QCustomPlot::mouseRelease, this, &FlameChartView::onMouseRelease);
    connect(selection_, &ViewSelection::threadsChanged, this, [this] {
        rebuildLanes();
        refresh();
    });
    connect(selection_, &ViewSelection::blockChanged, this, [this] {
        chart_->setHighlightedBlock(selection_->block());
        note_.clear();
        // The mark stays with its own block only.
        const auto& marked = chart_->markedEvent();
        if (marked && selection_->block() != BlockKey{marked->event.track, marked->event.block})
            chart_->setMarkedEvent(std::nullopt);
        updateStatus();
        if (isVisible())
            plot_->replot(QCustomPlot::rpQueuedReplot);
    });
}

void FlameChartView::setSnapshot(SnapshotPtr snapshot)
{
    if (!snapshot)
        return;
    // Another profiler, or one whose clock went back, starts a new timeline.
    const bool restarted = latest_ && (snapshot->results.profiler_id != latest_->results.profiler_id ||
                                       (snapshot->timeline.now_ns != 0 && snapshot->timeline.now_ns < shown_->nowNs()));
    latest_ = std::move(snapshot);
    if (paused_ && !restarted)
        return; // the picture stays as it is
    showLatest(restarted);
}

std::shared_ptr<const TimelineWindow> FlameChartView::ownWindow() const
{
    // Aliasing an empty owner: a pointer that owns nothing, as shown_ holds it.
    return std::shared_ptr<const TimelineWindow>(std::shared_ptr<const TimelineWindow>(), &window_);
}

void FlameChartView::showLatest(bool restarted)
{
    if (latest_->window) {
        // Kept up to date by the poll thread: nothing to ingest here.
        shown_ = latest_->window;
        window_.clear();
    } else {
        // Ingesting happens visible or not: timelines are incremental and a
        // skipped snapshot would leave a hole. Only the repaint waits for
        // visibility.
        if (restarted || shown_.get() != &window_)
            window_.clear();
        if (restarted)
            range_band_->clear(); // its times belonged to the old timeline
        window_.ingest(latest_->timeline);
        shown_ = ownWindow();
    }
    rebuildLanes();
    refresh();
}

void FlameChartView::setPaused(bool paused)
{
    if (paused == paused_)
        return;
    paused_ = paused;
    {
        const QSignalBlocker block(pause_button_);
        pause_button_->setChecked(paused);
    }
    pause_button_->setText(paused ? tr("Resume") : tr("Pause"));
    if (!paused) {
        // Live again: what showLongestRun() found scrolls away.
        chart_->setMarkedEvent(std::nullopt);
        note_.clear();
        span_seconds_ = std::min(plot_->xAxis->range().size(), window_seconds_);
        span_follows_data_ = false;
    }
    Q_EMIT pausedChanged(paused);
    // A poll's window holds what happened meanwhile: show it at once.
    if (!paused && latest_ && latest_->window && shown_ != latest_->window) {
        showLatest(false);
        return;
    }
    refresh();
}

void FlameChartView::setWindowSeconds(double seconds)
{
    window_seconds_ = std::max(0.001, seconds);
    span_seconds_ = window_seconds_;
    span_chosen_ = false;
    span_disagreements_ = 0;
    window_.setWindowNs(std::uint64_t(window_seconds_ * 1e9));
    Q_EMIT windowNsChanged(window_.windowNs());
    rebuildLanes();
    refresh();
}

void FlameChartView::selectTimeRange(std::uint64_t begin_ns, std::uint64_t end_ns)
{
    range_band_->select(double(begin_ns) * 1e-9, double(end_ns) * 1e-9);
}

void FlameChartView::clearTimeRange()
{
    range_band_->clear();
}

void FlameChartView::setWindowNs(std::uint64_t window_ns)
{
    range_band_->clear(); // another capture's window
    window_seconds_ = std::max(1e-9, double(window_ns) * 1e-9);
    span_seconds_ = window_seconds_;
    span_chosen_ = false;
    span_disagreements_ = 0;
    window_.setWindowNs(window_ns);
    Q_EMIT windowNsChanged(window_.windowNs());
    rebuildLanes();
    refresh();
}

void FlameChartView::setPauseButtonVisible(bool visible)
{
    pause_button_->setVisible(visible);
}

void FlameChartView::showRange(double t0_s, double t1_s)
{
    span_follows_data_ = false;
    setPaused(true);
    plot_->xAxis->setRange(t0_s, t1_s);
    refresh();
}

bool FlameChartView::showLongestRun(BlockKey block)
{
    const std::vector<const ThreadLane*> lanes = visibleLanes();
    const std::optional<LocatedEvent> found = longestEvent(lanes, block.track, block.block);
    if (!found) {
        chart_->setMarkedEvent(std::nullopt);
        note_ = tr("No run of %1 in the window.").arg(blockName(block.track, block.block));
        updateStatus();
        return false;
    }
    const WindowEvent& e = found->event;
    chart_->setMarkedEvent(FlameChartPlottable::MarkedEvent{lanes[found->lane]->thread_id, found->depth, e});
    note_ = tr("Longest run of %1: %2.")
                .arg(blockName(block.track, block.block), formatDuration(double(e.end_ns - e.start_ns)));
    // Its lane in view, the run in the middle of the rows shown when it was not.
    const double row = FlameChartLayout::lanesOnly(lanes).laneTop(found->lane) + found->depth;
    const QCPRange rows = plot_->yAxis->range();
    if (row < rows.lower || row + 1.0 > rows.upper)
        plot_->yAxis->setRange(row + 0.5 - rows.size() / 2.0, row + 0.5 + rows.size() / 2.0);
    // The run fills two thirds of the width, with its neighbours around it.
    const double pad = double(e.end_ns - e.start_ns) * 0.25e-9 + 1e-9;
    showRange(double(e.start_ns) * 1e-9 - pad, double(e.end_ns) * 1e-9 + pad);
    return true;
}

void FlameChartView::updateStatus()
{
    const FlameChartLayout& layout = chart_->layout();
    // A capped window says so: its left part is empty on purpose.
    const TimelineWindow& window = *shown_;
    QString counts;
    if (window.isCapped())
        counts = tr("%1 events, as many as the window keeps: the last %2 s; %3 visible, %4 boxes drawn")
                     .arg(formatCount(window.eventCount()),
                          QLocale().toString(double(window.nowNs() - window.beginNs()) * 1e-9, 'f', 2),
                          formatCount(layout.visibleEventCount()), formatCount(layout.boxCount()));
    else
        counts = tr("%1 events in the window, %2 visible, %3 boxes drawn")
                     .arg(formatCount(window.eventCount()), formatCount(layout.visibleEventCount()),
                          formatCount(layout.boxCount()));
    status_->setText(note_.isEmpty() ? counts : note_ + QLatin1Char(' ') + counts);
}

void FlameChartView::zoomTime(double factor)
{
    const QCPRange range = plot_->xAxis->range();
    const double span = std::clamp(range.size() * factor, 1e-6, window_seconds_);
    span_follows_data_ = false;
    if (!paused_) {
        span_seconds_ = span;
        refresh();
        return;
    }
    plot_->xAxis->setRange(range.center() - span / 2.0, range.center() + span / 2.0);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void FlameChartView::showWholeWindow()
{
    span_seconds_ = window_seconds_;
    span_follows_data_ = false;
    setPaused(false);
    refresh();
}

void FlameChartView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPlotTheme(plot_, palette());
        chart_->setOutlineColor(palette().color(QPalette::Text));
        chart_->setMarkColor(palette().color(QPalette::Highlight));
        range_band_->setColors(palette());
        plot_->replot(QCustomPlot::rpQueuedReplot);
    }
}

void FlameChartView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (dirty_)
        refresh();
}

std::vector<const ThreadLane*> FlameChartView::visibleLanes() const
{
    // Lanes sorted by thread name ("worker-2" before "worker-10"), not by the
    // order their events happened to arrive in, so they never swap places.
    // naturalSortKey rather than QCollator: the collator's numeric mode
    // depends on the locale backend and falls back to plain text order.
    // Each key is made once, not at every comparison: this runs every poll.
    std::vector<std::pair<QString, const ThreadLane*>> keyed;
    for (const ThreadLane& lane : shown_->lanes()) {
        if (selection_->threadVisible(lane.thread_id))
            keyed.emplace_back(naturalSortKey(QString::fromStdString(lane.name)), &lane);
    }
    std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
        const int c = a.first.compare(b.first);
        return c != 0 ? c < 0 : a.second->thread_id < b.second->thread_id;
    });
    std::vector<const ThreadLane*> lanes;
    lanes.reserve(keyed.size());
    for (const auto& [key, lane] : keyed)
        lanes.push_back(lane);
    return lanes;
}

void FlameChartView::rebuildLanes()
{
    chart_->setData(shown_.get(), visibleLanes());
    if (!isVisible())
        dirty_ = true;
}

void FlameChartView::updateLaneTicks()
{
    lane_labels_.clear();
    const std::vector<const ThreadLane*> lanes = visibleLanes();
    const FlameChartLayout layout = FlameChartLayout::lanesOnly(lanes);
    for (std::size_t l = 0; l < lanes.size(); ++l) {
        const ThreadLane& lane = *lanes[l];
        QString name = lane.name.empty() ? QString::number(lane.thread_id) : QString::fromStdString(lane.name);
        if (name.size() > 18)
            name = name.left(17) + QChar(0x2026);
        if (!lane.alive)
            name += tr(" (exited)");
        lane_labels_.push_back({layout.laneTop(l), layout.laneTop(l) + double(layout.laneDepths(l)), name});
    }
    // Keep the user's vertical zoom and scrolling unless the lanes
    // themselves changed.
    if (layout.totalRows() != shown_rows_) {
        shown_rows_ = layout.totalRows();
        lanes_zoomed_ = false;
        fitLanes(-0.25, double(plot_->height()) - laneAreaMargins());
    }
    applyLaneLabels();
}

double FlameChartView::readableRowPx() const
{
    // The label's line plus the box's padding.
    return QFontMetricsF(plot_->font()).height() + 4.0;
}

double FlameChartView::laneAreaMargins() const
{
    // Axis labels and ticks around the rows, as the last replot laid them out.
    const QCPAxisRect* rect = plot_->axisRect();
    return rect->outerRect().isValid() ? double(rect->outerRect().height() - rect->rect().height()) : 0.0;
}

void FlameChartView::fitLanes(double top, double height_px)
{
    const double all = std::max(1.0, shown_rows_) + 0.5; // [-0.25, rows + 0.25]
    const double size = std::min(all, std::max(1.0, height_px / readableRowPx()));
    top = std::clamp(top, -0.25, -0.25 + all - size);
    plot_->yAxis->setRange(top, top + size);
}

void FlameChartView::onLaneRangeChanged()
{
    if (clamping_lanes_)
        return;
    const QScopedValueRollback<bool> guard(clamping_lanes_, true);
    const double all = std::max(1.0, shown_rows_) + 0.5;
    QCPRange range = plot_->yAxis->range();
    // Panning or zooming stops at the first and last lanes.
    if (range.size() >= all) {
        range = QCPRange(-0.25, -0.25 + all);
    } else {
        const double top = std::clamp(range.lower, -0.25, -0.25 + all - range.size());
        range = QCPRange(top, top + range.size());
    }
    if (range.lower != plot_->yAxis->range().lower || range.upper != plot_->yAxis->range().upper)
        plot_->yAxis->setRange(range);
    const int hidden = int(std::lround((all - range.size()) * 100.0));
    lane_scroll_->setVisible(hidden > 0);
    lane_scroll_->setRange(0, std::max(0, hidden));
    lane_scroll_->setPageStep(int(std::lround(range.size() * 100.0)));
    lane_scroll_->setSingleStep(100); // a row
    lane_scroll_->setValue(int(std::lround((range.lower + 0.25) * 100.0)));
}

bool FlameChartView::eventFilter(QObject* watched, QEvent* event)
{
    // A taller or shorter chart shows more or fewer rows, not other row heights.
    if (watched == plot_ && event->type() == QEvent::Resize && !lanes_zoomed_ && shown_rows_ >= 0.0)
        fitLanes(plot_->yAxis->range().lower,
                 double(static_cast<QResizeEvent*>(event)->size().height()) - laneAreaMargins());
    return QWidget::eventFilter(watched, event);
}

void FlameChartView::applyLaneLabels()
{
    auto ticker = qSharedPointerDynamicCast<QCPAxisTickerText>(plot_->yAxis->ticker());
    if (!ticker)
        return;
    ticker->clear();
    const double gap = QFontMetricsF(plot_->yAxis->tickLabelFont()).height();
    double last = -1e9;
    const QCPRange shown = plot_->yAxis->range();
    for (const LaneLabel& label : lane_labels_) {
        // Centred on the lane's visible part: a lane scrolled half out of
        // view keeps its name.
        const double top = std::max(label.top, shown.lower);
        const double bottom = std::min(label.bottom, shown.upper);
        if (top >= bottom)
            continue;
        const double row = (top + bottom) / 2.0;
        const QString& name = label.name;
        const double px = plot_->yAxis->coordToPixel(row);
        if (std::abs(px - last) < gap)
            continue;
        ticker->addTick(row, name);
        last = px;
    }
}

void FlameChartView::refresh()
{
    if (!isVisible()) {
        dirty_ = true;
        return;
    }
    dirty_ = false;
    ticker_->setOrigin(double(shown_->nowNs()) * 1e-9);
    if (span_follows_data_ && !paused_)
        chooseReadableSpan();
    if (!paused_ && shown_->nowNs() > 0) {
        const double now = double(shown_->nowNs()) * 1e-9;
        anchoring_ = true;
        plot_->xAxis->setRange(now - span_seconds_, now);
        anchoring_ = false;
    }
    chart_->setHighlightedBlock(selection_->block());
    updateLaneTicks();
    // The boxes are laid out once, by the replot itself.
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void FlameChartView::chooseReadableSpan()
{
    // The axis rect's width from the last replot; before any, the plot's.
    const int width = plot_->axisRect()->width() > 0 ? plot_->axisRect()->width() : plot_->width();
    ReadableSpanParams params;
    params.width_px = double(width);
    const std::uint64_t span_ns = readableSpanNs(visibleLanes(), std::uint64_t(window_seconds_ * 1e9), params);
    if (span_ns == 0)
        return; // too few blocks yet: the whole window until there are
    // Once chosen, the span moves only when the blocks' typical length has
    // moved more than tenfold (four 1-2-5 steps) for several polls in a row:
    // a workload starved of cores (64 threads on 2 cores stretch every block
    // up to 32 times) stays readable, while a workload's phases never make
    // the view jump (the demo's single thread swings its readable span
    // between 2 and 20 ms within seconds).
    const double span = double(span_ns) * 1e-9;
    if (span_chosen_) {
        if (span < 16.0 * span_seconds_ && span > span_seconds_ / 16.0) {
            span_disagreements_ = 0;
            return;
        }
        if (++span_disagreements_ < kSpanDisagreements)
            return;
    }
    span_seconds_ = span;
    span_chosen_ = true;
    span_disagreements_ = 0;
}

void FlameChartView::onRangeChanged()
{
    if (anchoring_ || paused_)
        return;
    // A wheel zoom while live changes the visible span; the right edge stays at "now".
    span_seconds_ = std::clamp(plot_->xAxis->range().size(), 1e-6, window_seconds_);
    span_follows_data_ = false;
    if (shown_->nowNs() == 0)
        return;
    const double now = double(shown_->nowNs()) * 1e-9;
    anchoring_ = true;
    plot_->xAxis->setRange(now - span_seconds_, now);
    anchoring_ = false;
}

QString FlameChartView::blockName(unsigned track, unsigned block) const
{
    if (latest_) {
        if (const BlockStats* s = latest_->results.find(track, block))
            return QString::fromUtf8(s->name);
    }
    return tr("block %1.%2").arg(track).arg(block);
}

QString FlameChartView::trackName(unsigned track) const
{
    if (latest_) {
        const auto it = latest_->results.tracks.find(track);
        if (it != latest_->results.tracks.end() && !it->second.name.empty())
            return QString::fromStdString(it->second.name);
    }
    return tr("Track %1").arg(track);
}

void FlameChartView::onMousePress(QMouseEvent* event)
{
    if (range_band_->press(event))
        return;
    press_pos_ = event->pos();
    dragged_ = false;
}

void FlameChartView::onMouseMove(QMouseEvent* event)
{
    if (range_band_->move(event))
        return;
    if (event->buttons() & Qt::LeftButton) {
        if (!dragged_ && (event->pos() - press_pos_).manhattanLength() > 3) {
            dragged_ = true;
            // Panning in time means looking at something: stop it scrolling away.
            if (std::abs(event->pos().x() - press_pos_.x()) > 3)
                setPaused(true);
        }
        return;
    }
    std::size_t lane = 0;
    const FlameBox* box = chart_->boxAtPixel(event->pos(), &lane);
    if (box == nullptr) {
        QToolTip::hideText();
        return;
    }
    const std::vector<const ThreadLane*> lanes = visibleLanes();
    const QString thread = lane < lanes.size() ? QString::fromStdString(lanes[lane]->name) : QString();
    QString text;
    if (box->folded()) {
        text = tr("<b>%1 events</b><br>spanning %2<br>thread: %3<br><i>click or zoom in to see them</i>")
                   .arg(formatCount(box->count), formatDuration(double(box->end_ns - box->start_ns)), thread.toHtmlEscaped());
    } else {
        text = tr("<b>%1</b><br>track: %2<br>duration: %3<br>thread: %4")
                   .arg(blockName(box->track, box->block).toHtmlEscaped(), trackName(box->track).toHtmlEscaped(),
                        formatDuration(double(box->end_ns - box->start_ns)), thread.toHtmlEscaped());
    }
    QToolTip::showText(event->globalPosition().toPoint(), text, plot_);
}

void FlameChartView::onMouseRelease(QMouseEvent* event)
{
    if (range_band_->release(event))
        return;
    if (dragged_ || event->button() != Qt::LeftButton)
        return;
    const FlameBox* box = chart_->boxAtPixel(event->pos());
    if (box == nullptr)
        return;
    if (box->folded()) {
        // A folded run opens up when zoomed to its extent.
        const double pad = double(box->end_ns - box->start_ns) * 0.05e-9;
        showRange(double(box->start_ns) * 1e-9 - pad, double(box->end_ns) * 1e-9 + pad);
        return;
    }
    selection_->setBlock(BlockKey{box->track, box->block});
}

} // namespace stichotrope::gui
