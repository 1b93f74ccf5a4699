// Two runs side by side: the blocks of one scope (all threads or one thread)
// and the threads, each with baseline, current, difference and ratio of the
// chosen metric, sorted by the largest change; and the current flame graph
// coloured by the change of each call path against the baseline.
#pragma once

#include "model/Comparison.hpp"
#include "model/Snapshot.hpp"

#include <QWidget>

class QComboBox;
class QLabel;

namespace stichotrope::gui {

class CompareModel;
class FlameGraphWidget;
class StatTreeView;
class ViewSelection;

class CompareWidget : public QWidget {
    Q_OBJECT

public:
    explicit CompareWidget(QWidget* parent = nullptr);

    void setComparison(SnapshotPtr base, const QString& baseLabel, SnapshotPtr current, const QString& currentLabel);
    // A live comparison: a new poll replaces the current side.
    void setCurrent(SnapshotPtr current);
    void setMetric(CompareMetric metric);
    void setScope(const QString& threadName);

    CompareModel* blockModel() const { return blocks_; }
    CompareModel* threadModel() const { return threads_; }
    StatTreeView* blockView() const { return blockView_; }
    FlameGraphWidget* flameGraph() const { return flame_; }
    const std::vector<NodeChange>& nodeChanges() const { return changes_; }

private:
    void refresh();
    void refreshScopes();
    void recolour();

    SnapshotPtr base_;
    SnapshotPtr current_;
    QLabel* title_;
    QComboBox* metric_;
    QComboBox* scope_;
    CompareModel* blocks_;
    CompareModel* threads_;
    StatTreeView* blockView_;
    StatTreeView* threadView_;
    ViewSelection* selection_;
    FlameGraphWidget* flame_;
    std::vector<NodeChange> changes_;
};

} // namespace stichotrope::gui
