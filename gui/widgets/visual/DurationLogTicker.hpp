// Logarithmic ticks for a nanosecond axis, labelled in readable units
// ("100 ns", "10 µs", "1 ms") instead of powers of ten. Narrow ranges get
// 1-2-5 ticks so that there are always a few labels, as long as the axis is
// long enough for them not to run into each other.
#pragma once

#include <qcustomplot.h>

namespace stichotrope::gui {

class DurationLogTicker : public QCPAxisTickerLog {
public:
    // `axis`: the axis these ticks label, whose length decides how many fit.
    explicit DurationLogTicker(const QCPAxis* axis) : axis_(axis) {}

protected:
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar, int precision) override;
    QVector<double> createTickVector(double tickStep, const QCPRange& range) override;
    int getSubTickCount(double tickStep) override;

private:
    bool labelsFit(const QVector<double>& ticks, const QCPRange& range);

    const QCPAxis* axis_;
    bool one_two_five_ = false;
};

} // namespace stichotrope::gui
