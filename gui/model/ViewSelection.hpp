// What the user selected, shared by all views: one block and a set of
// threads (empty = all threads). Views read it and report clicks to it.
#pragma once

#include <QObject>
#include <QSet>

#include <cstdint>
#include <optional>

namespace stichotrope::gui {

struct BlockKey {
    unsigned track = 0;
    unsigned block = 0;
    friend bool operator==(const BlockKey&, const BlockKey&) = default;
};

class ViewSelection : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    std::optional<BlockKey> block() const { return block_; }
    const QSet<std::uint64_t>& threads() const { return threads_; }
    bool threadVisible(std::uint64_t tid) const { return threads_.isEmpty() || threads_.contains(tid); }

    void setBlock(std::optional<BlockKey> block);
    void setThreads(const QSet<std::uint64_t>& threads);

Q_SIGNALS:
    void blockChanged();
    void threadsChanged();

private:
    std::optional<BlockKey> block_;
    QSet<std::uint64_t> threads_;
};

} // namespace stichotrope::gui
