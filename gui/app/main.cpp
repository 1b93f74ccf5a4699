// stichotrope-viewer: runs the instrumented demo workload in this process and
// shows it live; opens, compares and exports captures, with or without a
// window.
#include "ActionIcons.hpp"
#include "CommandLine.hpp"
#include "Headless.hpp"
#include "MainWindow.hpp"
#include "widgets/Translations.hpp"
#include "workload/DemoWorkload.hpp"

#include <QApplication>
#include <QLocale>
#include <QTimer>

#include <cstdio>
#include <memory>

int main(int argc, char* argv[])
{
    using namespace stichotrope;
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // --lang first: it decides the language of everything, --help included.
    // An invalid value falls back to the system's and is reported below.
    const QString language = gui::languageArgument(arguments);
    if (gui::availableLanguages().contains(language))
        QLocale::setDefault(QLocale(language));

    // --help, --version and errors need no display: they are answered by a
    // core application, which only lives for the parsing.
    gui::CommandLineResult cl;
    QString tryHelp;
    {
        QCoreApplication core(argc, argv);
        gui::installTranslations(QLocale());
        cl = gui::parseCommandLine(arguments);
        tryHelp = QCoreApplication::translate("main", "Try 'stichotrope-viewer --help'.");
    }
    switch (cl.action) {
    case gui::CommandLineResult::Action::Help:
    case gui::CommandLineResult::Action::Version:
        std::fputs(qPrintable(cl.text + QLatin1Char('\n')), stdout);
        return 0;
    case gui::CommandLineResult::Action::Error:
        std::fprintf(stderr, "stichotrope-viewer: %s\n%s\n", qPrintable(cl.text), qPrintable(tryHelp));
        return 2;
    case gui::CommandLineResult::Action::Run:
        break;
    }
    const gui::ViewerOptions& options = cl.options;
    if (options.headless) {
        QCoreApplication app(argc, argv);
        gui::installTranslations(QLocale()); // its messages too
        return gui::runHeadless(options, stdout, stderr);
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Stichotrope"));
    QApplication::setApplicationName(QStringLiteral("stichotrope-viewer"));
    QApplication::setApplicationVersion(QStringLiteral(STICHOTROPE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(STICHOTROPE_APP_ID));
    QApplication::setWindowIcon(gui::appIcon());
    gui::installTranslations(QLocale());

    Profiler profiler("stichotrope-viewer");
    if (options.timelineCapacity != 0)
        profiler.set_timeline_capacity(options.timelineCapacity);

    // A capture or a comparison is shown alone: no workload runs.
    const bool showFiles = !options.captureFile.isEmpty() || !options.compareFiles.isEmpty();
    std::unique_ptr<demo::DemoWorkload> workload;
    if (options.workload && !showFiles) {
        workload = std::make_unique<demo::DemoWorkload>(profiler, options.threads);
        workload->start();
    }

    gui::MainWindow window(profiler, workload.get(), options);
    const bool opened = !options.compareFiles.isEmpty()
                            ? window.compareCaptures(options.compareFiles.at(0), options.compareFiles.at(1))
                        : !options.captureFile.isEmpty() ? window.openCapture(options.captureFile)
                                                         : true;
    if (!opened) {
        std::fprintf(stderr, "stichotrope-viewer: %s\n", qPrintable(window.lastError()));
        return 1;
    }
    window.show();

    if (options.quitAfterSeconds > 0) {
        QTimer::singleShot(int(options.quitAfterSeconds * 1000), &window, [&window, &options] {
            if (!options.screenshot.isEmpty())
                window.grab().save(options.screenshot);
            window.close();
        });
    }
    const int rc = app.exec();
    workload.reset(); // join the workers before the profiler goes away
    return rc;
}
