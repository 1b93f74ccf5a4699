// Light and dark colour themes for the whole application (Fusion style).
#pragma once

#include <QString>

namespace stichotrope::gui {

enum class Theme { Light, Dark };

Theme themeFromName(const QString& name); // anything but "dark" is light
QString themeName(Theme theme);
void applyTheme(Theme theme);

} // namespace stichotrope::gui
