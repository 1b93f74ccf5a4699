#include "TableCopy.hpp"

#include "model/BlockColumns.hpp"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QTreeView>

#include <algorithm>

namespace stichotrope::gui {

namespace {

QString csvField(QString s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return s;
}

} // namespace

QString selectedRowsText(const QAbstractItemView& view, CopyFormat format)
{
    const QAbstractItemModel* model = view.model();
    if (!model || !view.selectionModel())
        return {};
    QModelIndexList rows = view.selectionModel()->selectedRows();
    // In on-screen order, whatever order the user clicked them.
    std::sort(rows.begin(), rows.end(), [&view](const QModelIndex& a, const QModelIndex& b) {
        return view.visualRect(a).top() < view.visualRect(b).top();
    });
    const auto* tree = qobject_cast<const QTreeView*>(&view);
    QList<int> columns;
    for (int c = 0; c < model->columnCount(); ++c)
        if (!tree || !tree->isColumnHidden(c))
            columns << c;
    const QString separator = format == CopyFormat::Csv ? QStringLiteral(",") : QStringLiteral("\t");

    QStringList lines;
    QStringList header;
    for (int c : columns)
        header << model->headerData(c, Qt::Horizontal).toString();
    lines << header.join(separator);
    for (const QModelIndex& row : rows) {
        QStringList fields;
        for (int c : columns) {
            const QModelIndex i = row.siblingAtColumn(c);
            if (format == CopyFormat::Csv) {
                // Raw numbers (ns, counts) rather than rounded display text.
                const QVariant raw = i.data(SortRole);
                fields << csvField(raw.isValid() ? raw.toString() : i.data().toString());
            } else {
                fields << i.data().toString();
            }
        }
        lines << fields.join(separator);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void copySelectedRows(const QAbstractItemView& view, CopyFormat format)
{
    QApplication::clipboard()->setText(selectedRowsText(view, format));
}

} // namespace stichotrope::gui
