// Captures in the viewer: a capture opens read-only in the same views (same
// numbers, title names the file, no polling), saving it again gives the same
// bytes, a bad file is refused with the field named and the view kept, and
// two captures open in the comparison view. The menus act on the view on
// screen: the live session's controls rest while a capture or a comparison
// is shown.
#include "capture_test_support.hpp"
#include "gui_test_support.hpp"
#include "menu_test_support.hpp"

#include "app/MainWindow.hpp"
#include "capture/CaptureReader.hpp"
#include "capture/CaptureWriter.hpp"
#include "controller/PollController.hpp"
#include "model/BlockColumns.hpp"
#include "model/BlockTableModel.hpp"
#include "model/CompareModel.hpp"
#include "model/ThreadListModel.hpp"
#include "model/TrackListModel.hpp"
#include "widgets/CompareWidget.hpp"
#include "widgets/BlockTableView.hpp"
#include "widgets/ProfilerWidget.hpp"
#include "widgets/StatTreeView.hpp"
#include "widgets/visual/BlockPlotsWidget.hpp"
#include "widgets/visual/FlameChartPlottable.hpp"
#include "widgets/visual/FlameChartView.hpp"

#include <QApplication>
#include <QDockWidget>
#include <QSignalSpy>
#include <QLabel>
#include <QStatusBar>
#include <QFile>
#include <QTemporaryDir>

#include <qcustomplot.h>

using namespace stichotrope;
using namespace stichotrope::gui;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

ViewerOptions quietOptions()
{
    ViewerOptions o;
    o.theme = QStringLiteral("light");
    return o;
}

} // namespace

class TestCaptureViewer : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QString path_;
    Capture capture_;

private Q_SLOTS:
    void initTestCase()
    {
        capture_ = test::recordCapture();
        path_ = dir_.filePath(QStringLiteral("run.json"));
        QString error;
        QVERIFY2(saveCapture(capture_, path_, &error), qPrintable(error));
    }
    void init() { test::failOnWarnings(); }
    void cleanup() { test::checkWarnings(); }

    void opensReadOnlyWithTheSameNumbers()
    {
        Profiler profiler("viewer");
        MainWindow window(profiler, nullptr, quietOptions());
        window.show();
        QVERIFY(window.openCapture(path_));
        ProfilerWidget* view = window.captureWidget();
        QVERIFY(view);
        QCOMPARE(window.shownProfilerWidget(), view);
        QVERIFY(!view->isLive());
        QVERIFY(window.windowTitle().contains(QStringLiteral("run.json")));
        QVERIFY(window.profilerWidget()->pollController()->isPaused()); // nothing polls meanwhile

        BlockTableModel* blocks = view->blockModel();
        QCOMPARE(blocks->rowCount(), int(capture_.results.block_count()));
        for (int row = 0; row < blocks->rowCount(); ++row) {
            const BlockKey key = blocks->keyAt(row);
            const BlockStats* s = capture_.results.find(key.track, key.block);
            QVERIFY(s);
            for (int c = 0; c < kStatColumnCount; ++c) {
                const QModelIndex i = blocks->index(row, BlockTableModel::FirstStatColumn + c);
                QCOMPARE(i.data(Qt::ToolTipRole), statData(*s, StatColumn(c), Qt::ToolTipRole)); // exact values
            }
        }
        QCOMPARE(view->threadModel()->rowCount(), test::kRunThreads);
        // Toggles are shown but locked.
        TrackListModel* tracks = view->trackModel();
        QVERIFY(!(tracks->flags(tracks->index(0, 0)) & Qt::ItemIsUserCheckable));
        QVERIFY(!tracks->setData(tracks->index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
        // No polls, no time series: the plots show the histogram alone.
        auto* plots = view->findChild<BlockPlotsWidget*>();
        QVERIFY(plots);
        QVERIFY(plots->timePlot()->isHidden() && plots->hitsPlot()->isHidden());
        QVERIFY(!plots->histogramPlot()->isHidden());
        auto* live = window.profilerWidget()->findChild<BlockPlotsWidget*>();
        QVERIFY(live && !live->timePlot()->isHidden());

        window.showLive();
        QVERIFY(!window.profilerWidget()->pollController()->isPaused());
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("Live")));
    }

    void savingAnOpenedCaptureIsByteIdentical()
    {
        Profiler profiler("viewer");
        MainWindow window(profiler, nullptr, quietOptions());
        window.show();
        QVERIFY(window.openCapture(path_));
        const QString again = dir_.filePath(QStringLiteral("again.json"));
        QVERIFY2(window.saveCapture(again), qPrintable(window.lastError()));
        QCOMPARE(readAll(again), readAll(path_));
        // Through the views once more.
        QVERIFY(window.openCapture(again));
        const QString third = dir_.filePath(QStringLiteral("third.json"));
        QVERIFY(window.saveCapture(third));
        QCOMPARE(readAll(third), readAll(path_));
    }

    void badFileKeepsTheCurrentView()
    {
        Profiler profiler("viewer");
        MainWindow window(profiler, nullptr, quietOptions());
        window.show();
        QVERIFY(window.openCapture(path_));
        ProfilerWidget* shown = window.captureWidget();
        const QString title = window.windowTitle();

        const QByteArray bad = readAll(path_); // truncated below
        const QString badPath = dir_.filePath(QStringLiteral("bad.json"));
        QFile f(badPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bad.left(bad.size() - 10));
        f.close();
        QVERIFY(!window.openCapture(badPath));
        QVERIFY2(window.lastError().contains(QStringLiteral("bad.json")), qPrintable(window.lastError()));
        QVERIFY2(window.lastError().contains(QStringLiteral("the file ends early")), qPrintable(window.lastError()));
        QCOMPARE(window.captureWidget(), shown);
        QCOMPARE(window.shownProfilerWidget(), shown);
        QCOMPARE(window.windowTitle(), title);
    }

    void comparesTwoCaptures()
    {
        const Capture slower = test::recordCapture(3); // "step" three times per frame
        const QString slowerPath = dir_.filePath(QStringLiteral("slower.json"));
        QVERIFY(saveCapture(slower, slowerPath, nullptr));
        Profiler profiler("viewer");
        MainWindow window(profiler, nullptr, quietOptions());
        window.show();
        QVERIFY2(window.compareCaptures(path_, slowerPath), qPrintable(window.lastError()));
        CompareWidget* compare = window.compareWidget();
        QVERIFY(compare && compare->isVisible());
        QVERIFY(window.windowTitle().contains(QStringLiteral("run.json")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("slower.json")));
        CompareModel* blocks = compare->blockModel();
        QCOMPARE(blocks->rowCount(), int(capture_.results.block_count()));
        // By hits, which do not depend on the machine's load: "step" tripled
        // and leads as the one regression; every other block is unchanged.
        compare->setMetric(CompareMetric::Hits);
        QAbstractItemModel* shown = compare->blockView()->model();
        QCOMPARE(shown->index(0, CompareModel::NameColumn).data().toString(), QStringLiteral("step"));
        QCOMPARE(shown->index(0, CompareModel::DifferenceColumn).data(CompareModel::ChangeRole).toInt(),
                 int(Change::Regressed));
        QCOMPARE(shown->index(0, CompareModel::RatioColumn).data().toString(), QStringLiteral("3.00\u00d7"));
        for (int row = 1; row < shown->rowCount(); ++row)
            QCOMPARE(shown->index(row, CompareModel::DifferenceColumn).data(CompareModel::ChangeRole).toInt(),
                     int(Change::Same));
        QCOMPARE(compare->nodeChanges().size(), slower.results.call_tree.nodes.size());
        QVERIFY(window.profilerWidget()->pollController()->isPaused());
    }

    void menusActOnTheShownView()
    {
        Profiler profiler("viewer");
        MainWindow window(profiler, nullptr, quietOptions());
        window.resize(1400, 900);
        window.show();
        const QMenuBar* bar = window.menuBar();
        auto action = [bar](const char* path) {
            QAction* a = test::findAction(bar, QString::fromUtf8(path));
            if (!a)
                qFatal("no menu entry %s", path);
            return a;
        };
        QAction* tracks = action("&Control/&Tracks");
        QAction* pause = action("&Control/&Pause polling");
        QAction* zoomIn = action("&View/Zoom &in");
        QAction* save = action("&File/&Save capture…");
        QAction* exportMenu = action("&File/&Export");
        QAction* panels = action("&View/&Panels");
        QAction* live = action("&File/Back to the &live view");
        QVERIFY(tracks->isEnabled() && pause->isEnabled() && !live->isEnabled());
        QCOMPARE(panels->menu()->actions(), window.profilerWidget()->dockToggleActions());

        QVERIFY(window.openCapture(path_));
        ProfilerWidget* view = window.captureWidget();
        QVERIFY(!tracks->isEnabled() && !pause->isEnabled() && live->isEnabled());
        QVERIFY(zoomIn->isEnabled() && save->isEnabled() && exportMenu->isEnabled());
        QCOMPARE(panels->menu()->actions(), view->dockToggleActions());
        for (QAction* toggle : view->trackToggleActions())
            QVERIFY(!toggle->isEnabled()); // Alt+1..9 cannot change a capture
        // A capture's status: its threads and blocks, no rate or poll time.
        int statusLabels = 0;
        for (const QLabel* l : window.statusBar()->findChildren<QLabel*>()) {
            const bool polling = l->text().contains(QStringLiteral("events/s")) || l->text().contains(QStringLiteral("poll"));
            const bool counts = l->text().startsWith(QStringLiteral("Threads")) || l->text().startsWith(QStringLiteral("Blocks"));
            if (polling || counts) {
                ++statusLabels;
                QVERIFY2(l->isVisible() == counts, qPrintable(l->text()));
            }
        }
        QCOMPARE(statusLabels, 4);
        // Zoom reaches the capture's flame chart.
        auto* chart = view->findChild<FlameChartView*>();
        QVERIFY(chart);
        QTRY_VERIFY(chart->isVisible());
        const double whole = chart->plot()->xAxis->range().size();
        zoomIn->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(chart->plot()->xAxis->range().size(), whole / 2, 2000);

        QVERIFY(window.compareCaptures(path_, path_));
        QVERIFY(!zoomIn->isEnabled() && !save->isEnabled() && !exportMenu->isEnabled() && !panels->isEnabled());
        QVERIFY(!action("&View/&Longest run of the selected block")->isEnabled());
        const QList<QLabel*> summary = window.statusBar()->findChildren<QLabel*>();
        QVERIFY(!summary.isEmpty());
        for (const QLabel* l : summary)
            QVERIFY2(!l->isVisible(), qPrintable(l->text())); // no poll summary for a comparison

        live->trigger();
        QCOMPARE(window.shownProfilerWidget(), window.profilerWidget());
        QVERIFY(tracks->isEnabled() && pause->isEnabled() && zoomIn->isEnabled() && save->isEnabled());
        QVERIFY(!live->isEnabled());
        QCOMPARE(panels->menu()->actions(), window.profilerWidget()->dockToggleActions());
        for (const QLabel* l : summary)
            QVERIFY(l->isVisible());
    }

    void longestRunShowsTheSlowestExecutionInTheFlameChart()
    {
        Profiler profiler("viewer");
        MainWindow window(profiler, nullptr, quietOptions());
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openCapture(path_));
        ProfilerWidget* view = window.captureWidget();
        auto* chart = view->findChild<FlameChartView*>();
        QVERIFY(chart);
        // The flame graph on top: the chart's dock is hidden behind it.
        auto* chartDock = view->findChild<QDockWidget*>(QStringLiteral("flame-chart"));
        auto* graphDock = view->findChild<QDockWidget*>(QStringLiteral("flame-graph"));
        QVERIFY(chartDock && graphDock);
        // (A tab behind another keeps isVisible(); its dock says it is hidden.)
        QSignalSpy chartShown(chartDock, &QDockWidget::visibilityChanged);
        graphDock->raise();
        QTRY_VERIFY(!chartShown.isEmpty() && !chartShown.last().at(0).toBool());

        // The captured timeline's slowest "step", whichever thread ran it.
        const auto& blocks = capture_.results.tracks.at(0).blocks;
        const auto step = std::find_if(blocks.begin(), blocks.end(),
                                       [](const auto& b) { return b.second.name == "step"; });
        QVERIFY(step != blocks.end());
        const unsigned stepIndex = (*step).first;
        std::uint64_t slowest = 0, slowestThread = 0;
        for (const ThreadTimeline& t : capture_.timeline.threads)
            for (const TimelineEvent& e : t.events)
                if (e.track == 0 && e.block == stepIndex && e.duration_ns >= slowest)
                    slowest = e.duration_ns, slowestThread = t.thread_id;
        QVERIFY(slowest > 0);

        // The block table's context menu offers it once a block is selected.
        const QList<QAction*> extra = view->blockTable()->view()->actions();
        QCOMPARE(extra.size(), 1);
        view->selection()->setBlock(BlockKey{0, stepIndex});
        QVERIFY(extra.front()->isEnabled());

        QAction* longest =
            test::findAction(window.menuBar(), QStringLiteral("&View/&Longest run of the selected block"));
        QVERIFY(longest && longest->isEnabled());
        QCOMPARE(longest->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_J));
        longest->trigger();
        QTRY_VERIFY(chartShown.last().at(0).toBool());
        QVERIFY(chart->isPaused());
        const auto& marked = chart->plottable()->markedEvent();
        QVERIFY(marked.has_value());
        QCOMPARE(marked->event.end_ns - marked->event.start_ns, slowest);
        QCOMPARE(marked->thread_id, slowestThread);
        const QCPRange shown = chart->plot()->xAxis->range();
        QVERIFY(shown.lower * 1e9 <= double(marked->event.start_ns) && shown.upper * 1e9 >= double(marked->event.end_ns));
        QVERIFY(shown.size() * 1e9 < 2.0 * double(slowest));
    }
};

STICHO_GUI_TEST_MAIN(TestCaptureViewer, QApplication)
#include "tst_capture_viewer.moc"
