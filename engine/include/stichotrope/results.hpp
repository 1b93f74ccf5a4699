// Snapshot types returned by Profiler::get_results(). Values that never change
// after they are returned, safe to copy and to read from any thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator> // also declares what operator<=> needs (moc cannot parse <compare> itself)
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "stichotrope/flat_map.hpp"

namespace stichotrope {

// Block names and source files in results are views of strings interned for
// the life of the process (each distinct string is stored once and never
// freed), so snapshots copy them without allocating. Code that builds
// results itself, such as a capture reader, interns its strings here.
// Thread-safe.
std::string_view intern(std::string_view text);

// Distribution of a block's durations: log-scaled buckets about 6% wide, so
// quantiles are exact to a few percent. Only non-empty buckets, ascending.
struct HistogramBucket {
    std::uint64_t lower_ns = 0; // inclusive
    std::uint64_t upper_ns = 0; // exclusive
    std::uint64_t count = 0;

    friend bool operator==(const HistogramBucket&, const HistogramBucket&) = default;
};

namespace detail {
struct HistogramStorage;
class HistogramBuilder;
} // namespace detail

// A histogram's buckets, read as HistogramBucket values. A snapshot keeps a
// bucket as its count and the index of its lower bound in a table of bounds
// (12 bytes, not 24): building a snapshot writes half as much.
class HistogramBuckets {
public:
    class iterator {
    public:
        using iterator_concept = std::random_access_iterator_tag;
        using iterator_category = std::input_iterator_tag; // yields values, not references
        using value_type = HistogramBucket;
        using reference = HistogramBucket;
        using difference_type = std::ptrdiff_t;

        iterator() noexcept = default;
        HistogramBucket operator*() const noexcept { return {bounds_[*lower_], bounds_[*lower_ + 1], *count_}; }
        HistogramBucket operator[](difference_type n) const noexcept { return *(*this + n); }
        iterator& operator++() noexcept { return *this += 1; }
        iterator operator++(int) noexcept { iterator old = *this; ++*this; return old; }
        iterator& operator--() noexcept { return *this -= 1; }
        iterator operator--(int) noexcept { iterator old = *this; --*this; return old; }
        iterator& operator+=(difference_type n) noexcept { count_ += n; lower_ += n; return *this; }
        iterator& operator-=(difference_type n) noexcept { return *this += -n; }
        friend iterator operator+(iterator i, difference_type n) noexcept { return i += n; }
        friend iterator operator+(difference_type n, iterator i) noexcept { return i += n; }
        friend iterator operator-(iterator i, difference_type n) noexcept { return i -= n; }
        friend difference_type operator-(const iterator& a, const iterator& b) noexcept { return a.count_ - b.count_; }
        friend bool operator==(const iterator& a, const iterator& b) noexcept { return a.count_ == b.count_; }
        friend auto operator<=>(const iterator& a, const iterator& b) noexcept { return a.count_ <=> b.count_; }

    private:
        friend class HistogramBuckets;
        iterator(const std::uint64_t* count, const std::uint32_t* lower, const std::uint64_t* bounds) noexcept
            : count_(count), lower_(lower), bounds_(bounds)
        {
        }
        const std::uint64_t* count_ = nullptr;
        const std::uint32_t* lower_ = nullptr;
        const std::uint64_t* bounds_ = nullptr;
    };

    HistogramBuckets() noexcept = default;
    std::size_t size() const noexcept { return size_; }
    bool empty() const noexcept { return size_ == 0; }
    iterator begin() const noexcept { return {counts_, lower_, bounds_}; }
    iterator end() const noexcept { return begin() + std::ptrdiff_t(size_); }
    HistogramBucket operator[](std::size_t i) const noexcept { return begin()[std::ptrdiff_t(i)]; }
    HistogramBucket front() const noexcept { return (*this)[0]; }
    HistogramBucket back() const noexcept { return (*this)[size_ - 1]; }

private:
    friend class Histogram;
    HistogramBuckets(const std::uint64_t* counts, const std::uint32_t* lower, const std::uint64_t* bounds,
                     std::size_t size) noexcept
        : counts_(counts), lower_(lower), bounds_(bounds), size_(size)
    {
    }
    const std::uint64_t* counts_ = nullptr;
    const std::uint32_t* lower_ = nullptr; // bucket i spans [bounds_[lower_[i]], bounds_[lower_[i] + 1])
    const std::uint64_t* bounds_ = nullptr;
    std::size_t size_ = 0;
};

// The buckets of one snapshot are stored once and shared by its histograms,
// so copying a histogram never copies buckets. Immutable; copies may be
// used and destroyed from any thread.
class Histogram {
public:
    Histogram() noexcept = default;
    explicit Histogram(const std::vector<HistogramBucket>& buckets);
    Histogram(const Histogram& other) noexcept;
    Histogram(Histogram&& other) noexcept
        : storage_(other.storage_), offset_(other.offset_), size_(other.size_)
    {
        other.storage_ = nullptr;
        other.offset_ = other.size_ = 0;
    }
    Histogram& operator=(const Histogram& other) noexcept;
    Histogram& operator=(Histogram&& other) noexcept
    {
        if (this != &other) {
            if (storage_ != nullptr)
                release();
            storage_ = other.storage_;
            offset_ = other.offset_;
            size_ = other.size_;
            other.storage_ = nullptr;
            other.offset_ = other.size_ = 0;
        }
        return *this;
    }
    ~Histogram()
    {
        if (storage_ != nullptr)
            release();
    }

    HistogramBuckets buckets() const noexcept;
    bool empty() const noexcept { return size_ == 0; }
    std::uint64_t count() const noexcept;
    // Duration at quantile q in [0, 1] (0.5 = median), interpolated inside its
    // bucket; 0 for an empty histogram.
    std::uint64_t quantile_ns(double q) const noexcept;

    friend bool operator==(const Histogram& a, const Histogram& b) noexcept;

private:
    friend class detail::HistogramBuilder;
    void release() noexcept; // drops this histogram's reference to the storage
    detail::HistogramStorage* storage_ = nullptr;
    std::uint32_t offset_ = 0;
    std::uint32_t size_ = 0;
};

struct BlockStats {
    std::string_view name; // interned (see intern())
    std::string_view file;
    unsigned line = 0;
    std::uint64_t hit_count = 0;
    std::uint64_t total_ns = 0;
    std::uint64_t min_ns = 0; // 0 while hit_count == 0
    std::uint64_t max_ns = 0;
    std::uint64_t bytes = 0;  // summed over hits (STICHO_BLOCK_BYTES)
    // Shares of the enclosing view (merged or one thread): total_ns divided by
    // the track's summed block time, and by the view's summed block time.
    double percent_of_track = 0.0;
    double percent_of_total = 0.0;
    Histogram histogram;

    // Duration at quantile q from the histogram, never outside the exact
    // [min_ns, max_ns]; 0 without hits. Computed on each call (a few
    // buckets), so snapshots do not pay for values nobody reads.
    std::uint64_t quantile_ns(double q) const noexcept;
    std::uint64_t median_ns() const noexcept { return quantile_ns(0.5); }
    std::uint64_t p90_ns() const noexcept { return quantile_ns(0.9); }
    std::uint64_t p99_ns() const noexcept { return quantile_ns(0.99); }

    double avg_ns() const noexcept { return hit_count ? double(total_ns) / double(hit_count) : 0.0; }
    // Bytes per second over the time spent in the block; 0 when unknown.
    double bandwidth_bytes_per_s() const noexcept
    {
        return total_ns ? double(bytes) * 1e9 / double(total_ns) : 0.0;
    }
};

struct TrackResult {
    std::string name;
    bool enabled = true;
    FlatMap<unsigned, BlockStats> blocks; // by block index, dense per track

    std::uint64_t total_ns() const noexcept;
    std::uint64_t hit_count() const noexcept;
};

using TrackMap = std::map<unsigned, TrackResult>;

// One call path: the executions of a block entered from one parent path.
struct CallTreeNode {
    unsigned track = 0;         // with block: joins the flat tables
    unsigned block = 0;
    std::uint32_t parent = 0;   // index in CallTree::nodes; the root's is 0
    unsigned depth = 0;         // root 0, top-level blocks 1
    std::uint64_t hit_count = 0;
    std::uint64_t total_ns = 0;
    std::uint64_t self_ns = 0;  // total_ns - sum of children's total_ns, never negative
    std::uint64_t min_ns = 0;
    std::uint64_t max_ns = 0;
    // Where its children are in CallTree::child_list; set by CallTree::link().
    std::uint32_t first_child = 0;
    std::uint32_t child_count = 0;
};

// nodes[0] is the root (no block); its total is the sum of its children's,
// i.e. the time spent in top-level blocks. A node's parent comes before it,
// and siblings are in the order of their first execution. The children of
// every node are stored back to back in one array, so a tree is two
// allocations however many nodes it has.
struct CallTree {
    SnapshotVector<CallTreeNode> nodes; // empty, or nodes[0] is the root
    SnapshotVector<std::uint32_t> child_list;

    bool empty() const noexcept { return nodes.size() <= 1; }
    const CallTreeNode& root() const { return nodes.at(0); }
    // Indices of the children of nodes[node], in order.
    std::span<const std::uint32_t> children(std::uint32_t node) const noexcept
    {
        const CallTreeNode& n = nodes[node];
        return {child_list.data() + n.first_child, n.child_count};
    }
    // After adding or editing nodes: rebuilds every child list from the
    // parents (siblings in index order), then derives self_ns and the root's
    // total. Trees from get_results() are linked.
    void link();
};

struct ThreadResult {
    // Unique in the process, from 1, never reused: the key to tell threads
    // apart. The OS reuses os_tid once a thread has exited, so two threads of
    // one snapshot can share it.
    std::uint64_t thread_id = 0;
    std::string name;
    bool alive = true;
    TrackMap tracks; // only the tracks and blocks this thread executed
    CallTree call_tree;
    std::uint64_t os_tid = 0; // the kernel's id (gettid()), as top and perf show it
    // Changes whenever the thread's statistics may have: it completed a
    // block, was cleared or exited, or blocks were registered. Two rows of
    // one profiler with the same thread_id and revision hold the same
    // statistics (names aside, and histograms unless both rows have the same
    // histograms_revision), so a poller can skip unchanged threads;
    // get_results(previous) keeps such rows instead of reading them again.
    // Never 0 in a row the engine filled.
    std::uint64_t revision = 0;
    // The revision at which the histograms were read: older than `revision`
    // when get_results() kept them (Profiler::HistogramRead::KeepPrevious).
    std::uint64_t histograms_revision = 0;

    std::uint64_t total_ns() const noexcept;
    std::uint64_t hit_count() const noexcept;
};

struct Results {
    std::string profiler_name;
    std::uint64_t profiler_id = 0;
    TrackMap tracks;                   // merged over all threads
    std::vector<ThreadResult> threads; // in order of first use
    CallTree call_tree;                // merged by call path over all threads
    // The profiler's clear() calls before this snapshot was read.
    std::uint64_t clear_count = 0;
    // Profiler time (ns) at or after which every histogram here was read:
    // the read's own time, or earlier when get_results() kept histograms.
    std::uint64_t histograms_read_ns = 0;

    std::uint64_t total_ns() const noexcept;
    std::uint64_t hit_count() const noexcept;
    std::size_t block_count() const noexcept;
    // nullptr when the track or block does not exist in the merged view.
    const BlockStats* find(unsigned track, unsigned block) const noexcept;
};

// Sums of a track map, shared by the merged view and every thread's view.
std::uint64_t total_ns(const TrackMap& tracks) noexcept;
std::uint64_t hit_count(const TrackMap& tracks) noexcept;
// Sets every block's percent_of_track and percent_of_total from the totals
// of `tracks`: after filtering or summing a map, as get_results() does.
void compute_percentages(TrackMap& tracks) noexcept;

} // namespace stichotrope
