// The Range panel: the blocks that began and ended inside the time range
// marked on the flame chart (rangeResults()), in the block table's columns,
// for the selected threads. Selecting a row selects the block everywhere.
#pragma once

#include "model/Snapshot.hpp"

#include <QWidget>

#include <cstdint>

class QLabel;
class QToolButton;

namespace stichotrope::gui {

class BlockTableModel;
class BlockTableView;
class TimelineWindow;
class ViewSelection;

class RangeView : public QWidget {
    Q_OBJECT

public:
    explicit RangeView(ViewSelection* selection, QWidget* parent = nullptr);

    // Sums the blocks of [begin_ns, end_ns] in `window`, named from `names`.
    void showRange(const TimelineWindow& window, std::uint64_t begin_ns, std::uint64_t end_ns, const Results& names);
    void clear();
    bool hasRange() const { return range_ != nullptr; }

    BlockTableModel* model() const { return model_; }
    BlockTableView* table() const { return table_; }
    QString summary() const;

Q_SIGNALS:
    // The user asked to remove the range, or to show it whole (the buttons).
    void clearRequested();
    void zoomRequested(std::uint64_t begin_ns, std::uint64_t end_ns);

private:
    void updateSummary();

    ViewSelection* selection_;
    BlockTableModel* model_;
    BlockTableView* table_;
    QLabel* summary_;
    QToolButton* zoom_;
    QToolButton* clear_;
    SnapshotPtr range_; // the range's statistics, as the model shows them
    std::uint64_t begin_ns_ = 0;
    std::uint64_t end_ns_ = 0;
};

} // namespace stichotrope::gui
