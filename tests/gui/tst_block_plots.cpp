// The block plots: per-interval series from successive polls, and the
// duration histogram with its median, p90 and p99 lines at the BlockStats values.
#include "model/Snapshot.hpp"
#include "model/ViewSelection.hpp"
#include "widgets/visual/BlockHistory.hpp"
#include "widgets/visual/BlockPlotsWidget.hpp"
#include "widgets/visual/DurationLogTicker.hpp"

#include <stichotrope/stichotrope.hpp>

#include "gui_test_support.hpp"

#include <QApplication>
#include <QTest>

#include <qcustomplot.h>

#include <algorithm>
#include <chrono>
#include <memory>

using namespace stichotrope;
using namespace stichotrope::gui;

namespace {

void spin(std::chrono::microseconds d)
{
    const auto until = std::chrono::steady_clock::now() + d;
    while (std::chrono::steady_clock::now() < until) {
    }
}

SnapshotPtr snapshotOf(const Profiler& p, std::uint64_t seq)
{
    auto s = std::make_shared<Snapshot>();
    s->results = p.get_results();
    s->profiler_now_ns = p.now_ns();
    s->sequence = seq;
    return s;
}

TrackMap oneBlock(std::uint64_t total, std::uint64_t hits)
{
    BlockStats b;
    b.name = "b";
    b.total_ns = total;
    b.hit_count = hits;
    TrackMap m;
    m[0].blocks.emplace(3, std::move(b));
    return m;
}

// A snapshot whose block (0, 0) ran with these durations: hits, total,
// minimum and maximum follow from the buckets.
SnapshotPtr histogramSnapshot(const char* name, const std::vector<HistogramBucket>& buckets)
{
    auto s = std::make_shared<Snapshot>();
    BlockStats b;
    b.name = name;
    for (const HistogramBucket& k : buckets) {
        b.hit_count += k.count;
        b.total_ns += k.count * ((k.lower_ns + k.upper_ns) / 2);
    }
    b.min_ns = buckets.front().lower_ns;
    b.max_ns = buckets.back().upper_ns - 1;
    b.histogram = Histogram(buckets);
    s->results.tracks[0].blocks.emplace(0, b);
    s->sequence = 1;
    return s;
}

// Block (0, 0) of `s` in a plots widget `width` px wide, laid out and drawn.
std::unique_ptr<BlockPlotsWidget> histogramOf(ViewSelection& selection, const SnapshotPtr& s, int width)
{
    auto w = std::make_unique<BlockPlotsWidget>(&selection);
    w->resize(width, 600);
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        return nullptr;
    w->setSnapshot(s);
    selection.setBlock(BlockKey{0, 0});
    w->histogramPlot()->replot();
    w->histogramPlot()->replot(); // ticks of the laid-out width
    return w;
}

} // namespace

class TestBlockPlots : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Any Qt warning or critical message fails the running test.
    void init() { stichotrope::test::failOnWarnings(); }
    void cleanup() { stichotrope::test::checkWarnings(); }

    void historyTurnsTotalsIntoRates()
    {
        BlockHistory h(60.0);
        h.record(1.0, oneBlock(0, 0));
        h.record(1.5, oneBlock(2'000'000, 10));
        h.record(2.0, oneBlock(3'000'000, 30));
        BlockHistory::Series s = h.series(0, 3);
        QCOMPARE(s.t_s, (std::vector<double>{1.5, 2.0}));
        QCOMPARE(s.time_ms, (std::vector<double>{2.0, 1.0}));
        QCOMPARE(s.hits_per_s, (std::vector<double>{20.0, 40.0}));
        // A cleared profiler starts a new history.
        h.record(2.5, oneBlock(10, 1));
        QVERIFY(h.series(0, 3).t_s.empty());
        // Samples older than the horizon go.
        h.record(100.0, oneBlock(20, 2));
        QVERIFY(h.series(0, 3).t_s.empty());
        QVERIFY(h.series(9, 9).t_s.empty());
    }

    void histogramMarksTheQuantiles()
    {
        Profiler p("plots");
        for (int i = 0; i < 200; ++i) {
            STICHO_BLOCK(p, 2, "step");
            spin(std::chrono::microseconds(i % 10 == 0 ? 400 : 20 + i % 7 * 5));
        }
        ViewSelection selection;
        BlockPlotsWidget w(&selection);
        w.resize(900, 700);
        w.show();
        const SnapshotPtr s = snapshotOf(p, 1);
        w.setSnapshot(s);
        QVERIFY(w.quantileMarkers().isEmpty());

        selection.setBlock(BlockKey{2, 0});
        const BlockStats* b = s->results.find(2, 0);
        QVERIFY(b);
        const QList<double> m = w.quantileMarkers();
        QCOMPARE(m.size(), 3);
        QCOMPARE(m[0], double(b->median_ns()));
        QCOMPARE(m[1], double(b->p90_ns()));
        QCOMPARE(m[2], double(b->p99_ns()));
        QVERIFY(m[0] <= m[1] && m[1] <= m[2]);
        // The histogram graph spans the buckets on a log axis.
        QCustomPlot* h = w.histogramPlot();
        QCOMPARE(h->xAxis->scaleType(), QCPAxis::stLogarithmic);
        QCOMPARE(h->graphCount(), 1);
        QVERIFY(h->xAxis->range().contains(double(b->histogram.buckets().front().lower_ns)));
        QVERIFY(h->xAxis->range().contains(double(b->histogram.buckets().back().upper_ns)));
        // Its ticks read in units, not powers of ten.
        h->replot();
        const QVector<QString> ticks = h->xAxis->tickVectorLabels();
        QVERIFY(!ticks.isEmpty());
        for (const QString& label : ticks)
            QVERIFY2(label.endsWith(QStringLiteral(" µs")) || label.endsWith(QStringLiteral(" ms")),
                     qPrintable(label));
    }

    void quantileLabelsStayInsideThePlotAndAboveTheLines()
    {
        // The p99 in the last bucket, its line at the right edge of a narrow
        // plot: its label must not run out of the plot and lose its number.
        const SnapshotPtr s = histogramSnapshot("tail", {{1000, 1200, 980}, {10'000'000, 12'000'000, 20}});
        ViewSelection selection;
        const auto w = histogramOf(selection, s, 320);
        QVERIFY(w);
        QCustomPlot* h = w->histogramPlot();
        const QRect area = h->axisRect()->rect();
        int labels = 0;
        for (int i = 0; i < h->itemCount(); ++i) {
            auto* label = qobject_cast<QCPItemText*>(h->item(i));
            if (label == nullptr)
                continue;
            ++labels;
            const QPointF left = label->topLeft->pixelPosition();
            const QPointF right = label->bottomRight->pixelPosition();
            QVERIFY2(left.x() >= area.left() - 1 && right.x() <= area.right() + 1,
                     qPrintable(QStringLiteral("%1: %2..%3 outside %4..%5")
                                    .arg(label->text())
                                    .arg(left.x())
                                    .arg(right.x())
                                    .arg(area.left())
                                    .arg(area.right())));
        }
        QCOMPARE(labels, 3);

        // Lines are drawn first: a label's text is never crossed by the line
        // of a neighbouring quantile (p90 through the median's label).
        int lastLine = -1;
        int firstLabel = -1;
        for (int i = 0; i < h->itemCount(); ++i) {
            QCPAbstractItem* item = h->item(i);
            QCOMPARE(item->layer(), h->layer(QStringLiteral("main")));
            const int order = int(item->layer()->children().indexOf(item));
            if (qobject_cast<QCPItemStraightLine*>(item))
                lastLine = std::max(lastLine, order);
            else if (qobject_cast<QCPItemText*>(item))
                firstLabel = firstLabel < 0 ? order : std::min(firstLabel, order);
        }
        QVERIFY(lastLine >= 0 && firstLabel >= 0);
        QVERIFY2(firstLabel > lastLine, qPrintable(QStringLiteral("a label at %1 is drawn before the line at %2")
                                                      .arg(firstLabel)
                                                      .arg(lastLine)));
    }

    // Value ticks keep about two lines of text apart however short the plots
    // are (the default five ran together on a 70 px plot), and come back
    // when the plots grow.
    void valueTickLabelsKeepApartOnShortPlots()
    {
        const SnapshotPtr s = histogramSnapshot("spread", {{100'000, 110'000, 1300}, {900'000, 990'000, 40}});
        ViewSelection selection;
        const auto w = histogramOf(selection, s, 600);
        QVERIFY(w);
        const auto gaps = [&w] {
            double smallest = 1e9;
            std::size_t fewest = 100;
            for (QCustomPlot* p : {w->timePlot(), w->hitsPlot(), w->histogramPlot()}) {
                const QVector<double> ticks = p->yAxis->tickVector();
                fewest = std::min(fewest, std::size_t(ticks.size()));
                for (qsizetype i = 1; i < ticks.size(); ++i)
                    smallest = std::min(smallest, p->yAxis->coordToPixel(ticks[i - 1]) - p->yAxis->coordToPixel(ticks[i]));
            }
            return std::pair(smallest, fewest);
        };
        const double line = QFontMetricsF(w->histogramPlot()->yAxis->tickLabelFont()).height();
        w->resize(600, 460); // the plots' minimum height
        QVERIFY2(w->histogramPlot()->axisRect()->height() < 5 * 2 * line,
                 qPrintable(QString::number(w->histogramPlot()->axisRect()->height())));
        const auto [shortGap, shortTicks] = gaps();
        QVERIFY2(shortGap >= 1.8 * line, qPrintable(QStringLiteral("%1 px apart, %2 px a line").arg(shortGap).arg(line)));
        QVERIFY(shortTicks >= 2);
        w->resize(600, 1400);
        const auto [tallGap, tallTicks] = gaps();
        QVERIFY(tallGap >= 1.8 * line);
        QVERIFY2(tallTicks >= 4, qPrintable(QString::number(tallTicks)));
    }

    void histogramTickLabelsNeverOverlap_data()
    {
        QTest::addColumn<std::uint64_t>("fast");
        QTest::addColumn<std::uint64_t>("slow");
        QTest::addColumn<int>("width");
        QTest::addColumn<QStringList>("wide"); // labels a 1400 px plot shows
        // Over two decades: a wide plot labels 1-2-5 ticks, a narrow one only
        // as many as fit (100 µs and 200 µs ran together).
        const QStringList twoDecades{QStringLiteral("200 µs"), QStringLiteral("500 µs")};
        QTest::newRow("two decades, wide") << std::uint64_t(100'000) << std::uint64_t(5'000'000) << 1400 << twoDecades;
        QTest::newRow("two decades, narrow") << std::uint64_t(100'000) << std::uint64_t(5'000'000) << 320 << twoDecades;
        // A decade and a bit: the base ticker's linear ticks for under 1.6
        // decades ran together ("3 ms4 ms5 ms").
        const QStringList oneDecade{QStringLiteral("500 µs"), QStringLiteral("2 ms")};
        QTest::newRow("one decade, wide") << std::uint64_t(300'000) << std::uint64_t(4'800'000) << 1400 << oneDecade;
        QTest::newRow("one decade, narrow") << std::uint64_t(300'000) << std::uint64_t(4'800'000) << 200 << oneDecade;
    }

    void histogramTickLabelsNeverOverlap()
    {
        QFETCH(std::uint64_t, fast);
        QFETCH(std::uint64_t, slow);
        QFETCH(int, width);
        QFETCH(QStringList, wide);
        const SnapshotPtr s = histogramSnapshot("spread", {{fast, fast + fast / 10, 50}, {slow, slow + slow / 10, 5}});
        ViewSelection selection;
        const auto w = histogramOf(selection, s, width);
        QVERIFY(w);
        QCustomPlot* h = w->histogramPlot();
        const auto check = [h](int width) {
            const QVector<double> ticks = h->xAxis->tickVector();
            const QVector<QString> labels = h->xAxis->tickVectorLabels();
            const QString all = QStringList(labels.begin(), labels.end()).join(QStringLiteral(", "));
            QVERIFY2(!ticks.isEmpty(), qPrintable(QString::number(width)));
            const QFontMetricsF metrics(h->xAxis->tickLabelFont());
            for (qsizetype i = 1; i < ticks.size(); ++i) {
                const double gap = h->xAxis->coordToPixel(ticks[i]) - h->xAxis->coordToPixel(ticks[i - 1]);
                const double needed =
                    (metrics.horizontalAdvance(labels[i - 1]) + metrics.horizontalAdvance(labels[i])) / 2.0;
                QVERIFY2(gap > needed, qPrintable(QStringLiteral("%1 px: '%2' and '%3' %4 px apart, %5 px wide (%6)")
                                                      .arg(width)
                                                      .arg(labels[i - 1], labels[i])
                                                      .arg(gap)
                                                      .arg(needed)
                                                      .arg(all)));
            }
        };
        const auto joined = [h] {
            const QVector<QString> labels = h->xAxis->tickVectorLabels();
            return QStringList(labels.begin(), labels.end()).join(QStringLiteral(", "));
        };
        const auto shows = [h](const QStringList& expected) {
            const QVector<QString> labels = h->xAxis->tickVectorLabels();
            return std::all_of(expected.begin(), expected.end(), [&](const QString& l) { return labels.contains(l); });
        };
        check(width);
        if (width > 1000) {
            QVERIFY2(shows(wide), qPrintable(joined()));
            return;
        }
        // Shown narrow, then widened with nothing new to plot (a capture's
        // plots): the ticks follow the new width without another snapshot.
        // The resize replots once, and nothing else will.
        w->resize(1400, 600);
        QVERIFY2(h->axisRect()->width() > 1000, qPrintable(QString::number(h->axisRect()->width())));
        QVERIFY2(shows(wide), qPrintable(joined()));
        check(1400);
    }

    void quantileLabelsStackWithoutOverlapAtAnyHeight()
    {
        // Median, p90 and p99 close together: the labels stack one line
        // apart. Shrunk with nothing new to plot (a capture's plots), they
        // stay apart: the spacing follows the laid-out height.
        const SnapshotPtr s = histogramSnapshot(
            "close", {{1'000'000, 1'100'000, 50}, {1'100'000, 1'200'000, 45}, {1'200'000, 1'300'000, 5}});
        ViewSelection selection;
        const auto w = histogramOf(selection, s, 500);
        QVERIFY(w);
        QCustomPlot* h = w->histogramPlot();
        const auto stacked = [h](const char* when) {
            std::vector<QCPItemText*> labels;
            for (int i = 0; i < h->itemCount(); ++i)
                if (auto* label = qobject_cast<QCPItemText*>(h->item(i)))
                    labels.push_back(label);
            QCOMPARE(labels.size(), std::size_t(3));
            for (std::size_t i = 1; i < labels.size(); ++i) {
                const double bottom = labels[i - 1]->bottom->pixelPosition().y();
                const double top = labels[i]->top->pixelPosition().y();
                QVERIFY2(bottom <= top + 0.5, qPrintable(QStringLiteral("%1: '%2' ends at %3 px, '%4' starts at %5 px")
                                                             .arg(QLatin1String(when), labels[i - 1]->text())
                                                             .arg(bottom)
                                                             .arg(labels[i]->text())
                                                             .arg(top)));
            }
        };
        stacked("600 px high");
        if (QTest::currentTestFailed())
            return;
        w->resize(500, 330); // the resize replots once, and nothing else will
        QVERIFY(h->axisRect()->height() < 150);
        stacked("shrunk");
    }

    void durationTicksOfANarrowAxisNeverOverlap()
    {
        // 0.3 to 5 ms (a decade and a bit) on axes too short for 1-2-5
        // labels: QCPAxisTickerLog's own fallback for under 1.6 decades is
        // linear (1, 2, 3, 4, 5 ms), which ran together on a log axis.
        for (const int width : {110, 140, 180}) {
            QCustomPlot plot;
            plot.resize(width, 120);
            plot.setViewport(QRect(0, 0, width, 120)); // not shown: no resize event sets it
            plot.xAxis->setScaleType(QCPAxis::stLogarithmic);
            plot.xAxis->setTicker(QSharedPointer<DurationLogTicker>::create(plot.xAxis));
            plot.xAxis->setRange(300'000, 5'000'000);
            plot.replot();
            plot.replot(); // ticks of the laid-out width
            const QVector<double> ticks = plot.xAxis->tickVector();
            const QVector<QString> labels = plot.xAxis->tickVectorLabels();
            const QString all = QStringList(labels.begin(), labels.end()).join(QStringLiteral(", "));
            QVERIFY2(!ticks.isEmpty(), qPrintable(QString::number(width)));
            const QFontMetricsF metrics(plot.xAxis->tickLabelFont());
            for (qsizetype i = 1; i < ticks.size(); ++i) {
                const double gap = plot.xAxis->coordToPixel(ticks[i]) - plot.xAxis->coordToPixel(ticks[i - 1]);
                QVERIFY2(gap > (metrics.horizontalAdvance(labels[i - 1]) + metrics.horizontalAdvance(labels[i])) / 2.0,
                         qPrintable(QStringLiteral("%1 px: %2").arg(width).arg(all)));
            }
        }
    }

    void timePlotPicksTheUnitOfItsLargestValue()
    {
        // 20 s of block time per 1 s interval (many threads) reads in s, 50 µs
        // in µs: never "20000 ms" or "0.05 ms".
        const auto poll = [](double t_s, std::uint64_t total_ns, std::uint64_t seq) {
            auto s = std::make_shared<Snapshot>();
            s->results.tracks = oneBlock(total_ns, seq);
            s->profiler_now_ns = std::uint64_t(t_s * 1e9);
            s->sequence = seq;
            return SnapshotPtr(s);
        };
        const struct {
            std::uint64_t per_interval_ns;
            QString unit;
            double value;
        } cases[] = {{20'000'000'000, QStringLiteral("s"), 20.0},
                     {50'000, QStringLiteral("µs"), 50.0},
                     {3'000'000, QStringLiteral("ms"), 3.0},
                     {700, QStringLiteral("ns"), 700.0}};
        for (const auto& c : cases) {
            ViewSelection selection;
            BlockPlotsWidget w(&selection);
            w.resize(600, 700);
            w.show();
            w.setSnapshot(poll(1.0, 0, 1));
            w.setSnapshot(poll(2.0, c.per_interval_ns, 2));
            selection.setBlock(BlockKey{0, 3});
            QCustomPlot* plot = w.timePlot();
            QCOMPARE(plot->yAxis->label(), c.unit);
            QCOMPARE(plot->graph(0)->dataCount(), 1);
            QCOMPARE(plot->graph(0)->data()->at(0)->value, c.value);
            QVERIFY(plot->yAxis->range().contains(c.value));
        }
    }

    void seriesFollowPollsAndPins()
    {
        Profiler p("series");
        ViewSelection selection;
        BlockPlotsWidget w(&selection);
        w.resize(900, 700);
        w.show();
        for (int poll = 0; poll < 4; ++poll) {
            for (int i = 0; i < 10; ++i) {
                STICHO_BLOCK(p, 0, "a");
                STICHO_BLOCK(p, 1, "b");
            }
            w.setSnapshot(snapshotOf(p, std::uint64_t(poll)));
        }
        selection.setBlock(BlockKey{0, 0});
        QCOMPARE(w.timePlot()->graphCount(), 1);
        QCOMPARE(w.timePlot()->graph(0)->dataCount(), 3);
        QCOMPARE(w.hitsPlot()->graph(0)->dataCount(), 3);
        w.pinBlock(BlockKey{0, 0});
        selection.setBlock(BlockKey{1, 0});
        QCOMPARE(w.plottedBlocks().size(), 2);
        QCOMPARE(w.timePlot()->graphCount(), 2);
        QCOMPARE(w.hitsPlot()->graph(1)->name(), QStringLiteral("b"));
        w.clearPins();
        QCOMPARE(w.timePlot()->graphCount(), 1);
    }
};

STICHO_GUI_TEST_MAIN(TestBlockPlots, QApplication)
#include "tst_block_plots.moc"
