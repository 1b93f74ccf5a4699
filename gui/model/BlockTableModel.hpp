// The merged block table: one row per (track, block), updated in place on
// every poll so sorting, selection and scrolling survive.
#pragma once

#include "KeyedTableModel.hpp"
#include "Snapshot.hpp"
#include "ViewSelection.hpp"

#include <QSet>

namespace stichotrope::gui {

struct BlockTableRow {
    BlockKey key;
    QString trackName;
    QString blockName;
    QString location;
    BlockStats stats;
};

class BlockTableModel : public KeyedTableModel<BlockTableRow> {
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

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static quint64 packed(BlockKey k) { return (quint64(k.track) << 32) | k.block; }
    void rebuild();

    SnapshotPtr snapshot_;
    QSet<std::uint64_t> threads_;
};

} // namespace stichotrope::gui
