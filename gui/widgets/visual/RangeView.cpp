#include "RangeView.hpp"

#include "widgets/BlockTableView.hpp"
#include "widgets/StatTreeView.hpp"
#include "model/BlockFilterProxy.hpp"
#include "model/BlockTableModel.hpp"
#include "model/DurationFormat.hpp"
#include "model/RangeStatistics.hpp"
#include "model/ViewSelection.hpp"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace stichotrope::gui {

RangeView::RangeView(ViewSelection* selection, QWidget* parent)
    : QWidget(parent), selection_(selection), model_(new BlockTableModel(this)),
      table_(new BlockTableView(model_, selection, this)), summary_(new QLabel(this)), zoom_(new QToolButton(this)),
      clear_(new QToolButton(this))
{
    summary_->setWordWrap(true);
    summary_->setTextFormat(Qt::RichText);
    clear_->setText(tr("Remove range"));
    clear_->setToolTip(tr("Remove the time range from the flame chart (Escape on the chart)"));
    connect(clear_, &QToolButton::clicked, this, &RangeView::clearRequested);
    zoom_->setText(tr("Zoom to range"));
    zoom_->setToolTip(tr("Show the time range across the whole flame chart"));
    connect(zoom_, &QToolButton::clicked, this, [this] { Q_EMIT zoomRequested(begin_ns_, end_ns_); });
    table_->setEmptyText(tr("No time range.\nShift+drag across the flame chart to sum the blocks that began and "
                            "ended inside a stretch of time."));
    table_->view()->setObjectName(QStringLiteral("range-blocks"));
    // The blocks the selected threads ran in the range, not every block of it.
    table_->proxy()->setHidesRowsWithoutHits(BlockTableModel::FirstStatColumn);
    setWhatsThis(tr("The blocks that began and ended inside the time range marked on the flame chart "
                    "(Shift+drag), with the block table's statistics for that stretch of time alone. Blocks "
                    "cut by either edge are left out."));

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 0);
    bar->addWidget(summary_, 1);
    bar->addWidget(zoom_);
    bar->addWidget(clear_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(table_, 1);

    model_->setThreadFilter(selection->threads());
    connect(selection, &ViewSelection::threadsChanged, this, [this, selection] {
        model_->setThreadFilter(selection->threads());
        updateSummary();
    });
    clear();
}

void RangeView::showRange(const TimelineWindow& window, std::uint64_t begin_ns, std::uint64_t end_ns,
                          const Results& names)
{
    auto snapshot = std::make_shared<Snapshot>();
    snapshot->results = rangeResults(window, begin_ns, end_ns, names);
    snapshot->live = false;
    range_ = std::move(snapshot);
    begin_ns_ = begin_ns;
    end_ns_ = end_ns;
    // Another range: other rows, not the previous ones with new values.
    model_->clear();
    model_->setSnapshot(range_);
    updateSummary();
}

void RangeView::clear()
{
    model_->clear();
    range_.reset();
    updateSummary();
}

void RangeView::updateSummary()
{
    zoom_->setEnabled(range_ != nullptr);
    clear_->setEnabled(range_ != nullptr);
    if (!range_) {
        summary_->setText(tr("Shift+drag across the flame chart to mark a time range."));
        return;
    }
    std::uint64_t executions = 0;
    for (const ThreadResult& t : range_->results.threads)
        if (selection_->threadVisible(t.thread_id))
            executions += t.hit_count();
    const QString length = formatDuration(double(end_ns_ - begin_ns_));
    summary_->setText(selection_->threads().isEmpty()
                          ? tr("<b>%1</b> marked on the flame chart: %2 executions of blocks that began and "
                               "ended in it.")
                                .arg(length, formatCount(executions))
                          : tr("<b>%1</b> marked on the flame chart: %2 executions of blocks that began and "
                               "ended in it, in the selected threads.")
                                .arg(length, formatCount(executions)));
}

QString RangeView::summary() const
{
    return summary_->text();
}

} // namespace stichotrope::gui
