// SPDX-License-Identifier: GPL-3.0-or-later
// The PICK quadrant is derived from an idea's position: high impact means impact >= 0.5,
// difficult means effort >= 0.5 (easy at the top).
#include "domain/Quadrant.h"

#include <QTest>
#include <cmath>

using rt::Quadrant;

class TestQuadrant : public QObject
{
    Q_OBJECT
private slots:
    void quadrantOf_data();
    void quadrantOf();
    void keysRoundTrip();
    void centreLiesInItsQuadrant();
};

void TestQuadrant::quadrantOf_data()
{
    QTest::addColumn<double>("impact");
    QTest::addColumn<double>("effort");
    QTest::addColumn<int>("expected");
    const double below = std::nextafter(0.5, 0.0);
    const double above = std::nextafter(0.5, 1.0);
    const int P = int(Quadrant::Possible), I = int(Quadrant::Implement), C = int(Quadrant::Challenge),
              K = int(Quadrant::Kibosh);
    // Corners and edges of the chart.
    QTest::newRow("top-left corner") << 0.0 << 0.0 << P;
    QTest::newRow("top-right corner") << 1.0 << 0.0 << I;
    QTest::newRow("bottom-right corner") << 1.0 << 1.0 << C;
    QTest::newRow("bottom-left corner") << 0.0 << 1.0 << K;
    QTest::newRow("left edge, easy") << 0.0 << 0.25 << P;
    QTest::newRow("right edge, difficult") << 1.0 << 0.75 << C;
    // Exactly on a dividing line belongs to the high-impact / difficult side.
    QTest::newRow("centre") << 0.5 << 0.5 << C;
    QTest::newRow("impact 0.5, easy") << 0.5 << 0.0 << I;
    QTest::newRow("impact 0.5, difficult") << 0.5 << 1.0 << C;
    QTest::newRow("effort 0.5, low impact") << 0.0 << 0.5 << K;
    QTest::newRow("effort 0.5, high impact") << 1.0 << 0.5 << C;
    // The smallest steps either side of the lines.
    QTest::newRow("just below both") << below << below << P;
    QTest::newRow("just below impact, just above effort") << below << above << K;
    QTest::newRow("just above impact, just below effort") << above << below << I;
    QTest::newRow("just above both") << above << above << C;
    QTest::newRow("0.49 / 0.49") << 0.49 << 0.49 << P;
    QTest::newRow("0.51 / 0.49") << 0.51 << 0.49 << I;
    QTest::newRow("0.51 / 0.51") << 0.51 << 0.51 << C;
    QTest::newRow("0.49 / 0.51") << 0.49 << 0.51 << K;
}

void TestQuadrant::quadrantOf()
{
    QFETCH(double, impact);
    QFETCH(double, effort);
    QFETCH(int, expected);
    QCOMPARE(int(rt::quadrantOf(impact, effort)), expected);
}

void TestQuadrant::keysRoundTrip()
{
    const QStringList keys {QStringLiteral("possible"), QStringLiteral("implement"),
                            QStringLiteral("challenge"), QStringLiteral("kibosh")};
    for (const QString& key : keys) {
        Quadrant q = Quadrant::Possible;
        QVERIFY2(rt::quadrantFromKey(key, &q), qPrintable(key));
        QCOMPARE(rt::quadrantKey(q), key);
    }
    Quadrant q = Quadrant::Implement;
    QVERIFY(!rt::quadrantFromKey(QStringLiteral("POSSIBLE"), &q));
    QVERIFY(!rt::quadrantFromKey(QString(), &q));
    QCOMPARE(q, Quadrant::Implement); // untouched on failure
}

void TestQuadrant::centreLiesInItsQuadrant()
{
    for (Quadrant q : {Quadrant::Possible, Quadrant::Implement, Quadrant::Challenge, Quadrant::Kibosh}) {
        double impact = -1, effort = -1;
        rt::quadrantCentre(q, &impact, &effort);
        QCOMPARE(rt::quadrantOf(impact, effort), q);
    }
}

QTEST_GUILESS_MAIN(TestQuadrant)
#include "test_quadrant.moc"
