// Instruments two threads with the installed engine and checks the counts
// it reports: exit 0 when they are exact.
#include <stichotrope/stichotrope.hpp>

#include <cstdio>
#include <thread>

int main()
{
    stichotrope::Profiler profiler("engine-consumer");
    profiler.set_track_name(0, "Work");
    auto work = [&profiler] {
        volatile unsigned sum = 0;
        for (unsigned i = 0; i < 1000; ++i) {
            STICHO_BLOCK(profiler, 0, "step");
            sum = sum + i;
        }
    };
    std::thread a(work);
    std::thread b(work);
    a.join();
    b.join();

    const stichotrope::Results results = profiler.get_results();
    std::puts(stichotrope::to_table(results).c_str());
    std::uint64_t steps = 0;
    for (const auto& [index, block] : results.tracks.at(0).blocks)
        if (block.name == "step")
            steps += block.hit_count;
    if (steps != 2000 || results.threads.size() != 2) {
        std::fprintf(stderr, "expected 2000 hits of 'step' in 2 threads, got %llu in %zu\n",
                     static_cast<unsigned long long>(steps), results.threads.size());
        return 1;
    }
    std::puts("engine consumer: 2000 hits in 2 threads");
    return 0;
}
