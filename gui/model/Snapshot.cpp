#include "Snapshot.hpp"

namespace stichotrope::gui {

namespace {

ThreadTotals sum(std::uint64_t profiler_id, const ThreadResult& thread)
{
    ThreadTotals t;
    t.profiler_id = profiler_id;
    t.thread_id = thread.thread_id;
    t.revision = thread.revision;
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
    const std::uint64_t profiler = snapshot.results.profiler_id;
    const std::vector<ThreadResult>& threads = snapshot.results.threads;
    std::vector<ThreadTotals>& totals = snapshot.thread_totals;
    totals.resize(threads.size());
    for (std::size_t i = 0; i < threads.size(); ++i) {
        const ThreadResult& t = threads[i];
        ThreadTotals& k = totals[i];
        // Revision 0 is never current (rows not filled by the engine).
        if (t.revision == 0 || k.profiler_id != profiler || k.thread_id != t.thread_id || k.revision != t.revision)
            k = sum(profiler, t);
    }
}

const ThreadTotals& totalsOf(const Snapshot& snapshot, std::size_t i, ThreadTotals& scratch)
{
    if (snapshot.thread_totals.size() == snapshot.results.threads.size())
        return snapshot.thread_totals[i];
    scratch = sum(snapshot.results.profiler_id, snapshot.results.threads[i]);
    return scratch;
}

} // namespace stichotrope::gui
