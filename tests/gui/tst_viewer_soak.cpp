// The whole viewer window for 5 s with 64 workers polled at 10 Hz: no crash,
// polls keep coming, and memory stops growing once the timeline rings and
// the flame chart's window have filled.
#include "gui_test_support.hpp"
#include "app/MainWindow.hpp"
#include "controller/PollController.hpp"
#include "widgets/ProfilerWidget.hpp"
#include "workload/DemoWorkload.hpp"

#include <QApplication>
#include <QElapsedTimer>

#include <fstream>
#include <unistd.h>

using namespace stichotrope;
using namespace stichotrope::gui;

namespace {

// Resident set size in bytes, from /proc/self/statm.
std::size_t rssBytes()
{
    std::ifstream statm("/proc/self/statm");
    std::size_t size = 0;
    std::size_t resident = 0;
    statm >> size >> resident;
    return resident * std::size_t(sysconf(_SC_PAGESIZE));
}

} // namespace

class TestViewerSoak : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { stichotrope::test::failOnWarnings(); }
    void cleanup() { stichotrope::test::checkWarnings(); }

    void runsFiveSecondsWith64Workers()
    {
        Profiler profiler("soak");
        // Small rings so they fill during the warm-up.
        profiler.set_timeline_capacity(4096);
        demo::DemoWorkload workload(profiler, 64);
        workload.start();
        ViewerOptions options;
        options.pollMs = 100;
        options.windowSeconds = 1.0;
        options.theme = QStringLiteral("light");
        {
            MainWindow window(profiler, &workload, options);
            window.resize(1400, 900);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            // A counter, not a QSignalSpy: a spy would keep every snapshot.
            int polls = 0;
            connect(window.profilerWidget()->pollController(), &PollController::snapshotReady, this,
                    [&polls] { ++polls; });

            QTest::qWait(2000); // warm-up
            const std::size_t warm = rssBytes();
            const int warmPolls = polls;
            // At least 5 s and 20 polls; a loaded machine may need longer for
            // the polls, so time only bounds the wait (a stalled poller).
            QElapsedTimer timer;
            timer.start();
            while ((timer.elapsed() < 5000 || polls - warmPolls < 20) && timer.elapsed() < 60000) {
                QTest::qWait(500);
                qInfo("t=%.1f s RSS %.1f MB, %d polls", timer.elapsed() / 1000.0, rssBytes() / 1e6, polls - warmPolls);
            }
            const std::size_t end = rssBytes();
            const int pollsDuringRun = polls - warmPolls;
            qInfo("RSS after warm-up %.1f MB, after %.1f s %.1f MB; %d polls", warm / 1e6, timer.elapsed() / 1000.0,
                  end / 1e6, pollsDuringRun);
            QVERIFY2(pollsDuringRun >= 20, "polling stalled");
            QCOMPARE(int(window.profilerWidget()->summary().threadsAlive), 64);
            // Bounded: allocator slack (about 6 MB here), well below a leak
            // of one snapshot per poll (a poll's events alone are ~0.5 MB)
            // or trimmed flame chart events kept per lane and depth (40 MB).
            QVERIFY2(end < warm + 25'000'000, "memory keeps growing");
            window.close();
        }
        workload.stop();
    }
};

STICHO_GUI_TEST_MAIN(TestViewerSoak, QApplication)
#include "tst_viewer_soak.moc"
