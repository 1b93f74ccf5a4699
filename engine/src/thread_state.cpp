#include "stichotrope/detail/thread_state.hpp"

namespace stichotrope::detail {

ThreadState::ThreadState(std::uint64_t profiler_tag, std::uint64_t epoch, std::uint64_t os_tid, std::string name)
    : chunks_(new std::atomic<BlockChunk*>[kChunksPerThread]), requested_epoch_(epoch), applied_epoch_(epoch),
      profiler_tag_(profiler_tag), os_tid_(os_tid), name_(std::move(name))
{
    for (std::uint32_t i = 0; i < kChunksPerThread; ++i)
        chunks_[i].store(nullptr, std::memory_order_relaxed);
}

ThreadState::~ThreadState()
{
    if (chunks_)
        for (std::uint32_t i = 0; i < kChunksPerThread; ++i)
            delete chunks_[i].load(std::memory_order_relaxed);
}

BlockChunk* ThreadState::allocate_chunk(std::uint32_t index)
{
    auto* chunk = new BlockChunk();
    // Release: a reader that finds the pointer sees zero-initialised slots.
    chunks_[index].store(chunk, std::memory_order_release);
    chunk_count_.fetch_add(1, std::memory_order_relaxed);
    return chunk;
}

void ThreadState::apply_clear() noexcept
{
    const std::uint64_t epoch = requested_epoch_.load(std::memory_order_acquire);
    for (std::uint32_t i = 0; i < kChunksPerThread; ++i)
        if (BlockChunk* c = chunks_[i].load(std::memory_order_relaxed))
            for (BlockSlot& s : c->slots)
                s.reset();
    // Readers that see this epoch see the zeroed slots.
    applied_epoch_.store(epoch, std::memory_order_release);
}

void ThreadState::set_name(std::string name)
{
    std::lock_guard lock(mutex_);
    name_ = std::move(name);
}

void ThreadState::mark_exited() noexcept
{
    std::lock_guard lock(mutex_);
    if (compacted_)
        return;
    // Keep only what the thread executed; a clear() it never applied means
    // everything it holds predates that clear.
    if (applied_epoch_.load(std::memory_order_relaxed) == requested_epoch_.load(std::memory_order_relaxed)) {
        for (std::uint32_t i = 0; i < kChunksPerThread; ++i) {
            BlockChunk* c = chunks_[i].load(std::memory_order_relaxed);
            if (c == nullptr)
                continue;
            for (std::uint32_t j = 0; j < kSlotsPerChunk; ++j) {
                SlotValues v = c->slots[j].read();
                if (v.hits != 0)
                    compact_.push_back(CompactSlot{i * kSlotsPerChunk + j, v});
            }
        }
    }
    compact_.shrink_to_fit();
    for (std::uint32_t i = 0; i < kChunksPerThread; ++i)
        delete chunks_[i].load(std::memory_order_relaxed);
    chunks_.reset();
    chunk_count_.store(0, std::memory_order_relaxed);
    compacted_ = true;
    alive_.store(false, std::memory_order_release);
}

void ThreadState::read(std::uint32_t block_limit, Snapshot& out) const
{
    std::lock_guard lock(mutex_);
    out.name = name_;
    out.alive = !compacted_;
    out.slots.clear();
    if (compacted_) {
        for (const CompactSlot& c : compact_)
            if (c.block < block_limit)
                out.slots.push_back(c);
        return;
    }
    // A clear() the owner has not applied yet: everything here predates it.
    if (applied_epoch_.load(std::memory_order_acquire) != requested_epoch_.load(std::memory_order_relaxed))
        return;
    const std::uint32_t chunk_limit = (block_limit + kSlotsPerChunk - 1) / kSlotsPerChunk;
    for (std::uint32_t i = 0; i < chunk_limit; ++i) {
        const BlockChunk* c = chunks_[i].load(std::memory_order_acquire);
        if (c == nullptr)
            continue;
        for (std::uint32_t j = 0; j < kSlotsPerChunk && i * kSlotsPerChunk + j < block_limit; ++j) {
            SlotValues v = c->slots[j].read();
            if (v.hits != 0)
                out.slots.push_back(CompactSlot{i * kSlotsPerChunk + j, v});
        }
    }
}

bool ThreadState::request_clear(std::uint64_t epoch)
{
    std::lock_guard lock(mutex_);
    if (compacted_)
        return true;
    requested_epoch_.store(epoch, std::memory_order_release);
    return false;
}

std::size_t ThreadState::memory_bytes() const
{
    std::lock_guard lock(mutex_);
    std::size_t bytes = sizeof(ThreadState) + name_.capacity() + compact_.capacity() * sizeof(CompactSlot);
    if (!compacted_)
        bytes += kChunksPerThread * sizeof(std::atomic<BlockChunk*>) +
                 chunk_count_.load(std::memory_order_relaxed) * sizeof(BlockChunk);
    return bytes;
}

} // namespace stichotrope::detail
