#include "RangeView.hpp"

#include "widgets/BlockTableView.hpp"
#include "widgets/StatTreeView.hpp"
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
    : QWidget(parent), model_(new BlockTableModel(this)), table_(new BlockTableView(model_, selection, this)),
      summary_(new QLabel(this)), clear_(new QToolButton(this))
{
    summary_->setWordWrap(true);
    summary_->setTextFormat(Qt::RichText);
    clear_->setText(tr("Remove range"));
    clear_->setToolTip(tr("Remove the time range from the flame chart (Escape on the chart)"));
    connect(clear_, &QToolButton::clicked, this, &RangeView::clearRequested);
    table_->setEmptyText(tr("No time range.\nShift+drag across the flame chart to sum the blocks that began and "
                            "ended inside a stretch of time."));
    table_->view()->setObjectName(QStringLiteral("range-blocks"));
    setWhatsThis(tr("The blocks that began and ended inside the time range marked on the flame chart "
                    "(Shift+drag), with the block table's statistics for that stretch of time alone. Blocks "
                    "cut by either edge are left out."));

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 0);
    bar->addWidget(summary_, 1);
    bar->addWidget(clear_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(table_, 1);

    model_->setThreadFilter(selection->threads());
    connect(selection, &ViewSelection::threadsChanged, this,
            [this, selection] { model_->setThreadFilter(selection->threads()); });
    clear();
}

void RangeView::showRange(const TimelineWindow& window, std::uint64_t begin_ns, std::uint64_t end_ns,
                          const Results& names)
{
    auto snapshot = std::make_shared<Snapshot>();
    RangeStatistics stats = rangeStatistics(window, begin_ns, end_ns, names);
    snapshot->results = std::move(stats.results);
    snapshot->live = false;
    // Another range: other rows, not the previous ones with new values.
    model_->clear();
    model_->setSnapshot(std::move(snapshot));
    has_range_ = true;
    clear_->setEnabled(true);
    summary_->setText(tr("<b>%1</b> marked on the flame chart: %2 executions of blocks that began and ended "
                         "in it.")
                          .arg(formatDuration(double(end_ns - begin_ns)), formatCount(stats.blocks)));
}

void RangeView::clear()
{
    model_->clear();
    has_range_ = false;
    clear_->setEnabled(false);
    summary_->setText(tr("Shift+drag across the flame chart to mark a time range."));
}

QString RangeView::summary() const
{
    return summary_->text();
}

} // namespace stichotrope::gui
