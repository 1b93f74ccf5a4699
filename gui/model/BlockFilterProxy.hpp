// Sorting by raw values and the filter box of the block tables: a row matches
// when its block name, file or track contains the text (case-insensitive).
#pragma once

#include <QSortFilterProxyModel>

namespace stichotrope::gui {

class BlockFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit BlockFilterProxy(QObject* parent = nullptr);

    void setFilterText(const QString& text);
    // Columns the filter looks at in the source model.
    void setFilterColumns(QList<int> columns) { columns_ = std::move(columns); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString text_;
    QList<int> columns_;
};

} // namespace stichotrope::gui
