// Compiled with STICHOTROPE_DISABLE: every macro must compile to nothing, even
// with arguments the engine would reject.
#define STICHOTROPE_DISABLE
#include <stichotrope/stichotrope.hpp>

#include <cstdint>

namespace disabled_tu {

bool macros_disabled()
{
#if defined(STICHO_BLOCK) && defined(STICHOTROPE_DISABLE)
    return true;
#else
    return false;
#endif
}

// Runs every macro `n` times against `prof`; returns how many bodies ran.
std::uint64_t record([[maybe_unused]] stichotrope::Profiler& prof, int n)
{
    std::uint64_t bodies = 0;
    for (int i = 0; i < n; ++i) {
        STICHO_FUNCTION(prof, 0);
        {
            STICHO_BLOCK(prof, 1, "disabled-block");
            ++bodies;
        }
        {
            STICHO_BLOCK_BYTES(prof, 2, "disabled-bytes", 4096);
            ++bodies;
        }
        {
            STICHO_BLOCK(prof, 1000, ""); // invalid, but compiled away
            ++bodies;
        }
    }
    return bodies;
}

} // namespace disabled_tu
