// The flame graph's geometry: every call-tree node under a zoom root as a
// horizontal span in fractions of the root's total time, one row per depth
// below the root. Also merges per-thread call trees by call path, for a
// flame graph of selected threads. Widget-free.
#pragma once

#include <stichotrope/results.hpp>

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace stichotrope::gui {

// Merges trees node by node along identical (track, block) call paths:
// counts and times add up, min/max combine, children keep first-seen order.
CallTree mergeCallTrees(const std::vector<const CallTree*>& trees);

// The (track, block) path from the tree's root (exclusive) to node.
using CallPath = std::vector<std::pair<unsigned, unsigned>>;
CallPath callPathOf(const CallTree& tree, std::uint32_t node);
// The node reached by following path, or the deepest existing prefix.
std::uint32_t resolveCallPath(const CallTree& tree, const CallPath& path);

struct FlameGraphRect {
    std::uint32_t node = 0; // index in the call tree
    unsigned row = 0;       // 0 = the zoom root
    double x0 = 0.0;        // [x0, x1) as fractions of the zoom root's total
    double x1 = 0.0;
};

class FlameGraphLayout {
public:
    // Nodes narrower than min_fraction are left out with their subtrees.
    static FlameGraphLayout compute(const CallTree& tree, std::uint32_t root, double min_fraction = 0.0);

    const std::vector<FlameGraphRect>& rects() const { return rects_; }
    std::uint32_t root() const { return root_; }
    unsigned rowCount() const { return rows_; }
    // The rectangle under (fraction x, row), or nullptr.
    const FlameGraphRect* rectAt(double x, unsigned row) const;

private:
    std::vector<FlameGraphRect> rects_; // parents before children
    std::uint32_t root_ = 0;
    unsigned rows_ = 0;
};

} // namespace stichotrope::gui
