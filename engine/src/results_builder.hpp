// Turns raw per-thread tick counts into a Results snapshot: reads the threads
// one at a time, joins block and track catalogues, converts ticks to ns per
// thread, and merges.
#pragma once

#include "block_registry.hpp"
#include "stichotrope/detail/thread_state.hpp"
#include "stichotrope/results.hpp"
#include "track_table.hpp"

#include <atomic>
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace stichotrope::detail {

struct ReadContext {
    std::uint64_t profiler_id = 0;
    const std::string& profiler_name;
    std::uint64_t clear_count = 0; // the profiler's clear() calls before the threads were listed
    std::uint64_t now_ns = 0;      // profiler time when the read began
    bool keep_histograms = false;  // Profiler::HistogramRead::KeepPrevious
};

// Fills `into`, reusing the storage of the snapshot it holds (if any).
// `merged_buckets` carries the size of the histogram merge's working array
// from one call to the next (a hint, so relaxed), which then reserves it.
void build_results(const ReadContext& context, const std::vector<BlockInfo>& blocks,
                   const std::vector<TrackInfo>& tracks, const std::vector<std::shared_ptr<ThreadState>>& threads,
                   Results& into, std::atomic<std::size_t>& merged_buckets);

} // namespace stichotrope::detail
