// Behaviours beyond the thread-safety scenarios: blocks run by threads other than the one
// that registered them, live toggles reaching every thread, thread names,
// shares, byte counts, and call sites and threads shared by profilers.
#include "test_support.hpp"

#include <barrier>
#include <memory>

#include <pthread.h>

using namespace sticho_test;

namespace {
// One call site, whichever profiler it records into.
void shared_site(Profiler& p) { STICHO_BLOCK(p, 0, "shared-site"); }

// Thread-local objects whose destructors run a block while the thread exits.
// Function-local, so each is constructed exactly where a test first calls it.
Profiler* g_exit_profiler = nullptr;
struct BlockOnThreadExit {
    bool early;
    ~BlockOnThreadExit()
    {
        if (early) {
            STICHO_BLOCK(*g_exit_profiler, 0, "exit-early");
        } else {
            STICHO_BLOCK(*g_exit_profiler, 1, "exit-late");
        }
    }
};
BlockOnThreadExit& early_exit_object()
{
    thread_local BlockOnThreadExit object{true};
    return object;
}
BlockOnThreadExit& late_exit_object()
{
    thread_local BlockOnThreadExit object{false};
    return object;
}

std::string current_os_thread_name()
{
    char buf[64] = {};
    pthread_getname_np(pthread_self(), buf, sizeof buf);
    return buf;
}
} // namespace

class TestEngineBehaviour : public EngineSuite {
    Q_OBJECT

private Q_SLOTS:
    void foreignThreadBlocks();
    void trackToggleReachesAllThreads();
    void stopStartReachesAllThreads();
    void openBlockClosesAfterDisable();
    void threadNames();
    void percentagesAddUp();
    void bytesAreSummed();
    void callSiteSharedByProfilers();
    void manyProfilersInOneThread();
    void profilerDestroyedWhileThreadsLive();
    void blocksInThreadExitDestructors();
};

// A block registered by thread A and run by thread B counts in B's view, and
// in the merged view, under the same block.
void TestEngineBehaviour::foreignThreadBlocks()
{
    Profiler prof("foreign");
    const auto block = [&] { STICHO_BLOCK(prof, 3, "foreign"); };
    std::uint64_t tid_a = 0, tid_b = 0;
    std::barrier<> sync(2);
    ThreadGroup group;
    group.spawn([&] {
        tid_a = os_tid();
        block(); // registers
        sync.arrive_and_wait();
        sync.arrive_and_wait(); // B ran it while A is still alive
    });
    group.spawn([&] {
        tid_b = os_tid();
        sync.arrive_and_wait();
        for (int n = 0; n < 5; ++n)
            block();
        sync.arrive_and_wait();
    });
    STICHO_JOIN(group, 30);
    block();
    block();

    QCOMPARE(prof.block_count(), std::size_t(1));
    const Results r = prof.get_results();
    STICHO_CHECK_RESULTS(r);
    QCOMPARE(find_block(r.tracks, 3, 0)->hit_count, std::uint64_t(8));
    QCOMPARE(find_block(find_thread(r, tid_a)->tracks, 3, 0)->hit_count, std::uint64_t(1));
    QCOMPARE(find_block(find_thread(r, tid_b)->tracks, 3, 0)->hit_count, std::uint64_t(5));
    QCOMPARE(find_block(find_thread(r, os_tid())->tracks, 3, 0)->hit_count, std::uint64_t(2));
}

namespace {
// Workers record kPerPhase blocks on tracks 0 and 1 in each phase; between
// phases the main thread acts and takes a snapshot while they wait.
struct PhasedRecording {
    static constexpr unsigned kWorkers = 4;
    static constexpr unsigned kPerPhase = 100;
    Profiler& prof;
    int phases;
    std::barrier<> sync{kWorkers + 1};
    std::vector<std::uint64_t> tids = std::vector<std::uint64_t>(kWorkers);

    void worker(std::size_t i)
    {
        tids[i] = os_tid();
        for (int phase = 0; phase < phases; ++phase) {
            for (unsigned n = 0; n < kPerPhase; ++n) {
                { STICHO_BLOCK(prof, 0, "control"); }
                { STICHO_BLOCK(prof, 1, "subject"); }
            }
            sync.arrive_and_wait(); // phase recorded
            sync.arrive_and_wait(); // main acted
        }
    }
    // Main thread: wait for the phase, snapshot, act, release the workers.
    template <class Act>
    Results between_phases(Act act)
    {
        sync.arrive_and_wait();
        Results r = prof.get_results();
        act();
        sync.arrive_and_wait();
        return r;
    }
};
} // namespace

// set_track_enabled() from the main thread stops every worker from its next
// block entry, and re-enabling resumes all of them.
void TestEngineBehaviour::trackToggleReachesAllThreads()
{
    Profiler prof("toggle");
    PhasedRecording rec{prof, 3};
    ThreadGroup group(PhasedRecording::kWorkers, [&](std::size_t i) { rec.worker(i); });
    const Results s0 = rec.between_phases([&] { prof.set_track_enabled(1, false); });
    const Results s1 = rec.between_phases([&] { prof.set_track_enabled(1, true); });
    const Results s2 = rec.between_phases([] {});
    STICHO_JOIN(group, 30);

    const std::uint64_t k = PhasedRecording::kPerPhase;
    for (const Results* r : {&s0, &s1, &s2})
        STICHO_CHECK_RESULTS(*r);
    QCOMPARE(track_hits(s0.tracks, 0), 4 * k);
    QCOMPARE(track_hits(s1.tracks, 0), 8 * k);
    QCOMPARE(track_hits(s2.tracks, 0), 12 * k);
    QCOMPARE(track_hits(s0.tracks, 1), 4 * k);
    QCOMPARE(track_hits(s1.tracks, 1), 4 * k); // disabled during phase 2
    QCOMPARE(track_hits(s2.tracks, 1), 8 * k);
    QVERIFY(!s1.tracks.at(1).enabled);
    QVERIFY(s2.tracks.at(1).enabled);
    for (std::uint64_t tid : rec.tids) {
        QCOMPARE(track_hits(find_thread(s1, tid)->tracks, 1), k); // every worker stopped
        QCOMPARE(track_hits(find_thread(s2, tid)->tracks, 1), 2 * k); // every worker resumed
    }
}

// stop() pauses every track in every thread, start() resumes; toggles made
// while stopped apply on start().
void TestEngineBehaviour::stopStartReachesAllThreads()
{
    Profiler prof("stop-start");
    PhasedRecording rec{prof, 4};
    ThreadGroup group(PhasedRecording::kWorkers, [&](std::size_t i) { rec.worker(i); });
    bool started_while_stopped = true, track_enabled_while_stopped = false;
    const Results s0 = rec.between_phases([&] {
        prof.stop();
        started_while_stopped = prof.is_started();
        track_enabled_while_stopped = prof.is_track_enabled(1);
    });
    const Results s1 = rec.between_phases([&] { prof.start(); });
    const Results s2 = rec.between_phases([&] {
        prof.stop();
        prof.set_track_enabled(1, false);
        prof.start(); // only track 0 resumes
    });
    const Results s3 = rec.between_phases([] {});
    STICHO_JOIN(group, 30);

    const std::uint64_t k = PhasedRecording::kPerPhase;
    QVERIFY(!started_while_stopped);
    QVERIFY(track_enabled_while_stopped); // stopping is not disabling
    QVERIFY(prof.is_started());
    QCOMPARE(track_hits(s0.tracks, 0), 4 * k);
    QCOMPARE(track_hits(s1.tracks, 0), 4 * k);
    QCOMPARE(track_hits(s1.tracks, 1), 4 * k);
    QCOMPARE(track_hits(s2.tracks, 0), 8 * k);
    QCOMPARE(track_hits(s2.tracks, 1), 8 * k);
    QCOMPARE(track_hits(s3.tracks, 0), 12 * k);
    QCOMPARE(track_hits(s3.tracks, 1), 8 * k);
    STICHO_CHECK_RESULTS(s3);
}

// A block entered while its track was enabled still closes and counts after
// the track is disabled (or the profiler stopped); the next one does not.
void TestEngineBehaviour::openBlockClosesAfterDisable()
{
    constexpr unsigned kWorkers = 3;
    for (const bool use_stop : {false, true}) {
        Profiler prof(use_stop ? "open-stop" : "open-disable");
        std::barrier<> sync(kWorkers + 1);
        const auto open_block = [&](bool wait) {
            STICHO_BLOCK(prof, 1, "open");
            if (wait) {
                sync.arrive_and_wait(); // open
                sync.arrive_and_wait(); // main disabled the track
            }
        };
        ThreadGroup group(kWorkers, [&](std::size_t) {
            open_block(true);
            open_block(false); // entered while disabled
        });
        sync.arrive_and_wait();
        const Results while_open = prof.get_results();
        if (use_stop)
            prof.stop();
        else
            prof.set_track_enabled(1, false);
        sync.arrive_and_wait();
        STICHO_JOIN(group, 30);

        QCOMPARE(hits_named(while_open.tracks, 1, "open"), std::uint64_t(0)); // not closed yet
        const Results r = prof.get_results();
        STICHO_CHECK_RESULTS(r);
        QCOMPARE(hits_named(r.tracks, 1, "open"), std::uint64_t(kWorkers));
        for (const auto& t : r.threads)
            QCOMPARE(t.hit_count(), std::uint64_t(1));
    }
}

// set_thread_name() names the thread in every profiler, past and future; the
// default is the OS thread name, or thread-<n> when the OS name is empty.
void TestEngineBehaviour::threadNames()
{
    Profiler a("names-a"), b("names-b");
    std::uint64_t tid_os = 0, tid_empty = 0, tid_renamed = 0, tid_inherited = 0;
    std::string inherited_name;
    std::barrier<> recorded_in_a(2);
    ThreadGroup group;
    group.spawn([&] {
        pthread_setname_np(pthread_self(), "os-named");
        tid_os = os_tid();
        STICHO_BLOCK(a, 0, "named");
    });
    group.spawn([&] {
        pthread_setname_np(pthread_self(), "");
        tid_empty = os_tid();
        STICHO_BLOCK(a, 0, "named");
    });
    group.spawn([&] {
        inherited_name = current_os_thread_name();
        tid_inherited = os_tid();
        STICHO_BLOCK(a, 0, "named");
    });
    group.spawn([&] {
        tid_renamed = os_tid();
        stichotrope::set_thread_name("custom");
        {
            STICHO_BLOCK(a, 0, "named");
        }
        recorded_in_a.arrive_and_wait();
        recorded_in_a.arrive_and_wait(); // main saw "custom"
        stichotrope::set_thread_name("renamed");
        STICHO_BLOCK(b, 0, "named");
    });
    recorded_in_a.arrive_and_wait();
    const Results before_rename = a.get_results();
    recorded_in_a.arrive_and_wait();
    STICHO_JOIN(group, 30);

    const Results ra = a.get_results();
    const Results rb = b.get_results();
    QCOMPARE(find_thread(before_rename, tid_renamed)->name, std::string("custom"));
    QCOMPARE(find_thread(ra, tid_os)->name, std::string("os-named"));
    const std::string fallback = find_thread(ra, tid_empty)->name;
    QVERIFY2(fallback.rfind("thread-", 0) == 0 && fallback.size() > 7 &&
                 fallback.find_first_not_of("0123456789", 7) == std::string::npos,
             fallback.c_str());
    QVERIFY(!inherited_name.empty());
    QCOMPARE(find_thread(ra, tid_inherited)->name, inherited_name);
    QCOMPARE(find_thread(ra, tid_renamed)->name, std::string("renamed")); // past profiler
    QCOMPARE(find_thread(rb, tid_renamed)->name, std::string("renamed")); // future profiler
}

// % Track adds up to 100 within each track and % Total over the view, in the
// merged view and in each thread's view, and each share is the block's time
// over the track's or view's time.
void TestEngineBehaviour::percentagesAddUp()
{
    Profiler prof("shares");
    ThreadGroup group(3, [&](std::size_t i) {
        for (unsigned n = 0; n < 20; ++n) {
            kSites[n % 4](prof, unsigned(n % 3));
            STICHO_BLOCK(prof, 5, "spinning");
            spin(unsigned(100 * (i + 1)));
        }
    });
    STICHO_JOIN(group, 30);
    prof.set_track_name(9, "empty"); // a track without blocks has no shares

    const Results r = prof.get_results();
    STICHO_CHECK_RESULTS(r); // includes the sums, per view
    QVERIFY(r.total_ns() > 0);
    double all = 0.0;
    for (const auto& [t, track] : r.tracks) {
        double in_track = 0.0;
        for (const auto& [b, s] : track.blocks) {
            QVERIFY(std::abs(s.percent_of_total - 100.0 * double(s.total_ns) / double(r.total_ns())) < 1e-9);
            QVERIFY(std::abs(s.percent_of_track - 100.0 * double(s.total_ns) / double(track.total_ns())) < 1e-9);
            in_track += s.percent_of_track;
            all += s.percent_of_total;
        }
        QVERIFY(std::abs(in_track - (track.blocks.empty() ? 0.0 : 100.0)) < 1e-6);
    }
    QVERIFY(std::abs(all - 100.0) < 1e-6);
    QVERIFY(r.tracks.at(9).blocks.empty());
}

// STICHO_BLOCK_BYTES sums the bytes of every hit, per thread and merged.
void TestEngineBehaviour::bytesAreSummed()
{
    Profiler prof("bytes");
    std::vector<std::uint64_t> tids(3);
    ThreadGroup group(3, [&](std::size_t i) {
        tids[i] = os_tid();
        for (std::uint64_t n = 1; n <= 10; ++n) {
            STICHO_BLOCK_BYTES(prof, 0, "copy", n * 1000 * (i + 1));
            spin(100);
        }
    });
    STICHO_JOIN(group, 30);
    const Results r = prof.get_results();
    STICHO_CHECK_RESULTS(r);
    std::uint64_t expected_total = 0;
    for (unsigned i = 0; i < 3; ++i) {
        const BlockStats* s = find_named(find_thread(r, tids[i])->tracks, 0, "copy");
        QCOMPARE(s->bytes, std::uint64_t(55'000) * (i + 1));
        expected_total += s->bytes;
    }
    const BlockStats* merged = find_named(r.tracks, 0, "copy");
    QCOMPARE(merged->bytes, expected_total);
    QVERIFY(merged->bandwidth_bytes_per_s() > 0.0);
    QCOMPARE(merged->bandwidth_bytes_per_s(), double(merged->bytes) * 1e9 / double(merged->total_ns));
}

// One call site recording into two profilers in turn (its cached block id
// keeps changing hands) counts exactly in each.
void TestEngineBehaviour::callSiteSharedByProfilers()
{
    constexpr unsigned kThreads = 4;
    constexpr int kHits = 1000;
    Profiler p("shared-p"), q("shared-q");
    q.set_track_name(0, "q-track");
    ThreadGroup group(kThreads, [&](std::size_t) {
        for (int n = 0; n < kHits; ++n) {
            shared_site(p);
            shared_site(q);
            if (n % 3 == 0)
                shared_site(q);
        }
    });
    STICHO_JOIN(group, 30);
    QCOMPARE(p.block_count(), std::size_t(1));
    QCOMPARE(q.block_count(), std::size_t(1));
    QCOMPARE(hits_named(p.get_results().tracks, 0, "shared-site"), std::uint64_t(kThreads) * kHits);
    QCOMPARE(hits_named(q.get_results().tracks, 0, "shared-site"), std::uint64_t(kThreads) * (kHits + 334));
}

// One thread recording into more profilers than its per-thread cache holds
// keeps every profiler's counts apart.
void TestEngineBehaviour::manyProfilersInOneThread()
{
    constexpr int kProfilers = 20;
    constexpr int kRounds = 100;
    std::vector<std::unique_ptr<Profiler>> profilers;
    for (int i = 0; i < kProfilers; ++i)
        profilers.push_back(std::make_unique<Profiler>("many-" + std::to_string(i)));
    ThreadGroup group(2, [&](std::size_t) {
        for (int round = 0; round < kRounds; ++round)
            for (int i = 0; i < kProfilers; ++i)
                for (int k = 0; k <= i % 3; ++k)
                    shared_site(*profilers[i]);
    });
    STICHO_JOIN(group, 30);
    for (int i = 0; i < kProfilers; ++i) {
        const Results r = profilers[i]->get_results();
        STICHO_CHECK_RESULTS(r);
        QCOMPARE(r.threads.size(), std::size_t(2));
        QCOMPARE(r.hit_count(), std::uint64_t(2 * kRounds * (i % 3 + 1)));
    }
}

// Threads outlive a profiler they recorded into and go on with a new one.
void TestEngineBehaviour::profilerDestroyedWhileThreadsLive()
{
    constexpr unsigned kWorkers = 3;
    auto first = std::make_unique<Profiler>("first");
    std::unique_ptr<Profiler> second;
    std::barrier<> sync(kWorkers + 1);
    ThreadGroup group(kWorkers, [&](std::size_t) {
        for (int n = 0; n < 10; ++n)
            shared_site(*first);
        sync.arrive_and_wait();
        sync.arrive_and_wait(); // first destroyed, second created
        for (int n = 0; n < 7; ++n)
            shared_site(*second);
    });
    sync.arrive_and_wait();
    QCOMPARE(first->get_results().hit_count(), std::uint64_t(kWorkers * 10));
    const std::uint64_t first_id = first->id();
    first.reset();
    second = std::make_unique<Profiler>("second");
    sync.arrive_and_wait();
    STICHO_JOIN(group, 30);

    const auto live = stichotrope::live_profiler_ids();
    QVERIFY(std::find(live.begin(), live.end(), first_id) == live.end());
    const Results r = second->get_results();
    STICHO_CHECK_RESULTS(r);
    QCOMPARE(r.hit_count(), std::uint64_t(kWorkers * 7));
    QCOMPARE(r.threads.size(), std::size_t(kWorkers));
}

// Thread-local objects are destroyed in reverse order of construction. One
// built after the thread's first block is destroyed while the engine still
// knows the thread: its block counts. One built before it is destroyed after
// the engine let go of the thread: its block is dropped, safely.
void TestEngineBehaviour::blocksInThreadExitDestructors()
{
    Profiler prof("thread-exit");
    g_exit_profiler = &prof;
    ThreadGroup group(4, [&](std::size_t) {
        (void)early_exit_object(); // constructed before the thread's first block
        {
            STICHO_BLOCK(prof, 2, "body");
        }
        (void)late_exit_object(); // constructed after it
    });
    STICHO_JOIN(group, 30);
    const Results r = prof.get_results();
    STICHO_CHECK_RESULTS(r);
    QCOMPARE(hits_named(r.tracks, 2, "body"), std::uint64_t(4));
    QCOMPARE(hits_named(r.tracks, 1, "exit-late"), std::uint64_t(4));
    QCOMPARE(hits_named(r.tracks, 0, "exit-early"), std::uint64_t(0));
    QCOMPARE(r.threads.size(), std::size_t(4));
    for (const auto& t : r.threads)
        QVERIFY(!t.alive);
}

QTEST_APPLESS_MAIN(TestEngineBehaviour)
#include "tst_engine_behaviour.moc"
