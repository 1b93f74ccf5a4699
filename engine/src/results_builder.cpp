#include "results_builder.hpp"

#include "histogram_storage.hpp"
#include "stichotrope/clock.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <span>
#include <unordered_map>

namespace stichotrope::detail {

namespace {

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
// Round the maximum up to keep min <= avg <= max. The total is below
// hits * (max + 1) (every execution converts to less than max + 1), so the
// rounded maximum is max or max + 1: no division needed.
std::uint64_t max_ns(const SlotValues& v, std::uint64_t total_ns, const TickConverter& to_ns)
{
    const std::uint64_t max = to_ns(v.max_ticks);
    std::uint64_t product;
    if (v.hits == 0 || __builtin_mul_overflow(max, v.hits, &product) || product >= total_ns)
        return max;
    return max + 1;
}

// Histograms merged over threads: per block, dense counts over the buckets
// seen so far, all in one pool so that merging stays in cache. Widening
// moves a block's counts to the end of the pool.
class MergedHistograms {
public:
    // `expected`: buckets the previous snapshot's merge used. Reserving them
    // (and a quarter more) spares the pool its growth: copying it and
    // faulting fresh pages in, on every poll.
    MergedHistograms(std::size_t blocks, std::size_t expected) : ranges_(blocks)
    {
        pool_.reserve(expected + expected / 4);
    }
    std::size_t used() const noexcept { return pool_.size(); }

    void add(std::uint32_t block, const ThreadData::Bucket* begin, const ThreadData::Bucket* end)
    {
        if (begin == end)
            return;
        Range& r = ranges_[block];
        const unsigned lo = begin->index, hi = (end - 1)->index + 1;
        if (r.size == 0 || lo < r.first || hi > r.first + r.size) {
            unsigned first = r.size ? std::min(r.first, lo) : lo;
            unsigned last = r.size ? std::max(r.first + r.size, hi) : hi;
            // Threads of one block mostly fall in the same octaves: room for
            // one more octave on each side (then at least doubling) keeps
            // widening, and the pool's abandoned ranges, rare.
            const unsigned slack = std::max(kHistSub, r.size);
            first = first > slack ? first - slack : 0;
            last = std::min(last + slack, kHistBuckets);
            const std::size_t offset = pool_.size();
            pool_.resize(offset + (last - first), 0);
            for (unsigned k = 0; k < r.size; ++k)
                pool_[offset + (r.first - first) + k] = pool_[r.offset + k];
            r = Range{offset, first, last - first};
        }
        std::uint64_t* counts = pool_.data() + r.offset - r.first;
        for (const ThreadData::Bucket* b = begin; b != end; ++b)
            counts[b->index] += b->count;
    }

    std::size_t nonzero() const
    {
        std::size_t n = 0;
        for (const Range& r : ranges_)
            for (unsigned k = 0; k < r.size; ++k)
                n += pool_[r.offset + k] != 0;
        return n;
    }

    template <class F>
    void for_each_bucket(std::uint32_t block, F&& f) const
    {
        const Range& r = ranges_[block];
        for (unsigned k = 0; k < r.size; ++k)
            if (const std::uint64_t n = pool_[r.offset + k]; n != 0)
                f(r.first + k, n);
    }

private:
    struct Range {
        std::size_t offset = 0;
        unsigned first = 0;
        unsigned size = 0;
    };
    std::vector<Range> ranges_;
    SnapshotVector<std::uint64_t> pool_; // kept for the next merge when freed
};

// The tracks of one view (merged or one thread) being refilled. First the
// view's blocks are announced, ascending within each track; apply() then
// keeps the tracks that were announced or used and erases the others, and
// sets each kept track's block keys, keeping the rows that were already
// there; next() hands out the rows in the order they were announced.
// Refreshing a snapshot therefore allocates only for rows that are new.
class TrackFill {
public:
    using Keys = std::array<std::vector<unsigned>, kMaxTracks>;
    TrackFill(TrackMap& map, const std::vector<TrackInfo>& tracks, Keys& keys)
        : map_(map), tracks_(tracks), keys_(keys)
    {
    }

    void use(unsigned t)
    {
        if (!used_[t]) {
            used_[t] = true;
            keys_[t].clear();
        }
    }
    void announce(unsigned t, unsigned index)
    {
        use(t);
        keys_[t].push_back(index);
    }
    void apply()
    {
        for (auto it = map_.begin(); it != map_.end();)
            it = it->first < kMaxTracks && used_[it->first] ? std::next(it) : map_.erase(it);
        for (unsigned t = 0; t < kMaxTracks; ++t) {
            if (!used_[t])
                continue;
            TrackResult& track = map_[t];
            track.name = tracks_[t].name;
            track.enabled = tracks_[t].enabled;
            track.blocks.set_keys(keys_[t]);
            rows_[t] = track.blocks.values().data();
        }
    }
    BlockStats& next(unsigned t) { return *rows_[t]++; }

private:
    TrackMap& map_;
    const std::vector<TrackInfo>& tracks_;
    Keys& keys_;
    std::array<bool, kMaxTracks> used_{};
    std::array<BlockStats*, kMaxTracks> rows_{};
};

// Everything get_results() reuses from one thread to the next.
class Builder {
public:
    // keep_histograms: the snapshot's rows keep the histograms they have
    // (see add_thread()); the merged ones are kept too unless a thread's
    // were read.
    Builder(const std::vector<BlockInfo>& blocks, const std::vector<TrackInfo>& tracks, Results& r,
            std::size_t merged_buckets, bool keep_histograms)
        : keep_histograms_(keep_histograms), blocks_(blocks), tracks_(tracks), r_(r), per_block_(blocks.size()),
          merged_(blocks.size()), merged_sums_(blocks.size()), merged_hist_(blocks.size(), merged_buckets),
          merged_path_(blocks.size(), {~0u, 0})
    {
        // Bucket bounds in ns, converted once per snapshot.
        for (unsigned i = 0; i <= kHistBuckets; ++i)
            bucket_ns_[i] = to_ns_(histogram_bucket_lower(i));

        // Every registered block appears in the merged view, executed or
        // not; named or disabled tracks appear even without blocks. Ids
        // ascend with the index inside each track.
        TrackFill fill(r.tracks, tracks, keys_);
        for (const BlockInfo& info : blocks)
            fill.announce(info.track, info.index);
        for (unsigned t = 0; t < tracks.size(); ++t)
            if (tracks[t].named || !tracks[t].enabled)
                fill.use(t);
        fill.apply();
        for (std::size_t id = 0; id < blocks.size(); ++id) {
            const BlockInfo& info = blocks[id];
            std::vector<std::uint32_t>& ids = id_of_[info.track];
            if (ids.size() <= info.index)
                ids.resize(info.index + 1, kNoBlock);
            ids[info.index] = std::uint32_t(id);
            BlockStats& s = fill.next(info.track);
            s.name = info.name;
            s.file = info.file;
            s.line = info.line;
            merged_[id] = &s;
        }
        r.call_tree.nodes.clear();
        r.call_tree.child_list.clear();
    }

    // `data` without histograms (read with keep_histograms): the row at this
    // position keeps the histograms it has. False, with nothing added, when
    // it cannot: it is another thread's row, or lacks one of the thread's
    // blocks (new since, or foreign bounds); read the thread again with them.
    bool add_thread(std::uint64_t thread_id, std::uint64_t os_tid, const ThreadState::Header& header,
                    const ThreadData& data, bool with_histograms)
    {
        // Flat statistics are the sums over the block's call-tree nodes plus
        // its executions beyond the tree's limits.
        for (std::size_t n = 1; n < data.nodes.size(); ++n)
            if (const ThreadData::Node& node = data.nodes[n]; node.block != kNoBlock && node.values.hits != 0)
                accumulate(per_block_[node.block], node.values);
        for (const ThreadData::Overflow& o : data.overflow)
            accumulate(per_block_[o.block], o.values);

        // Slots are in order of first execution; block order puts every
        // insertion at the end of its track's map.
        auto by_block = [&](std::uint32_t a, std::uint32_t b) { return data.blocks[a].block < data.blocks[b].block; };
        order_.clear();
        for (std::uint32_t i = 0; i < data.blocks.size(); ++i)
            order_.push_back(i);
        if (!std::is_sorted(order_.begin(), order_.end(), by_block))
            std::sort(order_.begin(), order_.end(), by_block);

        // First pass: the thread's rows in ns and the totals that percentages
        // need. Converting per thread and summing the converted values makes
        // the merged view exactly the sum of the per-thread views.
        rows_.clear();
        std::array<std::uint64_t, kMaxTracks> track_ns{};
        std::uint64_t thread_ns = 0;
        std::array<double, kMaxTracks> per_track_ns{};
        std::size_t buckets = 0;
        unsigned lowest = kHistBuckets, highest = 0; // the thread's bucket indices
        for (const std::uint32_t i : order_) {
            const ThreadData::Block& slot = data.blocks[i];
            const SlotValues v = per_block_[slot.block];
            per_block_[slot.block] = SlotValues{};
            if (v.hits == 0)
                continue; // zeroed by a clear() since its first execution
            Row row{&slot, v.hits, to_ns_(v.ticks), to_ns_(v.min_ticks), 0, v.bytes};
            row.max_ns = max_ns(v, row.total_ns, to_ns_);
            track_ns[blocks_[slot.block].track] += row.total_ns;
            thread_ns += row.total_ns;
            if (slot.buckets_end != slot.buckets_begin) {
                buckets += slot.buckets_end - slot.buckets_begin;
                lowest = std::min(lowest, data.buckets[slot.buckets_begin].index);
                highest = std::max(highest, data.buckets[slot.buckets_end - 1].index);
            }
            rows_.push_back(row);
        }
        if (!with_histograms &&
            (next_thread_ >= r_.threads.size() || r_.threads[next_thread_].thread_id != thread_id ||
             !rows_have_histograms(r_.threads[next_thread_])))
            return false;

        // The previous snapshot's row at this position, whichever thread it
        // was, lends its storage.
        ThreadResult& tr = next_thread_ < r_.threads.size() ? r_.threads[next_thread_] : r_.threads.emplace_back();
        ++next_thread_;
        tr.thread_id = thread_id;
        tr.os_tid = os_tid;
        tr.name = header.name;
        tr.alive = header.alive;
        tr.revision = header.revision;
        if (with_histograms) {
            tr.histograms_revision = header.revision;
            histograms_read_ = true;
        }

        // Second pass: the thread's BlockStats, built in place. Shares are
        // products with the totals' reciprocals, not divisions.
        for (unsigned t = 0; t < kMaxTracks; ++t)
            per_track_ns[t] = track_ns[t] ? 100.0 / double(track_ns[t]) : 0.0;
        const double per_thread_ns = thread_ns ? 100.0 / double(thread_ns) : 0.0;
        // The storage keeps the bounds of the buckets this thread uses.
        HistogramBuilder histograms(buckets,
                                    buckets ? std::span(bucket_ns_).subspan(lowest, highest + 2 - lowest)
                                            : std::span<const std::uint64_t>(),
                                    lowest);
        TrackFill fill(tr.tracks, tracks_, keys_);
        for (const Row& row : rows_) {
            const BlockInfo& info = blocks_[row.slot->block];
            fill.announce(info.track, info.index);
        }
        fill.apply();
        for (const Row& row : rows_) {
            const std::uint32_t block = row.slot->block;
            const BlockInfo& info = blocks_[block];
            BlockStats& s = fill.next(info.track);
            s.name = info.name;
            s.file = info.file;
            s.line = info.line;
            s.hit_count = row.hits;
            s.total_ns = row.total_ns;
            s.min_ns = row.min_ns;
            s.max_ns = row.max_ns;
            s.bytes = row.bytes;
            s.percent_of_track = double(row.total_ns) * per_track_ns[info.track];
            s.percent_of_total = double(row.total_ns) * per_thread_ns;
            if (with_histograms) {
                const ThreadData::Bucket* first = data.buckets.data() + row.slot->buckets_begin;
                const ThreadData::Bucket* last = data.buckets.data() + row.slot->buckets_end;
                for (const ThreadData::Bucket* b = first; b != last; ++b)
                    histograms.push(b->index - lowest, b->count);
                histograms.take(s.histogram);
                if (!keep_histograms_)
                    merged_hist_.add(block, first, last);
            }
            add_to_merged(block, row.hits, row.total_ns, row.min_ns, row.max_ns, row.bytes);
        }
        build_tree(data, tr.call_tree);
        merge_tree(tr.call_tree);
        return true;
    }

    // The previous snapshot's row at this position holds this thread as it
    // still is (ThreadState::read() found its revision current): refresh
    // what the row takes from the catalogues and add it to the merged view,
    // without reading the thread again. False, with nothing added, when the
    // row is not one the engine could have filled (changed by its owner),
    // or when histograms are to be read and the row's are older.
    bool keep_thread(const ThreadState::Header& header)
    {
        ThreadResult& tr = r_.threads[next_thread_];
        if (!keep_histograms_ && tr.histograms_revision != tr.revision)
            return false;
        kept_ids_.clear();
        for (const auto& [t, track] : tr.tracks) {
            if (t >= kMaxTracks)
                return false;
            for (const auto& [index, s] : track.blocks) {
                const std::uint32_t id = block_id(t, index);
                if (id == kNoBlock || !HistogramBuilder::has_engine_bounds(s.histogram))
                    return false;
                kept_ids_.push_back(id);
            }
        }
        const SnapshotVector<CallTreeNode>& nodes = tr.call_tree.nodes;
        tree_block_.resize(nodes.size());
        for (std::size_t i = 1; i < nodes.size(); ++i) {
            tree_block_[i] = block_id(nodes[i].track, nodes[i].block);
            if (tree_block_[i] == kNoBlock || nodes[i].parent >= i)
                return false;
        }

        ++next_thread_;
        tr.name = header.name;
        std::size_t k = 0;
        for (auto& [t, track] : tr.tracks) {
            track.name = tracks_[t].name;
            track.enabled = tracks_[t].enabled;
            for (const auto& [index, s] : track.blocks) {
                const std::uint32_t id = kept_ids_[k++];
                add_to_merged(id, s.hit_count, s.total_ns, s.min_ns, s.max_ns, s.bytes);
                if (!keep_histograms_)
                    merge_histogram(id, s.histogram);
            }
        }
        merge_tree(tr.call_tree);
        return true;
    }

    std::size_t merged_buckets() const noexcept { return merged_hist_.used(); }
    // Whether some thread's histograms were read, rather than kept.
    bool histograms_read() const noexcept { return histograms_read_; }

    void finish()
    {
        r_.threads.erase(r_.threads.begin() + std::ptrdiff_t(next_thread_), r_.threads.end());
        // Kept histograms: the merged ones still are their sums, unless a
        // thread's were read; then they are summed again from every row.
        const bool merge_histograms = !keep_histograms_ || histograms_read_;
        if (keep_histograms_ && histograms_read_)
            for (const ThreadResult& tr : r_.threads)
                for (const auto& [t, track] : tr.tracks)
                    for (const auto& [index, s] : track.blocks)
                        merge_histogram(block_id(t, index), s.histogram);
        std::optional<HistogramBuilder> histograms;
        if (merge_histograms)
            histograms.emplace(merged_hist_.nonzero(), bucket_ns_, 0);
        for (std::uint32_t id = 0; id < blocks_.size(); ++id) {
            if (histograms)
                merged_hist_.for_each_bucket(id, [&](unsigned bucket, std::uint64_t n) {
                    histograms->push(bucket, n);
                });
            BlockStats& m = *merged_[id];
            const Sums& sums = merged_sums_[id];
            m.hit_count = sums.hits;
            m.total_ns = sums.total_ns;
            m.min_ns = sums.min_ns;
            m.max_ns = sums.max_ns;
            m.bytes = sums.bytes;
            if (histograms)
                histograms->take(m.histogram);
        }
        r_.call_tree.link();
        compute_percentages(r_.tracks);
    }

private:
    // Adds a row's histogram (engine bounds, checked before) to block id's
    // merged one.
    void merge_histogram(std::uint32_t id, const Histogram& h)
    {
        buckets_.clear();
        HistogramBuilder::for_each_engine_bucket(h, [this](std::uint32_t bucket, std::uint64_t n) {
            buckets_.push_back(ThreadData::Bucket{bucket, n});
        });
        merged_hist_.add(id, buckets_.data(), buckets_.data() + buckets_.size());
    }

    // Whether tr, this thread's previous row, has a histogram (with the
    // engine's bounds) for every block in rows_. rows_ ascend by block id,
    // and ids ascend with the index within a track: one walk per track.
    bool rows_have_histograms(const ThreadResult& tr) const
    {
        std::array<const FlatMap<unsigned, BlockStats>*, kMaxTracks> maps{};
        std::array<std::size_t, kMaxTracks> at{};
        for (const auto& [t, track] : tr.tracks)
            if (t < kMaxTracks)
                maps[t] = &track.blocks;
        for (const Row& row : rows_) {
            const BlockInfo& info = blocks_[row.slot->block];
            const FlatMap<unsigned, BlockStats>* map = maps[info.track];
            if (map == nullptr)
                return false;
            const std::span<const unsigned> keys = map->keys();
            std::size_t& i = at[info.track];
            while (i < keys.size() && keys[i] < info.index)
                ++i;
            if (i == keys.size() || keys[i] != info.index)
                return false;
            const Histogram& h = map->values()[i].histogram;
            if (h.empty() || !HistogramBuilder::has_engine_bounds(h))
                return false;
        }
        return true;
    }

    // Merged sums stay in a dense array (in cache) until finish().
    void add_to_merged(std::uint32_t block, std::uint64_t hits, std::uint64_t total_ns, std::uint64_t min_ns,
                       std::uint64_t max_ns, std::uint64_t bytes)
    {
        Sums& m = merged_sums_[block];
        m.min_ns = m.hits ? std::min(m.min_ns, min_ns) : min_ns;
        m.max_ns = std::max(m.max_ns, max_ns);
        m.hits += hits;
        m.total_ns += total_ns;
        m.bytes += bytes;
    }

    // The block id of (track, index); kNoBlock if there is none.
    std::uint32_t block_id(unsigned track, unsigned index) const
    {
        return track < kMaxTracks && index < id_of_[track].size() ? id_of_[track][index] : kNoBlock;
    }

    struct Row {
        const ThreadData::Block* slot;
        std::uint64_t hits, total_ns, min_ns, max_ns, bytes;
    };
    struct Sums {
        std::uint64_t hits = 0, total_ns = 0, min_ns = 0, max_ns = 0, bytes = 0;
    };

    // One thread's tree: the nodes whose subtree executed, in id order (a
    // parent precedes its children), linked as CallTree::link() would, in
    // passes over flat arrays.
    void build_tree(const ThreadData& data, CallTree& tree)
    {
        const std::size_t n = data.nodes.size();
        if (n == 0) {
            tree.nodes.clear();
            tree.child_list.clear();
            return;
        }
        // Backward: which subtrees have hits.
        live_.assign(n, 0);
        for (std::size_t i = n; i-- > 1;) {
            const ThreadData::Node& node = data.nodes[i];
            if (node.block != kNoBlock && (node.values.hits != 0 || live_[i]))
                live_[i] = 1, live_[node.parent] = 1;
        }
        // Forward: tree index of each kept node (-1: never executed, or
        // below a placeholder) and each tree node's number of children.
        kept_.assign(n, -1);
        kept_[0] = 0;
        cursor_.assign(1, 0);
        std::uint32_t m = 1;
        for (std::size_t i = 1; i < n; ++i) {
            const ThreadData::Node& node = data.nodes[i];
            // A placeholder is live when a known block below it ran; it and
            // its subtree wait for the next read, which knows its block.
            if (!live_[i] || node.block == kNoBlock || kept_[node.parent] < 0)
                continue;
            kept_[i] = std::int32_t(m++);
            ++cursor_[std::size_t(kept_[node.parent])];
            cursor_.push_back(0);
        }
        // Children lists back to back: cursor_ becomes each node's next slot.
        tree.nodes.resize(m);
        tree.nodes[0] = CallTreeNode{};
        tree.child_list.resize(m - 1);
        std::uint32_t offset = 0;
        for (std::uint32_t t = 0; t < m; ++t) {
            tree.nodes[t].first_child = offset;
            tree.nodes[t].child_count = cursor_[t];
            cursor_[t] = offset;
            offset += tree.nodes[t].child_count;
        }
        tree_block_.resize(m);
        tree_block_[0] = kNoBlock;
        for (std::size_t i = 1; i < n; ++i) {
            if (kept_[i] < 0)
                continue;
            const ThreadData::Node& node = data.nodes[i];
            const std::uint32_t index = std::uint32_t(kept_[i]);
            const std::uint32_t parent = std::uint32_t(kept_[node.parent]);
            const BlockInfo& info = blocks_[node.block];
            CallTreeNode& t = tree.nodes[index];
            t.track = info.track;
            t.block = info.index;
            t.parent = parent;
            t.depth = tree.nodes[parent].depth + 1;
            t.hit_count = node.values.hits;
            t.total_ns = to_ns_(node.values.ticks);
            t.min_ns = node.values.hits ? to_ns_(node.values.min_ticks) : 0;
            t.max_ns = max_ns(node.values, t.total_ns, to_ns_);
            tree.child_list[cursor_[parent]++] = index;
            tree_block_[index] = node.block;
        }
        // Backward: children's time, then self time; the root's total is its
        // children's.
        below_.assign(m, 0);
        for (std::uint32_t t = m; t-- > 1;)
            below_[tree.nodes[t].parent] += tree.nodes[t].total_ns;
        tree.nodes[0].total_ns = below_[0];
        for (std::uint32_t t = 1; t < m; ++t) {
            CallTreeNode& node = tree.nodes[t];
            // A live snapshot can catch a parent still open whose children
            // already completed: it has no self time yet.
            node.self_ns = node.total_ns > below_[t] ? node.total_ns - below_[t] : 0;
        }
    }

    // Adds one thread's tree into the merged tree, matching nodes by call
    // path. Threads usually share their paths: the last merged node of each
    // block answers most lookups before the hash map is asked.
    void merge_tree(const CallTree& tree)
    {
        if (tree.nodes.empty())
            return;
        CallTree& merged = r_.call_tree;
        if (merged.nodes.empty())
            merged.nodes.emplace_back();
        to_merged_.assign(tree.nodes.size(), 0);
        for (std::size_t i = 1; i < tree.nodes.size(); ++i) {
            const CallTreeNode& n = tree.nodes[i];
            const std::uint32_t parent = to_merged_[n.parent];
            const std::uint32_t block = tree_block_[i];
            std::uint32_t id;
            if (merged_path_[block].first == parent) {
                id = merged_path_[block].second;
            } else {
                auto [it, inserted] =
                    paths_.try_emplace((std::uint64_t(parent) << 32) | block, std::uint32_t(merged.nodes.size()));
                id = it->second;
                if (inserted) {
                    CallTreeNode& m = merged.nodes.emplace_back();
                    m.track = n.track;
                    m.block = n.block;
                    m.parent = parent;
                    m.depth = n.depth;
                }
                merged_path_[block] = {parent, id};
            }
            CallTreeNode& m = merged.nodes[id];
            if (n.hit_count != 0)
                m.min_ns = m.hit_count ? std::min(m.min_ns, n.min_ns) : n.min_ns;
            m.max_ns = std::max(m.max_ns, n.max_ns);
            m.hit_count += n.hit_count;
            m.total_ns += n.total_ns;
            to_merged_[i] = id;
        }
    }

    const bool keep_histograms_;
    bool histograms_read_ = false;
    const TickConverter to_ns_;
    const std::vector<BlockInfo>& blocks_;
    const std::vector<TrackInfo>& tracks_;
    Results& r_;
    std::array<std::uint64_t, kHistBuckets + 1> bucket_ns_{};
    std::vector<SlotValues> per_block_; // by block id; zero between threads
    std::vector<BlockStats*> merged_;   // by block id
    std::vector<Sums> merged_sums_;     // by block id
    MergedHistograms merged_hist_;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> merged_path_; // block -> (merged parent, node)
    std::unordered_map<std::uint64_t, std::uint32_t> paths_;          // (merged parent, block) -> node
    std::vector<std::uint32_t> order_;
    std::vector<Row> rows_;
    TrackFill::Keys keys_;
    std::vector<char> live_;
    std::vector<std::int32_t> kept_;
    std::vector<std::uint32_t> cursor_;
    std::vector<std::uint64_t> below_;
    std::vector<std::uint32_t> tree_block_; // tree index -> block id, for the thread being merged
    std::vector<std::uint32_t> to_merged_;
    std::array<std::vector<std::uint32_t>, kMaxTracks> id_of_; // track -> index -> block id
    std::vector<std::uint32_t> kept_ids_;                      // a kept row's block ids, in its order
    std::vector<ThreadData::Bucket> buckets_;                  // a kept histogram's buckets
    std::size_t next_thread_ = 0; // rows of r_.threads filled so far
};

} // namespace

void build_results(const ReadContext& context, const std::vector<BlockInfo>& blocks,
                   const std::vector<TrackInfo>& tracks, const std::vector<std::shared_ptr<ThreadState>>& threads,
                   Results& r, std::atomic<std::size_t>& merged_buckets)
{
    // Rows of another profiler's snapshot are written over, never kept; nor
    // are histograms from before a clear().
    const bool same_profiler = r.profiler_id == context.profiler_id;
    const bool keep_histograms = context.keep_histograms && same_profiler && r.clear_count == context.clear_count;
    r.profiler_id = context.profiler_id;
    r.profiler_name = context.profiler_name;
    r.clear_count = context.clear_count;
    r.threads.reserve(threads.size());
    Builder builder(blocks, tracks, r, merged_buckets.load(std::memory_order_relaxed), keep_histograms);
    ThreadState::Header header;
    ThreadData data;
    const auto block_limit = std::uint32_t(blocks.size());
    for (std::size_t i = 0; i < threads.size(); ++i) {
        const ThreadState& ts = *threads[i];
        const bool same_thread = same_profiler && i < r.threads.size() && r.threads[i].thread_id == ts.thread_id();
        const std::uint64_t known = same_thread ? r.threads[i].revision : 0;
        // A row new here has no histograms to keep.
        const bool with_histograms = !keep_histograms || !same_thread;
        ts.read(block_limit, known, header, data, with_histograms);
        if (header.revision == known) {
            if (builder.keep_thread(header))
                continue;
            ts.read(block_limit, 0, header, data, with_histograms);
        }
        if (builder.add_thread(ts.thread_id(), ts.os_tid(), header, data, with_histograms))
            continue;
        ts.read(block_limit, 0, header, data, true);
        builder.add_thread(ts.thread_id(), ts.os_tid(), header, data, true);
    }
    builder.finish();
    if (!keep_histograms)
        r.histograms_read_ns = context.now_ns;
    if (!keep_histograms || builder.histograms_read())
        merged_buckets.store(builder.merged_buckets(), std::memory_order_relaxed);
}

} // namespace stichotrope::detail
