#include "stichotrope/results.hpp"

#include "histogram_storage.hpp"

#include <algorithm>
#include <memory>
#include <new>
#include <type_traits>
#include <utility>

namespace stichotrope {

std::uint64_t TrackResult::total_ns() const noexcept
{
    std::uint64_t sum = 0;
    for (const auto& [i, b] : blocks)
        sum += b.total_ns;
    return sum;
}

std::uint64_t TrackResult::hit_count() const noexcept
{
    std::uint64_t sum = 0;
    for (const auto& [i, b] : blocks)
        sum += b.hit_count;
    return sum;
}

std::uint64_t total_ns(const TrackMap& tracks) noexcept
{
    std::uint64_t sum = 0;
    for (const auto& [i, t] : tracks)
        sum += t.total_ns();
    return sum;
}

std::uint64_t hit_count(const TrackMap& tracks) noexcept
{
    std::uint64_t sum = 0;
    for (const auto& [i, t] : tracks)
        sum += t.hit_count();
    return sum;
}

void compute_percentages(TrackMap& tracks) noexcept
{
    auto percent = [](std::uint64_t part, std::uint64_t whole) {
        return whole ? 100.0 * double(part) / double(whole) : 0.0;
    };
    const std::uint64_t all = total_ns(tracks);
    for (auto& [t, track] : tracks) {
        const std::uint64_t in_track = track.total_ns();
        for (BlockStats& s : track.blocks.values()) {
            s.percent_of_track = percent(s.total_ns, in_track);
            s.percent_of_total = percent(s.total_ns, all);
        }
    }
}

std::uint64_t ThreadResult::total_ns() const noexcept { return stichotrope::total_ns(tracks); }
std::uint64_t ThreadResult::hit_count() const noexcept { return stichotrope::hit_count(tracks); }
std::uint64_t Results::total_ns() const noexcept { return stichotrope::total_ns(tracks); }
std::uint64_t Results::hit_count() const noexcept { return stichotrope::hit_count(tracks); }

std::size_t Results::block_count() const noexcept
{
    std::size_t n = 0;
    for (const auto& [i, t] : tracks)
        n += t.blocks.size();
    return n;
}

const BlockStats* Results::find(unsigned track, unsigned block) const noexcept
{
    const auto t = tracks.find(track);
    if (t == tracks.end())
        return nullptr;
    const auto b = t->second.blocks.find(block);
    return b == t->second.blocks.end() ? nullptr : &b->second;
}

} // namespace stichotrope

namespace stichotrope {

namespace detail {

namespace {
std::size_t storage_bytes(std::size_t capacity, std::size_t bound_count) noexcept
{
    return sizeof(HistogramStorage) + capacity * sizeof(std::uint64_t) + bound_count * sizeof(std::uint64_t) +
           capacity * sizeof(std::uint32_t);
}
} // namespace

HistogramStorage* HistogramStorage::create(std::size_t capacity, std::span<const std::uint64_t> bounds,
                                           std::uint32_t first_bucket)
{
    static_assert(sizeof(HistogramStorage) % alignof(std::uint64_t) == 0);
    void* mem = snapshot_allocate(storage_bytes(capacity, bounds.size()));
    auto* s = ::new (mem) HistogramStorage{{1}, capacity, bounds.size(), first_bucket};
    // Counts and indices are written as buckets are pushed.
    std::ranges::copy(bounds, s->bounds());
    return s;
}

void HistogramStorage::release(HistogramStorage* s, std::size_t refs) noexcept
{
    if (s != nullptr && s->refs.fetch_sub(refs, std::memory_order_acq_rel) == refs) {
        const std::size_t bytes = storage_bytes(s->capacity, s->bound_count);
        s->~HistogramStorage();
        snapshot_deallocate(s, bytes);
    }
}

HistogramBuilder::HistogramBuilder(std::size_t capacity, std::span<const std::uint64_t> bounds,
                                   std::uint32_t first_bucket)
    : storage_(capacity != 0 ? HistogramStorage::create(capacity, bounds, first_bucket) : nullptr),
      counts_(storage_ != nullptr ? storage_->counts() : nullptr),
      lower_(storage_ != nullptr ? storage_->lower() : nullptr)
{
}

HistogramBuilder::~HistogramBuilder()
{
    release_dropped();
    HistogramStorage::release(storage_);
}

void HistogramBuilder::release_dropped() noexcept
{
    HistogramStorage::release(dropping_, dropped_refs_);
    dropping_ = nullptr;
    dropped_refs_ = 0;
}

} // namespace detail

Histogram::Histogram(const std::vector<HistogramBucket>& buckets)
{
    // A bucket's upper bound is usually the next one's lower bound: stored once.
    std::vector<std::uint64_t> bounds;
    std::vector<std::uint32_t> lower;
    bounds.reserve(buckets.size() + 1);
    lower.reserve(buckets.size());
    for (const HistogramBucket& b : buckets) {
        if (bounds.empty() || bounds.back() != b.lower_ns)
            bounds.push_back(b.lower_ns);
        lower.push_back(std::uint32_t(bounds.size() - 1));
        bounds.push_back(b.upper_ns);
    }
    detail::HistogramBuilder builder(buckets.size(), bounds, detail::kForeignBounds);
    for (std::size_t i = 0; i < buckets.size(); ++i)
        builder.push(lower[i], buckets[i].count);
    builder.take(*this);
}

Histogram::Histogram(const Histogram& other) noexcept
    : storage_(other.storage_), offset_(other.offset_), size_(other.size_)
{
    if (storage_ != nullptr)
        storage_->refs.fetch_add(1, std::memory_order_relaxed);
}

Histogram& Histogram::operator=(const Histogram& other) noexcept
{
    if (this != &other)
        *this = Histogram(other);
    return *this;
}

void Histogram::release() noexcept { detail::HistogramStorage::release(storage_); }

HistogramBuckets Histogram::buckets() const noexcept
{
    if (storage_ == nullptr)
        return {};
    return HistogramBuckets(storage_->counts() + offset_, storage_->lower() + offset_, storage_->bounds(), size_);
}

bool operator==(const Histogram& a, const Histogram& b) noexcept
{
    return std::ranges::equal(a.buckets(), b.buckets());
}

void CallTree::link()
{
    const std::size_t n = nodes.size();
    child_list.clear();
    if (n == 0)
        return;
    for (CallTreeNode& node : nodes)
        node.child_count = 0;
    // Counting sort by parent: children keep their index order.
    for (std::size_t i = 1; i < n; ++i)
        if (const std::uint32_t p = nodes[i].parent; p < n && p != i)
            ++nodes[p].child_count;
    std::uint32_t offset = 0;
    for (CallTreeNode& node : nodes) {
        node.first_child = offset;
        offset += node.child_count;
    }
    child_list.resize(offset);
    std::vector<std::uint32_t> next(n);
    for (std::size_t i = 0; i < n; ++i)
        next[i] = nodes[i].first_child;
    for (std::size_t i = 1; i < n; ++i)
        if (const std::uint32_t p = nodes[i].parent; p < n && p != i)
            child_list[next[p]++] = std::uint32_t(i);

    for (std::size_t i = 0; i < n; ++i) {
        std::uint64_t below = 0;
        for (const std::uint32_t c : children(std::uint32_t(i)))
            below += nodes[c].total_ns;
        CallTreeNode& node = nodes[i];
        if (i == 0)
            node.total_ns = below;
        // Live snapshots can catch a parent still open while its children
        // already completed: the parent then has no self time yet.
        node.self_ns = node.total_ns > below ? node.total_ns - below : 0;
    }
}

std::uint64_t BlockStats::quantile_ns(double q) const noexcept
{
    if (hit_count == 0 || histogram.empty())
        return 0;
    return std::clamp(histogram.quantile_ns(q), min_ns, max_ns);
}

std::uint64_t Histogram::count() const noexcept
{
    std::uint64_t n = 0;
    for (const HistogramBucket& b : buckets())
        n += b.count;
    return n;
}

std::uint64_t Histogram::quantile_ns(double q) const noexcept
{
    const std::uint64_t n = count();
    if (n == 0)
        return 0;
    q = q < 0.0 ? 0.0 : (q > 1.0 ? 1.0 : q);
    const double rank = q * double(n);
    double below = 0.0;
    for (const HistogramBucket& b : buckets()) {
        if (rank <= below + double(b.count)) {
            // Values are spread evenly inside a bucket.
            const double f = (rank - below) / double(b.count);
            return b.lower_ns + std::uint64_t(f * double(b.upper_ns - b.lower_ns));
        }
        below += double(b.count);
    }
    return buckets().back().upper_ns;
}

} // namespace stichotrope
