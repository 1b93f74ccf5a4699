#include "HelpDialogs.hpp"

#include "ActionIcons.hpp"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QKeySequence>
#include <QMessageBox>
#include <QPointer>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace stichotrope::gui {

namespace {

// Translation context of this file.
class HelpText {
    Q_DECLARE_TR_FUNCTIONS(HelpText)

public:
    static QString key(const QKeySequence& k) { return QStringLiteral("<b>%1</b>").arg(k.toString(QKeySequence::NativeText)); }

    static QString quickStart()
    {
        const QString instrument = QStringLiteral(
            "<pre>#include &lt;stichotrope/stichotrope.hpp&gt;\n\n"
            "stichotrope::Profiler profiler(\"my-app\");\n\n"
            "void decode(const Packet&amp; p)\n{\n"
            "    STICHO_FUNCTION(profiler, 0);\n"
            "    STICHO_BLOCK(profiler, 1, \"checksum\");\n"
            "    checksum(p);\n}</pre>");
        const QString embed = QStringLiteral(
            "<pre>find_package(Stichotrope REQUIRED COMPONENTS widgets)\n"
            "target_link_libraries(app PRIVATE Stichotrope::widgets)\n\n"
            "#include &lt;stichotrope/gui/widgets/ProfilerWidget.hpp&gt;\n"
            "auto* panel = new stichotrope::gui::ProfilerWidget(profiler);\n"
            "window.setCentralWidget(panel);</pre>");
        return tr("<h2>Quick start</h2>"
                  "<h3>Watch the demo</h3>"
                  "<p>The viewer starts with an instrumented demo workload running. Its threads appear in "
                  "<b>Threads</b>, their blocks in the central table and the last seconds in the "
                  "<b>Flame chart</b>; every view updates at each poll.</p>"
                  "<ul>"
                  "<li>Select a block to plot it and compare it across threads (<b>Block by thread</b>).</li>"
                  "<li>Select threads to show only them in the other views; Esc shows all of them again.</li>"
                  "<li>Check or uncheck a track, or press %1 to %2, to turn its recording on or off.</li>"
                  "<li>%3 starts and stops the workload, %4 pauses polling, %5 zeroes the statistics.</li>"
                  "<li>In the flame chart the mouse wheel zooms (Ctrl+wheel: the lanes) and dragging pans; "
                  "%6, %7 and %8 zoom from the keyboard. Click a block to select it everywhere. Shift+drag "
                  "marks a time range: <b>Range</b> sums the blocks that began and ended in it (Esc removes "
                  "it).</li>"
                  "<li>%17, or the block table's context menu, zooms the flame chart to the selected block's "
                  "longest run: the outlier behind its Max and p99.</li>"
                  "<li>%9 filters the block table; Ctrl+C copies the selected rows, the context menu "
                  "copies them as CSV.</li>"
                  "</ul>"
                  "<h3>Save, open and compare runs</h3>"
                  "<ul>"
                  "<li>%10 saves what the views show as a capture file; %11 opens one read-only in the same "
                  "views, while the live session waits. %12 returns to it.</li>"
                  "<li>%13 exports the block table as CSV; <b>File › Export</b> also writes one thread, the "
                  "timeline as a Chrome trace (Perfetto) and the call trees for speedscope.</li>"
                  "<li><b>Compare</b> puts two runs side by side, largest changes first: the shown view against "
                  "a capture, two captures, or the live session against a baseline taken with %14.</li>"
                  "</ul>"
                  "<h3>Instrument your program</h3>"
                  "<p>Mark blocks with the engine's macros and link <code>Stichotrope::engine</code>, "
                  "a C++20 library without Qt:</p>%15"
                  "<h3>Watch your own program</h3>"
                  "<p>Add the viewer's panel, the same widget this window is made of, to your Qt application "
                  "with your own <code>Profiler</code>:</p>%16"
                  "<p>The README describes every view and the file formats in detail.</p>")
            .arg(key(QKeySequence(Qt::ALT | Qt::Key_1)), key(QKeySequence(Qt::ALT | Qt::Key_9)),
                 key(QKeySequence(Qt::CTRL | Qt::Key_R)), key(QKeySequence(Qt::Key_F5)),
                 key(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete)), key(QKeySequence::ZoomIn),
                 key(QKeySequence::ZoomOut), key(QKeySequence(Qt::CTRL | Qt::Key_0)), key(QKeySequence::Find))
            .arg(key(QKeySequence::Save), key(QKeySequence::Open), key(QKeySequence(Qt::CTRL | Qt::Key_L)),
                 key(QKeySequence(Qt::CTRL | Qt::Key_E)), key(QKeySequence(Qt::CTRL | Qt::Key_B)), instrument, embed)
            .arg(key(QKeySequence(Qt::CTRL | Qt::Key_J)));
    }

    static QString about()
    {
        return tr("<h3>Stichotrope Viewer %1</h3>"
                  "<p>Live viewer of the Stichotrope profiler: a thread-safe, lock-free C++ block profiler "
                  "whose statistics, call trees and timeline are read while the program runs.</p>"
                  "<p>Copyright © 2026 The Stichotrope authors.<br>"
                  "Released under the MIT licence: you may use, copy, modify and distribute it freely, "
                  "provided the copyright and licence notice are kept. It comes without any warranty.</p>"
                  "<p>Built with Qt %2 and QCustomPlot.</p>")
            .arg(QStringLiteral(STICHOTROPE_VERSION), QStringLiteral(QT_VERSION_STR));
    }
};

} // namespace

void showQuickStart(QWidget* parent)
{
    static QPointer<QDialog> open;
    if (open) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto* dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("quickStart"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(HelpText::tr("Quick start"));
    auto* text = new QTextBrowser(dialog);
    text->setOpenExternalLinks(true);
    text->setHtml(HelpText::quickStart());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog->resize(720, 640);
    open = dialog;
    dialog->show();
}

void showAbout(QWidget* parent)
{
    QMessageBox box(parent);
    box.setObjectName(QStringLiteral("about"));
    box.setWindowTitle(HelpText::tr("About Stichotrope Viewer"));
    box.setIconPixmap(appIcon().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(HelpText::about());
    box.exec();
}

} // namespace stichotrope::gui
