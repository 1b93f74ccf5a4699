// Human units and exact tooltips.
#include "gui_test_support.hpp"
#include "model/DurationFormat.hpp"

#include <QLocale>

using namespace stichotrope::gui;

class TestDurationFormat : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init() { stichotrope::test::failOnWarnings(); }
    void cleanup() { stichotrope::test::checkWarnings(); }

    void units_data()
    {
        QTest::addColumn<double>("ns");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << 0.0 << "0 ns";
        QTest::newRow("ns") << 850.0 << "850 ns";
        QTest::newRow("us") << 12'400.0 << "12.4 µs";
        QTest::newRow("us-small") << 1'234.0 << "1.23 µs";
        QTest::newRow("ms") << 3'210'000.0 << "3.21 ms";
        QTest::newRow("ms-big") << 456'000'000.0 << "456 ms";
        QTest::newRow("s") << 1'500'000'000.0 << "1.50 s";
    }
    void units()
    {
        QFETCH(double, ns);
        QFETCH(QString, text);
        QCOMPARE(formatDuration(ns), text);
    }

    void exactTooltips()
    {
        QCOMPARE(exactDuration(std::uint64_t(1234567)), QStringLiteral("1,234,567 ns"));
        QCOMPARE(formatCount(1000000), QStringLiteral("1,000,000"));
    }

    void bandwidth()
    {
        QCOMPARE(formatBandwidth(0.0), QString());
        QCOMPARE(formatBandwidth(512.0), QStringLiteral("512 B/s"));
        QCOMPARE(formatBandwidth(1.25e9), QStringLiteral("1.25 GB/s"));
    }
};

STICHO_GUI_TEST_MAIN(TestDurationFormat, QCoreApplication)
#include "tst_duration_format.moc"
