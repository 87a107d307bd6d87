// SPDX-License-Identifier: GPL-3.0-or-later
// The compiled-in translations load, translate what a user sees, and Urdu lays the window out
// right to left.
#include "shell/MainWindow.h"

#include <QApplication>
#include <QTest>
#include <QTranslator>

using namespace rt;

class TestI18n : public QObject
{
    Q_OBJECT
private slots:
    void languagesLoad_data();
    void languagesLoad();
    void urduIsRightToLeft();
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

QTEST_MAIN(TestI18n)
#include "test_i18n.moc"
