// SPDX-License-Identifier: GPL-3.0-or-later
// The generic store: every kind can be added, edited, deleted, restored and moved; lists stay
// numbered 0..n-1; a delete and its restore put back exactly what was there.
#include "Fixture.h"
#include "TestSupport.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <limits>

using namespace rt;
using rt::test::dump;
using rt::test::positionProblem;
using rt::test::S;
using rt::test::valueText;
using rt::test::vm;

class TestStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::unique_ptr<Document> m_doc;
    Store* s = nullptr;
    test::Fixture f;

    /** Values for a new row of @p kind, hung under the fixture's first parents. */
    QVariantMap sample(Kind kind) const
    {
        switch (kind) {
        case Kind::Source:
            return vm({{"file", S("t9.roundtable")}, {"merged_at", S("2023-07-22T09:00:00")}});
        case Kind::Prompt:
            return vm({{"key", S("extra")}, {"question", S("Anything else?")}});
        case Kind::Poll:
            return vm({{"question", S("New poll")}, {"kind", S("scale")}});
        case Kind::PollOption:
            return vm({{"poll_id", f.poll[0]}, {"text", S("new option")}});
        case Kind::Vote:
            return vm({{"poll_id", f.poll[0]}, {"device", S("phone-x")}, {"answer", S("{\"choices\":[1]}")}});
        case Kind::AgendaItem:
            return vm({{"title", S("Lunch")}, {"kind", S("break")}});
        case Kind::Table:
            return vm({{"number", 3}, {"topic", S("Homelessness")}});
        case Kind::Note:
            return vm({{"table_id", f.table[0]}, {"prompt_id", f.prompt[1]}, {"text", S("new note")}});
        case Kind::Place:
            return vm({{"name", S("Milton Keynes")}});
        case Kind::Aim:
            return vm({{"place_id", f.place[0]}, {"statement", S("new aim")}});
        case Kind::Idea:
            return vm({{"aim_id", f.aim[0]}, {"text", S("new idea")}, {"impact", 0.1}, {"effort", 0.9}});
        case Kind::Driver:
            return vm({{"aim_id", f.aim[0]}, {"parent_id", f.p1}, {"text", S("new secondary")}});
        case Kind::Action:
            return vm({{"place_id", f.place[0]}, {"action", S("new action")}, {"who", S("ICB")}});
        case Kind::IndicatorColumn:
            return vm({{"name", S("Bedford")}});
        case Kind::Indicator:
            return vm({{"domain", S("Health")}, {"indicator", S("Smoking")}, {"vals", S("[]")}});
        case Kind::ActionUpdate:
            return vm({{"action_id", f.action[0]}, {"text", S("Venue booked")}, {"status", S("on_track")}});
        case Kind::IndicatorReading:
            return vm({{"indicator_id", s->ids(Kind::Indicator).value(0)},
                       {"period", S("2024 Q1")},
                       {"vals", S("[]")}});
        default:
            return {};
        }
    }
    /** The first text column of a kind, to edit. */
    static QString textColumn(Kind kind)
    {
        for (const ColumnInfo& c : kindInfo(kind).columns) {
            if (c.metaType == QMetaType::QString && c.name != QLatin1String("kind")
                && c.name != QLatin1String("state"))
                return c.name;
        }
        return {};
    }

private slots:
    void init()
    {
        QVERIFY(m_tmp.isValid());
        static int n = 0;
        m_doc = std::make_unique<Document>();
        const SessionError e = m_doc->create(m_tmp.filePath(QStringLiteral("s%1.roundtable").arg(++n)));
        QVERIFY2(!e, qPrintable(e.message));
        s = m_doc->store();
        f = {};
        QVERIFY2(f.build(s), qPrintable(s->lastError()));
        QCOMPARE(positionProblem(s), QString());
    }
    void cleanup() { m_doc.reset(); }

    void everyKind_data()
    {
        QTest::addColumn<Kind>("kind");
        for (int k = 0; k < KindCount; ++k) {
            if (Kind(k) != Kind::Event)
                QTest::newRow(qPrintable(kindName(Kind(k)))) << Kind(k);
        }
    }
    void everyKind()
    {
        QFETCH(Kind, kind);
        const KindInfo& info = kindInfo(kind);
        const QVariantMap values = sample(kind);
        const QStringList before = dump(s);

        // Insert at the front of its list: the others move down one.
        QSignalSpy changed(s, &Store::rowsChanged);
        const qint64 id = s->insert(kind, values, 0);
        QVERIFY2(id > 0, qPrintable(s->lastError()));
        QCOMPARE(changed.count(), 1);
        Row r = s->row(kind, id);
        QVERIFY(r.isValid());
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            QCOMPARE(valueText(r.values.value(it.key())), valueText(it.value()));
        if (info.ordered)
            QCOMPARE(r.position, 0);
        QCOMPARE(positionProblem(s), QString());

        // Edit a field.
        const QString column = textColumn(kind);
        QVERIFY(!column.isEmpty());
        QSignalSpy updated(s, &Store::rowUpdated);
        QVERIFY(s->update(kind, id, column, QStringLiteral("edited")));
        QCOMPARE(updated.count(), 1);
        QCOMPARE(s->row(kind, id).str(column), QStringLiteral("edited"));
        QVERIFY(!s->update(kind, id, QStringLiteral("no_such_column"), 1));
        const QStringList edited = dump(s);

        // Move it to the end of its list.
        if (info.ordered) {
            QVariantMap scope;
            for (const QString& c : info.scope)
                scope.insert(c, r.values.value(c));
            const int n = s->count(kind, scope);
            QVERIFY(s->move(kind, id, {}, -1));
            QCOMPARE(s->row(kind, id).position, n - 1);
            QCOMPARE(positionProblem(s), QString());
            QVERIFY(s->move(kind, id, {}, 0));
            QCOMPARE(dump(s), edited);
        } else {
            QVERIFY(!s->move(kind, id, {}, 0)); // unordered: refused, nothing changes
            QCOMPARE(dump(s), edited);
        }

        // Delete, then restore exactly.
        const Snapshot snap = s->remove(kind, id);
        QCOMPARE(snap.rows.size(), 1);
        QVERIFY(!s->row(kind, id).isValid());
        QCOMPARE(dump(s), before);
        QVERIFY(s->restore(snap));
        QCOMPARE(dump(s), edited);
        QCOMPARE(positionProblem(s), QString());
    }

    void eventIsOneRow()
    {
        QVERIFY(s->update(Kind::Event, 1, QStringLiteral("title"), QStringLiteral("Health and work")));
        QCOMPARE(s->row(Kind::Event, 1).str(QStringLiteral("title")), QStringLiteral("Health and work"));
        QCOMPARE(s->row(Kind::Event, 1).str(QStringLiteral("language")), QStringLiteral("en"));
        QCOMPARE(s->count(Kind::Event), 1);
        QVERIFY(!s->insert(Kind::Event, vm({{"title", S("second event")}}))); // CHECK (id = 1)
        QCOMPARE(s->count(Kind::Event), 1);
    }

    void positionsStayContiguous()
    {
        // Random inserts, deletes and moves over the notes of two tables x three prompts,
        // checked against a plain list model of what the order must be.
        QMap<QPair<qint64, qint64>, QList<qint64>> expected;
        for (const Row& r : s->rows(Kind::Note))
            expected[{r.ref(QStringLiteral("table_id")), r.ref(QStringLiteral("prompt_id"))}] << r.id;
        const QList<QPair<qint64, qint64>> scopes = expected.keys();
        QRandomGenerator rng(7);
        QList<Snapshot> removed;
        for (int step = 0; step < 300; ++step) {
            const auto scope = scopes[rng.bounded(int(scopes.size()))];
            QList<qint64>& list = expected[scope];
            const int op = rng.bounded(4);
            if (op == 0 || list.isEmpty()) {
                const int at = rng.bounded(int(list.size()) + 2) - 1; // -1 appends
                const qint64 id = s->insert(Kind::Note,
                                            vm({{"table_id", scope.first},
                                                {"prompt_id", scope.second},
                                                {"text", QStringLiteral("step %1").arg(step)}}),
                                            at);
                QVERIFY(id);
                list.insert(at < 0 ? list.size() : at, id);
            } else if (op == 1) {
                const qint64 id = list.takeAt(rng.bounded(int(list.size())));
                removed << s->remove(Kind::Note, id);
                QCOMPARE(removed.last().rows.size(), 1);
            } else if (op == 2) {
                const qint64 id = list[rng.bounded(int(list.size()))];
                const int to = rng.bounded(int(list.size()));
                QVERIFY(s->move(Kind::Note, id, {}, to));
                list.removeOne(id);
                list.insert(to, id);
            } else {
                const auto other = scopes[rng.bounded(int(scopes.size()))];
                const qint64 id = list.takeAt(rng.bounded(int(list.size())));
                QList<qint64>& target = expected[other];
                const int to = rng.bounded(int(target.size()) + 1);
                QVERIFY(s->move(Kind::Note, id, vm({{"table_id", other.first}, {"prompt_id", other.second}}),
                                to));
                target.insert(to, id);
            }
            QCOMPARE(positionProblem(s), QString());
            QCOMPARE(s->ids(Kind::Note, vm({{"table_id", scope.first}, {"prompt_id", scope.second}})),
                     expected[scope]);
        }
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QCOMPARE(s->ids(Kind::Note, vm({{"table_id", it.key().first}, {"prompt_id", it.key().second}})),
                     it.value());
    }

    void placeCascadeRestoresExactly()
    {
        const QStringList before = dump(s);
        QSignalSpy changed(s, &Store::rowsChanged);
        const Snapshot snap = s->remove(Kind::Place, f.place[0]);
        // The place, its aim, 2 ideas, 6 drivers and 2 actions.
        QCOMPARE(snap.rows.size(), 1 + 1 + 2 + 6 + 2);
        QCOMPARE(s->count(Kind::Aim, vm({{"place_id", f.place[0]}})), 0);
        QCOMPARE(s->count(Kind::Idea, vm({{"aim_id", f.aim[0]}})), 0);
        QCOMPARE(s->count(Kind::Driver), 0);
        QCOMPARE(s->count(Kind::Action), 1);
        // The other place's action pointed at a removed idea: cleared, not deleted.
        QCOMPARE(s->row(Kind::Action, f.action[2]).values.value(QStringLiteral("idea_id")), QVariant());
        QCOMPARE(s->row(Kind::Place, f.place[1]).position, 0);
        QCOMPARE(positionProblem(s), QString());
        QVERIFY(changed.count() >= 5);

        QVERIFY(s->restore(snap));
        QCOMPARE(dump(s), before);
    }

    void setNullReferencesComeBack()
    {
        const QStringList before = dump(s);
        // Deleting idea 0 clears a driver's and two actions' links to it.
        Snapshot idea = s->remove(Kind::Idea, f.idea[0]);
        QCOMPARE(idea.rows.size(), 1);
        QCOMPARE(idea.cleared.size(), 3);
        QVERIFY(s->row(Kind::Driver, f.c1).values.value(QStringLiteral("idea_id")).isNull());
        QVERIFY(s->row(Kind::Action, f.action[0]).values.value(QStringLiteral("idea_id")).isNull());
        QVERIFY(s->row(Kind::Action, f.action[2]).values.value(QStringLiteral("idea_id")).isNull());
        QCOMPARE(s->row(Kind::Idea, f.idea[1]).position, 0);
        QVERIFY(s->restore(idea));
        QCOMPARE(dump(s), before);

        // Deleting a poll takes its options and votes, and unlinks the agenda item.
        Snapshot poll = s->remove(Kind::Poll, f.poll[0]);
        QCOMPARE(poll.rows.size(), 1 + 3 + 4);
        QCOMPARE(poll.cleared.size(), 1);
        QVERIFY(s->row(Kind::AgendaItem, f.agenda[1]).values.value(QStringLiteral("poll_id")).isNull());
        QCOMPARE(s->count(Kind::Vote), 4);
        QVERIFY(s->restore(poll));
        QCOMPARE(s->row(Kind::AgendaItem, f.agenda[1]).ref(QStringLiteral("poll_id")), f.poll[0]);
        QCOMPARE(dump(s), before);

        // Deleting the source leaves the tables, only unmarked.
        Snapshot source = s->remove(Kind::Source, f.source);
        QCOMPARE(source.rows.size(), 1);
        QCOMPARE(s->count(Kind::Table), 2);
        QVERIFY(s->row(Kind::Table, f.table[0]).values.value(QStringLiteral("source")).isNull());
        QVERIFY(s->restore(source));
        QCOMPARE(dump(s), before);
    }

    void driverTree()
    {
        const QStringList before = dump(s);
        // Deleting a middle driver takes its children, not its siblings.
        Snapshot mid = s->remove(Kind::Driver, f.s1);
        QCOMPARE(mid.rows.size(), 3);
        QCOMPARE(mid.rows.first().row.id, f.s1); // parents before children
        QVERIFY(!s->row(Kind::Driver, f.c1).isValid());
        QVERIFY(!s->row(Kind::Driver, f.c2).isValid());
        QCOMPARE(s->row(Kind::Driver, f.s2).position, 0);
        QCOMPARE(s->row(Kind::Driver, f.p1).position, 0);
        QCOMPARE(positionProblem(s), QString());
        QVERIFY(s->restore(mid));
        QCOMPARE(dump(s), before);

        // Deleting a primary driver takes the whole branch.
        Snapshot top = s->remove(Kind::Driver, f.p1);
        QCOMPARE(top.rows.size(), 5);
        QCOMPARE(s->ids(Kind::Driver), QList<qint64> {f.p2});
        QCOMPARE(s->row(Kind::Driver, f.p2).position, 0);
        QVERIFY(s->restore(top));
        QCOMPARE(dump(s), before);

        // Deleting the aim takes the ideas and every driver, each once.
        Snapshot aim = s->remove(Kind::Aim, f.aim[0]);
        QCOMPARE(aim.rows.size(), 1 + 2 + 6);
        QCOMPARE(s->count(Kind::Driver), 0);
        QVERIFY(s->restore(aim));
        QCOMPARE(dump(s), before);

        // A driver moves under another parent.
        QVERIFY(s->move(Kind::Driver, f.c2, vm({{"parent_id", f.s2}}), 0));
        QCOMPARE(s->row(Kind::Driver, f.c2).ref(QStringLiteral("parent_id")), f.s2);
        QCOMPARE(s->ids(Kind::Driver, vm({{"aim_id", f.aim[0]}, {"parent_id", f.s1}})), QList<qint64> {f.c1});
        QCOMPARE(positionProblem(s), QString());
        // ... and to the top level (a NULL parent).
        QVERIFY(s->move(Kind::Driver, f.c2, vm({{"parent_id", QVariant()}}), 1));
        QCOMPARE(s->ids(Kind::Driver, vm({{"aim_id", f.aim[0]}, {"parent_id", QVariant()}})),
                 (QList<qint64> {f.p1, f.c2, f.p2}));
        QCOMPARE(positionProblem(s), QString());
    }

    void moveBetweenScopes()
    {
        const auto list = [&](qint64 table, qint64 prompt) {
            return s->ids(Kind::Note, vm({{"table_id", table}, {"prompt_id", prompt}}));
        };
        const QList<qint64> a = list(f.table[0], f.prompt[0]);
        const QList<qint64> b = list(f.table[1], f.prompt[2]);
        const qint64 moved = a[1];
        // To another table and prompt, at position 1.
        QVERIFY(s->move(Kind::Note, moved, vm({{"table_id", f.table[1]}, {"prompt_id", f.prompt[2]}}), 1));
        QCOMPARE(list(f.table[0], f.prompt[0]), (QList<qint64> {a[0], a[2]}));
        QCOMPARE(list(f.table[1], f.prompt[2]), (QList<qint64> {b[0], moved, b[1], b[2]}));
        const Row r = s->row(Kind::Note, moved);
        QCOMPARE(r.ref(QStringLiteral("table_id")), f.table[1]);
        QCOMPARE(r.ref(QStringLiteral("prompt_id")), f.prompt[2]);
        QCOMPARE(r.str(QStringLiteral("text")), QStringLiteral("t0 p0 n1"));
        // To another prompt of its table only (the other scope column stays), past the end.
        QVERIFY(s->move(Kind::Note, moved, vm({{"prompt_id", f.prompt[0]}}), 99));
        QCOMPARE(list(f.table[1], f.prompt[0]).last(), moved);
        QCOMPARE(positionProblem(s), QString());
        // Back where it came from.
        QVERIFY(s->move(Kind::Note, moved, vm({{"table_id", f.table[0]}, {"prompt_id", f.prompt[0]}}), 1));
        QCOMPARE(list(f.table[0], f.prompt[0]), a);
        QCOMPARE(list(f.table[1], f.prompt[2]), b);
        QCOMPARE(positionProblem(s), QString());
        QVERIFY(!s->move(Kind::Note, 999999, {}, 0));
        // Ids are random and above 2^32, so no view can keep one in an int.
        QVERIFY(a[0] > std::numeric_limits<int>::max());
        QVERIFY(s->move(Kind::Note, a[0], vm({{"table_id", f.table[0]}, {"prompt_id", f.prompt[0]}}), 99));
        QCOMPARE(list(f.table[0], f.prompt[0]), (QList<qint64> {a[1], a[2], a[0]}));
        QCOMPARE(positionProblem(s), QString());
    }

    void hostileTextIsStoredVerbatim()
    {
        const QString path = m_doc->path();
        QList<qint64> notes, places, polls;
        for (const QString& text : test::hostileTexts()) {
            notes << s->insert(Kind::Note,
                               vm({{"table_id", f.table[0]}, {"prompt_id", f.prompt[0]}, {"text", text}}));
            places << s->insert(Kind::Place, vm({{"name", text}, {"priorities", text}}));
            polls << s->insert(Kind::Poll, vm({{"question", text}}));
            QVERIFY(notes.last() && places.last() && polls.last());
        }
        // Also as a filter value: bound, never spliced into SQL.
        const QString sqlLike = test::hostileTexts().at(1);
        QCOMPARE(s->count(Kind::Place, vm({{"name", sqlLike}})), 1);
        QVERIFY(s->update(Kind::Idea, f.idea[0], QStringLiteral("text"), sqlLike));

        m_doc->close();
        QVERIFY(!m_doc->open(path, SessionFile::Mode::ReadOnly));
        s = m_doc->store();
        const QStringList texts = test::hostileTexts();
        for (int i = 0; i < texts.size(); ++i) {
            QCOMPARE(s->row(Kind::Note, notes[i]).str(QStringLiteral("text")), texts[i]);
            QCOMPARE(s->row(Kind::Place, places[i]).str(QStringLiteral("name")), texts[i]);
            QCOMPARE(s->row(Kind::Place, places[i]).str(QStringLiteral("priorities")), texts[i]);
            QCOMPARE(s->row(Kind::Poll, polls[i]).str(QStringLiteral("question")), texts[i]);
        }
        QCOMPARE(s->row(Kind::Idea, f.idea[0]).str(QStringLiteral("text")), sqlLike);
        QCOMPARE(s->count(Kind::Note), 18 + texts.size());
    }

    void transactionsAreAllOrNothing()
    {
        const QStringList before = dump(s);
        {
            Store::Transaction outer(*s);
            QVERIFY(s->insert(Kind::Table, vm({{"number", 7}})));
            {
                Store::Transaction inner(*s);
                QVERIFY(s->remove(Kind::Place, f.place[1]).rows.size() > 1);
                QVERIFY(inner.commit());
            }
            // outer goes out of scope without commit()
        }
        QCOMPARE(dump(s), before);
        {
            Store::Transaction outer(*s);
            QVERIFY(s->insert(Kind::Table, vm({{"number", 7}})));
            {
                Store::Transaction inner(*s); // inner rolls back: the whole outer one does
            }
            QVERIFY(!outer.commit());
        }
        QCOMPARE(dump(s), before);
        // A failing statement inside a larger write undoes the larger write too.
        QVERIFY(!s->insert(Kind::Idea, vm({{"aim_id", f.aim[0]}, {"impact", 2.0}}))); // CHECK
        QVERIFY(!s->lastError().isEmpty());
        QCOMPARE(dump(s), before);
    }

    void rolledBackWorkResetsViews()
    {
        // Rows written inside a transaction that is rolled back were announced with
        // rowsChanged; views must be told to re-read, or they keep showing phantoms.
        QSignalSpy reset(s, &Store::reset);
        {
            Store::Transaction tx(*s);
            QVERIFY(s->insert(Kind::Table, vm({{"number", 7}})));
        }
        QCOMPARE(reset.count(), 1);
        {
            Store::Transaction tx(*s);
            QVERIFY(s->insert(Kind::Table, vm({{"number", 8}})));
            QVERIFY(tx.commit());
        }
        QCOMPARE(reset.count(), 1);
    }

    void readOnlyRefusesWrites()
    {
        s->setReadOnly(true);
        const QStringList before = dump(s);
        QSignalSpy failed(s, &Store::failed);
        QCOMPARE(s->insert(Kind::Table, vm({{"number", 7}})), 0);
        QVERIFY(!s->update(Kind::Table, f.table[0], QStringLiteral("topic"), S("x")));
        QVERIFY(s->remove(Kind::Table, f.table[0]).isEmpty());
        QVERIFY(!s->move(Kind::Table, f.table[0], {}, 1));
        QCOMPARE(failed.count(), 4);
        QCOMPARE(dump(s), before);
        s->setReadOnly(false);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
