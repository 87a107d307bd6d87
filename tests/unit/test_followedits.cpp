// SPDX-License-Identifier: GPL-3.0-or-later
// Following actions through (commands/FollowEdits.h, schema 7): each edit is one undo step that
// undo and redo take back and forth exactly; a progress update sets the action's status and last
// review with it; removing the latest update gives the action back the status before it; an
// older file gains the new fields, with due dates worked out from its "By when?" words.
#include "Fixture.h"
#include "commands/FollowEdits.h"
#include "domain/ActionStatus.h"
#include "store/Columns.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace rt;
using rt::test::S;

class TestFollowEdits : public test::EditTest
{
    Q_OBJECT

    Row action(qint64 id) const { return s->row(Kind::Action, id); }

private slots:
    void init() { openFixture(); }
    void cleanup() { m_doc.reset(); }

    void newActionsAreNotStarted()
    {
        QCOMPARE(action(f.action[0]).str(col::Status), S("not_started"));
        QVERIFY(action(f.action[0]).values.value(col::Reviewed).isNull());
        QVERIFY(actionStatusIsOpen(action(f.action[0]).str(col::Status)));
    }

    void setStatus()
    {
        oneStep([&] { return edit::setActionStatus(*m_doc, f.action[0], S("at_risk")); },
                S("Set action status"));
        QCOMPARE(action(f.action[0]).str(col::Status), S("at_risk"));
        noStep([&] { return edit::setActionStatus(*m_doc, f.action[0], S("at_risk")); });
        noStep([&] { return edit::setActionStatus(*m_doc, f.action[0], S("finished")); });
    }

    void setDueAndClearIt()
    {
        oneStep([&] { return edit::setActionDue(*m_doc, f.action[1], QDate(2023, 12, 31)); },
                S("Set due date"));
        QCOMPARE(action(f.action[1]).str(col::Due), S("2023-12-31"));
        oneStep([&] { return edit::setActionDue(*m_doc, f.action[1], std::nullopt); }, S("Set due date"));
        QVERIFY(action(f.action[1]).values.value(col::Due).isNull());
        noStep([&] { return edit::setActionDue(*m_doc, f.action[1], std::nullopt); });
    }

    void byWhenSetsTheDueDate()
    {
        QVERIFY(s->update(Kind::Event, 1, col::Date, S("2023-07-21")));
        oneStep([&] { return edit::setActionByWhen(*m_doc, f.action[1], S("Within 3 months")); },
                S("Edit by when"));
        QCOMPARE(action(f.action[1]).str(col::ByWhen), S("Within 3 months"));
        QCOMPARE(action(f.action[1]).str(col::Due), S("2023-10-21"));
        // Words that name no date keep the words and clear the date.
        oneStep([&] { return edit::setActionByWhen(*m_doc, f.action[1], S("Ongoing")); }, S("Edit by when"));
        QCOMPARE(action(f.action[1]).str(col::ByWhen), S("Ongoing"));
        QVERIFY(action(f.action[1]).values.value(col::Due).isNull());
    }

    void updateSetsStatusAndReview()
    {
        const QDateTime at(QDate(2023, 9, 1), QTime(10, 0));
        qint64 id = 0;
        oneStep(
            [&] {
                id = edit::addActionUpdate(*m_doc, f.action[0], S("Venue booked"), S("on_track"), S("Nicky"),
                                           at);
                return id != 0;
            },
            S("Add progress update"));
        const Row u = s->row(Kind::ActionUpdate, id);
        QCOMPARE(u.str(col::Text), S("Venue booked"));
        QCOMPARE(u.str(col::Who), S("Nicky"));
        QCOMPARE(u.str(col::Status), S("on_track"));
        QCOMPARE(u.str(col::At), S("2023-09-01T10:00:00"));
        QCOMPARE(action(f.action[0]).str(col::Status), S("on_track"));
        QCOMPARE(action(f.action[0]).str(col::Reviewed), S("2023-09-01T10:00:00"));
        // Blank text or an unknown status: nothing.
        QCOMPARE(edit::addActionUpdate(*m_doc, f.action[0], S("  "), S("done")), 0);
        QCOMPARE(edit::addActionUpdate(*m_doc, f.action[0], S("x"), S("sort of")), 0);
    }

    void updatesKeepTheirOrderAndEditTheLatest()
    {
        const QDateTime at(QDate(2023, 9, 1), QTime(10, 0));
        const qint64 first = edit::addActionUpdate(*m_doc, f.action[0], S("Started"), S("on_track"), {}, at);
        const qint64 second
            = edit::addActionUpdate(*m_doc, f.action[0], S("Funding late"), S("at_risk"), {}, at.addDays(30));
        QVERIFY(first && second);
        const QList<Row> log = s->rows(Kind::ActionUpdate, {{col::ActionId, f.action[0]}});
        QCOMPARE(log.size(), 2);
        QCOMPARE(log[0].id, first);
        QCOMPARE(log[1].id, second);
        // Editing an older update leaves the action's status; editing the latest moves it.
        oneStep([&] { return edit::editActionUpdate(*m_doc, first, S("Started well"), S("done")); },
                S("Edit progress update"));
        QCOMPARE(action(f.action[0]).str(col::Status), S("at_risk"));
        oneStep([&] { return edit::editActionUpdate(*m_doc, second, S("Funding came"), S("done")); },
                S("Edit progress update"));
        QCOMPARE(action(f.action[0]).str(col::Status), S("done"));
        noStep([&] { return edit::editActionUpdate(*m_doc, second, S("Funding came"), S("done")); });
        // Removing the latest gives back the status of the one before.
        oneStep([&] { return edit::removeActionUpdate(*m_doc, second); }, S("Delete progress update"));
        QCOMPARE(action(f.action[0]).str(col::Status), S("done"));
        QCOMPARE(s->count(Kind::ActionUpdate), 1);
    }

    void markReviewed()
    {
        const QDateTime at(QDate(2023, 10, 2), QTime(9, 30));
        oneStep(
            [&] {
                return edit::markActionsReviewed(*m_doc, {f.action[0], f.action[1]}, at);
            },
            S("Mark 2 action(s) reviewed"));
        QCOMPARE(action(f.action[1]).str(col::Reviewed), S("2023-10-02T09:30:00"));
    }

    void deletingAnActionTakesItsLog()
    {
        QVERIFY(edit::addActionUpdate(*m_doc, f.action[2], S("Begun"), S("on_track")));
        QVERIFY(s->remove(Kind::Action, f.action[2]).rows.size() >= 2);
        QCOMPARE(s->count(Kind::ActionUpdate), 0);
    }

    void olderFileGainsTheFields()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(S("v4.roundtable"));
        QVERIFY(!SessionFile::createAtVersion(path, 4));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(S("QSQLITE"), S("v4"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(S("UPDATE event SET date = '2023-07-21'")));
            QVERIFY(q.exec(S("INSERT INTO place (id, position, name) VALUES (10, 0, 'Luton')")));
            QVERIFY(q.exec(S("INSERT INTO action (id, place_id, position, action, by_when) VALUES "
                             "(20, 10, 0, 'Share outputs', '8 August 2023'), "
                             "(21, 10, 1, 'Map outputs', 'Within 3 months'), "
                             "(22, 10, 2, 'Keep going', 'Ongoing')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(S("v4"));
        Document d;
        const SessionError e = d.open(path);
        QVERIFY2(!e, qPrintable(e.message));
        QCOMPARE(d.store()->row(Kind::Action, 20).str(col::Due), S("2023-08-08"));
        QCOMPARE(d.store()->row(Kind::Action, 21).str(col::Due), S("2023-10-21"));
        QVERIFY(d.store()->row(Kind::Action, 22).values.value(col::Due).isNull());
        QCOMPARE(d.store()->row(Kind::Action, 22).str(col::ByWhen), S("Ongoing"));
        QCOMPARE(d.store()->row(Kind::Action, 21).str(col::Status), S("not_started"));
        QVERIFY(d.store()->insert(Kind::ActionUpdate, {{col::ActionId, 21}, {col::Text, S("Mapped")}}));
    }
};

QTEST_GUILESS_MAIN(TestFollowEdits)
#include "test_followedits.moc"
