// Serialises a Capture as the versioned JSON of docs/CAPTURE_FORMAT.md.
// Deterministic: the same capture always gives the same bytes, so a capture
// that is opened and saved again is byte-identical.
#pragma once

#include "capture/Capture.hpp"

#include <QByteArray>
#include <QString>

namespace stichotrope::gui {

QByteArray captureToJson(const Capture& capture);
// Atomic; refuses a capture above capture_format::kMaxFileBytes, which the
// reader would refuse too.
bool saveCapture(const Capture& capture, const QString& path, QString* error);

} // namespace stichotrope::gui
