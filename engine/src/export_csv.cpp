#include "stichotrope/export.hpp"

#include <cstdio>

namespace stichotrope {

namespace {
std::string csv_field(std::string_view s)
{
    if (s.find_first_of(",\"\r\n") == std::string_view::npos)
        return std::string(s);
    std::string out = "\"";
    for (char c : s)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string fixed(double v, int decimals)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}
} // namespace

std::string to_csv(const TrackMap& tracks)
{
    std::string out = "Track,Block Name,Hit Count,Total Time (ns),Avg Time (ns),Min Time (ns),Max Time (ns),"
                      "% Track,% Total\n";
    for (const auto& [t, track] : tracks)
        for (const auto& [b, s] : track.blocks) {
            out += csv_field(track.name) + ',' + csv_field(s.name) + ',' + std::to_string(s.hit_count) + ',' +
                   std::to_string(s.total_ns) + ',' + fixed(s.avg_ns(), 1) + ',' + std::to_string(s.min_ns) + ',' +
                   std::to_string(s.max_ns) + ',' + fixed(s.percent_of_track, 2) + ',' +
                   fixed(s.percent_of_total, 2) + '\n';
        }
    return out;
}

void write_csv(const Results& r, const std::filesystem::path& path) { write_file_atomically(path, to_csv(r)); }

} // namespace stichotrope
