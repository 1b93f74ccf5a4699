// Identity and limits of the capture format (docs/CAPTURE_FORMAT.md).
#pragma once

#include <cstdint>

namespace stichotrope::gui::capture_format {

inline constexpr const char* kFormatName = "stichotrope-capture";
inline constexpr int kVersion = 1;

// Files above this size are refused before they are read: parsing costs
// several times the file size in memory.
inline constexpr std::int64_t kMaxFileBytes = 256ll << 20;

// The engine's own limits; anything above is not a capture it could make.
inline constexpr unsigned kMaxTracks = 64;
inline constexpr unsigned kMaxBlocksPerTrack = 65536;
inline constexpr unsigned kMaxThreads = 65536;
inline constexpr unsigned kMaxCallDepth = 256;
inline constexpr unsigned kMaxTimelineDepth = 255;
inline constexpr unsigned kMaxHistogramBuckets = 608;
inline constexpr unsigned kMaxLine = 100'000'000;
// Every ns value, so that start + duration never overflows.
inline constexpr std::uint64_t kMaxNs = std::uint64_t(1) << 62;

} // namespace stichotrope::gui::capture_format
