#include "thread_list.hpp"

#include <algorithm>

namespace stichotrope::detail {

std::shared_ptr<ThreadState> ThreadList::add(std::uint64_t profiler_tag, std::uint64_t os_tid, std::string name,
                                             std::uint64_t timeline_capacity)
{
    std::lock_guard lock(mutex_);
    auto ts = std::make_shared<ThreadState>(profiler_tag, epoch_, os_tid, std::move(name), timeline_capacity);
    threads_.push_back(ts);
    return ts;
}

std::vector<ThreadState::Snapshot> ThreadList::read_all(std::uint32_t block_limit,
                                                        std::vector<std::uint64_t>& tids) const
{
    std::lock_guard lock(mutex_);
    std::vector<ThreadState::Snapshot> out(threads_.size());
    tids.resize(threads_.size());
    for (std::size_t i = 0; i < threads_.size(); ++i) {
        threads_[i]->read(block_limit, out[i]);
        tids[i] = threads_[i]->os_tid();
    }
    return out;
}

std::vector<ThreadState::TimelineSnapshot> ThreadList::read_timelines(std::uint64_t since_end_ticks,
                                                                      std::vector<std::uint64_t>& tids) const
{
    std::lock_guard lock(mutex_);
    std::vector<ThreadState::TimelineSnapshot> out(threads_.size());
    tids.resize(threads_.size());
    for (std::size_t i = 0; i < threads_.size(); ++i) {
        threads_[i]->read_timeline(since_end_ticks, out[i]);
        tids[i] = threads_[i]->os_tid();
    }
    return out;
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

std::size_t ThreadList::memory_bytes() const
{
    std::lock_guard lock(mutex_);
    std::size_t bytes = threads_.capacity() * sizeof(std::shared_ptr<ThreadState>);
    for (const auto& ts : threads_)
        bytes += ts->memory_bytes();
    return bytes;
}

} // namespace stichotrope::detail
