// SPDX-License-Identifier: GPL-3.0-or-later
// Following actions through across files: the interchange JSON carries an action's status, due
// date, last review and progress log and the data pack's later periods (dump → load → dump is
// stable; a file from before them works its due dates out from the words; a bad date is refused
// by its JSON path); copies of one session merge their updates; the live room carries them; and
// the next event's session starts from the last one's open actions, keeping their ids.
#include "Fixture.h"
#include "commands/FollowEdits.h"
#include "interchange/CarryForward.h"
#include "interchange/Interchange.h"
#include "interchange/Merge.h"
#include "interchange/RoomSync.h"
#include "interchange/SessionBuilder.h"
#include "store/Columns.h"
#include "store/RoomRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace rt;
using namespace rt::test;

class TestFollowThrough : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_prepared;
    Fixture m_f;
    qint64 m_indicator = 0;
    int m_n = 0;

    std::unique_ptr<Document> copy(const QString& laptop)
    {
        const QString path = m_dir.filePath(laptop + QString::number(++m_n) + S(".roundtable"));
        if (!QFile::copy(m_prepared, path))
            return {};
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        auto doc = std::make_unique<Document>();
        if (doc->open(path))
            return {};
        doc->store()->setDevice({laptop + S("-id"), laptop});
        return doc;
    }

    QJsonObject loadDump(const QJsonObject& json)
    {
        const QString path = m_dir.filePath(S("loaded%1.roundtable").arg(++m_n));
        QString error;
        if (!interchange::buildSessionFile(path, json, &error))
            return QJsonObject {{S("error"), error}};
        Document d;
        if (d.open(path, SessionFile::Mode::ReadOnly))
            return {};
        return interchange::dump(*d.store());
    }

    static QJsonObject firstAction(const QJsonObject& session)
    {
        return session[S("places")][0][S("actions")][0].toObject();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_prepared = m_dir.filePath(S("prepared.roundtable"));
        Document d;
        QVERIFY(!d.create(m_prepared));
        d.store()->setDevice({S("organiser-id"), S("Organiser")});
        QVERIFY(m_f.build(d.store()));
        QVERIFY(d.store()->update(Kind::Event, 1, col::Date, S("2023-07-21")));
        m_indicator = d.store()->ids(Kind::Indicator).first();
        QVERIFY(d.store()->insert(Kind::IndicatorReading,
                                  {{col::IndicatorId, m_indicator},
                                   {col::Period, S("2024 Q1")},
                                   {col::Vals, S("[\"72%\",\"75%\"]")}}));
        QVERIFY(edit::addActionUpdate(d, m_f.action[0], S("Venue booked"), S("on_track"), S("Nicky"),
                                      QDateTime(QDate(2023, 9, 1), QTime(10, 0))));
        QVERIFY(edit::setActionDue(d, m_f.action[0], QDate(2023, 12, 31)));
        QVERIFY(edit::setActionStatus(d, m_f.action[2], S("done")));
    }

    void dumpCarriesTheFollowThrough()
    {
        Document d;
        QVERIFY(!d.open(m_prepared, SessionFile::Mode::ReadOnly));
        const QJsonObject dumped = interchange::dump(*d.store());
        const QJsonObject a = firstAction(dumped);
        QCOMPARE(a[S("status")].toString(), S("on_track"));
        QCOMPARE(a[S("due")].toString(), S("2023-12-31"));
        QCOMPARE(a[S("reviewed")].toString(), S("2023-09-01T10:00:00"));
        QCOMPARE(a[S("updates")].toArray().size(), 1);
        QCOMPARE(a[S("updates")][0][S("text")].toString(), S("Venue booked"));
        QCOMPARE(a[S("updates")][0][S("who")].toString(), S("Nicky"));
        QCOMPARE(a[S("updates")][0][S("status")].toString(), S("on_track"));
        QCOMPARE(a[S("updates")][0][S("at")].toString(), S("2023-09-01T10:00:00"));
        // An action with no date says so, so that loading it does not make one up.
        QVERIFY(dumped[S("places")][0][S("actions")][1].toObject().contains(S("due")));
        QVERIFY(dumped[S("places")][0][S("actions")][1][S("due")].isNull());
        const QJsonObject row = dumped[S("indicators")][S("rows")][0].toObject();
        QCOMPARE(row[S("periods")][0][S("period")].toString(), S("2024 Q1"));
        QCOMPARE(row[S("periods")][0][S("values")].toArray(), (QJsonArray {S("72%"), S("75%")}));
        // dump → load → dump gives the same document.
        QCOMPARE(loadDump(dumped), dumped);
    }

    void olderJsonWorksOutDueDates()
    {
        QJsonObject json {{S("format"), S("roundtable-session")},
                          {S("version"), 1},
                          {S("event"), QJsonObject {{S("title"), S("T")}, {S("date"), S("2023-07-21")}}}};
        json.insert(S("places"),
                    QJsonArray {QJsonObject {{S("name"), S("Luton")},
                                             {S("actions"),
                                              QJsonArray {QJsonObject {{S("action"), S("Share outputs")},
                                                                       {S("by_when"), S("Within 3 months")}},
                                                          QJsonObject {{S("action"), S("Keep going")},
                                                                       {S("by_when"), S("Ongoing")}}}}}});
        const QJsonObject back = loadDump(json);
        QCOMPARE(back[S("places")][0][S("actions")][0][S("due")].toString(), S("2023-10-21"));
        QCOMPARE(back[S("places")][0][S("actions")][0][S("status")].toString(), S("not_started"));
        QVERIFY(back[S("places")][0][S("actions")][1][S("due")].isNull());
        QCOMPARE(back[S("places")][0][S("actions")][1][S("by_when")].toString(), S("Ongoing"));
    }

    void badValuesAreNamed_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("due") << S("due") << QJsonValue(S("31/08/2023"))
                             << S("places[0].actions[0].due: expected a date");
        QTest::newRow("status") << S("status") << QJsonValue(S("finished"))
                                << S("places[0].actions[0].status");
        QTest::newRow("reviewed") << S("reviewed") << QJsonValue(3) << S("places[0].actions[0].reviewed");
        QTest::newRow("update") << S(
            "updates") << QJsonValue(QJsonArray {QJsonObject {{S("text"), S("x")}, {S("status"), S("late")}}})
                                << S("places[0].actions[0].updates[0].status");
    }
    void badValuesAreNamed()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        QJsonObject action {{S("action"), S("a")}};
        action.insert(key, value);
        const QJsonObject json {
            {S("format"), S("roundtable-session")},
            {S("version"), 1},
            {S("places"),
             QJsonArray {QJsonObject {{S("name"), S("P")}, {S("actions"), QJsonArray {action}}}}}};
        QString error;
        QVERIFY(!interchange::validate(json, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void copiesMergeTheirProgress()
    {
        auto a = copy(S("a")), b = copy(S("b"));
        QVERIFY(a && b);
        const qint64 ua = edit::addActionUpdate(*a, m_f.action[1], S("Booked"), S("on_track"));
        QTest::qWait(5);
        const qint64 ub = edit::addActionUpdate(*b, m_f.action[1], S("Paid"), S("done"));
        QVERIFY(ua && ub);
        QVERIFY(b->store()->insert(Kind::IndicatorReading,
                                   {{col::IndicatorId, m_indicator},
                                    {col::Period, S("2024 Q2")},
                                    {col::Vals, S("[\"73%\",\"75%\"]")}}));
        const QStringList inputs {a->path(), b->path()};
        a.reset();
        b.reset();
        const QString out = m_dir.filePath(S("merged.roundtable"));
        const Merge::Report r = Merge::run(out, inputs, Merge::Duplicates::Combine);
        QVERIFY2(r.ok, qPrintable(r.error));
        Document m;
        QVERIFY(!m.open(out, SessionFile::Mode::ReadOnly));
        const QList<Row> log = m.store()->rows(Kind::ActionUpdate, {{col::ActionId, m_f.action[1]}});
        QCOMPARE(log.size(), 2);
        QVERIFY(m.store()->row(Kind::ActionUpdate, ua).isValid());
        QVERIFY(m.store()->row(Kind::ActionUpdate, ub).isValid());
        QCOMPARE(m.store()->row(Kind::Action, m_f.action[1]).str(col::Status), S("done")); // the later
        QCOMPARE(m.store()->count(Kind::IndicatorReading), 2);
        QCOMPARE(m.store()->count(Kind::ActionUpdate), 3);
    }

    void theRoomCarriesProgress()
    {
        auto h = copy(S("host")), l = copy(S("lead"));
        QVERIFY(h && l);
        QVERIFY(room::startHosting(*h->store()));
        QVERIFY(room::startMember(*l->store(), S("http://host/room/x"), {}));
        const qint64 u = edit::addActionUpdate(*l, m_f.action[1], S("Started"), S("at_risk"));
        QVERIFY(u);
        QVERIFY(edit::setActionDue(*l, m_f.action[1], QDate(2024, 1, 31)));
        RoomRepository::Peer peer;
        peer.device = l->store()->device().id;
        peer.name = l->store()->device().name;
        const auto waiting = RoomRepository(*l->store()).outbox(0, 1000, 1 << 30);
        QVERIFY(room::receive(*h->store(), peer, waiting).ok);
        QCOMPARE(h->store()->row(Kind::ActionUpdate, u).str(col::Text), S("Started"));
        QCOMPARE(h->store()->row(Kind::Action, m_f.action[1]).str(col::Status), S("at_risk"));
        QCOMPARE(h->store()->row(Kind::Action, m_f.action[1]).str(col::Due), S("2024-01-31"));
    }

    void nextEventStartsFromTheOpenActions()
    {
        const QString next = m_dir.filePath(S("next.roundtable"));
        QString error;
        QVERIFY2(interchange::carryForwardFile(m_prepared, next, &error), qPrintable(error));
        Document d;
        QVERIFY(!d.open(next, SessionFile::Mode::ReadOnly));
        const Store& s = *d.store();
        // Open actions keep their ids, status and log; the done one stays behind.
        QCOMPARE(s.row(Kind::Action, m_f.action[0]).str(col::Status), S("on_track"));
        QCOMPARE(s.row(Kind::Action, m_f.action[0]).str(col::Due), S("2023-12-31"));
        QCOMPARE(s.rows(Kind::ActionUpdate, {{col::ActionId, m_f.action[0]}}).size(), 1);
        QVERIFY(s.row(Kind::Action, m_f.action[1]).isValid());
        QVERIFY(!s.row(Kind::Action, m_f.action[2]).isValid());
        QVERIFY(s.row(Kind::Action, m_f.action[0]).values.value(col::IdeaId).isNull());
        // Places, aims and drivers come along; ideas, tables, notes, polls and agenda do not.
        QCOMPARE(s.count(Kind::Place), 2);
        QVERIFY(s.row(Kind::Aim, m_f.aim[0]).isValid());
        QVERIFY(s.row(Kind::Driver, m_f.c1).isValid());
        QVERIFY(s.row(Kind::Driver, m_f.c1).values.value(col::IdeaId).isNull());
        QCOMPARE(s.count(Kind::Idea), 0);
        QCOMPARE(s.count(Kind::Table), 0);
        QCOMPARE(s.count(Kind::Note), 0);
        QCOMPARE(s.count(Kind::Poll), 0);
        QCOMPARE(s.count(Kind::AgendaItem), 0);
        // The data pack with its periods; prompts; a new event date.
        QCOMPARE(s.count(Kind::Indicator), 1);
        QCOMPARE(s.count(Kind::IndicatorReading), 1);
        QCOMPARE(s.count(Kind::Prompt), 3);
        QCOMPARE(s.row(Kind::Event, 1).str(col::Date), QString());
        // Never over an existing file.
        const QByteArray before = [&] {
            QFile f(m_prepared);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(!interchange::carryForwardFile(next, m_prepared, &error));
        QVERIFY2(error.contains(S("exists")), qPrintable(error));
        QFile f(m_prepared);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }
};

QTEST_GUILESS_MAIN(TestFollowThrough)
#include "test_followthrough.moc"
