// The file formats the viewer writes, chosen by name (--format) or by the
// file's extension, and one entry point that writes any of them atomically.
#pragma once

#include "capture/Capture.hpp"

#include <QString>
#include <QStringList>

#include <optional>

namespace stichotrope::gui {

enum class ExportFormat {
    Capture,     // .json: the viewer's own capture (docs/CAPTURE_FORMAT.md)
    Csv,         // .csv: the merged table, Stichotrope/CppProfiler columns
    ChromeTrace, // .trace.json: Chrome Trace Event Format of the timeline
    Speedscope,  // .speedscope.json: speedscope's format of the call trees
};

// "capture", "csv", "chrome-trace", "speedscope".
std::optional<ExportFormat> exportFormatFromName(const QString& name);
QStringList exportFormatNames();
// By extension; .trace.json and .speedscope.json before plain .json.
std::optional<ExportFormat> exportFormatFromPath(const QString& path);

QByteArray exportBytes(const Capture& capture, ExportFormat format);
bool exportCapture(const Capture& capture, ExportFormat format, const QString& path, QString* error);

} // namespace stichotrope::gui
