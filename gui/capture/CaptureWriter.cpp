#include "CaptureWriter.hpp"

#include "AtomicWrite.hpp"
#include "CaptureFormat.hpp"
#include "model/TrackPalette.hpp"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace stichotrope::gui {

namespace {

QJsonValue num(std::uint64_t v)
{
    // Every count and ns value fits: the reader refuses more than 2^62.
    return QJsonValue(qint64(v));
}

QJsonValue text(std::string_view s)
{
    return QString::fromUtf8(s);
}

QJsonArray histogramJson(const Histogram& h)
{
    QJsonArray buckets;
    for (const HistogramBucket& b : h.buckets())
        buckets.append(QJsonArray{num(b.lower_ns), num(b.upper_ns), num(b.count)});
    return buckets;
}

// Statistics of a block; `withIdentity` adds what only the merged view
// carries (name, file, line), which threads share.
QJsonObject blockJson(unsigned index, const BlockStats& s, bool withIdentity)
{
    QJsonObject o{
        {QStringLiteral("index"), num(index)},
        {QStringLiteral("hit_count"), num(s.hit_count)},
        {QStringLiteral("total_ns"), num(s.total_ns)},
        {QStringLiteral("min_ns"), num(s.min_ns)},
        {QStringLiteral("max_ns"), num(s.max_ns)},
        {QStringLiteral("bytes"), num(s.bytes)},
        {QStringLiteral("percent_of_track"), s.percent_of_track},
        {QStringLiteral("percent_of_total"), s.percent_of_total},
        {QStringLiteral("median_ns"), num(s.median_ns())},
        {QStringLiteral("p90_ns"), num(s.p90_ns())},
        {QStringLiteral("p99_ns"), num(s.p99_ns())},
        {QStringLiteral("histogram"), histogramJson(s.histogram)},
    };
    if (withIdentity) {
        o.insert(QStringLiteral("name"), text(s.name));
        o.insert(QStringLiteral("file"), text(s.file));
        o.insert(QStringLiteral("line"), num(s.line));
    }
    return o;
}

QJsonArray tracksJson(const TrackMap& tracks, const Capture* merged)
{
    QJsonArray out;
    for (const auto& [index, track] : tracks) {
        QJsonArray blocks;
        for (const auto& [b, stats] : track.blocks)
            blocks.append(blockJson(b, stats, merged != nullptr));
        QJsonObject o{
            {QStringLiteral("index"), num(index)},
            {QStringLiteral("hit_count"), num(track.hit_count())},
            {QStringLiteral("total_ns"), num(track.total_ns())},
            {QStringLiteral("blocks"), blocks},
        };
        if (merged) {
            o.insert(QStringLiteral("name"), text(track.name));
            o.insert(QStringLiteral("enabled"), track.enabled);
            const auto colour = merged->track_colors.find(index);
            o.insert(QStringLiteral("color"),
                     colour != merged->track_colors.end() ? colour->second : trackColor(index).name());
        }
        out.append(o);
    }
    return out;
}

// Nodes in pre-order (children in their order), so that rebuilding the
// children lists from the parents gives the same order back.
QJsonObject callTreeJson(const CallTree& tree)
{
    QJsonArray nodes;
    if (!tree.nodes.empty()) {
        std::vector<std::uint32_t> newIndex(tree.nodes.size(), 0);
        std::vector<std::uint32_t> stack{0};
        std::uint32_t next = 0;
        while (!stack.empty()) {
            const std::uint32_t i = stack.back();
            stack.pop_back();
            if (i >= tree.nodes.size())
                continue;
            newIndex[i] = next++;
            const CallTreeNode& n = tree.nodes[i];
            const std::uint32_t parent = i == 0 ? 0 : newIndex[n.parent];
            nodes.append(QJsonArray{num(n.track), num(n.block), num(parent), num(n.hit_count), num(n.total_ns),
                                    num(n.self_ns), num(n.min_ns), num(n.max_ns)});
            const auto children = tree.children(i);
            for (auto c = children.rbegin(); c != children.rend(); ++c)
                stack.push_back(*c);
        }
    }
    return {{QStringLiteral("nodes"), nodes}};
}

QJsonObject timelineJson(const Capture& c)
{
    QJsonArray threads;
    for (const ThreadTimeline& t : c.timeline.threads) {
        // Columns rather than one object per event: a tenth of the size and
        // of the parser's memory.
        QJsonArray start, duration, track, block, depth;
        for (const TimelineEvent& e : t.events) {
            start.append(num(e.start_ns));
            duration.append(num(e.duration_ns));
            track.append(num(e.track));
            block.append(num(e.block));
            depth.append(num(e.depth));
        }
        threads.append(QJsonObject{
            {QStringLiteral("thread_id"), num(t.thread_id)},
            {QStringLiteral("os_tid"), num(t.os_tid)},
            {QStringLiteral("name"), text(t.name)},
            {QStringLiteral("alive"), t.alive},
            {QStringLiteral("dropped"), num(t.dropped)},
            {QStringLiteral("events"),
             QJsonObject{{QStringLiteral("start_ns"), start},
                         {QStringLiteral("duration_ns"), duration},
                         {QStringLiteral("track"), track},
                         {QStringLiteral("block"), block},
                         {QStringLiteral("depth"), depth}}},
        });
    }
    return {{QStringLiteral("now_ns"), num(c.timeline.now_ns)},
            {QStringLiteral("window_ns"), num(c.window_ns)},
            {QStringLiteral("threads"), threads}};
}

} // namespace

QByteArray captureToJson(const Capture& c)
{
    const Results& r = c.results;
    QJsonArray threads;
    for (const ThreadResult& t : r.threads) {
        threads.append(QJsonObject{
            {QStringLiteral("thread_id"), num(t.thread_id)},
            {QStringLiteral("os_tid"), num(t.os_tid)},
            {QStringLiteral("name"), text(t.name)},
            {QStringLiteral("alive"), t.alive},
            {QStringLiteral("hit_count"), num(t.hit_count())},
            {QStringLiteral("total_ns"), num(t.total_ns())},
            {QStringLiteral("tracks"), tracksJson(t.tracks, nullptr)},
            {QStringLiteral("call_tree"), callTreeJson(t.call_tree)},
        });
    }
    const QJsonObject root{
        {QStringLiteral("format"), QLatin1String(capture_format::kFormatName)},
        {QStringLiteral("version"), capture_format::kVersion},
        {QStringLiteral("profiler"),
         QJsonObject{{QStringLiteral("id"), num(r.profiler_id)}, {QStringLiteral("name"), text(r.profiler_name)}}},
        {QStringLiteral("hit_count"), num(r.hit_count())},
        {QStringLiteral("total_ns"), num(r.total_ns())},
        {QStringLiteral("tracks"), tracksJson(r.tracks, &c)},
        {QStringLiteral("call_tree"), callTreeJson(r.call_tree)},
        {QStringLiteral("threads"), threads},
        {QStringLiteral("timeline"), timelineJson(c)},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

bool saveCapture(const Capture& capture, const QString& path, QString* error)
{
    const QByteArray bytes = captureToJson(capture);
    if (bytes.size() > capture_format::kMaxFileBytes) {
        if (error)
            *error = QCoreApplication::translate("CaptureWriter",
                                                 "cannot write '%1': the capture is %2 MiB, above the %3 MiB a "
                                                 "capture may have; shorten the flame chart's window")
                         .arg(path)
                         .arg(bytes.size() >> 20)
                         .arg(capture_format::kMaxFileBytes >> 20);
        return false;
    }
    return writeFileAtomically(path, bytes, error);
}

} // namespace stichotrope::gui
