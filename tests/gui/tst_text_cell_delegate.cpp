// TextCellDelegate draws what QStyledItemDelegate draws, pixel for pixel, on
// both themes: plain cells (aligned left, right, centred; selected, focused,
// coloured backgrounds) through its own path, the rest (icons, check boxes,
// text too wide) through the standard one.
#include "gui_test_support.hpp"
#include "app/Theme.hpp"
#include "widgets/TextCellDelegate.hpp"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>

using namespace stichotrope::gui;

namespace {

QImage paintCell(const QAbstractItemDelegate& delegate, const QTreeView& view, const QModelIndex& index,
                 QStyle::State state, int width)
{
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.widget = &view;
    option.rect = QRect(0, 0, width, 24);
    option.state = state;
    option.showDecorationSelected = true;
    QImage image(option.rect.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    delegate.paint(&painter, option, index);
    return image;
}

} // namespace

class TestTextCellDelegate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { stichotrope::test::failOnWarnings(); }
    void cleanup() { stichotrope::test::checkWarnings(); }

    void drawsLikeTheStandardDelegate_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::newRow("light") << QStringLiteral("light");
        QTest::newRow("dark") << QStringLiteral("dark");
    }

    void drawsLikeTheStandardDelegate()
    {
        QFETCH(QString, theme);
        applyTheme(theme == QLatin1String("dark") ? Theme::Dark : Theme::Light);
        QStandardItemModel model;
        const auto add = [&](const QString& text, Qt::Alignment align) {
            auto* item = new QStandardItem(text);
            item->setData(QVariant::fromValue(align | Qt::AlignVCenter), Qt::TextAlignmentRole);
            model.appendRow(item);
            return item;
        };
        add(QStringLiteral("solve constraints"), Qt::AlignLeft);
        add(QStringLiteral("12.3 ms"), Qt::AlignRight);
        add(QStringLiteral("1,234,567"), Qt::AlignHCenter);
        add(QString(), Qt::AlignLeft);
        add(QStringLiteral("rose"), Qt::AlignRight)->setBackground(QColor(255, 200, 200));
        add(QStringLiteral("a name much too long for its narrow cell"), Qt::AlignLeft);
        add(QStringLiteral("with an icon"), Qt::AlignLeft)->setData(QColor(Qt::red), Qt::DecorationRole);
        add(QStringLiteral("checkable"), Qt::AlignLeft)->setCheckState(Qt::Checked);
        QTreeView view;
        view.setModel(&model);
        view.resize(300, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        const QStyledItemDelegate standard;
        const TextCellDelegate fast;
        const QStyle::State base = QStyle::State_Enabled | QStyle::State_Active;
        for (int row = 0; row < model.rowCount(); ++row) {
            for (const QStyle::State state :
                 {base, base | QStyle::State_Selected, base | QStyle::State_Selected | QStyle::State_HasFocus}) {
                // Twice: the second draws from the delegate's shaped text.
                for (int pass = 0; pass < 2; ++pass) {
                    const QModelIndex index = model.index(row, 0);
                    const QImage expected = paintCell(standard, view, index, state, 160);
                    const QImage actual = paintCell(fast, view, index, state, 160);
                    QVERIFY2(actual == expected, qPrintable(QStringLiteral("row %1 '%2', state %3, pass %4")
                                                                .arg(row)
                                                                .arg(index.data().toString())
                                                                .arg(int(state))
                                                                .arg(pass)));
                }
            }
        }
        // The plain rows went through the shaped path (the too-wide one is
        // shaped, then measured and handed over); the icon, the check box
        // and the empty cell did not.
        QCOMPARE(fast.shapedStrings(), qsizetype(5));
    }
};

QTEST_MAIN(TestTextCellDelegate)
#include "tst_text_cell_delegate.moc"
