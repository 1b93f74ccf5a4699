#include "FlameGraphLayout.hpp"

#include <algorithm>
#include <map>

namespace stichotrope::gui {

namespace {

void mergeInto(CallTree& out, std::uint32_t target, const CallTree& src, std::uint32_t from,
               std::vector<std::map<std::pair<unsigned, unsigned>, std::uint32_t>>& child_index)
{
    for (const std::uint32_t c : src.children(from)) {
        const CallTreeNode& s = src.nodes[c];
        const auto key = std::make_pair(s.track, s.block);
        auto found = child_index[target].find(key);
        std::uint32_t t;
        if (found == child_index[target].end()) {
            t = std::uint32_t(out.nodes.size());
            CallTreeNode n;
            n.track = s.track;
            n.block = s.block;
            n.parent = target;
            n.depth = out.nodes[target].depth + 1;
            n.min_ns = s.min_ns;
            out.nodes.push_back(n);
            child_index.emplace_back();
            child_index[target].emplace(key, t);
        } else {
            t = found->second;
        }
        CallTreeNode& n = out.nodes[t];
        if (s.hit_count > 0)
            n.min_ns = n.hit_count == 0 ? s.min_ns : std::min(n.min_ns, s.min_ns);
        n.max_ns = std::max(n.max_ns, s.max_ns);
        n.hit_count += s.hit_count;
        n.total_ns += s.total_ns;
        mergeInto(out, t, src, c, child_index);
    }
}

} // namespace

CallTree mergeCallTrees(const std::vector<const CallTree*>& trees)
{
    CallTree out;
    out.nodes.emplace_back();
    std::vector<std::map<std::pair<unsigned, unsigned>, std::uint32_t>> child_index(1);
    for (const CallTree* t : trees) {
        if (t != nullptr && !t->nodes.empty())
            mergeInto(out, 0, *t, 0, child_index);
    }
    // Child lists, self times and the root's total follow from the merge.
    out.link();
    CallTreeNode& root = out.nodes[0];
    for (const std::uint32_t c : out.children(0))
        root.hit_count += out.nodes[c].hit_count;
    return out;
}

CallPath callPathOf(const CallTree& tree, std::uint32_t node)
{
    CallPath path;
    while (node != 0 && node < tree.nodes.size()) {
        path.emplace_back(tree.nodes[node].track, tree.nodes[node].block);
        node = tree.nodes[node].parent;
    }
    std::reverse(path.begin(), path.end());
    return path;
}

std::uint32_t resolveCallPath(const CallTree& tree, const CallPath& path)
{
    std::uint32_t node = 0;
    if (tree.nodes.empty())
        return 0;
    for (const auto& step : path) {
        // Not a structured binding: clang 14 (the fuzz build) cannot capture one.
        const auto children = tree.children(node);
        const auto it = std::find_if(children.begin(), children.end(), [&](std::uint32_t c) {
            return tree.nodes[c].track == step.first && tree.nodes[c].block == step.second;
        });
        if (it == children.end())
            break;
        node = *it;
    }
    return node;
}

FlameGraphLayout FlameGraphLayout::compute(const CallTree& tree, std::uint32_t root, double min_fraction)
{
    FlameGraphLayout out;
    if (root >= tree.nodes.size())
        return out;
    out.root_ = root;
    const double total = double(tree.nodes[root].total_ns);
    if (total <= 0.0)
        return out;
    out.rects_.push_back({root, 0, 0.0, 1.0});
    out.rows_ = 1;
    // Breadth-first over rects_: each parent lays its children out left to
    // right from its own x0, in order of first execution.
    for (std::size_t i = 0; i < out.rects_.size(); ++i) {
        const FlameGraphRect parent = out.rects_[i];
        double x = parent.x0;
        for (const std::uint32_t c : tree.children(parent.node)) {
            const double w = double(tree.nodes[c].total_ns) / total;
            if (w > 0.0 && w >= min_fraction) {
                out.rects_.push_back({c, parent.row + 1, x, x + w});
                out.rows_ = std::max(out.rows_, parent.row + 2);
            }
            x += w;
        }
    }
    return out;
}

const FlameGraphRect* FlameGraphLayout::rectAt(double x, unsigned row) const
{
    for (const FlameGraphRect& r : rects_) {
        if (r.row == row && x >= r.x0 && x < r.x1)
            return &r;
    }
    return nullptr;
}

} // namespace stichotrope::gui

