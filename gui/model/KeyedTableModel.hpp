// The base of the flat live tables (blocks, threads of a block, threads,
// tracks): each row has a key (a block, a thread id, a track) and keeps its
// position from poll to poll; only its cells change. Views therefore keep
// their sorting, selection and scrolling, and a poll that changes nothing
// emits nothing.
#pragma once

#include <QAbstractTableModel>
#include <QHash>

#include <algorithm>
#include <iterator>
#include <utility>
#include <vector>

namespace stichotrope::gui {

template <class Row>
class KeyedTableModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(rows_.size()); }

protected:
    // Applies one poll. `visit(offer)` calls offer(key, make, refresh) for
    // each row the poll has: make() builds the row of a key not seen before,
    // refresh(Row&) brings an existing row up to date and returns whether it
    // changed. Changed rows are announced in one dataChanged and new rows
    // appended in one insertion, so views repaint once per poll. Rows the
    // poll does not mention stay as they are.
    template <class Visit>
    void updateRows(Visit&& visit)
    {
        int first = -1;
        int last = -1;
        std::vector<Row> added;
        QHash<quint64, int> addedByKey; // joins rowByKey_ when the rows do
        const auto offer = [&](quint64 key, auto&& make, auto&& refresh) {
            if (const auto it = rowByKey_.constFind(key); it != rowByKey_.constEnd()) {
                if (refresh(rows_[std::size_t(*it)])) {
                    first = first < 0 ? *it : std::min(first, *it);
                    last = std::max(last, *it);
                }
            } else if (const auto again = addedByKey.constFind(key); again != addedByKey.constEnd()) {
                refresh(added[std::size_t(*again)]); // a key repeated within the poll
            } else {
                addedByKey.insert(key, int(added.size()));
                added.push_back(make());
            }
        };
        visit(offer);
        if (first >= 0)
            Q_EMIT this->dataChanged(this->index(first, 0), this->index(last, this->columnCount() - 1));
        if (!added.empty()) {
            const int begin = int(rows_.size());
            this->beginInsertRows({}, begin, begin + int(added.size()) - 1);
            for (auto it = addedByKey.cbegin(); it != addedByKey.cend(); ++it)
                rowByKey_.insert(it.key(), begin + it.value());
            std::move(added.begin(), added.end(), std::back_inserter(rows_));
            this->endInsertRows();
        }
    }

    // The refresh of rows that are replaced whenever a field differs.
    static bool replaceIfChanged(Row& row, const Row& fresh)
    {
        if (row == fresh)
            return false;
        row = fresh;
        return true;
    }

    // Forgets every row (a cleared profiler, another block).
    void clearRows()
    {
        this->beginResetModel();
        rows_.clear();
        rowByKey_.clear();
        this->endResetModel();
    }

    int rowOfKey(quint64 key) const { return rowByKey_.value(key, -1); }

    std::vector<Row> rows_;

private:
    QHash<quint64, int> rowByKey_;
};

} // namespace stichotrope::gui
