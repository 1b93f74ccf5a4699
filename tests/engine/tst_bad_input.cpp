// Bad input is rejected loudly and precisely: out-of-range tracks and empty
// names at registration, out-of-range tracks in the API, too many blocks,
// and files that cannot be written (without damaging what was there).
#include "test_support.hpp"

#include <QTemporaryDir>

#include <csignal>
#include <deque>
#include <filesystem>
#include <fstream>
#include <functional>
#include <stdexcept>

#include <sys/resource.h>

using namespace sticho_test;
namespace fs = std::filesystem;

namespace {
// Message of the exception of type E that f throws; empty if none.
template <class E>
std::string message_of(const std::function<void()>& f)
{
    try {
        f();
    } catch (const E& e) {
        return e.what();
    }
    return {};
}

bool contains(const std::string& haystack, const std::string& needle)
{
    return haystack.find(needle) != std::string::npos;
}

std::string read_file(const fs::path& p)
{
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<std::string> entries(const fs::path& dir)
{
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(dir))
        out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}
} // namespace

class TestBadInput : public EngineSuite {
    Q_OBJECT

private Q_SLOTS:
    void trackOutOfRangeAtCallSite();
    void emptyBlockName();
    void trackOutOfRangeInApi();
    void tooManyBlocks();
    void unwritableTarget();
    void failedWriteKeepsOldFile();
    void targetIsDirectory();
};

// Tracks 64 and 1000 at a call site: std::invalid_argument naming the track,
// the block and its file:line; nothing is registered and recording goes on.
void TestBadInput::trackOutOfRangeAtCallSite()
{
    Profiler prof("bad-track");
    for (const unsigned track : {64u, 1000u}) {
        unsigned line = 0;
        const std::string msg = message_of<std::invalid_argument>([&] {
            line = __LINE__; STICHO_BLOCK(prof, track, "bad-track-block");
        });
        QVERIFY2(contains(msg, "track " + std::to_string(track)), msg.c_str());
        QVERIFY2(contains(msg, std::string(__FILE__) + ":" + std::to_string(line)), msg.c_str());
        QVERIFY2(contains(msg, "bad-track-block"), msg.c_str());
    }
    QCOMPARE(prof.block_count(), std::size_t(0));
    {
        STICHO_BLOCK(prof, 0, "good");
    }
    const Results r = prof.get_results();
    STICHO_CHECK_RESULTS(r);
    QCOMPARE(r.block_count(), std::size_t(1));
    QCOMPARE(r.hit_count(), std::uint64_t(1));
}

// An empty or null block name: std::invalid_argument naming the file:line.
void TestBadInput::emptyBlockName()
{
    Profiler prof("bad-name");
    unsigned line = 0;
    std::string msg = message_of<std::invalid_argument>([&] {
        line = __LINE__; STICHO_BLOCK(prof, 0, "");
    });
    QVERIFY2(contains(msg, "empty name"), msg.c_str());
    QVERIFY2(contains(msg, std::string(__FILE__) + ":" + std::to_string(line)), msg.c_str());
    msg = message_of<std::invalid_argument>([&] {
        line = __LINE__; STICHO_BLOCK(prof, 2, nullptr);
    });
    QVERIFY2(contains(msg, "empty name"), msg.c_str());
    QVERIFY2(contains(msg, std::string(__FILE__) + ":" + std::to_string(line)), msg.c_str());
    QCOMPARE(prof.block_count(), std::size_t(0));
}

// The track API rejects out-of-range tracks, and a rejected call changes
// nothing (track 64 must not alias track 0).
void TestBadInput::trackOutOfRangeInApi()
{
    Profiler prof("bad-api");
    for (const unsigned track : {64u, 65u, 1000u}) {
        const std::string t = "track " + std::to_string(track);
        std::string msg = message_of<std::invalid_argument>([&] { prof.set_track_enabled(track, false); });
        QVERIFY2(contains(msg, t), msg.c_str());
        msg = message_of<std::invalid_argument>([&] { (void)prof.is_track_enabled(track); });
        QVERIFY2(contains(msg, t), msg.c_str());
        msg = message_of<std::invalid_argument>([&] { prof.set_track_name(track, "x"); });
        QVERIFY2(contains(msg, t), msg.c_str());
        msg = message_of<std::invalid_argument>([&] { (void)prof.track_name(track); });
        QVERIFY2(contains(msg, t), msg.c_str());
    }
    for (unsigned t = 0; t < stichotrope::kMaxTracks; ++t) {
        QVERIFY(prof.is_track_enabled(t));
        QCOMPARE(prof.track_name(t), "Track " + std::to_string(t));
    }
    {
        STICHO_BLOCK(prof, 0, "still-recording");
        STICHO_BLOCK(prof, 1, "still-recording");
    }
    QCOMPARE(prof.get_results().hit_count(), std::uint64_t(2));
}

// The 65,537th block of a profiler is rejected; the first 65,536 work.
void TestBadInput::tooManyBlocks()
{
    using stichotrope::detail::CallSite;
    using stichotrope::detail::ScopedBlock;
    const std::uint32_t limit = stichotrope::kMaxBlocksPerProfiler;
    const unsigned sites_needed = limit / stichotrope::kMaxTracks;
    Profiler prof("too-many");
    std::deque<CallSite> sites; // stable addresses, as static call sites have
    for (unsigned s = 0; s <= sites_needed; ++s)
        sites.emplace_back("many", __FILE__, __LINE__);
    for (unsigned s = 0; s < sites_needed; ++s)
        for (unsigned t = 0; t < stichotrope::kMaxTracks; ++t)
            ScopedBlock block(prof, t, sites[s]);
    QCOMPARE(prof.block_count(), std::size_t(limit));
    const std::string msg = message_of<std::invalid_argument>([&] { ScopedBlock block(prof, 0, sites.back()); });
    QVERIFY2(contains(msg, std::to_string(limit)), msg.c_str());
    QCOMPARE(prof.block_count(), std::size_t(limit));
    // Existing blocks keep recording.
    {
        ScopedBlock block(prof, 5, sites[3]);
    }
    const Results r = prof.get_results();
    QCOMPARE(r.hit_count(), std::uint64_t(limit) + 1);
    QCOMPARE(r.block_count(), std::size_t(limit));
}

// A directory that does not exist, or a parent that is a regular file (both
// fail even for root): std::runtime_error naming the path; nothing is left
// behind.
void TestBadInput::unwritableTarget()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const fs::path dir = tmp.path().toStdString();
    { std::ofstream(dir / "plain-file") << "x"; }
    Profiler prof("unwritable");
    {
        STICHO_BLOCK(prof, 0, "b");
    }
    const Results r = prof.get_results();
    const std::vector<fs::path> targets = {dir / "missing" / "out.json", dir / "plain-file" / "out.csv"};
    for (const fs::path& target : targets) {
        for (int kind = 0; kind < 3; ++kind) {
            const std::string msg = message_of<std::runtime_error>([&] {
                if (kind == 0)
                    stichotrope::write_json(r, target);
                else if (kind == 1)
                    stichotrope::write_csv(r, target);
                else
                    stichotrope::write_file_atomically(target, "contents");
            });
            QVERIFY2(contains(msg, "'" + target.string() + "'"), msg.c_str());
        }
    }
    QCOMPARE(entries(dir), std::vector<std::string>{"plain-file"});
    QCOMPARE(read_file(dir / "plain-file"), std::string("x"));
    const std::string msg = message_of<std::runtime_error>([] { stichotrope::write_file_atomically("", "x"); });
    QVERIFY2(!msg.empty(), "an empty path must be rejected");
}

// A write that fails half-way (the file size limit, which also binds root)
// leaves the previous file byte-identical and no temporary file.
void TestBadInput::failedWriteKeepsOldFile()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const fs::path dir = tmp.path().toStdString();
    const fs::path target = dir / "results.csv";
    const std::string old_contents = "old,contents\n\x01\xff\n";
    stichotrope::write_file_atomically(target, old_contents);
    QCOMPARE(read_file(target), old_contents);

    const std::string big(256 * 1024, 'n');
    rlimit saved{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    rlimit small = saved;
    small.rlim_cur = 4096;
    const auto old_handler = std::signal(SIGXFSZ, SIG_IGN); // get EFBIG instead of a signal
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    const std::string msg =
        message_of<std::runtime_error>([&] { stichotrope::write_file_atomically(target, big); });
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, old_handler);

    QVERIFY2(contains(msg, "'" + target.string() + "'"), msg.c_str());
    QVERIFY2(contains(msg, "writing"), msg.c_str());
    QCOMPARE(read_file(target), old_contents);
    QCOMPARE(entries(dir), std::vector<std::string>{"results.csv"});

    // Once the limit is gone the same write succeeds.
    stichotrope::write_file_atomically(target, big);
    QCOMPARE(read_file(target), big);
    QCOMPARE(entries(dir), std::vector<std::string>{"results.csv"});
}

// The target exists but is a directory: the rename fails, the directory and
// its contents are untouched and the temporary file is removed.
void TestBadInput::targetIsDirectory()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const fs::path dir = tmp.path().toStdString();
    const fs::path target = dir / "results.json";
    fs::create_directory(target);
    { std::ofstream(target / "inside") << "keep"; }
    const std::string msg = message_of<std::runtime_error>([&] {
        stichotrope::write_file_atomically(target, "{}");
    });
    QVERIFY2(contains(msg, "'" + target.string() + "'"), msg.c_str());
    QVERIFY2(contains(msg, "renaming"), msg.c_str());
    QVERIFY(fs::is_directory(target));
    QCOMPARE(read_file(target / "inside"), std::string("keep"));
    QCOMPARE(entries(dir), std::vector<std::string>{"results.json"});
}

QTEST_APPLESS_MAIN(TestBadInput)
#include "tst_bad_input.moc"
