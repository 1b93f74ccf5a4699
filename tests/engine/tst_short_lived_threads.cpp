// 10,000 threads that each run one block and exit: every hit is kept, every
// thread is listed as exited, and compaction keeps the memory small.
#include "test_support.hpp"

#include <memory>

using namespace sticho_test;

class TestShortLivedThreads : public EngineSuite {
    Q_OBJECT

private Q_SLOTS:
    void tenThousandThreads();
};

void TestShortLivedThreads::tenThousandThreads()
{
    constexpr unsigned kThreads = 10'000;
    constexpr unsigned kConcurrent = 8;
    Profiler prof("short-lived");
    for (unsigned started = 0; started < kThreads; started += kConcurrent) {
        ThreadGroup wave(kConcurrent, [&](std::size_t) { STICHO_BLOCK(prof, 0, "once"); });
        STICHO_JOIN(wave, 30);
    }
    const std::size_t memory = prof.memory_bytes();
    const Results r = prof.get_results();

    STICHO_CHECK_RESULTS(r);
    QCOMPARE(hits_named(r.tracks, 0, "once"), std::uint64_t(kThreads));
    QCOMPARE(r.threads.size(), std::size_t(kThreads));
    QCOMPARE(prof.thread_count(), std::size_t(kThreads));
    for (const auto& t : r.threads) {
        QVERIFY(!t.alive);
        QCOMPARE(t.hit_count(), std::uint64_t(1));
    }
    // An exited thread keeps its ThreadState, its name, its compacted call
    // tree (root and one node), histogram (one bucket) and timeline (one
    // event), and its list entry: no directories, chunks or ring.
    using namespace stichotrope::detail;
    const std::size_t per_thread = sizeof(ThreadState) + 64 + 2 * sizeof(ThreadData::Node) +
                                   sizeof(ThreadData::Block) + sizeof(ThreadData::Bucket) + sizeof(RawEvent) +
                                   2 * sizeof(std::shared_ptr<ThreadState>);
    qInfo("%zu bytes for %u exited threads (%zu per thread)", memory, kThreads, memory / kThreads);
    QVERIFY(memory < std::size_t(kThreads) * 1024);
    QVERIFY(memory <= kThreads * per_thread);

    prof.clear();
    QCOMPARE(prof.thread_count(), std::size_t(0));
    QVERIFY(prof.get_results().threads.empty());
    QCOMPARE(prof.memory_bytes(), std::size_t(0));
}

QTEST_APPLESS_MAIN(TestShortLivedThreads)
#include "tst_short_lived_threads.moc"
