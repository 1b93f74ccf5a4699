#include "ExportFormat.hpp"

#include "AtomicWrite.hpp"
#include "ChromeTraceExport.hpp"
#include "CaptureWriter.hpp"
#include "SpeedscopeExport.hpp"

#include <stichotrope/export.hpp>

#include <QCoreApplication>

#include <array>

namespace stichotrope::gui {

namespace {

struct Named {
    const char* name;
    ExportFormat format;
};
constexpr std::array<Named, 4> kNames{{{"capture", ExportFormat::Capture},
                                       {"csv", ExportFormat::Csv},
                                       {"chrome-trace", ExportFormat::ChromeTrace},
                                       {"speedscope", ExportFormat::Speedscope}}};

} // namespace

std::optional<ExportFormat> exportFormatFromName(const QString& name)
{
    for (const Named& n : kNames) {
        if (name.compare(QLatin1String(n.name), Qt::CaseInsensitive) == 0)
            return n.format;
    }
    return std::nullopt;
}

QStringList exportFormatNames()
{
    QStringList names;
    for (const Named& n : kNames)
        names << QLatin1String(n.name);
    return names;
}

std::optional<ExportFormat> exportFormatFromPath(const QString& path)
{
    const QString p = path.toLower();
    if (p.endsWith(QLatin1String(".trace.json")))
        return ExportFormat::ChromeTrace;
    if (p.endsWith(QLatin1String(".speedscope.json")))
        return ExportFormat::Speedscope;
    if (p.endsWith(QLatin1String(".json")))
        return ExportFormat::Capture;
    if (p.endsWith(QLatin1String(".csv")))
        return ExportFormat::Csv;
    return std::nullopt;
}

QByteArray exportBytes(const Capture& capture, ExportFormat format)
{
    switch (format) {
    case ExportFormat::Capture: return captureToJson(capture);
    case ExportFormat::Csv: return QByteArray::fromStdString(to_csv(capture.results));
    case ExportFormat::ChromeTrace: return captureToChromeTrace(capture);
    case ExportFormat::Speedscope: return captureToSpeedscope(capture);
    }
    return {};
}

bool exportCapture(const Capture& capture, ExportFormat format, const QString& path, QString* error)
{
    if (format == ExportFormat::Capture)
        return saveCapture(capture, path, error); // with its size limit
    return writeFileAtomically(path, exportBytes(capture, format), error);
}

} // namespace stichotrope::gui
