// SPDX-License-Identifier: GPL-3.0-or-later
// The Places edits (commands/PlaceEdits.h): each does what it says as one undo step with its own
// text, undo puts the session back exactly, redo makes it again; the PICK rules (a park keeps the
// idea's place, a move is kept on the chart, pasted bullets are dropped) hold.
#include "Fixture.h"
#include "commands/PlaceEdits.h"
#include "store/Columns.h"

#include <QTemporaryDir>
#include <QtTest>
#include <functional>

using namespace rt;
using rt::test::dump;
using rt::test::positionProblem;
using rt::test::S;

class TestPlaceEdits : public test::EditTest
{
    Q_OBJECT

    Row idea(qint64 id) const { return s->row(Kind::Idea, id); }

private slots:
    void init() { openFixture(); }
    void cleanup() { m_doc.reset(); }

    void moveIdeasIsOneStep()
    {
        oneStep(
            [&] {
                return edit::moveIdeas(*m_doc, {{f.idea[0], 0.1, 0.9, false}, {f.idea[1], 0.6, 0.4, false}});
            },
            S("Move 2 idea(s)"));
        QCOMPARE(idea(f.idea[0]).real(col::Impact), 0.1);
        QCOMPARE(idea(f.idea[0]).real(col::Effort), 0.9);
        QCOMPARE(idea(f.idea[1]).real(col::Impact), 0.6);
        oneStep([&] { return edit::moveIdeas(*m_doc, {edit::IdeaSpot::on(f.idea[2], 0.25, 0.75)}); },
                S("Move idea"));
    }

    void moveIdeasKeepsToTheChart()
    {
        // A drop in the margins counts as the nearest edge.
        oneStep([&] { return edit::moveIdeas(*m_doc, {{f.idea[0], -0.2, 1.3, false}}); }, S("Move idea"));
        QCOMPARE(idea(f.idea[0]).real(col::Impact), 0.0);
        QCOMPARE(idea(f.idea[0]).real(col::Effort), 1.0);
    }

    void parkingKeepsThePlace()
    {
        oneStep([&] { return edit::moveIdeas(*m_doc, {edit::IdeaSpot::parked(f.idea[0])}); }, S("Move idea"));
        QVERIFY(idea(f.idea[0]).flag(col::Unsorted));
        QCOMPARE(idea(f.idea[0]).real(col::Impact), 0.8);
        QCOMPARE(idea(f.idea[0]).real(col::Effort), 0.2);
        // Parked already: nothing to do. Back on the chart: placed, no longer parked.
        noStep([&] { return edit::moveIdeas(*m_doc, {{f.idea[0], 0.1, 0.1, true}}); });
        oneStep([&] { return edit::moveIdeas(*m_doc, {{f.idea[0], 0.8, 0.2, false}}); }, S("Move idea"));
        QVERIFY(!idea(f.idea[0]).flag(col::Unsorted));
    }

    void moveIdeasWritesOnlyWhatChanged()
    {
        noStep([&] { return edit::moveIdeas(*m_doc, {{f.idea[0], 0.8, 0.2, false}}); });
        noStep([&] { return edit::moveIdeas(*m_doc, {}); });
        noStep([&] { return edit::moveIdeas(*m_doc, {{424242, 0.1, 0.1, false}}); });
        // One of two unchanged: the step holds the other only, named for one.
        oneStep(
            [&] {
                return edit::moveIdeas(*m_doc, {{f.idea[0], 0.8, 0.2, false}, {f.idea[1], 0.1, 0.7, false}});
            },
            S("Move idea"));
    }

    void nudgeIdeas()
    {
        oneStep(
            [&] {
                return edit::nudgeIdeas(*m_doc, {f.idea[0], f.idea[1]}, 0.3, -0.3);
            },
            S("Move 2 idea(s)"));
        QCOMPARE(idea(f.idea[0]).real(col::Impact), 1.0); // kept on the chart
        QCOMPARE(idea(f.idea[0]).real(col::Effort), 0.0);
        QVERIFY(qAbs(idea(f.idea[1]).real(col::Impact) - 0.6) < 1e-9);
        QVERIFY(qAbs(idea(f.idea[1]).real(col::Effort) - 0.4) < 1e-9);
        // At the edge already, or parked: nothing moves.
        noStep([&] { return edit::nudgeIdeas(*m_doc, {f.idea[0]}, 0.1, -0.1); });
        QVERIFY(edit::moveIdeas(*m_doc, {{f.idea[2], 0, 0, true}}));
        noStep([&] { return edit::nudgeIdeas(*m_doc, {f.idea[2]}, 0.1, 0.1); });
        noStep([&] { return edit::nudgeIdeas(*m_doc, {}, 0.1, 0.1); });
    }

    void deleteIdeas()
    {
        // The driver and action that point at idea 0 lose the link; undo gives it back.
        oneStep([&] { return edit::deleteIdeas(*m_doc, {f.idea[0], f.idea[1]}); }, S("Delete 2 idea(s)"));
        QVERIFY(!idea(f.idea[0]).isValid());
        QVERIFY(!idea(f.idea[1]).isValid());
        oneStep([&] { return edit::deleteIdeas(*m_doc, {f.idea[2]}); }, S("Delete idea"));
        noStep([&] { return edit::deleteIdeas(*m_doc, {}); });
    }

    void addIdea()
    {
        qint64 id = 0;
        oneStep(
            [&] {
                id = edit::addIdea(*m_doc, f.aim[0], S(" On the chart "), QPointF(0.25, 1.5));
                return id != 0;
            },
            S("Add idea"));
        QCOMPARE(idea(id).ref(col::AimId), f.aim[0]);
        QCOMPARE(idea(id).str(col::Text), S(" On the chart ")); // as typed
        QCOMPARE(idea(id).real(col::Impact), 0.25);
        QCOMPARE(idea(id).real(col::Effort), 1.0);
        QVERIFY(!idea(id).flag(col::Unsorted));

        oneStep(
            [&] {
                id = edit::addIdea(*m_doc, f.aim[1], S("Parked"));
                return id != 0;
            },
            S("Add idea"));
        QVERIFY(idea(id).flag(col::Unsorted));
        QCOMPARE(idea(id).real(col::Impact), 0.5);
        QCOMPARE(idea(id).real(col::Effort), 0.5);

        noStep([&] { return edit::addIdea(*m_doc, f.aim[0], S("  \n ")) != 0; });
        noStep([&] { return edit::addIdea(*m_doc, 0, S("No aim")) != 0; });
    }

    void ideaLines_data()
    {
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<QStringList>("ideas");
        QTest::newRow("one") << S("Job club") << QStringList {S("Job club")};
        QTest::newRow("blank lines, any breaks") << S("\n  Job club \r\n\r\nBus pass\rMentors\n")
                                                 << QStringList {S("Job club"), S("Bus pass"), S("Mentors")};
        QTest::newRow("bullets") << S("• Job club\n* Bus pass\n- Mentors\n● Hub\n▪ Fair\n1. Café\n12) Walk")
                                 << QStringList {S("Job club"), S("Bus pass"), S("Mentors"), S("Hub"),
                                                 S("Fair"),     S("Café"),     S("Walk")};
        QTest::newRow("not bullets") << S("-5 degrees\n2.5 jobs\n*bold*\n1990s jobs")
                                     << QStringList {S("-5 degrees"), S("2.5 jobs"), S("*bold*"),
                                                     S("1990s jobs")};
        QTest::newRow("a bullet alone") << S("•\n- \n") << QStringList {S("•"), S("-")};
        QTest::newRow("nothing") << S(" \n\t\n") << QStringList {};
    }
    void ideaLines()
    {
        QFETCH(QString, pasted);
        QFETCH(QStringList, ideas);
        QCOMPARE(edit::ideaLines(pasted), ideas);
    }

    void addIdeasParksThemAsOneStep()
    {
        const int before = s->count(Kind::Idea, {{col::AimId, f.aim[0]}});
        int added = 0;
        oneStep(
            [&] {
                added = edit::addIdeas(*m_doc, f.aim[0], S("• Job club\n\n- Bus pass\n3) Mentors"));
                return added > 0;
            },
            S("Add 3 idea(s)"));
        QCOMPARE(added, 3);
        const QList<Row> rows = s->rows(Kind::Idea, {{col::AimId, f.aim[0]}});
        QCOMPARE(rows.size(), before + 3);
        QStringList texts;
        for (const Row& r : rows.mid(before)) {
            QVERIFY(r.flag(col::Unsorted));
            QCOMPARE(r.real(col::Impact), 0.5);
            QCOMPARE(r.real(col::Effort), 0.5);
            texts << r.str(col::Text);
        }
        QCOMPARE(texts, (QStringList {S("Job club"), S("Bus pass"), S("Mentors")}));
        oneStep([&] { return edit::addIdeas(*m_doc, f.aim[1], S("Walk\n")) == 1; }, S("Add idea"));
        noStep([&] { return edit::addIdeas(*m_doc, f.aim[0], S("\n\n")) != 0; });
        noStep([&] { return edit::addIdeas(*m_doc, 0, S("No aim")) != 0; });
    }

    void editIdeaText()
    {
        oneStep([&] { return edit::editIdeaText(*m_doc, f.idea[0], S("peer mentors in work")); },
                S("Edit idea"));
        QCOMPARE(idea(f.idea[0]).str(col::Text), S("peer mentors in work"));
        noStep([&] { return edit::editIdeaText(*m_doc, f.idea[0], S("peer mentors in work")); });
        noStep([&] { return edit::editIdeaText(*m_doc, 424242, S("x")); });
    }

    void makeActionFromIdea()
    {
        qint64 id = 0;
        oneStep(
            [&] {
                id = edit::makeActionFromIdea(*m_doc, f.idea[2]);
                return id != 0;
            },
            S("Make action from idea"));
        const Row a = s->row(Kind::Action, id);
        QCOMPARE(a.ref(col::PlaceId), f.place[1]); // the place of the idea's aim
        QCOMPARE(a.str(col::Cohort), S("carers"));
        QCOMPARE(a.str(col::Idea), S("drop-in"));
        QCOMPARE(a.ref(col::IdeaId), f.idea[2]);
        QCOMPARE(a.position, 1); // after the place's other action
        noStep([&] { return edit::makeActionFromIdea(*m_doc, 424242) != 0; });
    }

    void places()
    {
        qint64 id = 0;
        oneStep(
            [&] {
                id = edit::addPlace(*m_doc, S("Central Bedfordshire"));
                return id != 0;
            },
            S("Add place"));
        QCOMPARE(s->row(Kind::Place, id).str(col::Name), S("Central Bedfordshire"));
        QCOMPARE(s->row(Kind::Place, id).position, 2);
        oneStep([&] { return edit::movePlace(*m_doc, id, 0); }, S("Reorder places"));
        QCOMPARE(s->row(Kind::Place, id).position, 0);
        QCOMPARE(s->row(Kind::Place, f.place[0]).position, 1);
        // A place goes with its aims, ideas, drivers and plan; undo puts every one back.
        oneStep([&] { return edit::removePlace(*m_doc, f.place[0]); }, S("Delete place"));
        QCOMPARE(s->count(Kind::Aim, {{col::PlaceId, f.place[0]}}), 0);
        QVERIFY(!idea(f.idea[0]).isValid());
        noStep([&] { return edit::removePlace(*m_doc, 0); });
        noStep([&] { return edit::movePlace(*m_doc, 0, 1); });
    }

    void priorities()
    {
        oneStep([&] { return edit::setPlacePriorities(*m_doc, f.place[0], S("Carers\nWork")); },
                S("Edit what the place prioritised"));
        QCOMPARE(s->row(Kind::Place, f.place[0]).str(col::Priorities), S("Carers\nWork"));
        noStep([&] { return edit::setPlacePriorities(*m_doc, f.place[0], S("Carers\nWork")); });
        // Each commit is its own step (they are made when the box loses focus, not per key).
        oneStep([&] { return edit::setPlacePriorities(*m_doc, f.place[0], QString()); },
                S("Edit what the place prioritised"));
        const QVariant stored = s->row(Kind::Place, f.place[0]).values.value(col::Priorities);
        QVERIFY(!stored.isNull()); // stored NOT NULL: empty, not NULL
        QCOMPARE(stored.toString(), QString());
        QCOMPARE(u->count(), 2);
        noStep([&] { return edit::setPlacePriorities(*m_doc, 0, S("x")); });
    }

    void aims()
    {
        qint64 id = 0;
        oneStep(
            [&] {
                id = edit::addAim(*m_doc, f.place[0]);
                return id != 0;
            },
            S("Add aim"));
        const Row aim = s->row(Kind::Aim, id);
        QCOMPARE(aim.ref(col::PlaceId), f.place[0]);
        QCOMPARE(aim.str(col::Statement), QString());
        QCOMPARE(aim.position, 1);
        oneStep([&] { return edit::moveAim(*m_doc, id, 0); }, S("Reorder aims"));
        QCOMPARE(s->row(Kind::Aim, id).position, 0);
        oneStep([&] { return edit::removeAim(*m_doc, f.aim[0]); }, S("Delete aim"));
        QVERIFY(!idea(f.idea[0]).isValid());
        QCOMPARE(s->count(Kind::Driver, {{col::AimId, f.aim[0]}}), 0);
        noStep([&] { return edit::addAim(*m_doc, 0) != 0; });
        noStep([&] { return edit::removeAim(*m_doc, 0); });
    }

    void actions()
    {
        qint64 id = 0;
        oneStep(
            [&] {
                id = edit::addAction(*m_doc, f.place[0], S("carers"));
                return id != 0;
            },
            S("Add action"));
        QCOMPARE(s->row(Kind::Action, id).str(col::Cohort), S("carers"));
        QCOMPARE(s->row(Kind::Action, id).position, 2);
        qint64 plain = 0;
        oneStep(
            [&] {
                plain = edit::addAction(*m_doc, f.place[1]);
                return plain != 0;
            },
            S("Add action"));
        QVERIFY(!s->row(Kind::Action, plain).values.value(col::Cohort).isNull()); // empty, not NULL
        oneStep([&] { return edit::moveAction(*m_doc, id, 0); }, S("Reorder actions"));
        QCOMPARE(s->row(Kind::Action, id).position, 0);
        oneStep([&] { return edit::removeActions(*m_doc, {id, f.action[1]}); }, S("Delete 2 action(s)"));
        QVERIFY(!s->row(Kind::Action, id).isValid());
        QVERIFY(!s->row(Kind::Action, f.action[1]).isValid());
        oneStep([&] { return edit::removeActions(*m_doc, {plain}); }, S("Delete action"));
        noStep([&] { return edit::removeActions(*m_doc, {}); });
        noStep([&] { return edit::addAction(*m_doc, 0) != 0; });
        noStep([&] { return edit::moveAction(*m_doc, 0, 1); });
    }

    void noSessionNoEdit()
    {
        Document none;
        QVERIFY(!edit::moveIdeas(none, {{1, 0.1, 0.1, false}}));
        QVERIFY(!edit::nudgeIdeas(none, {1}, 0.1, 0.1));
        QVERIFY(!edit::deleteIdeas(none, {1}));
        QCOMPARE(edit::addIdea(none, 1, S("x")), 0);
        QCOMPARE(edit::addIdeas(none, 1, S("x")), 0);
        QVERIFY(!edit::editIdeaText(none, 1, S("x")));
        QCOMPARE(edit::makeActionFromIdea(none, 1), 0);
        QCOMPARE(edit::addPlace(none, S("x")), 0);
        QVERIFY(!edit::removePlace(none, 1));
        QVERIFY(!edit::movePlace(none, 1, 0));
        QVERIFY(!edit::setPlacePriorities(none, 1, S("x")));
        QCOMPARE(edit::addAim(none, 1), 0);
        QVERIFY(!edit::removeAim(none, 1));
        QVERIFY(!edit::moveAim(none, 1, 0));
        QCOMPARE(edit::addAction(none, 1), 0);
        QVERIFY(!edit::removeActions(none, {1}));
        QVERIFY(!edit::moveAction(none, 1, 0));
    }

    void readOnlyRefuses()
    {
        const QString path = m_doc->path();
        m_doc->close();
        QVERIFY(!m_doc->open(path, SessionFile::Mode::ReadOnly));
        s = m_doc->store();
        u = m_doc->undoStack();
        noStep([&] { return edit::moveIdeas(*m_doc, {{f.idea[0], 0.1, 0.1, false}}); });
        noStep([&] { return edit::addIdea(*m_doc, f.aim[0], S("x")) != 0; });
        noStep([&] { return edit::addPlace(*m_doc, S("x")) != 0; });
        noStep([&] { return edit::removeActions(*m_doc, {f.action[0]}); });
    }
};

QTEST_GUILESS_MAIN(TestPlaceEdits)
#include "test_placeedits.moc"
