// Stichotrope: the one header an instrumented program includes.
//
//   #include <stichotrope/stichotrope.hpp>
//   stichotrope::Profiler prof("app");
//   void work() { STICHO_FUNCTION(prof, 0); ... { STICHO_BLOCK(prof, 1, "inner"); ... } }
//
// Define STICHOTROPE_DISABLE before including it to compile every macro away.
#pragma once

#include "stichotrope/export.hpp"
#include "stichotrope/profiler.hpp"
#include "stichotrope/results.hpp"
#include "stichotrope/timeline.hpp"

#define STICHO_CONCAT_INNER(a, b) a##b
#define STICHO_CONCAT(a, b) STICHO_CONCAT_INNER(a, b)

#if defined(STICHOTROPE_DISABLE)

#define STICHO_BLOCK(profiler, track, name) static_cast<void>(0)
#define STICHO_FUNCTION(profiler, track) static_cast<void>(0)
#define STICHO_BLOCK_BYTES(profiler, track, name, bytes) static_cast<void>(0)

#else

// The call site is constant-initialised (no guard on the hot path); the scoped
// block measures until the end of the enclosing C++ block.
#define STICHO_BLOCK_IMPL(type, profiler, track, name, bytes, id)                                            \
    static constinit ::stichotrope::detail::CallSite STICHO_CONCAT(sticho_site_, id){name, __FILE__, __LINE__}; \
    const ::stichotrope::detail::type STICHO_CONCAT(sticho_block_, id)                                        \
    {                                                                                                        \
        (profiler), static_cast<unsigned>(track), STICHO_CONCAT(sticho_site_, id), (bytes)                   \
    }

#define STICHO_BLOCK(profiler, track, name) STICHO_BLOCK_IMPL(ScopedBlock, profiler, track, name, 0, __COUNTER__)
#define STICHO_FUNCTION(profiler, track) STICHO_BLOCK_IMPL(ScopedBlock, profiler, track, __func__, 0, __COUNTER__)
#define STICHO_BLOCK_BYTES(profiler, track, name, bytes) \
    STICHO_BLOCK_IMPL(ScopedBytesBlock, profiler, track, name, static_cast<std::uint64_t>(bytes), __COUNTER__)

#endif
