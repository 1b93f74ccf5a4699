// A small instrumented program: three worker threads on two tracks, then the
// merged results as a table. Shows the whole user-facing surface in one page.
#include <stichotrope/stichotrope.hpp>

#include <cmath>
#include <cstdio>
#include <thread>
#include <vector>

namespace {
stichotrope::Profiler g_profiler("example");

enum Track : unsigned { Compute = 0, Memory = 1 };

double integrate(int steps)
{
    STICHO_FUNCTION(g_profiler, Compute);
    double sum = 0;
    for (int i = 0; i < steps; ++i) {
        const double x = (i + 0.5) / steps;
        sum += 4.0 / (1.0 + x * x);
    }
    return sum / steps;
}

std::size_t shuffle_memory(std::vector<char>& buffer)
{
    STICHO_BLOCK_BYTES(g_profiler, Memory, "copy buffer", buffer.size());
    std::vector<char> copy(buffer.rbegin(), buffer.rend());
    buffer.swap(copy);
    return buffer.size();
}

void worker(int index)
{
    stichotrope::set_thread_name("worker-" + std::to_string(index));
    std::vector<char> buffer(1 << 16, char(index));
    double acc = 0;
    for (int round = 0; round < 200; ++round) {
        STICHO_BLOCK(g_profiler, Compute, "round");
        acc += integrate(2000 + 500 * index);
        shuffle_memory(buffer);
    }
    std::printf("worker-%d: pi ~ %.6f\n", index, acc / 200);
}
} // namespace

int main()
{
    g_profiler.set_track_name(Compute, "Compute");
    g_profiler.set_track_name(Memory, "Memory");

    std::vector<std::thread> threads;
    for (int i = 0; i < 3; ++i)
        threads.emplace_back(worker, i);
    for (auto& t : threads)
        t.join();

    const stichotrope::Results results = g_profiler.get_results();
    std::printf("\n%s", stichotrope::to_table(results).c_str());
    std::printf("clock: %s\n", std::string(stichotrope::clock_source_name()).c_str());
    return 0;
}
