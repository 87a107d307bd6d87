// SPDX-License-Identifier: GPL-3.0-or-later
// Agenda time arithmetic: HH:MM parsing, moves that keep durations, and conflict detection.
#include "domain/AgendaTimes.h"

#include <QTest>

namespace at = rt::agendatimes;
using at::Problem;
using at::Slot;

Q_DECLARE_METATYPE(rt::agendatimes::Problem)

namespace {
Slot s(const char* a, const char* b)
{
    return {QString::fromLatin1(a), QString::fromLatin1(b)};
}
int duration(const Slot& x)
{
    return at::parse(x.end) - at::parse(x.start);
}
QList<Slot> day()
{
    // A gap of 15 minutes before the third item.
    return {s("09:00", "09:30"), s("09:30", "10:30"), s("10:45", "11:00"), s("11:00", "12:00"),
            s("12:00", "12:40")};
}
} // namespace

class TestAgendaTimes : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("minutes");
        QTest::newRow("HH:MM") << QStringLiteral("09:30") << 570;
        QTest::newRow("H:MM") << QStringLiteral("9:30") << 570;
        QTest::newRow("HHMM as in printed agendas") << QStringLiteral("1115") << 675;
        QTest::newRow("dot") << QStringLiteral("14.40") << 880;
        QTest::newRow("spaces") << QStringLiteral(" 10:05 ") << 605;
        QTest::newRow("midnight") << QStringLiteral("00:00") << 0;
        QTest::newRow("last minute") << QStringLiteral("23:59") << 1439;
        QTest::newRow("24:00") << QStringLiteral("24:00") << -1;
        QTest::newRow("minute 60") << QStringLiteral("12:60") << -1;
        QTest::newRow("one-digit minutes") << QStringLiteral("1:5") << -1;
        QTest::newRow("empty") << QString() << -1;
        QTest::newRow("words") << QStringLiteral("after lunch") << -1;
        QTest::newRow("am/pm") << QStringLiteral("9:30am") << -1;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(int, minutes);
        QCOMPARE(at::parse(text), minutes);
    }

    void formatAndNormalise()
    {
        QCOMPARE(at::format(570), QStringLiteral("09:30"));
        QCOMPARE(at::format(1440 + 5), QStringLiteral("00:05"));
        QCOMPARE(at::normalise(QStringLiteral("930")), QStringLiteral("930")); // ambiguous: kept, flagged
        QCOMPARE(at::normalise(QStringLiteral("9.30")), QStringLiteral("09:30"));
        QCOMPARE(at::normalise(QStringLiteral("half nine")), QStringLiteral("half nine"));
    }

    void moveEarlier()
    {
        bool ok = false;
        const QList<Slot> out = at::reorderKeepingDurations(day(), 2, 0, &ok);
        QVERIFY(ok);
        // New order: old 2 (15 min), old 0 (30), old 1 (60); the 15-minute gap stays before position 2.
        const QList<Slot> expected = {s("09:00", "09:15"), s("09:15", "09:45"), s("10:00", "11:00"),
                                      s("11:00", "12:00"), s("12:00", "12:40")};
        QCOMPARE(out, expected);
    }

    void moveLater()
    {
        bool ok = false;
        const QList<Slot> out = at::reorderKeepingDurations(day(), 0, 2, &ok);
        QVERIFY(ok);
        const QList<Slot> expected = {s("09:00", "10:00"), s("10:00", "10:15"), s("10:30", "11:00"),
                                      s("11:00", "12:00"), s("12:00", "12:40")};
        QCOMPARE(out, expected);
    }

    void everyMoveKeepsDurations()
    {
        const QList<Slot> before = day();
        for (int from = 0; from < before.size(); ++from) {
            for (int to = 0; to < before.size(); ++to) {
                bool ok = false;
                const QList<Slot> out = at::reorderKeepingDurations(before, from, to, &ok);
                QVERIFY(ok);
                QList<Slot> moved = before;
                moved.move(from, to);
                for (int i = 0; i < out.size(); ++i)
                    QCOMPARE(duration(out[i]), duration(moved[i]));
                // Same start of the day, same end, and no overlap appears.
                QCOMPARE(out.first().start, before.first().start);
                QCOMPARE(out.last().end,
                         to == before.size() - 1 || from == before.size() - 1
                             ? at::format(at::parse(out.last().start) + duration(out.last()))
                             : before.last().end);
                for (const at::SlotCheck& c : at::check(out))
                    QVERIFY2(c.isOk(), qPrintable(c.startMessage + c.endMessage));
                // Items outside the moved range keep their times.
                for (int i = 0; i < out.size(); ++i) {
                    if (i < std::min(from, to) || i > std::max(from, to))
                        QCOMPARE(out[i], before[i]);
                }
            }
        }
    }

    void unparsableTimeOnlyReorders()
    {
        QList<Slot> in = day();
        in[1].end = QStringLiteral("half ten");
        bool ok = true;
        const QList<Slot> out = at::reorderKeepingDurations(in, 0, 2, &ok);
        QVERIFY(!ok);
        QList<Slot> moved = in;
        moved.move(0, 2);
        QCOMPARE(out, moved);
        // A bad time outside the moved range does not stop the arithmetic.
        ok = false;
        at::reorderKeepingDurations(in, 3, 4, &ok);
        QVERIFY(ok);
    }

    void conflicts_data()
    {
        QTest::addColumn<QList<Slot>>("times");
        QTest::addColumn<int>("row");
        QTest::addColumn<Problem>("start");
        QTest::addColumn<Problem>("end");
        QTest::newRow("clean") << day() << 2 << Problem::None << Problem::None;
        QTest::newRow("end before start")
            << QList<Slot> {s("10:00", "09:45")} << 0 << Problem::None << Problem::EndBeforeStart;
        QTest::newRow("unparsable start")
            << QList<Slot> {s("ten", "10:30")} << 0 << Problem::Unparsable << Problem::None;
        QTest::newRow("open-ended is allowed")
            << QList<Slot> {s("10:00", "")} << 0 << Problem::None << Problem::None;
        QTest::newRow("overlap: first item's end") << QList<Slot> {s("09:00", "10:00"), s("09:45", "10:30")}
                                                   << 0 << Problem::None << Problem::OverlapsNext;
        QTest::newRow("overlap: next item's start")
            << QList<Slot> {s("09:00", "10:00"), s("09:45", "10:30")} << 1
            << Problem::StartsBeforePreviousEnds << Problem::None;
        QTest::newRow("touching is fine")
            << QList<Slot> {s("09:00", "10:00"), s("10:00", "10:30")} << 1 << Problem::None << Problem::None;
    }
    void conflicts()
    {
        QFETCH(QList<Slot>, times);
        QFETCH(int, row);
        QFETCH(Problem, start);
        QFETCH(Problem, end);
        const QList<at::SlotCheck> checks = at::check(times);
        QCOMPARE(checks.size(), times.size());
        QCOMPARE(checks[row].start, start);
        QCOMPARE(checks[row].end, end);
        // Every problem comes with a reason to show in the tooltip.
        QCOMPARE(checks[row].startMessage.isEmpty(), start == Problem::None);
        QCOMPARE(checks[row].endMessage.isEmpty(), end == Problem::None);
    }

    void messagesNameTheTimes()
    {
        const QList<at::SlotCheck> checks = at::check({s("09:00", "10:00"), s("09:45", "10:30")});
        QVERIFY(checks[0].endMessage.contains(QStringLiteral("09:45")));
        QVERIFY(checks[1].startMessage.contains(QStringLiteral("10:00")));
    }
};

QTEST_GUILESS_MAIN(TestAgendaTimes)
#include "test_agendatimes.moc"
