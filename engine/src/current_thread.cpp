#include "current_thread.hpp"

#include "stichotrope/profiler.hpp"

#include <algorithm>
#include <atomic>
#include <pthread.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace stichotrope::detail {

namespace {
std::atomic<std::uint64_t> g_thread_counter{0};

// Trivially destructible, so it stays valid while the thread's other
// thread_local objects are destroyed after its CurrentThread.
thread_local bool t_current_thread_destroyed = false;

std::string os_thread_name()
{
    char buf[64] = {};
    if (pthread_getname_np(pthread_self(), buf, sizeof buf) == 0 && buf[0] != '\0')
        return buf;
    return {};
}
} // namespace

CurrentThread& CurrentThread::get()
{
    thread_local CurrentThread self;
    return self;
}

CurrentThread::CurrentThread()
    : id_(g_thread_counter.fetch_add(1, std::memory_order_relaxed) + 1),
      os_tid_(static_cast<std::uint64_t>(::syscall(SYS_gettid))), name_(os_thread_name())
{
    if (name_.empty())
        name_ = "thread-" + std::to_string(id_);
}

bool CurrentThread::available() noexcept { return !t_current_thread_destroyed; }

CurrentThread::~CurrentThread()
{
    t_current_thread_destroyed = true;
    for (const auto& ts : states_)
        ts->mark_exited();
    for (auto& e : t_thread_cache)
        e = ThreadCacheEntry{0, nullptr};
}

void CurrentThread::set_name(std::string name)
{
    name_ = std::move(name);
    for (const auto& ts : states_)
        ts->set_name(name_);
}

ThreadState* CurrentThread::find(std::uint64_t profiler_tag) const
{
    for (const auto& ts : states_)
        if (ts->profiler_tag() == profiler_tag)
            return ts.get();
    return nullptr;
}

void CurrentThread::adopt(std::shared_ptr<ThreadState> state)
{
    // States of destroyed profilers are only kept alive by us: let them go.
    std::erase_if(states_, [](const std::shared_ptr<ThreadState>& ts) { return !ts->profiler_alive(); });
    states_.push_back(std::move(state));
}

} // namespace stichotrope::detail

namespace stichotrope {
void set_thread_name(std::string_view name)
{
    if (detail::CurrentThread::available())
        detail::CurrentThread::get().set_name(std::string(name));
}
} // namespace stichotrope
