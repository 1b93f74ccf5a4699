#include "stichotrope/detail/thread_state.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <new>

namespace stichotrope::detail {

namespace {
constexpr auto rx = std::memory_order_relaxed;

std::uint64_t path_hash(std::uint32_t key) noexcept { return (std::uint64_t(key) * 0x9E3779B97F4A7C15ull) >> 40; }
} // namespace

ThreadState::ThreadState(std::uint64_t profiler_tag, std::uint64_t epoch, std::uint64_t thread_id, std::uint64_t os_tid,
                         std::string name,
                         std::uint64_t timeline_capacity, bool timeline_enabled)
    : exit_flags_(timeline_enabled ? kTimelineOn : 0), requested_epoch_(epoch), applied_epoch_(epoch),
      ring_(timeline_capacity),
      live_(std::make_unique<Live>()), profiler_tag_(profiler_tag), thread_id_(thread_id), os_tid_(os_tid), name_(std::move(name))
{
    // Node 0 is the root: no block, the parent of every top-level block.
    live_->nodes.prepare();
    live_->nodes.publish();
}

ThreadState::~ThreadState() = default;

BlockSlot* ThreadState::add_slot(std::uint32_t block)
{
    if (block >= slot_of_size_) {
        // Grow by an eighth at least: few copies, little unused room.
        const std::uint32_t wanted = std::max(block + 1, slot_of_size_ + slot_of_size_ / 8);
        const std::uint32_t size = std::min<std::uint32_t>((wanted + 15) & ~15u, kMaxBlocks);
        auto bigger = std::make_unique<BlockSlot*[]>(size);
        std::copy_n(slot_of_.get(), slot_of_size_, bigger.get());
        owner_bytes_.fetch_add((size - slot_of_size_) * sizeof(BlockSlot*), rx);
        slot_of_ = std::move(bigger);
        slot_of_size_ = size;
    }
    BlockSlot* s = live_->block_slots.prepare();
    s->block = std::uint16_t(block);
    live_->block_slots.publish();
    slot_of_[block] = s;
    return s;
}

bool ThreadState::grow_stack()
{
    if (stack_capacity_ >= kMaxDepth)
        return false;
    // Most threads nest a few levels: start small, double up to the limit.
    const unsigned capacity = stack_capacity_ ? 2 * stack_capacity_ : 16;
    auto bigger = std::make_unique<std::uint16_t[]>(capacity + 1); // zero: the root first
    if (stack_ != nullptr)
        std::copy_n(stack_, depth_, bigger.get() + 1);
    owner_bytes_.fetch_add((capacity - stack_capacity_) * sizeof(std::uint16_t), rx);
    stack_storage_ = std::move(bigger);
    stack_ = stack_storage_.get() + 1;
    stack_capacity_ = capacity;
    return true;
}

StatCell* ThreadState::push_path(BlockSlot& s, std::uint16_t parent)
{
    std::uint16_t id = 0;
    if (parent == kFoldedPath) {
        // Inside a folded block: no node below it either.
    } else if (s.first_node == 0) {
        id = add_node(parent, s.block);
        s.first_node = id;
    } else if ((live_->nodes[s.first_node].label >> 16) == parent) {
        id = s.first_node;
    } else {
        id = find_or_add_path(parent, s.block);
    }
    StatCell* cell;
    if (id == 0) [[unlikely]] {
        // Node limit reached: fold this path (cached like any other, so the
        // next entry takes the fast path). Nodes are never freed, so the path
        // stays folded.
        id = kFoldedPath;
        cell = &overflow_cell(s);
    } else {
        cell = &live_->nodes[id];
    }
    stack_[depth_++] = id;
    s.last_parent = parent;
    s.last_node = id;
    s.last_cell = cell;
    return cell;
}

std::uint16_t ThreadState::add_node(std::uint16_t parent, std::uint32_t block)
{
    const std::uint32_t id = live_->nodes.size();
    if (id >= kMaxNodes) [[unlikely]]
        return 0;
    StatCell* cell = live_->nodes.prepare();
    cell->label = (std::uint32_t(parent) << 16) | block;
    live_->nodes.publish();
    return std::uint16_t(id);
}

std::uint16_t ThreadState::find_or_add_path(std::uint16_t parent, std::uint32_t block)
{
    const std::uint32_t key = (std::uint32_t(parent) << 16) | block;
    if (paths_) {
        for (std::uint64_t h = path_hash(key);; ++h) {
            const std::uint64_t e = paths_[h & paths_mask_];
            if (e == 0)
                break;
            if ((e >> 16) == std::uint64_t(key) + 1)
                return std::uint16_t(e & 0xFFFF);
        }
    }
    const std::uint16_t id = add_node(parent, block);
    if (id == 0)
        return 0;
    // Linear probing stays short below three quarters full.
    if (4 * (std::uint64_t(paths_count_) + 1) > 3 * (std::uint64_t(paths_mask_) + (paths_ ? 1 : 0))) {
        const std::uint32_t old_size = paths_ ? paths_mask_ + 1 : 0;
        const std::uint32_t size = old_size ? 2 * old_size : 16;
        auto bigger = std::make_unique<std::uint64_t[]>(size);
        for (std::uint32_t i = 0; i < old_size; ++i)
            if (const std::uint64_t e = paths_[i]) {
                std::uint64_t h = path_hash(std::uint32_t((e >> 16) - 1));
                while (bigger[h & (size - 1)] != 0)
                    ++h;
                bigger[h & (size - 1)] = e;
            }
        paths_ = std::move(bigger);
        paths_mask_ = size - 1;
        owner_bytes_.fetch_add((size - old_size) * sizeof(std::uint64_t), rx);
    }
    std::uint64_t h = path_hash(key);
    while (paths_[h & paths_mask_] != 0)
        ++h;
    paths_[h & paths_mask_] = ((std::uint64_t(key) + 1) << 16) | id;
    ++paths_count_;
    return id;
}

// Only executions past the depth or node limit come here: rare enough for a
// hash lookup, and a slot stays small without a pointer for them.
StatCell& ThreadState::overflow_cell(const BlockSlot& s)
{
    StatCell*& cell = live_->overflow_of[s.block];
    if (cell == nullptr) {
        cell = live_->overflow.prepare();
        cell->label = s.block;
        live_->overflow.publish();
    }
    return *cell;
}

void ThreadState::mark_nonempty(BlockSlot& s, unsigned k) noexcept
{
    s.histogram.load(rx)->mark_nonempty(k);
}

void ThreadState::count_outside_range(BlockSlot& s, unsigned bucket) noexcept
{
    if (bucket >= kHistBuckets) // minutes long: the last bucket holds them
        bucket = kHistBuckets - 1;
    if (unsigned(bucket - s.histogram_first) < s.histogram_size) {
        std::atomic<std::uint64_t>& count = s.histogram.load(rx)->counts()[bucket - s.histogram_first];
        const std::uint64_t n = count.load(rx);
        count.store(n + 1, rx);
        if (n == 0)
            mark_nonempty(s, bucket - s.histogram_first);
        return;
    }
    const HistogramRange* old = s.histogram.load(rx);
    unsigned lo = bucket, hi = bucket + 1;
    if (old != nullptr) {
        // Widen past what is needed by the old size: a block whose durations
        // drift reallocates a logarithmic number of times.
        lo = std::min<unsigned>(lo, old->first);
        hi = std::max<unsigned>(hi, old->first + old->size);
        if (bucket < old->first)
            lo = lo > old->size ? lo - old->size : 0;
        else
            hi = std::min<unsigned>(hi + old->size, kHistBuckets);
    }
    void* mem = live_->histograms.allocate(HistogramRange::bytes_for(hi - lo));
    auto* r = ::new (mem) HistogramRange{std::uint16_t(lo), std::uint16_t(hi - lo), 0};
    for (unsigned i = 0; i < (hi - lo) + HistogramRange::words_for(hi - lo); ++i)
        ::new (static_cast<void*>(r->counts() + i)) std::atomic<std::uint64_t>(0);
    auto count = [r](unsigned k, std::uint64_t n) {
        r->counts()[k].store(n, rx);
        if (n != 0)
            r->mark_nonempty(k);
    };
    if (old != nullptr)
        for (unsigned i = 0; i < old->size; ++i)
            count(old->first + i - lo, old->counts()[i].load(rx));
    count(bucket - lo, r->counts()[bucket - lo].load(rx) + 1);
    // Release: a reader that finds the range sees its counts.
    s.histogram.store(r, std::memory_order_release);
    s.histogram_first = std::uint16_t(lo);
    s.histogram_size = std::uint16_t(hi - lo);
}

void ThreadState::apply_clear() noexcept
{
    // The flag goes down before the epoch is read: a clear() requested after
    // that raises it again; one requested before is applied now, and seeing
    // the flag again later finds nothing new to apply.
    exit_flags_.fetch_and(~kClearRequested, std::memory_order_acq_rel);
    const std::uint64_t epoch = requested_epoch_.load(std::memory_order_acquire);
    if (epoch == applied_epoch_.load(rx))
        return;
    live_->block_slots.for_each(live_->block_slots.size(), [](BlockSlot& s) {
        s.pending_bucket.store(kNoPendingBucket, rx);
        if (HistogramRange* r = s.histogram.load(rx))
            for (unsigned i = 0; i < r->size + HistogramRange::words_for(r->size); ++i)
                r->counts()[i].store(0, rx); // the counts, then their non-empty bits
    });
    // The tree's shape stays (open blocks refer to its nodes); its counts go.
    live_->nodes.for_each(live_->nodes.size(), [](StatCell& c) { c.reset(); });
    live_->overflow.for_each(live_->overflow.size(), [](StatCell& c) { c.reset(); });
    // Readers that see this epoch see the zeroed counters.
    applied_epoch_.store(epoch, std::memory_order_release);
}

void ThreadState::set_timeline_enabled(bool enabled) noexcept
{
    if (enabled)
        exit_flags_.fetch_or(kTimelineOn, std::memory_order_relaxed);
    else
        exit_flags_.fetch_and(~kTimelineOn, std::memory_order_relaxed);
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
    read_locked(kMaxBlocks, compact_);
    compact_.nodes.shrink_to_fit();
    compact_.blocks.shrink_to_fit();
    compact_.buckets.shrink_to_fit();
    compact_.overflow.shrink_to_fit();
    if (applied_epoch_.load(rx) == requested_epoch_.load(rx)) {
        ring_.read_last(timeline_floor_, kExitedTimelineEvents, compact_events_);
        compact_dropped_ = ring_.written() - timeline_floor_ - compact_events_.size();
    }
    compact_events_.shrink_to_fit();
    live_.reset();
    slot_of_.reset();
    slot_of_size_ = 0;
    paths_.reset();
    stack_storage_.reset();
    stack_ = nullptr;
    stack_capacity_ = 0;
    ring_.release();
    owner_bytes_.store(0, rx);
    compacted_ = true;
    alive_.store(false, std::memory_order_release);
}

void ThreadState::read(std::uint32_t block_limit, std::uint64_t known_revision, Header& header, ThreadData& out,
                       bool histograms) const
{
    std::lock_guard lock(mutex_);
    header.name = name_;
    header.alive = !compacted_;
    // The key is taken before the statistics: whatever completed up to it
    // is in what follows (acquire on the counts the owner releases last).
    ReadKey key{0, requested_epoch_.load(rx), applied_epoch_.load(std::memory_order_acquire), block_limit, compacted_};
    if (!compacted_)
        key.exits = ring_.written() + untimed_exits_.load(std::memory_order_acquire);
    if (key != last_key_) {
        last_key_ = key;
        ++revision_;
    }
    header.revision = revision_;
    if (known_revision != revision_)
        read_locked(block_limit, out, histograms);
}

void ThreadState::read_locked(std::uint32_t block_limit, ThreadData& out, bool histograms) const
{
    out.clear();
    if (compacted_) {
        for (const ThreadData::Node& n : compact_.nodes)
            out.nodes.push_back(n.block == kNoBlock || n.block < block_limit ? n
                                                                           : ThreadData::Node{kNoBlock, n.parent, {}});
        for (const ThreadData::Overflow& o : compact_.overflow)
            if (o.block < block_limit)
                out.overflow.push_back(o);
        for (const ThreadData::Block& b : compact_.blocks) {
            if (b.block >= block_limit)
                continue;
            ThreadData::Block copy{b.block, std::uint32_t(out.buckets.size()), 0};
            if (histograms)
                out.buckets.insert(out.buckets.end(), compact_.buckets.begin() + b.buckets_begin,
                                   compact_.buckets.begin() + b.buckets_end);
            copy.buckets_end = std::uint32_t(out.buckets.size());
            out.blocks.push_back(copy);
        }
        return;
    }
    // A clear() the owner has not applied yet: everything here predates it.
    if (applied_epoch_.load(std::memory_order_acquire) != requested_epoch_.load(rx))
        return;

    const std::uint32_t node_count = live_->nodes.size();
    out.nodes.reserve(node_count);
    live_->nodes.for_each(node_count, [&](const StatCell& c) {
        const std::uint32_t block = c.label & 0xFFFF;
        // The root, or a node of a block registered after the reader's
        // catalogue copy (an empty path element; the next read has it).
        if (out.nodes.empty() || block >= block_limit)
            out.nodes.push_back(ThreadData::Node{kNoBlock, c.label >> 16, {}});
        else
            out.nodes.push_back(ThreadData::Node{block, c.label >> 16, c.read()});
    });
    live_->overflow.for_each(live_->overflow.size(), [&](const StatCell& c) {
        if (c.label < block_limit)
            out.overflow.push_back(ThreadData::Overflow{c.label, c.read()});
    });

    const std::uint32_t slot_count = live_->block_slots.size();
    out.blocks.reserve(slot_count);
    if (!histograms) {
        live_->block_slots.for_each(slot_count, [&](const BlockSlot& s) {
            if (s.block < block_limit)
                out.blocks.push_back(ThreadData::Block{s.block, 0, 0});
        });
        return;
    }
    // Ranges are scattered over the thread's arena and cold in the reader's
    // cache: each is fetched a few slots ahead of its turn, so the misses
    // overlap instead of following one another.
    constexpr unsigned kAhead = 8;
    struct Queued {
        const BlockSlot* slot;
        const HistogramRange* range;
    };
    std::array<Queued, kAhead> ahead{};
    unsigned queued = 0;
    auto take = [&out](const Queued& q) {
        ThreadData::Block b{q.slot->block, std::uint32_t(out.buckets.size()), 0};
        if (const HistogramRange* r = q.range) {
            // Only the buckets marked non-empty: a bucket counted after its
            // bit was read is missed by this read, as if the read came first.
            const std::atomic<std::uint64_t>* counts = r->counts();
            const std::atomic<std::uint64_t>* nonempty = r->nonempty();
            for (unsigned w = 0; w < HistogramRange::words_for(r->size); ++w)
                for (std::uint64_t bits = nonempty[w].load(rx); bits != 0; bits &= bits - 1) {
                    const unsigned k = w * 64 + unsigned(std::countr_zero(bits));
                    if (const std::uint64_t n = counts[k].load(rx); n != 0)
                        out.buckets.push_back(ThreadData::Bucket{r->first + k, n});
                }
        }
        // The latest execution's bucket, not counted yet. Read after the
        // counts (acquire): if they hold the bucket that was pending before
        // it, this is its successor, so no execution is counted twice.
        std::atomic_thread_fence(std::memory_order_acquire);
        if (const unsigned pending = q.slot->pending_bucket.load(rx); pending != kNoPendingBucket) {
            const auto first = out.buckets.begin() + b.buckets_begin;
            const auto at = std::lower_bound(first, out.buckets.end(), pending,
                                             [](const ThreadData::Bucket& x, unsigned i) { return x.index < i; });
            if (at != out.buckets.end() && at->index == pending)
                ++at->count;
            else
                out.buckets.insert(at, ThreadData::Bucket{pending, 1});
        }
        b.buckets_end = std::uint32_t(out.buckets.size());
        out.blocks.push_back(b);
    };
    live_->block_slots.for_each(slot_count, [&](const BlockSlot& s) {
        if (s.block >= block_limit)
            return;
        const HistogramRange* r = s.histogram.load(std::memory_order_acquire);
        if (r != nullptr)
            __builtin_prefetch(r);
        // Half way, the header has arrived: fetch the counts and non-empty
        // bits it locates (a few cache lines; a wide range's far buckets
        // wait for their turn).
        if (queued >= kAhead / 2)
            if (const HistogramRange* mid = ahead[(queued - kAhead / 2) % kAhead].range) {
                constexpr std::size_t kLine = 64, kMaxLines = 6;
                const char* begin = reinterpret_cast<const char*>(mid);
                const std::size_t bytes = HistogramRange::bytes_for(mid->size);
                const std::size_t lines = std::min((bytes + kLine - 1) / kLine, kMaxLines);
                for (std::size_t l = 1; l < lines; ++l)
                    __builtin_prefetch(begin + l * kLine);
                __builtin_prefetch(mid->nonempty());
            }
        Queued& slot = ahead[queued % kAhead];
        if (queued >= kAhead)
            take(slot);
        slot = {&s, r};
        ++queued;
    });
    for (unsigned i = queued > kAhead ? queued - kAhead : 0; i < queued; ++i)
        take(ahead[i % kAhead]);
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
    out.dropped = ring_.read(timeline_floor_, since_end_ticks, out.events);
}

bool ThreadState::request_clear(std::uint64_t epoch)
{
    std::lock_guard lock(mutex_);
    if (compacted_)
        return true;
    timeline_floor_ = ring_.written();
    requested_epoch_.store(epoch, std::memory_order_release);
    exit_flags_.fetch_or(kClearRequested, std::memory_order_release);
    return false;
}

ThreadState::Memory ThreadState::memory() const
{
    std::lock_guard lock(mutex_);
    Memory m;
    m.counters = sizeof(ThreadState) + name_.capacity() + compact_.counter_bytes();
    m.histograms = compact_.histogram_bytes();
    m.timeline = compact_events_.capacity() * sizeof(RawEvent);
    if (!compacted_) {
        m.counters += sizeof(Live) + live_->block_slots.memory_bytes() + live_->nodes.memory_bytes() +
                      live_->overflow.memory_bytes() + owner_bytes_.load(rx);
        m.histograms += live_->histograms.memory_bytes();
        m.timeline += ring_.memory_bytes();
    }
    return m;
}

} // namespace stichotrope::detail
