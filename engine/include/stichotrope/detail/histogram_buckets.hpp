// Log-scaled duration buckets, in clock ticks: exact below 16 ticks, then 16
// sub-buckets per power of two (each at most 1/16 = 6.25% wide, so a value
// read back from its bucket is within ~3% of the truth), up to 2^41 ticks
// (about 12 minutes at 3 GHz); longer durations share the last bucket.
#pragma once

#include <bit>
#include <cstdint>

namespace stichotrope::detail {

inline constexpr unsigned kHistSubBits = 4;
inline constexpr unsigned kHistSub = 1u << kHistSubBits;   // 16
inline constexpr unsigned kHistMaxOctave = 40;              // highest full octave
inline constexpr unsigned kHistBuckets = kHistSub + (kHistMaxOctave - kHistSubBits + 1) * kHistSub; // 608

// Unclamped: durations of 2^41 ticks or more give indices of kHistBuckets and
// above (at most 1 000 for 64-bit values), which the hot path's range test
// sends to its cold path, where histogram_bucket_clamped() applies.
inline constexpr unsigned histogram_bucket(std::uint64_t ticks) noexcept
{
    if (ticks < kHistSub)
        return unsigned(ticks);
    // A double holds the octave in its exponent and the next four bits in the
    // top of its mantissa: the bucket is one conversion and one shift, where
    // a bit scan (no lzcnt on the x86-64 baseline) measurably slows block exit.
    // Exact: every tick count below 2^41 converts without rounding.
    const std::uint64_t bits = std::bit_cast<std::uint64_t>(double(ticks));
    return unsigned((bits >> (52 - kHistSubBits)) - ((1023u + kHistSubBits) << kHistSubBits)) + kHistSub;
}

inline constexpr unsigned histogram_bucket_clamped(std::uint64_t ticks) noexcept
{
    const unsigned b = histogram_bucket(ticks);
    return b < kHistBuckets ? b : kHistBuckets - 1;
}

// Smallest tick count in bucket i; bucket i covers [lower(i), lower(i + 1)).
inline constexpr std::uint64_t histogram_bucket_lower(unsigned i) noexcept
{
    if (i < kHistSub)
        return i;
    const unsigned shift = (i - kHistSub) / kHistSub;
    const unsigned sub = (i - kHistSub) % kHistSub;
    return std::uint64_t(kHistSub + sub) << shift;
}

static_assert(histogram_bucket(15) == 15 && histogram_bucket(16) == 16 && histogram_bucket(31) == 31);
static_assert(histogram_bucket(32) == 32 && histogram_bucket(33) == 32 && histogram_bucket(34) == 33);
static_assert(histogram_bucket_lower(histogram_bucket(1000)) <= 1000 &&
              histogram_bucket_lower(histogram_bucket(1000) + 1) > 1000);
static_assert(histogram_bucket((std::uint64_t(1) << 41) - 1) == kHistBuckets - 1);
static_assert(histogram_bucket(std::uint64_t(1) << 41) == kHistBuckets);
static_assert(histogram_bucket_clamped(~std::uint64_t(0)) == kHistBuckets - 1 && histogram_bucket(~std::uint64_t(0)) < 1024);

} // namespace stichotrope::detail
