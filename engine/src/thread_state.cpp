#include "stichotrope/detail/thread_state.hpp"

#include <algorithm>

namespace stichotrope::detail {

namespace {
constexpr std::uint32_t kNodeChunks = kMaxNodes / kNodesPerChunk;

using HistogramEntries = std::vector<std::pair<unsigned, std::uint64_t>>;

} // namespace

ThreadState::ThreadState(std::uint64_t profiler_tag, std::uint64_t epoch, std::uint64_t os_tid, std::string name,
                         std::uint64_t timeline_capacity)
    : chunks_(new std::atomic<BlockChunk*>[kChunksPerThread]), nodes_(new std::atomic<NodeChunk*>[kNodeChunks]),
      stack_(new std::uint32_t[kMaxDepth]),
      requested_epoch_(epoch), applied_epoch_(epoch), ring_(std::make_unique<TimelineRing>(timeline_capacity)), profiler_tag_(profiler_tag),
      os_tid_(os_tid), name_(std::move(name))
{
    for (std::uint32_t i = 0; i < kChunksPerThread; ++i)
        chunks_[i].store(nullptr, std::memory_order_relaxed);
    for (std::uint32_t i = 0; i < kNodeChunks; ++i)
        nodes_[i].store(nullptr, std::memory_order_relaxed);
    // The root: node 0, no block.
    nodes_[0].store(new NodeChunk(), std::memory_order_relaxed);
    node_count_.store(1, std::memory_order_release);
    index_.assign(64, 0);
    index_mask_ = index_.size() - 1;
    index_bytes_.store(index_.size() * sizeof(std::uint64_t), std::memory_order_relaxed);
}

ThreadState::~ThreadState() { free_storage(); }

void ThreadState::free_storage() noexcept
{
    if (chunks_) {
        for (std::uint32_t i = 0; i < kChunksPerThread; ++i)
            if (BlockChunk* c = chunks_[i].load(std::memory_order_relaxed)) {
                for (BlockSlot& s : c->entries)
                    delete[] s.histogram.load(std::memory_order_relaxed);
                delete c;
            }
        chunks_.reset();
    }
    if (nodes_) {
        for (std::uint32_t i = 0; i < kNodeChunks; ++i)
            delete nodes_[i].load(std::memory_order_relaxed);
        nodes_.reset();
    }
    index_ = {};
    stack_.reset();
}

BlockChunk* ThreadState::allocate_chunk(std::uint32_t index)
{
    auto* chunk = new BlockChunk();
    // Release: a reader that finds the pointer sees zero-initialised slots.
    chunks_[index].store(chunk, std::memory_order_release);
    chunk_count_.fetch_add(1, std::memory_order_relaxed);
    return chunk;
}

std::atomic<std::uint64_t>* ThreadState::allocate_histogram(BlockSlot& s)
{
    auto* hist = new std::atomic<std::uint64_t>[kHistBuckets];
    for (unsigned i = 0; i < kHistBuckets; ++i)
        hist[i].store(0, std::memory_order_relaxed);
    s.histogram.store(hist, std::memory_order_release);
    histogram_count_.fetch_add(1, std::memory_order_relaxed);
    return hist;
}

StatCell* ThreadState::push_new(std::uint32_t parent, std::uint32_t block)
{
    const std::uint32_t id = node_count_.load(std::memory_order_relaxed);
    if (id >= kMaxNodes) [[unlikely]]
        return nullptr;
    if (id % kNodesPerChunk == 0)
        nodes_[id / kNodesPerChunk].store(new NodeChunk(), std::memory_order_release);
    TreeNode& n = node_at(id);
    n.block = block;
    n.parent = parent;
    // Readers take nodes below node_count: block and parent are visible to them.
    node_count_.store(id + 1, std::memory_order_release);

    // Keep the index at most half full so probes stay short.
    if (2 * (std::uint64_t(id) + 1) > index_.size()) {
        std::vector<std::uint64_t> bigger(index_.size() * 2, 0);
        const std::uint64_t mask = bigger.size() - 1;
        for (const std::uint64_t e : index_)
            if (e != 0) {
                const std::uint64_t key = (e >> 16) - 1;
                std::uint64_t h = (key * 0x9E3779B97F4A7C15ull) >> 40;
                while (bigger[h & mask] != 0)
                    ++h;
                bigger[h & mask] = e;
            }
        index_.swap(bigger);
        index_mask_ = mask;
        index_bytes_.store(index_.size() * sizeof(std::uint64_t), std::memory_order_relaxed);
    }
    const std::uint64_t key = (std::uint64_t(parent) << 32) | block;
    std::uint64_t h = (key * 0x9E3779B97F4A7C15ull) >> 40;
    while (index_[h & index_mask_] != 0)
        ++h;
    index_[h & index_mask_] = ((key + 1) << 16) | id;
    stack_[depth_++] = id;
    return &n.cell;
}

void ThreadState::apply_clear() noexcept
{
    const std::uint64_t epoch = requested_epoch_.load(std::memory_order_acquire);
    for (std::uint32_t i = 0; i < kChunksPerThread; ++i)
        if (BlockChunk* c = chunks_[i].load(std::memory_order_relaxed))
            for (BlockSlot& s : c->entries) {
                s.overflow.reset();
                s.pending_ticks.store(0, std::memory_order_relaxed);
                if (std::atomic<std::uint64_t>* hist = s.histogram.load(std::memory_order_relaxed))
                    for (unsigned b = 0; b < kHistBuckets; ++b)
                        hist[b].store(0, std::memory_order_relaxed);
            }
    // The tree's shape stays (open blocks refer to its nodes); its counts go.
    const std::uint32_t n = node_count_.load(std::memory_order_relaxed);
    for (std::uint32_t i = 0; i < n; ++i)
        node_at(i).cell.reset();
    // Readers that see this epoch see the zeroed counters.
    applied_epoch_.store(epoch, std::memory_order_release);
}

void ThreadState::set_name(std::string name)
{
    std::lock_guard lock(mutex_);
    name_ = std::move(name);
}

void ThreadState::mark_exited() noexcept
{
    std::lock_guard lock(mutex_);
    if (compacted_)
        return;
    // Keep what the thread executed, in compact form; a clear() it never
    // applied means everything it holds predates that clear.
    Snapshot snap;
    read_locked(kMaxBlocks, snap);
    compact_overflow_ = std::move(snap.overflow);
    compact_nodes_ = std::move(snap.nodes);
    compact_histograms_ = std::move(snap.histograms);
    if (applied_epoch_.load(std::memory_order_relaxed) == requested_epoch_.load(std::memory_order_relaxed)) {
        ring_->read_last(timeline_floor_, kExitedTimelineEvents, compact_events_);
        compact_dropped_ = ring_->written() - timeline_floor_ - compact_events_.size();
    }
    compact_events_.shrink_to_fit();
    free_storage();
    ring_.reset();
    compacted_ = true;
    alive_.store(false, std::memory_order_release);
}

void ThreadState::read(std::uint32_t block_limit, Snapshot& out) const
{
    std::lock_guard lock(mutex_);
    read_locked(block_limit, out);
}

void ThreadState::read_locked(std::uint32_t block_limit, Snapshot& out) const
{
    out.name = name_;
    out.alive = !compacted_;
    out.overflow.clear();
    out.nodes.clear();
    out.histograms.clear();
    if (compacted_) {
        for (const CompactSlot& c : compact_overflow_)
            if (c.id < block_limit)
                out.overflow.push_back(c);
        for (const CompactNode& n : compact_nodes_)
            out.nodes.push_back(n.block == kNoBlock || n.block < block_limit ? n : CompactNode{kNoBlock, n.parent, {}});
        for (const auto& h : compact_histograms_)
            if (h.first < block_limit)
                out.histograms.push_back(h);
        return;
    }
    // A clear() the owner has not applied yet: everything here predates it.
    if (applied_epoch_.load(std::memory_order_acquire) != requested_epoch_.load(std::memory_order_relaxed))
        return;

    const std::uint32_t node_count = node_count_.load(std::memory_order_acquire);
    out.nodes.reserve(node_count);
    for (std::uint32_t i = 0; i < node_count; ++i) {
        const TreeNode& n =
            nodes_[i / kNodesPerChunk].load(std::memory_order_acquire)->nodes[i % kNodesPerChunk];
        // A node registered after the block catalogue was copied is reported
        // as an empty path element; the next snapshot has it.
        if (n.block != kNoBlock && n.block >= block_limit)
            out.nodes.push_back(CompactNode{kNoBlock, n.parent, {}});
        else
            out.nodes.push_back(CompactNode{n.block, n.parent, n.cell.read()});
    }

    const std::uint32_t chunk_limit = (block_limit + kSlotsPerChunk - 1) / kSlotsPerChunk;
    for (std::uint32_t i = 0; i < chunk_limit; ++i) {
        const BlockChunk* c = chunks_[i].load(std::memory_order_acquire);
        if (c == nullptr)
            continue;
        for (std::uint32_t j = 0; j < kSlotsPerChunk && i * kSlotsPerChunk + j < block_limit; ++j)
            if (const SlotValues v = c->entries[j].overflow.read(); v.hits != 0)
                out.overflow.push_back(CompactSlot{i * kSlotsPerChunk + j, v});
    }

    // Histograms: only the buckets between each block's min and max, which
    // the counters above bound (an execution recorded after them is in the
    // next snapshot), so a read costs what the block's spread costs.
    std::vector<std::pair<std::uint64_t, std::uint64_t>> range(block_limit, {~std::uint64_t(0), 0});
    auto widen = [&](std::uint32_t block, const SlotValues& v) {
        if (v.hits == 0)
            return;
        range[block].first = std::min(range[block].first, v.min_ticks);
        range[block].second = std::max(range[block].second, v.max_ticks);
    };
    for (const CompactNode& n : out.nodes)
        if (n.block != kNoBlock)
            widen(n.block, n.values);
    for (const CompactSlot& o : out.overflow)
        widen(o.id, o.values);
    for (std::uint32_t id = 0; id < block_limit; ++id) {
        if (range[id].first > range[id].second)
            continue;
        const BlockChunk* c = chunks_[id / kSlotsPerChunk].load(std::memory_order_acquire);
        const std::atomic<std::uint64_t>* hist =
            c != nullptr ? c->entries[id % kSlotsPerChunk].histogram.load(std::memory_order_acquire) : nullptr;
        if (hist == nullptr)
            continue;
        // The execution the owner has not moved into the histogram yet.
        const std::uint64_t pending = c->entries[id % kSlotsPerChunk].pending_ticks.load(std::memory_order_relaxed);
        const unsigned pending_bucket = pending != 0 ? histogram_bucket(pending - 1) : kHistBuckets;
        HistogramEntries entries;
        for (unsigned b = histogram_bucket(range[id].first); b <= histogram_bucket(range[id].second); ++b)
            if (const std::uint64_t n = hist[b].load(std::memory_order_relaxed) + (b == pending_bucket); n != 0)
                entries.emplace_back(b, n);
        if (!entries.empty())
            out.histograms.emplace_back(id, std::move(entries));
    }
}

void ThreadState::read_timeline(std::uint64_t since_end_ticks, TimelineSnapshot& out) const
{
    std::lock_guard lock(mutex_);
    out.name = name_;
    out.alive = !compacted_;
    out.events.clear();
    if (compacted_) {
        for (const RawEvent& e : compact_events_)
            if (e.end() >= since_end_ticks)
                out.events.push_back(e);
        out.dropped = compact_dropped_;
        return;
    }
    out.dropped = ring_->read(timeline_floor_, since_end_ticks, out.events);
}

bool ThreadState::request_clear(std::uint64_t epoch)
{
    std::lock_guard lock(mutex_);
    if (compacted_)
        return true;
    timeline_floor_ = ring_->written();
    requested_epoch_.store(epoch, std::memory_order_release);
    return false;
}

std::size_t ThreadState::memory_bytes() const
{
    std::lock_guard lock(mutex_);
    std::size_t bytes = sizeof(ThreadState) + name_.capacity() +
                        compact_overflow_.capacity() * sizeof(CompactSlot) +
                        compact_nodes_.capacity() * sizeof(CompactNode) +
                        compact_events_.capacity() * sizeof(RawEvent);
    for (const auto& h : compact_histograms_)
        bytes += sizeof(h) + h.second.capacity() * sizeof(h.second[0]);
    if (!compacted_) {
        const std::uint32_t chunks = chunk_count_.load(std::memory_order_relaxed);
        const std::uint32_t nodes = node_count_.load(std::memory_order_relaxed);
        bytes += kChunksPerThread * sizeof(void*) + chunks * sizeof(BlockChunk) + kNodeChunks * sizeof(void*) +
                 kMaxDepth * sizeof(std::uint32_t) +
                 ((nodes + kNodesPerChunk - 1) / kNodesPerChunk) * sizeof(NodeChunk) +
                 index_bytes_.load(std::memory_order_relaxed) + ring_->memory_bytes() +
                 histogram_count_.load(std::memory_order_relaxed) * kHistBuckets * sizeof(std::uint64_t);
    }
    return bytes;
}

} // namespace stichotrope::detail
