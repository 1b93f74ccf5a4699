// What the flame chart draws for a visible time range at a pixel width: one
// row per (thread lane, depth), each a list of boxes. Runs of events narrower
// than a few pixels are folded into one marked box, so the cost depends on the
// pixel width, not on the number of events. Widget-free.
#pragma once

#include "model/TimelineWindow.hpp"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace stichotrope::gui {

struct FlameBox {
    std::uint64_t start_ns = 0;
    std::uint64_t end_ns = 0;
    std::uint32_t track = 0; // folded: the track most of the run belongs to
    std::uint32_t block = 0; // folded: of the first event
    std::uint32_t count = 1; // events in the box; more than one = folded
    bool folded() const { return count > 1; }
};

struct FlameRow {
    std::size_t lane = 0; // index into the lanes given to compute()
    unsigned depth = 0;
    std::vector<FlameBox> boxes; // sorted by start
};

struct FlameChartLayoutParams {
    std::uint64_t t0_ns = 0;
    std::uint64_t t1_ns = 1;
    double width_px = 1000.0;
    double min_box_px = 3.0; // narrower events fold with their neighbours
};

class FlameChartLayout {
public:
    static FlameChartLayout compute(const std::vector<const ThreadLane*>& lanes, const FlameChartLayoutParams& params);
    // Only the vertical placement of the lanes, without any boxes: cheap.
    static FlameChartLayout lanesOnly(const std::vector<const ThreadLane*>& lanes);

    const std::vector<FlameRow>& rows() const { return rows_; }
    // Vertical placement in row units: lane i spans [laneTop(i), laneTop(i) + laneDepths(i)),
    // with a gap of one row between lanes.
    double laneTop(std::size_t lane) const { return lane_top_[lane]; }
    std::size_t laneDepths(std::size_t lane) const { return lane_depths_[lane]; }
    std::size_t laneCount() const { return lane_top_.size(); }
    double totalRows() const { return total_rows_; }
    std::size_t visibleEventCount() const { return visible_events_; }
    std::size_t boxCount() const;

    // The row of (lane, depth), or nullptr when nothing is visible there.
    const FlameRow* row(std::size_t lane, unsigned depth) const;
    // The box covering time t in that row, allowing slack_ns either side for
    // boxes drawn wider than they are.
    const FlameBox* boxAt(std::size_t lane, unsigned depth, std::uint64_t t_ns, std::uint64_t slack_ns = 0) const;
    // (lane, depth) under a vertical position in row units; false between lanes.
    bool rowAt(double y, std::size_t& lane, unsigned& depth) const;

private:
    void placeLanes(const std::vector<const ThreadLane*>& lanes);

    std::vector<FlameRow> rows_;
    std::vector<std::vector<int>> row_index_; // [lane][depth] -> rows_ index or -1
    std::vector<double> lane_top_;
    std::vector<std::size_t> lane_depths_;
    double total_rows_ = 0.0;
    std::size_t visible_events_ = 0;
};

// Boxes for the visible part of one sorted depth; the array form for tests.
std::vector<FlameBox> layoutDepth(const EventRange& events, const FlameChartLayoutParams& params,
                                  std::size_t* visible = nullptr);
std::vector<FlameBox> layoutDepth(std::span<const WindowEvent> events, const FlameChartLayoutParams& params,
                                  std::size_t* visible = nullptr);

} // namespace stichotrope::gui
