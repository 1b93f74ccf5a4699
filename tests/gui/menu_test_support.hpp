// Menu actions as a user reaches them: by the path of texts clicked through
// ("&View/&Theme/&Dark"), or all of them at once.
#pragma once

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QStringList>

namespace stichotrope::test {

// Null when any step of the path is missing.
inline QAction* findAction(const QMenuBar* bar, const QString& path)
{
    QList<QAction*> actions = bar->actions();
    QAction* found = nullptr;
    for (const QString& part : path.split(QLatin1Char('/'))) {
        found = nullptr;
        for (QAction* a : actions)
            if (a->text() == part)
                found = a;
        if (!found)
            return nullptr;
        if (found->menu())
            actions = found->menu()->actions();
    }
    return found;
}

// Every action of the menu bar's menus, submenus included.
inline QList<QAction*> allMenuActions(const QMenuBar* bar)
{
    QList<QAction*> out;
    QList<QAction*> pending = bar->actions();
    while (!pending.isEmpty()) {
        QAction* a = pending.takeFirst();
        out << a;
        if (a->menu())
            pending << a->menu()->actions();
    }
    return out;
}

} // namespace stichotrope::test
