// The cold half of a Profiler, kept out of the public header.
#pragma once

#include "block_registry.hpp"
#include "thread_list.hpp"
#include "track_table.hpp"

namespace stichotrope::detail {

struct ProfilerState {
    explicit ProfilerState(std::atomic<std::uint64_t>& record_mask) : tracks(record_mask) {}
    BlockRegistry blocks;
    TrackTable tracks;
    ThreadList threads;
    std::atomic<std::uint64_t> timeline_capacity{std::uint64_t(1) << 20};
    std::atomic<std::size_t> merged_histogram_buckets{0}; // see build_results()
};

} // namespace stichotrope::detail
