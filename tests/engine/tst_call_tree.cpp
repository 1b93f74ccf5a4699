// Call trees: per-thread and merged trees of call paths, self time, depth
// limit, and tracks toggled around open blocks.
#include "test_support.hpp"

#include <barrier>
#include <functional>

using namespace sticho_test;
using stichotrope::CallTree;
using stichotrope::CallTreeNode;

namespace {
// Every node: self = total - sum(children's totals), never negative; the
// root's total is the sum of its children's; children point back to parents.
// A live read may catch a parent still open while its children completed:
// then self is clamped at 0 instead of the children fitting in the total.
void check_tree(const CallTree& tree, const std::string& view, std::vector<std::string>& out, bool live)
{
    if (tree.nodes.empty())
        return;
    // Every node but the root is in its parent's child list, once.
    std::vector<unsigned> listed(tree.nodes.size(), 0);
    for (std::size_t i = 0; i < tree.nodes.size(); ++i)
        for (const std::uint32_t c : tree.children(std::uint32_t(i)))
            ++listed.at(c);
    for (std::size_t i = 1; i < tree.nodes.size(); ++i)
        if (listed[i] != 1 || tree.nodes[i].parent >= i)
            out.push_back(view + " node " + std::to_string(i) + ": listed " + std::to_string(listed[i]) +
                          " times as a child, parent " + std::to_string(tree.nodes[i].parent));
    for (std::size_t i = 0; i < tree.nodes.size(); ++i) {
        const CallTreeNode& n = tree.nodes[i];
        std::uint64_t children = 0;
        for (const std::uint32_t c : tree.children(std::uint32_t(i))) {
            children += tree.nodes.at(c).total_ns;
            if (tree.nodes[c].parent != i || tree.nodes[c].depth != n.depth + 1)
                out.push_back(view + " node " + std::to_string(c) + ": wrong parent or depth");
        }
        const bool self_ok = children <= n.total_ns ? n.self_ns == n.total_ns - children : live && n.self_ns == 0;
        if (i == 0 ? n.total_ns != children : !self_ok)
            out.push_back(view + " node " + std::to_string(i) + ": self " + std::to_string(n.self_ns) + " total " +
                          std::to_string(n.total_ns) + " children " + std::to_string(children));
    }
}

// The node reached from the root by this path of (track, block) pairs.
const CallTreeNode* at_path(const CallTree& tree, std::initializer_list<std::pair<unsigned, unsigned>> path)
{
    if (tree.nodes.empty())
        return nullptr;
    std::uint32_t n = 0;
    for (const auto& [track, block] : path) {
        std::uint32_t next = 0;
        for (const std::uint32_t c : tree.children(n))
            if (tree.nodes[c].track == track && tree.nodes[c].block == block)
                next = c;
        if (next == 0)
            return nullptr;
        n = next;
    }
    return &tree.nodes[n];
}

// Sum over threads of the node at each path equals the merged node.
void check_merged_tree(const stichotrope::Results& r, std::vector<std::string>& out)
{
    using Path = std::vector<std::pair<unsigned, unsigned>>;
    std::map<Path, std::pair<std::uint64_t, std::uint64_t>> sums; // hits, total
    std::function<void(const CallTree&, std::uint32_t, Path&, bool)> walk = [&](const CallTree& t, std::uint32_t i,
                                                                                Path& path, bool merged) {
        const CallTreeNode& n = t.nodes[i];
        if (i != 0) {
            path.emplace_back(n.track, n.block);
            auto& s = sums[path];
            if (merged) {
                if (s.first != n.hit_count || s.second != n.total_ns)
                    out.push_back("merged node at depth " + std::to_string(n.depth) + ": hits " +
                                  std::to_string(n.hit_count) + " vs " + std::to_string(s.first) + ", total " +
                                  std::to_string(n.total_ns) + " vs " + std::to_string(s.second));
            } else {
                s.first += n.hit_count;
                s.second += n.total_ns;
            }
        }
        for (const std::uint32_t c : t.children(i))
            walk(t, c, path, merged);
        if (i != 0)
            path.pop_back();
    };
    Path path;
    for (const auto& th : r.threads)
        if (!th.call_tree.nodes.empty())
            walk(th.call_tree, 0, path, false);
    if (!r.call_tree.nodes.empty())
        walk(r.call_tree, 0, path, true);
}

std::vector<std::string> validate_trees(const stichotrope::Results& r, bool live = false)
{
    std::vector<std::string> out;
    check_tree(r.call_tree, "merged", out, live);
    for (const auto& th : r.threads)
        check_tree(th.call_tree, "thread " + std::to_string(th.thread_id), out, live);
    check_merged_tree(r, out);
    return out;
}

#define STICHO_CHECK_TREES(results)                                                                      \
    do {                                                                                                 \
        const auto problems_ = validate_trees(results);                                                  \
        QVERIFY2(problems_.empty(), join_lines(problems_).c_str());                                      \
    } while (false)

void recurse(Profiler& p, int depth)
{
    STICHO_BLOCK(p, 0, "recurse");
    if (depth > 1)
        recurse(p, depth - 1);
}

// Every sequence of left/right up to `depth` is its own call path: a full
// binary tree of 2^(depth+1) - 2 blocks and as many paths.
void branch(Profiler& p, int depth);
void left(Profiler& p, int depth)
{
    STICHO_BLOCK(p, 0, "left");
    branch(p, depth - 1);
}
void right(Profiler& p, int depth)
{
    STICHO_BLOCK(p, 0, "right");
    branch(p, depth - 1);
}
void branch(Profiler& p, int depth)
{
    if (depth > 0) {
        left(p, depth);
        right(p, depth);
    }
}
} // namespace

class TestCallTree : public EngineSuite {
    Q_OBJECT

private Q_SLOTS:
    void nestedProfilingAcrossThreads();
    void selfTimeArithmetic();
    void recursionPastTheDepthLimit();
    void callPathsPastTheNodeLimit();
    void disabledTrackIsNotANode();
    void togglingWhileBlocksAreOpen();
    void mergedTreeIsTheSumOfThreads();
    void readWhileNewBlocksWrapOldOnes();
    void clearKeepsPathsAndZeroesCounts();
};

// Seed scenario: outer in one thread, inner in both.
void TestCallTree::nestedProfilingAcrossThreads()
{
    Profiler prof("nested");
    std::uint64_t tid_a = 0, tid_b = 0;
    auto inner = [&] { STICHO_BLOCK(prof, 1, "inner"); spin(200); };
    ThreadGroup a(1, [&](std::size_t) {
        tid_a = os_tid();
        for (int i = 0; i < 5; ++i) {
            STICHO_BLOCK(prof, 0, "outer");
            inner();
            inner();
        }
    });
    STICHO_JOIN(a, 30);
    ThreadGroup b(1, [&](std::size_t) {
        tid_b = os_tid();
        for (int i = 0; i < 7; ++i)
            inner();
    });
    STICHO_JOIN(b, 30);

    const auto r = prof.get_results();
    STICHO_CHECK_TREES(r);
    const ThreadResult* ta = find_thread(r, tid_a);
    const ThreadResult* tb = find_thread(r, tid_b);
    QVERIFY(ta && tb);
    // Thread A: root -> outer -> inner. Thread B: root -> inner.
    QCOMPARE(ta->call_tree.children(0).size(), std::size_t(1));
    QVERIFY(at_path(ta->call_tree, {{0, 0}}));
    QCOMPARE(at_path(ta->call_tree, {{0, 0}})->hit_count, std::uint64_t(5));
    QCOMPARE(at_path(ta->call_tree, {{0, 0}, {1, 0}})->hit_count, std::uint64_t(10));
    QCOMPARE(tb->call_tree.children(0).size(), std::size_t(1));
    QCOMPARE(at_path(tb->call_tree, {{1, 0}})->hit_count, std::uint64_t(7));
    QVERIFY(at_path(tb->call_tree, {{0, 0}}) == nullptr);
    // Merged: both paths, counted once each.
    QCOMPARE(r.call_tree.children(0).size(), std::size_t(2));
    QCOMPARE(at_path(r.call_tree, {{0, 0}, {1, 0}})->hit_count, std::uint64_t(10));
    QCOMPARE(at_path(r.call_tree, {{1, 0}})->hit_count, std::uint64_t(7));
    // The flat numbers are unchanged by the tree: inner has 17 hits.
    QCOMPARE(r.find(1, 0)->hit_count, std::uint64_t(17));
}

// A parent doing its own work plus two children: self is what remains, and
// the tree's times agree with the timeline's exact per-execution durations.
void TestCallTree::selfTimeArithmetic()
{
    Profiler prof("self");
    for (int i = 0; i < 20; ++i) {
        STICHO_BLOCK(prof, 0, "parent");
        spin(20000);
        {
            STICHO_BLOCK(prof, 0, "child a");
            spin(5000);
        }
        {
            STICHO_BLOCK(prof, 0, "child b");
            spin(10000);
        }
    }
    const auto r = prof.get_results();
    STICHO_CHECK_TREES(r);
    const auto& tree = r.threads.at(0).call_tree;
    const CallTreeNode* parent = at_path(tree, {{0, 0}});
    const CallTreeNode* a = at_path(tree, {{0, 0}, {0, 1}});
    const CallTreeNode* b = at_path(tree, {{0, 0}, {0, 2}});
    QVERIFY(parent && a && b);
    QCOMPARE(parent->self_ns, parent->total_ns - a->total_ns - b->total_ns);
    QCOMPARE(a->self_ns, a->total_ns);
    QVERIFY(parent->self_ns > 0);
    // Tree totals equal the flat totals of blocks that only appear once in it.
    QCOMPARE(parent->total_ns, r.find(0, 0)->total_ns);
    QCOMPARE(a->total_ns, r.find(0, 1)->total_ns);
    QCOMPARE(parent->hit_count, std::uint64_t(20));

    // Root = top-level time: the sum of depth-0 timeline durations (converted
    // per event, so within 1 ns per event of the per-node conversion).
    // The parent's self time is its executions minus its children's, from
    // the timeline's independent per-execution record.
    const auto tl = prof.timeline(0);
    std::uint64_t top = 0, top_events = 0, nested = 0, nested_events = 0;
    for (const auto& e : tl.threads.at(0).events)
        if (e.depth == 0)
            top += e.duration_ns, ++top_events;
        else
            nested += e.duration_ns, ++nested_events;
    QCOMPARE(top_events, std::uint64_t(20));
    QCOMPARE(nested_events, std::uint64_t(40));
    const std::uint64_t root = tree.root().total_ns;
    QVERIFY2(root + top_events >= top && top + top_events >= root,
             (std::to_string(root) + " vs " + std::to_string(top)).c_str());
    const std::uint64_t self = top - nested, slack = top_events + nested_events;
    QVERIFY2(parent->self_ns + slack >= self && self + slack >= parent->self_ns,
             (std::to_string(parent->self_ns) + " vs " + std::to_string(self)).c_str());
}

// Recursion 300 deep: the tree stops at kMaxCallDepth, deeper calls are in
// the flat statistics and folded into the deepest node.
void TestCallTree::recursionPastTheDepthLimit()
{
    constexpr int kDepth = 300;
    static_assert(kDepth > int(stichotrope::kMaxCallDepth));
    Profiler prof("recursion");
    recurse(prof, kDepth);
    recurse(prof, 3);
    const auto r = prof.get_results();
    STICHO_CHECK_TREES(r);
    QCOMPARE(r.find(0, 0)->hit_count, std::uint64_t(kDepth + 3));
    const auto& tree = r.threads.at(0).call_tree;
    // One chain: the root plus kMaxCallDepth nodes.
    QCOMPARE(tree.nodes.size(), std::size_t(stichotrope::kMaxCallDepth) + 1);
    std::uint64_t node_hits = 0;
    unsigned max_depth = 0;
    for (std::size_t i = 1; i < tree.nodes.size(); ++i) {
        node_hits += tree.nodes[i].hit_count;
        max_depth = std::max(max_depth, tree.nodes[i].depth);
    }
    QCOMPARE(max_depth, stichotrope::kMaxCallDepth);
    QCOMPARE(node_hits, std::uint64_t(stichotrope::kMaxCallDepth + 3));
    const CallTreeNode& deepest = tree.nodes.back();
    QCOMPARE(deepest.hit_count, std::uint64_t(1));
    QCOMPARE(deepest.child_count, std::uint32_t(0));
    QCOMPARE(deepest.self_ns, deepest.total_ns); // the folded calls are its self time
}

// More call paths than a thread's tree holds: the paths past the limit are
// not nodes, their blocks still count in the flat statistics and their time
// stays in the caller's node (as self time), so every invariant holds.
void TestCallTree::callPathsPastTheNodeLimit()
{
    constexpr int kDepth = 17;
    constexpr std::uint64_t kBlocks = (std::uint64_t(1) << (kDepth + 1)) - 2;
    static_assert(kBlocks > stichotrope::kMaxCallTreeNodesPerThread);
    Profiler prof("paths");
    {
        STICHO_BLOCK(prof, 1, "top");
        branch(prof, kDepth);
        branch(prof, kDepth); // known paths, and paths still past the limit
    }
    const auto r = prof.get_results();
    STICHO_CHECK_TREES(r);
    QCOMPARE(r.find(0, 0)->hit_count + r.find(0, 1)->hit_count, 2 * kBlocks);
    const auto& tree = r.threads.at(0).call_tree;
    // The root and every node the limit allows, no more.
    QCOMPARE(tree.nodes.size(), std::size_t(stichotrope::kMaxCallTreeNodesPerThread));
    // Each path ran once per pass: a node with other hits would hold blocks
    // from a folded path that re-attached to an existing one.
    const CallTreeNode* top = at_path(tree, {{1, 0}});
    QVERIFY(top);
    QCOMPARE(top->hit_count, std::uint64_t(1));
    for (std::size_t i = 1; i < tree.nodes.size(); ++i)
        if (&tree.nodes[i] != top && tree.nodes[i].hit_count != 2)
            QFAIL(qPrintable(QString("node %1 at depth %2: %3 hits")
                                 .arg(i)
                                 .arg(tree.nodes[i].depth)
                                 .arg(tree.nodes[i].hit_count)));
    // The top block's time is all accounted for: self plus children.
    QCOMPARE(top->total_ns, r.find(1, 0)->total_ns);
    QCOMPARE(tree.nodes[0].total_ns, top->total_ns);
}

// A block on a disabled track is not a node: its children attach above it.
void TestCallTree::disabledTrackIsNotANode()
{
    Profiler prof("disabled");
    prof.set_track_enabled(1, false);
    for (int i = 0; i < 4; ++i) {
        STICHO_BLOCK(prof, 0, "a");
        STICHO_BLOCK(prof, 1, "hidden");
        STICHO_BLOCK(prof, 0, "c");
        spin(100);
    }
    const auto r = prof.get_results();
    STICHO_CHECK_TREES(r);
    const auto& tree = r.threads.at(0).call_tree;
    QCOMPARE(tree.nodes.size(), std::size_t(3));
    QCOMPARE(at_path(tree, {{0, 0}, {0, 1}})->hit_count, std::uint64_t(4));
    QVERIFY(r.find(1, 0) == nullptr); // never registered: it never ran enabled
}

// Toggled from another thread while blocks are open: open blocks close and
// count, new children attach to the nearest enabled ancestor.
void TestCallTree::togglingWhileBlocksAreOpen()
{
    Profiler prof("toggle");
    std::barrier sync(2);
    ThreadGroup worker(1, [&](std::size_t) {
        {
            STICHO_BLOCK(prof, 0, "open then disabled");
            sync.arrive_and_wait(); // main disables track 0
            sync.arrive_and_wait();
            { STICHO_BLOCK(prof, 1, "child"); }
            { STICHO_BLOCK(prof, 0, "skipped"); }
        }
        prof.set_track_enabled(2, false);
        {
            STICHO_BLOCK(prof, 2, "closed then enabled");
            sync.arrive_and_wait(); // main enables track 2
            sync.arrive_and_wait();
            { STICHO_BLOCK(prof, 1, "orphan"); }
        }
    });
    sync.arrive_and_wait();
    prof.set_track_enabled(0, false);
    sync.arrive_and_wait();
    sync.arrive_and_wait();
    prof.set_track_enabled(2, true);
    sync.arrive_and_wait();
    STICHO_JOIN(worker, 30);

    const auto r = prof.get_results();
    STICHO_CHECK_TREES(r);
    const auto& tree = r.threads.at(0).call_tree;
    // "open then disabled" (track 0, block 0) still closed and counted, with
    // its child; "orphan" (registered second on track 1) sits at the top.
    QCOMPARE(r.find(0, 0)->hit_count, std::uint64_t(1));
    QCOMPARE(at_path(tree, {{0, 0}, {1, 0}})->hit_count, std::uint64_t(1));
    QCOMPARE(at_path(tree, {{1, 1}})->hit_count, std::uint64_t(1));
    QVERIFY(r.find(2, 0) == nullptr);
    QCOMPARE(tree.children(0).size(), std::size_t(2));
}

// Random nesting in 6 threads: merged tree = per-path sums over threads.
void TestCallTree::mergedTreeIsTheSumOfThreads()
{
    Profiler prof("merge");
    ThreadGroup g(6, [&](std::size_t t) {
        for (unsigned i = 0; i < 300; ++i) {
            STICHO_BLOCK(prof, 0, "frame");
            const unsigned pick = (i * 7 + unsigned(t)) % 5;
            if (pick < 2) {
                kSites[pick](prof, 1);
            } else {
                STICHO_BLOCK(prof, 2, "mid");
                kSites[pick](prof, 1);
                if (pick == 4)
                    kSites[0](prof, 1);
            }
        }
    });
    STICHO_JOIN(g, 60);
    const auto r = prof.get_results();
    STICHO_CHECK_TREES(r);
    STICHO_CHECK_RESULTS(r);
    std::uint64_t frame_hits = 0;
    for (const std::uint32_t c : r.call_tree.children(0))
        frame_hits += r.call_tree.nodes[c].hit_count;
    QCOMPARE(frame_hits, std::uint64_t(6 * 300));
}

// A block registered after a reader copied the catalogue is an empty path
// element in that read; blocks it calls that the catalogue does know must
// not make it a node. Writers keep registering new blocks (one call site on
// every track) around an old one while a reader aggregates without pause.
void TestCallTree::readWhileNewBlocksWrapOldOnes()
{
    for (int round = 0; round < 40; ++round) {
        Profiler prof("registering");
        std::atomic<bool> done{false};
        Failures seen_by_reader;
        std::barrier<> start(3);
        ThreadGroup writers(2, [&](std::size_t w) {
            start.arrive_and_wait();
            for (unsigned track = 1; track < stichotrope::kMaxTracks; ++track) {
                STICHO_BLOCK(prof, track, "new outer");
                STICHO_BLOCK(prof, 0, "old inner");
                if (w == 0 && track == stichotrope::kMaxTracks - 1)
                    done.store(true, std::memory_order_release);
            }
        });
        ThreadGroup reader(1, [&](std::size_t) {
            start.arrive_and_wait();
            do {
                const auto r = prof.get_results();
                seen_by_reader.add_all(validate_trees(r, /*live=*/true));
            } while (!done.load(std::memory_order_acquire));
        });
        STICHO_JOIN(writers, 30);
        STICHO_JOIN(reader, 30);
        STICHO_CHECK_NO_FAILURES(seen_by_reader);
        const auto r = prof.get_results();
        STICHO_CHECK_TREES(r);
        QCOMPARE(r.find(0, 0)->hit_count, std::uint64_t(2 * (stichotrope::kMaxTracks - 1)));
    }
}

// clear() while a block is open: counts restart from zero, the open block
// closes into the cleared tree, and new executions attach as before.
void TestCallTree::clearKeepsPathsAndZeroesCounts()
{
    Profiler prof("clear");
    // One pair of call sites, so every round takes the same path.
    auto round = [&prof](const std::function<void()>& inside_outer) {
        STICHO_BLOCK(prof, 0, "outer");
        inside_outer();
        STICHO_BLOCK(prof, 0, "inner");
    };
    for (int i = 0; i < 3; ++i)
        round([] {});
    QCOMPARE(at_path(prof.get_results().call_tree, {{0, 0}, {0, 1}})->hit_count, std::uint64_t(3));
    bool empty_after_clear = false;
    round([&] {
        prof.clear();
        empty_after_clear = prof.get_results().call_tree.empty();
    });
    QVERIFY(empty_after_clear);
    const auto r = prof.get_results();
    STICHO_CHECK_TREES(r);
    const auto& tree = r.threads.at(0).call_tree;
    QCOMPARE(tree.nodes.size(), std::size_t(3));
    QCOMPARE(at_path(tree, {{0, 0}})->hit_count, std::uint64_t(1));
    QCOMPARE(at_path(tree, {{0, 0}, {0, 1}})->hit_count, std::uint64_t(1));
    QCOMPARE(r.find(0, 0)->hit_count, std::uint64_t(1));
}

QTEST_APPLESS_MAIN(TestCallTree)
#include "tst_call_tree.moc"
