// Shared by the engine's and the viewer's tests.
#pragma once

#include <latch>
#include <utility>

namespace stichotrope::test {

// Opens a latch that parked workers wait on, once: when called, or however
// the checks after it end (declared after the threads, so destroyed before
// they are joined).
struct LetGo {
    std::latch& latch;
    bool done = false;
    void operator()() { std::exchange(done, true) ? void() : latch.count_down(); }
    ~LetGo() { (*this)(); }
};

} // namespace stichotrope::test
