// The comparison table: per block of one scope (all threads or one thread
// name), or per thread, the baseline and current value of the chosen metric
// side by side with their difference and ratio, coloured by change. Sorts
// by SortRole; the Difference column sorts by the size of the change.
#pragma once

#include "Comparison.hpp"
#include "Snapshot.hpp"

#include <QAbstractTableModel>

namespace stichotrope::gui {

class CompareModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum class Rows { Blocks, Threads };
    enum Column { TrackColumn, NameColumn, BaseColumn, CurrentColumn, DifferenceColumn, RatioColumn,
                  BaseHitsColumn, CurrentHitsColumn, ColumnCount };
    // Change of the row as an int (the Change enum).
    static constexpr int ChangeRole = Qt::UserRole + 60;

    explicit CompareModel(Rows rows, QObject* parent = nullptr);

    void setResults(SnapshotPtr base, SnapshotPtr current);
    // Blocks only: empty = all threads.
    void setScope(const QString& threadName);
    void setMetric(CompareMetric metric);
    CompareMetric metric() const { return metric_; }
    const ChangeRow& rowAt(int row) const { return rows_.at(std::size_t(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void recompute();
    QString formatValue(double v) const;
    QString formatDifference(double v) const;

    Rows kind_;
    SnapshotPtr base_;
    SnapshotPtr current_;
    QString scope_;
    CompareMetric metric_ = kDefaultCompareMetric;
    std::vector<ChangeRow> rows_;
};

QString compareMetricName(CompareMetric metric);

} // namespace stichotrope::gui
