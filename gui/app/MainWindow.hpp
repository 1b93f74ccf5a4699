// The viewer's window: a ProfilerWidget plus the toolbar and menus that drive
// the demo workload, polling and the views, the status bar, and the settings
// it remembers. It also opens captures (read-only, in a ProfilerWidget of
// their own, the live one paused meanwhile), saves and exports what is
// shown, and compares.
#pragma once

#include "CommandLine.hpp"
#include "Theme.hpp"
#include "capture/Capture.hpp"
#include "capture/ExportFormat.hpp"
#include "model/Snapshot.hpp"

#include <QMainWindow>
#include <QPalette>

#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QSpinBox;
class QStackedWidget;
class QMenu;

namespace stichotrope {
class Profiler;
namespace demo {
class DemoWorkload;
}
} // namespace stichotrope

namespace stichotrope::gui {

class CompareWidget;
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
    // The open capture's view, or null.
    ProfilerWidget* captureWidget() const { return captureWidget_; }
    CompareWidget* compareWidget() const { return compareWidget_; }
    // The view on screen: live, or the open capture.
    ProfilerWidget* shownProfilerWidget() const;

    // Each returns false with lastError() set, keeping the current view.
    bool openCapture(const QString& path);
    bool showCapture(const Capture& capture, const QString& path);
    bool saveCapture(const QString& path);
    // The shown view in another format; Csv exports the merged table, or
    // with `thread` the blocks of that thread.
    bool exportShown(ExportFormat format, const QString& path, std::optional<std::uint64_t> thread = std::nullopt);
    bool compareCaptures(const QString& basePath, const QString& currentPath);
    // The shown view against a capture file as baseline.
    bool compareWithCapture(const QString& basePath);
    // Live: the current snapshot becomes the baseline; compareWithBaseline()
    // then follows the live session against it.
    void takeBaseline();
    bool compareWithBaseline();
    void showLive();
    QString lastError() const { return lastError_; }
    QSpinBox* workerSpin() const { return workers_; }
    QAction* runAction() const { return run_; }
    Theme theme() const { return theme_; }
    void setTheme(Theme theme);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildActions();
    void buildCaptureActions();
    void buildToolBar();
    void buildMenus();
    void updateIcons(const QPalette& palette);
    void updateRunAction();
    void showSummary(const PollSummary& summary);
    void restoreSettings(const ViewerOptions& options);
    void saveSettings() const;
    void showPage(QWidget* page, const QString& title);
    void rebuildPanelsMenu();
    CompareWidget* ensureCompareWidget();
    bool fail(const QString& message);
    void report(bool ok);

    demo::DemoWorkload* workload_;
    QStackedWidget* pages_;
    ProfilerWidget* profilerWidget_;
    ProfilerWidget* captureWidget_ = nullptr;
    CompareWidget* compareWidget_ = nullptr;
    CompareMetric compareMetric_; // the comparison view's first metric (--metric)
    QAction* open_ = nullptr;
    QAction* save_ = nullptr;
    QMenu* exportMenu_ = nullptr;
    QAction* live_ = nullptr;
    QAction* compareFile_ = nullptr;
    QAction* compareTwo_ = nullptr;
    QAction* takeBaseline_ = nullptr;
    QAction* compareBaseline_ = nullptr;
    QMenu* tracksMenu_ = nullptr;
    QMenu* panelsMenu_ = nullptr;
    SnapshotPtr baseline_;
    bool livePausedByUser_ = false;
    bool followLive_ = false; // the comparison's current side is the live session
    QString lastError_;
    QAction* run_ = nullptr;
    QAction* pause_ = nullptr;
    QAction* reset_ = nullptr;
    QAction* zoomIn_ = nullptr;
    QAction* zoomOut_ = nullptr;
    QAction* zoomFit_ = nullptr;
    QAction* findBlock_ = nullptr;
    QAction* longestRun_ = nullptr;
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
