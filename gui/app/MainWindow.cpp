#include "MainWindow.hpp"

#include "controller/PollController.hpp"
#include "widgets/ProfilerWidget.hpp"
#include "workload/DemoWorkload.hpp"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
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
    : QMainWindow(parent), workload_(workload), profilerWidget_(new ProfilerWidget(profiler, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Stichotrope Viewer"));
    setWindowIcon(QIcon(QStringLiteral(":/stichotrope/icon.png")));
    setCentralWidget(profilerWidget_);
    buildToolBar();
    buildMenus();

    threadsLabel_ = new QLabel(this);
    blocksLabel_ = new QLabel(this);
    rateLabel_ = new QLabel(this);
    pollLabel_ = new QLabel(this);
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
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* control = menuBar()->addMenu(tr("&Control"));
    control->addActions({run_, pause_, reset_});
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addActions(profilerWidget_->dockToggleActions());
    view->addSeparator();
    view->addAction(dark_);
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
