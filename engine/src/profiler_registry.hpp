// Process-wide registry of live profilers: hands out sequential ids. Top of
// the lock hierarchy (see docs/ARCHITECTURE.md).
#pragma once

#include <cstdint>
#include <vector>

namespace stichotrope::detail {

std::uint64_t register_profiler();
void unregister_profiler(std::uint64_t id);
std::vector<std::uint64_t> registered_profiler_ids();

} // namespace stichotrope::detail
