// Paints a FlameGraphLayout as an icicle (zoom root on top, callees below)
// and reports hovers and clicks; the owning FlameGraphWidget decides what
// they mean.
#pragma once

#include "model/FlameGraphLayout.hpp"

#include <QWidget>

#include <functional>
#include <optional>

namespace stichotrope::gui {

class FlameGraphCanvas : public QWidget {
    Q_OBJECT

public:
    using NodeText = std::function<QString(std::uint32_t node)>;
    using NodeColor = std::function<QColor(std::uint32_t node)>;
    static constexpr int kRowHeight = 20;

    explicit FlameGraphCanvas(QWidget* parent = nullptr);

    // The tree must outlive the next setFlameLayout call.
    void setFlameLayout(const CallTree* tree, FlameGraphLayout layout);
    const FlameGraphLayout& layout() const { return layout_; }
    void setNodeLabel(NodeText label) { label_ = std::move(label); }
    void setNodeTooltip(NodeText tooltip) { tooltip_ = std::move(tooltip); }
    // Colours nodes by something else than their track (e.g. by change).
    void setNodeColor(NodeColor color)
    {
        color_ = std::move(color);
        update();
    }
    // Nodes whose label contains the text are highlighted, the others dimmed.
    void setSearchText(const QString& text);
    void setSelectedBlock(std::optional<std::pair<unsigned, unsigned>> block);
    bool matchesSearch(std::uint32_t node) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void nodeClicked(std::uint32_t node);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    const FlameGraphRect* rectAt(const QPoint& pos) const;

    const CallTree* tree_ = nullptr;
    FlameGraphLayout layout_;
    NodeText label_;
    NodeText tooltip_;
    NodeColor color_;
    QString search_;
    std::optional<std::pair<unsigned, unsigned>> selected_;
};

} // namespace stichotrope::gui
