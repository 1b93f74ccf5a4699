// Time ticks labelled relative to an origin ("-2 s" = two seconds before the
// last poll), placed at round relative values rather than round absolute ones.
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
};

} // namespace stichotrope::gui
