// What the engine knows about the calling OS thread: its ids, its name and
// the ThreadStates it owns, which it marks exited when the thread ends.
#pragma once

#include "stichotrope/detail/thread_state.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace stichotrope::detail {

class CurrentThread {
public:
    static CurrentThread& get(); // cold: constructs on the thread's first use
    // False once this thread's CurrentThread has been destroyed: thread_local
    // destructors that run after it must not call get().
    static bool available() noexcept;

    // Unique in the process, from 1, never reused; the OS reuses os_tid()
    // once a thread has exited.
    std::uint64_t id() const { return id_; }
    std::uint64_t os_tid() const { return os_tid_; }
    const std::string& name() const { return name_; }
    void set_name(std::string name);

    ThreadState* find(std::uint64_t profiler_tag) const;
    void adopt(std::shared_ptr<ThreadState> state);

    ~CurrentThread();

private:
    CurrentThread();
    std::uint64_t id_;
    std::uint64_t os_tid_;
    std::string name_;
    std::vector<std::shared_ptr<ThreadState>> states_;
};

} // namespace stichotrope::detail
