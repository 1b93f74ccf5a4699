// The viewer's window as a user meets it: icons on every toolbar action in
// both themes, shortcuts on the frequent actions (none used twice), a tooltip
// on every control, themes from the View menu, zoom, and the Help menu's
// windows.
#include "gui_test_support.hpp"
#include "menu_test_support.hpp"
#include "app/ActionIcons.hpp"
#include "app/MainWindow.hpp"
#include "controller/PollController.hpp"
#include "model/PollSummary.hpp"
#include "widgets/ProfilerWidget.hpp"
#include "widgets/visual/FlameChartView.hpp"
#include "workload/DemoWorkload.hpp"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QMenuBar>
#include <QSignalSpy>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QHash>
#include <QToolBar>

#include <qcustomplot.h>

#include <algorithm>

using namespace stichotrope;
using namespace stichotrope::gui;
using stichotrope::test::allMenuActions;
using stichotrope::test::findAction;

namespace {

// Share of the icon's opaque pixels that are light: the outlines follow the theme.
double lightShare(const QIcon& icon)
{
    const QImage image = icon.pixmap(24, 24).toImage();
    int opaque = 0;
    int light = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 200) {
                ++opaque;
                light += c.lightness() > 160;
            }
        }
    return opaque ? double(light) / opaque : 0.0;
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Profiler> profiler_;
    std::unique_ptr<demo::DemoWorkload> workload_;
    std::unique_ptr<MainWindow> window_;

private Q_SLOTS:
    void init()
    {
        stichotrope::test::failOnWarnings();
        profiler_ = std::make_unique<Profiler>("window-test");
        workload_ = std::make_unique<demo::DemoWorkload>(*profiler_, 2);
        workload_->start();
        ViewerOptions options;
        options.pollMs = 50;
        options.theme = QStringLiteral("light");
        window_ = std::make_unique<MainWindow>(*profiler_, workload_.get(), options);
        window_->resize(1400, 900);
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    }
    void cleanup()
    {
        window_.reset();
        workload_.reset();
        profiler_.reset();
        stichotrope::test::checkWarnings();
    }

    void toolbarHasIconsTooltipsAndShortcuts()
    {
        const auto* bar = window_->findChild<QToolBar*>(QStringLiteral("controls"));
        QVERIFY(bar);
        int actions = 0;
        for (QAction* a : bar->actions()) {
            if (a->isSeparator())
                continue;
            if (auto* widgetAction = qobject_cast<QWidgetAction*>(a)) {
                Q_UNUSED(widgetAction)
                continue; // labels and spin boxes: checked below
            }
            ++actions;
            QVERIFY2(!a->icon().isNull(), qPrintable(a->text()));
            if (a->menu()) { // Export: a menu whose entries carry the shortcuts
                QVERIFY2(!a->toolTip().isEmpty() && a->toolTip() != a->text().remove(QLatin1Char('&')),
                         qPrintable(a->text()));
                const QList<QAction*> entries = a->menu()->actions();
                QVERIFY(std::any_of(entries.begin(), entries.end(), [](QAction* e) { return !e->shortcut().isEmpty(); }));
                continue;
            }
            QVERIFY2(!a->toolTip().isEmpty() && a->toolTip() != a->text().remove(QLatin1Char('&')),
                     qPrintable(a->text()));
            QVERIFY2(!a->shortcut().isEmpty(), qPrintable(a->text()));
            QVERIFY2(a->toolTip().contains(a->shortcut().toString(QKeySequence::NativeText)), qPrintable(a->toolTip()));
        }
        QCOMPARE(actions, 9); // open, save, export, workload, pause, reset, zoom in, zoom out, whole window
        for (const QAbstractSpinBox* spin : bar->findChildren<QAbstractSpinBox*>())
            QVERIFY2(!spin->toolTip().isEmpty() && !spin->whatsThis().isEmpty(), qPrintable(spin->objectName()));
    }

    void everyMenuActionIsNamedAndFrequentOnesHaveShortcuts()
    {
        const QMenuBar* bar = window_->menuBar();
        for (const char* path : {"&File/&Open capture…", "&File/&Save capture…",
                                 "&File/&Export/&Block table as CSV…", "&File/Back to the &live view",
                                 "&File/&Quit", "&Control/&Stop workload", "&Control/&Pause polling",
                                 "&Control/&Reset statistics", "Co&mpare/Take live &baseline",
                                 "Co&mpare/&Live against the baseline", "&View/Zoom &in", "&View/Zoom &out",
                                 "&View/&Whole window", "&View/&Filter blocks", "&Help/&Quick start"}) {
            const QAction* a = findAction(bar, QString::fromUtf8(path));
            QVERIFY2(a, path);
            QVERIFY2(!a->shortcut().isEmpty(), path);
        }
        QVERIFY(findAction(bar, "&Help/&About Stichotrope Viewer"));
        QCOMPARE(findAction(bar, "&Control/&Tracks")->menu()->actions().size(), 9);
        // Every capture action says what it does before it is clicked.
        for (const char* path : {"&File/&Open capture…", "&File/&Save capture…", "&File/&Export",
                                 "Co&mpare/Shown view against a &capture…", "Co&mpare/&Two captures…"}) {
            const QAction* a = findAction(bar, QString::fromUtf8(path));
            QVERIFY2(a && !a->toolTip().isEmpty() && !a->icon().isNull(), path);
        }
        for (QAction* a : findAction(bar, "&File/&Export")->menu()->actions())
            QVERIFY2(!a->toolTip().isEmpty() && a->toolTip() != a->text(), qPrintable(a->text()));
    }

    void noShortcutIsUsedTwice()
    {
        QHash<QKeySequence, QString> owners;
        for (QAction* a : allMenuActions(window_->menuBar()))
            for (const QKeySequence& key : a->shortcuts()) {
                QVERIFY2(!owners.contains(key), qPrintable(QStringLiteral("%1: %2 and %3")
                                                               .arg(key.toString(), owners.value(key), a->text())));
                owners.insert(key, a->text());
            }
        QVERIFY(owners.size() >= 20); // the menus were walked
    }

    void themeFromTheViewMenuRecoloursIcons()
    {
        QAction* run = window_->runAction();
        QAction* pause = findAction(window_->menuBar(), "&Control/&Pause polling");
        QVERIFY(pause);
        const double lightTheme = lightShare(pause->icon());
        QAction* open = findAction(window_->menuBar(), "&File/&Open capture…");
        const double openInLight = lightShare(open->icon());
        QAction* dark = findAction(window_->menuBar(), "&View/&Theme/&Dark");
        QVERIFY(dark);
        dark->trigger();
        QCOMPARE(window_->theme(), Theme::Dark);
        QVERIFY(dark->isChecked());
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
        QVERIFY2(lightShare(pause->icon()) > 0.8 && lightTheme < 0.2,
                 qPrintable(QStringLiteral("light pixels %1 in the light theme, %2 in the dark one")
                                .arg(lightTheme)
                                .arg(lightShare(pause->icon()))));
        QVERIFY(!run->icon().isNull());
        QVERIFY(lightShare(open->icon()) > openInLight + 0.5); // the capture icons follow too
        findAction(window_->menuBar(), "&View/&Theme/&Light")->trigger();
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 150);
        QVERIFY(lightShare(pause->icon()) < 0.2);
    }

    void startStopSwapsTextAndIcon()
    {
        QAction* run = window_->runAction();
        QVERIFY(run->isChecked());
        const QImage running = run->icon().pixmap(24, 24).toImage();
        run->trigger();
        QVERIFY(!workload_->isRunning());
        QCOMPARE(run->text(), QStringLiteral("&Start workload"));
        QVERIFY(run->icon().pixmap(24, 24).toImage() != running);
        run->trigger();
        QVERIFY(workload_->isRunning());
    }

    void zoomActionsChangeTheFlameChartSpan()
    {
        auto* chart = window_->profilerWidget()->findChild<FlameChartView*>();
        QVERIFY(chart);
        chart->parentWidget()->show();
        // The flame chart's dock is raised by default; wait for data.
        QSignalSpy polls(window_->profilerWidget()->pollController(), &PollController::snapshotReady);
        QVERIFY(polls.wait(5000) && polls.wait(5000));
        QTRY_VERIFY(chart->isVisible());
        // The demo's blocks last a few ms at most: the chart opens on a span
        // that shows them, not on the whole window.
        QTRY_VERIFY_WITH_TIMEOUT(chart->hasReadableSpan(), 5000);
        const double opened = chart->plot()->xAxis->range().size();
        QVERIFY2(opened < chart->windowSeconds() / 10, qPrintable(QString::number(opened)));
        findAction(window_->menuBar(), "&View/Zoom &in")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(chart->plot()->xAxis->range().size(), opened / 2, 2000);
        findAction(window_->menuBar(), "&View/&Whole window")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(chart->plot()->xAxis->range().size(), chart->windowSeconds(), 2000);
    }

    // The status bar says when polls come less often than asked.
    void statusBarSaysWhenPollsFallBehind()
    {
        auto* label = window_->findChild<QLabel*>(QStringLiteral("pollLabel"));
        QVERIFY(label);
        PollSummary s;
        s.pollMs = 140.0;
        s.intervalMs = 100;
        s.sincePreviousMs = 200.0;
        Q_EMIT window_->profilerWidget()->summaryChanged(s);
        QVERIFY2(label->text().contains(QStringLiteral("every 200 ms")), qPrintable(label->text()));
        QVERIFY2(label->text().contains(QStringLiteral("asked 100 ms")), qPrintable(label->text()));
        s.sincePreviousMs = 104.0;
        Q_EMIT window_->profilerWidget()->summaryChanged(s);
        QVERIFY2(!label->text().contains(QStringLiteral("asked")), qPrintable(label->text()));
        QVERIFY2(label->text().contains(QStringLiteral("140")), qPrintable(label->text()));
    }

    void quickStartOpensFromTheHelpMenu()
    {
        findAction(window_->menuBar(), "&Help/&Quick start")->trigger();
        auto* dialog = window_->findChild<QDialog*>(QStringLiteral("quickStart"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        const QString text = dialog->findChild<QTextBrowser*>()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("STICHO_BLOCK")));
        QVERIFY(text.contains(QStringLiteral("Stichotrope::widgets")));
        QVERIFY(text.contains(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText))); // captures
        // The shortcut it names is the menu's, and every placeholder was filled.
        const QAction* longest = findAction(window_->menuBar(), "&View/&Longest run of the selected block");
        QVERIFY(text.contains(longest->shortcut().toString(QKeySequence::NativeText) + QStringLiteral(", or the block")));
        QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("%\\d"))), qPrintable(text));
        // A second request raises the same window (which the test platform cannot do).
        QTest::ignoreMessage(QtWarningMsg, "This plugin does not support raise()");
        findAction(window_->menuBar(), "&Help/&Quick start")->trigger();
        QCOMPARE(window_->findChildren<QDialog*>(QStringLiteral("quickStart")).size(), 1);
        dialog->close();
    }
};

STICHO_GUI_TEST_MAIN(TestMainWindow, QApplication)
#include "tst_main_window.moc"
