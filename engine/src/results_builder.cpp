#include "results_builder.hpp"

#include "stichotrope/clock.hpp"

#include <algorithm>

namespace stichotrope::detail {

namespace {
TrackResult& track_entry(TrackMap& map, unsigned track, const std::vector<TrackInfo>& tracks)
{
    auto [it, inserted] = map.try_emplace(track);
    if (inserted) {
        it->second.name = tracks[track].name;
        it->second.enabled = tracks[track].enabled;
    }
    return it->second;
}

BlockStats describe(const BlockInfo& info)
{
    BlockStats s;
    s.name = info.name;
    s.file = info.file;
    s.line = info.line;
    return s;
}
} // namespace

void compute_percentages(TrackMap& map)
{
    const std::uint64_t all = total_ns(map);
    for (auto& [t, track] : map) {
        const std::uint64_t in_track = track.total_ns();
        for (auto& [b, s] : track.blocks) {
            s.percent_of_track = in_track ? 100.0 * double(s.total_ns) / double(in_track) : 0.0;
            s.percent_of_total = all ? 100.0 * double(s.total_ns) / double(all) : 0.0;
        }
    }
}

Results build_results(std::uint64_t profiler_id, const std::string& profiler_name, const std::vector<BlockInfo>& blocks,
                      const std::vector<TrackInfo>& tracks, const std::vector<ThreadState::Snapshot>& threads,
                      const std::vector<std::uint64_t>& tids)
{
    Results r;
    r.profiler_id = profiler_id;
    r.profiler_name = profiler_name;

    // Every registered block appears in the merged view, executed or not;
    // named or disabled tracks appear even without blocks.
    std::vector<BlockStats*> merged(blocks.size());
    for (std::size_t id = 0; id < blocks.size(); ++id) {
        const BlockInfo& info = blocks[id];
        auto [it, ok] = track_entry(r.tracks, info.track, tracks).blocks.emplace(info.index, describe(info));
        merged[id] = &it->second;
    }
    for (unsigned t = 0; t < tracks.size(); ++t)
        if (tracks[t].named || !tracks[t].enabled)
            track_entry(r.tracks, t, tracks);

    r.threads.reserve(threads.size());
    for (std::size_t i = 0; i < threads.size(); ++i) {
        const ThreadState::Snapshot& snap = threads[i];
        ThreadResult tr;
        tr.thread_id = tids[i];
        tr.name = snap.name;
        tr.alive = snap.alive;
        for (const CompactSlot& c : snap.slots) {
            const BlockInfo& info = blocks[c.block];
            BlockStats s = describe(info);
            // Convert per thread, then sum the converted values: the merged
            // view is then exactly the sum of the per-thread views.
            s.hit_count = c.values.hits;
            s.total_ns = ticks_to_ns(c.values.ticks);
            s.min_ns = ticks_to_ns(c.values.min_ticks);
            s.max_ns = ticks_to_ns(c.values.max_ticks);
            // Converting truncates: the total keeps the fractions of a ns that
            // the maximum drops, so the average could exceed the maximum by
            // less than 1 ns. Round the maximum up to keep min <= avg <= max
            // (the minimum needs nothing: total >= hits * min holds).
            s.max_ns = std::max(s.max_ns, (s.total_ns + s.hit_count - 1) / s.hit_count);
            s.bytes = c.values.bytes;

            BlockStats& m = *merged[c.block];
            m.min_ns = m.hit_count ? std::min(m.min_ns, s.min_ns) : s.min_ns;
            m.max_ns = std::max(m.max_ns, s.max_ns);
            m.hit_count += s.hit_count;
            m.total_ns += s.total_ns;
            m.bytes += s.bytes;

            track_entry(tr.tracks, info.track, tracks).blocks.emplace(info.index, std::move(s));
        }
        compute_percentages(tr.tracks);
        r.threads.push_back(std::move(tr));
    }
    compute_percentages(r.tracks);
    return r;
}

} // namespace stichotrope::detail
