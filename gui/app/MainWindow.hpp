// The viewer's window: a ProfilerWidget plus the toolbar and menus that drive
// the demo workload, polling and the views, the status bar, and the settings
// it remembers.
#pragma once

#include "CommandLine.hpp"
#include "Theme.hpp"

#include <QMainWindow>
#include <QPalette>

class QAction;
class QActionGroup;
class QLabel;
class QSpinBox;

namespace stichotrope {
class Profiler;
namespace demo {
class DemoWorkload;
}
} // namespace stichotrope

namespace stichotrope::gui {

class ProfilerWidget;
struct PollSummary;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // `workload` may be null (--no-workload): its controls are then disabled.
    MainWindow(Profiler& profiler, demo::DemoWorkload* workload, const ViewerOptions& options,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    ProfilerWidget* profilerWidget() const { return profilerWidget_; }
    QSpinBox* workerSpin() const { return workers_; }
    QAction* runAction() const { return run_; }
    Theme theme() const { return theme_; }
    void setTheme(Theme theme);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildActions();
    void buildToolBar();
    void buildMenus();
    void updateIcons(const QPalette& palette);
    void updateRunAction();
    void showSummary(const PollSummary& summary);
    void restoreSettings(const ViewerOptions& options);
    void saveSettings() const;

    demo::DemoWorkload* workload_;
    ProfilerWidget* profilerWidget_;
    QAction* run_ = nullptr;
    QAction* pause_ = nullptr;
    QAction* reset_ = nullptr;
    QAction* zoomIn_ = nullptr;
    QAction* zoomOut_ = nullptr;
    QAction* zoomFit_ = nullptr;
    QAction* findBlock_ = nullptr;
    QActionGroup* themes_ = nullptr;
    QSpinBox* workers_ = nullptr;
    QSpinBox* interval_ = nullptr;
    QLabel* threadsLabel_ = nullptr;
    QLabel* blocksLabel_ = nullptr;
    QLabel* rateLabel_ = nullptr;
    QLabel* pollLabel_ = nullptr;
    Theme theme_ = Theme::System;
    QPalette iconPalette_; // the palette the icons were drawn for
};

} // namespace stichotrope::gui
