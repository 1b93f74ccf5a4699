#include "profiler_registry.hpp"

#include <mutex>
#include <set>

namespace stichotrope::detail {

namespace {
struct Registry {
    std::mutex mutex;
    std::uint64_t next_id = 0;
    std::set<std::uint64_t> live;
};

Registry& registry()
{
    static Registry r; // constructed on first use, never before a Profiler
    return r;
}
} // namespace

std::uint64_t register_profiler()
{
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    const std::uint64_t id = r.next_id++;
    r.live.insert(id);
    return id;
}

void unregister_profiler(std::uint64_t id)
{
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    r.live.erase(id);
}

std::vector<std::uint64_t> registered_profiler_ids()
{
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    return {r.live.begin(), r.live.end()};
}

} // namespace stichotrope::detail
