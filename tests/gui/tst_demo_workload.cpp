// The demo workload: named tracks and threads, nested blocks, and a worker
// count that changes live.
#include "gui_test_support.hpp"
#include "workload/DemoWorkload.hpp"

#include <stichotrope/stichotrope.hpp>

#include <chrono>
#include <thread>

using namespace stichotrope;

namespace {

std::size_t alive(const Results& r)
{
    std::size_t n = 0;
    for (const ThreadResult& t : r.threads)
        n += t.alive ? 1 : 0;
    return n;
}

} // namespace

class TestDemoWorkload : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { stichotrope::test::failOnWarnings(); }
    void cleanup() { stichotrope::test::checkWarnings(); }

    void recordsNamedTracksThreadsAndNestedBlocks()
    {
        Profiler p("demo");
        demo::DemoWorkload w(p, 2);
        QVERIFY(!w.isRunning());
        w.start();
        QVERIFY(w.isRunning());
        std::this_thread::sleep_for(std::chrono::milliseconds(400));
        w.stop();
        const Results r = p.get_results();
        QCOMPARE(r.tracks.at(demo::Compute).name, std::string("Compute"));
        QCOMPARE(r.tracks.at(demo::IO).name, std::string("I/O"));
        QCOMPARE(r.tracks.at(demo::Memory).name, std::string("Memory"));
        QVERIFY(r.block_count() >= 8);
        QCOMPARE(r.threads.size(), std::size_t(2));
        QCOMPARE(r.threads[0].name.rfind("worker-", 0), std::size_t(0));
        unsigned depth = 0;
        for (const CallTreeNode& n : r.call_tree.nodes)
            depth = std::max(depth, n.depth);
        QVERIFY2(depth >= 4, "frame > simulate > integrate > solve constraints");
        QCOMPARE(alive(p.get_results()), std::size_t(0));
    }

    void workerCountChangesLive()
    {
        Profiler p("demo");
        demo::DemoWorkload w(p, 2);
        w.start();
        w.setWorkerCount(5);
        QCOMPARE(w.workerCount(), 5);
        QTRY_COMPARE(alive(p.get_results()), std::size_t(5));
        w.setWorkerCount(1);
        QTRY_COMPARE(alive(p.get_results()), std::size_t(1));
        w.setWorkerCount(1000); // clamped
        QCOMPARE(w.workerCount(), demo::DemoWorkload::kMaxWorkers);
        w.setWorkerCount(2);
        w.stop();
        QVERIFY(!w.isRunning());
    }
};

STICHO_GUI_TEST_MAIN(TestDemoWorkload, QCoreApplication)
#include "tst_demo_workload.moc"
