// The demo workload: named tracks and threads, nested blocks, and a worker
// count that changes live.
#include "gui_test_support.hpp"
#include "workload/DemoWorkload.hpp"

#include <stichotrope/stichotrope.hpp>

#include <algorithm>
#include <cerrno>

#if defined(__linux__)
#include <sys/resource.h>
#endif

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
        // Until both workers have been through a frame's deepest nesting.
        auto deepest = [&p] {
            unsigned depth = 0;
            for (const CallTreeNode& n : p.get_results().call_tree.nodes)
                depth = std::max(depth, n.depth);
            return depth;
        };
        QTRY_VERIFY(deepest() >= 4 && p.get_results().threads.size() == 2);
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

    // Workers run below the priority of the thread that starts them (the
    // viewer's), so a demo saturating every core leaves the viewer live.
    void workersYieldToTheViewer()
    {
#if defined(__linux__)
        Profiler p("demo");
        demo::DemoWorkload w(p, 2);
        w.start();
        QTRY_COMPARE(alive(p.get_results()), std::size_t(2));
        errno = 0;
        const int mine = getpriority(PRIO_PROCESS, 0); // this thread's: per thread on Linux
        QCOMPARE(errno, 0);
        for (const ThreadResult& t : p.get_results().threads) {
            errno = 0;
            const int theirs = getpriority(PRIO_PROCESS, id_t(t.os_tid));
            QCOMPARE(errno, 0);
            QCOMPARE(theirs, std::min(mine + demo::DemoWorkload::kNiceIncrement, 19));
        }
        w.stop();
#else
        QSKIP("thread priorities are set on Linux only");
#endif
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
