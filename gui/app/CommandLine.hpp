// The viewer's command line, parsed into plain options so it can be tested
// without starting the application.
#pragma once

#include "model/Comparison.hpp"

#include <QString>
#include <QStringList>

#include <cstdint>

namespace stichotrope::gui {

struct ViewerOptions {
    int threads = 8;               // demo workers, 1..64
    int pollMs = 0;                // 10..60000; 0 = the saved interval (default 200)
    bool workload = true;          // run the demo workload
    bool paused = false;           // start with polling paused
    double windowSeconds = 10.0;   // flame chart window, 0.5..600
    std::uint64_t timelineCapacity = 0; // events per thread; 0 = the engine's default (--headless)
    QString theme;                 // "system", "light", "dark" or empty for the saved one
    QString language;              // "en", "de", "fr"... or empty for the system's
    double quitAfterSeconds = 0.0; // > 0: quit after that long (demos, soak tests)
    QString screenshot;            // with quitAfterSeconds: save the window as PNG first
    QString captureFile;           // a capture to open read-only (positional argument)
    QStringList compareFiles;      // --compare OLD NEW: the comparison view, or CSV with --headless
    CompareMetric compareMetric = kDefaultCompareMetric; // --metric, with --compare
    bool headless = false;         // no window: export (or print the comparison) and exit
    double durationSeconds = 5.0;  // --headless: how long the workload runs before the export
    QString exportFile;            // --export FILE
    QString exportFormat;          // --format NAME; empty = from the file's extension
};

// The window's timeline rings: the flame chart is fed by every poll and keeps
// its own window, so a ring only has to span a poll interval. 2^18 events
// (4 MB a thread) bound the demo's 64 workers to 256 MB of rings, where the
// engine's default (2^20) would grow to 1 GB. Headless runs export the rings
// whole and keep the engine's default.
inline constexpr std::uint64_t kViewerTimelineCapacity = std::uint64_t(1) << 18;

struct CommandLineResult {
    enum class Action { Run, Help, Version, Error };
    Action action = Action::Run;
    ViewerOptions options;
    QString text; // help text, version, or the error message
};

// `arguments` includes the program name first, as QCoreApplication::arguments().
// The help text and messages are in the language of the installed translators.
CommandLineResult parseCommandLine(const QStringList& arguments);
// The raw value of --lang, read before parsing so that the help text can be
// translated; empty when absent. parseCommandLine() validates it.
QString languageArgument(const QStringList& arguments);

} // namespace stichotrope::gui
