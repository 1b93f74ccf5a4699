// Sorting by raw values and the filter box of the block tables: a row matches
// when its block name, file or track contains the text (case-insensitive),
// and, if asked, when it has hits.
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
    // Also hides the rows whose hits (SortRole of this source column) are
    // zero: a table whose rows come and go with the threads selected.
    void setHidesRowsWithoutHits(int hitsColumn);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString text_;
    QList<int> columns_;
    int hits_column_ = -1;
};

} // namespace stichotrope::gui
