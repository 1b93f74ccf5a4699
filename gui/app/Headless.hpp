// The viewer without a window: run the demo workload for a while and export
// what it recorded, convert a capture to another format, or print the
// comparison of two captures as CSV.
#pragma once

#include "CommandLine.hpp"

#include <cstdio>

namespace stichotrope::gui {

// Exit status: 0 on success, 1 on failure (with a message on `err`).
int runHeadless(const ViewerOptions& options, std::FILE* out, std::FILE* err);

} // namespace stichotrope::gui
