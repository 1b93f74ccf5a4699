// Writes a whole file or nothing (QSaveFile): a failure leaves the previous
// file untouched and says which path failed and why.
#pragma once

#include <QByteArray>
#include <QString>

namespace stichotrope::gui {

// False with `error` set on failure ("cannot write 'x': No space left on device").
bool writeFileAtomically(const QString& path, const QByteArray& contents, QString* error);

} // namespace stichotrope::gui
