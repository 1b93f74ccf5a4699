// Bump allocator for one thread's small, long-lived objects (histogram
// ranges, overflow cells): no per-object header, everything freed at once with the arena.
// Allocation is owner-only; memory_bytes() may be read by any thread.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace stichotrope::detail {

class ThreadArena {
public:
    static constexpr std::size_t kChunkBytes = 512;

    // 8-byte aligned storage for `bytes`; larger requests get a chunk of their own.
    void* allocate(std::size_t bytes)
    {
        bytes = (bytes + 7) & ~std::size_t(7);
        if (bytes > kChunkBytes)
            return add_chunk(bytes);
        if (bytes > left_) {
            next_ = static_cast<std::byte*>(add_chunk(kChunkBytes));
            left_ = kChunkBytes;
        }
        void* p = next_;
        next_ += bytes;
        left_ -= bytes;
        return p;
    }

    std::size_t memory_bytes() const noexcept { return bytes_.load(std::memory_order_relaxed); }

private:
    void* add_chunk(std::size_t bytes)
    {
        // uint64_t elements: the chunk is 8-byte aligned.
        chunks_.push_back(std::make_unique<std::uint64_t[]>(bytes / 8));
        bytes_.fetch_add(bytes, std::memory_order_relaxed);
        return chunks_.back().get();
    }

    std::vector<std::unique_ptr<std::uint64_t[]>> chunks_;
    std::byte* next_ = nullptr;
    std::size_t left_ = 0;
    std::atomic<std::size_t> bytes_{0};
};

} // namespace stichotrope::detail
