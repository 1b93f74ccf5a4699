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
