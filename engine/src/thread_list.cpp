#include "thread_list.hpp"

#include <algorithm>

namespace stichotrope::detail {

std::shared_ptr<ThreadState> ThreadList::add(std::uint64_t profiler_tag, std::uint64_t thread_id, std::uint64_t os_tid, std::string name,
                                             std::uint64_t timeline_capacity)
{
    std::lock_guard lock(mutex_);
    auto ts = std::make_shared<ThreadState>(profiler_tag, epoch_, thread_id, os_tid, std::move(name), timeline_capacity,
                                            timeline_enabled_);
    threads_.push_back(ts);
    return ts;
}

void ThreadList::set_timeline_enabled(bool enabled)
{
    std::lock_guard lock(mutex_);
    timeline_enabled_ = enabled;
    for (const auto& ts : threads_)
        ts->set_timeline_enabled(enabled);
}

bool ThreadList::timeline_enabled() const
{
    std::lock_guard lock(mutex_);
    return timeline_enabled_;
}

std::vector<std::shared_ptr<ThreadState>> ThreadList::states() const
{
    std::lock_guard lock(mutex_);
    return threads_;
}

std::vector<std::shared_ptr<ThreadState>> ThreadList::states(std::uint64_t& clear_count) const
{
    std::lock_guard lock(mutex_);
    clear_count = epoch_;
    return threads_;
}

void ThreadList::clear()
{
    std::lock_guard lock(mutex_);
    ++epoch_;
    std::erase_if(threads_, [this](const std::shared_ptr<ThreadState>& ts) { return ts->request_clear(epoch_); });
}

void ThreadList::profiler_destroyed()
{
    std::lock_guard lock(mutex_);
    for (const auto& ts : threads_)
        ts->profiler_destroyed();
    threads_.clear();
}

std::size_t ThreadList::size() const
{
    std::lock_guard lock(mutex_);
    return threads_.size();
}

ThreadState::Memory ThreadList::memory() const
{
    ThreadState::Memory total;
    for (const auto& ts : states()) {
        const ThreadState::Memory m = ts->memory();
        total.counters += m.counters;
        total.histograms += m.histograms;
        total.timeline += m.timeline;
    }
    return total;
}

} // namespace stichotrope::detail
