// Sort key that orders embedded numbers by value: "worker-2" < "worker-10".
#pragma once

#include <QString>

namespace stichotrope::gui {

QString naturalSortKey(const QString& text);

} // namespace stichotrope::gui
