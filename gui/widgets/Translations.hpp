// The translations of the viewer widgets, embedded under :/i18n (French and
// German), for the viewer and for any application embedding ProfilerWidget:
//     stichotrope::gui::installTranslations(QLocale()); // before building widgets
#pragma once

#include <QLocale>
#include <QStringList>

namespace stichotrope::gui {

// Languages the widgets speak: "en" (the source text) and one per embedded
// catalogue, sorted.
QStringList availableLanguages();

// Installs, on the running application, the catalogue matching `locale`
// (its UI languages in order of preference, so de_AT finds German) and Qt's
// own translations for it when the system has them. Replaces the translators
// a previous call installed. Returns false when no catalogue matches
// (English is then shown), true otherwise, including for English.
bool installTranslations(const QLocale& locale);

} // namespace stichotrope::gui
