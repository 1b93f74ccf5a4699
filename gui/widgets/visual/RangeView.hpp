// The Range panel: the blocks that began and ended inside the time range
// marked on the flame chart (RangeStatistics), in the block table's columns,
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
    bool hasRange() const { return has_range_; }

    BlockTableModel* model() const { return model_; }
    BlockTableView* table() const { return table_; }
    QString summary() const;

Q_SIGNALS:
    // The user asked to remove the range (the button).
    void clearRequested();

private:
    BlockTableModel* model_;
    BlockTableView* table_;
    QLabel* summary_;
    QToolButton* clear_;
    bool has_range_ = false;
};

} // namespace stichotrope::gui
