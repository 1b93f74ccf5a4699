#include "CaptureReader.hpp"

#include "CaptureFormat.hpp"

#include <QColor>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>
#include <limits>

namespace stichotrope::gui {

namespace {

namespace cf = capture_format;

// The translation context "CaptureReader", for lupdate and at run time. Named as
// the context: where lupdate cannot resolve the qualifier (functions
// returning std:: types) it takes the qualifier itself as the context.
struct CaptureReader {
    Q_DECLARE_TR_FUNCTIONS(CaptureReader)
};

// Thrown inside the reader only; parseCapture turns it into the result.
struct Invalid {
    QString message;
};

[[noreturn]] void fail(const QString& path, const QString& what)
{
    throw Invalid{path.isEmpty() ? what : path + QStringLiteral(": ") + what};
}

QString describe(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(v.toDouble(), 'g', 17);
    case QJsonValue::String: {
        QString s = v.toString();
        if (s.size() > 40)
            s = s.left(40) + QChar(0x2026);
        return QLatin1Char('"') + s + QLatin1Char('"');
    }
    case QJsonValue::Array: return CaptureReader::tr("an array");
    case QJsonValue::Object: return CaptureReader::tr("an object");
    case QJsonValue::Undefined: break;
    }
    return CaptureReader::tr("nothing");
}

// A JSON object and its path in the document, with typed, checked getters.
class Node {
public:
    Node(QJsonObject object, QString path) : object_(std::move(object)), path_(std::move(path)) {}

    const QString& path() const { return path_; }
    QString pathOf(const QString& key) const { return path_.isEmpty() ? key : path_ + QLatin1Char('.') + key; }

    QJsonValue value(const char* key) const
    {
        const QString k = QString::fromLatin1(key);
        const auto it = object_.constFind(k);
        if (it == object_.constEnd())
            fail(pathOf(k), CaptureReader::tr("missing"));
        return *it;
    }
    Node object(const char* key) const { return asObject(value(key), pathOf(QString::fromLatin1(key))); }
    QJsonArray array(const char* key, std::size_t maxSize = std::numeric_limits<std::size_t>::max()) const
    {
        return asArray(value(key), pathOf(QString::fromLatin1(key)), maxSize);
    }
    std::uint64_t uint(const char* key, std::uint64_t max = cf::kMaxNs) const
    {
        return asUint(value(key), pathOf(QString::fromLatin1(key)), max);
    }
    // A field that older files of the same version lack.
    std::uint64_t optionalUint(const char* key, std::uint64_t fallback, std::uint64_t max) const
    {
        const auto it = object_.constFind(QString::fromLatin1(key));
        return it == object_.constEnd() ? fallback : asUint(*it, pathOf(QString::fromLatin1(key)), max);
    }
    double percent(const char* key) const
    {
        const QJsonValue v = value(key);
        const double d = v.toDouble(-1.0);
        if (!v.isDouble() || !std::isfinite(d) || d < 0.0 || d > 100.0 + 1e-9)
            fail(pathOf(QString::fromLatin1(key)), CaptureReader::tr("expected a percentage from 0 to 100, found %1").arg(describe(v)));
        return d;
    }
    std::string string(const char* key) const
    {
        const QJsonValue v = value(key);
        if (!v.isString())
            fail(pathOf(QString::fromLatin1(key)), CaptureReader::tr("expected a string, found %1").arg(describe(v)));
        return v.toString().toStdString();
    }
    bool boolean(const char* key) const
    {
        const QJsonValue v = value(key);
        if (!v.isBool())
            fail(pathOf(QString::fromLatin1(key)), CaptureReader::tr("expected true or false, found %1").arg(describe(v)));
        return v.toBool();
    }

    static Node asObject(const QJsonValue& v, const QString& path)
    {
        if (!v.isObject())
            fail(path, CaptureReader::tr("expected an object, found %1").arg(describe(v)));
        return Node(v.toObject(), path);
    }
    static QJsonArray asArray(const QJsonValue& v, const QString& path, std::size_t maxSize)
    {
        if (!v.isArray())
            fail(path, CaptureReader::tr("expected an array, found %1").arg(describe(v)));
        QJsonArray a = v.toArray();
        if (std::size_t(a.size()) > maxSize)
            fail(path, CaptureReader::tr("%1 entries, more than the %2 a capture can have").arg(a.size()).arg(maxSize));
        return a;
    }
    static std::uint64_t asUint(const QJsonValue& v, const QString& path, std::uint64_t max)
    {
        // toInteger() succeeds only for numbers with an exact 64-bit integer value.
        const qint64 i = v.isDouble() ? v.toInteger(-1) : -1;
        if (i < 0)
            fail(path, CaptureReader::tr("expected a non-negative integer, found %1").arg(describe(v)));
        if (std::uint64_t(i) > max)
            fail(path, CaptureReader::tr("%1 is above the largest allowed value, %2").arg(i).arg(max));
        return std::uint64_t(i);
    }

private:
    QJsonObject object_;
    QString path_;
};

QString at(const QString& path, qsizetype i)
{
    return QStringLiteral("%1[%2]").arg(path).arg(i);
}

Histogram readHistogram(const Node& block)
{
    std::vector<HistogramBucket> h;
    const QJsonArray buckets = block.array("histogram", cf::kMaxHistogramBuckets);
    const QString path = block.pathOf(QStringLiteral("histogram"));
    std::uint64_t previousLower = 0;
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        const QString p = at(path, i);
        const QJsonArray b = Node::asArray(buckets[i], p, 3);
        if (b.size() != 3)
            fail(p, CaptureReader::tr("expected [lower_ns, upper_ns, count], found %1 numbers").arg(b.size()));
        HistogramBucket bucket{Node::asUint(b[0], at(p, 0), cf::kMaxNs), Node::asUint(b[1], at(p, 1), cf::kMaxNs),
                               Node::asUint(b[2], at(p, 2), cf::kMaxNs)};
        // Bucket bounds are ticks converted to ns: a narrow bucket can round
        // to lower == upper, so only the order is checked.
        if (bucket.upper_ns < bucket.lower_ns || bucket.lower_ns < previousLower)
            fail(p, CaptureReader::tr("buckets must be ranges in ascending order"));
        previousLower = bucket.lower_ns;
        h.push_back(bucket);
    }
    return Histogram(h);
}

BlockStats readBlockStats(const Node& o)
{
    BlockStats s;
    s.hit_count = o.uint("hit_count");
    s.total_ns = o.uint("total_ns");
    s.min_ns = o.uint("min_ns");
    s.max_ns = o.uint("max_ns");
    s.bytes = o.uint("bytes");
    s.percent_of_track = o.percent("percent_of_track");
    s.percent_of_total = o.percent("percent_of_total");
    s.histogram = readHistogram(o);
    if (s.min_ns > s.max_ns)
        fail(o.pathOf(QStringLiteral("min_ns")), CaptureReader::tr("min_ns %1 is above max_ns %2").arg(s.min_ns).arg(s.max_ns));
    if (s.hit_count == 0 && (s.total_ns != 0 || s.max_ns != 0))
        fail(o.pathOf(QStringLiteral("total_ns")), CaptureReader::tr("a block without hits must have no time"));
    if (s.hit_count != 0 && (s.max_ns > s.total_ns || s.min_ns > s.total_ns / s.hit_count))
        fail(o.pathOf(QStringLiteral("total_ns")),
             CaptureReader::tr("total_ns %1 does not fit %2 hits between min_ns and max_ns").arg(s.total_ns).arg(s.hit_count));
    // Quantiles follow from the histogram and [min, max]; the stored ones
    // are for other readers of the file and must agree.
    for (const auto& [key, q] : {std::pair{"median_ns", 0.5}, std::pair{"p90_ns", 0.9}, std::pair{"p99_ns", 0.99}}) {
        const std::uint64_t v = o.uint(key);
        if (v != s.quantile_ns(q))
            fail(o.pathOf(QString::fromLatin1(key)),
                 CaptureReader::tr("%1 does not match the histogram and [min_ns, max_ns], which give %2").arg(v).arg(s.quantile_ns(q)));
    }
    return s;
}

// Sums of a view's blocks must equal the totals stored next to them.
void checkTotals(const Node& o, std::uint64_t hits, std::uint64_t ns)
{
    if (o.uint("hit_count") != hits)
        fail(o.pathOf(QStringLiteral("hit_count")),
             CaptureReader::tr("%1 is not the sum of its blocks' hit counts, %2").arg(o.uint("hit_count")).arg(hits));
    if (o.uint("total_ns") != ns)
        fail(o.pathOf(QStringLiteral("total_ns")),
             CaptureReader::tr("%1 is not the sum of its blocks' times, %2").arg(o.uint("total_ns")).arg(ns));
}

// A thread id names one thread of its list (the views key threads by it).
void checkUniqueThread(QSet<std::uint64_t>& seen, std::uint64_t thread_id, const Node& t)
{
    if (seen.contains(thread_id))
        fail(t.pathOf(QStringLiteral("thread_id")),
             CaptureReader::tr("%1 is another thread's id too; each thread needs its own").arg(thread_id));
    seen.insert(thread_id);
}

// Indices must be strictly ascending: each identifies one track or block.
void checkIndex(unsigned index, long previous, const Node& o)
{
    if (long(index) <= previous)
        fail(o.pathOf(QStringLiteral("index")), CaptureReader::tr("%1 repeats or is out of order").arg(index));
}

// merged: the already-read merged tracks, for a thread's view (names and
// identities come from there); nullptr for the merged view itself.
TrackMap readTracks(const Node& parent, const TrackMap* merged, Capture* capture)
{
    TrackMap tracks;
    const QJsonArray array = parent.array("tracks", cf::kMaxTracks);
    const QString path = parent.pathOf(QStringLiteral("tracks"));
    long previousTrack = -1;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const Node t = Node::asObject(array[i], at(path, i));
        const unsigned index = unsigned(t.uint("index", cf::kMaxTracks - 1));
        checkIndex(index, previousTrack, t);
        previousTrack = index;
        TrackResult track;
        const TrackResult* mergedTrack = nullptr;
        if (merged) {
            const auto it = merged->find(index);
            if (it == merged->end())
                fail(t.pathOf(QStringLiteral("index")), CaptureReader::tr("track %1 is not in the merged tracks").arg(index));
            mergedTrack = &it->second;
            track.name = mergedTrack->name;
            track.enabled = mergedTrack->enabled;
        } else {
            track.name = t.string("name");
            track.enabled = t.boolean("enabled");
            const QJsonValue colour = t.value("color");
            if (!colour.isString() || !QColor::isValidColorName(colour.toString()) ||
                !colour.toString().startsWith(QLatin1Char('#')))
                fail(t.pathOf(QStringLiteral("color")), CaptureReader::tr("expected a colour \"#rrggbb\", found %1").arg(describe(colour)));
            capture->track_colors[index] = colour.toString();
        }
        const QJsonArray blocks = t.array("blocks", cf::kMaxBlocksPerTrack);
        const QString blocksPath = t.pathOf(QStringLiteral("blocks"));
        long previousBlock = -1;
        std::uint64_t hits = 0;
        std::uint64_t ns = 0;
        for (qsizetype j = 0; j < blocks.size(); ++j) {
            const Node b = Node::asObject(blocks[j], at(blocksPath, j));
            const unsigned blockIndex = unsigned(b.uint("index", cf::kMaxBlocksPerTrack - 1));
            checkIndex(blockIndex, previousBlock, b);
            previousBlock = blockIndex;
            BlockStats s = readBlockStats(b);
            if (mergedTrack) {
                const auto it = mergedTrack->blocks.find(blockIndex);
                if (it == mergedTrack->blocks.end())
                    fail(b.pathOf(QStringLiteral("index")),
                         CaptureReader::tr("block %1.%2 is not in the merged tracks").arg(index).arg(blockIndex));
                s.name = it->second.name;
                s.file = it->second.file;
                s.line = it->second.line;
            } else {
                s.name = intern(b.string("name"));
                s.file = intern(b.string("file"));
                s.line = unsigned(b.uint("line", cf::kMaxLine));
            }
            hits += s.hit_count;
            ns += s.total_ns;
            if (hits > cf::kMaxNs || ns > cf::kMaxNs)
                fail(b.path(), CaptureReader::tr("the track's totals overflow"));
            track.blocks.emplace(blockIndex, std::move(s));
        }
        checkTotals(t, hits, ns);
        tracks.emplace(index, std::move(track));
    }
    return tracks;
}

CallTree readCallTree(const Node& parent, const TrackMap& merged)
{
    CallTree tree;
    const Node o = parent.object("call_tree");
    const QJsonArray nodes = o.array("nodes");
    const QString path = o.pathOf(QStringLiteral("nodes"));
    tree.nodes.reserve(std::size_t(nodes.size()));
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const QString p = at(path, i);
        const QJsonArray a = Node::asArray(nodes[i], p, 8);
        if (a.size() != 8)
            fail(p, CaptureReader::tr("expected [track, block, parent, hit_count, total_ns, self_ns, min_ns, max_ns], found %1 numbers")
                                       .arg(a.size()));
        CallTreeNode n;
        n.track = unsigned(Node::asUint(a[0], at(p, 0), cf::kMaxTracks - 1));
        n.block = unsigned(Node::asUint(a[1], at(p, 1), cf::kMaxBlocksPerTrack - 1));
        n.parent = std::uint32_t(Node::asUint(a[2], at(p, 2), std::uint64_t(std::max<qsizetype>(i - 1, 0))));
        n.hit_count = Node::asUint(a[3], at(p, 3), cf::kMaxNs);
        n.total_ns = Node::asUint(a[4], at(p, 4), cf::kMaxNs);
        n.self_ns = Node::asUint(a[5], at(p, 5), cf::kMaxNs);
        n.min_ns = Node::asUint(a[6], at(p, 6), cf::kMaxNs);
        n.max_ns = Node::asUint(a[7], at(p, 7), cf::kMaxNs);
        if (i > 0) {
            // Parents come before their children (pre-order), so this is a tree.
            if (n.parent >= std::uint32_t(i))
                fail(at(p, 2), CaptureReader::tr("parent %1 does not come before the node").arg(n.parent));
            const auto track = merged.find(n.track);
            if (track == merged.end() || !track->second.blocks.contains(n.block))
                fail(p, CaptureReader::tr("block %1.%2 is not in the merged tracks").arg(n.track).arg(n.block));
            n.depth = tree.nodes[n.parent].depth + 1;
            if (n.depth > cf::kMaxCallDepth)
                fail(p, CaptureReader::tr("deeper than %1 levels").arg(cf::kMaxCallDepth));
        }
        if (n.self_ns > n.total_ns)
            fail(at(p, 5), CaptureReader::tr("self_ns %1 is above total_ns %2").arg(n.self_ns).arg(n.total_ns));
        if (n.min_ns > n.max_ns)
            fail(at(p, 6), CaptureReader::tr("min_ns %1 is above max_ns %2").arg(n.min_ns).arg(n.max_ns));
        tree.nodes.push_back(std::move(n));
    }
    // The root's total and every self time follow from the parents and
    // totals; what the file states must agree.
    std::vector<std::uint64_t> stated;
    stated.reserve(tree.nodes.size());
    for (const CallTreeNode& n : tree.nodes)
        stated.push_back(n.self_ns);
    const std::uint64_t statedRoot = tree.nodes.empty() ? 0 : tree.nodes[0].total_ns;
    tree.link();
    if (!tree.nodes.empty() && statedRoot != tree.nodes[0].total_ns)
        fail(at(path, 0), CaptureReader::tr("the root's total_ns %1 is not the sum of its children's, %2")
                                             .arg(statedRoot)
                                             .arg(tree.nodes[0].total_ns));
    for (std::size_t i = 1; i < tree.nodes.size(); ++i)
        if (stated[i] != tree.nodes[i].self_ns)
            fail(at(at(path, qsizetype(i)), 5), CaptureReader::tr("self_ns %1 is not total_ns minus the children's, %2")
                                                                    .arg(stated[i])
                                                                    .arg(tree.nodes[i].self_ns));
    return tree;
}

// Merged hits, time and bytes are exact sums over the threads.
void checkMergedAgainstThreads(const Results& r, const Node& root)
{
    std::map<std::pair<unsigned, unsigned>, std::array<std::uint64_t, 3>> sums;
    for (const ThreadResult& t : r.threads)
        for (const auto& [ti, track] : t.tracks)
            for (const auto& [bi, s] : track.blocks) {
                auto& sum = sums[{ti, bi}];
                sum[0] += s.hit_count;
                sum[1] += s.total_ns;
                sum[2] += s.bytes;
            }
    qsizetype trackPos = 0;
    for (const auto& [ti, track] : r.tracks) {
        qsizetype blockPos = 0;
        for (const auto& [bi, s] : track.blocks) {
            const auto it = sums.find({ti, bi});
            const std::array<std::uint64_t, 3> sum = it == sums.end() ? std::array<std::uint64_t, 3>{} : it->second;
            const std::array<std::uint64_t, 3> merged{s.hit_count, s.total_ns, s.bytes};
            static constexpr const char* kFields[] = {"hit_count", "total_ns", "bytes"};
            for (int f = 0; f < 3; ++f) {
                if (merged[std::size_t(f)] != sum[std::size_t(f)])
                    fail(root.pathOf(QStringLiteral("tracks[%1].blocks[%2].%3").arg(trackPos).arg(blockPos).arg(QLatin1String(kFields[f]))),
                         CaptureReader::tr("%1 is not the sum over the threads, %2").arg(merged[std::size_t(f)]).arg(sum[std::size_t(f)]));
            }
            ++blockPos;
        }
        ++trackPos;
    }
}

Timeline readTimeline(const Node& root, const TrackMap& merged, std::uint64_t& window_ns)
{
    Timeline timeline;
    const Node o = root.object("timeline");
    timeline.now_ns = o.uint("now_ns");
    window_ns = o.uint("window_ns");
    const QJsonArray threads = o.array("threads", cf::kMaxThreads);
    QSet<std::uint64_t> seen;
    const QString path = o.pathOf(QStringLiteral("threads"));
    for (qsizetype i = 0; i < threads.size(); ++i) {
        const Node t = Node::asObject(threads[i], at(path, i));
        ThreadTimeline tt;
        tt.thread_id = t.uint("thread_id", std::numeric_limits<qint64>::max());
        tt.os_tid = t.optionalUint("os_tid", tt.thread_id, std::numeric_limits<qint64>::max());
        checkUniqueThread(seen, tt.thread_id, t);
        tt.name = t.string("name");
        tt.alive = t.boolean("alive");
        tt.dropped = t.uint("dropped");
        const Node e = t.object("events");
        const QJsonArray start = e.array("start_ns");
        const QJsonArray duration = e.array("duration_ns");
        const QJsonArray track = e.array("track");
        const QJsonArray block = e.array("block");
        const QJsonArray depth = e.array("depth");
        for (const auto& [name, column] : {std::pair{"duration_ns", &duration}, std::pair{"track", &track},
                                           std::pair{"block", &block}, std::pair{"depth", &depth}}) {
            if (column->size() != start.size())
                fail(e.pathOf(QString::fromLatin1(name)),
                     CaptureReader::tr("%1 entries, but start_ns has %2").arg(column->size()).arg(start.size()));
        }
        tt.events.reserve(std::size_t(start.size()));
        for (qsizetype j = 0; j < start.size(); ++j) {
            TimelineEvent ev;
            ev.start_ns = Node::asUint(start[j], at(e.pathOf(QStringLiteral("start_ns")), j), cf::kMaxNs);
            ev.duration_ns = Node::asUint(duration[j], at(e.pathOf(QStringLiteral("duration_ns")), j), cf::kMaxNs);
            ev.track = unsigned(Node::asUint(track[j], at(e.pathOf(QStringLiteral("track")), j), cf::kMaxTracks - 1));
            ev.block = unsigned(
                Node::asUint(block[j], at(e.pathOf(QStringLiteral("block")), j), cf::kMaxBlocksPerTrack - 1));
            ev.depth = unsigned(Node::asUint(depth[j], at(e.pathOf(QStringLiteral("depth")), j), cf::kMaxTimelineDepth));
            const auto tr_ = merged.find(ev.track);
            if (tr_ == merged.end() || !tr_->second.blocks.contains(ev.block))
                fail(at(e.pathOf(QStringLiteral("block")), j),
                     CaptureReader::tr("block %1.%2 is not in the merged tracks").arg(ev.track).arg(ev.block));
            if (ev.start_ns + ev.duration_ns > timeline.now_ns)
                fail(at(e.pathOf(QStringLiteral("start_ns")), j), CaptureReader::tr("the event ends after the timeline's now_ns"));
            tt.events.push_back(ev);
        }
        timeline.threads.push_back(std::move(tt));
    }
    return timeline;
}

Capture readDocument(const QJsonObject& document)
{
    const Node root(document, QString());
    const QJsonValue format = document.value(QStringLiteral("format"));
    if (format.toString() != QLatin1String(cf::kFormatName)) {
        if (format.toString() == QLatin1String("stichotrope-results"))
            fail(QStringLiteral("format"), CaptureReader::tr("this is a results export (stichotrope-results), not a capture"));
        fail(QStringLiteral("format"), CaptureReader::tr("expected \"%1\", found %2: not a Stichotrope capture")
                                                          .arg(QLatin1String(cf::kFormatName), describe(format)));
    }
    const std::uint64_t version = root.uint("version", std::numeric_limits<int>::max());
    if (version > std::uint64_t(cf::kVersion))
        fail(QStringLiteral("version"), CaptureReader::tr("version %1 is newer than this viewer reads (%2); open it with a newer viewer")
                                                           .arg(version)
                                                           .arg(cf::kVersion));
    if (version < 1)
        fail(QStringLiteral("version"), CaptureReader::tr("version %1 does not exist").arg(version));

    Capture c;
    Results& r = c.results;
    const Node profiler = root.object("profiler");
    r.profiler_id = profiler.uint("id");
    r.profiler_name = profiler.string("name");
    r.tracks = readTracks(root, nullptr, &c);
    checkTotals(root, hit_count(r.tracks), total_ns(r.tracks));
    r.call_tree = readCallTree(root, r.tracks);

    const QJsonArray threads = root.array("threads", cf::kMaxThreads);
    QSet<std::uint64_t> seen;
    for (qsizetype i = 0; i < threads.size(); ++i) {
        const Node t = Node::asObject(threads[i], at(QStringLiteral("threads"), i));
        ThreadResult thread;
        thread.thread_id = t.uint("thread_id", std::numeric_limits<qint64>::max());
        thread.os_tid = t.optionalUint("os_tid", thread.thread_id, std::numeric_limits<qint64>::max());
        checkUniqueThread(seen, thread.thread_id, t);
        thread.name = t.string("name");
        thread.alive = t.boolean("alive");
        thread.tracks = readTracks(t, &r.tracks, nullptr);
        checkTotals(t, hit_count(thread.tracks), total_ns(thread.tracks));
        thread.call_tree = readCallTree(t, r.tracks);
        r.threads.push_back(std::move(thread));
    }
    checkMergedAgainstThreads(r, root);
    c.timeline = readTimeline(root, r.tracks, c.window_ns);
    return c;
}

} // namespace

CaptureReadResult parseCapture(const QByteArray& json)
{
    if (json.size() > cf::kMaxFileBytes)
        return {std::nullopt, CaptureReader::tr("the file is %1 MiB, above the %2 MiB limit of a capture")
                                                 .arg(json.size() >> 20)
                                                 .arg(cf::kMaxFileBytes >> 20)};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const QString what = error.error == QJsonParseError::UnterminatedObject ||
                                     error.error == QJsonParseError::UnterminatedArray ||
                                     error.error == QJsonParseError::UnterminatedString || error.offset >= json.size()
                                 ? CaptureReader::tr("the file ends early (truncated?)")
                                 : error.errorString();
        return {std::nullopt, CaptureReader::tr("not valid JSON at byte %1: %2").arg(error.offset).arg(what)};
    }
    if (!document.isObject())
        return {std::nullopt, CaptureReader::tr("not a Stichotrope capture: the top level is not a JSON object")};
    try {
        return {readDocument(document.object()), {}};
    } catch (const Invalid& invalid) {
        return {std::nullopt, invalid.message};
    }
}

CaptureReadResult readCapture(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {std::nullopt, CaptureReader::tr("cannot open '%1': no such file").arg(path)};
    if (info.size() > cf::kMaxFileBytes)
        return {std::nullopt, CaptureReader::tr("cannot open '%1': the file is %2 MiB, above the %3 MiB limit of a capture")
                                                 .arg(path)
                                                 .arg(info.size() >> 20)
                                                 .arg(cf::kMaxFileBytes >> 20)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, CaptureReader::tr("cannot open '%1': %2").arg(path, file.errorString())};
    // read() with a bound, in case the file grew since it was measured.
    const QByteArray bytes = file.read(cf::kMaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return {std::nullopt, CaptureReader::tr("cannot read '%1': %2").arg(path, file.errorString())};
    CaptureReadResult result = parseCapture(bytes);
    if (!result.capture)
        result.error = QStringLiteral("'%1': %2").arg(path, result.error);
    return result;
}

} // namespace stichotrope::gui
