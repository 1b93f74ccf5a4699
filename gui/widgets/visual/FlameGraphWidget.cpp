#include "FlameGraphWidget.hpp"

#include "FlameGraphCanvas.hpp"
#include "model/DurationFormat.hpp"
#include "model/ViewSelection.hpp"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace stichotrope::gui {

FlameGraphWidget::FlameGraphWidget(ViewSelection* selection, QWidget* parent)
    : QWidget(parent)
    , selection_(selection)
    , breadcrumb_(new QLabel(this))
    , search_(new QLineEdit(this))
    , scroll_(new QScrollArea(this))
    , canvas_(new FlameGraphCanvas)
{
    breadcrumb_->setTextFormat(Qt::RichText);
    breadcrumb_->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    breadcrumb_->setToolTip(tr("Click a level to zoom back out"));
    breadcrumb_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    search_->setPlaceholderText(tr("Search blocks"));
    search_->setToolTip(tr("Highlight the blocks whose name contains this text"));
    setWhatsThis(tr("The merged call tree of the selected threads: each box is a call path, as wide as its "
                    "share of the time, its callees stacked above it. Click a box to zoom into it and select "
                    "its block; click a level of the path above to zoom back out."));
    search_->setClearButtonEnabled(true);
    // Room for the placeholder in any language, and the clear button.
    const int placeholderWidth = search_->fontMetrics().horizontalAdvance(search_->placeholderText()) + 48;
    search_->setMinimumWidth(placeholderWidth);
    search_->setMaximumWidth(std::max(220, placeholderWidth));

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->addWidget(breadcrumb_, 1);
    bar->addWidget(search_);
    scroll_->setWidget(canvas_);
    scroll_->setWidgetResizable(true);
    scroll_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll_->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(scroll_, 1);

    canvas_->setNodeLabel([this](std::uint32_t n) { return nodeName(n); });
    canvas_->setNodeTooltip([this](std::uint32_t n) { return nodeTooltip(n); });
    connect(canvas_, &FlameGraphCanvas::nodeClicked, this, &FlameGraphWidget::onNodeClicked);
    connect(search_, &QLineEdit::textChanged, canvas_, &FlameGraphCanvas::setSearchText);
    connect(breadcrumb_, &QLabel::linkActivated, this, [this](const QString& link) {
        zoom_path_.resize(std::min<std::size_t>(zoom_path_.size(), link.toULongLong()));
        relayout();
    });
    connect(selection_, &ViewSelection::threadsChanged, this, [this] {
        if (!isVisible()) {
            dirty_ = true;
            return;
        }
        rebuildTree();
        relayout();
    });
    connect(selection_, &ViewSelection::blockChanged, this, [this] {
        const auto b = selection_->block();
        canvas_->setSelectedBlock(b ? std::optional(std::make_pair(b->track, b->block)) : std::nullopt);
    });
    relayout();
}

void FlameGraphWidget::setSnapshot(SnapshotPtr snapshot)
{
    snapshot_ = std::move(snapshot);
    if (!isVisible()) {
        dirty_ = true;
        return;
    }
    rebuildTree();
    relayout();
}

void FlameGraphWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (dirty_) {
        dirty_ = false;
        rebuildTree();
        relayout();
    }
}

void FlameGraphWidget::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    relayout(); // the minimum visible width depends on the pixel width
}

void FlameGraphWidget::rebuildTree()
{
    if (!snapshot_) {
        tree_ = {};
        return;
    }
    const Results& r = snapshot_->results;
    if (selection_->threads().isEmpty()) {
        tree_ = r.call_tree;
    } else {
        std::vector<const CallTree*> trees;
        for (const ThreadResult& t : r.threads) {
            if (selection_->threadVisible(t.thread_id))
                trees.push_back(&t.call_tree);
        }
        tree_ = mergeCallTrees(trees);
    }
}

const FlameGraphLayout& FlameGraphWidget::layout() const
{
    return canvas_->layout();
}

std::uint32_t FlameGraphWidget::zoomRoot() const
{
    return resolveCallPath(tree_, zoom_path_);
}

void FlameGraphWidget::relayout()
{
    const std::uint32_t root = zoomRoot();
    // Nodes under half a pixel are skipped: they could not be seen or clicked.
    const double minFraction = 0.5 / std::max(1, scroll_->viewport()->width());
    canvas_->setFlameLayout(&tree_, FlameGraphLayout::compute(tree_, root, minFraction));
    updateBreadcrumb();
}

void FlameGraphWidget::zoomTo(std::uint32_t node)
{
    if (node >= tree_.nodes.size())
        return;
    zoom_path_ = callPathOf(tree_, node);
    relayout();
}

void FlameGraphWidget::zoomOut()
{
    if (!zoom_path_.empty())
        zoom_path_.pop_back();
    relayout();
}

void FlameGraphWidget::setSearchText(const QString& text)
{
    search_->setText(text);
}

void FlameGraphWidget::onNodeClicked(std::uint32_t node)
{
    if (node == zoomRoot()) {
        zoomOut();
        return;
    }
    const CallTreeNode& n = tree_.nodes[node];
    selection_->setBlock(BlockKey{n.track, n.block});
    zoomTo(node);
}

void FlameGraphWidget::updateBreadcrumb()
{
    // Each level links to its depth in the zoom path; the current one is plain.
    const std::uint32_t root = zoomRoot();
    const CallPath shown = callPathOf(tree_, root);
    QStringList parts;
    const QString all = selection_->threads().isEmpty() ? tr("all threads") : tr("%n selected thread(s)", nullptr, int(selection_->threads().size()));
    std::uint32_t node = 0;
    for (std::size_t level = 0; level <= shown.size(); ++level) {
        if (level > 0)
            node = resolveCallPath(tree_, CallPath(shown.begin(), shown.begin() + std::ptrdiff_t(level)));
        const QString name = (level == 0 ? all : nodeName(node)).toHtmlEscaped();
        parts << (level == shown.size() ? QStringLiteral("<b>%1</b>").arg(name)
                                        : QStringLiteral("<a href=\"%1\">%2</a>").arg(level).arg(name));
    }
    breadcrumb_->setText(parts.join(QStringLiteral(" &rsaquo; ")));
}

QString FlameGraphWidget::nodeName(std::uint32_t node) const
{
    if (node == 0 || node >= tree_.nodes.size())
        return selection_->threads().isEmpty() ? tr("all threads") : tr("selected threads");
    const CallTreeNode& n = tree_.nodes[node];
    if (snapshot_) {
        if (const BlockStats* s = snapshot_->results.find(n.track, n.block))
            return QString::fromUtf8(s->name);
    }
    return tr("block %1.%2").arg(n.track).arg(n.block);
}

QString FlameGraphWidget::nodeTooltip(std::uint32_t node) const
{
    const CallTreeNode& n = tree_.nodes[node];
    const double rootTotal = double(tree_.nodes[0].total_ns);
    const double share = rootTotal > 0 ? 100.0 * double(n.total_ns) / rootTotal : 0.0;
    QString track = tr("Track %1").arg(n.track);
    if (snapshot_) {
        const auto it = snapshot_->results.tracks.find(n.track);
        if (it != snapshot_->results.tracks.end() && !it->second.name.empty())
            track = QString::fromStdString(it->second.name);
    }
    QString text = QStringLiteral("<b>%1</b>").arg(nodeName(node).toHtmlEscaped());
    if (node != 0)
        text += tr("<br>track: %1").arg(track.toHtmlEscaped());
    text += tr("<br>total: %1<br>self: %2<br>hits: %3<br>%4 of root")
                .arg(formatDuration(double(n.total_ns)), formatDuration(double(node == 0 ? 0 : n.self_ns)),
                     formatCount(n.hit_count), formatPercent(share));
    if (tooltipSuffix_)
        text += tooltipSuffix_(node);
    return text;
}

} // namespace stichotrope::gui
