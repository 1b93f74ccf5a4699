// The process-wide pool behind intern(): block names and files are few and
// live as long as the code that declares them, so they are stored once and
// never freed, and every snapshot refers to them instead of copying.
#include "stichotrope/results.hpp"

#include <mutex>
#include <string>
#include <unordered_set>

namespace stichotrope {

namespace {
struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

struct StringPool {
    std::mutex mutex;
    // Node-based: an element's characters never move once inserted.
    std::unordered_set<std::string, StringHash, std::equal_to<>> strings;
};

StringPool& pool()
{
    // Never destroyed: views handed out stay valid during static destruction.
    static StringPool* p = new StringPool;
    return *p;
}
} // namespace

std::string_view intern(std::string_view text)
{
    StringPool& p = pool();
    std::lock_guard lock(p.mutex);
    auto it = p.strings.find(text);
    if (it == p.strings.end())
        it = p.strings.emplace(text).first;
    return *it;
}

} // namespace stichotrope
