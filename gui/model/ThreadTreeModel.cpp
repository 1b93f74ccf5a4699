#include "ThreadTreeModel.hpp"

#include "BlockColumns.hpp"
#include "NaturalSort.hpp"
#include "TrackPalette.hpp"

#include <QFileInfo>

#include <map>

namespace stichotrope::gui {

struct ThreadTreeModel::Node {
    Kind kind = Kind::Thread;
    quint64 key = 0; // thread id, track or block, unique among siblings
    Node* parent = nullptr;
    int row = 0;
    QString name;
    QString location;
    bool mayHaveChildren = false; // children exist in the snapshot, not synced yet
    // Threads and tracks fill hits, total and % total only.
    BlockStats stats;
    std::vector<std::unique_ptr<Node>> children;
    QHash<quint64, Node*> childByKey;
    // Children are kept up to date but only exposed (rows, signals) once a
    // view fetches them by expanding the node: with 64 threads x 1000 blocks,
    // notifying views about rows nobody can see would dominate every poll.
    bool fetched = false;
};

namespace {

BlockStats summary(std::uint64_t hits, std::uint64_t ns, double percentOfTotal)
{
    BlockStats s;
    s.hit_count = hits;
    s.total_ns = ns;
    s.percent_of_total = percentOfTotal;
    return s;
}

} // namespace

ThreadTreeModel::ThreadTreeModel(QObject* parent) : QAbstractItemModel(parent), root_(std::make_unique<Node>())
{
    root_->fetched = true; // threads are always rows
}

ThreadTreeModel::~ThreadTreeModel() = default;

ThreadTreeModel::Node* ThreadTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : root_.get();
}

QModelIndex ThreadTreeModel::indexOf(Node* node, int column) const
{
    return node == root_.get() ? QModelIndex() : createIndex(node->row, column, node);
}

ThreadTreeModel::Node* ThreadTreeModel::child(Node* parent, quint64 key, Kind kind, bool& created)
{
    created = false;
    if (Node* n = parent->childByKey.value(key))
        return n;
    created = true;
    auto n = std::make_unique<Node>();
    n->fetched = !fetchOnDemand_;
    n->kind = kind;
    n->key = key;
    n->parent = parent;
    return n.release(); // adopted by the caller's insertion
}

void ThreadTreeModel::update(Node* node, const BlockStats& stats, const QString& name, const QString& location,
                             std::vector<Node*>& changed)
{
    if (sameStats(node->stats, stats) && node->name == name && node->location == location)
        return;
    node->stats = stats;
    node->name = name;
    node->location = location;
    changed.push_back(node);
}

void ThreadTreeModel::adopt(Node* parent, Node* fresh, bool parentIsNew)
{
    fresh->row = int(parent->children.size());
    const bool signal = !parentIsNew && parent->fetched;
    if (signal)
        beginInsertRows(indexOf(parent), fresh->row, fresh->row);
    parent->childByKey.insert(fresh->key, fresh);
    parent->children.emplace_back(fresh);
    if (signal)
        endInsertRows();
}

void ThreadTreeModel::syncBlocks(Node* kn, const TrackResult& tr, bool trackIsNew, std::vector<Node*>& changed)
{
    for (const auto& [block, stats] : tr.blocks) {
        bool blockNew = false;
        Node* bn = child(kn, block, Kind::Block, blockNew);
        if (blockNew) {
            // A block's name and location never change: set once.
            bn->name = QString::fromUtf8(stats.name);
            bn->location = QStringLiteral("%1:%2")
                               .arg(QFileInfo(QString::fromUtf8(stats.file)).fileName())
                               .arg(stats.line);
            bn->stats = stats;
            adopt(kn, bn, trackIsNew);
        } else if (!sameStats(bn->stats, stats)) {
            bn->stats = stats;
            changed.push_back(bn);
        }
    }
    kn->mayHaveChildren = !tr.blocks.empty();
}

void ThreadTreeModel::setSnapshot(const SnapshotPtr& snapshot)
{
    if (!snapshot)
        return;
    snapshot_ = snapshot;
    const Results& r = snapshot->results;
    ThreadTotals scratch;
    std::uint64_t all = 0;
    for (std::size_t i = 0; i < r.threads.size(); ++i)
        all += totalsOf(*snapshot, i, scratch).all.ns;

    std::vector<Node*> changed;
    for (std::size_t i = 0; i < r.threads.size(); ++i) {
        const ThreadResult& t = r.threads[i];
        const ThreadTotals& totals = totalsOf(*snapshot, i, scratch);
        bool threadNew = false;
        Node* tn = child(root_.get(), t.thread_id, Kind::Thread, threadNew);
        const BlockStats ts =
            summary(totals.all.hits, totals.all.ns, all ? 100.0 * double(totals.all.ns) / double(all) : 0.0);
        const QString threadName = QString::fromStdString(t.name);
        if (threadNew) {
            tn->name = threadName;
            tn->stats = ts;
        } else {
            update(tn, ts, threadName, {}, changed);
        }
        for (const auto& [track, tr] : t.tracks) {
            bool trackNew = false;
            Node* kn = child(tn, track, Kind::Track, trackNew);
            const Totals k = totals.tracks.count(track) ? totals.tracks.at(track) : Totals{};
            const BlockStats ks =
                summary(k.hits, k.ns, totals.all.ns ? 100.0 * double(k.ns) / double(totals.all.ns) : 0.0);
            const QString trackName = QString::fromStdString(tr.name);
            if (trackNew) {
                kn->name = trackName;
                kn->stats = ks;
            } else {
                update(kn, ks, trackName, {}, changed);
            }
            // Blocks nobody has expanded are synced when fetched, not now.
            if (kn->fetched)
                syncBlocks(kn, tr, trackNew, changed);
            else
                kn->mayHaveChildren = !tr.blocks.empty();
            if (trackNew)
                adopt(tn, kn, threadNew);
        }
        if (threadNew)
            adopt(root_.get(), tn, false);
    }

    // One dataChanged per visible parent, spanning its changed children.
    std::map<Node*, std::pair<int, int>> spans;
    for (Node* n : changed) {
        if (!n->parent->fetched)
            continue;
        auto [it, inserted] = spans.try_emplace(n->parent, n->row, n->row);
        if (!inserted) {
            it->second.first = std::min(it->second.first, n->row);
            it->second.second = std::max(it->second.second, n->row);
        }
    }
    const int lastColumn = columnCount() - 1;
    for (const auto& [parent, span] : spans) {
        const QModelIndex p = indexOf(parent);
        Q_EMIT dataChanged(index(span.first, 0, p), index(span.second, lastColumn, p));
    }
}

void ThreadTreeModel::clear()
{
    beginResetModel();
    root_ = std::make_unique<Node>();
    root_->fetched = true;
    snapshot_.reset();
    endResetModel();
}

QModelIndex ThreadTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeOf(parent)->children[std::size_t(row)].get());
}

QModelIndex ThreadTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int ThreadTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node* n = nodeOf(parent);
    return n->fetched ? int(n->children.size()) : 0;
}

bool ThreadTreeModel::hasChildren(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return false;
    const Node* n = nodeOf(parent);
    return !n->children.empty() || n->mayHaveChildren;
}

bool ThreadTreeModel::canFetchMore(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return false;
    const Node* n = nodeOf(parent);
    return !n->fetched && (!n->children.empty() || n->mayHaveChildren);
}

void ThreadTreeModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    Node* n = nodeOf(parent);
    if (n->kind == Kind::Track && snapshot_) {
        // Bring the blocks up to date first: they were skipped while hidden.
        for (const ThreadResult& t : snapshot_->results.threads) {
            if (t.thread_id != n->parent->key)
                continue;
            const auto tr = t.tracks.find(unsigned(n->key));
            std::vector<Node*> ignored; // not rows yet: no signal needed
            if (tr != t.tracks.end())
                syncBlocks(n, tr->second, true, ignored);
        }
    }
    if (n->children.empty())
        return;
    beginInsertRows(parent, 0, int(n->children.size()) - 1);
    n->fetched = true;
    endInsertRows();
}

int ThreadTreeModel::columnCount(const QModelIndex&) const
{
    return FirstStatColumn + kStatColumnCount;
}

QVariant ThreadTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node* n = nodeOf(index);
    const Node* trackNode = n->kind == Kind::Block ? n->parent : n->kind == Kind::Track ? n : nullptr;
    const Node* threadNode = trackNode ? trackNode->parent : n;
    switch (role) {
    case ThreadIdRole: return qulonglong(threadNode->key);
    case TrackRole: return trackNode ? QVariant(uint(trackNode->key)) : QVariant();
    case BlockRole: return n->kind == Kind::Block ? QVariant(uint(n->key)) : QVariant();
    case KindRole: return int(n->kind);
    default: break;
    }
    const int column = index.column();
    if (column == NameColumn) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return n->name;
        if (role == SortRole)
            return naturalSortKey(n->name);
        if (role == Qt::DecorationRole && n->kind == Kind::Track)
            return trackColor(uint(n->key));
        return {};
    }
    if (column == LocationColumn)
        return role == Qt::DisplayRole || role == SortRole ? QVariant(n->location) : QVariant();
    const auto stat = StatColumn(column - FirstStatColumn);
    // Threads and tracks are sums: only hits, total and their share apply.
    if (n->kind != Kind::Block && stat != StatColumn::Hits && stat != StatColumn::Total
        && stat != StatColumn::PercentTotal)
        return {};
    return statData(n->stats, stat, role);
}

QVariant ThreadTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (section >= FirstStatColumn)
        return statHeaderData(StatColumn(section - FirstStatColumn), role);
    if (role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Thread / Track / Block") : tr("File:Line");
}

} // namespace stichotrope::gui
