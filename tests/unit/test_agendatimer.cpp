// SPDX-License-Identifier: GPL-3.0-or-later
// The run-of-the-day timer, driven by a fake wall clock: no sleeps, no timing asserts.
#include "domain/AgendaTimer.h"

#include <QTest>

using rt::AgendaTimer;
using Phase = AgendaTimer::Phase;

Q_DECLARE_METATYPE(AgendaTimer::Phase)

namespace {
QDateTime at(int h, int m, int s = 0)
{
    return QDateTime(QDate(2026, 3, 12), QTime(h, m, s));
}
AgendaTimer::Slot slot(int h1, int m1, int h2, int m2)
{
    return {h1 * 60 + m1, h2 * 60 + m2};
}
} // namespace

class TestAgendaTimer : public QObject
{
    Q_OBJECT
    QDateTime m_now;
    AgendaTimer make()
    {
        AgendaTimer t([this] { return m_now; });
        // 100 minutes, then 30, then a gap, then 60, then an untimed item.
        t.setSlots({slot(9, 0, 10, 40), slot(10, 40, 11, 10), slot(11, 30, 12, 30), AgendaTimer::Slot {}});
        return t;
    }

private slots:
    void init() { m_now = at(9, 0); }

    void phases_data()
    {
        QTest::addColumn<qint64>("secondsLeft");
        QTest::addColumn<Phase>("phase");
        QTest::addColumn<QString>("text");
        // The first item is 100 minutes: amber from 20 minutes left, red from 5.
        QTest::newRow("start") << qint64(6000) << Phase::Normal << QStringLiteral("1:40:00");
        QTest::newRow("just above 20 %") << qint64(20 * 60 + 1) << Phase::Normal << QStringLiteral("20:01");
        QTest::newRow("20 % left") << qint64(20 * 60) << Phase::Amber << QStringLiteral("20:00");
        QTest::newRow("just above 5 %") << qint64(5 * 60 + 1) << Phase::Amber << QStringLiteral("05:01");
        QTest::newRow("5 % left") << qint64(5 * 60) << Phase::Red << QStringLiteral("05:00");
        QTest::newRow("at the deadline") << qint64(0) << Phase::Red << QStringLiteral("00:00");
        QTest::newRow("one second over") << qint64(-1) << Phase::Overrun << QStringLiteral("+00:01");
        QTest::newRow("long over") << qint64(-(12 * 60 + 34)) << Phase::Overrun << QStringLiteral("+12:34");
    }
    void phases()
    {
        QFETCH(qint64, secondsLeft);
        QFETCH(Phase, phase);
        QFETCH(QString, text);
        AgendaTimer t = make();
        t.start(0);
        QCOMPARE(t.totalMs(), qint64(100 * 60000));
        m_now = at(9, 0).addSecs(6000 - secondsLeft);
        QCOMPARE(t.remainingMs(), secondsLeft * 1000);
        QCOMPARE(t.phase(), phase);
        QCOMPARE(t.text(), text);
    }

    void formatting_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("00:00");
        QTest::newRow("part of a second left rounds up") << qint64(1) << QStringLiteral("00:01");
        QTest::newRow("a minute") << qint64(59001) << QStringLiteral("01:00");
        QTest::newRow("an hour") << qint64(3600000) << QStringLiteral("1:00:00");
        QTest::newRow("part of a second over") << qint64(-999) << QStringLiteral("+00:00");
        QTest::newRow("over") << qint64(-61000) << QStringLiteral("+01:01");
        QTest::newRow("over by hours") << qint64(-3723000) << QStringLiteral("+1:02:03");
    }
    void formatting()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(AgendaTimer::formatCountdown(ms), text);
    }

    void pauseAndResume()
    {
        AgendaTimer t = make();
        t.start(1); // 30 minutes
        m_now = m_now.addSecs(10 * 60);
        t.pause();
        QVERIFY(t.isPaused());
        m_now = m_now.addSecs(45 * 60); // a long interruption: the countdown must not move
        QCOMPARE(t.remainingMs(), qint64(20 * 60000));
        QCOMPARE(t.text(), QStringLiteral("20:00"));
        t.togglePause();
        QVERIFY(!t.isPaused());
        m_now = m_now.addSecs(5 * 60);
        QCOMPARE(t.remainingMs(), qint64(15 * 60000));
        QCOMPARE(t.deadline(), m_now.addSecs(15 * 60));
    }

    void extendByFiveMinutes()
    {
        AgendaTimer t = make();
        t.start(1);
        m_now = m_now.addSecs(32 * 60); // two minutes over
        QCOMPARE(t.phase(), Phase::Overrun);
        QVERIFY(t.takeEndCue());
        t.extend();
        QCOMPARE(t.remainingMs(), qint64(3 * 60000));
        QCOMPARE(t.totalMs(), qint64(35 * 60000));
        QCOMPARE(t.phase(), Phase::Amber); // 3 of 35 minutes: under 20 %, over 5 %
        // Extending while paused adds to the frozen time.
        t.pause();
        t.extend(300);
        QCOMPARE(t.remainingMs(), qint64(8 * 60000));
        // The end cue comes again when the extended time runs out.
        t.resume();
        m_now = m_now.addSecs(8 * 60);
        QVERIFY(t.takeEndCue());
        QVERIFY(!t.takeEndCue());
    }

    void endCueOnce()
    {
        AgendaTimer t = make();
        t.start(1);
        QVERIFY(!t.takeEndCue());
        m_now = m_now.addSecs(30 * 60);
        QVERIFY(t.takeEndCue());
        m_now = m_now.addSecs(60);
        QVERIFY(!t.takeEndCue());
        t.next();
        QVERIFY(!t.takeEndCue());
    }

    void sleepJumpByHand()
    {
        // The laptop sleeps 2 hours during a 100-minute item: the countdown reads the wall clock.
        AgendaTimer t = make();
        t.start(0);
        m_now = m_now.addSecs(2 * 3600);
        QCOMPARE(t.text(), QStringLiteral("+20:00"));
        QCOMPARE(t.phase(), Phase::Overrun);
    }

    void sleepJumpFollowingClock()
    {
        AgendaTimer t = make();
        m_now = at(9, 30);
        t.followClock();
        QCOMPARE(t.current(), 0);
        QCOMPARE(t.text(), QStringLiteral("1:10:00"));
        QVERIFY(!t.sync());
        m_now = at(11, 45); // lid closed at 9:30, opened at 11:45
        QVERIFY(t.sync());
        QCOMPARE(t.current(), 2);
        QCOMPARE(t.text(), QStringLiteral("45:00"));
        QCOMPARE(t.deadline(), at(12, 30));
        // Clock time in a gap belongs to the next item.
        m_now = at(11, 20);
        t.followClock();
        QCOMPARE(t.current(), 2);
    }

    void skipAndBack()
    {
        AgendaTimer t = make();
        QVERIFY(!t.back() || t.current() == 0);
        t.start(0);
        QVERIFY(!t.back());
        QCOMPARE(t.current(), 0);
        m_now = at(9, 10);
        QVERIFY(t.next());
        QCOMPARE(t.current(), 1);
        // By hand, an item gets its full duration from now.
        QCOMPARE(t.deadline(), at(9, 40));
        QVERIFY(t.next());
        QVERIFY(t.next());
        QCOMPARE(t.current(), 3);
        QVERIFY(!t.next());
        QCOMPARE(t.current(), 3);
        QVERIFY(t.back());
        QCOMPARE(t.current(), 2);
        QCOMPARE(t.totalMs(), qint64(60 * 60000));
    }

    void manualMovesLeaveTheClock()
    {
        AgendaTimer t = make();
        m_now = at(9, 5);
        t.followClock();
        QVERIFY(t.isFollowingClock());
        t.next();
        QVERIFY(!t.isFollowingClock());
        m_now = at(12, 0);
        QVERIFY(!t.sync()); // stays where the facilitator put it
        QCOMPARE(t.current(), 1);
        t.followClock();
        t.pause();
        QVERIFY(!t.isFollowingClock());
    }

    void untimedItem()
    {
        AgendaTimer t = make();
        t.start(3);
        QVERIFY(!t.isTimed());
        QCOMPARE(t.phase(), Phase::Untimed);
        QCOMPARE(t.text(), QStringLiteral("--:--"));
        QVERIFY(!t.takeEndCue());
        t.extend(300); // the facilitator can still give it a countdown
        QCOMPARE(t.text(), QStringLiteral("05:00"));
    }

    void indexByTimeOfDay_data()
    {
        QTest::addColumn<int>("minutes");
        QTest::addColumn<int>("index");
        QTest::newRow("before the day") << 7 * 60 << 0;
        QTest::newRow("first item") << 9 * 60 + 59 << 0;
        QTest::newRow("boundary belongs to the next") << 10 * 60 + 40 << 1;
        QTest::newRow("gap: the next item") << 11 * 60 + 15 << 2;
        QTest::newRow("after the day: the last timed item") << 18 * 60 << 2;
    }
    void indexByTimeOfDay()
    {
        QFETCH(int, minutes);
        QFETCH(int, index);
        QCOMPARE(make().indexAt(minutes), index);
    }

    void openEndedLastItemByTheClock()
    {
        // "Close" at 16:00 with no end, as in the seminar template.
        AgendaTimer t([this] { return m_now; });
        t.setSlots({slot(15, 20, 16, 0), AgendaTimer::Slot {16 * 60, -1}});
        QCOMPARE(t.indexAt(15 * 60 + 59), 0);
        QCOMPARE(t.indexAt(16 * 60 + 5), 1);
        m_now = at(16, 30);
        t.followClock();
        QCOMPARE(t.current(), 1);
        QCOMPARE(t.phase(), Phase::Untimed);
    }

    void agendaEditedWhileRunning()
    {
        AgendaTimer t = make();
        t.start(3);
        t.setSlots({slot(9, 0, 10, 0)});
        QCOMPARE(t.current(), 0);
        t.setSlots({});
        QCOMPARE(t.current(), -1);
        QCOMPARE(t.text(), QStringLiteral("--:--"));
    }
};

QTEST_GUILESS_MAIN(TestAgendaTimer)
#include "test_agendatimer.moc"
