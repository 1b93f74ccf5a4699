// Duration histograms: bucket geometry, quantile interpolation, percentiles
// against the exact distribution, and merging across threads.
#include "test_support.hpp"

#include <stichotrope/detail/histogram_buckets.hpp>

#include <ranges>
#include <string>
#include <utility>
#include <vector>

using namespace sticho_test;
using stichotrope::Histogram;
using stichotrope::HistogramBucket;

class TestHistogram : public EngineSuite {
    Q_OBJECT

private Q_SLOTS:
    void bucketsAreFineAndContiguous();
    void quantileInterpolatesInsideBuckets();
    void bucketsReadBackAsGiven();
    void percentilesMatchTheExactDistribution();
    void mergedHistogramIsTheSumOfThreads();
    void clearedHistogramCountsAgain();
};

// Every bucket above the exact range is at most 1/16 of its lower bound wide,
// buckets tile the range without gaps, and values land in their bucket.
void TestHistogram::bucketsAreFineAndContiguous()
{
    using namespace stichotrope::detail;
    for (unsigned i = 0; i + 1 < kHistBuckets; ++i) {
        const std::uint64_t lo = histogram_bucket_lower(i), hi = histogram_bucket_lower(i + 1);
        QVERIFY(hi > lo);
        QCOMPARE(histogram_bucket(lo), i);
        QCOMPARE(histogram_bucket(hi - 1), i);
        if (lo >= kHistSub)
            QVERIFY2((hi - lo) * 16 <= lo, std::to_string(i).c_str());
    }
    // From 1 tick to beyond ten minutes at 3 GHz.
    QVERIFY(histogram_bucket_lower(kHistBuckets - 1) > 3'000'000'000ull * 600);
}

void TestHistogram::quantileInterpolatesInsideBuckets()
{
    Histogram h;
    QCOMPARE(h.quantile_ns(0.5), std::uint64_t(0));
    h = Histogram({HistogramBucket{100, 200, 50}, HistogramBucket{200, 300, 50}});
    QCOMPARE(h.count(), std::uint64_t(100));
    // Copies share the buckets and outlive the original.
    const Histogram copy = std::exchange(h, Histogram(std::vector<HistogramBucket>{}));
    QVERIFY(h.empty());
    QCOMPARE(copy.buckets().size(), std::size_t(2));
    QVERIFY(copy.buckets()[1] == (HistogramBucket{200, 300, 50}));
    h = copy;
    QVERIFY(h == copy);
    QCOMPARE(h.quantile_ns(0.5), std::uint64_t(200));
    QCOMPARE(h.quantile_ns(0.9), std::uint64_t(280));
    QCOMPARE(h.quantile_ns(0.0), std::uint64_t(100));
    QCOMPARE(h.quantile_ns(1.0), std::uint64_t(300));
}

// Buckets stored as counts and indices into a table of bounds read back
// exactly as given: adjacent ones sharing a bound, gaps, a bucket from 0, and
// through every way of walking them.
void TestHistogram::bucketsReadBackAsGiven()
{
    static_assert(std::ranges::random_access_range<stichotrope::HistogramBuckets>);
    static_assert(std::ranges::sized_range<stichotrope::HistogramBuckets>);
    const std::vector<HistogramBucket> given{
        {0, 1, 7}, {1, 2, 1}, {16, 17, 3}, {17, 18, 4}, {1000, 1064, 2}, {5000, 5312, 9}};
    const Histogram h(given);
    const auto buckets = h.buckets();
    QCOMPARE(buckets.size(), given.size());
    QCOMPARE(std::vector<HistogramBucket>(buckets.begin(), buckets.end()), given);
    for (std::size_t i = 0; i < given.size(); ++i)
        QVERIFY2(buckets[i] == given[i], std::to_string(i).c_str());
    QVERIFY(buckets.front() == given.front());
    QVERIFY(buckets.back() == given.back());
    QCOMPARE(std::size_t(buckets.end() - buckets.begin()), given.size());
    std::vector<HistogramBucket> backwards;
    for (auto it = buckets.end(); it != buckets.begin();)
        backwards.push_back(*--it);
    QCOMPARE(backwards, std::vector<HistogramBucket>(given.rbegin(), given.rend()));
    QCOMPARE(h.count(), std::uint64_t(26));
    QVERIFY(Histogram().buckets().empty());
}

// A block with a long-tailed distribution of durations: the engine's median,
// p90 and p99 agree with the exact ones (from the timeline's per-execution
// durations) within the buckets' precision.
void TestHistogram::percentilesMatchTheExactDistribution()
{
    Profiler prof("distribution");
    constexpr unsigned kRuns = 2000;
    for (unsigned i = 0; i < kRuns; ++i) {
        STICHO_BLOCK(prof, 0, "work");
        // 85% short, 13% ten times longer, 2% a hundred times longer.
        spin(i % 50 == 0 ? 40000 : (i % 8 == 0 ? 4000 : 400 + (i % 7) * 30));
    }
    std::vector<std::uint64_t> exact;
    const stichotrope::Timeline tl = prof.timeline(0);
    for (const auto& e : tl.threads.at(0).events)
        exact.push_back(e.duration_ns);
    QCOMPARE(exact.size(), std::size_t(kRuns));
    std::sort(exact.begin(), exact.end());
    const auto r = prof.get_results();
    const BlockStats& s = *r.find(0, 0);
    QCOMPARE(s.histogram.count(), std::uint64_t(kRuns));
    auto near = [&](std::uint64_t got, double q) {
        const double want = double(exact[std::size_t(q * (kRuns - 1))]);
        // Bucket width 6.25% plus one ns of conversion per side.
        return std::abs(double(got) - want) <= want * 0.0625 + 2.0;
    };
    QVERIFY2(near(s.median_ns(), 0.5), (std::to_string(s.median_ns()) + " vs " + std::to_string(exact[kRuns / 2])).c_str());
    QVERIFY2(near(s.p90_ns(), 0.9), (std::to_string(s.p90_ns()) + " vs " + std::to_string(exact[kRuns * 9 / 10])).c_str());
    QVERIFY2(near(s.p99_ns(), 0.99), (std::to_string(s.p99_ns()) + " vs " + std::to_string(exact[kRuns * 99 / 100])).c_str());
    QVERIFY(s.min_ns <= s.median_ns() && s.median_ns() <= s.p90_ns() && s.p90_ns() <= s.p99_ns() && s.p99_ns() <= s.max_ns);
    // The tail is visible: p99 is far above the median.
    QVERIFY(s.p99_ns() > 5 * s.median_ns());
}

void TestHistogram::mergedHistogramIsTheSumOfThreads()
{
    Profiler prof("merge");
    ThreadGroup g(4, [&](std::size_t t) {
        for (unsigned i = 0; i < 500; ++i) {
            STICHO_BLOCK(prof, 0, "work");
            spin(200 * unsigned(t + 1));
        }
    });
    STICHO_JOIN(g, 60);
    const auto r = prof.get_results();
    STICHO_CHECK_RESULTS(r);
    const BlockStats& m = *r.find(0, 0);
    QCOMPARE(m.histogram.count(), std::uint64_t(2000));
    std::map<std::uint64_t, std::uint64_t> merged, upper;
    for (const auto& b : m.histogram.buckets()) {
        QVERIFY(b.count > 0 && b.upper_ns > b.lower_ns);
        merged[b.lower_ns] += b.count;
        upper[b.lower_ns] = b.upper_ns;
    }
    // Each thread's buckets are the merged view's, bounds included.
    std::map<std::uint64_t, std::uint64_t> sum;
    for (const auto& th : r.threads) {
        const BlockStats* s = find_block(th.tracks, 0, 0);
        QVERIFY(s);
        QCOMPARE(s->histogram.count(), s->hit_count);
        for (const auto& b : s->histogram.buckets()) {
            sum[b.lower_ns] += b.count;
            QCOMPARE(b.upper_ns, upper[b.lower_ns]);
        }
    }
    QVERIFY(merged == sum);
}

// A live thread's histogram after clear(): only the new executions, every
// one of them in a bucket, also after the range widens again.
void TestHistogram::clearedHistogramCountsAgain()
{
    Profiler prof("cleared");
    auto run = [&prof](unsigned work) {
        STICHO_BLOCK(prof, 0, "work");
        spin(work);
    };
    for (unsigned i = 0; i < 50; ++i)
        run(20000);
    prof.clear();
    for (unsigned i = 0; i < 30; ++i)
        run(i % 3 == 0 ? 100 : 3000); // two clusters far apart: the range widens
    const auto r = prof.get_results();
    const BlockStats& s = *r.find(0, 0);
    QCOMPARE(s.hit_count, std::uint64_t(30));
    QCOMPARE(s.histogram.count(), std::uint64_t(30));
    const auto buckets = s.histogram.buckets();
    QVERIFY(!buckets.empty());
    // Bucket bounds and the minimum are whole ns truncated from ticks: the
    // bucket holding the fastest run can end on the very ns the minimum
    // truncates to (ticks 102 and 103 both 39 ns at 2.6 GHz), never before.
    for (const auto& b : buckets)
        QVERIFY2(b.count > 0 && b.lower_ns <= s.max_ns && b.upper_ns >= s.min_ns,
                 qPrintable(QStringLiteral("bucket [%1, %2) x %3, block min %4 max %5")
                                .arg(b.lower_ns)
                                .arg(b.upper_ns)
                                .arg(b.count)
                                .arg(s.min_ns)
                                .arg(s.max_ns)));
}

QTEST_APPLESS_MAIN(TestHistogram)
#include "tst_histogram.moc"
