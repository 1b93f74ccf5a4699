// Lists the threads (name, id, alive/exited, hits, time, share). Selecting
// threads restricts the other views to them; no selection shows all.
#pragma once

#include <QSet>
#include <QTreeView>

#include <cstdint>

namespace stichotrope::gui {

class ThreadListModel;

class ThreadsPanel : public QTreeView {
    Q_OBJECT

public:
    explicit ThreadsPanel(ThreadListModel* model, QWidget* parent = nullptr);

    QSet<std::uint64_t> selectedThreads() const;

protected:
    void keyPressEvent(QKeyEvent* event) override;

Q_SIGNALS:
    void threadsSelected(const QSet<std::uint64_t>& threads);
};

} // namespace stichotrope::gui
