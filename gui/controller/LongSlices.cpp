#include "LongSlices.hpp"

#if defined(__linux__)
#include <sched.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace stichotrope::gui {

#if defined(__linux__)
namespace {
// The kernel's struct sched_attr (SCHED_ATTR_SIZE_VER1). Its header,
// <linux/sched/types.h>, clashes with <sched.h> on glibc 2.36.
struct SchedAttr {
    std::uint32_t size;
    std::uint32_t sched_policy;
    std::uint64_t sched_flags;
    std::int32_t sched_nice;
    std::uint32_t sched_priority;
    std::uint64_t sched_runtime; // for SCHED_OTHER and SCHED_BATCH: the slice
    std::uint64_t sched_deadline;
    std::uint64_t sched_period;
    std::uint32_t sched_util_min;
    std::uint32_t sched_util_max;
};
static_assert(sizeof(SchedAttr) == 56);
} // namespace
#endif

std::uint64_t currentSliceNs() noexcept
{
#if defined(__linux__) && defined(SYS_sched_getattr)
    SchedAttr attr{};
    if (syscall(SYS_sched_getattr, 0, &attr, sizeof attr, 0) == 0 &&
        (attr.sched_policy == SCHED_OTHER || attr.sched_policy == SCHED_BATCH))
        return attr.sched_runtime; // 0 before Linux 6.12
#endif
    return 0;
}

bool requestLongSlices() noexcept
{
#if defined(__linux__) && defined(SYS_sched_getattr) && defined(SYS_sched_setattr)
    // glibc 2.36 has no wrappers for these two calls.
    SchedAttr attr{};
    if (syscall(SYS_sched_getattr, 0, &attr, sizeof attr, 0) != 0)
        return false;
    if (attr.sched_policy != SCHED_OTHER && attr.sched_policy != SCHED_BATCH)
        return false; // real-time or idle: not ours to change
    if (attr.sched_runtime == kLongSliceNs)
        return true;
    attr.size = sizeof attr;
    attr.sched_flags = 0;
    attr.sched_runtime = kLongSliceNs;
    if (syscall(SYS_sched_setattr, 0, &attr, 0) != 0)
        return false;
    return currentSliceNs() == kLongSliceNs; // kernels before 6.12 accept the value and ignore it
#else
    return false;
#endif
}

} // namespace stichotrope::gui
