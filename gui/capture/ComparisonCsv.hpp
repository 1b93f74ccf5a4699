// The comparison table as CSV (what `--compare old new --headless` prints):
// the merged view's blocks, then each thread's, each sorted by the largest
// change of the metric compared.
#pragma once

#include "model/Comparison.hpp"

#include <stichotrope/results.hpp>

#include <QByteArray>

namespace stichotrope::gui {

QByteArray comparisonToCsv(const Results& base, const Results& current,
                           CompareMetric metric = kDefaultCompareMetric);

} // namespace stichotrope::gui
