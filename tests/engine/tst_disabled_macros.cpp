// STICHOTROPE_DISABLE compiles every macro away in the translation unit that
// defines it (disabled_tu.cpp) while this one keeps recording.
#include "test_support.hpp"

using namespace sticho_test;

namespace disabled_tu {
bool macros_disabled();
std::uint64_t record(stichotrope::Profiler& prof, int n);
} // namespace disabled_tu

class TestDisabledMacros : public EngineSuite {
    Q_OBJECT

private Q_SLOTS:
    void disabledMacrosRecordNothing();
    void enabledMacrosStillRecord();
};

void TestDisabledMacros::disabledMacrosRecordNothing()
{
    QVERIFY(disabled_tu::macros_disabled());
    Profiler prof("disabled");
    ThreadGroup group(2, [&](std::size_t) {
        if (disabled_tu::record(prof, 100) != 300)
            throw std::logic_error("block bodies did not run");
    });
    STICHO_JOIN(group, 30);
    QCOMPARE(disabled_tu::record(prof, 100), std::uint64_t(300)); // and no invalid_argument
    QCOMPARE(prof.block_count(), std::size_t(0));
    QCOMPARE(prof.thread_count(), std::size_t(0));
    QCOMPARE(prof.memory_bytes(), std::size_t(0));
    const Results r = prof.get_results();
    QCOMPARE(r.hit_count(), std::uint64_t(0));
    QVERIFY(r.tracks.empty());
    QVERIFY(r.threads.empty());
}

// The same profiler used from an enabled translation unit does record: the
// switch is per translation unit, not global.
void TestDisabledMacros::enabledMacrosStillRecord()
{
    Profiler prof("enabled");
    disabled_tu::record(prof, 10);
    for (int i = 0; i < 10; ++i) {
        STICHO_BLOCK(prof, 1, "enabled-block");
    }
    const Results r = prof.get_results();
    STICHO_CHECK_RESULTS(r);
    QCOMPARE(r.hit_count(), std::uint64_t(10));
    QCOMPARE(prof.block_count(), std::size_t(1));
}

QTEST_APPLESS_MAIN(TestDisabledMacros)
#include "tst_disabled_macros.moc"
