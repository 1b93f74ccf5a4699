#include "ActionIcons.hpp"

#include <QBuffer>
#include <QFile>
#include <QImageReader>
#include <QPalette>
#include <QPixmap>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initStichotropeQrc()
{
    Q_INIT_RESOURCE(stichotrope);
}

namespace stichotrope::gui {

namespace {

// The colour the action SVGs are drawn in (Breeze's text colour).
constexpr char kPlaceholderColour[] = "#232629";

} // namespace

void initAppResources()
{
    static const bool done = (initStichotropeQrc(), true);
    (void)done;
}

QIcon appIcon()
{
    initAppResources();
    return QIcon(QStringLiteral(":/stichotrope/stichotrope.svg"));
}

QIcon actionIcon(const QString& name, const QPalette& palette)
{
    initAppResources();
    QFile file(QStringLiteral(":/stichotrope/actions/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("Stichotrope: no icon named '%s' in the resources", qPrintable(name));
        return {};
    }
    QByteArray svg = file.readAll();
    svg.replace(kPlaceholderColour, palette.color(QPalette::Active, QPalette::ButtonText).name().toLatin1());
    // Pixmaps at the sizes toolbars and menus ask for, and twice those for
    // high-DPI screens; Qt derives the disabled look from them.
    QIcon icon;
    for (int size : {16, 22, 24, 32, 44, 48}) {
        QBuffer buffer(&svg);
        QImageReader reader(&buffer, "svg");
        reader.setScaledSize(QSize(size, size));
        const QImage image = reader.read();
        if (image.isNull()) {
            static bool warned = false;
            if (!std::exchange(warned, true))
                qWarning("Stichotrope: cannot render the SVG icon '%s' (%s); is the Qt SVG plugin installed?",
                         qPrintable(name), qPrintable(reader.errorString()));
            return {};
        }
        icon.addPixmap(QPixmap::fromImage(image));
    }
    return icon;
}

} // namespace stichotrope::gui
