#include "ComparisonCsv.hpp"

#include "model/Comparison.hpp"

#include <cmath>

namespace stichotrope::gui {

namespace {

// RFC 4180, as the engine's CSV export.
QString field(QString s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')) &&
        !s.contains(QLatin1Char('\r')))
        return s;
    s.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

QString changeName(Change c)
{
    switch (c) {
    case Change::Same: return QStringLiteral("same");
    case Change::Regressed: return QStringLiteral("regressed");
    case Change::Improved: return QStringLiteral("improved");
    case Change::Added: return QStringLiteral("added");
    case Change::Removed: return QStringLiteral("removed");
    }
    return {};
}

} // namespace

QByteArray comparisonToCsv(const Results& base, const Results& current, CompareMetric metric)
{
    QString out = QStringLiteral("Scope,Track,Block Name,Baseline Hit Count,Current Hit Count,Baseline Total Time (ns),"
                                 "Current Total Time (ns),Baseline Avg Time (ns),Current Avg Time (ns),Compared,"
                                 "Baseline Value,Current Value,Difference,Ratio,Change\n");
    const QString compared = compareMetricKey(metric);
    auto number = [](double v) { return QString::number(v, 'f', 1); };
    for (const ScopedRows& scope : compareAll(base, current, metric)) {
        const QString scopeName = scope.scope.isEmpty() ? QStringLiteral("all threads") : scope.scope;
        for (const ChangeRow& r : scope.rows) {
            const double ratio = r.ratio(metric);
            const QStringList fields{
                field(scopeName),
                field(r.trackName),
                field(r.name),
                QString::number(r.base.hits),
                QString::number(r.current.hits),
                QString::number(r.base.total_ns),
                QString::number(r.current.total_ns),
                number(r.base.value(CompareMetric::Average)),
                number(r.current.value(CompareMetric::Average)),
                compared,
                number(r.base.value(metric)),
                number(r.current.value(metric)),
                number(r.difference(metric)),
                std::isfinite(ratio) ? QString::number(ratio, 'f', 4) : QStringLiteral("inf"),
                changeName(r.change(metric)),
            };
            out += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
        }
    }
    return out.toUtf8();
}

} // namespace stichotrope::gui
