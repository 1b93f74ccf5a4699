// Copies selected rows of an item view as tab-separated text (what the user
// sees) or CSV (exact raw values) for spreadsheets.
#pragma once

#include <QString>

class QAbstractItemView;

namespace stichotrope::gui {

enum class CopyFormat { Text, Csv };

QString selectedRowsText(const QAbstractItemView& view, CopyFormat format);
void copySelectedRows(const QAbstractItemView& view, CopyFormat format);

} // namespace stichotrope::gui
