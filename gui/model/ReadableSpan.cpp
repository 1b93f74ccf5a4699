#include "model/ReadableSpan.hpp"

#include <algorithm>
#include <cmath>

namespace stichotrope::gui {

namespace {

// The 1, 2 or 5 times a power of ten nearest to ns on a log scale.
std::uint64_t nearest125(double ns)
{
    std::uint64_t best = 1;
    for (std::uint64_t decade = 1; decade <= UINT64_MAX / 100; decade *= 10)
        for (const std::uint64_t m : {1u, 2u, 5u})
            if (std::abs(std::log(double(m * decade) / ns)) < std::abs(std::log(double(best) / ns)))
                best = m * decade;
    return best;
}

} // namespace

std::uint64_t readableSpanNs(const std::vector<const ThreadLane*>& lanes, std::uint64_t window_ns,
                             const ReadableSpanParams& params)
{
    std::vector<std::uint64_t> durations;
    for (const ThreadLane* lane : lanes) {
        // The lane's outermost completed blocks: depth 0 unless its top-level
        // block is still open (a thread's main loop), then the next depth.
        const auto outermost = std::find_if(lane->depths.begin(), lane->depths.end(),
                                            [](const DepthEvents& d) { return d.size() != 0; });
        if (outermost == lane->depths.end())
            continue;
        const EventRange top = outermost->events();
        const std::size_t n = std::min(top.size(), params.samples_per_lane);
        for (std::size_t i = top.size() - n; i < top.size(); ++i)
            durations.push_back(top[i].end_ns - top[i].start_ns);
    }
    if (durations.size() < std::max<std::size_t>(params.min_samples, 1) || params.box_px <= 0.0)
        return 0;
    const auto middle = durations.begin() + std::ptrdiff_t(durations.size() / 2);
    std::nth_element(durations.begin(), middle, durations.end());
    // A block shorter than a ns still needs a span of at least 1 ns.
    const double median = std::max<double>(double(*middle), 1.0);
    const std::uint64_t span = nearest125(median * std::max(params.width_px, 1.0) / params.box_px);
    return std::min(span, window_ns);
}

} // namespace stichotrope::gui
