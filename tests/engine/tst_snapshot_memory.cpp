// The memory of snapshot arrays: a freed array is reused by the next one of
// its size class, the cache stays within its bound, snapshots from
// get_results() and timeline() go through it, and threads may allocate and
// free arrays concurrently (run under ThreadSanitizer by the test command).
#include "test_support.hpp"

#include <barrier>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <set>
#include <vector>

using stichotrope::cached_snapshot_memory;
using stichotrope::release_snapshot_memory;
using stichotrope::SnapshotVector;

namespace sticho_test {

class TestSnapshotMemory : public EngineSuite {
    Q_OBJECT
private Q_SLOTS:
    void init() { release_snapshot_memory(); }

    void aFreedArrayIsReusedByTheNextOfItsSize();
    void smallArraysAreNotKept();
    void theCacheKeepsTheNewestWithinItsBound();
    void releaseGivesEverythingBack();
    void aFreshSnapshotReusesTheArraysOfTheLastOne();
    void aFreshTimelineReusesTheArraysOfTheLastOne();
    void threadsAllocateAndFreeEachOthersArrays();
};

constexpr std::size_t kMiB = std::size_t(1) << 20;

void TestSnapshotMemory::aFreedArrayIsReusedByTheNextOfItsSize()
{
    const std::uint64_t* first = nullptr;
    {
        SnapshotVector<std::uint64_t> v(100'000, 7);
        first = v.data();
    }
    QVERIFY(cached_snapshot_memory() >= 100'000 * sizeof(std::uint64_t));
    // 800 000 and 880 000 bytes are in one class: (786 432, 917 504].
    SnapshotVector<std::uint64_t> w(110'000, 9);
    QCOMPARE(w.data(), first);
    QCOMPARE(cached_snapshot_memory(), std::size_t(0));
    QCOMPARE(w.front(), std::uint64_t(9));
    QCOMPARE(w.back(), std::uint64_t(9));
}

void TestSnapshotMemory::smallArraysAreNotKept()
{
    {
        SnapshotVector<std::uint64_t> v(100, 1);
    }
    QCOMPARE(cached_snapshot_memory(), std::size_t(0));
}

void TestSnapshotMemory::theCacheKeepsTheNewestWithinItsBound()
{
    std::vector<SnapshotVector<char>> arrays;
    for (int i = 0; i < 100; ++i)
        arrays.emplace_back(kMiB, char(i));
    const char* newest = arrays.back().data();
    while (!arrays.empty()) // freed in allocation order: the last is the newest
        arrays.erase(arrays.begin());
    QCOMPARE(cached_snapshot_memory(), 64 * kMiB);
    SnapshotVector<char> again(kMiB);
    QCOMPARE(static_cast<const char*>(again.data()), newest);
    QCOMPARE(cached_snapshot_memory(), 63 * kMiB);
}

void TestSnapshotMemory::releaseGivesEverythingBack()
{
    {
        SnapshotVector<char> a(3 * kMiB), b(10'000);
    }
    QVERIFY(cached_snapshot_memory() > 3 * kMiB);
    release_snapshot_memory();
    QCOMPARE(cached_snapshot_memory(), std::size_t(0));
}

namespace {

// `threads` parked threads that each completed `blocks` blocks.
class RecordedProfiler {
public:
    RecordedProfiler(std::size_t threads, std::size_t blocks)
        : recorded_(std::ptrdiff_t(threads)),
          group_(threads, [this, blocks](std::size_t) {
              for (std::size_t b = 0; b < blocks; ++b)
                  kSites[b](profiler, 0);
              recorded_.count_down();
              release_.wait();
          })
    {
        recorded_.wait();
    }
    ~RecordedProfiler()
    {
        release_.count_down();
        QVERIFY(group_.join(watchdog(30s)));
    }

    Profiler profiler;

private:
    std::latch recorded_;
    std::latch release_{1};
    ThreadGroup group_;
};

} // namespace

// The large arrays of a snapshot: each view's block table and call tree.
std::set<const void*> large_arrays(const Results& r)
{
    std::set<const void*> out{r.tracks.at(0).blocks.values().data(), r.call_tree.nodes.data()};
    for (const ThreadResult& t : r.threads) {
        out.insert(t.tracks.at(0).blocks.values().data());
        out.insert(t.call_tree.nodes.data());
    }
    return out;
}

void TestSnapshotMemory::aFreshSnapshotReusesTheArraysOfTheLastOne()
{
    RecordedProfiler recorded(4, kSiteCount);
    std::set<const void*> arrays;
    Results first;
    {
        Results r = recorded.profiler.get_results();
        QCOMPARE(r.block_count(), kSiteCount);
        arrays = large_arrays(r);
        first = r;
    }
    QCOMPARE(arrays.size(), std::size_t(10));
    QVERIFY(cached_snapshot_memory() > 0);
    const Results second = recorded.profiler.get_results();
    QVERIFY(large_arrays(second) == arrays);
    QCOMPARE(second.hit_count(), first.hit_count());
    QCOMPARE(dump(second), dump(first));
    QVERIFY2(validate(second).empty(), join_lines(validate(second)).c_str());
}

void TestSnapshotMemory::aFreshTimelineReusesTheArraysOfTheLastOne()
{
    RecordedProfiler recorded(2, kSiteCount);
    const void* events = nullptr;
    std::size_t count = 0;
    {
        const stichotrope::Timeline t = recorded.profiler.timeline(0);
        QCOMPARE(t.threads.size(), std::size_t(2));
        QCOMPARE(t.threads[0].events.size(), kSiteCount);
        events = t.threads[0].events.data();
        count = t.threads[0].events.size() + t.threads[1].events.size();
    }
    const stichotrope::Timeline t = recorded.profiler.timeline(0);
    const bool reused = t.threads[0].events.data() == events || t.threads[1].events.data() == events;
    QVERIFY(reused);
    QCOMPARE(t.threads[0].events.size() + t.threads[1].events.size(), count);
}

void TestSnapshotMemory::threadsAllocateAndFreeEachOthersArrays()
{
    // Each round every thread fills an array with its own value; then each
    // checks and frees its neighbour's. Two threads handed the same array
    // would see each other's values.
    constexpr std::size_t kThreads = 4;
    constexpr int kRounds = 300;
    std::vector<std::unique_ptr<SnapshotVector<std::uint32_t>>> slots(kThreads);
    std::barrier sync(std::ptrdiff_t{kThreads});
    ThreadGroup group(kThreads, [&](std::size_t i) {
        for (int round = 0; round < kRounds; ++round) {
            const std::size_t size = 1024 + std::size_t((round * 7919 + int(i) * 104'729) % 200'000);
            const auto mine = std::uint32_t(i * 1'000'000 + std::size_t(round));
            slots[i] = std::make_unique<SnapshotVector<std::uint32_t>>(size, mine);
            sync.arrive_and_wait();
            const std::size_t next = (i + 1) % kThreads;
            const auto theirs = std::uint32_t(next * 1'000'000 + std::size_t(round));
            for (std::uint32_t value : *slots[next]) {
                if (value != theirs) {
                    group.failures().add("thread " + std::to_string(next) + "'s array was overwritten");
                    break;
                }
            }
            sync.arrive_and_wait();
            slots[next].reset();
            sync.arrive_and_wait();
        }
    });
    QVERIFY(group.join(watchdog(60s)));
    QVERIFY2(group.failures().empty(), group.failures().summary().c_str());
    QVERIFY(cached_snapshot_memory() <= 64 * kMiB);
}

} // namespace sticho_test

QTEST_GUILESS_MAIN(sticho_test::TestSnapshotMemory)
#include "tst_snapshot_memory.moc"
