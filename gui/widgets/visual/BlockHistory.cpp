#include "BlockHistory.hpp"

namespace stichotrope::gui {

void BlockHistory::record(double t_s, const TrackMap& tracks)
{
    latest_s_ = t_s;
    for (const auto& [track, tr] : tracks) {
        for (const auto& [block, stats] : tr.blocks) {
            auto& s = samples_[{track, block}];
            // Totals only grow; a drop means the profiler was cleared and the
            // old samples describe another run.
            if (!s.empty() && (stats.total_ns < s.back().total_ns || stats.hit_count < s.back().hits || t_s < s.back().t_s))
                s.clear();
            s.push_back({t_s, stats.total_ns, stats.hit_count});
        }
    }
    for (auto it = samples_.begin(); it != samples_.end();) {
        auto& s = it->second;
        while (!s.empty() && s.front().t_s < t_s - keep_s_)
            s.pop_front();
        if (s.empty())
            it = samples_.erase(it);
        else
            ++it;
    }
}

BlockHistory::Series BlockHistory::series(unsigned track, unsigned block) const
{
    Series out;
    const auto it = samples_.find({track, block});
    if (it == samples_.end())
        return out;
    const auto& s = it->second;
    for (std::size_t i = 1; i < s.size(); ++i) {
        const double dt = s[i].t_s - s[i - 1].t_s;
        if (dt <= 0.0)
            continue;
        out.t_s.push_back(s[i].t_s);
        out.time_ms.push_back(double(s[i].total_ns - s[i - 1].total_ns) * 1e-6);
        out.hits_per_s.push_back(double(s[i].hits - s[i - 1].hits) / dt);
    }
    return out;
}

} // namespace stichotrope::gui
