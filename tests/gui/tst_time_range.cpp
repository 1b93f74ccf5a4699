// A time range marked on the flame chart: which blocks it sums (those that
// began and ended inside it, per thread and merged, named from the results),
// the Shift+drag that marks it without panning, and the Range panel that
// shows it, down to the ProfilerWidget of a capture.
#include "capture/Capture.hpp"
#include "model/BlockColumns.hpp"
#include "model/BlockFilterProxy.hpp"
#include "model/BlockTableModel.hpp"
#include "model/RangeStatistics.hpp"
#include "model/TimelineWindow.hpp"
#include "model/ViewSelection.hpp"
#include "widgets/BlockTableView.hpp"
#include "widgets/ProfilerWidget.hpp"
#include "widgets/visual/FlameChartView.hpp"
#include "widgets/visual/RangeView.hpp"
#include "widgets/visual/TimeRangeBand.hpp"

#include <stichotrope/detail/histogram_buckets.hpp>

#include "gui_test_support.hpp"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDockWidget>
#include <QSignalSpy>
#include <QTest>

#include <qcustomplot.h>

using namespace stichotrope;
using namespace stichotrope::gui;

namespace {

BlockStats named(const char* name, unsigned line)
{
    BlockStats s;
    s.name = intern(name);
    s.file = intern("/src/app/loop.cpp");
    s.line = line;
    return s;
}

// Track 0 "Compute": frame (0), inner (1); track 1 "IO": read (0).
Results names()
{
    Results r;
    r.tracks[0].name = "Compute";
    r.tracks[0].blocks[0] = named("frame", 10);
    r.tracks[0].blocks[1] = named("inner", 12);
    r.tracks[1].name = "IO";
    r.tracks[1].blocks[0] = named("read", 20);
    return r;
}

// Thread 1 "a": frames [100, 200), [220, 280), [300, 420), [500, 600), inner
// [310, 330) and [340, 400) in the third; thread 2 "b": reads [250, 290),
// [450, 650).
Timeline twoThreads()
{
    Timeline t;
    t.now_ns = 1000;
    ThreadTimeline a;
    a.thread_id = 1;
    a.name = "a";
    a.events = {{100, 100, 0, 0, 0}, {220, 60, 0, 0, 0}, {310, 20, 0, 1, 1}, {340, 60, 0, 1, 1}, {300, 120, 0, 0, 0}, {500, 100, 0, 0, 0}};
    ThreadTimeline b;
    b.thread_id = 2;
    b.name = "b";
    b.events = {{250, 40, 1, 0, 0}, {450, 200, 1, 0, 0}};
    t.threads = {a, b};
    return t;
}

TimelineWindow windowOf(const Timeline& t)
{
    TimelineWindow w;
    w.setWindowNs(1'000'000);
    w.ingest(t);
    return w;
}

const ThreadResult* threadNamed(const Results& r, const std::string& name)
{
    for (const ThreadResult& t : r.threads)
        if (t.name == name)
            return &t;
    return nullptr;
}

} // namespace

class TestTimeRange : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { test::failOnWarnings(); }
    void cleanup() { test::checkWarnings(); }

    void sumsTheBlocksThatBeganAndEndedInside()
    {
        const TimelineWindow window = windowOf(twoThreads());
        const Results r = rangeResults(window, 250, 600, names());
        // Left out: the frame before the range, the one that began before it
        // and the read that outlasts it.
        QCOMPARE(r.threads.size(), std::size_t(2));
        QCOMPARE(r.threads[0].hit_count() + r.threads[1].hit_count(), 5u);
        const BlockStats& frame = r.tracks.at(0).blocks.at(0);
        QCOMPARE(frame.name, std::string_view("frame"));
        QCOMPARE(frame.file, std::string_view("/src/app/loop.cpp"));
        QCOMPARE(frame.line, 10u);
        QCOMPARE(frame.hit_count, 2u); // [300, 420) and [500, 600): the end is inside
        QCOMPARE(frame.total_ns, 220u);
        QCOMPARE(frame.min_ns, 100u);
        QCOMPARE(frame.max_ns, 120u);
        const BlockStats& inner = r.tracks.at(0).blocks.at(1);
        QCOMPARE(inner.hit_count, 2u);
        QCOMPARE(inner.total_ns, 80u);
        const BlockStats& read = r.tracks.at(1).blocks.at(0);
        QCOMPARE(read.hit_count, 1u); // [250, 290): the start is inside
        QCOMPARE(read.total_ns, 40u);
        QCOMPARE(r.tracks.at(1).name, std::string("IO"));
        QCOMPARE(read.percent_of_total, 100.0 * 40 / 340);
        QCOMPARE(frame.percent_of_track, 100.0 * 220 / 300);

        // Per thread, with the window's thread ids and names.
        QCOMPARE(r.threads.size(), std::size_t(2));
        const ThreadResult* a = threadNamed(r, "a");
        QVERIFY(a);
        QCOMPARE(a->thread_id, 1u);
        QCOMPARE(a->tracks.size(), std::size_t(1));
        QCOMPARE(a->tracks.at(0).blocks.at(0).hit_count, 2u);
        QCOMPARE(a->tracks.at(0).blocks.at(0).percent_of_total, 100.0 * 220 / 300);
        QCOMPARE(threadNamed(r, "b")->tracks.at(1).blocks.at(0).total_ns, 40u);

        // Histograms in the engine's buckets, one count per execution.
        QCOMPARE(frame.histogram.count(), 2u);
        for (const HistogramBucket& b : frame.histogram.buckets()) {
            const unsigned i = detail::histogram_bucket(b.lower_ns);
            QCOMPARE(b.lower_ns, detail::histogram_bucket_lower(i));
            QCOMPARE(b.upper_ns, detail::histogram_bucket_lower(i + 1));
        }
        QVERIFY(frame.median_ns() >= 100 && frame.median_ns() <= 120);
        QCOMPARE(frame.histogram.buckets().back().lower_ns, detail::histogram_bucket_lower(detail::histogram_bucket(120)));

        // Nothing began and ended in [0, 150): no rows, no threads.
        const Results none = rangeResults(window, 0, 150, names());
        QVERIFY(none.tracks.empty());
        QVERIFY(none.threads.empty());
    }

    void shiftDragMarksARangeWithoutPanning()
    {
        auto s = std::make_shared<Snapshot>();
        s->results = names();
        s->timeline = twoThreads();
        s->timeline.now_ns = 1'000'000'000;
        for (ThreadTimeline& t : s->timeline.threads)
            for (TimelineEvent& e : t.events) { // the same shape in ms
                e.start_ns *= 1'000'000;
                e.duration_ns *= 1'000'000;
            }
        s->profiler_now_ns = s->timeline.now_ns;
        ViewSelection selection;
        FlameChartView view(&selection);
        view.resize(1000, 300);
        view.setWindowSeconds(1.0);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setSnapshot(s);
        view.showWholeWindow();
        view.plot()->replot(QCustomPlot::rpImmediateRefresh);

        QCustomPlot* plot = view.plot();
        QSignalSpy selected(&view, &FlameChartView::timeRangeSelected);
        QSignalSpy cleared(&view, &FlameChartView::timeRangeCleared);
        const auto pixelAt = [&](double t_s) {
            return QPoint(int(std::lround(plot->xAxis->coordToPixel(t_s))), int(plot->yAxis->coordToPixel(0.5)));
        };
        const QCPRange before = plot->xAxis->range();
        const QPoint from = pixelAt(0.25);
        const QPoint to = pixelAt(0.6);
        QTest::mousePress(plot, Qt::LeftButton, Qt::ShiftModifier, from);
        QTest::mouseMove(plot, (from + to) / 2);
        QTest::mouseMove(plot, to);
        QTest::mouseRelease(plot, Qt::LeftButton, Qt::ShiftModifier, to);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(plot->xAxis->range(), before); // no panning
        QVERIFY(view.isPaused());               // it stops scrolling, as panning does
        QVERIFY(view.timeRangeBand()->hasRange());
        // Within a pixel of where the mouse went.
        const double nsPerPixel = before.size() * 1e9 / plot->axisRect()->width();
        const auto begin = selected.at(0).at(0).value<std::uint64_t>();
        const auto end = selected.at(0).at(1).value<std::uint64_t>();
        QVERIFY2(std::abs(double(begin) - 250e6) <= nsPerPixel, qPrintable(QString::number(begin)));
        QVERIFY2(std::abs(double(end) - 600e6) <= nsPerPixel, qPrintable(QString::number(end)));
        QVERIFY(selection.block() == std::nullopt); // the release selected no block

        // Shift+click removes it; Escape too.
        QTest::mouseClick(plot, Qt::LeftButton, Qt::ShiftModifier, to);
        QCOMPARE(cleared.count(), 1);
        QVERIFY(!view.timeRangeBand()->hasRange());
        view.selectTimeRange(300'000'000, 400'000'000);
        QCOMPARE(selected.count(), 2);
        QTest::keyClick(plot, Qt::Key_Escape);
        QCOMPARE(cleared.count(), 2);

        // A drag without Shift pans and marks nothing.
        QTest::mousePress(plot, Qt::LeftButton, {}, from);
        QTest::mouseMove(plot, (from + to) / 2);
        QTest::mouseMove(plot, to);
        QTest::mouseRelease(plot, Qt::LeftButton, {}, to);
        QCOMPARE(selected.count(), 2);
        QVERIFY(plot->xAxis->range().lower < before.lower);
    }

    void rangePanelShowsTheRangeForTheSelectedThreads()
    {
        ViewSelection selection;
        RangeView view(&selection);
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(view.model()->rowCount(), 0);
        QVERIFY(!view.hasRange());
        const TimelineWindow window = windowOf(twoThreads());
        view.showRange(window, 250, 600, names());
        QVERIFY(view.hasRange());
        QCOMPARE(view.model()->rowCount(), 3);
        QCOMPARE(view.table()->proxy()->rowCount(), 3);
        const int frame = view.model()->rowOf(BlockKey{0, 0});
        QVERIFY(frame >= 0);
        auto hits = [&](BlockKey key) {
            const int row = view.model()->rowOf(key);
            return view.model()->index(row, BlockTableModel::FirstStatColumn).data(SortRole).toULongLong();
        };
        QCOMPARE(hits({0, 0}), 2u);
        QCOMPARE(hits({1, 0}), 1u);
        QVERIFY2(view.summary().contains(QStringLiteral("5 executions")), qPrintable(view.summary()));
        // Thread b alone: its read, and no frame.
        selection.setThreads({2});
        QCOMPARE(hits({1, 0}), 1u);
        QCOMPARE(hits({0, 0}), 0u);
        QVERIFY2(view.summary().contains(QStringLiteral("1 executions")), qPrintable(view.summary()));
        // The table lists what the selected threads ran, not zero rows.
        QCOMPARE(view.table()->proxy()->rowCount(), 1);
        QCOMPARE(view.table()->proxy()->index(0, BlockTableModel::BlockColumn).data().toString(), QStringLiteral("read"));
        selection.setThreads({});
        // Another range replaces the rows.
        view.showRange(window, 0, 250, names());
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(hits({0, 0}), 1u);
        view.clear();
        QCOMPARE(view.model()->rowCount(), 0);
    }

    void profilerWidgetSumsARangeOfACapture()
    {
        Capture capture;
        capture.results = names();
        capture.results.tracks[0].blocks[0].hit_count = 3;
        capture.timeline = twoThreads();
        capture.window_ns = 1000;
        ProfilerWidget widget(capture);
        widget.resize(1400, 900);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        auto* chart = widget.findChild<FlameChartView*>();
        auto* range = widget.findChild<RangeView*>();
        QVERIFY(chart && range);
        auto* dock = qobject_cast<QDockWidget*>(range->parentWidget());
        QVERIFY(dock);
        chart->selectTimeRange(250, 600);
        QVERIFY(range->hasRange());
        QCOMPARE(range->model()->rowCount(), 3);
        QTRY_VERIFY(dock->isVisible()); // raised over the tables it is tabbed with
        // Removing it from the panel removes the band.
        QSignalSpy cleared(chart, &FlameChartView::timeRangeCleared);
        Q_EMIT range->clearRequested();
        QCOMPARE(cleared.count(), 1);
        QVERIFY(!range->hasRange());
        QVERIFY(!chart->timeRangeBand()->hasRange());
        // Zooming to it shows exactly the range.
        chart->selectTimeRange(250, 600);
        Q_EMIT range->zoomRequested(250, 600);
        QCOMPARE(chart->plot()->xAxis->range().lower, 250e-9);
        QCOMPARE(chart->plot()->xAxis->range().upper, 600e-9);
    }
};

STICHO_GUI_TEST_MAIN(TestTimeRange, QApplication)
#include "tst_time_range.moc"
