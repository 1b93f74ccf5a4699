// The merged block table: one row per (track, block), updated in place on
// every poll so sorting, selection and scrolling survive.
#pragma once

#include "Snapshot.hpp"
#include "ViewSelection.hpp"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <vector>

namespace stichotrope::gui {

class BlockTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TrackColumn, BlockColumn, LocationColumn, FirstStatColumn };
    enum Role { TrackRole = Qt::UserRole + 10, BlockRole };

    explicit BlockTableModel(QObject* parent = nullptr);

    // Inserts rows for new blocks and emits dataChanged for changed ones.
    void setSnapshot(SnapshotPtr snapshot);
    // Restricts the statistics to these threads (empty = all).
    void setThreadFilter(const QSet<std::uint64_t>& threads);
    // After Profiler::clear(): forget every row.
    void clear();

    BlockKey keyAt(int row) const { return rows_.at(std::size_t(row)).key; }
    int rowOf(BlockKey key) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        BlockKey key;
        QString trackName;
        QString blockName;
        QString location;
        BlockStats stats;
    };
    static quint64 packed(BlockKey k) { return (quint64(k.track) << 32) | k.block; }
    void rebuild();

    SnapshotPtr snapshot_;
    QSet<std::uint64_t> threads_;
    std::vector<Row> rows_;
    QHash<quint64, int> rowByKey_;
};

} // namespace stichotrope::gui
