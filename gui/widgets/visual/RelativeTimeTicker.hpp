// Time ticks labelled relative to an origin ("-2 s" = two seconds before the
// last poll), placed at round relative values rather than round absolute ones,
// in the unit of the range's farthest point: "-15 ms", not "-0.015".
#pragma once

#include <qcustomplot.h>

namespace stichotrope::gui {

class RelativeTimeTicker : public QCPAxisTicker {
public:
    void setOrigin(double origin) { origin_ = origin; }
    double origin() const { return origin_; }

protected:
    QVector<double> createTickVector(double tickStep, const QCPRange& range) override;
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar, int precision) override;

private:
    double origin_ = 0.0;
    double step_s_ = 1.0;      // of the ticks being labelled
    double unit_per_s_ = 1.0;  // their unit: 1 for s, 1e3 for ms, ...
    QString unit_ = QStringLiteral("s");
};

} // namespace stichotrope::gui
