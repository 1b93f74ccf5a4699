// The flame chart's window as the viewer shares it: the poll thread ingests
// into its TimelineWindow and hands out copies that share the stored events;
// the GUI thread reads a copy while the original goes on filling, trimming
// and capping. TimelineWindow is plain C++, so this runs with the engine's
// tests under ThreadSanitizer and AddressSanitizer: a copy that read memory
// the original writes, or freed chunks it still shows, fails here.
#include "model/TimelineWindow.hpp"
#include "test_support.hpp"

#include <atomic>
#include <latch>
#include <memory>
#include <mutex>
#include <thread>

using namespace sticho_test;
using stichotrope::gui::DepthEvents;
using stichotrope::gui::ThreadLane;
using stichotrope::gui::TimelineWindow;
using stichotrope::gui::WindowEvent;

namespace {

constexpr std::uint64_t kLanes = 6;
constexpr unsigned kDepths = 3;
constexpr std::uint64_t kStep = 100; // ns between events at one depth

// Every event says where it belongs: its block is derived from its start and
// depth, so a copy that saw an event overwritten would find a mismatch.
std::uint32_t blockOf(std::uint64_t start, unsigned depth) { return std::uint32_t((start / kStep + depth) % 997); }

// One poll: `count` events per lane and depth after `from`.
stichotrope::Timeline pollOf(std::uint64_t from, std::uint64_t count)
{
    stichotrope::Timeline t;
    for (std::uint64_t lane = 0; lane < kLanes; ++lane) {
        stichotrope::ThreadTimeline& th = t.threads.emplace_back();
        th.thread_id = 100 + lane;
        th.name = "lane-" + std::to_string(lane);
        for (std::uint64_t i = 0; i < count; ++i)
            for (unsigned depth = kDepths; depth-- > 0;) {
                const std::uint64_t start = from + i * kStep + depth;
                th.events.push_back({start, kStep / 2, 0, blockOf(start - depth, depth), depth});
            }
    }
    t.now_ns = from + count * kStep;
    return t;
}

// Reads every event of a copy; returns the number of events that are out of
// order, outside the copy's window or not what was written.
std::size_t checkCopy(const TimelineWindow& w)
{
    std::size_t bad = 0;
    for (const ThreadLane& lane : w.lanes())
        for (std::size_t depth = 0; depth < lane.depths.size(); ++depth) {
            std::uint64_t previous = 0;
            for (const WindowEvent& e : lane.depths[depth].events()) {
                bad += e.start_ns < previous;
                bad += e.end_ns < w.beginNs() || e.start_ns > w.nowNs();
                bad += e.block != blockOf(e.start_ns - depth, unsigned(depth));
                bad += e.track != 0 || e.end_ns != e.start_ns + kStep / 2;
                previous = e.start_ns;
            }
        }
    return bad;
}

} // namespace

class TestSharedWindow : public EngineSuite {
    Q_OBJECT

private Q_SLOTS:
    void copiesReadWhileTheOriginalIngests();
};

void TestSharedWindow::copiesReadWhileTheOriginalIngests()
{
    // Polls of uneven sizes cross chunk boundaries; the window's length and
    // its event cap both trim the front while copies are being read.
    constexpr int kPolls = 400;
    std::mutex slot_mutex; // stands for the queued signal that hands a snapshot over
    std::shared_ptr<const TimelineWindow> slot;
    std::atomic<bool> done{false};
    std::atomic<std::size_t> copies_read{0};
    std::atomic<std::size_t> bad_events{0};
    std::latch start(2);

    std::thread reader([&] {
        start.arrive_and_wait();
        std::shared_ptr<const TimelineWindow> last;
        while (!done.load(std::memory_order_acquire)) {
            std::shared_ptr<const TimelineWindow> copy;
            {
                std::lock_guard lock(slot_mutex);
                copy = slot;
            }
            if (!copy || copy == last) {
                std::this_thread::yield();
                continue;
            }
            // Read it twice: the original ingests meanwhile.
            const std::size_t before = copy->eventCount();
            bad_events += checkCopy(*copy);
            bad_events += checkCopy(*copy);
            bad_events += copy->eventCount() != before;
            copies_read.fetch_add(1, std::memory_order_relaxed);
            last = std::move(copy);
        }
    });

    TimelineWindow window;
    window.setWindowNs(300 * kStep);
    window.setMaxEvents(kLanes * kDepths * 250);
    std::uint64_t now = 0;
    start.arrive_and_wait();
    for (int poll = 0; poll < kPolls; ++poll) {
        const std::uint64_t count = 1 + std::uint64_t(poll * 37 % 211);
        window.ingest(pollOf(now, count));
        now += count * kStep;
        auto copy = std::make_shared<const TimelineWindow>(window);
        std::lock_guard lock(slot_mutex);
        slot = std::move(copy);
    }
    done.store(true, std::memory_order_release);
    reader.join();

    qInfo("%zu of %d copies read while the original went on", copies_read.load(), kPolls);
    QCOMPARE(bad_events.load(), std::size_t(0));
    QVERIFY(copies_read.load() > 0);
    // The original kept its newest events: the last poll's are all there.
    QCOMPARE(window.nowNs(), now);
    QVERIFY(window.eventCount() <= window.maxEvents());
    QCOMPARE(checkCopy(window), std::size_t(0));
    for (const ThreadLane& lane : window.lanes())
        QCOMPARE(lane.depths.at(0).events().back().start_ns, now - kStep);
}

QTEST_APPLESS_MAIN(TestSharedWindow)
#include "tst_shared_window.moc"
