#include "stichotrope/export.hpp"

#include <nlohmann/json.hpp>

namespace stichotrope {

namespace {
using json = nlohmann::ordered_json;

json tracks_json(const TrackMap& tracks)
{
    json arr = json::array();
    for (const auto& [t, track] : tracks) {
        json blocks = json::array();
        for (const auto& [b, s] : track.blocks)
            blocks.push_back({{"index", b},
                              {"name", s.name},
                              {"file", s.file},
                              {"line", s.line},
                              {"hit_count", s.hit_count},
                              {"total_ns", s.total_ns},
                              {"avg_ns", s.avg_ns()},
                              {"min_ns", s.min_ns},
                              {"max_ns", s.max_ns},
                              {"bytes", s.bytes},
                              {"percent_of_track", s.percent_of_track},
                              {"percent_of_total", s.percent_of_total}});
        arr.push_back({{"index", t},
                       {"name", track.name},
                       {"enabled", track.enabled},
                       {"hit_count", track.hit_count()},
                       {"total_ns", track.total_ns()},
                       {"blocks", std::move(blocks)}});
    }
    return arr;
}
} // namespace

std::string to_json(const Results& r)
{
    json threads = json::array();
    for (const ThreadResult& t : r.threads)
        threads.push_back({{"thread_id", t.thread_id},
                           {"os_tid", t.os_tid},
                           {"name", t.name},
                           {"alive", t.alive},
                           {"hit_count", t.hit_count()},
                           {"total_ns", t.total_ns()},
                           {"tracks", tracks_json(t.tracks)}});
    const json doc = {{"format", "stichotrope-results"},
                      {"version", 1},
                      {"profiler", {{"id", r.profiler_id}, {"name", r.profiler_name}}},
                      {"hit_count", r.hit_count()},
                      {"total_ns", r.total_ns()},
                      {"tracks", tracks_json(r.tracks)},
                      {"threads", std::move(threads)}};
    // Replace invalid UTF-8 (names come from user code) instead of throwing.
    return doc.dump(2, ' ', false, json::error_handler_t::replace) + '\n';
}

void write_json(const Results& r, const std::filesystem::path& path) { write_file_atomically(path, to_json(r)); }

} // namespace stichotrope
