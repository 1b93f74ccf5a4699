// An example of instrumenting a program: worker threads that simulate a frame
// loop (compute, I/O, memory traffic, rendering) and record every step with
// the engine's macros. Plain C++ and the engine only: no Qt.
#pragma once

#include <stichotrope/profiler.hpp>

#include <memory>
#include <mutex>
#include <stop_token>
#include <thread>
#include <vector>

namespace stichotrope::demo {

// The tracks the workload records into; the viewer shows their names.
enum Track : unsigned { Compute = 0, IO = 1, Memory = 2, Render = 3 };

class DemoWorkload {
public:
    static constexpr int kMinWorkers = 1;
    static constexpr int kMaxWorkers = 64;
    // Workers lower their scheduling priority by this much (Linux nice
    // value) so that the viewer stays live when they saturate the machine.
    static constexpr int kNiceIncrement = 10;

    // Names the tracks of `profiler`; starts nothing yet.
    explicit DemoWorkload(Profiler& profiler, int workers = 8);
    ~DemoWorkload(); // stops and joins every worker

    DemoWorkload(const DemoWorkload&) = delete;
    DemoWorkload& operator=(const DemoWorkload&) = delete;

    void start();
    void stop();
    bool isRunning() const;

    // Live: extra workers start at once, surplus ones finish their frame and
    // exit (they then show as exited threads). Clamped to 1..64.
    void setWorkerCount(int workers);
    int workerCount() const;

private:
    void spawn(int index);

    Profiler& profiler_;
    mutable std::mutex mutex_;
    int workerCount_;
    bool running_ = false;
    std::vector<std::jthread> workers_;
};

} // namespace stichotrope::demo
