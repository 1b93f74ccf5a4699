#include "Comparison.hpp"

#include "NaturalSort.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace stichotrope::gui {

namespace {

using Key = std::pair<unsigned, QString>; // (track, block name)

struct Side {
    std::map<Key, Measure> blocks;
    std::map<unsigned, QString> trackNames;
};

void addTracks(Side& side, const TrackMap& tracks)
{
    std::uint64_t all = 0;
    for (const auto& [t, track] : tracks)
        all += track.total_ns();
    for (const auto& [t, track] : tracks) {
        side.trackNames[t] = QString::fromStdString(track.name);
        for (const auto& [b, s] : track.blocks) {
            Measure& m = side.blocks[{t, QString::fromUtf8(s.name)}];
            m.present = true;
            m.hits += s.hit_count;
            m.total_ns += s.total_ns;
        }
    }
    for (auto& [key, m] : side.blocks)
        m.scope_total_ns += all;
}

Side sideOf(const Results& r, const QString& threadName)
{
    Side side;
    if (threadName.isEmpty()) {
        addTracks(side, r.tracks);
        return side;
    }
    // Threads sharing a name are summed: their totals first, then the blocks.
    std::uint64_t all = 0;
    for (const ThreadResult& t : r.threads) {
        if (threadDisplayName(t) == threadName)
            all += t.total_ns();
    }
    for (const ThreadResult& t : r.threads) {
        if (threadDisplayName(t) != threadName)
            continue;
        for (const auto& [ti, track] : t.tracks) {
            const auto merged = r.tracks.find(ti);
            side.trackNames[ti] = QString::fromStdString(merged != r.tracks.end() ? merged->second.name : track.name);
            for (const auto& [b, s] : track.blocks) {
                Measure& m = side.blocks[{ti, QString::fromUtf8(s.name)}];
                m.present = true;
                m.hits += s.hit_count;
                m.total_ns += s.total_ns;
            }
        }
    }
    for (auto& [key, m] : side.blocks)
        m.scope_total_ns = all;
    return side;
}

} // namespace

QString threadDisplayName(const ThreadResult& thread)
{
    return thread.name.empty() ? QStringLiteral("thread %1").arg(thread.thread_id) : QString::fromStdString(thread.name);
}

namespace {
constexpr CompareMetric kMetrics[] = {CompareMetric::Total, CompareMetric::Average, CompareMetric::Hits,
                                      CompareMetric::Share};
} // namespace

QString compareMetricKey(CompareMetric metric)
{
    switch (metric) {
    case CompareMetric::Total: return QStringLiteral("total");
    case CompareMetric::Average: return QStringLiteral("average");
    case CompareMetric::Hits: return QStringLiteral("hits");
    case CompareMetric::Share: return QStringLiteral("share");
    }
    return {};
}

std::optional<CompareMetric> compareMetricFromKey(const QString& key)
{
    for (CompareMetric m : kMetrics)
        if (compareMetricKey(m) == key)
            return m;
    return std::nullopt;
}

QStringList compareMetricKeys()
{
    QStringList keys;
    for (CompareMetric m : kMetrics)
        keys << compareMetricKey(m);
    return keys;
}

double Measure::value(CompareMetric metric) const
{
    switch (metric) {
    case CompareMetric::Total: return double(total_ns);
    case CompareMetric::Average: return hits ? double(total_ns) / double(hits) : 0.0;
    case CompareMetric::Hits: return double(hits);
    case CompareMetric::Share: return scope_total_ns ? 100.0 * double(total_ns) / double(scope_total_ns) : 0.0;
    }
    return 0.0;
}

Change classify(double base, double current, bool basePresent, bool currentPresent)
{
    if (!basePresent && currentPresent && current > 0.0)
        return Change::Added;
    if (basePresent && !currentPresent && base > 0.0)
        return Change::Removed;
    if (current > base * (1.0 + kSignificantChange) && current > base)
        return Change::Regressed;
    if (current < base * (1.0 - kSignificantChange))
        return Change::Improved;
    return Change::Same;
}

double ChangeRow::ratio(CompareMetric m) const
{
    const double b = base.value(m);
    const double c = current.value(m);
    if (b == 0.0)
        return c == 0.0 ? 1.0 : std::numeric_limits<double>::infinity();
    return c / b;
}

Change ChangeRow::change(CompareMetric m) const
{
    return classify(base.value(m), current.value(m), base.present, current.present);
}

QStringList comparedThreadNames(const Results& base, const Results& current)
{
    QStringList names;
    for (const Results* r : {&base, &current})
        for (const ThreadResult& t : r->threads) {
            const QString n = threadDisplayName(t);
            if (!names.contains(n))
                names << n;
        }
    std::stable_sort(names.begin(), names.end(),
                     [](const QString& a, const QString& b) { return naturalSortKey(a) < naturalSortKey(b); });
    return names;
}

std::vector<ChangeRow> compareBlocks(const Results& base, const Results& current, const QString& threadName)
{
    const Side b = sideOf(base, threadName);
    const Side c = sideOf(current, threadName);
    std::map<Key, ChangeRow> rows;
    for (const auto& [side, isBase] : {std::pair{&b, true}, std::pair{&c, false}})
        for (const auto& [key, m] : side->blocks) {
            ChangeRow& row = rows[key];
            row.track = key.first;
            row.name = key.second;
            row.trackName = side->trackNames.at(key.first);
            (isBase ? row.base : row.current) = m;
        }
    // A block present on one side only still knows the other side's scope total.
    const std::uint64_t baseAll = b.blocks.empty() ? 0 : b.blocks.begin()->second.scope_total_ns;
    const std::uint64_t currentAll = c.blocks.empty() ? 0 : c.blocks.begin()->second.scope_total_ns;
    std::vector<ChangeRow> out;
    out.reserve(rows.size());
    for (auto& [key, row] : rows) {
        row.base.scope_total_ns = baseAll;
        row.current.scope_total_ns = currentAll;
        out.push_back(std::move(row));
    }
    return out;
}

std::vector<ChangeRow> compareThreads(const Results& base, const Results& current)
{
    std::vector<ChangeRow> out;
    const std::uint64_t baseAll = base.total_ns();
    const std::uint64_t currentAll = current.total_ns();
    for (const QString& name : comparedThreadNames(base, current)) {
        ChangeRow row;
        row.name = name;
        for (const auto& [r, m] : {std::pair{&base, &row.base}, std::pair{&current, &row.current}}) {
            m->scope_total_ns = r == &base ? baseAll : currentAll;
            for (const ThreadResult& t : r->threads) {
                if (threadDisplayName(t) != name)
                    continue;
                m->present = true;
                m->hits += t.hit_count();
                m->total_ns += t.total_ns();
            }
        }
        out.push_back(std::move(row));
    }
    return out;
}

void sortByLargestChange(std::vector<ChangeRow>& rows, CompareMetric metric)
{
    std::stable_sort(rows.begin(), rows.end(), [metric](const ChangeRow& a, const ChangeRow& b) {
        return std::abs(a.difference(metric)) > std::abs(b.difference(metric));
    });
}

std::vector<ScopedRows> compareAll(const Results& base, const Results& current, CompareMetric metric)
{
    std::vector<ScopedRows> out;
    out.push_back({QString(), compareBlocks(base, current)});
    for (const QString& name : comparedThreadNames(base, current))
        out.push_back({name, compareBlocks(base, current, name)});
    for (ScopedRows& s : out)
        sortByLargestChange(s.rows, metric);
    return out;
}

std::vector<NodeChange> compareCallTrees(const Results& base, const CallTree& baseTree, const Results& current,
                                         const CallTree& currentTree, CompareMetric metric)
{
    std::vector<NodeChange> out(currentTree.nodes.size());
    if (currentTree.nodes.empty())
        return out;
    auto nameOf = [](const Results& r, const CallTreeNode& n) {
        const BlockStats* s = r.find(n.track, n.block);
        return Key{n.track, s ? QString::fromUtf8(s->name) : QString::number(n.block)};
    };
    auto value = [metric](const CallTreeNode& n, std::uint64_t rootTotal) {
        Measure m{true, n.hit_count, n.total_ns, rootTotal};
        return m.value(metric);
    };
    const std::uint64_t baseRoot = baseTree.nodes.empty() ? 0 : baseTree.nodes[0].total_ns;
    const std::uint64_t currentRoot = currentTree.nodes[0].total_ns;
    // match[i]: the base node at the same path as current node i, or -1.
    std::vector<long> match(currentTree.nodes.size(), -1);
    if (!baseTree.nodes.empty())
        match[0] = 0;
    for (std::size_t i = 0; i < currentTree.nodes.size(); ++i) {
        const CallTreeNode& n = currentTree.nodes[i];
        out[i].current = value(n, currentRoot);
        if (i > 0 && match[n.parent] >= 0) {
            const Key key = nameOf(current, n);
            for (std::uint32_t c : baseTree.children(std::uint32_t(match[n.parent]))) {
                if (nameOf(base, baseTree.nodes[c]) == key) {
                    match[i] = long(c);
                    break;
                }
            }
        }
        if (match[i] >= 0) {
            out[i].inBase = true;
            out[i].base = value(baseTree.nodes[std::size_t(match[i])], baseRoot);
        }
    }
    return out;
}

} // namespace stichotrope::gui
