#include "stichotrope/export.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <stdexcept>
#include <unistd.h>

namespace stichotrope {

namespace {
[[noreturn]] void fail(const std::filesystem::path& path, const char* step, int err)
{
    throw std::runtime_error("cannot write '" + path.string() + "': " + step + ": " + std::strerror(err));
}
} // namespace

void write_file_atomically(const std::filesystem::path& path, const std::string& contents)
{
    if (path.empty())
        throw std::runtime_error("cannot write file: the path is empty");
    // The temporary lives next to the target so rename() stays on one file
    // system and is atomic.
    std::string tmpl = path.string() + ".tmp-XXXXXX";
    const int fd = ::mkstemp(tmpl.data());
    if (fd < 0)
        fail(path, "creating a temporary file", errno);
    auto abandon = [&](const char* step) {
        const int err = errno;
        ::close(fd);
        ::unlink(tmpl.c_str());
        fail(path, step, err);
    };
    const char* p = contents.data();
    std::size_t left = contents.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, left);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            abandon("writing");
        }
        p += n;
        left -= static_cast<std::size_t>(n);
    }
    if (::fchmod(fd, 0644) != 0)
        abandon("setting permissions");
    if (::fsync(fd) != 0)
        abandon("flushing to disk");
    if (::close(fd) != 0) {
        const int err = errno;
        ::unlink(tmpl.c_str());
        fail(path, "closing", err);
    }
    if (::rename(tmpl.c_str(), path.c_str()) != 0) {
        const int err = errno;
        ::unlink(tmpl.c_str());
        fail(path, "renaming into place", err);
    }
}

} // namespace stichotrope
