// Reads a capture file, refusing anything that is not a complete, consistent
// capture of a version this viewer knows, with a message that names the
// field: "threads[2].tracks[0].blocks[1].total_ns: expected a non-negative
// integer, found -5".
#pragma once

#include "capture/Capture.hpp"

#include <QByteArray>
#include <QString>

#include <optional>

namespace stichotrope::gui {

struct CaptureReadResult {
    std::optional<Capture> capture; // empty on error
    QString error;
};

// The file's size is checked against capture_format::kMaxFileBytes before
// anything is read.
CaptureReadResult readCapture(const QString& path);
CaptureReadResult parseCapture(const QByteArray& json);

} // namespace stichotrope::gui
