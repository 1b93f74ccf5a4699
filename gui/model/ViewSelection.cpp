#include "ViewSelection.hpp"

namespace stichotrope::gui {

void ViewSelection::setBlock(std::optional<BlockKey> block)
{
    if (block == block_)
        return;
    block_ = block;
    Q_EMIT blockChanged();
}

void ViewSelection::setThreads(const QSet<std::uint64_t>& threads)
{
    if (threads == threads_)
        return;
    threads_ = threads;
    Q_EMIT threadsChanged();
}

} // namespace stichotrope::gui
