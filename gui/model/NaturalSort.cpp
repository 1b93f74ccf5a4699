#include "NaturalSort.hpp"

namespace stichotrope::gui {

QString naturalSortKey(const QString& text)
{
    // Left-pad every run of digits to 20 characters; plain string order then
    // compares numbers by value.
    QString key;
    key.reserve(text.size() + 20);
    qsizetype i = 0;
    while (i < text.size()) {
        if (!text[i].isDigit()) {
            key += text[i].toLower();
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < text.size() && text[i].isDigit())
            ++i;
        key += QString(20 - std::min<qsizetype>(20, i - start), QLatin1Char('0'));
        key += text.mid(start, i - start);
    }
    return key;
}

} // namespace stichotrope::gui
