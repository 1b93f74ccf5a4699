#include "AtomicWrite.hpp"

#include <QCoreApplication>
#include <QSaveFile>

namespace stichotrope::gui {

bool writeFileAtomically(const QString& path, const QByteArray& contents, QString* error)
{
    auto fail = [&](const QString& why) {
        if (error)
            *error = QCoreApplication::translate("AtomicWrite", "cannot write '%1': %2").arg(path, why);
        return false;
    };
    if (path.isEmpty())
        return fail(QCoreApplication::translate("AtomicWrite", "the path is empty"));
    QSaveFile file(path);
    // Unbuffered: QSaveFile's buffer would report a short write (full disk,
    // file size limit) as success and commit() the truncated file.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(file.errorString());
    if (file.write(contents) != contents.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return fail(why);
    }
    // commit() flushes, syncs and renames over the old file; on failure the
    // temporary file is removed and the old one is left as it was.
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace stichotrope::gui
