// The flame graph: the call tree merged over all threads (or over the
// selected ones), widths proportional to total time. Click a node to zoom
// into it, the breadcrumb to go back; the search box highlights matching
// blocks and dims the rest.
#pragma once

#include "model/FlameGraphLayout.hpp"
#include "model/Snapshot.hpp"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QScrollArea;

namespace stichotrope::gui {

class FlameGraphCanvas;
class ViewSelection;

class FlameGraphWidget : public QWidget {
    Q_OBJECT

public:
    explicit FlameGraphWidget(ViewSelection* selection, QWidget* parent = nullptr);

    void setSnapshot(SnapshotPtr snapshot);

    // The tree shown: merged over the selected threads.
    const CallTree& callTree() const { return tree_; }
    const FlameGraphLayout& layout() const;
    // Zooms so that node (an index in callTree()) spans the whole width.
    void zoomTo(std::uint32_t node);
    void zoomOut(); // to the parent of the zoom root
    std::uint32_t zoomRoot() const;
    void setSearchText(const QString& text);
    FlameGraphCanvas* canvas() const { return canvas_; }
    // Extra tooltip lines per node (e.g. the baseline's value).
    void setTooltipSuffix(std::function<QString(std::uint32_t node)> suffix) { tooltipSuffix_ = std::move(suffix); }

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuildTree();
    void relayout();
    void updateBreadcrumb();
    void onNodeClicked(std::uint32_t node);
    QString nodeName(std::uint32_t node) const;
    QString nodeTooltip(std::uint32_t node) const;

    ViewSelection* selection_;
    QLabel* breadcrumb_;
    QLineEdit* search_;
    QScrollArea* scroll_;
    FlameGraphCanvas* canvas_;
    SnapshotPtr snapshot_;
    CallTree tree_;
    CallPath zoom_path_; // survives new snapshots, unlike node indices
    std::function<QString(std::uint32_t)> tooltipSuffix_;
    bool dirty_ = false;
};

} // namespace stichotrope::gui
