// Scheduling for the poll thread: long slices, so that the profiled
// program's threads preempt the aggregation when they wake up.
#pragma once

#include <cstdint>

namespace stichotrope::gui {

// The longest slice Linux grants a thread (sched_setattr(), 6.12 and later).
inline constexpr std::uint64_t kLongSliceNs = 100'000'000;

// Asks the scheduler to run the calling thread in slices of kLongSliceNs.
// Under EEVDF a longer slice means a later virtual deadline: a thread that
// wakes up runs before this one instead of waiting for its slice to end,
// while this thread's share of the CPU stays that of its nice value (unlike
// SCHED_IDLE, which would starve the viewer while the program saturates the
// machine, and which an unprivileged thread cannot leave again). Keeps the
// thread's policy and nice value. False where the system has no such
// setting; the thread then runs as before.
bool requestLongSlices() noexcept;

// The calling thread's slice as the scheduler reports it; 0 where it does not.
std::uint64_t currentSliceNs() noexcept;

} // namespace stichotrope::gui
