#include "ThreadFilter.hpp"

#include <algorithm>
#include <map>

namespace stichotrope::gui {

namespace {

void addHistogram(Histogram& into, const Histogram& from)
{
    std::map<std::uint64_t, HistogramBucket> buckets;
    for (const HistogramBucket& b : into.buckets())
        buckets[b.lower_ns] = b;
    for (const HistogramBucket& b : from.buckets()) {
        auto [it, inserted] = buckets.try_emplace(b.lower_ns, b);
        if (!inserted)
            it->second.count += b.count;
    }
    std::vector<HistogramBucket> sum;
    sum.reserve(buckets.size());
    for (const auto& [lower, b] : buckets)
        sum.push_back(b);
    into = Histogram(sum);
}

void addStats(BlockStats& into, const BlockStats& from)
{
    if (into.hit_count == 0) {
        into.min_ns = from.min_ns;
        into.max_ns = from.max_ns;
    } else if (from.hit_count != 0) {
        into.min_ns = std::min(into.min_ns, from.min_ns);
        into.max_ns = std::max(into.max_ns, from.max_ns);
    }
    into.hit_count += from.hit_count;
    into.total_ns += from.total_ns;
    into.bytes += from.bytes;
    addHistogram(into.histogram, from.histogram);
}

} // namespace

const TrackMap& tracksOfThreads(const Results& results, const QSet<std::uint64_t>& threads, TrackMap& storage)
{
    if (threads.isEmpty())
        return results.tracks;

    // Every merged block keeps a row (with zeros) so row keys stay stable.
    TrackMap& out = storage;
    out.clear();
    for (const auto& [t, track] : results.tracks) {
        TrackResult& o = out[t];
        o.name = track.name;
        o.enabled = track.enabled;
        for (const auto& [b, stats] : track.blocks) {
            BlockStats& s = o.blocks[b];
            s.name = stats.name;
            s.file = stats.file;
            s.line = stats.line;
        }
    }
    for (const ThreadResult& thread : results.threads) {
        if (!threads.contains(thread.thread_id))
            continue;
        for (const auto& [t, track] : thread.tracks)
            for (const auto& [b, stats] : track.blocks)
                addStats(out[t].blocks[b], stats);
    }
    compute_percentages(out);
    return out;
}

TrackMap tracksOfThreads(const Results& results, const QSet<std::uint64_t>& threads)
{
    TrackMap storage;
    return tracksOfThreads(results, threads, storage);
}

} // namespace stichotrope::gui
