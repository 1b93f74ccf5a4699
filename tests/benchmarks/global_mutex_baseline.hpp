// REFERENCE ONLY, not part of the engine.
//
// The design Stichotrope replaced: every block exit takes ONE process-wide
// std::mutex and updates a std::map keyed by (track, block name). It exists
// so the benchmarks can show what the lock-free per-thread design buys. It
// reads the same clock as the engine (stichotrope::clock_ticks()), so the
// difference measured against the engine is the bookkeeping design alone.
// The map lookup is heterogeneous (std::string_view against std::string
// keys) so the baseline pays for no allocation on the hot path: it is the
// fairest version of that design, not a strawman.
#pragma once

#include "stichotrope/clock.hpp"

#include <cstdint>
#include <limits>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>

namespace stichotrope_bench::baseline {

struct Stats {
    std::uint64_t hits = 0;
    std::uint64_t ticks = 0;
    std::uint64_t min_ticks = std::numeric_limits<std::uint64_t>::max();
    std::uint64_t max_ticks = 0;
};

struct Key {
    unsigned track;
    std::string name;
};

struct KeyView {
    unsigned track;
    std::string_view name;
};

struct KeyLess {
    using is_transparent = void;
    template <class A, class B>
    bool operator()(const A& a, const B& b) const noexcept
    {
        if (a.track != b.track)
            return a.track < b.track;
        return std::string_view(a.name) < std::string_view(b.name);
    }
};

class GlobalMutexProfiler {
public:
    void record(unsigned track, std::string_view name, std::uint64_t ticks)
    {
        std::lock_guard lock(mutex_);
        auto it = stats_.find(KeyView{track, name});
        if (it == stats_.end())
            it = stats_.emplace(Key{track, std::string(name)}, Stats{}).first;
        Stats& s = it->second;
        ++s.hits;
        s.ticks += ticks;
        if (ticks < s.min_ticks)
            s.min_ticks = ticks;
        if (ticks > s.max_ticks)
            s.max_ticks = ticks;
    }

    std::uint64_t hits(unsigned track, std::string_view name) const
    {
        std::lock_guard lock(mutex_);
        const auto it = stats_.find(KeyView{track, name});
        return it == stats_.end() ? 0 : it->second.hits;
    }

private:
    mutable std::mutex mutex_; // the one global lock every block exit takes
    std::map<Key, Stats, KeyLess> stats_;
};

// Scoped measurement: clock read on entry, clock read + locked update on exit.
class ScopedBlock {
public:
    ScopedBlock(GlobalMutexProfiler& p, unsigned track, std::string_view name)
        : p_(p), track_(track), name_(name), start_(stichotrope::clock_ticks())
    {
    }
    ~ScopedBlock() { p_.record(track_, name_, stichotrope::clock_ticks() - start_); }
    ScopedBlock(const ScopedBlock&) = delete;
    ScopedBlock& operator=(const ScopedBlock&) = delete;

private:
    GlobalMutexProfiler& p_;
    unsigned track_;
    std::string_view name_;
    std::uint64_t start_;
};

} // namespace stichotrope_bench::baseline
