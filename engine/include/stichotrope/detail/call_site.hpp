// One instrumented call site: a constant-initialised static per macro use.
#pragma once

#include <atomic>
#include <cstdint>

// The hot path is a handful of small functions; compilers otherwise weigh
// them against their call-site budget and may leave one out of line.
#if defined(__GNUC__) || defined(__clang__)
#define STICHOTROPE_HOT_INLINE [[gnu::always_inline]] inline
#else
#define STICHOTROPE_HOT_INLINE inline
#endif

namespace stichotrope::detail {

inline constexpr unsigned kMaxTracks = 64;            // one bit each in Profiler's enable mask
inline constexpr std::uint32_t kMaxBlocks = 1u << 16; // per profiler

// The cache packs (profiler tag << 32) | (track << 24) | block id so one atomic
// load tells whether this site is already registered with this profiler.
inline constexpr std::uint64_t kCacheBlockMask = 0xFFFFFFu;

struct CallSite {
    const char* name;
    const char* file;
    unsigned line;
    std::atomic<std::uint64_t> cache{0};

    constexpr CallSite(const char* n, const char* f, unsigned l) noexcept : name(n), file(f), line(l) {}
};

// The track's part of a cache key. An out-of-range track yields bits no
// cache entry can hold, so it always reaches registration, which rejects it.
// Folded away for constant tracks.
inline constexpr std::uint64_t track_key(unsigned track) noexcept
{
    return track < kMaxTracks ? std::uint64_t(track) << 24 : kCacheBlockMask;
}

inline constexpr std::uint64_t cache_key(std::uint64_t profiler_tag, unsigned track) noexcept
{
    return (profiler_tag << 32) | track_key(track);
}

} // namespace stichotrope::detail
