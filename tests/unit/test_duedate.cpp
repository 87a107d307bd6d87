// SPDX-License-Identifier: GPL-3.0-or-later
// DueDate::parse over the ways action plans write "By when?": the seed event's own phrasings,
// dates as UK spreadsheets and people write them, spans from the event, quarters, seasons and
// words that name no date. The event is 21 July 2023, as at the reference seminar.
#include "domain/DueDate.h"

#include <QtTest>

using namespace rt;

class TestDueDate : public QObject
{
    Q_OBJECT

private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("words");
        QTest::addColumn<QString>("due"); // ISO, or "" for none
        const auto row = [](const char* words, const char* due) {
            QTest::newRow(words) << QString::fromUtf8(words) << QString::fromLatin1(due);
        };
        // The reference event's plans, as written.
        row("Aug-23", "2023-08-31");
        row("Next 12 months", "2024-07-21");
        row("September 2023", "2023-09-30");
        row("3 months", "2023-10-21");
        row("12 months", "2024-07-21");
        row("12-24 months", "2025-07-21");
        row("8 August 2023", "2023-08-08");
        row("Within one month", "2023-08-21");
        row("Within 3 months", "2023-10-21");
        row("Commence development within 3 months", "2023-10-21");
        row("Autumn 2023", "2023-11-30");
        row("Ongoing", "");
        row("", "");
        // Written dates.
        row("2023-08-31", "2023-08-31");
        row("31/08/2023", "2023-08-31");
        row("31/8/23", "2023-08-31");
        row("1.9.2023", "2023-09-01");
        row("09/2023", "2023-09-30");
        row("by 30th September 2023", "2023-09-30");
        row("1st of March 2024", "2024-03-01");
        row("August 8, 2023", "2023-08-08");
        row("15 Oct", "2023-10-15");
        row("1 June", "2024-06-01");
        // Months.
        row("Sept 2023", "2023-09-30");
        row("Sep-23", "2023-09-30");
        row("Dec 2023", "2023-12-31");
        row("February '24", "2024-02-29");
        row("by September", "2023-09-30");
        row("March", "2024-03-31");
        row("May", "2024-05-31");
        // Quarters, seasons, holidays, years.
        row("end of Q3", "2023-09-30");
        row("Q4 2023", "2023-12-31");
        row("Q1 24", "2024-03-31");
        row("2024 Q2", "2024-06-30");
        row("end of Q2", "2024-06-30");
        row("by spring", "2024-05-31");
        row("Summer 2024", "2024-08-31");
        row("Winter 2023", "2024-02-29");
        row("by Christmas", "2023-12-25");
        row("end of year", "2023-12-31");
        row("Year end", "2023-12-31");
        row("next year", "2024-12-31");
        row("end of financial year", "2024-03-31");
        row("2023/24", "2024-03-31");
        row("mid 2024", "2024-06-30");
        row("early 2024", "2024-03-31");
        row("by 2026", "2026-12-31");
        // Spans from the event.
        row("6 months", "2024-01-21");
        row("six weeks", "2023-09-01");
        row("Within a year", "2024-07-21");
        row("2 years", "2025-07-21");
        row("10 days", "2023-07-31");
        row("a fortnight", "2023-08-04");
        row("end of the month", "2023-07-31");
        row("next month", "2023-08-31");
        row("6-12 months", "2024-07-21");
        row("may take 6 months", "2024-01-21");
        // No date.
        row("TBC", "");
        row("ongoing support", "");
        row("ASAP", "");
        row("n/a", "");
        row("next board meeting", "");
        row("when funding allows", "");
    }
    void parses()
    {
        QFETCH(QString, words);
        QFETCH(QString, due);
        const std::optional<QDate> got = DueDate::parse(words, QDate(2023, 7, 21));
        QCOMPARE(got ? got->toString(Qt::ISODate) : QString(), due);
    }

    void relativeWordsNeedAnEventDate()
    {
        // Without the day the plan was made, a span has no end; a written date still has one.
        QVERIFY(!DueDate::parse(QStringLiteral("Within 3 months"), QDate()));
        QVERIFY(!DueDate::parse(QStringLiteral("by September"), QDate()));
        QCOMPARE(DueDate::parse(QStringLiteral("Aug-23"), QDate()), std::optional<QDate>(QDate(2023, 8, 31)));
        QCOMPARE(DueDate::parseIso(QStringLiteral("Q4 2023"), QString()), QStringLiteral("2023-12-31"));
        QCOMPARE(DueDate::parseIso(QStringLiteral("3 months"), QStringLiteral("2024-01-31")),
                 QStringLiteral("2024-04-30"));
    }

    void impossibleDatesAreNone()
    {
        QVERIFY(!DueDate::parse(QStringLiteral("31/02/2024"), QDate(2023, 7, 21)));
        QVERIFY(!DueDate::parse(QStringLiteral("2023-13-01"), QDate(2023, 7, 21)));
    }
};

QTEST_GUILESS_MAIN(TestDueDate)
#include "test_duedate.moc"
