// The flame graph: node widths follow the call tree, children sit inside
// their parents, zoom changes the root, and a thread selection merges only
// the selected threads' trees.
#include "model/FlameGraphLayout.hpp"
#include "model/Snapshot.hpp"
#include "model/ViewSelection.hpp"
#include "widgets/visual/FlameGraphCanvas.hpp"
#include "widgets/visual/FlameGraphWidget.hpp"

#include <stichotrope/stichotrope.hpp>

#include <QSignalSpy>
#include "gui_test_support.hpp"

#include <QApplication>
#include <QTest>

#include <algorithm>
#include <chrono>
#include <map>
#include <thread>

using namespace stichotrope;
using namespace stichotrope::gui;

namespace {

void spin(std::chrono::microseconds d)
{
    const auto until = std::chrono::steady_clock::now() + d;
    while (std::chrono::steady_clock::now() < until) {
    }
}

void work(Profiler& p, int outer, int inner)
{
    for (int i = 0; i < outer; ++i) {
        STICHO_BLOCK(p, 0, "outer");
        spin(std::chrono::microseconds(50));
        for (int k = 0; k < inner; ++k) {
            STICHO_BLOCK(p, 1, "inner");
            spin(std::chrono::microseconds(100));
        }
    }
}

SnapshotPtr snapshotOf(const Profiler& p)
{
    auto s = std::make_shared<Snapshot>();
    s->results = p.get_results();
    s->timeline = p.timeline();
    s->profiler_now_ns = s->timeline.now_ns;
    return s;
}

// Every rect's width is its node's share of the zoom root, and it lies within its parent's rect.
void checkLayout(const CallTree& tree, const FlameGraphLayout& layout)
{
    const double total = double(tree.nodes[layout.root()].total_ns);
    std::map<std::uint32_t, const FlameGraphRect*> byNode;
    for (const FlameGraphRect& r : layout.rects())
        byNode[r.node] = &r;
    for (const FlameGraphRect& r : layout.rects()) {
        QVERIFY(qAbs((r.x1 - r.x0) - double(tree.nodes[r.node].total_ns) / total) < 1e-9);
        if (r.node == layout.root())
            continue;
        const auto parent = byNode.find(tree.nodes[r.node].parent);
        QVERIFY(parent != byNode.end());
        QCOMPARE(r.row, parent->second->row + 1);
        QVERIFY(r.x0 >= parent->second->x0 - 1e-12 && r.x1 <= parent->second->x1 + 1e-12);
    }
}

} // namespace

class TestFlameGraph : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Any Qt warning or critical message fails the running test.
    void init() { stichotrope::test::failOnWarnings(); }
    void cleanup() { stichotrope::test::checkWarnings(); }

    void widthsFollowTheCallTree()
    {
        // root 1000 = a 600 { b 400 { c 100 } } + d 400
        CallTree t;
        t.nodes.resize(5);
        t.nodes[1] = {0, 1, 0, 1, 1, 600, 200, 0, 0};
        t.nodes[2] = {0, 2, 1, 2, 1, 400, 300, 0, 0};
        t.nodes[3] = {1, 3, 2, 3, 1, 100, 100, 0, 0};
        t.nodes[4] = {1, 4, 0, 1, 1, 400, 400, 0, 0};
        t.link();
        QCOMPARE(t.nodes[0].total_ns, std::uint64_t(1000));
        const FlameGraphLayout l = FlameGraphLayout::compute(t, 0);
        QCOMPARE(l.rects().size(), std::size_t(5));
        QCOMPARE(l.rowCount(), 4u);
        checkLayout(t, l);
        const FlameGraphRect* d = l.rectAt(0.7, 1);
        QVERIFY(d && d->node == 4);
        QCOMPARE(d->x0, 0.6);
        // Zoomed on b: b spans everything, c a quarter.
        const FlameGraphLayout z = FlameGraphLayout::compute(t, 2);
        QCOMPARE(z.rects().size(), std::size_t(2));
        QCOMPARE(z.rects()[0].node, 2u);
        QCOMPARE(z.rects()[1].x1 - z.rects()[1].x0, 0.25);
        // Too narrow to draw: left out with its subtree.
        QCOMPARE(FlameGraphLayout::compute(t, 0, 0.2).rects().size(), std::size_t(4));
    }

    void widgetShowsTheMergedTreeAndZooms()
    {
        Profiler p("flame graph test");
        std::thread a([&] { set_thread_name("a"); work(p, 3, 2); });
        a.join();
        ViewSelection selection;
        FlameGraphWidget w(&selection);
        w.resize(1200, 400);
        w.show();
        const SnapshotPtr s = snapshotOf(p);
        w.setSnapshot(s);
        const CallTree& tree = w.callTree();
        QCOMPARE(tree.nodes.size(), s->results.call_tree.nodes.size());
        QCOMPARE(w.layout().rects().size(), tree.nodes.size());
        checkLayout(tree, w.layout());
        QCOMPARE(w.layout().rowCount(), 3u);

        const std::uint32_t outer = tree.children(0)[0];
        w.zoomTo(outer);
        QCOMPARE(w.zoomRoot(), outer);
        QCOMPARE(w.layout().root(), outer);
        QCOMPARE(w.layout().rects()[0].x1 - w.layout().rects()[0].x0, 1.0);
        checkLayout(tree, w.layout());
        // The zoom survives a new snapshot (kept as a call path).
        work(p, 1, 1);
        w.setSnapshot(snapshotOf(p));
        QCOMPARE(w.layout().root(), w.callTree().children(0)[0]);
        w.zoomOut();
        QCOMPARE(w.layout().root(), 0u);

        // Clicking a block selects it in every view. The inner block's box is
        // clicked wherever the measured durations put it: a preemption inside
        // "outer" widens that block's own part, not the tree's shape.
        QSignalSpy spy(&selection, &ViewSelection::blockChanged);
        const std::vector<FlameGraphRect>& rects = w.layout().rects();
        const auto inner = std::find_if(rects.begin(), rects.end(), [](const FlameGraphRect& r) { return r.row == 2; });
        QVERIFY(inner != rects.end());
        const FlameGraphRect r = *inner; // a copy: the click lays the graph out again
        const QPoint at(int(w.canvas()->width() * (r.x0 + r.x1) / 2), FlameGraphCanvas::kRowHeight * 2 + 5);
        QTest::mouseClick(w.canvas(), Qt::LeftButton, {}, at);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(selection.block()->track, 1u);
        QCOMPARE(w.layout().root(), r.node);
    }

    void searchDimsTheRest()
    {
        Profiler p("search");
        work(p, 1, 1);
        ViewSelection selection;
        FlameGraphWidget w(&selection);
        w.show();
        w.setSnapshot(snapshotOf(p));
        w.setSearchText("inn");
        const CallTree& t = w.callTree();
        const std::uint32_t outer = t.children(0)[0];
        QVERIFY(!w.canvas()->matchesSearch(outer));
        QVERIFY(w.canvas()->matchesSearch(t.children(outer)[0]));
    }

    void threadSelectionMergesOnlySelectedThreads()
    {
        Profiler p("threads");
        std::thread a([&] { set_thread_name("a"); work(p, 2, 1); });
        a.join();
        std::thread b([&] { set_thread_name("b"); work(p, 1, 3); });
        b.join();
        std::thread c([&] { set_thread_name("c"); work(p, 1, 1); });
        c.join();
        const SnapshotPtr s = snapshotOf(p);
        QCOMPARE(s->results.threads.size(), std::size_t(3));
        const ThreadResult& ta = s->results.threads[0];
        const ThreadResult& tb = s->results.threads[1];

        ViewSelection selection;
        FlameGraphWidget w(&selection);
        w.show();
        w.setSnapshot(s);
        selection.setThreads({ta.thread_id, tb.thread_id});
        const CallTree& t = w.callTree();
        QCOMPARE(t.nodes.size(), std::size_t(3)); // root, outer, inner: same paths merge
        const CallTreeNode& outer = t.nodes[t.children(0)[0]];
        const CallTreeNode& inner = t.nodes[t.children(t.children(0)[0])[0]];
        QCOMPARE(outer.hit_count, std::uint64_t(3));
        QCOMPARE(inner.hit_count, std::uint64_t(2 + 3));
        const auto totalOf = [](const ThreadResult& r) { return r.call_tree.nodes[0].total_ns; };
        QCOMPARE(t.nodes[0].total_ns, totalOf(ta) + totalOf(tb));
        QCOMPARE(outer.self_ns, outer.total_ns - inner.total_ns);
        checkLayout(t, w.layout());

        selection.setThreads({});
        QCOMPARE(w.callTree().nodes[0].total_ns, s->results.call_tree.nodes[0].total_ns);
    }
};

STICHO_GUI_TEST_MAIN(TestFlameGraph, QApplication)
#include "tst_flame_graph.moc"
