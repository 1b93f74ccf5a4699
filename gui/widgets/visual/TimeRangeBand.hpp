// A stretch of time marked on a time plot: Shift+drag draws a band across
// the whole height with its length written on it, as the timelines of Tracy
// and Hotspot do, and reports it; Shift+click (or clear()) removes it. The
// plot's own dragging still pans: the owner hands the band its mouse events
// first and skips those it takes.
#pragma once

#include <QObject>

class QCustomPlot;
class QCPItemRect;
class QCPItemText;
class QMouseEvent;
class QPalette;

namespace stichotrope::gui {

class TimeRangeBand : public QObject {
    Q_OBJECT

public:
    explicit TimeRangeBand(QCustomPlot* plot);

    // The plot's mouse events; true when the band takes the event.
    bool press(QMouseEvent* event);
    bool move(QMouseEvent* event);
    bool release(QMouseEvent* event);

    bool hasRange() const { return has_range_; }
    // In the plot's x coordinates (seconds).
    double begin() const { return begin_; }
    double end() const { return end_; }
    // Marks [begin, end] and reports it, as a drag would.
    void select(double begin, double end);
    void clear();
    void setColors(const QPalette& palette);

Q_SIGNALS:
    // The mouse moved far enough to mark a range (not a Shift+click).
    void dragStarted();
    void selected(double begin, double end);
    void cleared();

private:
    void place(double a, double b);

    QCustomPlot* plot_;
    QCPItemRect* band_;
    QCPItemText* label_;
    bool dragging_ = false;
    bool moved_ = false; // dragging_ and past the click distance
    bool has_range_ = false;
    int press_x_ = 0;
    double anchor_ = 0.0;
    double begin_ = 0.0;
    double end_ = 0.0;
};

} // namespace stichotrope::gui
