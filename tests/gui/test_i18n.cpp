// SPDX-License-Identifier: GPL-3.0-or-later
// The compiled-in translations load, translate what a user sees, and Urdu lays the window out
// right to left.
#include "TestWindow.h"
#include "interchange/Templates.h"
#include "places/PlaceText.h"
#include "shell/BidiStyle.h"
#include "shell/MainWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTranslator>

using namespace rt;

class TestI18n : public QObject
{
    Q_OBJECT
private slots:
    void languagesLoad_data();
    void languagesLoad();
    void urduIsRightToLeft();
    void latinCellsKeepTheirOrderRightToLeft();
    void shortCohortStaysOnOneLine();
    void noRawPluralOnAnyPage_data();
    void noRawPluralOnAnyPage();
};

void TestI18n::languagesLoad_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("Welsh") << QStringLiteral("cy");
    QTest::newRow("Polish") << QStringLiteral("pl");
    QTest::newRow("Urdu") << QStringLiteral("ur");
}

void TestI18n::languagesLoad()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY2(translator.load(QStringLiteral(":/i18n/roundtable_%1.qm").arg(language)),
             qPrintable(QStringLiteral("no compiled translation for %1").arg(language)));
    QCOMPARE(translator.language(), language);
    // A dialog button and the layout marker are translated in every language we ship.
    const QString cancel = translator.translate("QPlatformTheme", "Cancel");
    QVERIFY(!cancel.isEmpty());
    QVERIFY(cancel != QLatin1String("Cancel"));
    const QString direction = translator.translate("QGuiApplication", "QT_LAYOUT_DIRECTION");
    QCOMPARE(direction, language == QLatin1String("ur") ? QStringLiteral("RTL") : QStringLiteral("LTR"));
}

void TestI18n::urduIsRightToLeft()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/roundtable_ur.qm")));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    QCoreApplication::installTranslator(&translator);
    QCoreApplication::processEvents();
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    MainWindow window;
    window.resize(1024, 700);
    window.show();
    QVERIFY(window.isRightToLeft());
    QCoreApplication::removeTranslator(&translator);
    QCoreApplication::processEvents();
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
}

void TestI18n::noRawPluralOnAnyPage_data()
{
    QTest::addColumn<QString>("language");
    for (const char* l : {"en", "cy", "pl", "ur"})
        QTest::newRow(l) << QString::fromLatin1(l);
}

/**
 * A "(s)" on screen means a plural was looked up in a context lupdate did not file it under, or
 * was never made a plural: "16 vote(s)" in English, or English in Urdu. Every page of the sample
 * session, in every language, shows none.
 */
void TestI18n::noRawPluralOnAnyPage()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/roundtable_%1.qm").arg(language)));
    QCoreApplication::installTranslator(&translator);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.roundtable"));
    Templates::Template sample;
    for (const Templates::Template& t : Templates::available()) {
        if (t.name == QLatin1String("sample-session"))
            sample = t;
    }
    QVERIFY(!sample.resource.isEmpty());
    QVERIFY(!Templates::create(sample, path));
    {
        test::TestWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(window.openFile(path));
        QStringList raw;
        for (int page = 0; page < MainWindow::pageKeys().size(); ++page) {
            window.setCurrentPage(page);
            QCoreApplication::processEvents();
            QStringList texts;
            for (const QLabel* l : window.findChildren<QLabel*>()) {
                if (l->isVisible())
                    texts << l->text();
            }
            for (const QAbstractButton* b : window.findChildren<QAbstractButton*>()) {
                if (b->isVisible())
                    texts << b->text();
            }
            for (const QTabBar* t : window.findChildren<QTabBar*>()) {
                for (int i = 0; t->isVisible() && i < t->count(); ++i)
                    texts << t->tabText(i);
            }
            for (const QString& t : std::as_const(texts)) {
                if (t.contains(QLatin1String("(s)")) || t.contains(QLatin1String("(es)")))
                    raw << MainWindow::pageKeys().at(page) + QStringLiteral(": ") + t;
            }
        }
        QVERIFY2(raw.isEmpty(), qPrintable(raw.join(QLatin1Char('\n'))));
    }
    QCoreApplication::removeTranslator(&translator);
    QCoreApplication::processEvents();
}

QTEST_MAIN(TestI18n)
void TestI18n::latinCellsKeepTheirOrderRightToLeft()
{
    // An English question in an Urdu list: its "?" stays at its end, not at the start.
    using gui::BidiStyle;
    const QChar lrm(0x200E);
    QCOMPARE(BidiStyle::inRightToLeftCell(QStringLiteral("Which cohorts first?")),
             lrm + QStringLiteral("Which cohorts first?") + lrm);
    QCOMPARE(BidiStyle::inRightToLeftCell(QStringLiteral("% of claimants")),
             lrm + QStringLiteral("% of claimants") + lrm);
    // Urdu, mixed text and bare figures are left to the paragraph's own rules.
    QCOMPARE(BidiStyle::inRightToLeftCell(QStringLiteral("کون سا گروپ پہلے؟")),
             QStringLiteral("کون سا گروپ پہلے؟"));
    QCOMPARE(BidiStyle::inRightToLeftCell(QStringLiteral("Luton: کام")), QStringLiteral("Luton: کام"));
    QCOMPARE(BidiStyle::inRightToLeftCell(QStringLiteral("12")), QStringLiteral("12"));
    QCOMPARE(BidiStyle::inRightToLeftCell(QString()), QString());

    // A name put into an Urdu sentence keeps its full stop after it ("Priya S.", not ".Priya S").
    const auto stopAfterName = [](const QString& text) {
        QTextLayout layout(text, QApplication::font());
        QTextOption option;
        option.setTextDirection(Qt::RightToLeft);
        layout.setTextOption(option);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        line.setLineWidth(2000);
        layout.endLayout();
        // Where the "S" and the full stop begin: read left to right, the stop comes after.
        const int s = int(text.indexOf(QLatin1Char('S'))), stop = int(text.lastIndexOf(QLatin1Char('.')));
        return line.cursorToX(stop) > line.cursorToX(s);
    };
    const QString sentence = QStringLiteral("سہولت کار: %1");
    QVERIFY(!stopAfterName(sentence.arg(QStringLiteral("Priya S."))));
    QVERIFY(stopAfterName(sentence.arg(BidiStyle::isolate(QStringLiteral("Priya S.")))));
}

/** The aim line over the PICK chart and the driver diagram: a short cohort's name is never split
 *  over two lines, which right to left put its halves at opposite ends of the lines. */
void TestI18n::shortCohortStaysOnOneLine()
{
    const QString html = placetext::aimSentenceHtml(
        QStringLiteral("Bedford Borough"),
        QStringLiteral(
            "reach the young people aged 16-25 who are most at risk, so each one knows the routes into work"),
        QStringLiteral("Young people 16-25"));
    for (Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
        QTextDocument doc;
        QTextOption option;
        option.setTextDirection(direction);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        doc.setDefaultTextOption(option);
        doc.setHtml(html);
        const QTextBlock block = doc.begin();
        const int first = int(block.text().indexOf(QLatin1String("Young")));
        const int last = int(block.text().lastIndexOf(QLatin1String("16-25")));
        QVERIFY(first >= 0 && last > first);
        for (int width = 300; width <= 1400; width += 7) {
            doc.setTextWidth(width);
            QVERIFY(doc.size().height() > 0); // laid out now
            const QTextLayout* layout = block.layout();
            QVERIFY(layout->lineForTextPosition(first).isValid()
                    && layout->lineForTextPosition(last).isValid());
            QVERIFY2(layout->lineForTextPosition(first).lineNumber()
                         == layout->lineForTextPosition(last).lineNumber(),
                     qPrintable(QStringLiteral("split at %1 px").arg(width)));
        }
    }
}

#include "test_i18n.moc"
