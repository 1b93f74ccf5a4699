// Shared by the engine's Qt Test suites: thread groups joined under a deadlock
// watchdog, failure collection for worker threads (Qt Test assertions belong
// to the main thread only), generated call sites, and the invariants every
// Results snapshot must satisfy.
#pragma once

#include "../let_go.hpp"

#include <stichotrope/stichotrope.hpp>

#include <QTest>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <latch>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include <unistd.h>

#ifndef STICHOTROPE_TEST_SLOWDOWN
#define STICHOTROPE_TEST_SLOWDOWN 1
#endif

#if defined(__SANITIZE_THREAD__)
#define STICHO_TEST_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define STICHO_TEST_TSAN 1
#endif
#endif
#ifdef STICHO_TEST_TSAN
extern "C" void __tsan_ignore_thread_begin();
extern "C" void __tsan_ignore_thread_end();
#endif

namespace sticho_test {

using stichotrope::BlockStats;
using stichotrope::Profiler;
using stichotrope::Results;
using stichotrope::ThreadResult;
using stichotrope::test::LetGo;
using stichotrope::TrackMap;
using namespace std::chrono_literals;

// Deadlock watchdogs scale with the sanitizer slowdown (set by CMake). They
// only turn a hang into a failure; they never assert speed.
inline constexpr int kSlowdown = STICHOTROPE_TEST_SLOWDOWN;
inline std::chrono::milliseconds watchdog(std::chrono::seconds s) { return s * kSlowdown; }

inline std::uint64_t os_tid() { return static_cast<std::uint64_t>(::gettid()); }

inline std::string join_lines(const std::vector<std::string>& lines)
{
    std::string out;
    for (const auto& l : lines)
        out += l + '\n';
    return out;
}

// Base of every suite.
//
// Qt Test runs a watchdog QThread and tears it down after cleanupTestCase().
// Qt is not built with ThreadSanitizer and waits for that thread through
// futexes TSan cannot see, so TSan reports the destruction of the thread's
// wait condition as a race (in Qt code, between Qt threads). By
// cleanupTestCase() every thread a test started has been joined; from there
// until exit() only Qt's teardown runs, so the main thread is not tracked in
// between.
class EngineSuite : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanupTestCase()
    {
#ifdef STICHO_TEST_TSAN
        __tsan_ignore_thread_begin();
        std::atexit([] { __tsan_ignore_thread_end(); });
#endif
    }
};

// Failures seen by worker threads; the main thread asserts it stayed empty.
class Failures {
public:
    void add(std::string what)
    {
        std::lock_guard lock(mutex_);
        ++count_;
        if (items_.size() < 20) // the first ones tell the story
            items_.push_back(std::move(what));
    }
    // Cheap when ok: the message is only built on failure.
    template <class Describe>
    void expect(bool ok, Describe&& describe)
    {
        if (!ok)
            add(std::string(describe()));
    }
    void add_all(const std::vector<std::string>& problems)
    {
        for (const auto& p : problems)
            add(p);
    }
    bool empty() const
    {
        std::lock_guard lock(mutex_);
        return count_ == 0;
    }
    std::string summary() const
    {
        std::lock_guard lock(mutex_);
        return std::to_string(count_) + " failure(s) in worker threads:\n" + join_lines(items_);
    }

private:
    mutable std::mutex mutex_;
    std::size_t count_ = 0;
    std::vector<std::string> items_;
};

// Threads that are joined under a watchdog. An exception escaping a worker is
// recorded in failures(). Declare everything the workers use (profilers,
// barriers) before the group, so the group is destroyed first.
class ThreadGroup {
public:
    ThreadGroup() = default;
    template <class F>
    ThreadGroup(std::size_t n, F fn)
    {
        for (std::size_t i = 0; i < n; ++i)
            spawn([fn, i]() mutable { fn(i); });
    }
    ThreadGroup(const ThreadGroup&) = delete;
    ThreadGroup& operator=(const ThreadGroup&) = delete;

    template <class F>
    void spawn(F fn)
    {
        {
            std::lock_guard lock(mutex_);
            ++running_;
        }
        threads_.emplace_back([this, fn = std::move(fn)]() mutable {
            try {
                fn();
            } catch (const std::exception& e) {
                failures_.add(std::string("uncaught exception: ") + e.what());
            } catch (...) {
                failures_.add("uncaught non-standard exception");
            }
            std::lock_guard lock(mutex_);
            --running_;
            done_.notify_all();
        });
    }

    // True once every thread has finished and been joined; false if the
    // watchdog expired first (a deadlock).
    bool join(std::chrono::milliseconds timeout)
    {
        {
            std::unique_lock lock(mutex_);
            if (!done_.wait_for(lock, timeout, [this] { return running_ == 0; }))
                return false;
        }
        for (auto& t : threads_)
            t.join();
        threads_.clear();
        return true;
    }

    std::size_t size() const { return threads_.size(); }
    Failures& failures() { return failures_; }

    ~ThreadGroup()
    {
        if (threads_.empty())
            return;
        // Only reached when a test returned early. Threads that still run
        // would touch destroyed objects: give them a last chance, then stop.
        if (!join(watchdog(30s))) {
            std::fprintf(stderr, "FATAL: worker threads still running after the watchdog (deadlock?)\n");
            std::fflush(stderr);
            std::abort();
        }
    }

private:
    std::mutex mutex_;
    std::condition_variable done_;
    std::size_t running_ = 0;
    std::vector<std::thread> threads_;
    Failures failures_;
};


// Keeps the compiler from deleting the loop: gives blocks a measurable,
// varying duration without sleeping.
inline void spin(unsigned iterations)
{
    volatile unsigned sink = 0;
    for (unsigned i = 0; i < iterations; ++i)
        sink = sink + i;
}

// ---------------------------------------------------------------------------
// Generated call sites: kSites[i](profiler, track) executes block "site-<i>"
// from its own static call site, so tests can use many distinct blocks.

inline constexpr std::size_t kSiteCount = 256;

template <std::size_t I>
struct SiteName {
    static constexpr std::array<char, 16> text = [] {
        std::array<char, 16> a{'s', 'i', 't', 'e', '-'};
        char digits[8] = {};
        std::size_t n = 0, v = I;
        do {
            digits[n++] = char('0' + v % 10);
            v /= 10;
        } while (v != 0);
        for (std::size_t k = 0; k < n; ++k)
            a[5 + k] = digits[n - 1 - k];
        return a;
    }();
};

template <std::size_t I>
void hit_site(Profiler& p, unsigned track)
{
    STICHO_BLOCK(p, track, SiteName<I>::text.data());
}

template <std::size_t... I>
constexpr auto make_site_table(std::index_sequence<I...>)
{
    return std::array<void (*)(Profiler&, unsigned), sizeof...(I)>{&hit_site<I>...};
}

inline constexpr auto kSites = make_site_table(std::make_index_sequence<kSiteCount>{});

inline std::string site_name(std::size_t i) { return "site-" + std::to_string(i); }

// ---------------------------------------------------------------------------
// Lookups in a snapshot.

// The thread's row by its OS id (the threads a test starts overlap or run
// one after the other: the OS does not reuse their ids meanwhile).
inline const ThreadResult* find_thread(const Results& r, std::uint64_t tid)
{
    for (const auto& t : r.threads)
        if (t.os_tid == tid)
            return &t;
    return nullptr;
}

inline const BlockStats* find_block(const TrackMap& tracks, unsigned track, unsigned index)
{
    const auto t = tracks.find(track);
    if (t == tracks.end())
        return nullptr;
    const auto b = t->second.blocks.find(index);
    return b == t->second.blocks.end() ? nullptr : &b->second;
}

// The block of `track` with this name (names are unique in the tests).
inline const BlockStats* find_named(const TrackMap& tracks, unsigned track, const std::string& name)
{
    const auto t = tracks.find(track);
    if (t == tracks.end())
        return nullptr;
    for (const auto& [index, s] : t->second.blocks)
        if (s.name == name)
            return &s;
    return nullptr;
}

inline std::uint64_t hits_named(const TrackMap& tracks, unsigned track, const std::string& name)
{
    const BlockStats* s = find_named(tracks, track, name);
    return s ? s->hit_count : 0;
}

inline std::uint64_t track_hits(const TrackMap& tracks, unsigned track)
{
    const auto t = tracks.find(track);
    return t == tracks.end() ? 0 : t->second.hit_count();
}

// ---------------------------------------------------------------------------
// Invariants of every snapshot. Each returns descriptions of violations.

inline std::string block_label(const std::string& view, unsigned track, unsigned index, const BlockStats& s)
{
    return view + " track " + std::to_string(track) + " block " + std::to_string(index) + " '" + std::string(s.name) + "'";
}

// One block on its own: min <= avg <= max, and zeros when never hit.
inline void check_block(const BlockStats& s, const std::string& label, std::vector<std::string>& out)
{
    if (s.hit_count == 0) {
        if (s.total_ns != 0 || s.min_ns != 0 || s.max_ns != 0 || s.bytes != 0)
            out.push_back(label + ": no hits but non-zero statistics");
        return;
    }
    const double avg = s.avg_ns();
    if (!(double(s.min_ns) <= avg && avg <= double(s.max_ns)))
        out.push_back(label + ": not min <= avg <= max (min " + std::to_string(s.min_ns) + ", avg " +
                      std::to_string(avg) + ", max " + std::to_string(s.max_ns) + ", hits " +
                      std::to_string(s.hit_count) + ", total " + std::to_string(s.total_ns) + ")");
}

// Shares add up to 100 % within each track and over the whole view.
inline void check_percentages(const TrackMap& tracks, const std::string& view, std::vector<std::string>& out)
{
    double all = 0.0;
    for (const auto& [t, track] : tracks) {
        double in_track = 0.0;
        for (const auto& [b, s] : track.blocks) {
            in_track += s.percent_of_track;
            all += s.percent_of_total;
        }
        const double expected = track.total_ns() ? 100.0 : 0.0;
        if (std::abs(in_track - expected) > 1e-6)
            out.push_back(view + " track " + std::to_string(t) + ": % Track adds up to " + std::to_string(in_track));
    }
    const double expected = stichotrope::total_ns(tracks) ? 100.0 : 0.0;
    if (std::abs(all - expected) > 1e-6)
        out.push_back(view + ": % Total adds up to " + std::to_string(all));
}

// The merged view is exactly the combination of the per-thread views: hits,
// time and bytes are sums, min/max are the extremes, metadata agrees, and no
// thread has a block the merged view lacks.
inline void check_merge(const Results& r, std::vector<std::string>& out)
{
    struct Sum {
        std::uint64_t hits = 0, total = 0, bytes = 0, min = 0, max = 0;
        bool any = false;
    };
    std::map<std::pair<unsigned, unsigned>, Sum> sums;
    for (const auto& th : r.threads)
        for (const auto& [t, track] : th.tracks)
            for (const auto& [b, s] : track.blocks) {
                const BlockStats* m = find_block(r.tracks, t, b);
                const std::string label = block_label("thread " + std::to_string(th.thread_id), t, b, s);
                if (m == nullptr) {
                    out.push_back(label + ": missing from the merged view");
                    continue;
                }
                if (m->name != s.name || m->file != s.file || m->line != s.line)
                    out.push_back(label + ": metadata differs from the merged view");
                if (s.hit_count == 0)
                    out.push_back(label + ": listed in a thread view without hits");
                Sum& sum = sums[{t, b}];
                sum.hits += s.hit_count;
                sum.total += s.total_ns;
                sum.bytes += s.bytes;
                sum.min = sum.any ? std::min(sum.min, s.min_ns) : s.min_ns;
                sum.max = sum.any ? std::max(sum.max, s.max_ns) : s.max_ns;
                sum.any = true;
            }
    for (const auto& [t, track] : r.tracks)
        for (const auto& [b, m] : track.blocks) {
            const Sum s = sums.count({t, b}) ? sums[{t, b}] : Sum{};
            if (m.hit_count != s.hits || m.total_ns != s.total || m.bytes != s.bytes || m.min_ns != s.min ||
                m.max_ns != s.max)
                out.push_back(block_label("merged", t, b, m) + ": not the sum of the thread views (hits " +
                              std::to_string(m.hit_count) + " vs " + std::to_string(s.hits) + ", total " +
                              std::to_string(m.total_ns) + " vs " + std::to_string(s.total) + ", min " +
                              std::to_string(m.min_ns) + " vs " + std::to_string(s.min) + ", max " +
                              std::to_string(m.max_ns) + " vs " + std::to_string(s.max) + ")");
        }
}

// Dense block indices per track: 0..n-1 with no gap in the merged view.
inline void check_dense_indices(const Results& r, std::vector<std::string>& out)
{
    for (const auto& [t, track] : r.tracks) {
        unsigned expected = 0;
        for (const auto& [b, s] : track.blocks)
            if (b != expected++)
                out.push_back("track " + std::to_string(t) + ": block indices are not dense at " + std::to_string(b));
    }
}

// Every value of a snapshot as text, one line per row, so that two snapshots
// compare with QCOMPARE and a difference shows where it is.
inline std::string dump(const Results& r)
{
    std::string out = "profiler " + std::to_string(r.profiler_id) + " " + r.profiler_name + "\n";
    auto tracks = [&out](const TrackMap& map, const std::string& view) {
        for (const auto& [t, track] : map) {
            out += view + " track " + std::to_string(t) + " " + track.name + (track.enabled ? " on\n" : " off\n");
            for (const auto& [b, s] : track.blocks) {
                out += view + " block " + std::to_string(t) + "/" + std::to_string(b) + " " + std::string(s.name) +
                       " " + std::string(s.file) + ":" + std::to_string(s.line) + " hits " +
                       std::to_string(s.hit_count) + " total " + std::to_string(s.total_ns) + " min " +
                       std::to_string(s.min_ns) + " max " + std::to_string(s.max_ns) + " bytes " +
                       std::to_string(s.bytes) + " %track " + std::to_string(s.percent_of_track) + " %total " +
                       std::to_string(s.percent_of_total) + " histogram";
                for (const auto& bucket : s.histogram.buckets())
                    out += " [" + std::to_string(bucket.lower_ns) + "," + std::to_string(bucket.upper_ns) + ")x" +
                           std::to_string(bucket.count);
                out += "\n";
            }
        }
    };
    auto tree = [&out](const stichotrope::CallTree& tree, const std::string& view) {
        for (std::size_t i = 0; i < tree.nodes.size(); ++i) {
            const auto& n = tree.nodes[i];
            out += view + " node " + std::to_string(i) + " " + std::to_string(n.track) + "/" +
                   std::to_string(n.block) + " parent " + std::to_string(n.parent) + " depth " +
                   std::to_string(n.depth) + " hits " + std::to_string(n.hit_count) + " total " +
                   std::to_string(n.total_ns) + " self " + std::to_string(n.self_ns) + " min " +
                   std::to_string(n.min_ns) + " max " + std::to_string(n.max_ns) + " children";
            for (const std::uint32_t c : tree.children(std::uint32_t(i)))
                out += " " + std::to_string(c);
            out += "\n";
        }
    };
    tracks(r.tracks, "merged");
    tree(r.call_tree, "merged");
    for (const auto& th : r.threads) {
        const std::string view = "thread " + std::to_string(th.thread_id);
        out += view + " " + th.name + (th.alive ? " alive\n" : " exited\n");
        tracks(th.tracks, view);
        tree(th.call_tree, view);
    }
    return out;
}

inline std::vector<std::string> validate(const Results& r)
{
    std::vector<std::string> out;
    for (const auto& [t, track] : r.tracks)
        for (const auto& [b, s] : track.blocks)
            check_block(s, block_label("merged", t, b, s), out);
    for (const auto& th : r.threads) {
        const std::string view = "thread " + std::to_string(th.thread_id);
        for (const auto& [t, track] : th.tracks)
            for (const auto& [b, s] : track.blocks)
                check_block(s, block_label(view, t, b, s), out);
        check_percentages(th.tracks, view, out);
    }
    check_percentages(r.tracks, "merged", out);
    check_merge(r, out);
    check_dense_indices(r, out);
    return out;
}

} // namespace sticho_test

// Main thread only.
#define STICHO_CHECK_RESULTS(results)                                                                    \
    do {                                                                                                 \
        const auto sticho_problems_ = ::sticho_test::validate(results);                                  \
        QVERIFY2(sticho_problems_.empty(), ::sticho_test::join_lines(sticho_problems_).c_str());         \
    } while (false)

#define STICHO_CHECK_NO_FAILURES(failures) QVERIFY2((failures).empty(), (failures).summary().c_str())

// Joins a ThreadGroup under its watchdog, then reports what its workers saw.
#define STICHO_JOIN(group, secs)                                                                      \
    do {                                                                                                 \
        QVERIFY2((group).join(::sticho_test::watchdog(std::chrono::seconds(secs))),                   \
                 "deadlock watchdog expired before the threads finished");                              \
        STICHO_CHECK_NO_FAILURES((group).failures());                                                    \
    } while (false)
