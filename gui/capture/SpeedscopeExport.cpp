#include "SpeedscopeExport.hpp"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

namespace stichotrope::gui {

namespace {

class Frames {
public:
    explicit Frames(const Results& r) : results_(r) {}

    int indexOf(unsigned track, unsigned block)
    {
        const auto [it, added] = index_.try_emplace({track, block}, int(frames_.size()));
        if (added) {
            QJsonObject frame;
            if (const BlockStats* s = results_.find(track, block)) {
                frame.insert(QStringLiteral("name"), QString::fromUtf8(s->name));
                if (!s->file.empty()) {
                    frame.insert(QStringLiteral("file"), QString::fromUtf8(s->file));
                    frame.insert(QStringLiteral("line"), qint64(s->line));
                }
            } else {
                frame.insert(QStringLiteral("name"), QStringLiteral("block %1.%2").arg(track).arg(block));
            }
            frames_.append(frame);
        }
        return it->second;
    }
    const QJsonArray& json() const { return frames_; }

private:
    const Results& results_;
    std::map<std::pair<unsigned, unsigned>, int> index_;
    QJsonArray frames_;
};

// Length of a node on the evented time axis: its total, or its children's
// if a live snapshot caught it still open while they had completed.
std::uint64_t span(const CallTree& tree, std::uint32_t node, std::vector<std::uint64_t>& memo)
{
    if (memo[node] != ~std::uint64_t(0))
        return memo[node];
    std::uint64_t children = 0;
    for (std::uint32_t c : tree.children(node))
        children += span(tree, c, memo);
    return memo[node] = std::max(node == 0 ? 0 : tree.nodes[node].total_ns, children);
}

QJsonObject profileOf(const QString& name, const CallTree& tree, Frames& frames)
{
    QJsonArray events;
    std::uint64_t end = 0;
    if (!tree.nodes.empty()) {
        std::vector<std::uint64_t> memo(tree.nodes.size(), ~std::uint64_t(0));
        end = span(tree, 0, memo);
        auto event = [&](const char* type, std::uint32_t node, std::uint64_t at) {
            const CallTreeNode& n = tree.nodes[node];
            events.append(QJsonObject{{QStringLiteral("type"), QLatin1String(type)},
                                      {QStringLiteral("frame"), frames.indexOf(n.track, n.block)},
                                      {QStringLiteral("at"), qint64(at)}});
        };
        // Iterative depth-first walk (trees are up to 256 deep); children
        // follow one another inside their parent.
        struct Open {
            std::uint32_t node;
            std::size_t next;      // next child to open
            std::uint64_t cursor;  // where that child starts
            std::uint64_t close;   // where this node closes
        };
        std::vector<Open> stack{{0, 0, 0, end}};
        while (!stack.empty()) {
            Open& top = stack.back();
            const std::span<const std::uint32_t> children = tree.children(top.node);
            if (top.next < children.size()) {
                const std::uint32_t child = children[top.next++];
                const std::uint64_t open = top.cursor;
                top.cursor += memo[child];
                event("O", child, open);
                stack.push_back({child, 0, open, open + memo[child]});
            } else {
                if (top.node != 0)
                    event("C", top.node, top.close);
                stack.pop_back();
            }
        }
    }
    return {{QStringLiteral("type"), QStringLiteral("evented")},
            {QStringLiteral("name"), name},
            {QStringLiteral("unit"), QStringLiteral("nanoseconds")},
            {QStringLiteral("startValue"), 0},
            {QStringLiteral("endValue"), qint64(end)},
            {QStringLiteral("events"), events}};
}

} // namespace

QByteArray captureToSpeedscope(const Capture& capture)
{
    const Results& r = capture.results;
    Frames frames(r);
    QJsonArray profiles;
    profiles.append(profileOf(QStringLiteral("All threads"), r.call_tree, frames));
    for (const ThreadResult& t : r.threads) {
        const QString name = t.name.empty() ? QStringLiteral("thread %1").arg(t.thread_id) : QString::fromStdString(t.name);
        profiles.append(profileOf(name, t.call_tree, frames));
    }
    const QJsonObject root{
        {QStringLiteral("$schema"), QStringLiteral("https://www.speedscope.app/file-format-schema.json")},
        {QStringLiteral("name"), QString::fromStdString(r.profiler_name)},
        {QStringLiteral("exporter"), QStringLiteral("Stichotrope")},
        {QStringLiteral("activeProfileIndex"), 0},
        {QStringLiteral("shared"), QJsonObject{{QStringLiteral("frames"), frames.json()}}},
        {QStringLiteral("profiles"), profiles},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace stichotrope::gui
