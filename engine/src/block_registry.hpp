// Blocks of one profiler: the cold registration path and the catalogue that
// get_results() joins statistics with.
#pragma once

#include "stichotrope/detail/call_site.hpp"

#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace stichotrope::detail {

struct BlockInfo {
    std::string_view name; // interned
    std::string_view file;
    unsigned line = 0;
    unsigned track = 0;
    unsigned index = 0; // dense per track, registration order
};

class BlockRegistry {
public:
    // Returns the profiler-wide block id of (site, track), registering it on
    // first use, and caches it in the site. Throws std::invalid_argument for
    // an out-of-range track, an empty name or too many blocks.
    std::uint32_t register_block(CallSite& site, unsigned track, std::uint64_t profiler_tag);
    std::vector<BlockInfo> snapshot() const;
    std::size_t size() const;

private:
    mutable std::mutex mutex_;
    std::map<std::pair<const CallSite*, unsigned>, std::uint32_t> ids_;
    std::vector<BlockInfo> blocks_; // by block id
    unsigned per_track_[kMaxTracks] = {};
};

} // namespace stichotrope::detail
