// Two sets of results side by side: a baseline (an older capture, or the live
// session when the baseline was taken) and the current ones. Runs register
// blocks in different orders and have different thread ids, so blocks are
// matched by (track index, block name) and threads by name; duplicates of a
// name are summed. Widget-free.
#pragma once

#include <stichotrope/results.hpp>

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace stichotrope::gui {

enum class CompareMetric { Total, Average, Hits, Share };
// Time per hit: it compares runs of different lengths or thread counts, where
// totals and hits differ even though no block got slower.
inline constexpr CompareMetric kDefaultCompareMetric = CompareMetric::Average;
// Names on the command line and in the comparison CSV: total, average, hits,
// share.
QString compareMetricKey(CompareMetric metric);
std::optional<CompareMetric> compareMetricFromKey(const QString& key);
QStringList compareMetricKeys();

// A block's or thread's figures in one of the two results.
struct Measure {
    bool present = false;
    std::uint64_t hits = 0;
    std::uint64_t total_ns = 0;
    std::uint64_t scope_total_ns = 0; // all blocks of the same view, for the share
    double value(CompareMetric metric) const;
};

enum class Change { Same, Regressed, Improved, Added, Removed };
// Regressed/Improved when the metric grew/shrank by more than kSignificantChange.
inline constexpr double kSignificantChange = 0.05;
Change classify(double base, double current, bool basePresent, bool currentPresent);

struct ChangeRow {
    unsigned track = 0;
    QString trackName;
    QString name; // block name, or thread name in the thread comparison
    Measure base;
    Measure current;

    double difference(CompareMetric m) const { return current.value(m) - base.value(m); }
    // current / base; infinity for an added row, 0 for a removed one.
    double ratio(CompareMetric m) const;
    Change change(CompareMetric m) const;
};

// Names of the threads of either result (unnamed ones as "thread <id>"), in
// natural order.
QStringList comparedThreadNames(const Results& base, const Results& current);
// Blocks of one scope: threadName empty = all threads (merged).
std::vector<ChangeRow> compareBlocks(const Results& base, const Results& current, const QString& threadName = {});
// One row per thread name: its total over all blocks.
std::vector<ChangeRow> compareThreads(const Results& base, const Results& current);
// Every scope's blocks, the merged view first, each sorted by the largest
// change of the metric: the rows of the CSV comparison.
struct ScopedRows {
    QString scope; // empty = all threads
    std::vector<ChangeRow> rows;
};
std::vector<ScopedRows> compareAll(const Results& base, const Results& current, CompareMetric metric);
void sortByLargestChange(std::vector<ChangeRow>& rows, CompareMetric metric);

// For each node of `current`, the metric of the node at the same call path
// (blocks matched by track and name) in `base`, and its own: for a flame
// graph coloured by change.
struct NodeChange {
    bool inBase = false;
    double base = 0.0;
    double current = 0.0;
};
std::vector<NodeChange> compareCallTrees(const Results& base, const CallTree& baseTree, const Results& current,
                                         const CallTree& currentTree, CompareMetric metric);

QString threadDisplayName(const ThreadResult& thread);

} // namespace stichotrope::gui
