#include "BlockPlotsWidget.hpp"

#include "DurationLogTicker.hpp"
#include "PlotTheme.hpp"
#include "model/DurationFormat.hpp"
#include "model/ThreadFilter.hpp"
#include "model/TrackPalette.hpp"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <array>

namespace stichotrope::gui {

namespace {

constexpr double kHistorySeconds = 60.0;

QCustomPlot* makePlot(QWidget* parent, const QString& title, const QString& yLabel)
{
    auto* plot = new QCustomPlot(parent);
    plot->plotLayout()->insertRow(0);
    auto* heading = new QCPTextElement(plot, title, QFont(parent->font().family(), parent->font().pointSize(), QFont::Bold));
    plot->plotLayout()->addElement(0, 0, heading);
    plot->yAxis->setLabel(yLabel);
    plot->setMinimumHeight(140);
    plot->setNoAntialiasingOnDrag(true);
    QObject::connect(plot, &QCustomPlot::afterLayout, plot, [plot] {
        // The default five value ticks touch on a short plot: about one per
        // two and a half lines of text, chosen for the height just laid out.
        const int line = QFontMetrics(plot->yAxis->tickLabelFont()).height();
        const int count = std::clamp(plot->axisRect()->height() * 2 / (5 * line), 2, 5);
        if (count != plot->yAxis->ticker()->tickCount()) {
            plot->yAxis->ticker()->setTickCount(count);
            plot->axisRect()->update(QCPLayoutElement::upPreparation);
        }
    });
    return plot;
}

QPen seriesPen(const QColor& c, int sameTrackBefore)
{
    // Blocks of one track share its colour; the line style tells them apart.
    static constexpr std::array<Qt::PenStyle, 4> kStyles = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine};
    QPen pen(c, 2);
    pen.setStyle(kStyles[std::size_t(sameTrackBefore) % kStyles.size()]);
    return pen;
}

} // namespace

BlockPlotsWidget::BlockPlotsWidget(ViewSelection* selection, QWidget* parent)
    : QWidget(parent)
    , selection_(selection)
    , title_(new QLabel(this))
    , pin_button_(new QToolButton(this))
    , clear_button_(new QToolButton(this))
    , time_plot_(makePlot(this, tr("Time per poll interval"), QStringLiteral("ms")))
    , hits_plot_(makePlot(this, tr("Hits per second"), tr("hits/s")))
    , histogram_plot_(makePlot(this, tr("Durations of the selected block"), tr("hits")))
    , history_(kHistorySeconds)
{
    pin_button_->setText(tr("Pin"));
    pin_button_->setToolTip(tr("Keep plotting the selected block when another one is selected"));
    clear_button_->setText(tr("Clear pins"));
    clear_button_->setToolTip(tr("Stop plotting the pinned blocks"));
    setWhatsThis(tr("The selected block over the last minute: its time per poll interval and hits per second, "
                    "and the histogram of its durations with the median, p90 and p99. Pin a block to compare "
                    "it with the next one you select."));
    connect(pin_button_, &QToolButton::clicked, this, [this] {
        if (const auto b = selection_->block())
            pinBlock(*b);
    });
    connect(clear_button_, &QToolButton::clicked, this, &BlockPlotsWidget::clearPins);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 0);
    bar->addWidget(title_, 1);
    bar->addWidget(pin_button_);
    bar->addWidget(clear_button_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(time_plot_, 1);
    layout->addWidget(hits_plot_, 1);
    layout->addWidget(histogram_plot_, 1);

    for (QCustomPlot* p : {time_plot_, hits_plot_}) {
        p->xAxis->setLabel(tr("seconds before the last poll"));
        p->xAxis->setRange(-kHistorySeconds, 0.0);
        p->legend->setVisible(true);
        p->legend->setFont(font());
        p->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    }
    histogram_plot_->xAxis->setScaleType(QCPAxis::stLogarithmic);
    histogram_plot_->xAxis->setTicker(QSharedPointer<DurationLogTicker>::create(histogram_plot_->xAxis));
    histogram_plot_->xAxis->setLabel(tr("duration (log scale)"));

    for (QCustomPlot* p : {time_plot_, hits_plot_, histogram_plot_})
        applyPlotTheme(p, palette());

    connect(histogram_plot_, &QCustomPlot::afterLayout, this, [this] {
        // A replot chooses the ticks before it lays the plot out, with the
        // previous size: after a resize the duration ticks, the labels'
        // spacing and the headroom would suit the old size until the next
        // replot, which a capture never makes.
        fitQuantileLabels();
        histogram_plot_->axisRect()->update(QCPLayoutElement::upPreparation);
        placeQuantileLabels();
    });
    connect(selection_, &ViewSelection::blockChanged, this, &BlockPlotsWidget::refresh);
    connect(selection_, &ViewSelection::threadsChanged, this, [this] {
        // The history describes the previous thread set; start over.
        history_.clear();
        recordHistory();
        refresh();
    });
    refresh();
}

void BlockPlotsWidget::setSnapshot(SnapshotPtr snapshot)
{
    snapshot_ = std::move(snapshot);
    // History is kept while hidden (cheap); plotting waits until visible.
    recordHistory();
    refresh();
}

void BlockPlotsWidget::recordHistory()
{
    if (!snapshot_)
        return;
    tracks_ = tracksOfThreads(snapshot_->results, selection_->threads());
    history_.record(double(snapshot_->profiler_now_ns) * 1e-9, tracks_);
}

void BlockPlotsWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (dirty_)
        refresh();
}

void BlockPlotsWidget::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        for (QCustomPlot* p : {time_plot_, hits_plot_, histogram_plot_})
            applyPlotTheme(p, palette());
        refresh(); // the quantile markers take the text colour too
    }
}

void BlockPlotsWidget::pinBlock(BlockKey block)
{
    if (!pinned_.contains(block))
        pinned_.append(block);
    refresh();
}

void BlockPlotsWidget::clearPins()
{
    pinned_.clear();
    refresh();
}

QList<BlockKey> BlockPlotsWidget::plottedBlocks() const
{
    QList<BlockKey> blocks = pinned_;
    if (const auto b = selection_->block(); b && !blocks.contains(*b))
        blocks.append(*b);
    return blocks;
}

const BlockStats* BlockPlotsWidget::statsOf(BlockKey key) const
{
    const auto t = tracks_.find(key.track);
    if (t == tracks_.end())
        return nullptr;
    const auto b = t->second.blocks.find(key.block);
    return b == t->second.blocks.end() ? nullptr : &b->second;
}

QString BlockPlotsWidget::blockLabel(BlockKey key) const
{
    if (const BlockStats* s = statsOf(key))
        return QString::fromUtf8(s->name);
    return tr("block %1.%2").arg(key.track).arg(key.block);
}

void BlockPlotsWidget::refresh()
{
    if (!isVisible()) {
        dirty_ = true;
        return;
    }
    dirty_ = false;
    const auto b = selection_->block();
    title_->setText(b ? tr("<b>%1</b>").arg(blockLabel(*b).toHtmlEscaped()) : tr("Select a block in a table or a chart"));
    clear_button_->setEnabled(!pinned_.isEmpty());
    pin_button_->setEnabled(b.has_value());
    refreshSeries();
    refreshHistogram();
}

void BlockPlotsWidget::refreshSeries()
{
    const QList<BlockKey> blocks = plottedBlocks();
    const double now = history_.latestTime();
    for (QCustomPlot* p : {time_plot_, hits_plot_}) {
        while (p->graphCount() > int(blocks.size()))
            p->removeGraph(p->graphCount() - 1);
        while (p->graphCount() < int(blocks.size()))
            p->addGraph();
    }
    std::vector<BlockHistory::Series> series;
    double maxTime = 0.0;
    for (const BlockKey key : blocks) {
        series.push_back(history_.series(key.track, key.block));
        for (double v : series.back().time_ms)
            maxTime = std::max(maxTime, v);
    }
    // One unit for the whole axis, the one the largest value reads best in:
    // "25 s" rather than "25000 ms", "80 µs" rather than "0.08 ms".
    const DurationUnit unit = durationUnitFor(maxTime * 1e6);
    const double perMs = 1e6 / unit.ns;
    time_plot_->yAxis->setLabel(unit.symbol);
    double maxHits = 0.0;
    for (int i = 0; i < int(blocks.size()); ++i) {
        const BlockKey key = blocks[i];
        const BlockHistory::Series& s = series[std::size_t(i)];
        QVector<double> t(qsizetype(s.t_s.size()));
        std::transform(s.t_s.begin(), s.t_s.end(), t.begin(), [now](double x) { return x - now; });
        const int sameTrackBefore = int(std::count_if(blocks.begin(), blocks.begin() + i, [&](const BlockKey& k) {
            return k.track == key.track;
        }));
        const QPen pen = seriesPen(trackColorOn(key.track, palette().color(QPalette::Base)), sameTrackBefore);
        QCPGraph* tg = time_plot_->graph(i);
        QCPGraph* hg = hits_plot_->graph(i);
        QVector<double> time(qsizetype(s.time_ms.size()));
        std::transform(s.time_ms.begin(), s.time_ms.end(), time.begin(), [perMs](double ms) { return ms * perMs; });
        tg->setData(t, time, true);
        hg->setData(t, QVector<double>(s.hits_per_s.begin(), s.hits_per_s.end()), true);
        for (QCPGraph* g : {tg, hg}) {
            g->setPen(pen);
            g->setName(blockLabel(key));
        }
        for (double v : s.hits_per_s)
            maxHits = std::max(maxHits, v);
    }
    time_plot_->yAxis->setRange(0.0, maxTime > 0.0 ? maxTime * perMs * 1.1 : 1.0);
    hits_plot_->yAxis->setRange(0.0, maxHits > 0.0 ? maxHits * 1.1 : 1.0);
    for (QCustomPlot* p : {time_plot_, hits_plot_}) {
        p->legend->setVisible(!blocks.isEmpty());
        p->replot(QCustomPlot::rpQueuedReplot);
    }
}

void BlockPlotsWidget::refreshHistogram()
{
    QCustomPlot* p = histogram_plot_;
    p->clearGraphs();
    p->clearItems();
    quantile_labels_.clear();
    const auto key = selection_->block();
    const BlockStats* stats = key ? statsOf(*key) : nullptr;
    if (stats == nullptr || stats->histogram.empty()) {
        p->xAxis->setRange(100.0, 1e9);
        p->yAxis->setRange(0.0, 1.0);
        p->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    // A left step line through the buckets, dropping to zero across gaps:
    // each bucket reads as a bar of its true (log-uniform) width.
    QVector<double> x;
    QVector<double> y;
    double maxCount = 0.0;
    for (const HistogramBucket& b : stats->histogram.buckets()) {
        if (!x.isEmpty() && x.back() < double(b.lower_ns)) {
            x.append(x.back());
            y.append(0.0);
        }
        if (!x.isEmpty() && x.back() == double(b.lower_ns))
            x.removeLast(), y.removeLast();
        x.append(double(std::max<std::uint64_t>(b.lower_ns, 1)));
        y.append(double(b.count));
        x.append(double(b.upper_ns));
        y.append(0.0);
        maxCount = std::max(maxCount, double(b.count));
    }
    QCPGraph* g = p->addGraph();
    const QColor c = trackColor(key->track);
    g->setPen(QPen(c.darker(130), 1));
    QColor fill = c;
    fill.setAlpha(150);
    g->setBrush(fill);
    g->setLineStyle(QCPGraph::lsStepLeft);
    g->setData(x, y, true);
    g->setName(blockLabel(*key));

    const double lo = x.front();
    const double hi = x.back();
    p->xAxis->setRange(lo / 1.5, hi * 1.5);

    const QColor ink = palette().color(QPalette::Text);
    // Opaque: the headroom keeps the bars below the labels, and the lines
    // they cover would otherwise show through the text.
    const QColor paper = palette().color(QPalette::Base);
    histogram_max_count_ = maxCount;
    const std::array<std::pair<QString, std::uint64_t>, 3> marks = {
        {{tr("median"), stats->median_ns()}, {tr("p90"), stats->p90_ns()}, {tr("p99"), stats->p99_ns()}}};
    const auto at = [&](std::size_t i) { return double(std::max<std::uint64_t>(marks[i].second, 1)); };
    for (std::size_t i = 0; i < marks.size(); ++i) {
        auto* line = new QCPItemStraightLine(p);
        line->point1->setCoords(at(i), 0.0);
        line->point2->setCoords(at(i), 1.0);
        line->setPen(QPen(ink, 1, i == 0 ? Qt::SolidLine : Qt::DashLine));
    }
    // Items draw in the order they were made: every label after every line,
    // so a line never crosses a label's text.
    for (std::size_t i = 0; i < marks.size(); ++i) {
        auto* label = new QCPItemText(p);
        label->position->setTypeX(QCPItemPosition::ptPlotCoords);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords(at(i), 0.0); // stacked by fitQuantileLabels()
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setPadding(QMargins(3, 0, 3, 0));
        label->setBrush(paper);
        label->setColor(ink);
        label->setText(QStringLiteral("%1 %2").arg(marks[i].first, formatDuration(double(marks[i].second))));
        quantile_labels_.append(label);
    }
    p->replot(QCustomPlot::rpQueuedReplot);
}

void BlockPlotsWidget::setSeriesShown(bool shown)
{
    for (QWidget* w : std::initializer_list<QWidget*>{time_plot_, hits_plot_, pin_button_, clear_button_})
        w->setVisible(shown);
}

void BlockPlotsWidget::fitQuantileLabels()
{
    if (quantile_labels_.isEmpty())
        return;
    // Labels stack one text line apart so close quantiles stay readable, in
    // ratios of the axis rect's height as this replot laid it out.
    QCustomPlot* p = histogram_plot_;
    const double lineRatio = double(QFontMetrics(p->font()).height() + 2) / double(std::max(60, p->axisRect()->height()));
    // Headroom above the bars for the three labels.
    const double freeRatio = std::clamp(1.0 - 3.0 * lineRatio - 0.04, 0.35, 0.9);
    p->yAxis->setRange(0.0, histogram_max_count_ / freeRatio);
    for (qsizetype i = 0; i < quantile_labels_.size(); ++i) {
        QCPItemPosition* at = quantile_labels_[i]->position;
        at->setCoords(at->coords().x(), 0.02 + lineRatio * double(i));
    }
}

void BlockPlotsWidget::placeQuantileLabels()
{
    const QRect area = histogram_plot_->axisRect()->rect();
    for (QCPItemText* label : std::as_const(quantile_labels_)) {
        const double x = histogram_plot_->xAxis->coordToPixel(label->position->coords().x());
        const QMargins pad = label->padding();
        const double width = QFontMetricsF(label->font()).horizontalAdvance(label->text()) + pad.left() + pad.right();
        const Qt::Alignment side = x + width <= double(area.right()) ? Qt::AlignLeft : Qt::AlignRight;
        label->setPositionAlignment(side | Qt::AlignTop);
    }
}

QList<double> BlockPlotsWidget::quantileMarkers() const
{
    QList<double> keys;
    for (int i = 0; i < histogram_plot_->itemCount(); ++i) {
        if (auto* line = qobject_cast<QCPItemStraightLine*>(histogram_plot_->item(i)))
            keys.append(line->point1->coords().x());
    }
    return keys;
}

} // namespace stichotrope::gui
