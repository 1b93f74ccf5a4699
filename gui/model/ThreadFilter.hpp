// Block statistics restricted to a set of threads: what the merged views show
// while the user has selected threads.
#pragma once

#include <stichotrope/results.hpp>

#include <QSet>

#include <cstdint>

namespace stichotrope::gui {

// Sums the selected threads' blocks (hits, time, bytes, histograms; min/max
// over them) and recomputes the shares and quantiles. An empty set means every
// thread: the engine's merged tracks are returned unchanged.
TrackMap tracksOfThreads(const Results& results, const QSet<std::uint64_t>& threads);
// Same without copying: `storage` receives the filtered map; the returned reference points either
// to it or, without a filter, to results.tracks (no copy).
const TrackMap& tracksOfThreads(const Results& results, const QSet<std::uint64_t>& threads, TrackMap& storage);

} // namespace stichotrope::gui
