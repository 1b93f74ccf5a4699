// The threads that recorded into one profiler, alive or exited, and the
// clear() epoch they are asked to apply.
#pragma once

#include "stichotrope/detail/thread_state.hpp"

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace stichotrope::detail {

class ThreadList {
public:
    std::shared_ptr<ThreadState> add(std::uint64_t profiler_tag, std::uint64_t thread_id, std::uint64_t os_tid, std::string name,
                                     std::uint64_t timeline_capacity);
    // The timeline switch of every thread, present and future.
    void set_timeline_enabled(bool enabled);
    bool timeline_enabled() const;
    // The threads in order of first use. Readers work on this copy, so the
    // list's lock is held only while copying: a thread's first block never
    // waits for an aggregation.
    std::vector<std::shared_ptr<ThreadState>> states() const;
    // The same, with the number of clear() calls made before the copy.
    std::vector<std::shared_ptr<ThreadState>> states(std::uint64_t& clear_count) const;
    void clear();                // zero alive threads, forget exited ones
    void profiler_destroyed();   // lets the threads' own references go
    std::size_t size() const;
    ThreadState::Memory memory() const;

private:
    mutable std::mutex mutex_;
    std::uint64_t epoch_ = 0;
    bool timeline_enabled_ = true;
    std::vector<std::shared_ptr<ThreadState>> threads_; // in order of first use
};

} // namespace stichotrope::detail
