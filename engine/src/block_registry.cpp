#include "block_registry.hpp"

#include "stichotrope/results.hpp"

#include <stdexcept>

namespace stichotrope::detail {

std::uint32_t BlockRegistry::register_block(CallSite& site, unsigned track, std::uint64_t profiler_tag)
{
    if (track >= kMaxTracks)
        throw std::invalid_argument("stichotrope: block '" + std::string(site.name ? site.name : "") + "' at " +
                                    site.file + ":" + std::to_string(site.line) + " uses track " +
                                    std::to_string(track) + "; tracks are 0.." + std::to_string(kMaxTracks - 1));
    if (site.name == nullptr || site.name[0] == '\0')
        throw std::invalid_argument("stichotrope: block at " + std::string(site.file) + ":" +
                                    std::to_string(site.line) + " has an empty name");

    std::lock_guard lock(mutex_);
    auto [it, inserted] = ids_.try_emplace({&site, track}, std::uint32_t(blocks_.size()));
    if (inserted) {
        if (blocks_.size() >= kMaxBlocks) {
            ids_.erase(it);
            throw std::invalid_argument("stichotrope: block '" + std::string(site.name) + "' at " + site.file + ":" +
                                        std::to_string(site.line) + " exceeds the limit of " +
                                        std::to_string(kMaxBlocks) + " blocks per profiler");
        }
        blocks_.push_back(BlockInfo{intern(site.name), intern(site.file), site.line, track, per_track_[track]++});
    }
    // Profiler ids beyond 32 bits would not fit the packed key: such a site
    // just keeps taking this path.
    if (profiler_tag <= 0xFFFFFFFFu)
        site.cache.store(cache_key(profiler_tag, track) | it->second, std::memory_order_release);
    return it->second;
}

std::vector<BlockInfo> BlockRegistry::snapshot() const
{
    std::lock_guard lock(mutex_);
    return blocks_;
}

std::size_t BlockRegistry::size() const
{
    std::lock_guard lock(mutex_);
    return blocks_.size();
}

} // namespace stichotrope::detail
