#include "Snapshot.hpp"

namespace stichotrope::gui {

namespace {

ThreadTotals sum(const ThreadResult& thread)
{
    ThreadTotals t;
    for (const auto& [track, tr] : thread.tracks) {
        Totals& k = t.tracks[track];
        for (const auto& [block, stats] : tr.blocks) {
            k.hits += stats.hit_count;
            k.ns += stats.total_ns;
        }
        t.all.hits += k.hits;
        t.all.ns += k.ns;
    }
    return t;
}

} // namespace

void computeTotals(Snapshot& snapshot)
{
    snapshot.thread_totals.clear();
    snapshot.thread_totals.reserve(snapshot.results.threads.size());
    for (const ThreadResult& t : snapshot.results.threads)
        snapshot.thread_totals.push_back(sum(t));
}

const ThreadTotals& totalsOf(const Snapshot& snapshot, std::size_t i, ThreadTotals& scratch)
{
    if (snapshot.thread_totals.size() == snapshot.results.threads.size())
        return snapshot.thread_totals[i];
    scratch = sum(snapshot.results.threads[i]);
    return scratch;
}

} // namespace stichotrope::gui
