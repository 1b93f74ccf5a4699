#include "track_table.hpp"

#include <stdexcept>

namespace stichotrope::detail {

TrackTable::TrackTable(std::atomic<std::uint64_t>& record_mask) : record_mask_(record_mask)
{
    std::lock_guard lock(mutex_);
    publish();
}

void TrackTable::check(unsigned track, const char* what)
{
    if (track >= kMaxTracks)
        throw std::invalid_argument(std::string("stichotrope: ") + what + ": track " + std::to_string(track) +
                                    " is out of range 0.." + std::to_string(kMaxTracks - 1));
}

void TrackTable::publish()
{
    // Release: a thread that sees the new mask also sees anything the
    // toggling thread wrote before toggling (e.g. a track name).
    record_mask_.store(started_ ? enabled_bits_ : 0, std::memory_order_release);
}

void TrackTable::set_started(bool started)
{
    std::lock_guard lock(mutex_);
    started_ = started;
    publish();
}

bool TrackTable::started() const
{
    std::lock_guard lock(mutex_);
    return started_;
}

void TrackTable::set_enabled(unsigned track, bool enabled)
{
    check(track, "set_track_enabled");
    std::lock_guard lock(mutex_);
    const std::uint64_t bit = std::uint64_t(1) << track;
    enabled_bits_ = enabled ? (enabled_bits_ | bit) : (enabled_bits_ & ~bit);
    publish();
}

bool TrackTable::enabled(unsigned track) const
{
    check(track, "is_track_enabled");
    std::lock_guard lock(mutex_);
    return ((enabled_bits_ >> track) & 1u) != 0;
}

void TrackTable::set_name(unsigned track, std::string name)
{
    check(track, "set_track_name");
    std::lock_guard lock(mutex_);
    names_[track] = std::move(name);
}

std::string TrackTable::name(unsigned track) const
{
    check(track, "track_name");
    std::lock_guard lock(mutex_);
    return names_[track].empty() ? "Track " + std::to_string(track) : names_[track];
}

std::vector<TrackInfo> TrackTable::snapshot() const
{
    std::vector<TrackInfo> out(kMaxTracks);
    std::lock_guard lock(mutex_);
    for (unsigned t = 0; t < kMaxTracks; ++t) {
        out[t].named = !names_[t].empty();
        out[t].name = out[t].named ? names_[t] : "Track " + std::to_string(t);
        out[t].enabled = ((enabled_bits_ >> t) & 1u) != 0;
    }
    return out;
}

} // namespace stichotrope::detail
