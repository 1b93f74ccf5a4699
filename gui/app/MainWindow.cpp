#include "MainWindow.hpp"

#include "ActionIcons.hpp"
#include "HelpDialogs.hpp"
#include "capture/AtomicWrite.hpp"
#include "capture/CaptureReader.hpp"
#include "capture/CaptureSnapshot.hpp"
#include "capture/CaptureWriter.hpp"
#include "controller/PollController.hpp"
#include "model/PollSummary.hpp"
#include "model/ThreadFilter.hpp"
#include "model/ViewSelection.hpp"
#include "widgets/BlockTableView.hpp"
#include "widgets/CompareWidget.hpp"
#include "widgets/ProfilerWidget.hpp"
#include "workload/DemoWorkload.hpp"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QWhatsThis>

namespace stichotrope::gui {

namespace {

QString settingKey(const char* key)
{
    return QString::fromLatin1(key);
}

// "Start or stop ... (Ctrl+R)": the shortcut in the platform's words.
QString withShortcut(const QString& tip, const QAction* action)
{
    const QKeySequence key = action->shortcut();
    return key.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText));
}

} // namespace

MainWindow::MainWindow(Profiler& profiler, demo::DemoWorkload* workload, const ViewerOptions& options,
                       QWidget* parent)
    : QMainWindow(parent), workload_(workload), pages_(new QStackedWidget(this)),
      profilerWidget_(new ProfilerWidget(profiler, pages_)), compareMetric_(options.compareMetric)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Live \u2014 Stichotrope Viewer"));
    setWindowIcon(appIcon());
    pages_->addWidget(profilerWidget_);
    setCentralWidget(pages_);
    // A live comparison follows the polls.
    connect(profilerWidget_->pollController(), &PollController::snapshotReady, this, [this](const SnapshotPtr& s) {
        if (followLive_ && compareWidget_ && pages_->currentWidget() == compareWidget_)
            compareWidget_->setCurrent(s);
    });
    buildActions();
    buildToolBar();
    buildMenus();

    threadsLabel_ = new QLabel(this);
    threadsLabel_->setToolTip(tr("Threads that recorded a block: still running / all since the last reset"));
    blocksLabel_ = new QLabel(this);
    blocksLabel_->setToolTip(tr("Distinct blocks (call sites) recorded so far"));
    rateLabel_ = new QLabel(this);
    rateLabel_->setToolTip(tr("Block executions per second over the last poll interval, all threads together"));
    pollLabel_ = new QLabel(this);
    pollLabel_->setObjectName(QStringLiteral("pollLabel"));
    pollLabel_->setToolTip(tr("Time the last poll took to read and aggregate the profiler, off the interface thread. "
                              "When polls come markedly less often than asked (a poll, or updating the views, takes "
                              "longer than the interval), the time between polls is shown too."));
    for (QLabel* l : {threadsLabel_, blocksLabel_, rateLabel_, pollLabel_})
        statusBar()->addPermanentWidget(l);
    connect(profilerWidget_, &ProfilerWidget::summaryChanged, this, [this](const PollSummary& s) {
        if (pages_->currentWidget() == profilerWidget_)
            showSummary(s);
    });
    showSummary({});

    restoreSettings(options);
    profilerWidget_->setWindowSeconds(options.windowSeconds);
    if (options.paused)
        pause_->setChecked(true);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    PollController* poll = profilerWidget_->pollController();

    run_ = new QAction(this);
    run_->setCheckable(true);
    run_->setChecked(workload_ && workload_->isRunning());
    run_->setEnabled(workload_ != nullptr);
    run_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    run_->setWhatsThis(tr("Starts or stops the demo workload: worker threads that run instrumented code, "
                          "so there is something to watch. Stopping it keeps the statistics."));
    connect(run_, &QAction::toggled, this, [this](bool on) {
        if (workload_) {
            if (on)
                workload_->start();
            else
                workload_->stop();
        }
        updateRunAction();
    });
    updateRunAction();

    pause_ = new QAction(tr("&Pause polling"), this);
    pause_->setCheckable(true);
    pause_->setShortcut(QKeySequence(Qt::Key_F5));
    pause_->setToolTip(withShortcut(tr("Stop polling; the views keep the last snapshot"), pause_));
    pause_->setWhatsThis(tr("Stops reading the profiler: every view keeps the last snapshot so you can study it, "
                            "while the program goes on recording. Press again to resume."));
    connect(pause_, &QAction::toggled, poll, &PollController::setPaused);
    connect(pause_, &QAction::toggled, this,
            [this](bool p) { pause_->setText(p ? tr("Resume &polling") : tr("&Pause polling")); });

    reset_ = new QAction(tr("&Reset statistics"), this);
    reset_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    reset_->setToolTip(withShortcut(tr("Zero every statistic (Profiler::clear())"), reset_));
    reset_->setWhatsThis(tr("Zeroes the statistics, call trees and histograms of every thread "
                            "(Profiler::clear()); block names, tracks and their switches stay."));
    connect(reset_, &QAction::triggered, poll, &PollController::reset);

    // Zoom and filter act on the view on screen: live or the open capture.
    zoomIn_ = new QAction(tr("Zoom &in"), this);
    zoomIn_->setShortcut(QKeySequence::ZoomIn);
    zoomIn_->setToolTip(withShortcut(tr("Show a shorter time span in the flame chart"), zoomIn_));
    connect(zoomIn_, &QAction::triggered, this, [this] {
        if (ProfilerWidget* w = shownProfilerWidget())
            w->zoomTimeline(0.5);
    });
    zoomOut_ = new QAction(tr("Zoom &out"), this);
    zoomOut_->setShortcut(QKeySequence::ZoomOut);
    zoomOut_->setToolTip(withShortcut(tr("Show a longer time span in the flame chart"), zoomOut_));
    connect(zoomOut_, &QAction::triggered, this, [this] {
        if (ProfilerWidget* w = shownProfilerWidget())
            w->zoomTimeline(2.0);
    });
    zoomFit_ = new QAction(tr("&Whole window"), this);
    zoomFit_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    zoomFit_->setToolTip(withShortcut(tr("Show the flame chart's whole time window, live"), zoomFit_));
    connect(zoomFit_, &QAction::triggered, this, [this] {
        if (ProfilerWidget* w = shownProfilerWidget())
            w->showWholeTimeline();
    });
    for (QAction* a : {zoomIn_, zoomOut_, zoomFit_})
        a->setWhatsThis(tr("Zooms the flame chart in time. The mouse wheel over the chart does the same, "
                           "Ctrl+wheel zooms its lanes, dragging pans."));

    longestRun_ = new QAction(tr("&Longest run of the selected block"), this);
    longestRun_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    longestRun_->setToolTip(
        withShortcut(tr("Zoom the flame chart to the longest run of the selected block among the shown threads"),
                     longestRun_));
    connect(longestRun_, &QAction::triggered, this, [this] {
        if (ProfilerWidget* w = shownProfilerWidget())
            w->showLongestRun();
    });

    findBlock_ = new QAction(tr("&Filter blocks"), this);
    findBlock_->setShortcut(QKeySequence::Find);
    connect(findBlock_, &QAction::triggered, this, [this] {
        ProfilerWidget* w = shownProfilerWidget();
        if (!w)
            return;
        QLineEdit* filter = w->blockTable()->filterEdit();
        filter->setFocus(Qt::ShortcutFocusReason);
        filter->selectAll();
    });

    buildCaptureActions();
}

void MainWindow::buildCaptureActions()
{
    const QString captures = tr("Stichotrope captures (*.json);;All files (*)");
    open_ = new QAction(tr("&Open capture\u2026"), this);
    open_->setShortcut(QKeySequence::Open);
    open_->setToolTip(withShortcut(tr("Open a saved capture, read-only, in place of the live view"), open_));
    open_->setWhatsThis(tr("Opens a capture file saved by this viewer or by --headless. It is shown read-only in "
                           "the same views; the live session is not polled meanwhile. "
                           "File \u203a Back to the live view returns to it."));
    connect(open_, &QAction::triggered, this, [this, captures] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open capture"), {}, captures);
        if (!path.isEmpty())
            report(openCapture(path));
    });

    save_ = new QAction(tr("&Save capture\u2026"), this);
    save_->setShortcut(QKeySequence::Save);
    save_->setToolTip(withShortcut(tr("Save what the views show (statistics, call trees, timeline) as a capture"),
                                   save_));
    save_->setWhatsThis(tr("Saves the latest snapshot of the shown view with the flame chart's time window to a "
                           "JSON capture, to open again later or compare against. The file is written whole or "
                           "not at all."));
    connect(save_, &QAction::triggered, this, [this, captures] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save capture"), QStringLiteral("capture.json"), captures);
        if (!path.isEmpty())
            report(saveCapture(path));
    });

    exportMenu_ = new QMenu(tr("&Export"), this);
    exportMenu_->setToolTipsVisible(true);
    exportMenu_->menuAction()->setToolTip(tr("Export the shown view as CSV, a Chrome trace or a speedscope profile"));
    auto addExport = [this](const QString& text, const QString& tip, ExportFormat format, const QString& name,
                            const QString& filter, bool oneThread) {
        QAction* a = exportMenu_->addAction(text);
        a->setToolTip(tip);
        connect(a, &QAction::triggered, this, [=, this] {
            std::optional<std::uint64_t> thread;
            if (oneThread) {
                ProfilerWidget* w = shownProfilerWidget();
                const auto& threads = w ? w->selection()->threads() : QSet<std::uint64_t>();
                if (threads.size() != 1) {
                    report(fail(tr("select one thread in the Threads panel first")));
                    return;
                }
                thread = *threads.begin();
            }
            const QString path = QFileDialog::getSaveFileName(this, QString(text).remove(QLatin1Char('&')), name,
                                                              filter);
            if (!path.isEmpty())
                report(exportShown(format, path, thread));
        });
        return a;
    };
    const QString csv = tr("CSV (*.csv)");
    QAction* table = addExport(tr("&Block table as CSV\u2026"), tr("The blocks of the selected threads, as the table shows them"),
                               ExportFormat::Csv, QStringLiteral("blocks.csv"), csv, false);
    table->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    table->setToolTip(withShortcut(table->toolTip(), table));
    addExport(tr("Selected &thread as CSV\u2026"), tr("The blocks of the one thread selected in Threads"),
              ExportFormat::Csv, QStringLiteral("thread.csv"), csv, true);
    addExport(tr("Timeline as &Chrome trace\u2026"),
              tr("The flame chart's events, for Perfetto or chrome://tracing"), ExportFormat::ChromeTrace,
              QStringLiteral("timeline.trace.json"), tr("Chrome trace (*.trace.json *.json)"), false);
    addExport(tr("Call trees as &speedscope profile\u2026"), tr("The merged and per-thread call trees, for speedscope"),
              ExportFormat::Speedscope, QStringLiteral("calltree.speedscope.json"),
              tr("speedscope (*.speedscope.json *.json)"), false);

    live_ = new QAction(tr("Back to the &live view"), this);
    live_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    live_->setToolTip(withShortcut(tr("Leave the capture or the comparison and watch the live session again"), live_));
    live_->setEnabled(false);
    connect(live_, &QAction::triggered, this, &MainWindow::showLive);

    compareFile_ = new QAction(tr("Shown view against a &capture\u2026"), this);
    compareFile_->setToolTip(tr("Compare what is shown (live or a capture) with a capture file as the baseline"));
    connect(compareFile_, &QAction::triggered, this, [this, captures] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Baseline capture"), {}, captures);
        if (!path.isEmpty())
            report(compareWithCapture(path));
    });
    compareTwo_ = new QAction(tr("&Two captures\u2026"), this);
    compareTwo_->setToolTip(tr("Choose a baseline (older) and a current (newer) capture and compare them"));
    connect(compareTwo_, &QAction::triggered, this, [this, captures] {
        const QString base = QFileDialog::getOpenFileName(this, tr("Baseline (older) capture"), {}, captures);
        if (base.isEmpty())
            return;
        const QString current = QFileDialog::getOpenFileName(this, tr("Current (newer) capture"), {}, captures);
        if (!current.isEmpty())
            report(compareCaptures(base, current));
    });
    takeBaseline_ = new QAction(tr("Take live &baseline"), this);
    takeBaseline_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    takeBaseline_->setToolTip(withShortcut(tr("Remember the live session's current statistics as the baseline"),
                                           takeBaseline_));
    connect(takeBaseline_, &QAction::triggered, this, &MainWindow::takeBaseline);
    compareBaseline_ = new QAction(tr("&Live against the baseline"), this);
    compareBaseline_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    compareBaseline_->setToolTip(withShortcut(tr("Follow the live session against the baseline taken before"),
                                              compareBaseline_));
    connect(compareBaseline_, &QAction::triggered, this, [this] { report(compareWithBaseline()); });
    for (QAction* a : {compareFile_, compareTwo_, takeBaseline_, compareBaseline_})
        a->setWhatsThis(tr("Shows two runs side by side: per block and per thread the baseline, the current value, "
                           "their difference and ratio, largest changes first, and the current flame graph "
                           "coloured by the change of each call path."));
}

void MainWindow::buildToolBar()
{
    QToolBar* bar = addToolBar(tr("Controls"));
    bar->setObjectName(QStringLiteral("controls"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(20, 20));

    // Files show their icon only: their tooltips name them.
    auto iconOnly = [bar](QAction* a) {
        if (auto* button = qobject_cast<QToolButton*>(bar->widgetForAction(a)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    };
    for (QAction* a : {open_, save_}) {
        bar->addAction(a);
        iconOnly(a);
    }
    bar->addAction(exportMenu_->menuAction());
    if (auto* button = qobject_cast<QToolButton*>(bar->widgetForAction(exportMenu_->menuAction()))) {
        button->setPopupMode(QToolButton::InstantPopup);
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    bar->addSeparator();

    bar->addAction(run_);
    auto* workersLabel = new QLabel(tr("&Workers"), bar);
    workersLabel->setContentsMargins(8, 0, 4, 0);
    bar->addWidget(workersLabel);
    workers_ = new QSpinBox(bar);
    workers_->setRange(demo::DemoWorkload::kMinWorkers, demo::DemoWorkload::kMaxWorkers);
    workers_->setValue(workload_ ? workload_->workerCount() : 1);
    workers_->setEnabled(workload_ != nullptr);
    workers_->setToolTip(tr("Number of demo worker threads (1-64), applied live"));
    workers_->setWhatsThis(tr("How many threads run the demo workload. Changing it starts or stops threads "
                              "at once; stopped threads stay listed as exited until the next reset."));
    workersLabel->setBuddy(workers_);
    connect(workers_, &QSpinBox::valueChanged, this, [this](int n) {
        if (workload_)
            workload_->setWorkerCount(n);
    });
    bar->addWidget(workers_);
    bar->addSeparator();

    auto* intervalLabel = new QLabel(tr("Poll &every"), bar);
    intervalLabel->setContentsMargins(4, 0, 4, 0);
    bar->addWidget(intervalLabel);
    interval_ = new QSpinBox(bar);
    interval_->setRange(10, 60000);
    interval_->setSingleStep(50);
    interval_->setSuffix(tr(" ms"));
    interval_->setToolTip(tr("Interval between two reads of the profiler"));
    interval_->setWhatsThis(tr("How often the viewer reads the profiler, in milliseconds. Reading never blocks "
                               "the recording threads; shorter intervals update the views more often."));
    intervalLabel->setBuddy(interval_);
    PollController* poll = profilerWidget_->pollController();
    interval_->setValue(poll->intervalMs());
    connect(interval_, &QSpinBox::valueChanged, poll, &PollController::setIntervalMs);
    bar->addWidget(interval_);
    bar->addAction(pause_);
    bar->addAction(reset_);
    bar->addSeparator();

    // Zoom buttons show their icon only: their tooltips name them.
    for (QAction* a : {zoomIn_, zoomOut_, zoomFit_}) {
        bar->addAction(a);
        iconOnly(a);
    }
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setToolTipsVisible(true);
    file->addActions({open_, save_});
    file->addMenu(exportMenu_);
    file->addSeparator();
    file->addAction(live_);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q)); // QKeySequence::Quit is empty on some platforms

    QMenu* control = menuBar()->addMenu(tr("&Control"));
    control->addActions({run_, pause_, reset_});
    control->addSeparator();
    tracksMenu_ = control->addMenu(tr("&Tracks"));
    tracksMenu_->addActions(profilerWidget_->trackToggleActions());

    QMenu* compare = menuBar()->addMenu(tr("Co&mpare"));
    compare->setToolTipsVisible(true);
    compare->addActions({compareFile_, compareTwo_});
    compare->addSeparator();
    compare->addActions({takeBaseline_, compareBaseline_});

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addActions({zoomIn_, zoomOut_, zoomFit_, longestRun_});
    view->addSeparator();
    view->addAction(findBlock_);
    view->addSeparator();
    panelsMenu_ = view->addMenu(tr("&Panels"));
    QMenu* themeMenu = view->addMenu(tr("&Theme"));
    themes_ = new QActionGroup(this);
    const std::pair<Theme, QString> choices[] = {
        {Theme::System, tr("Follow the &system")}, {Theme::Light, tr("&Light")}, {Theme::Dark, tr("&Dark")}};
    for (const auto& [theme, label] : choices) {
        QAction* a = themeMenu->addAction(label);
        a->setCheckable(true);
        a->setData(themeName(theme));
        themes_->addAction(a);
    }
    connect(themes_, &QActionGroup::triggered, this,
            [this](QAction* a) { setTheme(themeFromName(a->data().toString())); });
    rebuildPanelsMenu();

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* quickStart = help->addAction(tr("&Quick start"), this, [this] { showQuickStart(this); });
    quickStart->setShortcut(QKeySequence::HelpContents);
    QAction* whatsThis = QWhatsThis::createAction(this);
    whatsThis->setShortcut(QKeySequence::WhatsThis);
    whatsThis->setIcon(QIcon()); // Qt's own is drawn for light themes only
    help->addAction(whatsThis);
    help->addSeparator();
    help->addAction(tr("&About Stichotrope Viewer"), this, [this] { showAbout(this); });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::rebuildPanelsMenu()
{
    // The docks of the view on screen; a comparison has none.
    panelsMenu_->clear();
    ProfilerWidget* w = shownProfilerWidget();
    if (w)
        panelsMenu_->addActions(w->dockToggleActions());
    panelsMenu_->setEnabled(w != nullptr);
}

void MainWindow::updateRunAction()
{
    const bool running = run_->isChecked();
    run_->setText(running ? tr("&Stop workload") : tr("&Start workload"));
    run_->setToolTip(withShortcut(running ? tr("Stop the demo worker threads") : tr("Start the demo worker threads"),
                                  run_));
    run_->setIcon(
        actionIcon(running ? QStringLiteral("workload-stop") : QStringLiteral("workload-start"), iconPalette_));
}

void MainWindow::updateIcons(const QPalette& palette)
{
    iconPalette_ = palette;
    updateRunAction();
    pause_->setIcon(actionIcon(QStringLiteral("poll-pause"), palette));
    reset_->setIcon(actionIcon(QStringLiteral("reset"), palette));
    zoomIn_->setIcon(actionIcon(QStringLiteral("zoom-in"), palette));
    zoomOut_->setIcon(actionIcon(QStringLiteral("zoom-out"), palette));
    zoomFit_->setIcon(actionIcon(QStringLiteral("zoom-fit"), palette));
    const QIcon open = actionIcon(QStringLiteral("document-open"), palette);
    for (QAction* a : {open_, compareFile_, compareTwo_})
        a->setIcon(open);
    save_->setIcon(actionIcon(QStringLiteral("document-save"), palette));
    exportMenu_->setIcon(actionIcon(QStringLiteral("export"), palette));
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    // The outlines follow the theme's text colour.
    if (event->type() == QEvent::PaletteChange && run_
        && palette().color(QPalette::ButtonText) != iconPalette_.color(QPalette::ButtonText))
        updateIcons(palette());
}

ProfilerWidget* MainWindow::shownProfilerWidget() const
{
    return qobject_cast<ProfilerWidget*>(pages_->currentWidget());
}

bool MainWindow::fail(const QString& message)
{
    lastError_ = message;
    statusBar()->showMessage(message, 10000);
    return false;
}

void MainWindow::report(bool ok)
{
    if (!ok)
        QMessageBox::warning(this, tr("Stichotrope Viewer"), lastError_);
}

void MainWindow::showPage(QWidget* page, const QString& title)
{
    pages_->setCurrentWidget(page);
    const bool live = page == profilerWidget_;
    // Polling runs only while the live session is on screen (or compared live).
    const bool liveNeeded = live || (page == compareWidget_ && followLive_);
    profilerWidget_->pollController()->setPaused(liveNeeded ? pause_->isChecked() : true);
    // The live session's controls act on it alone.
    run_->setEnabled(live && workload_ != nullptr);
    workers_->setEnabled(live && workload_ != nullptr);
    for (QWidget* w : {static_cast<QWidget*>(interval_)})
        w->setEnabled(live);
    pause_->setEnabled(live);
    reset_->setEnabled(live);
    tracksMenu_->setEnabled(live);
    live_->setEnabled(!live);
    // A comparison has no block table, flame chart or capture of its own.
    const bool views = shownProfilerWidget() != nullptr;
    for (QAction* a : {zoomIn_, zoomOut_, zoomFit_, longestRun_, findBlock_, save_, exportMenu_->menuAction()})
        a->setEnabled(views);
    for (QLabel* l : {threadsLabel_, blocksLabel_})
        l->setVisible(views); // a comparison has no poll summary
    for (QLabel* l : {rateLabel_, pollLabel_})
        l->setVisible(live); // nor a capture a rate or a poll
    setWindowTitle(title);
    rebuildPanelsMenu();
    if (ProfilerWidget* w = shownProfilerWidget())
        showSummary(w->summary());
}

bool MainWindow::openCapture(const QString& path)
{
    CaptureReadResult read = readCapture(path);
    if (!read.capture)
        return fail(read.error);
    return showCapture(*read.capture, path);
}

bool MainWindow::showCapture(const Capture& capture, const QString& path)
{
    auto* view = new ProfilerWidget(capture, pages_);
    view->setObjectName(QStringLiteral("captureView"));
    // Docks and columns arranged as the live view's, or as last saved when
    // the live view has not been on screen (a capture given on the command line).
    view->restoreLayout(profilerWidget_->isVisible()
                            ? profilerWidget_->saveLayout()
                            : QSettings().value(settingKey("window/layout")).toByteArray());
    if (captureWidget_) {
        pages_->removeWidget(captureWidget_);
        captureWidget_->deleteLater();
    }
    captureWidget_ = view;
    pages_->addWidget(view);
    connect(view, &ProfilerWidget::summaryChanged, this, &MainWindow::showSummary);
    showPage(view, tr("%1 (capture) \u2014 Stichotrope Viewer").arg(QFileInfo(path).fileName()));
    setWindowFilePath(path);
    statusBar()->showMessage(tr("Opened %1").arg(path), 5000);
    return true;
}

bool MainWindow::saveCapture(const QString& path)
{
    ProfilerWidget* w = shownProfilerWidget();
    if (!w)
        return fail(tr("a comparison is not a capture: go back to the live view or a capture to save it"));
    if (!w->latestSnapshot())
        return fail(tr("nothing to save yet: the first poll has not completed"));
    QString error;
    if (!gui::saveCapture(w->capture(), path, &error))
        return fail(error);
    statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
    return true;
}

bool MainWindow::exportShown(ExportFormat format, const QString& path, std::optional<std::uint64_t> thread)
{
    ProfilerWidget* w = shownProfilerWidget();
    if (!w || !w->latestSnapshot())
        return fail(tr("nothing to export: show the live view or a capture first"));
    QString error;
    bool ok = false;
    if (format == ExportFormat::Csv) {
        // What the table shows: the selected threads' blocks, or one thread's.
        const Results& r = w->latestSnapshot()->results;
        QSet<std::uint64_t> threads = w->selection()->threads();
        if (thread) {
            threads = {*thread};
            const bool known = std::any_of(r.threads.begin(), r.threads.end(),
                                           [&](const ThreadResult& t) { return t.thread_id == *thread; });
            if (!known)
                return fail(tr("thread %1 is not in the shown results").arg(*thread));
        }
        ok = writeFileAtomically(path, QByteArray::fromStdString(to_csv(tracksOfThreads(r, threads))), &error);
    } else {
        ok = exportCapture(w->capture(), format, path, &error);
    }
    if (!ok)
        return fail(error);
    statusBar()->showMessage(tr("Exported %1").arg(path), 5000);
    return true;
}

CompareWidget* MainWindow::ensureCompareWidget()
{
    if (!compareWidget_) {
        compareWidget_ = new CompareWidget(pages_);
        compareWidget_->setObjectName(QStringLiteral("compareView"));
        compareWidget_->setMetric(compareMetric_);
        pages_->addWidget(compareWidget_);
    }
    return compareWidget_;
}

bool MainWindow::compareCaptures(const QString& basePath, const QString& currentPath)
{
    CaptureReadResult base = readCapture(basePath);
    if (!base.capture)
        return fail(base.error);
    CaptureReadResult current = readCapture(currentPath);
    if (!current.capture)
        return fail(current.error);
    followLive_ = false;
    const QString a = QFileInfo(basePath).fileName();
    const QString b = QFileInfo(currentPath).fileName();
    ensureCompareWidget()->setComparison(snapshotOf(*base.capture), a, snapshotOf(*current.capture), b);
    showPage(compareWidget_, tr("%1 \u2192 %2 (comparison) \u2014 Stichotrope Viewer").arg(a, b));
    return true;
}

bool MainWindow::compareWithCapture(const QString& basePath)
{
    ProfilerWidget* w = shownProfilerWidget();
    if (!w || !w->latestSnapshot())
        return fail(tr("nothing to compare: show the live view or a capture first"));
    CaptureReadResult base = readCapture(basePath);
    if (!base.capture)
        return fail(base.error);
    followLive_ = w == profilerWidget_;
    const QString a = QFileInfo(basePath).fileName();
    const QString b = followLive_ ? tr("live") : QFileInfo(windowFilePath()).fileName();
    ensureCompareWidget()->setComparison(snapshotOf(*base.capture), a, w->latestSnapshot(), b);
    showPage(compareWidget_, tr("%1 \u2192 %2 (comparison) \u2014 Stichotrope Viewer").arg(a, b));
    return true;
}

void MainWindow::takeBaseline()
{
    baseline_ = profilerWidget_->latestSnapshot();
    statusBar()->showMessage(baseline_ ? tr("Baseline taken: %1 blocks").arg(baseline_->results.block_count())
                                       : tr("No poll has completed yet"),
                             5000);
}

bool MainWindow::compareWithBaseline()
{
    if (!baseline_)
        return fail(tr("no baseline: take one from the live session first (Compare \u203a Take live baseline)"));
    SnapshotPtr now = profilerWidget_->latestSnapshot();
    followLive_ = true;
    ensureCompareWidget()->setComparison(baseline_, tr("live baseline"), now ? now : baseline_, tr("live"));
    showPage(compareWidget_, tr("Live against the baseline \u2014 Stichotrope Viewer"));
    return true;
}

void MainWindow::showLive()
{
    followLive_ = false;
    setWindowFilePath({});
    showPage(profilerWidget_, tr("Live \u2014 Stichotrope Viewer"));
}

void MainWindow::showSummary(const PollSummary& s)
{
    const QLocale locale;
    threadsLabel_->setText(tr("Threads %1/%2 alive").arg(s.threadsAlive).arg(s.threadsTotal));
    blocksLabel_->setText(tr("Blocks %1").arg(s.blocks));
    rateLabel_->setText(tr("%1 events/s").arg(locale.toString(s.eventsPerSecond, 'f', 0)));
    const QString poll = locale.toString(s.pollMs, 'f', 2);
    // Say so when polls cannot keep the pace asked: the views are then older
    // than the interval suggests.
    if (s.behind())
        pollLabel_->setText(tr("Last poll %1 ms, one every %2 ms (asked %3 ms)")
                                .arg(poll, locale.toString(s.sincePreviousMs, 'f', 0), locale.toString(s.intervalMs)));
    else
        pollLabel_->setText(tr("Last poll %1 ms").arg(poll));
}

void MainWindow::setTheme(Theme theme)
{
    theme_ = theme;
    applyTheme(theme);
    // Widgets learn the new palette from an event that comes later.
    updateIcons(QApplication::palette());
    for (QAction* a : themes_->actions())
        a->setChecked(a->data().toString() == themeName(theme));
}

void MainWindow::restoreSettings(const ViewerOptions& options)
{
    QSettings settings;
    if (!restoreGeometry(settings.value(settingKey("window/geometry")).toByteArray()))
        resize(1500, 920);
    restoreState(settings.value(settingKey("window/state")).toByteArray());
    profilerWidget_->restoreLayout(settings.value(settingKey("window/layout")).toByteArray());
    const int interval = options.pollMs > 0
                             ? options.pollMs
                             : settings.value(settingKey("poll/intervalMs"), PollController::kDefaultIntervalMs).toInt();
    interval_->setValue(interval);
    setTheme(themeFromName(options.theme.isEmpty() ? settings.value(settingKey("view/theme")).toString()
                                                   : options.theme));
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(settingKey("window/geometry"), saveGeometry());
    settings.setValue(settingKey("window/state"), saveState());
    settings.setValue(settingKey("window/layout"), profilerWidget_->saveLayout());
    settings.setValue(settingKey("poll/intervalMs"), interval_->value());
    settings.setValue(settingKey("view/theme"), themeName(theme_));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    event->accept();
}

} // namespace stichotrope::gui
