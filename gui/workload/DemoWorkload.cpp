#include "DemoWorkload.hpp"

#include <stichotrope/stichotrope.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <string>

#if defined(__linux__)
#include <unistd.h> // nice()
#endif

namespace stichotrope::demo {

namespace {

using Clock = std::chrono::steady_clock;

// Real CPU work the compiler cannot drop, about `iterations` * 2 ns.
double spin(unsigned iterations, double seed)
{
    double x = seed;
    for (unsigned i = 0; i < iterations; ++i)
        x = x * 1.0000001 + std::sin(x) * 1e-9;
    return x;
}

// Load varies over time so the plots move: each worker follows a slow wave
// (period ~12 s, shifted per worker) with a burst every few seconds.
double load(int worker, Clock::time_point begin)
{
    const double t = std::chrono::duration<double>(Clock::now() - begin).count();
    const double wave = 0.5 + 0.5 * std::sin(t * 0.52 + worker * 0.7);
    const bool burst = std::fmod(t + worker * 0.3, 5.0) < 0.6;
    return 0.3 + wave + (burst ? 1.0 : 0.0);
}

// Level 3-4 of Compute: the innermost physics steps.
double solveConstraints(Profiler& p, double scale, double x)
{
    STICHO_BLOCK(p, Compute, "solve constraints");
    return spin(unsigned(1500 * scale), x);
}

double integrate(Profiler& p, double scale, double x)
{
    STICHO_BLOCK(p, Compute, "integrate");
    x = spin(unsigned(800 * scale), x);
    return solveConstraints(p, scale, x);
}

double simulate(Profiler& p, double scale, double x)
{
    STICHO_FUNCTION(p, Compute); // named after the function: "simulate"
    {
        STICHO_BLOCK(p, Compute, "broad phase");
        x = spin(unsigned(600 * scale), x);
    }
    return integrate(p, scale, x);
}

// I/O: waits (sleeps) like a read would, and reports the bytes moved.
void loadAsset(Profiler& p, std::vector<char>& buffer, double scale)
{
    STICHO_BLOCK(p, IO, "load asset");
    const std::size_t bytes = std::size_t(16 * 1024 * scale);
    {
        STICHO_BLOCK_BYTES(p, IO, "read chunk", bytes);
        std::this_thread::sleep_for(std::chrono::microseconds(int(150 * scale)));
        buffer.assign(bytes, char(1));
    }
    {
        STICHO_BLOCK(p, IO, "decompress");
        spin(unsigned(300 * scale), 0.5);
    }
}

// Memory: allocation and copies with a byte count, so bandwidth shows.
void streamBuffers(Profiler& p, const std::vector<char>& source, double scale)
{
    STICHO_BLOCK(p, Memory, "stream buffers");
    std::vector<char> target;
    {
        STICHO_BLOCK(p, Memory, "allocate");
        target.resize(source.size() * 4);
    }
    {
        STICHO_BLOCK_BYTES(p, Memory, "copy", target.size());
        for (std::size_t off = 0; off + source.size() <= target.size(); off += source.size())
            std::memcpy(target.data() + off, source.data(), source.size());
    }
    (void)scale;
}

void render(Profiler& p, double scale, double x)
{
    STICHO_BLOCK(p, Render, "render");
    {
        STICHO_BLOCK(p, Render, "cull");
        x = spin(unsigned(400 * scale), x);
    }
    {
        STICHO_BLOCK(p, Render, "draw");
        spin(unsigned(700 * scale), x);
    }
}

// One worker: a frame loop. "frame" spans all tracks, so the call tree nests
// Compute, I/O, Memory and Render blocks under it.
void workerLoop(Profiler& p, int index, std::stop_token stop)
{
#if defined(__linux__)
    // Below the viewer's own threads (on Linux the nice value is per
    // thread): 64 workers saturating the cores would otherwise leave the GUI
    // and the poll a 66th of the machine each, and the viewer would update
    // a few times a second instead of at its poll interval.
    (void)!nice(DemoWorkload::kNiceIncrement);
#endif
    set_thread_name("worker-" + std::to_string(index));
    const Clock::time_point begin = Clock::now();
    std::vector<char> buffer;
    double x = 0.1 * index;
    unsigned frame = 0;
    while (!stop.stop_requested()) {
        const double scale = load(index, begin);
        {
            STICHO_BLOCK(p, Compute, "frame");
            x = simulate(p, scale, x);
            if (frame % 3 == 0)
                loadAsset(p, buffer, scale);
            if (!buffer.empty())
                streamBuffers(p, buffer, scale);
            render(p, scale, x);
        }
        ++frame;
        // Idle between frames: keeps the demo from saturating the machine.
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
}

} // namespace

DemoWorkload::DemoWorkload(Profiler& profiler, int workers)
    : profiler_(profiler), workerCount_(std::clamp(workers, kMinWorkers, kMaxWorkers))
{
    profiler_.set_track_name(Compute, "Compute");
    profiler_.set_track_name(IO, "I/O");
    profiler_.set_track_name(Memory, "Memory");
    profiler_.set_track_name(Render, "Render");
}

DemoWorkload::~DemoWorkload()
{
    stop();
}

void DemoWorkload::spawn(int index)
{
    workers_.emplace_back([this, index](std::stop_token stop) { workerLoop(profiler_, index, stop); });
}

void DemoWorkload::start()
{
    std::lock_guard lock(mutex_);
    if (running_)
        return;
    running_ = true;
    for (int i = 0; i < workerCount_; ++i)
        spawn(i);
}

void DemoWorkload::stop()
{
    std::vector<std::jthread> stopping;
    {
        std::lock_guard lock(mutex_);
        running_ = false;
        stopping.swap(workers_);
    }
    for (auto& w : stopping)
        w.request_stop();
    stopping.clear(); // joins
}

bool DemoWorkload::isRunning() const
{
    std::lock_guard lock(mutex_);
    return running_;
}

void DemoWorkload::setWorkerCount(int workers)
{
    std::vector<std::jthread> surplus;
    {
        std::lock_guard lock(mutex_);
        workerCount_ = std::clamp(workers, kMinWorkers, kMaxWorkers);
        if (!running_)
            return;
        while (int(workers_.size()) < workerCount_)
            spawn(int(workers_.size()));
        while (int(workers_.size()) > workerCount_) {
            surplus.push_back(std::move(workers_.back()));
            workers_.pop_back();
        }
    }
    for (auto& w : surplus)
        w.request_stop();
}

int DemoWorkload::workerCount() const
{
    std::lock_guard lock(mutex_);
    return workerCount_;
}

} // namespace stichotrope::demo
