#include "FlameChartLayout.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace stichotrope::gui {

namespace {

// The most frequent track among a few evenly spaced events of a folded run:
// colours the run by what it mostly is, at a cost independent of its length.
template <class Events>
std::uint32_t dominantTrack(const Events& ev, std::size_t first, std::size_t count)
{
    constexpr std::size_t kSamples = 16;
    std::array<std::pair<std::uint32_t, unsigned>, kSamples> counts{};
    std::size_t distinct = 0;
    const std::size_t step = std::max<std::size_t>(count / kSamples, 1);
    for (std::size_t i = 0; i < count; i += step) {
        const std::uint32_t t = ev[first + i].track;
        std::size_t k = 0;
        while (k < distinct && counts[k].first != t)
            ++k;
        if (k == distinct) {
            if (distinct == kSamples)
                continue;
            counts[distinct++] = {t, 0};
        }
        ++counts[k].second;
    }
    const auto best = std::max_element(counts.begin(), counts.begin() + std::ptrdiff_t(distinct),
                                       [](const auto& a, const auto& b) { return a.second < b.second; });
    return best->first;
}

template <class Events>
std::vector<FlameBox> layoutEvents(const Events& ev, const FlameChartLayoutParams& p, std::size_t* visible)
{
    std::vector<FlameBox> boxes;
    if (p.t1_ns <= p.t0_ns || p.width_px <= 0.0)
        return boxes;
    const IndexRange range = visibleEvents(ev, p.t0_ns, p.t1_ns);
    if (visible != nullptr)
        *visible = range.size();
    const double ns_per_px = double(p.t1_ns - p.t0_ns) / p.width_px;
    const auto fold_ns = std::uint64_t(std::ceil(p.min_box_px * ns_per_px));
    const auto ends_before = [](const WindowEvent& x, std::uint64_t t) { return x.end_ns < t; };

    std::size_t i = range.first;
    while (i < range.last) {
        const WindowEvent& e = ev[i];
        if (e.end_ns - e.start_ns >= fold_ns) {
            boxes.push_back({e.start_ns, e.end_ns, e.track, e.block, 1});
            ++i;
            continue;
        }
        // A narrow event opens a group. Every later event that ends within
        // fold_ns of the group's end is itself narrow and close, so one binary
        // search swallows them all; each step moves the end by >= fold_ns.
        FlameBox group{e.start_ns, e.end_ns, e.track, e.block, 1};
        ++i;
        while (i < range.last) {
            const auto j = std::lower_bound(ev.begin() + std::ptrdiff_t(i), ev.begin() + std::ptrdiff_t(range.last),
                                            group.end_ns + fold_ns, ends_before);
            const auto jumped = std::size_t(j - ev.begin()) - i;
            if (jumped > 0) {
                group.count += std::uint32_t(jumped);
                i += jumped;
                group.end_ns = std::max(group.end_ns, ev[i - 1].end_ns);
            }
            if (i == range.last)
                break;
            const WindowEvent& n = ev[i];
            if (n.end_ns - n.start_ns >= fold_ns || n.start_ns > group.end_ns + fold_ns)
                break;
            group.count += 1;
            group.end_ns = n.end_ns;
            ++i;
        }
        if (group.count > 1)
            group.track = dominantTrack(ev, i - group.count, group.count);
        boxes.push_back(group);
    }
    return boxes;
}

} // namespace

std::vector<FlameBox> layoutDepth(const EventRange& events, const FlameChartLayoutParams& params,
                                  std::size_t* visible)
{
    return layoutEvents(events, params, visible);
}

std::vector<FlameBox> layoutDepth(std::span<const WindowEvent> events, const FlameChartLayoutParams& params,
                                  std::size_t* visible)
{
    return layoutEvents(events, params, visible);
}

void FlameChartLayout::placeLanes(const std::vector<const ThreadLane*>& lanes)
{
    // Lane height follows the window, not the visible range, so lanes do not
    // jump while scrolling.
    double top = 0.0;
    for (const ThreadLane* lane : lanes) {
        const std::size_t depths = std::max<std::size_t>(lane->depths.size(), 1);
        lane_top_.push_back(top);
        lane_depths_.push_back(depths);
        top += double(depths) + 1.0;
    }
    total_rows_ = lanes.empty() ? 0.0 : top - 1.0;
}

FlameChartLayout FlameChartLayout::lanesOnly(const std::vector<const ThreadLane*>& lanes)
{
    FlameChartLayout out;
    out.placeLanes(lanes);
    return out;
}

FlameChartLayout FlameChartLayout::compute(const std::vector<const ThreadLane*>& lanes,
                                           const FlameChartLayoutParams& params)
{
    FlameChartLayout out;
    out.placeLanes(lanes);
    out.row_index_.resize(lanes.size());
    for (std::size_t l = 0; l < lanes.size(); ++l) {
        const ThreadLane& lane = *lanes[l];
        out.row_index_[l].assign(lane.depths.size(), -1);
        for (std::size_t d = 0; d < lane.depths.size(); ++d) {
            std::size_t visible = 0;
            std::vector<FlameBox> boxes = layoutDepth(lane.depths[d].events(), params, &visible);
            out.visible_events_ += visible;
            if (boxes.empty())
                continue;
            out.row_index_[l][d] = int(out.rows_.size());
            out.rows_.push_back({l, unsigned(d), std::move(boxes)});
        }
    }
    return out;
}

std::size_t FlameChartLayout::boxCount() const
{
    std::size_t n = 0;
    for (const FlameRow& r : rows_)
        n += r.boxes.size();
    return n;
}

const FlameRow* FlameChartLayout::row(std::size_t lane, unsigned depth) const
{
    if (lane >= row_index_.size() || depth >= row_index_[lane].size() || row_index_[lane][depth] < 0)
        return nullptr;
    return &rows_[std::size_t(row_index_[lane][depth])];
}

const FlameBox* FlameChartLayout::boxAt(std::size_t lane, unsigned depth, std::uint64_t t_ns,
                                        std::uint64_t slack_ns) const
{
    const FlameRow* r = row(lane, depth);
    if (r == nullptr)
        return nullptr;
    const auto& b = r->boxes;
    const auto it = std::lower_bound(b.begin(), b.end(), t_ns,
                                     [slack_ns](const FlameBox& x, std::uint64_t t) { return x.end_ns + slack_ns < t; });
    if (it == b.end())
        return nullptr;
    const std::uint64_t lo = it->start_ns > slack_ns ? it->start_ns - slack_ns : 0;
    return t_ns >= lo ? &*it : nullptr;
}

bool FlameChartLayout::rowAt(double y, std::size_t& lane, unsigned& depth) const
{
    for (std::size_t l = 0; l < lane_top_.size(); ++l) {
        if (y >= lane_top_[l] && y < lane_top_[l] + double(lane_depths_[l])) {
            lane = l;
            depth = unsigned(y - lane_top_[l]);
            return true;
        }
    }
    return false;
}

} // namespace stichotrope::gui
