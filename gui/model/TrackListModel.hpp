// The Tracks panel: one checkable row per track. Checking a box only emits a
// request; whoever owns the profiler applies it, and the next snapshot
// confirms the state.
#pragma once

#include "Snapshot.hpp"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace stichotrope::gui {

class TrackListModel : public QAbstractTableModel {
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

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void trackEnableRequested(unsigned track, bool enabled);

private:
    struct Row {
        unsigned track = 0;
        QString name;
        bool enabled = true;
        std::uint64_t hits = 0;
        std::uint64_t ns = 0;
    };
    std::vector<Row> rows_;
    QHash<unsigned, int> rowByTrack_;
    bool readOnly_ = false;
};

} // namespace stichotrope::gui
