#include "stichotrope/export.hpp"

#include <cstdio>
#include <vector>

namespace stichotrope {

std::string format_duration(double ns)
{
    char buf[64];
    if (ns < 1e3)
        std::snprintf(buf, sizeof buf, "%.0f ns", ns);
    else if (ns < 1e6)
        std::snprintf(buf, sizeof buf, "%.2f \xC2\xB5s", ns / 1e3);
    else if (ns < 1e9)
        std::snprintf(buf, sizeof buf, "%.2f ms", ns / 1e6);
    else
        std::snprintf(buf, sizeof buf, "%.2f s", ns / 1e9);
    return buf;
}

namespace {
// Display width of UTF-8 text (counts code points, not bytes).
std::size_t width(const std::string& s)
{
    std::size_t w = 0;
    for (unsigned char c : s)
        w += (c & 0xC0) != 0x80;
    return w;
}

void pad(std::string& out, const std::string& s, std::size_t w, bool right)
{
    const std::string fill(w > width(s) ? w - width(s) : 0, ' ');
    out += right ? fill + s : s + fill;
}
} // namespace

std::string to_table(const Results& r)
{
    const std::vector<std::string> head = {"Track", "Block", "Hits", "Total", "Avg", "Min", "Max", "% Track", "% Total"};
    std::vector<std::vector<std::string>> rows;
    for (const auto& [t, track] : r.tracks)
        for (const auto& [b, s] : track.blocks) {
            char pt[32], pa[32];
            std::snprintf(pt, sizeof pt, "%.1f", s.percent_of_track);
            std::snprintf(pa, sizeof pa, "%.1f", s.percent_of_total);
            rows.push_back({track.name, std::string(s.name), std::to_string(s.hit_count), format_duration(double(s.total_ns)),
                            format_duration(s.avg_ns()), format_duration(double(s.min_ns)),
                            format_duration(double(s.max_ns)), pt, pa});
        }
    std::vector<std::size_t> w(head.size());
    for (std::size_t c = 0; c < head.size(); ++c) {
        w[c] = width(head[c]);
        for (const auto& row : rows)
            w[c] = std::max(w[c], width(row[c]));
    }
    std::string out = r.profiler_name + " (" + std::to_string(r.threads.size()) + " threads, " +
                      std::to_string(r.hit_count()) + " hits)\n";
    auto line = [&](const std::vector<std::string>& row) {
        for (std::size_t c = 0; c < row.size(); ++c) {
            if (c)
                out += "  ";
            pad(out, row[c], w[c], c >= 2);
        }
        out += '\n';
    };
    line(head);
    for (const auto& row : rows)
        line(row);
    return out;
}

} // namespace stichotrope
