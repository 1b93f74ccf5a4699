#include "RangeStatistics.hpp"

#include "ThreadFilter.hpp"

#include <stichotrope/detail/histogram_buckets.hpp>

#include <algorithm>
#include <map>
#include <utility>
#include <vector>

namespace stichotrope::gui {

namespace {

// One block's executions in one thread; bucket counts over the range of
// buckets seen, widened as needed.
struct Executions {
    std::uint64_t hits = 0;
    std::uint64_t total_ns = 0;
    std::uint64_t min_ns = 0;
    std::uint64_t max_ns = 0;
    unsigned first_bucket = 0;
    std::vector<std::uint64_t> counts;

    void add(std::uint64_t ns)
    {
        min_ns = hits ? std::min(min_ns, ns) : ns;
        max_ns = std::max(max_ns, ns);
        ++hits;
        total_ns += ns;
        const unsigned b = detail::histogram_bucket_clamped(ns);
        if (counts.empty()) {
            first_bucket = b;
        } else if (b < first_bucket) {
            counts.insert(counts.begin(), first_bucket - b, 0);
            first_bucket = b;
        }
        if (b - first_bucket >= counts.size())
            counts.resize(b - first_bucket + 1, 0);
        ++counts[b - first_bucket];
    }

    Histogram histogram() const
    {
        std::vector<HistogramBucket> buckets;
        for (std::size_t k = 0; k < counts.size(); ++k)
            if (counts[k] != 0) {
                const unsigned b = first_bucket + unsigned(k);
                buckets.push_back({detail::histogram_bucket_lower(b), detail::histogram_bucket_lower(b + 1), counts[k]});
            }
        return Histogram(buckets);
    }
};

using BlockId = std::pair<unsigned, unsigned>; // (track, block)

BlockStats statsOf(const Executions& e, const Results& names, BlockId id)
{
    BlockStats s;
    if (const BlockStats* named = names.find(id.first, id.second)) {
        s.name = named->name;
        s.file = named->file;
        s.line = named->line;
    }
    s.hit_count = e.hits;
    s.total_ns = e.total_ns;
    s.min_ns = e.min_ns;
    s.max_ns = e.max_ns;
    s.histogram = e.histogram();
    return s;
}

void nameTrack(TrackResult& track, const Results& names, unsigned t)
{
    if (const auto it = names.tracks.find(t); it != names.tracks.end()) {
        track.name = it->second.name;
        track.enabled = it->second.enabled;
    }
}

} // namespace

Results rangeResults(const TimelineWindow& window, std::uint64_t begin_ns, std::uint64_t end_ns, const Results& names)
{
    Results r;
    r.profiler_id = names.profiler_id;
    r.profiler_name = names.profiler_name;
    QSet<std::uint64_t> threads;
    for (const ThreadLane& lane : window.lanes()) {
        std::map<BlockId, Executions> blocks;
        for (const DepthEvents& depth : lane.depths) {
            const EventRange events = depth.events();
            const IndexRange overlapping = visibleEvents(events, begin_ns, end_ns);
            for (std::size_t i = overlapping.first; i < overlapping.last; ++i) {
                const WindowEvent& e = events[i];
                if (e.start_ns >= begin_ns && e.end_ns <= end_ns)
                    blocks[{e.track, e.block}].add(e.end_ns - e.start_ns);
            }
        }
        if (blocks.empty())
            continue;
        ThreadResult& thread = r.threads.emplace_back();
        thread.thread_id = lane.thread_id;
        thread.os_tid = lane.os_tid;
        thread.name = lane.name;
        thread.alive = lane.alive;
        for (const auto& [id, executions] : blocks) {
            TrackResult& track = thread.tracks[id.first];
            nameTrack(track, names, id.first);
            track.blocks[id.second] = statsOf(executions, names, id);
            // The merged view's rows, filled by tracksOfThreads() below.
            TrackResult& merged = r.tracks[id.first];
            nameTrack(merged, names, id.first);
            BlockStats& row = merged.blocks[id.second];
            row.name = track.blocks[id.second].name;
            row.file = track.blocks[id.second].file;
            row.line = track.blocks[id.second].line;
        }
        compute_percentages(thread.tracks);
        threads.insert(lane.thread_id);
    }
    if (!threads.isEmpty())
        r.tracks = tracksOfThreads(r, threads);
    return r;
}

} // namespace stichotrope::gui
