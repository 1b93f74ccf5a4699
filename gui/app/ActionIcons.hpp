// The viewer's icons, from resources/stichotrope.qrc. Action icons are SVGs
// drawn in one placeholder colour for their outlines, recoloured here to the
// palette's button text so they read on the light and the dark theme alike;
// their accent colours (green, red, blue) read on both as they are.
#pragma once

#include <QIcon>

class QPalette;

namespace stichotrope::gui {

// Registers the .qrc of the application library (a static library's
// resources are not registered by themselves). Idempotent.
void initAppResources();

// The application icon.
QIcon appIcon();

// `name` is a file of resources/icons/actions without ".svg", e.g.
// "zoom-in". Null icon (and one warning) if it cannot be rendered: the SVG
// image plugin (Debian package libqt6svg6) is missing.
QIcon actionIcon(const QString& name, const QPalette& palette);

} // namespace stichotrope::gui
