// Track names and toggles. Every change republishes the profiler's record
// mask, the single word the hot path reads.
#pragma once

#include "stichotrope/detail/call_site.hpp"

#include <atomic>
#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

namespace stichotrope::detail {

struct TrackInfo {
    std::string name;
    bool named = false;
    bool enabled = true;
};

class TrackTable {
public:
    explicit TrackTable(std::atomic<std::uint64_t>& record_mask);

    void set_started(bool started);
    bool started() const;
    void set_enabled(unsigned track, bool enabled);
    bool enabled(unsigned track) const;
    void set_name(unsigned track, std::string name);
    std::string name(unsigned track) const;
    // All kMaxTracks entries, names filled with their defaults.
    std::vector<TrackInfo> snapshot() const;

private:
    void publish(); // with mutex_ held
    static void check(unsigned track, const char* what);

    std::atomic<std::uint64_t>& record_mask_;
    mutable std::mutex mutex_;
    bool started_ = true;
    std::uint64_t enabled_bits_ = ~std::uint64_t(0);
    std::string names_[kMaxTracks];
};

} // namespace stichotrope::detail
