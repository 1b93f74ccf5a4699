#include "ProfilerWidget.hpp"

#include "BlockTableView.hpp"
#include "StatTreeView.hpp"
#include "ThreadsPanel.hpp"
#include "TracksPanel.hpp"
#include "capture/CaptureSnapshot.hpp"
#include "controller/PollController.hpp"
#include "model/BlockColumns.hpp"
#include "model/BlockTableModel.hpp"
#include "model/BlockThreadsModel.hpp"
#include "model/ThreadFilterProxy.hpp"
#include "model/ThreadListModel.hpp"
#include "model/ThreadTreeModel.hpp"
#include "model/TrackListModel.hpp"
#include "model/ViewSelection.hpp"

#include <QAction>
#include <QDataStream>
#include <QIODevice>
#include <QDockWidget>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTimer>

#if __has_include("widgets/visual/FlameChartView.hpp")
#include "widgets/visual/FlameChartView.hpp"
#include "widgets/visual/RangeView.hpp"
#define STICHOTROPE_HAS_FLAME_CHART 1
#endif
#if __has_include("widgets/visual/FlameGraphWidget.hpp")
#include "widgets/visual/FlameGraphWidget.hpp"
#define STICHOTROPE_HAS_FLAME_GRAPH 1
#endif
#if __has_include("widgets/visual/BlockPlotsWidget.hpp")
#include "widgets/visual/BlockPlotsWidget.hpp"
#define STICHOTROPE_HAS_BLOCK_PLOTS 1
#endif

namespace stichotrope::gui {

ProfilerWidget::ProfilerWidget(Profiler& profiler, QWidget* parent) : ProfilerWidget(&profiler, parent) {}

ProfilerWidget::ProfilerWidget(const Capture& capture, QWidget* parent) : ProfilerWidget(nullptr, parent)
{
    trackModel_->setReadOnly(true);
    for (QAction* toggle : trackToggles_)
        toggle->setEnabled(false);
#ifdef STICHOTROPE_HAS_FLAME_CHART
    chart_->setPauseButtonVisible(false);
    chart_->setWindowNs(std::max<std::uint64_t>(capture.window_ns, 1));
#endif
#ifdef STICHOTROPE_HAS_BLOCK_PLOTS
    if (auto* plots = plotsDock_ ? qobject_cast<BlockPlotsWidget*>(plotsDock_->widget()) : nullptr)
        plots->setSeriesShown(false);
#endif
    onSnapshot(snapshotOf(capture));
}

Capture ProfilerWidget::capture() const
{
    if (!latest_)
        return {};
#ifdef STICHOTROPE_HAS_FLAME_CHART
    return captureOf(*latest_, &chart_->timelineWindow());
#else
    return captureOf(*latest_, nullptr);
#endif
}

ProfilerWidget::ProfilerWidget(Profiler* profiler, QWidget* parent)
    : QMainWindow(parent), poll_(profiler ? new PollController(*profiler, this) : nullptr), selection_(new ViewSelection(this)),
      blockModel_(new BlockTableModel(this)), threadModel_(new ThreadListModel(this)),
      treeModel_(new ThreadTreeModel(this)), trackModel_(new TrackListModel(this)),
      blockThreadsModel_(new BlockThreadsModel(this)),
      treeProxy_(new ThreadFilterProxy(ThreadTreeModel::ThreadIdRole, this))
{
    // A plain widget when embedded; docks still work inside it.
    setWindowFlags(Qt::Widget);
    setDockNestingEnabled(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);

    blockTable_ = new BlockTableView(blockModel_, selection_, this);
    blockTable_->view()->setObjectName(QStringLiteral("blocks"));
    setCentralWidget(blockTable_);

    tracksPanel_ = new TracksPanel(trackModel_);
    tracksPanel_->setObjectName(QStringLiteral("tracks"));
    QDockWidget* tracksDock = addDock(tr("Tracks"), QStringLiteral("tracks"), tracksPanel_, Qt::LeftDockWidgetArea,
            [this](const SnapshotPtr& s) { trackModel_->setSnapshot(s); });
    if (poll_)
        connect(trackModel_, &TrackListModel::trackEnableRequested, poll_, &PollController::setTrackEnabled);

    threadsPanel_ = new ThreadsPanel(threadModel_);
    threadsPanel_->setObjectName(QStringLiteral("threads"));
    QDockWidget* threadsDock = addDock(tr("Threads"), QStringLiteral("threads"), threadsPanel_, Qt::LeftDockWidgetArea,
            [this](const SnapshotPtr& s) { threadModel_->setSnapshot(s); });
    connect(threadsPanel_, &ThreadsPanel::threadsSelected, selection_, &ViewSelection::setThreads);

    treeProxy_->setSourceModel(treeModel_);
    threadTree_ = new StatTreeView;
    threadTree_->setObjectName(QStringLiteral("per-thread"));
    threadTree_->setWhatsThis(tr("Each thread's blocks, grouped by track, with the same statistics as the block "
                                 "table. Selecting a block selects it in every view."));
    threadTree_->setModel(treeProxy_);
    threadTree_->sortByColumn(ThreadTreeModel::NameColumn, Qt::AscendingOrder);
    connect(treeModel_, &QAbstractItemModel::rowsInserted, threadTree_, &StatTreeView::fitColumnsOnce);
    QDockWidget* perThread = addDock(tr("Per thread"), QStringLiteral("per-thread"), threadTree_,
                                     Qt::BottomDockWidgetArea,
                                     [this](const SnapshotPtr& s) { treeModel_->setSnapshot(s); });
    connect(threadTree_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const QVariant block = current.data(ThreadTreeModel::BlockRole);
                if (block.isValid())
                    selection_->setBlock(BlockKey{current.data(ThreadTreeModel::TrackRole).toUInt(), block.toUInt()});
            });

    auto* blockThreadsProxy = new QSortFilterProxyModel(this);
    blockThreadsProxy->setSourceModel(blockThreadsModel_);
    blockThreadsProxy->setSortRole(SortRole);
    blockThreadsProxy->setDynamicSortFilter(true);
    blockThreadsView_ = new StatTreeView;
    blockThreadsView_->setObjectName(QStringLiteral("block-by-thread"));
    blockThreadsView_->setWhatsThis(tr("The selected block's statistics in each thread that ran it, to spot "
                                       "the thread that is slower or busier than the others."));
    blockThreadsView_->setRootIsDecorated(false);
    blockThreadsView_->setModel(blockThreadsProxy);
    blockThreadsView_->sortByColumn(BlockThreadsModel::FirstStatColumn + 1, Qt::DescendingOrder);
    connect(blockThreadsModel_, &QAbstractItemModel::rowsInserted, blockThreadsView_, &StatTreeView::fitColumnsOnce);
    QDockWidget* byThread = addDock(tr("Block by thread"), QStringLiteral("block-by-thread"), blockThreadsView_,
                                    Qt::BottomDockWidgetArea,
                                    [this](const SnapshotPtr& s) { blockThreadsModel_->setSnapshot(s); });
    connect(selection_, &ViewSelection::blockChanged, this, [this, byThread] {
        blockThreadsModel_->setBlock(selection_->block());
        if (latest_)
            blockThreadsModel_->setSnapshot(latest_); // rows at once, even while the dock is hidden
        const BlockStats* b = selection_->block() && latest_
                                  ? latest_->results.find(selection_->block()->track, selection_->block()->block)
                                  : nullptr;
        byThread->setWindowTitle(b ? tr("Block by thread: %1").arg(QString::fromUtf8(b->name))
                                   : tr("Block by thread"));
    });

    // The merged table is the central widget: always visible.
    if (poll_) {
        connect(poll_, &PollController::snapshotReady, this, &ProfilerWidget::onSnapshot);
        connect(poll_, &PollController::cleared, this, &ProfilerWidget::onCleared);
    }
    connect(selection_, &ViewSelection::threadsChanged, this, [this] {
        blockModel_->setThreadFilter(selection_->threads());
        treeProxy_->setThreads(selection_->threads());
    });

    buildVisualDocks();
    tabifyDockWidget(perThread, byThread);
    if (rangeDock_)
        tabifyDockWidget(byThread, rangeDock_);
    perThread->raise();
    defaultSizes_ = [this, tracksDock, threadsDock, perThread] {
        resizeDocks({tracksDock, threadsDock}, {410, 410}, Qt::Horizontal);
        resizeDocks({tracksDock, threadsDock}, {190, std::max(200, height() - 190)}, Qt::Vertical);
        resizeDocks({perThread}, {height() * 2 / 5}, Qt::Vertical);
        if (plotsDock_)
            resizeDocks({plotsDock_}, {std::min(380, width() / 4)}, Qt::Horizontal);
    };

    // Alt+1..9 toggle the first nine tracks from anywhere in the widget.
    for (int i = 0; i < 9; ++i) {
        auto* toggle = new QAction(tr("Toggle track %1").arg(i + 1), this);
        toggle->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        toggle->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        toggle->setToolTip(tr("Turn recording of the track in row %1 of Tracks on or off").arg(i + 1));
        connect(toggle, &QAction::triggered, this, [this, i] { trackModel_->toggle(i); });
        addAction(toggle);
        trackToggles_ << toggle;
    }
}

ProfilerWidget::~ProfilerWidget() = default;

namespace {
// Version of saveLayout()'s format; the dock state inside has its own.
constexpr quint32 kLayoutMagic = 0x53544C31; // "STL1"
} // namespace

QList<QTreeView*> ProfilerWidget::tables() const
{
    QList<QTreeView*> views{blockTable_->view(), tracksPanel_, threadsPanel_, threadTree_, blockThreadsView_};
    if (rangeTable_)
        views << rangeTable_;
    return views;
}

QByteArray ProfilerWidget::saveLayout() const
{
    QByteArray out;
    QDataStream stream(&out, QIODevice::WriteOnly);
    stream << kLayoutMagic << saveState();
    const QList<QTreeView*> views = tables();
    stream << quint32(views.size());
    for (const QTreeView* view : views)
        stream << view->objectName() << view->header()->saveState();
    return out;
}

bool ProfilerWidget::restoreLayout(const QByteArray& state)
{
    QDataStream stream(state);
    quint32 magic = 0;
    QByteArray docks;
    quint32 count = 0;
    stream >> magic >> docks >> count;
    if (stream.status() != QDataStream::Ok || magic != kLayoutMagic || !restoreState(docks))
        return false;
    QHash<QString, QByteArray> headers;
    for (quint32 i = 0; i < count && stream.status() == QDataStream::Ok; ++i) {
        QString name;
        QByteArray header;
        stream >> name >> header;
        headers.insert(name, header);
    }
    for (QTreeView* view : tables()) {
        const auto it = headers.constFind(view->objectName());
        if (it == headers.constEnd() || !view->header()->restoreState(*it))
            continue;
        // The user's widths win over fitting the columns to the first rows.
        if (auto* stat = qobject_cast<StatTreeView*>(view))
            stat->keepColumnWidths();
    }
    layoutRestored_ = true;
    return true;
}

void ProfilerWidget::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    // Dock sizes need the final window size: set them once it is known,
    // unless a saved layout was restored.
    if (std::exchange(firstShow_, false) && !layoutRestored_)
        QTimer::singleShot(0, this, [this] { defaultSizes_(); });
}

QDockWidget* ProfilerWidget::addDock(const QString& title, const QString& objectName, QWidget* content,
                                     Qt::DockWidgetArea area, std::function<void(const SnapshotPtr&)> apply)
{
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(content);
    addDockWidget(area, dock);
    consumers_.push_back({dock, std::move(apply), 0});
    const std::size_t i = consumers_.size() - 1;
    connect(dock, &QDockWidget::visibilityChanged, this, [this, i](bool visible) {
        if (visible)
            bringUpToDate(consumers_[i]);
    });
    return dock;
}

void ProfilerWidget::buildVisualDocks()
{
    QDockWidget* first = nullptr;
    auto tab = [this, &first](QDockWidget* dock) {
        if (first)
            tabifyDockWidget(first, dock);
        else
            first = dock;
    };
#ifdef STICHOTROPE_HAS_FLAME_CHART
    auto* chart = new FlameChartView(selection_);
    chartDock_ = addDock(tr("Flame chart"), QStringLiteral("flame-chart"), chart, Qt::BottomDockWidgetArea,
                         [chart](const SnapshotPtr& s) { chart->setSnapshot(s); });
    tab(chartDock_);
    auto* longest = new QAction(tr("Show the longest run in the flame chart"), this);
    longest->setToolTip(tr("Zoom the flame chart to the longest run of this block among the shown threads"));
    longest->setEnabled(false);
    connect(longest, &QAction::triggered, this, &ProfilerWidget::showLongestRun);
    connect(selection_, &ViewSelection::blockChanged, longest,
            [this, longest] { longest->setEnabled(selection_->block().has_value()); });
    blockTable_->view()->addAction(longest);
    if (poll_) {
        connect(poll_, &PollController::pausedChanged, chart, &FlameChartView::setPaused);
        connect(chart, &FlameChartView::windowNsChanged, poll_, &PollController::setTimelineWindowNs);
    }
    chart_ = chart;
    // Statistics of a range marked on the chart, with the tables at the bottom.
    auto* range = new RangeView(selection_);
    rangeTable_ = range->table()->view();
    rangeDock_ = addDock(tr("Range"), QStringLiteral("range"), range, Qt::BottomDockWidgetArea,
                         [](const SnapshotPtr&) {}); // sums a range once, when it is marked
    connect(chart, &FlameChartView::timeRangeSelected, this, [this, chart, range](std::uint64_t b, std::uint64_t e) {
        range->showRange(chart->timelineWindow(), b, e, latest_ ? latest_->results : Results{});
        rangeDock_->show();
        rangeDock_->raise();
    });
    connect(chart, &FlameChartView::timeRangeCleared, range, &RangeView::clear);
    connect(range, &RangeView::clearRequested, chart, &FlameChartView::clearTimeRange);
    connect(range, &RangeView::zoomRequested, chart,
            [chart](std::uint64_t b, std::uint64_t e) { chart->showRange(double(b) * 1e-9, double(e) * 1e-9); });
    setWindowSeconds_ = [chart](double s) { chart->setWindowSeconds(s); };
    zoomTimeline_ = [chart](double f) { chart->zoomTime(f); };
    showWholeTimeline_ = [chart] { chart->showWholeWindow(); };
#endif
#ifdef STICHOTROPE_HAS_FLAME_GRAPH
    auto* graph = new FlameGraphWidget(selection_);
    tab(addDock(tr("Flame graph"), QStringLiteral("flame-graph"), graph, Qt::BottomDockWidgetArea,
                [graph](const SnapshotPtr& s) { graph->setSnapshot(s); }));
#endif
#ifdef STICHOTROPE_HAS_BLOCK_PLOTS
    auto* plots = new BlockPlotsWidget(selection_);
    plotsDock_ = addDock(tr("Plots"), QStringLiteral("plots"), plots, Qt::RightDockWidgetArea,
                         [plots](const SnapshotPtr& s) { plots->setSnapshot(s); });
#endif
    (void)tab;
    if (first)
        first->raise();
}

void ProfilerWidget::setWindowSeconds(double seconds)
{
    if (setWindowSeconds_)
        setWindowSeconds_(seconds);
}

void ProfilerWidget::zoomTimeline(double factor)
{
    if (zoomTimeline_)
        zoomTimeline_(factor);
}

bool ProfilerWidget::showLongestRun()
{
    if (!chart_ || !selection_->block())
        return false;
    chartDock_->show();
    chartDock_->raise();
    // A hidden dock skips polls: the chart searches the latest window.
    for (Consumer& c : consumers_)
        if (c.dock == chartDock_)
            bringUpToDate(c);
    return chart_->showLongestRun(*selection_->block());
}

void ProfilerWidget::showWholeTimeline()
{
    if (showWholeTimeline_)
        showWholeTimeline_();
}

QList<QAction*> ProfilerWidget::dockToggleActions() const
{
    QList<QAction*> actions;
    for (const Consumer& c : consumers_)
        actions << c.dock->toggleViewAction();
    return actions;
}

void ProfilerWidget::onSnapshot(const SnapshotPtr& snapshot)
{
    previous_ = std::exchange(latest_, snapshot);
    blockModel_->setSnapshot(snapshot);
    // Start with the top block selected so the plots and the block-by-thread
    // view have something to show.
    if (!selection_->block() && blockModel_->rowCount() > 0) {
        StatTreeView* view = blockTable_->view();
        view->setCurrentIndex(view->model()->index(0, 0));
    }
    for (Consumer& c : consumers_) {
        // A flame chart fed snapshots without a window accumulates their
        // incremental events: it must see every one, hidden or not (its own
        // paint is what visibility saves). A live poll's snapshot carries the
        // whole window.
        const bool incremental = c.dock->objectName() == QLatin1String("flame-chart") && !snapshot->window;
        if (incremental || c.dock->isVisible())
            bringUpToDate(c);
    }
    summary_ = summarize(*snapshot, previous_.get());
    Q_EMIT summaryChanged(summary_);
    retire(std::move(previous_));
}

void ProfilerWidget::retire(SnapshotPtr snapshot)
{
    // Live, the next poll writes over its storage; a capture's is freed.
    if (poll_)
        poll_->recycle(std::move(snapshot));
    else
        releaseOffGuiThread(std::move(snapshot));
}

void ProfilerWidget::bringUpToDate(Consumer& consumer)
{
    if (!latest_ || consumer.appliedSequence == latest_->sequence)
        return;
    consumer.appliedSequence = latest_->sequence;
    consumer.apply(latest_);
}

void ProfilerWidget::onCleared()
{
    blockModel_->clear();
    threadModel_->clear();
    treeModel_->clear();
    trackModel_->clear();
    blockThreadsModel_->clear();
    previous_.reset();
    latest_.reset();
}

} // namespace stichotrope::gui
