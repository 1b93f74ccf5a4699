// Thread-safety scenarios 5-7: the locked cold paths. Call sites first reached from many
// threads at once register exactly once; profilers created and destroyed
// concurrently get unique, consecutive ids; and every public operation mixed
// from many threads never deadlocks.
#include "test_support.hpp"

#include <barrier>
#include <memory>
#include <random>
#include <set>

using namespace sticho_test;

class TestLockProtection : public EngineSuite {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void callSiteRegistrationConcurrency();
    void callSiteRegistrationOnSeveralTracks();
    void profilerRegistryConcurrency();
    void lockHierarchyCompliance();
};

// Runs before anything else in this process: ids start at 0.
void TestLockProtection::initTestCase()
{
    QVERIFY(stichotrope::live_profiler_ids().empty());
    Profiler first("first");
    QCOMPARE(first.id(), std::uint64_t(0));
    QCOMPARE(stichotrope::live_profiler_ids(), std::vector<std::uint64_t>{0});
}

// Scenario 5: 10 call sites first reached by 5 threads at the same moment become
// exactly 10 blocks with indices 0..9, whatever the interleaving. Repeated
// with fresh profilers to vary the interleaving.
void TestLockProtection::callSiteRegistrationConcurrency()
{
    constexpr unsigned kThreads = 5;
    constexpr unsigned kSiteUses = 10;
    constexpr int kRounds = 20;
    for (int round = 0; round < kRounds; ++round) {
        Profiler prof("sites");
        std::barrier<> start(kThreads);
        ThreadGroup group(kThreads, [&](std::size_t i) {
            start.arrive_and_wait();
            // Each thread walks the sites in its own order.
            for (unsigned k = 0; k < kSiteUses; ++k)
                kSites[(k + 3 * i) % kSiteUses](prof, 0);
        });
        STICHO_JOIN(group, 30);

        QCOMPARE(prof.block_count(), std::size_t(kSiteUses));
        const Results r = prof.get_results();
        STICHO_CHECK_RESULTS(r);
        QCOMPARE(r.tracks.size(), std::size_t(1));
        const auto& blocks = r.tracks.at(0).blocks;
        QCOMPARE(blocks.size(), std::size_t(kSiteUses));
        std::set<std::string> names;
        unsigned expected_index = 0;
        for (const auto& [index, s] : blocks) {
            QCOMPARE(index, expected_index++);
            QCOMPARE(s.hit_count, std::uint64_t(kThreads));
            names.emplace(s.name);
        }
        QCOMPARE(names.size(), std::size_t(kSiteUses));
        for (unsigned k = 0; k < kSiteUses; ++k)
            QVERIFY(names.count(site_name(k)) == 1);
        QCOMPARE(r.threads.size(), std::size_t(kThreads));
        for (const auto& t : r.threads)
            QCOMPARE(t.tracks.at(0).blocks.size(), std::size_t(kSiteUses));
    }
}

// A call site used on several tracks is one block per track, and indices are
// dense per track.
void TestLockProtection::callSiteRegistrationOnSeveralTracks()
{
    constexpr unsigned kThreads = 5;
    constexpr unsigned kSiteUses = 10;
    const std::vector<unsigned> tracks = {0, 7, 63};
    Profiler prof("sites-tracks");
    std::barrier<> start(kThreads);
    ThreadGroup group(kThreads, [&](std::size_t i) {
        start.arrive_and_wait();
        for (unsigned k = 0; k < kSiteUses; ++k)
            for (unsigned t : tracks)
                kSites[(k + i) % kSiteUses](prof, t);
    });
    STICHO_JOIN(group, 30);

    QCOMPARE(prof.block_count(), kSiteUses * tracks.size());
    const Results r = prof.get_results();
    STICHO_CHECK_RESULTS(r);
    QCOMPARE(r.tracks.size(), tracks.size());
    for (unsigned t : tracks) {
        const auto& blocks = r.tracks.at(t).blocks;
        QCOMPARE(blocks.size(), std::size_t(kSiteUses));
        QCOMPARE(blocks.rbegin()->first, kSiteUses - 1);
        std::set<std::string> names;
        for (const auto& [index, s] : blocks) {
            QCOMPARE(s.hit_count, std::uint64_t(kThreads));
            names.emplace(s.name);
        }
        QCOMPARE(names.size(), std::size_t(kSiteUses));
    }
}

// Scenario 6: 10 profilers created by 5 threads at once get unique, consecutive
// ids; destroyed by 5 threads at once, they all leave the registry.
void TestLockProtection::profilerRegistryConcurrency()
{
    constexpr unsigned kThreads = 5;
    constexpr unsigned kPerThread = 2;
    constexpr unsigned kCount = kThreads * kPerThread;
    constexpr int kRounds = 10;
    for (int round = 0; round < kRounds; ++round) {
        std::vector<std::unique_ptr<Profiler>> made(kCount);
        std::barrier<> sync(kThreads + 1);
        ThreadGroup group(kThreads, [&](std::size_t i) {
            sync.arrive_and_wait();
            for (unsigned j = 0; j < kPerThread; ++j) {
                auto& p = made[i * kPerThread + j];
                p = std::make_unique<Profiler>("p-" + std::to_string(i * kPerThread + j));
                STICHO_BLOCK(*p, 0, "in-new-profiler");
            }
            sync.arrive_and_wait(); // all created
            sync.arrive_and_wait(); // main has looked
            // Destroy another thread's profilers, all at once.
            for (unsigned j = 0; j < kPerThread; ++j)
                made[((i + 1) % kThreads) * kPerThread + j].reset();
        });
        sync.arrive_and_wait();
        sync.arrive_and_wait();
        std::vector<std::uint64_t> ids;
        std::vector<Results> results;
        for (const auto& p : made) {
            ids.push_back(p->id());
            results.push_back(p->get_results());
        }
        const std::vector<std::uint64_t> live = stichotrope::live_profiler_ids();
        sync.arrive_and_wait();
        STICHO_JOIN(group, 30);

        for (unsigned k = 0; k < kCount; ++k) {
            QCOMPARE(results[k].profiler_id, ids[k]);
            QCOMPARE(results[k].profiler_name, "p-" + std::to_string(k));
            QCOMPARE(results[k].hit_count(), std::uint64_t(1));
        }
        std::vector<std::uint64_t> sorted = ids;
        std::sort(sorted.begin(), sorted.end());
        for (unsigned k = 1; k < kCount; ++k)
            QCOMPARE(sorted[k], sorted[0] + k);
        for (std::uint64_t id : ids)
            QVERIFY(std::binary_search(live.begin(), live.end(), id));
        for (const auto& p : made)
            QVERIFY(p == nullptr);
        const std::vector<std::uint64_t> after = stichotrope::live_profiler_ids();
        for (std::uint64_t id : ids)
            QVERIFY(!std::binary_search(after.begin(), after.end(), id));
        // Ids are never reused.
        Profiler next("next");
        QCOMPARE(next.id(), sorted.back() + 1);
    }
}

// Scenario 7: every public operation, mixed at random from many threads on shared
// and private profilers, finishes within the watchdog (no lock-order cycle),
// and the shared profilers are coherent afterwards.
void TestLockProtection::lockHierarchyCompliance()
{
    constexpr unsigned kThreads = 8;
    constexpr int kIterations = 300;
    constexpr unsigned kShared = 3;
    Profiler shared[kShared] = {Profiler("shared-0"), Profiler("shared-1"), Profiler("shared-2")};
    std::barrier<> start(kThreads);
    ThreadGroup group(kThreads, [&](std::size_t i) {
        std::minstd_rand rng(unsigned(i) + 1);
        start.arrive_and_wait();
        for (int n = 0; n < kIterations; ++n) {
            Profiler& a = shared[rng() % kShared];
            Profiler& b = shared[rng() % kShared];
            const unsigned track = rng() % 4;
            switch (rng() % 11) {
            case 0: { // a private profiler's whole life, nested in a shared block
                STICHO_BLOCK(a, track, "around-private");
                Profiler mine("private");
                kSites[rng() % 64](mine, track);
                group.failures().add_all(validate(mine.get_results()));
                mine.clear();
                break;
            }
            case 1: // new blocks appear over time
                kSites[rng() % 64](a, track);
                break;
            case 2: { // nested blocks across two profilers, both orders
                STICHO_BLOCK(a, track, "nest-outer");
                STICHO_BLOCK(b, (track + 1) % 4, "nest-inner");
                break;
            }
            case 3:
                group.failures().add_all(validate(a.get_results()));
                break;
            case 4:
                a.clear();
                break;
            case 5:
                a.set_track_enabled(track, rng() % 2 == 0);
                a.set_track_name(track, "track-" + std::to_string(rng() % 100));
                (void)a.is_track_enabled(track);
                (void)a.track_name(track);
                break;
            case 6:
                if (rng() % 2)
                    a.stop();
                else
                    a.start();
                (void)a.is_started();
                break;
            case 7:
                (void)a.memory_bytes();
                (void)a.thread_count();
                (void)a.block_count();
                (void)stichotrope::live_profiler_ids();
                break;
            case 8:
                stichotrope::set_thread_name("mixed-" + std::to_string(n));
                break;
            case 9: { // aggregate and clear from inside an open block
                STICHO_BLOCK(a, track, "reentrant");
                group.failures().add_all(validate(a.get_results()));
                a.clear();
                break;
            }
            case 10: { // a thread that records and exits while others read
                std::thread t([&a, &b, track] {
                    STICHO_BLOCK(a, track, "short-lived");
                    STICHO_BLOCK(b, track, "short-lived-inner");
                });
                t.join();
                break;
            }
            }
        }
    });
    // A 10 s deadlock limit (scaled under sanitizers).
    STICHO_JOIN(group, 10);

    for (Profiler& p : shared) {
        p.start();
        for (unsigned t = 0; t < 4; ++t)
            p.set_track_enabled(t, true);
        const Results r = p.get_results();
        STICHO_CHECK_RESULTS(r);
        QCOMPARE(r.block_count(), p.block_count());
        QVERIFY(p.block_count() > 0);
        // Still records after the storm.
        const std::uint64_t before = r.hit_count();
        {
            STICHO_BLOCK(p, 0, "after");
        }
        QCOMPARE(p.get_results().hit_count(), before + 1);
    }
}

QTEST_APPLESS_MAIN(TestLockProtection)
#include "tst_lock_protection.moc"
