// SPDX-License-Identifier: GPL-3.0-or-later
// Tidying a PICK chart: notes moved apart so none hides another or a quadrant's name, each kept
// in its quadrant and near where it was; and a keyboard move that skips past other notes.
#include "domain/PickTidy.h"

#include <QRandomGenerator>
#include <QTest>

using namespace rt;

namespace {
const QList<QRectF> quadrants {
    {0, 0, 650, 360}, {650, 0, 650, 360}, {650, 360, 650, 360}, {0, 360, 650, 360}};

QRectF noteAt(qreal cx, qreal cy, qreal w = 180, qreal h = 80)
{
    return {cx - w / 2, cy - h / 2, w, h};
}

QList<QRectF> moved(const QList<QRectF>& notes, const QList<QPointF>& centres)
{
    QList<QRectF> out;
    for (qsizetype i = 0; i < notes.size(); ++i)
        out << noteAt(centres[i].x(), centres[i].y(), notes[i].width(), notes[i].height());
    return out;
}

int quadrantOf(const QPointF& p)
{
    for (int q = 0; q < quadrants.size(); ++q) {
        if (quadrants[q].contains(p))
            return q;
    }
    return -1;
}
} // namespace

class TestPickTidy : public QObject
{
    Q_OBJECT
private slots:
    void leavesATidyChartAlone();
    void movesOverlappingNotesApart();
    void clearsTheQuadrantNames();
    void fullQuadrantIsPackedAroundItsName();
    void randomChartsEndTidy();
    void sixtyNotesInOneQuadrantStayInIt();
    void fiveHundredNotesStayInTheirQuadrants();
    void keyboardMoveSkipsPastANote();
    void keyboardMoveStaysWhenNoRoom();
};

void TestPickTidy::leavesATidyChartAlone()
{
    pick::TidyInput in;
    in.quadrants = quadrants;
    in.notes = {noteAt(200, 100), noteAt(420, 100), noteAt(900, 500), noteAt(100, 700)};
    QVERIFY(!pick::anyOverlap(in.notes));
    const QList<QPointF> out = pick::tidy(in);
    for (qsizetype i = 0; i < in.notes.size(); ++i)
        QCOMPARE(out[i], in.notes[i].center());
}

void TestPickTidy::movesOverlappingNotesApart()
{
    pick::TidyInput in;
    in.quadrants = quadrants;
    // Three notes almost on top of each other in POSSIBLE, one alone in CHALLENGE.
    in.notes = {noteAt(300, 180), noteAt(310, 190), noteAt(295, 200), noteAt(1000, 550)};
    QVERIFY(pick::anyOverlap(in.notes));
    const QList<QPointF> out = pick::tidy(in);
    QVERIFY(!pick::anyOverlap(moved(in.notes, out)));
    QCOMPARE(out[0], in.notes[0].center()); // the first keeps its place
    QCOMPARE(out[3], in.notes[3].center()); // one that hid nothing is untouched
    for (qsizetype i = 0; i < 3; ++i) {
        QCOMPARE(quadrantOf(out[i]), 0);
        // Near where it was: within two notes' heights, not flung across the quadrant.
        QVERIFY2(QLineF(out[i], in.notes[i].center()).length() < 170, qPrintable(QString::number(i)));
    }
}

void TestPickTidy::clearsTheQuadrantNames()
{
    pick::TidyInput in;
    in.quadrants = quadrants;
    in.keepOut = {{20, 14, 260, 56}, {1020, 14, 260, 56}};
    in.notes = {noteAt(100, 40), noteAt(1200, 30)};
    QVERIFY(pick::anyOverlap(in.notes, in.keepOut));
    const QList<QPointF> out = pick::tidy(in);
    QVERIFY(!pick::anyOverlap(moved(in.notes, out), in.keepOut));
    QCOMPARE(quadrantOf(out[0]), 0);
    QCOMPARE(quadrantOf(out[1]), 1);
}

void TestPickTidy::fullQuadrantIsPackedAroundItsName()
{
    // Four big notes in IMPLEMENT, whose name fills its top right: they fit only in rows.
    pick::TidyInput in;
    in.quadrants = quadrants;
    in.keepOut = {{955, 14, 323, 62}};
    in.notes = {noteAt(1040, 144, 210, 136), noteAt(806, 180, 210, 136), noteAt(819, 187, 210, 136),
                noteAt(1183, 274, 210, 136)};
    // And two notes overlapping a little in POSSIBLE: moved apart near where they were, however
    // IMPLEMENT had to be filled.
    in.notes << noteAt(200, 200, 210, 106) << noteAt(260, 230, 210, 106);
    const QList<QPointF> out = pick::tidy(in);
    QVERIFY(!pick::anyOverlap(moved(in.notes, out), in.keepOut));
    for (qsizetype i = 0; i < 4; ++i)
        QCOMPARE(quadrantOf(out[i]), 1);
    QCOMPARE(out[4], QPointF(200, 200));
    QCOMPARE(quadrantOf(out[5]), 0);
    QVERIFY(QLineF(out[5], QPointF(260, 230)).length() < 150);
}

void TestPickTidy::randomChartsEndTidy()
{
    QRandomGenerator random(19); // seeded: the same charts on every run
    // As crowded as a real breakout's chart: a dozen notes of one to four lines.
    for (int round = 0; round < 40; ++round) {
        pick::TidyInput in;
        in.quadrants = quadrants;
        in.keepOut = {{20, 14, 260, 56}, {1020, 14, 260, 56}, {1020, 650, 260, 56}, {20, 650, 260, 56}};
        for (int i = 0; i < 12; ++i)
            in.notes << noteAt(random.bounded(1300.0), random.bounded(720.0), 180, 56 + random.bounded(50.0));
        const QList<QPointF> out = pick::tidy(in);
        QVERIFY2(!pick::anyOverlap(moved(in.notes, out), in.keepOut), qPrintable(QString::number(round)));
        for (qsizetype i = 0; i < in.notes.size(); ++i)
            QCOMPARE(quadrantOf(out[i]), quadrantOf(in.notes[i].center()));
    }
}

void TestPickTidy::sixtyNotesInOneQuadrantStayInIt()
{
    // More notes than the quadrant can hold side by side: it still ends, each stays in KIBOSH.
    pick::TidyInput in;
    in.quadrants = quadrants;
    for (int i = 0; i < 60; ++i)
        in.notes << noteAt(100 + (i % 10) * 45, 420 + (i / 10) * 50, 180, 70);
    const QList<QPointF> out = pick::tidy(in);
    QCOMPARE(out.size(), 60);
    for (const QPointF& p : out)
        QCOMPARE(quadrantOf(p), 3);
    // Small enough notes all fit: then none overlaps.
    pick::TidyInput small;
    small.quadrants = quadrants;
    for (int i = 0; i < 60; ++i)
        small.notes << noteAt(300 + (i % 6) * 3, 500 + (i / 6) * 3, 60, 24);
    QVERIFY(!pick::anyOverlap(moved(small.notes, pick::tidy(small))));
}

void TestPickTidy::fiveHundredNotesStayInTheirQuadrants()
{
    // A chart far past full (the size bench_pick opens): it ends, with every note in place.
    QRandomGenerator random(500);
    pick::TidyInput in;
    in.quadrants = quadrants;
    for (int i = 0; i < 500; ++i)
        in.notes << noteAt(random.bounded(1300.0), random.bounded(720.0), 210, 46 + random.bounded(94.0));
    const QList<QPointF> out = pick::tidy(in);
    QCOMPARE(out.size(), 500);
    for (qsizetype i = 0; i < out.size(); ++i)
        QCOMPARE(quadrantOf(out[i]), quadrantOf(in.notes[i].center()));
}

void TestPickTidy::keyboardMoveSkipsPastANote()
{
    const QRectF chart(0, 0, 1300, 720);
    const QRectF note = noteAt(200, 200);
    const QList<QRectF> others {noteAt(380, 210)};
    // A free step is taken as it is.
    QCOMPARE(pick::freeSpotAlong(note, QPointF(-13, 0), others, chart),
             std::optional<QPointF>(QPointF(187, 200)));
    // A step that would land on the other note skips past it, in the direction of travel.
    const std::optional<QPointF> right = pick::freeSpotAlong(note, QPointF(13, 0), others, chart);
    QVERIFY(right);
    QVERIFY(right->x() > 380);
    QCOMPARE(right->y(), 200.0);
    QVERIFY(!noteAt(right->x(), right->y()).intersects(others[0]));
}

void TestPickTidy::keyboardMoveStaysWhenNoRoom()
{
    const QRectF chart(0, 0, 1300, 720);
    // Against the right edge, the only spot right of the other note is off the chart.
    const QRectF note = noteAt(1100, 300);
    const QList<QRectF> others {noteAt(1250, 300)};
    QVERIFY(!pick::freeSpotAlong(note, QPointF(65, 0), others, chart));
}

QTEST_GUILESS_MAIN(TestPickTidy)
#include "test_picktidy.moc"
