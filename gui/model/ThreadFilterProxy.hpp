// Hides the top-level thread rows of a tree that are not in the selected set
// (empty = show all), so the per-thread tree follows the Threads panel.
#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

#include <cstdint>

namespace stichotrope::gui {

class ThreadFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    ThreadFilterProxy(int threadIdRole, QObject* parent = nullptr);

    void setThreads(const QSet<std::uint64_t>& threads);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    int role_;
    QSet<std::uint64_t> threads_;
};

} // namespace stichotrope::gui
