// A Qt application that adds the profiler panel to its own window with its
// own Profiler. Run with --check: exits 0 once the panel shows the
// application's block, saves it as a capture that reads back with the block,
// and the embedded translations are there; 1 if not (the watchdog gives up
// after 20 s).
#include <stichotrope/gui/capture/CaptureReader.hpp>
#include <stichotrope/gui/capture/CaptureWriter.hpp>
#include <stichotrope/gui/controller/PollController.hpp>
#include <stichotrope/gui/model/BlockTableModel.hpp>
#include <stichotrope/gui/widgets/ProfilerWidget.hpp>
#include <stichotrope/gui/widgets/Translations.hpp>
#include <stichotrope/stichotrope.hpp>

#include <QApplication>
#include <QMainWindow>
#include <QTemporaryDir>
#include <QTimer>

#include <atomic>
#include <cstdio>
#include <thread>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    stichotrope::gui::installTranslations(QLocale()); // the panel in the user's language

    stichotrope::Profiler profiler("my-app");
    std::atomic<bool> stop{false};
    std::thread worker([&] {
        while (!stop.load()) {
            STICHO_BLOCK(profiler, 0, "my block");
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
    });

    QMainWindow window;
    auto* panel = new stichotrope::gui::ProfilerWidget(profiler);
    window.setCentralWidget(panel);
    window.resize(1000, 700);
    window.show();

    int rc = 0;
    if (app.arguments().contains(QStringLiteral("--check"))) {
        // The catalogues embedded in the installed library came along.
        if (!stichotrope::gui::availableLanguages().contains(QStringLiteral("fr"))) {
            std::fputs("widgets consumer: the embedded translations are missing\n", stderr);
            return 1;
        }
        rc = 1;
        QObject::connect(panel->pollController(), &stichotrope::gui::PollController::snapshotReady, &app, [&] {
            const auto* model = panel->blockModel();
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->index(row, stichotrope::gui::BlockTableModel::BlockColumn).data().toString()
                    != QLatin1String("my block"))
                    continue;
                std::puts("widgets consumer: the panel shows 'my block'");
                // What the panel shows, saved and read back with the installed capture library.
                QTemporaryDir dir;
                const QString path = dir.filePath(QStringLiteral("capture.json"));
                QString error;
                const auto read = stichotrope::gui::saveCapture(panel->capture(), path, &error)
                                      ? stichotrope::gui::readCapture(path)
                                      : stichotrope::gui::CaptureReadResult{std::nullopt, error};
                if (read.capture && read.capture->results.block_count() > 0) {
                    std::puts("widgets consumer: saved and read back a capture");
                    rc = 0;
                } else {
                    std::fprintf(stderr, "widgets consumer: capture failed: %s\n", qPrintable(read.error));
                }
                app.quit();
                return;
            }
        });
        QTimer::singleShot(20000, &app, &QApplication::quit); // watchdog
    }
    const int exec = app.exec();
    stop = true;
    worker.join();
    return exec != 0 ? exec : rc;
}
