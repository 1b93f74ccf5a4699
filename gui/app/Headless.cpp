#include "Headless.hpp"

#include "capture/CaptureReader.hpp"
#include "capture/CaptureSnapshot.hpp"
#include "capture/AtomicWrite.hpp"
#include "capture/ComparisonCsv.hpp"
#include "capture/ExportFormat.hpp"
#include "workload/DemoWorkload.hpp"

#include <QCoreApplication>

#include <chrono>
#include <thread>

namespace stichotrope::gui {

namespace {

// The translation context "Headless", for lupdate and at run time. Named as
// the context: where lupdate cannot resolve the qualifier (functions
// returning std:: types) it takes the qualifier itself as the context.
struct Headless {
    Q_DECLARE_TR_FUNCTIONS(Headless)
};

int failWith(std::FILE* err, const QString& message)
{
    std::fprintf(err, "stichotrope-viewer: %s\n", qPrintable(message));
    return 1;
}

std::size_t eventCount(const Capture& c)
{
    std::size_t n = 0;
    for (const ThreadTimeline& t : c.timeline.threads)
        n += t.events.size();
    return n;
}

int compare(const ViewerOptions& o, std::FILE* out, std::FILE* err)
{
    CaptureReadResult base = readCapture(o.compareFiles.at(0));
    if (!base.capture)
        return failWith(err, base.error);
    CaptureReadResult current = readCapture(o.compareFiles.at(1));
    if (!current.capture)
        return failWith(err, current.error);
    const QByteArray csv = comparisonToCsv(base.capture->results, current.capture->results, o.compareMetric);
    if (o.exportFile.isEmpty()) {
        std::fwrite(csv.constData(), 1, std::size_t(csv.size()), out);
        return std::fflush(out) == 0 ? 0 : failWith(err, Headless::tr("cannot write the comparison to standard output"));
    }
    QString error;
    return writeFileAtomically(o.exportFile, csv, &error) ? 0 : failWith(err, error);
}

} // namespace

int runHeadless(const ViewerOptions& o, std::FILE* out, std::FILE* err)
{
    if (!o.compareFiles.isEmpty())
        return compare(o, out, err);

    Capture capture;
    if (!o.captureFile.isEmpty()) {
        CaptureReadResult read = readCapture(o.captureFile);
        if (!read.capture)
            return failWith(err, read.error);
        capture = std::move(*read.capture);
    } else {
        Profiler profiler("stichotrope-viewer");
        if (o.timelineCapacity != 0)
            profiler.set_timeline_capacity(o.timelineCapacity);
        demo::DemoWorkload workload(profiler, o.threads);
        workload.start();
        // The run's length is the point here, not a synchronisation.
        std::this_thread::sleep_for(std::chrono::duration<double>(o.durationSeconds));
        workload.stop(); // joined: nothing records while the results are read
        capture = captureOf(profiler);
    }
    const auto format = o.exportFormat.isEmpty() ? exportFormatFromPath(o.exportFile) : exportFormatFromName(o.exportFormat);
    if (!format)
        return failWith(err, Headless::tr("cannot tell the format of '%1'").arg(o.exportFile));
    QString error;
    if (!exportCapture(capture, *format, o.exportFile, &error))
        return failWith(err, error);
    std::fprintf(out, "%s\n",
                 qPrintable(Headless::tr("wrote '%1': %2 threads, %3 blocks, %4 timeline events")
                                          .arg(o.exportFile)
                                          .arg(capture.results.threads.size())
                                          .arg(capture.results.block_count())
                                          .arg(eventCount(capture))));
    return 0;
}

} // namespace stichotrope::gui
