// A small, deterministic instrumented run for the capture tests: three named
// threads, two tracks, nested blocks, a fixed number of iterations.
#pragma once

#include "capture/Capture.hpp"
#include "capture/CaptureSnapshot.hpp"

#include <stichotrope/stichotrope.hpp>

#include <string>
#include <thread>
#include <vector>

namespace stichotrope::test {

inline constexpr int kRunThreads = 3;
inline constexpr int kRunIterations = 40;

inline void spin(int n)
{
    volatile unsigned x = 0;
    for (int i = 0; i < n; ++i)
        x = x * 31u + unsigned(i);
}

// Every worker runs kRunIterations frames of:
//     frame { step { spin } (stepsPerFrame times), io { spin } }.
// Counts are exact; durations depend on the machine and its load, so tests
// compare runs by their hits.
inline void recordRun(Profiler& profiler, int stepsPerFrame = 1)
{
    profiler.set_track_name(0, "Compute");
    profiler.set_track_name(1, "I/O, \"disk\""); // a name CSV must quote
    std::vector<std::thread> threads;
    for (int t = 0; t < kRunThreads; ++t) {
        threads.emplace_back([&profiler, t, stepsPerFrame] {
            stichotrope::set_thread_name("worker-" + std::to_string(t));
            for (int i = 0; i < kRunIterations; ++i) {
                STICHO_BLOCK(profiler, 0, "frame");
                for (int s = 0; s < stepsPerFrame; ++s) {
                    STICHO_BLOCK(profiler, 0, "step");
                    spin(2000 * (t + 1));
                }
                {
                    STICHO_BLOCK_BYTES(profiler, 1, "io", 4096);
                    spin(500);
                }
            }
        });
    }
    for (std::thread& t : threads)
        t.join();
}

inline gui::Capture recordCapture(int stepsPerFrame = 1)
{
    Profiler profiler("capture-test");
    recordRun(profiler, stepsPerFrame);
    return gui::captureOf(profiler);
}

} // namespace stichotrope::test
