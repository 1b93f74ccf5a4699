// A minute of per-poll samples for every block, so that selecting a block
// shows its recent past at once. Stores cumulative totals per poll and turns
// consecutive pairs into per-interval rates. Widget-free.
#pragma once

#include <stichotrope/results.hpp>

#include <cstdint>
#include <deque>
#include <map>
#include <utility>
#include <vector>

namespace stichotrope::gui {

class BlockHistory {
public:
    struct Sample {
        double t_s = 0.0; // profiler time of the poll
        std::uint64_t total_ns = 0;
        std::uint64_t hits = 0;
    };
    struct Series {
        std::vector<double> t_s;        // end of each poll interval
        std::vector<double> time_ms;    // block time spent during the interval
        std::vector<double> hits_per_s; // hits during the interval per second
    };

    explicit BlockHistory(double keep_seconds = 60.0) : keep_s_(keep_seconds) {}

    // One poll: a sample for every block present in tracks.
    void record(double t_s, const TrackMap& tracks);
    void clear() { samples_.clear(); }
    Series series(unsigned track, unsigned block) const;
    double latestTime() const { return latest_s_; }

private:
    std::map<std::pair<unsigned, unsigned>, std::deque<Sample>> samples_;
    double keep_s_;
    double latest_s_ = 0.0;
};

} // namespace stichotrope::gui
