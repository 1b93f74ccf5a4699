#include "MainWindow.hpp"

#include "capture/AtomicWrite.hpp"
#include "capture/CaptureReader.hpp"
#include "capture/CaptureSnapshot.hpp"
#include "capture/CaptureWriter.hpp"
#include "controller/PollController.hpp"
#include "model/ThreadFilter.hpp"
#include "model/ViewSelection.hpp"
#include "widgets/CompareWidget.hpp"
#include "widgets/ProfilerWidget.hpp"
#include "workload/DemoWorkload.hpp"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStackedWidget>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QToolBar>

namespace stichotrope::gui {

namespace {

QString settingKey(const char* key)
{
    return QString::fromLatin1(key);
}

} // namespace

MainWindow::MainWindow(Profiler& profiler, demo::DemoWorkload* workload, const ViewerOptions& options,
                       QWidget* parent)
    : QMainWindow(parent), workload_(workload), pages_(new QStackedWidget(this)),
      profilerWidget_(new ProfilerWidget(profiler, pages_))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Live \u2014 Stichotrope Viewer"));
    setWindowIcon(QIcon(QStringLiteral(":/stichotrope/icon.png")));
    pages_->addWidget(profilerWidget_);
    setCentralWidget(pages_);
    // A live comparison follows the polls.
    connect(profilerWidget_->pollController(), &PollController::snapshotReady, this, [this](const SnapshotPtr& s) {
        if (followLive_ && compareWidget_ && pages_->currentWidget() == compareWidget_)
            compareWidget_->setCurrent(s);
    });
    buildToolBar();
    buildMenus();

    threadsLabel_ = new QLabel(this);
    blocksLabel_ = new QLabel(this);
    rateLabel_ = new QLabel(this);
    pollLabel_ = new QLabel(this);
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

void MainWindow::buildToolBar()
{
    QToolBar* bar = addToolBar(tr("Controls"));
    bar->setObjectName(QStringLiteral("controls"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    run_ = bar->addAction(tr("Workload running"));
    run_->setCheckable(true);
    run_->setChecked(workload_ && workload_->isRunning());
    run_->setEnabled(workload_ != nullptr);
    run_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    run_->setToolTip(tr("Start or stop the demo worker threads (Ctrl+R)"));
    connect(run_, &QAction::toggled, this, [this](bool on) {
        if (!workload_)
            return;
        if (on)
            workload_->start();
        else
            workload_->stop();
        run_->setText(on ? tr("Workload running") : tr("Workload stopped"));
    });
    if (!run_->isChecked())
        run_->setText(tr("Workload stopped"));

    bar->addWidget(new QLabel(tr(" Workers "), bar));
    workers_ = new QSpinBox(bar);
    workers_->setRange(demo::DemoWorkload::kMinWorkers, demo::DemoWorkload::kMaxWorkers);
    workers_->setValue(workload_ ? workload_->workerCount() : 1);
    workers_->setEnabled(workload_ != nullptr);
    workers_->setToolTip(tr("Number of demo worker threads (1-64), applied live"));
    connect(workers_, &QSpinBox::valueChanged, this, [this](int n) {
        if (workload_)
            workload_->setWorkerCount(n);
    });
    bar->addWidget(workers_);
    bar->addSeparator();

    bar->addWidget(new QLabel(tr(" Poll every "), bar));
    interval_ = new QSpinBox(bar);
    interval_->setRange(10, 60000);
    interval_->setSingleStep(50);
    interval_->setSuffix(tr(" ms"));
    interval_->setToolTip(tr("Interval between two reads of the profiler"));
    PollController* poll = profilerWidget_->pollController();
    interval_->setValue(poll->intervalMs());
    connect(interval_, &QSpinBox::valueChanged, poll, &PollController::setIntervalMs);
    bar->addWidget(interval_);

    pause_ = bar->addAction(tr("Pause"));
    pause_->setCheckable(true);
    pause_->setShortcut(QKeySequence(Qt::Key_F5));
    pause_->setToolTip(tr("Stop polling; the views keep the last snapshot (F5)"));
    connect(pause_, &QAction::toggled, poll, &PollController::setPaused);
    connect(pause_, &QAction::toggled, this, [this](bool p) { pause_->setText(p ? tr("Resume") : tr("Pause")); });

    reset_ = bar->addAction(tr("Reset"));
    reset_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    reset_->setToolTip(tr("Zero every statistic (Profiler::clear())"));
    connect(reset_, &QAction::triggered, poll, &PollController::reset);
    bar->addSeparator();

    dark_ = bar->addAction(tr("Dark theme"));
    dark_->setCheckable(true);
    connect(dark_, &QAction::toggled, this, [this](bool dark) { setTheme(dark ? Theme::Dark : Theme::Light); });
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    const QString captures = tr("Stichotrope captures (*.json);;All files (*)");
    QAction* open = file->addAction(tr("&Open capture\u2026"), this, [this, captures] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open capture"), {}, captures);
        if (!path.isEmpty())
            report(openCapture(path));
    });
    open->setShortcut(QKeySequence::Open);
    QAction* save = file->addAction(tr("&Save capture\u2026"), this, [this, captures] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save capture"), QStringLiteral("capture.json"), captures);
        if (!path.isEmpty())
            report(saveCapture(path));
    });
    save->setShortcut(QKeySequence::Save);
    QMenu* exports = file->addMenu(tr("&Export"));
    auto addExport = [this, exports](const QString& text, ExportFormat format, const QString& name, const QString& filter,
                                     bool oneThread) {
        exports->addAction(text, this, [=, this] {
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
            const QString path = QFileDialog::getSaveFileName(this, text, name, filter);
            if (!path.isEmpty())
                report(exportShown(format, path, thread));
        });
    };
    const QString csv = tr("CSV (*.csv)");
    addExport(tr("Block table as CSV\u2026"), ExportFormat::Csv, QStringLiteral("blocks.csv"), csv, false);
    addExport(tr("Selected thread as CSV\u2026"), ExportFormat::Csv, QStringLiteral("thread.csv"), csv, true);
    addExport(tr("Timeline as Chrome trace\u2026"), ExportFormat::ChromeTrace, QStringLiteral("timeline.trace.json"),
              tr("Chrome trace (*.trace.json *.json)"), false);
    addExport(tr("Call trees as speedscope profile\u2026"), ExportFormat::Speedscope,
              QStringLiteral("calltree.speedscope.json"), tr("speedscope (*.speedscope.json *.json)"), false);
    file->addSeparator();
    live_ = file->addAction(tr("Back to the &live view"), this, &MainWindow::showLive);
    live_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    live_->setEnabled(false);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* control = menuBar()->addMenu(tr("&Control"));
    control->addActions({run_, pause_, reset_});

    QMenu* compare = menuBar()->addMenu(tr("Co&mpare"));
    compare->addAction(tr("Shown view against a &capture\u2026"), this, [this, captures] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Baseline capture"), {}, captures);
        if (!path.isEmpty())
            report(compareWithCapture(path));
    });
    compare->addAction(tr("&Two captures\u2026"), this, [this, captures] {
        const QString base = QFileDialog::getOpenFileName(this, tr("Baseline (older) capture"), {}, captures);
        if (base.isEmpty())
            return;
        const QString current = QFileDialog::getOpenFileName(this, tr("Current (newer) capture"), {}, captures);
        if (!current.isEmpty())
            report(compareCaptures(base, current));
    });
    compare->addSeparator();
    compare->addAction(tr("Take live &baseline"), this, &MainWindow::takeBaseline);
    compare->addAction(tr("&Live against the baseline"), this, [this] { report(compareWithBaseline()); });

    viewMenu_ = menuBar()->addMenu(tr("&View"));
    rebuildViewMenu();
}

void MainWindow::rebuildViewMenu()
{
    viewMenu_->clear();
    if (ProfilerWidget* w = shownProfilerWidget()) {
        viewMenu_->addActions(w->dockToggleActions());
        viewMenu_->addSeparator();
    }
    viewMenu_->addAction(dark_);
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
    run_->setEnabled(live && workload_ != nullptr);
    workers_->setEnabled(live && workload_ != nullptr);
    for (QWidget* w : {static_cast<QWidget*>(interval_)})
        w->setEnabled(live);
    pause_->setEnabled(live);
    reset_->setEnabled(live);
    live_->setEnabled(!live);
    setWindowTitle(title);
    rebuildViewMenu();
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
    // Docks arranged as the live view's, when the user has seen that one.
    if (profilerWidget_->isVisible())
        view->restoreLayout(profilerWidget_->saveState());
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
    pollLabel_->setText(tr("Last poll %1 ms").arg(locale.toString(s.pollMs, 'f', 2)));
}

void MainWindow::setTheme(Theme theme)
{
    theme_ = theme;
    applyTheme(theme);
    const QSignalBlocker block(dark_);
    dark_->setChecked(theme == Theme::Dark);
}

void MainWindow::restoreSettings(const ViewerOptions& options)
{
    QSettings settings;
    if (!restoreGeometry(settings.value(settingKey("window/geometry")).toByteArray()))
        resize(1500, 920);
    restoreState(settings.value(settingKey("window/state")).toByteArray());
    profilerWidget_->restoreLayout(settings.value(settingKey("window/docks")).toByteArray());
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
    settings.setValue(settingKey("window/docks"), profilerWidget_->saveState());
    settings.setValue(settingKey("poll/intervalMs"), interval_->value());
    settings.setValue(settingKey("view/theme"), themeName(theme_));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    event->accept();
}

} // namespace stichotrope::gui
