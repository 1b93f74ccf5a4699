// Plots of the selected block (and of pinned ones): its time per poll
// interval and hits per second over the last minute, and the histogram of
// its durations on a log axis with median, p90 and p99 marked.
#pragma once

#include "BlockHistory.hpp"
#include "model/Snapshot.hpp"
#include "model/ViewSelection.hpp"

#include <QList>
#include <QWidget>

class QCustomPlot;
class QCPItemText;
class QLabel;
class QToolButton;

namespace stichotrope::gui {

class BlockPlotsWidget : public QWidget {
    Q_OBJECT

public:
    explicit BlockPlotsWidget(ViewSelection* selection, QWidget* parent = nullptr);

    void setSnapshot(SnapshotPtr snapshot);

    // Pinned blocks stay plotted next to the selected one.
    void pinBlock(BlockKey block);
    void clearPins();
    QList<BlockKey> plottedBlocks() const;

    QCustomPlot* timePlot() const { return time_plot_; }
    QCustomPlot* hitsPlot() const { return hits_plot_; }
    QCustomPlot* histogramPlot() const { return histogram_plot_; }
    // Keys of the median, p90 and p99 lines as drawn (empty without a block).
    QList<double> quantileMarkers() const;
    // A capture is one snapshot, without the polls the time series are made
    // of: hidden (with the pins, which compare series), the histogram alone
    // fills the widget rather than two empty plots above it.
    void setSeriesShown(bool shown);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void recordHistory();
    void refresh();
    void refreshSeries();
    void refreshHistogram();
    // Stacks the quantile labels and sets the headroom for the laid-out height.
    void fitQuantileLabels();
    // After each layout of the histogram plot: a quantile label that would
    // run past the plot's right edge goes on the left of its line instead.
    void placeQuantileLabels();
    const BlockStats* statsOf(BlockKey key) const;
    QString blockLabel(BlockKey key) const;

    ViewSelection* selection_;
    QLabel* title_;
    QToolButton* pin_button_;
    QToolButton* clear_button_;
    QCustomPlot* time_plot_;
    QCustomPlot* hits_plot_;
    QCustomPlot* histogram_plot_;
    BlockHistory history_;
    SnapshotPtr snapshot_;
    TrackMap tracks_; // of the selected threads
    QList<BlockKey> pinned_;
    QList<QCPItemText*> quantile_labels_; // owned by histogram_plot_
    double histogram_max_count_ = 0.0;    // tallest bucket of the shown histogram
    bool dirty_ = false;
};

} // namespace stichotrope::gui
