#include "MainWindow.hpp"

#include "ActionIcons.hpp"
#include "HelpDialogs.hpp"
#include "controller/PollController.hpp"
#include "model/PollSummary.hpp"
#include "widgets/BlockTableView.hpp"
#include "widgets/ProfilerWidget.hpp"
#include "workload/DemoWorkload.hpp"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QSettings>
#include <QSpinBox>
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
    : QMainWindow(parent), workload_(workload), profilerWidget_(new ProfilerWidget(profiler, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Stichotrope Viewer"));
    setWindowIcon(appIcon());
    setCentralWidget(profilerWidget_);
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
    pollLabel_->setToolTip(tr("Time the last poll took to read and aggregate the profiler, off the interface thread"));
    for (QLabel* l : {threadsLabel_, blocksLabel_, rateLabel_, pollLabel_})
        statusBar()->addPermanentWidget(l);
    connect(profilerWidget_, &ProfilerWidget::summaryChanged, this, &MainWindow::showSummary);
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

    zoomIn_ = new QAction(tr("Zoom &in"), this);
    zoomIn_->setShortcut(QKeySequence::ZoomIn);
    zoomIn_->setToolTip(withShortcut(tr("Show a shorter time span in the flame chart"), zoomIn_));
    connect(zoomIn_, &QAction::triggered, profilerWidget_, [this] { profilerWidget_->zoomTimeline(0.5); });
    zoomOut_ = new QAction(tr("Zoom &out"), this);
    zoomOut_->setShortcut(QKeySequence::ZoomOut);
    zoomOut_->setToolTip(withShortcut(tr("Show a longer time span in the flame chart"), zoomOut_));
    connect(zoomOut_, &QAction::triggered, profilerWidget_, [this] { profilerWidget_->zoomTimeline(2.0); });
    zoomFit_ = new QAction(tr("&Whole window"), this);
    zoomFit_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    zoomFit_->setToolTip(withShortcut(tr("Show the flame chart's whole time window, live"), zoomFit_));
    connect(zoomFit_, &QAction::triggered, profilerWidget_, &ProfilerWidget::showWholeTimeline);
    for (QAction* a : {zoomIn_, zoomOut_, zoomFit_})
        a->setWhatsThis(tr("Zooms the flame chart in time. The mouse wheel over the chart does the same, "
                           "Ctrl+wheel zooms its lanes, dragging pans."));

    findBlock_ = new QAction(tr("&Filter blocks"), this);
    findBlock_->setShortcut(QKeySequence::Find);
    connect(findBlock_, &QAction::triggered, this, [this] {
        QLineEdit* filter = profilerWidget_->blockTable()->filterEdit();
        filter->setFocus(Qt::ShortcutFocusReason);
        filter->selectAll();
    });
}

void MainWindow::buildToolBar()
{
    QToolBar* bar = addToolBar(tr("Controls"));
    bar->setObjectName(QStringLiteral("controls"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(20, 20));

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
        if (auto* button = qobject_cast<QToolButton*>(bar->widgetForAction(a)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q)); // QKeySequence::Quit is empty on some platforms

    QMenu* control = menuBar()->addMenu(tr("&Control"));
    control->addActions({run_, pause_, reset_});
    control->addSeparator();
    QMenu* tracks = control->addMenu(tr("&Tracks"));
    tracks->addActions(profilerWidget_->trackToggleActions());

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addActions({zoomIn_, zoomOut_, zoomFit_});
    view->addSeparator();
    view->addAction(findBlock_);
    view->addSeparator();
    QMenu* panels = view->addMenu(tr("&Panels"));
    panels->addActions(profilerWidget_->dockToggleActions());
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
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    // The outlines follow the theme's text colour.
    if (event->type() == QEvent::PaletteChange && run_
        && palette().color(QPalette::ButtonText) != iconPalette_.color(QPalette::ButtonText))
        updateIcons(palette());
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
