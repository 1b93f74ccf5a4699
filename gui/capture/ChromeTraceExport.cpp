#include "ChromeTraceExport.hpp"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace stichotrope::gui {

namespace {

double micros(std::uint64_t ns)
{
    return double(ns) / 1000.0;
}

QString nameOf(const Results& r, unsigned track, unsigned block)
{
    if (const BlockStats* s = r.find(track, block))
        return QString::fromUtf8(s->name);
    return QStringLiteral("block %1.%2").arg(track).arg(block);
}

QString trackNameOf(const Results& r, unsigned track)
{
    const auto it = r.tracks.find(track);
    return it != r.tracks.end() && !it->second.name.empty() ? QString::fromStdString(it->second.name)
                                                            : QStringLiteral("Track %1").arg(track);
}

} // namespace

QByteArray captureToChromeTrace(const Capture& capture, qint64 pid)
{
    const Results& r = capture.results;
    QJsonArray events;
    events.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("process_name")},
                              {QStringLiteral("ph"), QStringLiteral("M")},
                              {QStringLiteral("pid"), pid},
                              {QStringLiteral("tid"), 0},
                              {QStringLiteral("args"),
                               QJsonObject{{QStringLiteral("name"), QString::fromStdString(r.profiler_name)}}}});
    for (const ThreadTimeline& t : capture.timeline.threads) {
        const QString name = t.name.empty() ? QStringLiteral("thread %1").arg(t.thread_id) : QString::fromStdString(t.name);
        events.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("thread_name")},
                                  {QStringLiteral("ph"), QStringLiteral("M")},
                                  {QStringLiteral("pid"), pid},
                                  {QStringLiteral("tid"), qint64(t.thread_id)},
                                  {QStringLiteral("args"), QJsonObject{{QStringLiteral("name"), name}}}});
    }
    for (const ThreadTimeline& t : capture.timeline.threads) {
        // By start, parents before the children that start with them: the
        // order trace viewers nest complete events in.
        std::vector<const TimelineEvent*> sorted;
        sorted.reserve(t.events.size());
        for (const TimelineEvent& e : t.events)
            sorted.push_back(&e);
        std::stable_sort(sorted.begin(), sorted.end(), [](const TimelineEvent* a, const TimelineEvent* b) {
            return a->start_ns != b->start_ns ? a->start_ns < b->start_ns : a->depth < b->depth;
        });
        for (const TimelineEvent* e : sorted) {
            events.append(QJsonObject{
                {QStringLiteral("name"), nameOf(r, e->track, e->block)},
                {QStringLiteral("cat"), trackNameOf(r, e->track)},
                {QStringLiteral("ph"), QStringLiteral("X")},
                {QStringLiteral("ts"), micros(e->start_ns)},
                {QStringLiteral("dur"), micros(e->duration_ns)},
                {QStringLiteral("pid"), pid},
                {QStringLiteral("tid"), qint64(t.thread_id)},
                {QStringLiteral("args"),
                 QJsonObject{{QStringLiteral("track"), qint64(e->track)}, {QStringLiteral("block"), qint64(e->block)}}},
            });
        }
    }
    const QJsonObject root{{QStringLiteral("traceEvents"), events},
                           {QStringLiteral("displayTimeUnit"), QStringLiteral("ns")},
                           {QStringLiteral("otherData"),
                            QJsonObject{{QStringLiteral("producer"), QStringLiteral("Stichotrope")},
                                        {QStringLiteral("profiler"), QString::fromStdString(r.profiler_name)}}}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace stichotrope::gui
