// The Tracks panel: one checkable row per track. Checking a box only emits a
// request; whoever owns the profiler applies it, and the next snapshot
// confirms the state.
#pragma once

#include "KeyedTableModel.hpp"
#include "Snapshot.hpp"

namespace stichotrope::gui {

struct TrackListRow {
    unsigned track = 0;
    QString name;
    bool enabled = true;
    std::uint64_t hits = 0;
    std::uint64_t ns = 0;

    friend bool operator==(const TrackListRow&, const TrackListRow&) = default;
};

class TrackListModel : public KeyedTableModel<TrackListRow> {
    Q_OBJECT

public:
    enum Column { NameColumn, HitsColumn, TimeColumn, ColumnCount };
    static constexpr int TrackRole = Qt::UserRole + 40;

    explicit TrackListModel(QObject* parent = nullptr);

    void setSnapshot(const SnapshotPtr& snapshot);
    void clear();
    // Same as checking the row's box: for keyboard shortcuts.
    void toggle(int row);
    // A capture's tracks: toggles shown, not changeable.
    void setReadOnly(bool readOnly) { readOnly_ = readOnly; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void trackEnableRequested(unsigned track, bool enabled);

private:
    bool readOnly_ = false;
};

} // namespace stichotrope::gui
