// Light and dark colour themes for the whole application (Fusion style), and
// "system", which picks one of them from the platform's own palette.
#pragma once

#include <QString>

namespace stichotrope::gui {

enum class Theme { System, Light, Dark };

Theme themeFromName(const QString& name); // "light", "dark"; anything else is System
QString themeName(Theme theme);            // "system", "light" or "dark"
// Light or Dark. System is Dark when the platform's palette (as it was
// before the first applyTheme()) has a dark window colour.
Theme resolveTheme(Theme theme);
void applyTheme(Theme theme);

} // namespace stichotrope::gui
