// The Help menu's windows: the quick start (how to use the viewer, instrument
// a program and embed the widget) and the About box (version, licence).
#pragma once

class QWidget;

namespace stichotrope::gui {

// Non-modal; a second call raises the open one.
void showQuickStart(QWidget* parent);
void showAbout(QWidget* parent);

} // namespace stichotrope::gui
