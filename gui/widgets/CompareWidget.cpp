#include "CompareWidget.hpp"

#include "StatTreeView.hpp"
#include "model/BlockColumns.hpp"
#include "model/ChangeColors.hpp"
#include "model/CompareModel.hpp"
#include "model/DurationFormat.hpp"
#include "model/ViewSelection.hpp"
#include "widgets/visual/FlameGraphCanvas.hpp"
#include "widgets/visual/FlameGraphWidget.hpp"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace stichotrope::gui {

namespace {

StatTreeView* tableFor(CompareModel* model, QWidget* parent)
{
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(SortRole);
    proxy->setDynamicSortFilter(true);
    auto* view = new StatTreeView(parent);
    view->setRootIsDecorated(false);
    view->setModel(proxy);
    // Largest change first.
    view->sortByColumn(CompareModel::DifferenceColumn, Qt::DescendingOrder);
    QObject::connect(model, &QAbstractItemModel::modelReset, view, &StatTreeView::fitColumnsOnce);
    return view;
}

QString legend()
{
    auto swatch = [](Change c, const QString& text) {
        return QStringLiteral("<span style=\"background-color:%1\">&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;%2")
            .arg(changeColor(c).name(), text);
    };
    return swatch(Change::Regressed, CompareWidget::tr("more than the baseline (regression)")) +
           QStringLiteral("&nbsp;&nbsp; ") + swatch(Change::Improved, CompareWidget::tr("less (improvement)")) +
           QStringLiteral("&nbsp;&nbsp; ") +
           swatch(Change::Same, CompareWidget::tr("within %1 %").arg(kSignificantChange * 100));
}

} // namespace

CompareWidget::CompareWidget(QWidget* parent)
    : QWidget(parent)
    , title_(new QLabel(this))
    , metric_(new QComboBox(this))
    , scope_(new QComboBox(this))
    , blocks_(new CompareModel(CompareModel::Rows::Blocks, this))
    , threads_(new CompareModel(CompareModel::Rows::Threads, this))
    , selection_(new ViewSelection(this))
{
    title_->setTextFormat(Qt::RichText);
    for (CompareMetric m : {CompareMetric::Total, CompareMetric::Average, CompareMetric::Hits, CompareMetric::Share})
        metric_->addItem(compareMetricName(m), int(m));
    metric_->setCurrentIndex(metric_->findData(int(blocks_->metric())));
    metric_->setToolTip(tr("The value compared, sorted by and coloured by"));
    scope_->setToolTip(tr("Blocks of all threads, or of the threads with this name"));
    connect(metric_, &QComboBox::currentIndexChanged, this,
            [this] { setMetric(CompareMetric(metric_->currentData().toInt())); });
    connect(scope_, &QComboBox::currentIndexChanged, this, [this] { blocks_->setScope(scope_->currentData().toString()); });

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 4);
    bar->addWidget(title_, 1);
    bar->addWidget(new QLabel(tr("Compare"), this));
    bar->addWidget(metric_);
    bar->addWidget(new QLabel(tr("of"), this));
    bar->addWidget(scope_);

    blockView_ = tableFor(blocks_, this);
    threadView_ = tableFor(threads_, this);
    threadView_->setColumnHidden(CompareModel::TrackColumn, true);
    // A thread chosen in the thread table scopes the block table to it.
    connect(threadView_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const int i = scope_->findData(current.siblingAtColumn(CompareModel::NameColumn).data().toString());
                if (i >= 0)
                    scope_->setCurrentIndex(i);
            });

    flame_ = new FlameGraphWidget(selection_);
    flame_->canvas()->setNodeColor([this](std::uint32_t node) {
        if (node >= changes_.size())
            return changeColor(Change::Same);
        const NodeChange& c = changes_[node];
        return changeShade(c.inBase, c.base, c.current);
    });
    flame_->setTooltipSuffix([this](std::uint32_t node) {
        if (node >= changes_.size() || node == 0)
            return QString();
        const NodeChange& c = changes_[node];
        const CompareMetric m = blocks_->metric();
        auto value = [m](double v) {
            return m == CompareMetric::Hits ? formatCount(std::uint64_t(v))
                   : m == CompareMetric::Share ? formatPercent(v)
                                               : formatDuration(v);
        };
        if (!c.inBase)
            return tr("<br><i>not in the baseline</i>");
        return tr("<br>%1: %2 \u2192 %3 (%4\u00d7)")
            .arg(compareMetricName(m), value(c.base), value(c.current))
            .arg(c.base > 0 ? c.current / c.base : 0.0, 0, 'f', 2);
    });
    auto* flamePage = new QWidget(this);
    auto* flameLayout = new QVBoxLayout(flamePage);
    flameLayout->setContentsMargins(0, 0, 0, 0);
    auto* legendLabel = new QLabel(legend(), flamePage);
    legendLabel->setContentsMargins(6, 2, 6, 2);
    flameLayout->addWidget(legendLabel);
    flameLayout->addWidget(flame_, 1);

    auto* tabs = new QTabWidget(this);
    tabs->addTab(flamePage, tr("Flame graph by change"));
    tabs->addTab(threadView_, tr("Threads"));

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(blockView_);
    split->addWidget(tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
}

void CompareWidget::setComparison(SnapshotPtr base, const QString& baseLabel, SnapshotPtr current,
                                  const QString& currentLabel)
{
    base_ = std::move(base);
    title_->setText(tr("<b>Baseline</b> %1 &nbsp;&rarr;&nbsp; <b>Current</b> %2")
                        .arg(baseLabel.toHtmlEscaped(), currentLabel.toHtmlEscaped()));
    setCurrent(std::move(current));
}

void CompareWidget::setCurrent(SnapshotPtr current)
{
    current_ = std::move(current);
    refreshScopes();
    refresh();
}

void CompareWidget::setMetric(CompareMetric metric)
{
    const int i = metric_->findData(int(metric));
    if (i != metric_->currentIndex()) {
        metric_->setCurrentIndex(i); // comes back here through the signal
        return;
    }
    blocks_->setMetric(metric);
    threads_->setMetric(metric);
    recolour();
}

void CompareWidget::setScope(const QString& threadName)
{
    const int i = scope_->findData(threadName);
    if (i >= 0)
        scope_->setCurrentIndex(i);
}

void CompareWidget::refreshScopes()
{
    if (!base_ || !current_)
        return;
    QStringList names{QString()};
    names << comparedThreadNames(base_->results, current_->results);
    QStringList shown;
    for (int i = 0; i < scope_->count(); ++i)
        shown << scope_->itemData(i).toString();
    if (shown == names)
        return;
    const QString keep = scope_->currentData().toString();
    const QSignalBlocker block(scope_);
    scope_->clear();
    for (const QString& n : names)
        scope_->addItem(n.isEmpty() ? tr("all threads") : n, n);
    scope_->setCurrentIndex(std::max(0, scope_->findData(keep)));
    blocks_->setScope(scope_->currentData().toString());
}

void CompareWidget::refresh()
{
    blocks_->setResults(base_, current_);
    threads_->setResults(base_, current_);
    flame_->setSnapshot(current_);
    recolour();
}

void CompareWidget::recolour()
{
    if (!base_ || !current_) {
        changes_.clear();
        return;
    }
    changes_ = compareCallTrees(base_->results, base_->results.call_tree, current_->results, current_->results.call_tree,
                                blocks_->metric());
    flame_->canvas()->update();
}

} // namespace stichotrope::gui
