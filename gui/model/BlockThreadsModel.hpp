// Compares threads for one block: a row per thread that executed the selected
// block, with the block table's statistics.
#pragma once

#include "KeyedTableModel.hpp"
#include "Snapshot.hpp"
#include "ViewSelection.hpp"

#include <optional>

namespace stichotrope::gui {

struct BlockThreadsRow {
    std::uint64_t thread = 0;
    QString name;
    BlockStats stats;
};

class BlockThreadsModel : public KeyedTableModel<BlockThreadsRow> {
    Q_OBJECT

public:
    enum Column { ThreadColumn, FirstStatColumn };
    static constexpr int ThreadIdRole = Qt::UserRole + 50;

    explicit BlockThreadsModel(QObject* parent = nullptr);

    void setSnapshot(SnapshotPtr snapshot);
    // A different block is a different table: the model resets.
    void setBlock(std::optional<BlockKey> block);
    std::optional<BlockKey> block() const { return block_; }
    void clear();

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void update();

    SnapshotPtr snapshot_;
    std::optional<BlockKey> block_;
};

} // namespace stichotrope::gui
