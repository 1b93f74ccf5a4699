// Thread-safety scenarios 8-11: get_results() merges the per-thread statistics exactly
// (sums, extremes), copes with threads that ran different blocks or nothing
// at all, and keeps every block's and track's metadata.
#include "test_support.hpp"

#include <barrier>
#include <latch>
#include <regex>
#include <set>

using namespace sticho_test;

namespace {
void named_function(Profiler& p) { STICHO_FUNCTION(p, 2); }
constexpr unsigned kNamedFunctionLine = __LINE__ - 1;
} // namespace

class TestAggregation : public EngineSuite {
    Q_OBJECT

private Q_SLOTS:
    void sequentialMergeCorrectness();
    void averageWithinMinAndMax();
    void differentBlocksPerThread();
    void emptyThreads();
    void threadsWithoutHitsAfterClear();
    void metadataPreservation();
    void refreshedSnapshotEqualsFreshOne();
    void refreshKeepsTheRowsOfThreadsThatDidNotRecord();
    void largeSnapshotEqualsTheMergeOfItsThreads();
    void refreshCanKeepHistograms();
};

// Scenario 8: hits and time are sums over the threads, min and max the extremes,
// and the merged view equals the sum of the thread views exactly.
void TestAggregation::sequentialMergeCorrectness()
{
    constexpr unsigned kThreads = 4;
    Profiler prof("merge");
    std::vector<std::uint64_t> tids(kThreads);
    ThreadGroup group(kThreads, [&](std::size_t i) {
        tids[i] = os_tid();
        for (unsigned n = 0; n < 100 * (i + 1); ++n) {
            STICHO_BLOCK(prof, 0, "merge");
            spin(unsigned(50 * (i + 1) + 20 * (n % 7))); // durations differ within and across threads
        }
    });
    STICHO_JOIN(group, 30);

    const Results r = prof.get_results();
    STICHO_CHECK_RESULTS(r);
    const BlockStats* merged = find_named(r.tracks, 0, "merge");
    QVERIFY(merged != nullptr);
    std::uint64_t hits = 0, total = 0, min = UINT64_MAX, max = 0;
    for (unsigned i = 0; i < kThreads; ++i) {
        const ThreadResult* t = find_thread(r, tids[i]);
        QVERIFY(t != nullptr);
        const BlockStats* s = find_named(t->tracks, 0, "merge");
        QVERIFY(s != nullptr);
        QCOMPARE(s->hit_count, std::uint64_t(100 * (i + 1)));
        QVERIFY(s->min_ns > 0);
        QVERIFY(s->min_ns <= s->max_ns);
        hits += s->hit_count;
        total += s->total_ns;
        min = std::min(min, s->min_ns);
        max = std::max(max, s->max_ns);
    }
    QCOMPARE(hits, std::uint64_t(1000));
    QCOMPARE(merged->hit_count, hits);
    QCOMPARE(merged->total_ns, total);
    QCOMPARE(merged->min_ns, min);
    QCOMPARE(merged->max_ns, max);
    QCOMPARE(r.total_ns(), total);
}

// Empty blocks whose hits all round to the same number of ns are where
// converting ticks to ns could push the average above the maximum: the sum
// keeps the fractions of a ns that the maximum drops.
void TestAggregation::averageWithinMinAndMax()
{
    constexpr int kRounds = 20;
    for (int round = 0; round < kRounds; ++round) {
        Profiler prof("rounding");
        for (unsigned track = 0; track < stichotrope::kMaxTracks; ++track)
            for (int hit = 0; hit < 50 + 5 * round; ++hit)
                kSites[0](prof, track);
        STICHO_CHECK_RESULTS(prof.get_results());
    }
}

// Scenario 9: threads that ran disjoint blocks each contribute only their own.
void TestAggregation::differentBlocksPerThread()
{
    constexpr unsigned kThreads = 5;
    Profiler prof("disjoint");
    std::vector<std::uint64_t> tids(kThreads);
    std::barrier<> start(kThreads);
    ThreadGroup group(kThreads, [&](std::size_t i) {
        tids[i] = os_tid();
        start.arrive_and_wait();
        for (unsigned n = 0; n < 3 * (i + 1); ++n)
            kSites[i](prof, 0);
    });
    STICHO_JOIN(group, 30);

    const Results r = prof.get_results();
    STICHO_CHECK_RESULTS(r);
    QCOMPARE(r.block_count(), std::size_t(kThreads));
    for (unsigned i = 0; i < kThreads; ++i) {
        QCOMPARE(hits_named(r.tracks, 0, site_name(i)), std::uint64_t(3 * (i + 1)));
        const ThreadResult* t = find_thread(r, tids[i]);
        QVERIFY(t != nullptr);
        QCOMPARE(t->tracks.size(), std::size_t(1));
        QCOMPARE(t->tracks.at(0).blocks.size(), std::size_t(1));
        QCOMPARE(hits_named(t->tracks, 0, site_name(i)), std::uint64_t(3 * (i + 1)));
    }
}

// Scenario 10: threads that touched the profiler only on a disabled track, used
// another profiler, or only named themselves leave no trace and do not
// disturb the results.
void TestAggregation::emptyThreads()
{
    Profiler prof("empty-threads"), other("other");
    prof.set_track_enabled(5, false);
    std::vector<std::uint64_t> recording_tids(2);
    ThreadGroup group;
    for (int i = 0; i < 3; ++i)
        group.spawn([&] {
            STICHO_BLOCK(prof, 5, "disabled-only");
        });
    for (int i = 0; i < 2; ++i)
        group.spawn([&] {
            STICHO_BLOCK(other, 0, "elsewhere");
        });
    for (int i = 0; i < 2; ++i)
        group.spawn([] { stichotrope::set_thread_name("idle"); });
    for (int i = 0; i < 2; ++i)
        group.spawn([&, i] {
            recording_tids[i] = os_tid();
            for (int n = 0; n < 3; ++n) {
                STICHO_BLOCK(prof, 0, "real");
            }
        });
    STICHO_JOIN(group, 30);

    QCOMPARE(prof.thread_count(), std::size_t(2));
    QCOMPARE(prof.block_count(), std::size_t(1)); // the disabled block never registered
    const Results r = prof.get_results();
    STICHO_CHECK_RESULTS(r);
    QCOMPARE(r.threads.size(), std::size_t(2));
    for (std::uint64_t tid : recording_tids) {
        const ThreadResult* t = find_thread(r, tid);
        QVERIFY(t != nullptr);
        QCOMPARE(t->hit_count(), std::uint64_t(3));
    }
    QCOMPARE(r.hit_count(), std::uint64_t(6));
    // The disabled track is listed, flagged and empty.
    QVERIFY(r.tracks.count(5) == 1);
    QVERIFY(!r.tracks.at(5).enabled);
    QVERIFY(r.tracks.at(5).blocks.empty());
    QVERIFY(r.tracks.at(0).enabled);
    QCOMPARE(other.get_results().hit_count(), std::uint64_t(2));
}

// Threads that have state but nothing to report after a clear(): alive ones
// are listed without hits, exited ones until the next clear().
void TestAggregation::threadsWithoutHitsAfterClear()
{
    Profiler prof("no-hits");
    std::barrier<> sync(3);
    ThreadGroup group(2, [&](std::size_t) {
        {
            STICHO_BLOCK(prof, 0, "before-clear");
        }
        sync.arrive_and_wait(); // recorded
        sync.arrive_and_wait(); // main cleared and looked
    });
    sync.arrive_and_wait();
    prof.clear();
    const Results cleared = prof.get_results();
    sync.arrive_and_wait();
    STICHO_JOIN(group, 30);
    const Results exited = prof.get_results();
    prof.clear();
    const Results forgotten = prof.get_results();

    for (const Results* r : {&cleared, &exited}) {
        STICHO_CHECK_RESULTS(*r);
        QCOMPARE(r->threads.size(), std::size_t(2));
        QCOMPARE(r->hit_count(), std::uint64_t(0));
        for (const auto& t : r->threads) {
            QCOMPARE(t.hit_count(), std::uint64_t(0));
            QVERIFY(t.tracks.empty());
        }
        // The block stays in the catalogue with zeroed statistics.
        const BlockStats* s = find_named(r->tracks, 0, "before-clear");
        QVERIFY(s != nullptr);
        QCOMPARE(s->hit_count, std::uint64_t(0));
    }
    QVERIFY(cleared.threads[0].alive && cleared.threads[1].alive);
    QVERIFY(!exited.threads[0].alive && !exited.threads[1].alive);
    QVERIFY(forgotten.threads.empty());
    QCOMPARE(prof.thread_count(), std::size_t(0));
    STICHO_CHECK_RESULTS(forgotten);
}

// Scenario 11: names, files, lines and track names survive aggregation, in the
// merged view and in every thread's view.
void TestAggregation::metadataPreservation()
{
    Profiler prof("metadata");
    prof.set_track_name(1, "Render");
    prof.set_track_name(9, "Idle"); // named, never used
    std::atomic<unsigned> line_a{0}, line_b{0}; // written by every recording thread
    auto record = [&] {
        {
            line_a.store(__LINE__); STICHO_BLOCK(prof, 1, "\xCE\x94-phase");
        }
        {
            line_b.store(__LINE__); STICHO_BLOCK(prof, 1, "\xCE\x94-phase"); // same name, other site
        }
        named_function(prof);
        { STICHO_BLOCK(prof, 0, "plain"); }
    };
    ThreadGroup group(3, [&](std::size_t) { record(); });
    STICHO_JOIN(group, 30);
    record(); // the main thread too
    prof.set_track_name(2, "Functions"); // named after recording

    const Results r = prof.get_results();
    STICHO_CHECK_RESULTS(r);
    QCOMPARE(r.profiler_name, std::string("metadata"));
    QCOMPARE(r.profiler_id, prof.id());
    QCOMPARE(r.tracks.at(0).name, std::string("Track 0"));
    QCOMPARE(r.tracks.at(1).name, std::string("Render"));
    QCOMPARE(r.tracks.at(2).name, std::string("Functions"));
    QCOMPARE(r.tracks.at(9).name, std::string("Idle"));
    QVERIFY(r.tracks.at(9).blocks.empty());
    QCOMPARE(prof.track_name(3), std::string("Track 3"));

    const auto& phase = r.tracks.at(1).blocks;
    QCOMPARE(phase.size(), std::size_t(2));
    std::set<unsigned> lines;
    for (const auto& [index, s] : phase) {
        QCOMPARE(s.name, std::string("\xCE\x94-phase"));
        QCOMPARE(s.file, std::string(__FILE__));
        QCOMPARE(s.hit_count, std::uint64_t(4));
        lines.insert(s.line);
    }
    QCOMPARE(lines, (std::set<unsigned>{line_a.load(), line_b.load()}));
    const BlockStats* fn = find_named(r.tracks, 2, "named_function");
    QVERIFY(fn != nullptr);
    QCOMPARE(fn->line, kNamedFunctionLine);
    QCOMPARE(fn->file, std::string(__FILE__));

    QCOMPARE(r.threads.size(), std::size_t(4));
    for (const auto& t : r.threads) {
        QCOMPARE(t.tracks.at(1).name, std::string("Render"));
        QCOMPARE(t.tracks.at(2).name, std::string("Functions"));
        QCOMPARE(t.tracks.count(9), std::size_t(0)); // thread views hold only what ran
        QCOMPARE(t.tracks.at(1).blocks.size(), std::size_t(2));
    }

    // A snapshot is a value: renaming afterwards changes only new snapshots.
    prof.set_track_name(1, "Physics");
    QCOMPARE(r.tracks.at(1).name, std::string("Render"));
    QCOMPARE(prof.get_results().tracks.at(1).name, std::string("Physics"));
}

// get_results(into) writes over a previous snapshot, reusing its storage: at
// every step it must equal a fresh get_results(), whatever `into` held (rows
// of blocks that stopped running, threads forgotten by clear(), another
// profiler's tracks), and histograms copied out of the old snapshot keep
// their buckets.
void TestAggregation::refreshedSnapshotEqualsFreshOne()
{
    Profiler prof("refresh");
    prof.set_track_name(1, "io");
    auto nested = [&](unsigned n) {
        STICHO_BLOCK(prof, 0, "outer");
        spin(100 + 50 * n);
        for (unsigned k = 0; k <= n % 3; ++k) {
            STICHO_BLOCK(prof, 1, "inner");
            spin(200 * (k + 1));
        }
    };

    // The main thread records first, so it is row 0 of every snapshot.
    kSites[7](prof, 2);
    kSites[8](prof, 2);
    ThreadGroup first(3, [&](std::size_t i) {
        for (unsigned n = 0; n < 20 * (i + 1); ++n)
            nested(n);
    });
    STICHO_JOIN(first, 30);

    Results into;
    prof.get_results(into);
    QCOMPARE(dump(into), dump(prof.get_results()));
    STICHO_CHECK_RESULTS(into);
    const std::string before = dump(into);
    QVERIFY(!into.tracks.at(0).blocks.at(0).histogram.empty());
    const stichotrope::Histogram kept = into.tracks.at(0).blocks.at(0).histogram;
    const std::vector<stichotrope::HistogramBucket> keptBuckets(kept.buckets().begin(), kept.buckets().end());

    // A live thread runs new blocks on new paths while track 1 is off.
    std::latch recorded(1), release(1);
    std::thread live([&] {
        prof.set_track_enabled(1, false);
        for (unsigned n = 0; n < 30; ++n) {
            nested(n);
            kSites[7](prof, 2);
        }
        recorded.count_down();
        release.wait();
    });
    recorded.wait();
    prof.get_results(into);
    QCOMPARE(dump(into), dump(prof.get_results()));
    QVERIFY(dump(into) != before);
    STICHO_CHECK_RESULTS(into);
    QCOMPARE(std::vector<stichotrope::HistogramBucket>(kept.buckets().begin(), kept.buckets().end()), keptBuckets);

    // clear() forgets the exited threads and zeroes the live ones: their
    // rows, blocks and tree nodes must go from the refreshed snapshot too.
    // The main thread then runs one of its two blocks again.
    prof.clear();
    kSites[7](prof, 2);
    prof.get_results(into);
    QCOMPARE(dump(into), dump(prof.get_results()));
    QCOMPARE(into.threads.size(), std::size_t(2));
    QCOMPARE(into.threads[0].tracks.size(), std::size_t(1));
    QCOMPARE(into.threads[0].tracks.at(2).blocks.size(), std::size_t(1));
    QVERIFY(into.threads[1].tracks.empty());
    QVERIFY(into.tracks.at(0).blocks.at(0).histogram.empty());

    // Another profiler's snapshot refilled from this one.
    Profiler other("other");
    {
        STICHO_BLOCK(other, 5, "elsewhere");
    }
    Results foreign = other.get_results();
    prof.get_results(foreign);
    QCOMPARE(dump(foreign), dump(prof.get_results()));

    release.count_down();
    live.join();
    prof.get_results(into);
    QCOMPARE(dump(into), dump(prof.get_results()));
    QVERIFY(into.threads[0].alive);
    QVERIFY(!into.threads[1].alive);
}

// get_results(previous) keeps the rows of threads that completed no block
// since `previous` was read, and reads every other thread again. A kept row
// is not read: a value changed in it stays until its thread records (which
// is how this test tells kept rows from rows read again), while the names
// and toggles it shows still follow the catalogues.
void TestAggregation::refreshKeepsTheRowsOfThreadsThatDidNotRecord()
{
    Profiler prof("keep");
    prof.set_track_name(0, "compute");
    kSites[1](prof, 0); // the main thread is row 0
    std::latch recorded(2), release(1);
    ThreadGroup parked(2, [&](std::size_t i) {
        for (unsigned n = 0; n < 5 + i; ++n) {
            STICHO_BLOCK(prof, 0, "outer");
            kSites[2 + i](prof, 1);
        }
        recorded.count_down();
        release.wait();
    });
    LetGo let_go{release};
    recorded.wait();
    ThreadGroup gone(1, [&](std::size_t) {
        kSites[4](prof, 0);
        kSites[5](prof, 2);
    });
    STICHO_JOIN(gone, 30);

    Results into;
    prof.get_results(into);
    QCOMPARE(into.threads.size(), std::size_t(4));
    QVERIFY(!into.threads[3].alive);
    std::vector<std::uint64_t> revisions;
    for (const auto& th : into.threads) {
        QVERIFY(th.revision != 0);
        revisions.push_back(th.revision);
    }

    // Renames and toggles record nothing: every row is kept, and shows them.
    prof.set_track_name(1, "io");
    prof.set_track_enabled(2, false);
    stichotrope::set_thread_name("main-renamed");
    prof.get_results(into);
    QCOMPARE(dump(into), dump(prof.get_results()));
    for (std::size_t i = 0; i < revisions.size(); ++i)
        QCOMPARE(into.threads[i].revision, revisions[i]);
    QCOMPARE(into.threads[1].tracks.at(1).name, std::string("io"));
    QVERIFY(!into.threads[3].tracks.at(2).enabled);
    QCOMPARE(into.threads[0].name, std::string("main-renamed"));

    // Mark one value in each row: it survives a refresh in the rows kept.
    auto hits = [&into](std::size_t row) -> std::uint64_t& {
        return into.threads[row].tracks.begin()->second.blocks.values()[0].hit_count;
    };
    constexpr std::uint64_t kMark = 1000000;
    auto mark = [&](std::size_t row) { hits(row) += kMark; };
    for (std::size_t row = 0; row < 4; ++row)
        mark(row);
    prof.get_results(into);
    for (std::size_t row = 0; row < 4; ++row)
        QVERIFY2(hits(row) > kMark, qPrintable(QString("row %1 was read again").arg(row)));

    // A block completed (timeline on) makes its thread's row be read again.
    kSites[1](prof, 0);
    prof.get_results(into);
    QCOMPARE(hits(0), std::uint64_t(2));
    QVERIFY(into.threads[0].revision != revisions[0]);
    QVERIFY(hits(1) > kMark && hits(3) > kMark);

    // So does one completed while the timeline is off.
    prof.set_timeline_enabled(false);
    mark(0);
    kSites[1](prof, 0);
    prof.get_results(into);
    QCOMPARE(hits(0), std::uint64_t(3));
    prof.set_timeline_enabled(true);

    // A row that the engine could not have filled is read again rather than
    // kept: here one holding a histogram with bounds of its own.
    into.threads[2].tracks.begin()->second.blocks.values()[0].histogram =
        stichotrope::Histogram({stichotrope::HistogramBucket{1, 3, 1}});
    prof.get_results(into);
    QVERIFY(hits(2) < kMark);
    QVERIFY(hits(1) > kMark);

    // Exiting changes a thread: the parked ones are read again once gone.
    let_go();
    STICHO_JOIN(parked, 30);
    prof.get_results(into);
    QVERIFY(hits(1) < kMark);
    QVERIFY(!into.threads[1].alive && !into.threads[2].alive);
    QVERIFY(hits(3) > kMark); // exited before: kept

    // clear() forgets the exited threads and zeroes the others.
    prof.clear();
    prof.get_results(into);
    QCOMPARE(dump(into), dump(prof.get_results()));
    QCOMPARE(into.threads.size(), std::size_t(1));

    // Rows of another profiler's snapshot are never kept, not even where the
    // same thread has the same revision in both.
    Profiler a("a"), b("b");
    kSites[6](a, 0); // the same block in both, run twice in one
    kSites[6](a, 0);
    kSites[6](b, 0);
    Results theirs = a.get_results();
    const Results ours = b.get_results();
    QCOMPARE(theirs.threads.at(0).revision, ours.threads.at(0).revision);
    b.get_results(theirs);
    QCOMPARE(dump(theirs), dump(ours));
}

namespace {

// The merged view a snapshot must have, recomputed from its thread views in
// thread order: call-tree nodes by path in order of first appearance, with
// summed hits and time and the extremes; histograms summed bucket by bucket.
std::vector<std::string> merge_problems(const Results& r)
{
    std::vector<std::string> out;
    using Path = std::vector<std::pair<unsigned, unsigned>>;
    std::map<Path, std::size_t> index;
    std::vector<stichotrope::CallTreeNode> expected(1);
    for (const auto& th : r.threads) {
        std::vector<Path> paths(th.call_tree.nodes.size());
        for (std::size_t i = 1; i < th.call_tree.nodes.size(); ++i) {
            const auto& n = th.call_tree.nodes[i];
            paths[i] = paths[n.parent];
            paths[i].emplace_back(n.track, n.block);
            auto [it, inserted] = index.try_emplace(paths[i], expected.size());
            if (inserted) {
                auto& e = expected.emplace_back();
                e.track = n.track;
                e.block = n.block;
                e.depth = n.depth;
                e.parent = std::uint32_t(n.parent == 0 ? 0 : index.at(paths[n.parent]));
            }
            auto& e = expected[it->second];
            if (n.hit_count != 0)
                e.min_ns = e.hit_count ? std::min(e.min_ns, n.min_ns) : n.min_ns;
            e.max_ns = std::max(e.max_ns, n.max_ns);
            e.hit_count += n.hit_count;
            e.total_ns += n.total_ns;
        }
    }
    if (r.call_tree.nodes.size() != expected.size())
        out.push_back("merged tree: " + std::to_string(r.call_tree.nodes.size()) + " nodes, expected " +
                      std::to_string(expected.size()));
    for (std::size_t i = 1; i < std::min(expected.size(), r.call_tree.nodes.size()); ++i) {
        const auto& n = r.call_tree.nodes[i];
        const auto& e = expected[i];
        if (n.track != e.track || n.block != e.block || n.parent != e.parent || n.depth != e.depth ||
            n.hit_count != e.hit_count || n.total_ns != e.total_ns || n.min_ns != e.min_ns || n.max_ns != e.max_ns)
            out.push_back("merged node " + std::to_string(i) + " is not the merge of the threads' nodes at its path");
    }

    std::map<std::pair<unsigned, unsigned>, std::map<std::uint64_t, std::uint64_t>> buckets;
    for (const auto& th : r.threads)
        for (const auto& [t, track] : th.tracks)
            for (const auto& [b, s] : track.blocks)
                for (const auto& bucket : s.histogram.buckets())
                    buckets[{t, b}][bucket.lower_ns] += bucket.count;
    for (const auto& [t, track] : r.tracks)
        for (const auto& [b, s] : track.blocks) {
            std::map<std::uint64_t, std::uint64_t> merged;
            for (const auto& bucket : s.histogram.buckets())
                merged[bucket.lower_ns] += bucket.count; // short buckets can share a bound in ns
            if (merged != buckets[{t, b}])
                out.push_back("merged histogram of " + std::to_string(t) + "/" + std::to_string(b) +
                              " is not the sum of the threads' histograms");
        }
    return out;
}

} // namespace

// The merged view of a large snapshot is exactly the merge of its thread
// views: 40 threads run 1024 blocks each (41 000 cells), in orders and
// nestings that differ per thread, so the merged call tree's siblings come
// in order of first appearance over the threads in turn, and the merged
// histograms are the threads' summed bucket by bucket; read while the
// threads are alive and again once they have exited.
void TestAggregation::largeSnapshotEqualsTheMergeOfItsThreads()
{
    constexpr unsigned kThreads = 40, kTracks = 4;
    Profiler prof("large");
    std::latch recorded(kThreads), release(1);
    ThreadGroup group(kThreads, [&](std::size_t i) {
        for (unsigned pass = 0; pass < 2; ++pass) {
            STICHO_BLOCK(prof, 0, "frame");
            for (unsigned k = 0; k < kSiteCount; ++k) {
                const unsigned site = unsigned(k + i * 37) % kSiteCount;
                for (unsigned t = 0; t < kTracks; ++t) {
                    if ((site + i) % 3 == 0) {
                        STICHO_BLOCK(prof, 0, "mid");
                        kSites[site](prof, t);
                    } else {
                        kSites[site](prof, t);
                    }
                }
            }
        }
        recorded.count_down();
        release.wait();
    });
    LetGo let_go{release};
    recorded.wait();
    QCOMPARE(prof.block_count(), std::size_t(kSiteCount * kTracks + 2));

    Results live = prof.get_results();
    STICHO_CHECK_RESULTS(live);
    const auto problems = merge_problems(live);
    QVERIFY2(problems.empty(), join_lines(problems).c_str());
    QCOMPARE(live.threads.size(), std::size_t(kThreads));
    std::uint64_t hits = 0;
    for (unsigned i = 0; i < kThreads; ++i)
        for (unsigned site = 0; site < kSiteCount; ++site)
            hits += 2 * kTracks * ((site + i) % 3 == 0 ? 2 : 1);
    QCOMPARE(live.hit_count(), hits + 2 * kThreads);

    let_go();
    STICHO_JOIN(group, 60);
    Results exited = prof.get_results();
    STICHO_CHECK_RESULTS(exited);
    const auto after = merge_problems(exited);
    QVERIFY2(after.empty(), join_lines(after).c_str());
    QCOMPARE(exited.call_tree.nodes.size(), live.call_tree.nodes.size());
}

namespace {

std::uint64_t histogram_count(const BlockStats* s)
{
    std::uint64_t n = 0;
    if (s != nullptr)
        for (const auto& bucket : s->histogram.buckets())
            n += bucket.count;
    return n;
}

// A dump without the histograms: what a refresh that keeps them must still
// read afresh.
std::string counters(const Results& r)
{
    static const std::regex histogram(" histogram.*");
    return std::regex_replace(dump(r), histogram, "");
}

} // namespace

// get_results(into, KeepPrevious) reads every counter afresh but lets the
// rows `into` had keep their histograms, the merged ones staying their sums;
// a row new to `into` gets its thread's histograms read, and so does every
// row after a clear() or of another profiler's snapshot.
void TestAggregation::refreshCanKeepHistograms()
{
    using Read = Profiler::HistogramRead;
    Profiler prof("keep-histograms");
    for (int n = 0; n < 3; ++n)
        kSites[1](prof, 0); // the main thread is row 0
    std::latch recorded(1), release(1);
    ThreadGroup parked(1, [&](std::size_t) {
        kSites[2](prof, 1);
        kSites[2](prof, 1);
        recorded.count_down();
        release.wait();
    });
    LetGo let_go{release};
    recorded.wait();

    Results into;
    prof.get_results(into);
    const std::uint64_t first_read_ns = into.histograms_read_ns;
    QVERIFY(first_read_ns > 0);
    auto main_block = [&into](unsigned track, unsigned site) {
        return find_named(into.threads.at(0).tracks, track, site_name(site));
    };
    auto merged_block = [&into](unsigned track, unsigned site) { return find_named(into.tracks, track, site_name(site)); };
    QCOMPARE(histogram_count(main_block(0, 1)), std::uint64_t(3));

    // More executions: the counts follow, the histograms stay as read.
    for (int n = 0; n < 5; ++n)
        kSites[1](prof, 0);
    prof.get_results(into, Read::KeepPrevious);
    QCOMPARE(counters(into), counters(prof.get_results()));
    QCOMPARE(main_block(0, 1)->hit_count, std::uint64_t(8));
    QCOMPARE(histogram_count(main_block(0, 1)), std::uint64_t(3));
    QCOMPARE(histogram_count(merged_block(0, 1)), std::uint64_t(3));
    QCOMPARE(into.histograms_read_ns, first_read_ns);
    QCOMPARE(join_lines(merge_problems(into)), std::string());
    QVERIFY(into.threads[0].histograms_revision != into.threads[0].revision);
    {
        // The main thread has not recorded since, but its histograms are
        // older than its row: a refresh that reads histograms reads them.
        Results copy = into;
        prof.get_results(copy);
        QCOMPARE(dump(copy), dump(prof.get_results()));
        QCOMPARE(copy.threads[0].histograms_revision, copy.threads[0].revision);
    }

    // A block new to the main thread: its histograms are read, every one of
    // them, and the merged ones summed again; the parked thread's are kept.
    kSites[3](prof, 2);
    prof.get_results(into, Read::KeepPrevious);
    QCOMPARE(counters(into), counters(prof.get_results()));
    QCOMPARE(histogram_count(main_block(2, 3)), std::uint64_t(1));
    QCOMPARE(histogram_count(main_block(0, 1)), std::uint64_t(8));
    QCOMPARE(histogram_count(merged_block(0, 1)), std::uint64_t(8));
    QCOMPARE(histogram_count(merged_block(2, 3)), std::uint64_t(1));
    QCOMPARE(join_lines(merge_problems(into)), std::string());
    QCOMPARE(into.histograms_read_ns, first_read_ns); // the parked thread's are that old

    // A new thread: a new row, read whole.
    ThreadGroup newcomer(1, [&](std::size_t) {
        kSites[4](prof, 1);
        kSites[2](prof, 1);
    });
    STICHO_JOIN(newcomer, 30);
    prof.get_results(into, Read::KeepPrevious);
    QCOMPARE(into.threads.size(), std::size_t(3));
    QCOMPARE(histogram_count(find_named(into.threads[2].tracks, 1, site_name(4))), std::uint64_t(1));
    QCOMPARE(histogram_count(merged_block(1, 2)), std::uint64_t(3));
    QCOMPARE(join_lines(merge_problems(into)), std::string());

    // An exited thread is read from its compacted copy; its row still has
    // every block, so its histograms are kept.
    let_go();
    STICHO_JOIN(parked, 30);
    prof.get_results(into, Read::KeepPrevious);
    QVERIFY(!into.threads[1].alive);
    QCOMPARE(counters(into), counters(prof.get_results()));
    QCOMPARE(histogram_count(find_named(into.threads[1].tracks, 1, site_name(2))), std::uint64_t(2));
    QCOMPARE(into.histograms_read_ns, first_read_ns);

    // A fresh read catches up.
    prof.get_results(into);
    QCOMPARE(dump(into), dump(prof.get_results()));
    QVERIFY(into.histograms_read_ns > first_read_ns);
    const std::uint64_t second_read_ns = into.histograms_read_ns;

    // After a clear(), nothing from before it is kept.
    prof.clear();
    kSites[1](prof, 0);
    kSites[1](prof, 0);
    prof.get_results(into, Read::KeepPrevious);
    QCOMPARE(dump(into), dump(prof.get_results()));
    QCOMPARE(histogram_count(main_block(0, 1)), std::uint64_t(2));
    QVERIFY(into.histograms_read_ns > second_read_ns);

    // Nor from another profiler's snapshot, whatever its rows.
    Profiler other("other");
    kSites[1](other, 0);
    Results theirs = prof.get_results();
    other.get_results(theirs, Read::KeepPrevious);
    QCOMPARE(dump(theirs), dump(other.get_results()));
}

QTEST_APPLESS_MAIN(TestAggregation)
#include "tst_aggregation.moc"
