// The Threads panel: one row per thread the profiler has seen, keyed by the
// engine's thread id (the OS reuses its ids), updated in place. The Id column
// shows the OS thread id, as top, perf and gdb do.
#pragma once

#include "KeyedTableModel.hpp"
#include "Snapshot.hpp"

namespace stichotrope::gui {

struct ThreadListRow {
    std::uint64_t id = 0; // ThreadResult::thread_id
    std::uint64_t os_tid = 0;
    QString name;
    bool alive = true;
    std::uint64_t hits = 0;
    std::uint64_t ns = 0;
    double share = 0.0;

    friend bool operator==(const ThreadListRow&, const ThreadListRow&) = default;
};

class ThreadListModel : public KeyedTableModel<ThreadListRow> {
    Q_OBJECT

public:
    enum Column { NameColumn, IdColumn, StateColumn, HitsColumn, TimeColumn, ShareColumn, ColumnCount };
    static constexpr int ThreadIdRole = Qt::UserRole + 20;

    explicit ThreadListModel(QObject* parent = nullptr);

    void setSnapshot(const SnapshotPtr& snapshot);
    void clear();

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace stichotrope::gui
