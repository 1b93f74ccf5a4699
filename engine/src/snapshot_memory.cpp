// The cache behind SnapshotAllocator: freed arrays of 4 KiB or more, kept by
// size class (four per power of two) up to kCacheBytes, the oldest given back
// first. A kept array holds its own list links, so keeping it allocates
// nothing.
#include "stichotrope/snapshot_memory.hpp"

#include <array>
#include <bit>
#include <cstdint>
#include <mutex>

#if defined(__SANITIZE_ADDRESS__)
#define STICHOTROPE_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define STICHOTROPE_ASAN 1
#endif
#endif
#ifdef STICHOTROPE_ASAN
#include <sanitizer/asan_interface.h>
#endif

namespace stichotrope {
namespace {

constexpr std::size_t kMinCachedBytes = 4096;     // smaller arrays: operator new, no lock
constexpr std::size_t kCacheBytes = 64u << 20;    // kept at most
constexpr std::size_t kClasses = 4 * (26 - 11) + 4; // up to kCacheBytes (2^26)

// An array of `bytes` rounded up to its class's size, or 0 when it is never
// cached (too small, or larger than the whole cache).
struct SizeClass {
    std::size_t index = 0;
    std::size_t bytes = 0;
};

SizeClass size_class(std::size_t bytes) noexcept
{
    if (bytes < kMinCachedBytes || bytes > kCacheBytes)
        return {};
    // bytes in (2^k, 2^(k+1)]: steps of 2^(k-2), so at most a quarter is slack.
    const unsigned k = unsigned(std::bit_width(bytes - 1)) - 1;
    const std::size_t step = std::size_t(1) << (k - 2);
    const std::size_t steps = (bytes + step - 1) / step; // 5 .. 8
    return {(k - 11) * 4 + (steps - 5), steps * step};
}

struct FreeArray {
    FreeArray* newer; // by age, over all classes
    FreeArray* older;
    FreeArray* next_same; // the class's list, most recently freed first
    FreeArray* prev_same;
    std::size_t class_index;
    std::size_t bytes;
};

class SnapshotMemory {
public:
    void* allocate(std::size_t bytes)
    {
        const SizeClass c = size_class(bytes);
        if (c.bytes == 0)
            return ::operator new(bytes);
        {
            std::lock_guard lock(mutex_);
            if (FreeArray* a = same_[c.index]) {
                unlink(a);
                unpoison(a, c.bytes);
                return a;
            }
        }
        return ::operator new(c.bytes);
    }

    void deallocate(void* p, std::size_t bytes) noexcept
    {
        if (p == nullptr)
            return;
        const SizeClass c = size_class(bytes);
        if (c.bytes == 0) {
            ::operator delete(p);
            return;
        }
        FreeArray* evicted = nullptr; // given back outside the lock
        {
            std::lock_guard lock(mutex_);
            while (cached_ + c.bytes > kCacheBytes) {
                FreeArray* old = oldest_;
                unlink(old);
                unpoison(old, old->bytes);
                old->newer = evicted;
                evicted = old;
            }
            auto* a = ::new (p) FreeArray{nullptr, newest_, same_[c.index], nullptr, c.index, c.bytes};
            (newest_ != nullptr ? newest_->newer : oldest_) = a;
            newest_ = a;
            if (same_[c.index] != nullptr)
                same_[c.index]->prev_same = a;
            same_[c.index] = a;
            cached_ += c.bytes;
            poison(a);
        }
        free_all(evicted);
    }

    std::size_t cached() noexcept
    {
        std::lock_guard lock(mutex_);
        return cached_;
    }

    void release() noexcept
    {
        FreeArray* all = nullptr;
        {
            std::lock_guard lock(mutex_);
            while (oldest_ != nullptr) {
                FreeArray* old = oldest_;
                unlink(old);
                unpoison(old, old->bytes);
                old->newer = all;
                all = old;
            }
        }
        free_all(all);
    }

private:
    // Takes `a` out of both lists; its links may be reused afterwards.
    void unlink(FreeArray* a) noexcept
    {
        (a->newer != nullptr ? a->newer->older : newest_) = a->older;
        (a->older != nullptr ? a->older->newer : oldest_) = a->newer;
        if (a->next_same != nullptr)
            a->next_same->prev_same = a->prev_same;
        (a->prev_same != nullptr ? a->prev_same->next_same : same_[a->class_index]) = a->next_same;
        cached_ -= a->bytes;
    }

    static void free_all(FreeArray* list) noexcept
    {
        while (list != nullptr) {
            FreeArray* next = list->newer;
            list->~FreeArray();
            ::operator delete(list);
            list = next;
        }
    }

    // With AddressSanitizer a kept array is poisoned but for its links (its
    // first bytes), so a use after free is still reported.
#ifdef STICHOTROPE_ASAN
    static void poison(FreeArray* a) noexcept
    {
        ASAN_POISON_MEMORY_REGION(reinterpret_cast<char*>(a) + sizeof(FreeArray), a->bytes - sizeof(FreeArray));
    }
    static void unpoison(void* p, std::size_t bytes) noexcept { ASAN_UNPOISON_MEMORY_REGION(p, bytes); }
#else
    static void poison(FreeArray*) noexcept {}
    static void unpoison(void*, std::size_t) noexcept {}
#endif

    std::mutex mutex_;
    std::array<FreeArray*, kClasses> same_{};
    FreeArray* newest_ = nullptr;
    FreeArray* oldest_ = nullptr;
    std::size_t cached_ = 0;
};

// Never destroyed: snapshots held by static objects may be freed after
// every other static is gone.
SnapshotMemory& snapshot_memory()
{
    static auto* memory = new SnapshotMemory;
    return *memory;
}

} // namespace

namespace detail {
void* snapshot_allocate(std::size_t bytes) { return snapshot_memory().allocate(bytes); }
void snapshot_deallocate(void* p, std::size_t bytes) noexcept { snapshot_memory().deallocate(p, bytes); }
} // namespace detail

std::size_t cached_snapshot_memory() noexcept { return snapshot_memory().cached(); }
void release_snapshot_memory() noexcept { snapshot_memory().release(); }

} // namespace stichotrope
