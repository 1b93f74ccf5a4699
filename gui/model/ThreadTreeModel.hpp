// The per-thread view: thread -> track -> block, with the merged table's
// columns. Nodes are keyed (thread id, track, block) and never move, so
// expansion and selection survive every poll.
#pragma once

#include "Snapshot.hpp"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

namespace stichotrope::gui {

class ThreadTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { NameColumn, LocationColumn, FirstStatColumn };
    enum Role { ThreadIdRole = Qt::UserRole + 30, TrackRole, BlockRole, KindRole };
    enum class Kind { Thread, Track, Block };

    explicit ThreadTreeModel(QObject* parent = nullptr);
    ~ThreadTreeModel() override;

    void setSnapshot(const SnapshotPtr& snapshot);
    void clear();
    // On (default): a node's children become rows only when a view fetches
    // them (expands the node). Off: every node is a row at once.
    void setFetchOnDemand(bool onDemand) { fetchOnDemand_ = onDemand; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    // A node's children become rows when a view expands it.
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node;
    Node* nodeOf(const QModelIndex& index) const;
    QModelIndex indexOf(Node* node, int column = 0) const;
    // Finds or creates the child with this key; a created child is reported
    // through `created` so the caller inserts it in one step.
    Node* child(Node* parent, quint64 key, Kind kind, bool& created);
    void adopt(Node* parent, Node* fresh, bool parentIsNew);
    void syncBlocks(Node* track, const TrackResult& blocks, bool trackIsNew, std::vector<Node*>& changed);
    void update(Node* node, const BlockStats& stats, const QString& name, const QString& location,
                std::vector<Node*>& changed);

    std::unique_ptr<Node> root_;
    SnapshotPtr snapshot_; // for fetching a node's children later
    bool fetchOnDemand_ = true;
};

} // namespace stichotrope::gui
