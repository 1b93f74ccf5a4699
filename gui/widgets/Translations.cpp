#include "Translations.hpp"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace stichotrope::gui {

namespace {

const QString kCatalogue = QStringLiteral("stichotrope");
const QString kDirectory = QStringLiteral(":/i18n");
// Marks the translators installed here, so a second call replaces them.
const QString kTranslatorName = QStringLiteral("stichotrope-translator");

bool isEnglish(const QLocale& locale)
{
    return locale.language() == QLocale::English || locale.language() == QLocale::C;
}

} // namespace

QStringList availableLanguages()
{
    QStringList languages{QStringLiteral("en")};
    const QString prefix = kCatalogue + QLatin1Char('_');
    for (const QString& file : QDir(kDirectory).entryList({prefix + QStringLiteral("*.qm")}, QDir::Files))
        languages << file.mid(prefix.size()).chopped(3);
    languages.sort();
    return languages;
}

bool installTranslations(const QLocale& locale)
{
    QCoreApplication* app = QCoreApplication::instance();
    if (!app)
        return false;
    for (QTranslator* old : app->findChildren<QTranslator*>(kTranslatorName, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    auto install = [app](const QLocale& l, const QString& name, const QString& directory) {
        auto* translator = new QTranslator(app);
        translator->setObjectName(kTranslatorName);
        if (!translator->load(l, name, QStringLiteral("_"), directory)) {
            delete translator;
            return false;
        }
        QCoreApplication::installTranslator(translator);
        return true;
    };
    // Qt's own strings (standard buttons, context menus, --help headings),
    // from the system's Qt translations when installed.
    install(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return install(locale, kCatalogue, kDirectory) || isEnglish(locale);
}

} // namespace stichotrope::gui
