// Shared by every viewer test: the offscreen platform, and a guard that turns
// any Qt warning (or critical message) printed during a test into a failure.
#pragma once

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

#include <atomic>
#include <cstdlib>

namespace stichotrope::test {

namespace detail {
inline QtMessageHandler g_previous = nullptr;
inline std::atomic<int> g_offThreadCriticals{0};

inline void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (g_previous)
        g_previous(type, context, message); // Qt Test's own handler: logs, honours ignoreMessage()
    if (type != QtCriticalMsg)
        return;
    if (QCoreApplication::instance() && QThread::currentThread() == QCoreApplication::instance()->thread())
        QTest::qFail(qPrintable(QStringLiteral("Qt critical message: ") + message), context.file ? context.file : "",
                     context.line);
    else
        ++g_offThreadCriticals;
}
} // namespace detail

// Call from every test class's init(): qWarning fails the current test
// (Qt Test's failOnWarning), qCritical too (chained handler). One exception:
// the offscreen platform plugin itself warns that it cannot resize native
// windows to size hints whenever a dock or main window lays out; that is the
// test platform's limitation, not the viewer's.
inline void failOnWarnings()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!This plugin does not support propagateSizeHints\\(\\)$)")));
    if (!detail::g_previous)
        detail::g_previous = qInstallMessageHandler(detail::handler);
}

// Call from cleanup(): restores Qt Test's handler and fails on criticals
// printed by other threads.
inline void checkWarnings()
{
    if (detail::g_previous) {
        qInstallMessageHandler(detail::g_previous);
        detail::g_previous = nullptr;
    }
    QVERIFY2(detail::g_offThreadCriticals.exchange(0) == 0, "a Qt critical message was printed by another thread");
}

} // namespace stichotrope::test

// QTEST_MAIN on the offscreen platform unless the caller chose one.
#define STICHO_GUI_TEST_MAIN(TestClass, AppClass)                                                              \
    int main(int argc, char* argv[])                                                                           \
    {                                                                                                          \
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))                                                    \
            qputenv("QT_QPA_PLATFORM", "offscreen");                                                           \
        AppClass app(argc, argv);                                                                              \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                               \
        TestClass tc;                                                                                          \
        return QTest::qExec(&tc, argc, argv);                                                                  \
    }
