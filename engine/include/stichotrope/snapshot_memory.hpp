// Memory for the large arrays of snapshots (Results, Timeline). When a
// snapshot is destroyed its arrays go to a bounded cache and the next
// snapshot of the same shape reuses them: memory already mapped, so a program
// that takes a fresh snapshot each second does not fault the same tens of
// megabytes in again every time (what glibc's heap trimming otherwise causes).
// Small arrays go straight to operator new. Thread-safe: a snapshot may be
// destroyed on any thread.
#pragma once

#include <cstddef>
#include <new>
#include <vector>

namespace stichotrope {

namespace detail {
void* snapshot_allocate(std::size_t bytes);
void snapshot_deallocate(void* p, std::size_t bytes) noexcept;
} // namespace detail

// Bytes of freed snapshot arrays kept for reuse (at most 64 MiB).
std::size_t cached_snapshot_memory() noexcept;
// Returns the kept arrays to the system, e.g. after the last snapshot of a run.
void release_snapshot_memory() noexcept;

template <class T>
struct SnapshotAllocator {
    static_assert(alignof(T) <= __STDCPP_DEFAULT_NEW_ALIGNMENT__);
    using value_type = T;

    SnapshotAllocator() noexcept = default;
    template <class U>
    SnapshotAllocator(const SnapshotAllocator<U>&) noexcept
    {
    }

    T* allocate(std::size_t n)
    {
        if (n > std::size_t(-1) / sizeof(T))
            throw std::bad_array_new_length();
        return static_cast<T*>(detail::snapshot_allocate(n * sizeof(T)));
    }
    void deallocate(T* p, std::size_t n) noexcept { detail::snapshot_deallocate(p, n * sizeof(T)); }

    friend bool operator==(const SnapshotAllocator&, const SnapshotAllocator&) noexcept { return true; }
};

// The array type of snapshots: a std::vector whose storage is recycled.
template <class T>
using SnapshotVector = std::vector<T, SnapshotAllocator<T>>;

} // namespace stichotrope
