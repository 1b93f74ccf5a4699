// Exporters that need no Qt: CSV in the Stichotrope/CppProfiler columns, JSON
// with the per-thread breakdown, and a plain-text table for terminals.
#pragma once

#include "stichotrope/results.hpp"

#include <filesystem>
#include <string>

namespace stichotrope {

// Columns: Track, Block Name, Hit Count, Total Time (ns), Avg Time (ns),
// Min Time (ns), Max Time (ns), % Track, % Total. One row per block.
std::string to_csv(const TrackMap& tracks);
inline std::string to_csv(const Results& r) { return to_csv(r.tracks); }
inline std::string to_csv(const ThreadResult& t) { return to_csv(t.tracks); }

// Schema in docs/FORMATS.md ("stichotrope-results", version 1).
std::string to_json(const Results& r);

// Human-readable table of the merged view, with units.
std::string to_table(const Results& r);

// Write the file atomically (temporary file in the same directory, then
// rename): on failure the previous file is untouched and std::runtime_error
// says which path failed and why.
void write_csv(const Results& r, const std::filesystem::path& path);
void write_json(const Results& r, const std::filesystem::path& path);
void write_file_atomically(const std::filesystem::path& path, const std::string& contents);

// "812 ns", "3.20 µs", "41.7 ms", "2.05 s".
std::string format_duration(double ns);

} // namespace stichotrope
