// Compares threads for one block: a row per thread that executed the selected
// block, with the block table's statistics.
#pragma once

#include "Snapshot.hpp"
#include "ViewSelection.hpp"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>
#include <vector>

namespace stichotrope::gui {

class BlockThreadsModel : public QAbstractTableModel {
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

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        std::uint64_t thread = 0;
        QString name;
        BlockStats stats;
    };
    void update();

    SnapshotPtr snapshot_;
    std::optional<BlockKey> block_;
    std::vector<Row> rows_;
    QHash<quint64, int> rowByThread_;
};

} // namespace stichotrope::gui
