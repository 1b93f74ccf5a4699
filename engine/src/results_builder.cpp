#include "results_builder.hpp"

#include "stichotrope/clock.hpp"

#include <algorithm>
#include <map>

namespace stichotrope::detail {

namespace {
using BucketCounts = std::vector<std::pair<unsigned, std::uint64_t>>;

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

void accumulate(SlotValues& into, const SlotValues& v)
{
    into.hits += v.hits;
    into.ticks += v.ticks;
    into.min_ticks = std::min(into.min_ticks, v.min_ticks);
    into.max_ticks = std::max(into.max_ticks, v.max_ticks);
    into.bytes += v.bytes;
}

// Converting truncates: the total keeps the fractions of a ns that the
// maximum drops, so the average could exceed the maximum by less than 1 ns.
// Round the maximum up to keep min <= avg <= max (total >= hits * min holds).
std::uint64_t max_ns(const SlotValues& v)
{
    const std::uint64_t max = ticks_to_ns(v.max_ticks);
    const std::uint64_t total = ticks_to_ns(v.ticks);
    return v.hits ? std::max(max, (total + v.hits - 1) / v.hits) : max;
}

Histogram to_histogram(const BucketCounts& counts)
{
    Histogram h;
    h.buckets.reserve(counts.size());
    for (const auto& [i, n] : counts)
        h.buckets.push_back(
            HistogramBucket{ticks_to_ns(histogram_bucket_lower(i)), ticks_to_ns(histogram_bucket_lower(i + 1)), n});
    return h;
}

// Quantiles come from the histogram but never leave the exact [min, max].
void set_quantiles(BlockStats& s)
{
    auto q = [&](double p) { return std::clamp(s.histogram.quantile_ns(p), s.min_ns, s.max_ns); };
    if (s.hit_count == 0 || s.histogram.buckets.empty())
        return;
    s.median_ns = q(0.5);
    s.p90_ns = q(0.9);
    s.p99_ns = q(0.99);
}

// Adds b into a (both sorted by bucket).
void merge_counts(BucketCounts& a, const BucketCounts& b)
{
    BucketCounts out;
    out.reserve(a.size() + b.size());
    std::size_t i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
        if (j == b.size() || (i < a.size() && a[i].first < b[j].first))
            out.push_back(a[i++]);
        else if (i == a.size() || b[j].first < a[i].first)
            out.push_back(b[j++]);
        else {
            out.emplace_back(a[i].first, a[i].second + b[j].second);
            ++i;
            ++j;
        }
    }
    a.swap(out);
}

// Fills self_ns and the root's total; prunes nothing (callers only add
// nodes whose subtree executed).
void finish_tree(CallTree& tree)
{
    if (tree.nodes.empty())
        return;
    CallTreeNode& root = tree.nodes[0];
    root.total_ns = 0;
    for (const std::uint32_t c : root.children)
        root.total_ns += tree.nodes[c].total_ns;
    for (CallTreeNode& n : tree.nodes) {
        std::uint64_t children = 0;
        for (const std::uint32_t c : n.children)
            children += tree.nodes[c].total_ns;
        // Live snapshots can catch a parent still open while its children
        // already completed: the parent then has no self time yet.
        n.self_ns = n.total_ns > children ? n.total_ns - children : 0;
    }
}

// Builds one thread's call tree; `kept[i]` is the tree index of snapshot
// node i or -1 when its subtree never executed (e.g. zeroed by clear()).
CallTree thread_tree(const std::vector<CompactNode>& nodes, const std::vector<BlockInfo>& blocks,
                     std::vector<std::int64_t>& kept)
{
    CallTree tree;
    kept.assign(nodes.size(), -1);
    if (nodes.empty())
        return tree;
    // Children always have larger ids than their parents: one backward pass
    // finds the subtrees with hits.
    std::vector<char> live(nodes.size(), 0);
    for (std::size_t i = nodes.size(); i-- > 1;) {
        const CompactNode& n = nodes[i];
        if (n.block == kNoBlock)
            continue; // block registered after this snapshot's catalogue
        if (n.values.hits != 0 || live[i])
            live[i] = 1, live[n.parent] = 1;
    }
    tree.nodes.emplace_back(); // root
    kept[0] = 0;
    for (std::size_t i = 1; i < nodes.size(); ++i) {
        const CompactNode& n = nodes[i];
        if (!live[i] || n.block == kNoBlock || kept[n.parent] < 0)
            continue; // never executed, or below a placeholder
        const std::uint32_t parent = std::uint32_t(kept[n.parent]);
        const BlockInfo& info = blocks[n.block];
        CallTreeNode node;
        node.track = info.track;
        node.block = info.index;
        node.parent = parent;
        node.depth = tree.nodes[parent].depth + 1;
        node.hit_count = n.values.hits;
        node.total_ns = ticks_to_ns(n.values.ticks);
        node.min_ns = n.values.hits ? ticks_to_ns(n.values.min_ticks) : 0;
        node.max_ns = max_ns(n.values);
        kept[i] = std::int64_t(tree.nodes.size());
        tree.nodes[parent].children.push_back(std::uint32_t(tree.nodes.size()));
        tree.nodes.push_back(std::move(node));
    }
    finish_tree(tree);
    return tree;
}

// Adds one thread's tree into the merged tree, matching nodes by call path.
void merge_tree(CallTree& merged, const CallTree& tree, std::map<std::tuple<std::uint32_t, unsigned, unsigned>, std::uint32_t>& paths)
{
    if (tree.nodes.empty())
        return;
    if (merged.nodes.empty())
        merged.nodes.emplace_back();
    std::vector<std::uint32_t> to_merged(tree.nodes.size(), 0);
    for (std::size_t i = 1; i < tree.nodes.size(); ++i) {
        const CallTreeNode& n = tree.nodes[i];
        const std::uint32_t parent = to_merged[n.parent];
        auto [it, inserted] = paths.try_emplace({parent, n.track, n.block}, std::uint32_t(merged.nodes.size()));
        if (inserted) {
            CallTreeNode m;
            m.track = n.track;
            m.block = n.block;
            m.parent = parent;
            m.depth = n.depth;
            m.min_ns = n.min_ns;
            merged.nodes[parent].children.push_back(it->second);
            merged.nodes.push_back(std::move(m));
        }
        CallTreeNode& m = merged.nodes[it->second];
        if (n.hit_count != 0)
            m.min_ns = m.hit_count ? std::min(m.min_ns, n.min_ns) : n.min_ns;
        m.max_ns = std::max(m.max_ns, n.max_ns);
        m.hit_count += n.hit_count;
        m.total_ns += n.total_ns;
        to_merged[i] = it->second;
    }
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

    std::vector<BucketCounts> merged_hist(blocks.size());
    std::map<std::tuple<std::uint32_t, unsigned, unsigned>, std::uint32_t> merged_paths;
    // Per-block sums of one thread's tree nodes and overflow, reused.
    std::vector<SlotValues> per_block(blocks.size());
    std::vector<std::uint32_t> touched;
    std::vector<std::int64_t> kept;

    r.threads.reserve(threads.size());
    for (std::size_t i = 0; i < threads.size(); ++i) {
        const ThreadState::Snapshot& snap = threads[i];
        ThreadResult tr;
        tr.thread_id = tids[i];
        tr.name = snap.name;
        tr.alive = snap.alive;

        // Flat statistics are the sums over the block's call-tree nodes plus
        // executions beyond the tree's limits.
        auto add = [&](std::uint32_t block, const SlotValues& v) {
            if (v.hits == 0)
                return;
            if (per_block[block].hits == 0)
                touched.push_back(block);
            accumulate(per_block[block], v);
        };
        for (std::size_t n = 1; n < snap.nodes.size(); ++n)
            if (snap.nodes[n].block != kNoBlock)
                add(snap.nodes[n].block, snap.nodes[n].values);
        for (const CompactSlot& o : snap.overflow)
            add(o.id, o.values);

        std::sort(touched.begin(), touched.end());
        auto hist = snap.histograms.begin();
        for (const std::uint32_t block : touched) {
            const SlotValues& v = per_block[block];
            const BlockInfo& info = blocks[block];
            BlockStats s = describe(info);
            // Convert per thread, then sum the converted values: the merged
            // view is then exactly the sum of the per-thread views.
            s.hit_count = v.hits;
            s.total_ns = ticks_to_ns(v.ticks);
            s.min_ns = ticks_to_ns(v.min_ticks);
            s.max_ns = max_ns(v);
            s.bytes = v.bytes;
            while (hist != snap.histograms.end() && hist->first < block)
                ++hist;
            if (hist != snap.histograms.end() && hist->first == block) {
                s.histogram = to_histogram(hist->second);
                merge_counts(merged_hist[block], hist->second);
            }
            set_quantiles(s);

            BlockStats& m = *merged[block];
            m.min_ns = m.hit_count ? std::min(m.min_ns, s.min_ns) : s.min_ns;
            m.max_ns = std::max(m.max_ns, s.max_ns);
            m.hit_count += s.hit_count;
            m.total_ns += s.total_ns;
            m.bytes += s.bytes;

            track_entry(tr.tracks, info.track, tracks).blocks.emplace(info.index, std::move(s));
            per_block[block] = SlotValues{};
        }
        touched.clear();
        compute_percentages(tr.tracks);

        tr.call_tree = thread_tree(snap.nodes, blocks, kept);
        merge_tree(r.call_tree, tr.call_tree, merged_paths);
        r.threads.push_back(std::move(tr));
    }
    for (std::size_t id = 0; id < blocks.size(); ++id) {
        merged[id]->histogram = to_histogram(merged_hist[id]);
        set_quantiles(*merged[id]);
    }
    finish_tree(r.call_tree);
    compute_percentages(r.tracks);
    return r;
}

} // namespace stichotrope::detail
