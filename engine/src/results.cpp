#include "stichotrope/results.hpp"

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

std::uint64_t Histogram::count() const noexcept
{
    std::uint64_t n = 0;
    for (const HistogramBucket& b : buckets)
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
    for (const HistogramBucket& b : buckets) {
        if (rank <= below + double(b.count)) {
            // Values are spread evenly inside a bucket.
            const double f = (rank - below) / double(b.count);
            return b.lower_ns + std::uint64_t(f * double(b.upper_ns - b.lower_ns));
        }
        below += double(b.count);
    }
    return buckets.back().upper_ns;
}

} // namespace stichotrope
