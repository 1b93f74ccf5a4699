// Logarithmic ticks for a nanosecond axis, labelled in readable units
// ("100 ns", "10 µs", "1 ms") instead of powers of ten. Narrow ranges get
// 1-2-5 ticks so that there are always a few labels.
#pragma once

#include <qcustomplot.h>

namespace stichotrope::gui {

class DurationLogTicker : public QCPAxisTickerLog {
protected:
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar, int precision) override;
    QVector<double> createTickVector(double tickStep, const QCPRange& range) override;
    int getSubTickCount(double tickStep) override;

private:
    bool one_two_five_ = false;
};

} // namespace stichotrope::gui
