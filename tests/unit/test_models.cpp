// SPDX-License-Identifier: GPL-3.0-or-later
// RowListModel: a correct Qt model (QAbstractItemModelTester, fatal) through every change; it
// follows the store whoever edits; its edits and drops are single undo steps.
#include "Fixture.h"
#include "TestSupport.h"
#include "commands/RowCommands.h"
#include "models/RowListModel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QtTest>

using namespace rt;
using rt::test::dump;
using rt::test::positionProblem;
using rt::test::S;
using rt::test::vm;

namespace {
QStringList texts(const RowListModel& m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.data(m.index(r, 0)).toString();
    return out;
}
QList<qint64> ids(const RowListModel& m)
{
    QList<qint64> out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.idAt(r);
    return out;
}
} // namespace

class TestModels : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::unique_ptr<Document> m_doc;
    Store* s = nullptr;
    test::Fixture f;

    std::unique_ptr<RowListModel> notes(int table, int prompt)
    {
        auto m = std::make_unique<RowListModel>(m_doc.get(), Kind::Note,
                                                QStringList {S("text"), S("key_point")});
        m->setFilter(vm({{"table_id", f.table[table]}, {"prompt_id", f.prompt[prompt]}}));
        return m;
    }
    /** Store order of a list, to check that the model agrees with it. */
    QList<qint64> stored(int table, int prompt) const
    {
        return s->ids(Kind::Note, vm({{"table_id", f.table[table]}, {"prompt_id", f.prompt[prompt]}}));
    }

private slots:
    void init()
    {
        static int n = 0;
        m_doc = std::make_unique<Document>();
        QVERIFY(!m_doc->create(m_tmp.filePath(QStringLiteral("m%1.roundtable").arg(++n))));
        s = m_doc->store();
        f = {};
        QVERIFY(f.build(s));
    }
    void cleanup() { m_doc.reset(); }

    void followsEveryChange()
    {
        auto m = notes(0, 0);
        QAbstractItemModelTester tester(m.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(m.get());
        proxy.setFilterFixedString(S("n1"));
        proxy.setFilterKeyColumn(0);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(texts(*m), (QStringList {S("t0 p0 n0"), S("t0 p0 n1"), S("t0 p0 n2")}));
        QCOMPARE(m->data(m->index(0, 1), Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(m->headerData(0, Qt::Horizontal).toString(), S("text"));
        QCOMPARE(proxy.rowCount(), 1);

        // Insert in the middle: one rowsInserted at 1.
        QSignalSpy inserted(m.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy resets(m.get(), &QAbstractItemModel::modelReset);
        QVERIFY(m_doc->push(new InsertRowCommand(
            s, Kind::Note, vm({{"table_id", f.table[0]}, {"prompt_id", f.prompt[0]}, {"text", S("new n1")}}),
            1)));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 1);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(ids(*m), stored(0, 0));
        QCOMPARE(proxy.rowCount(), 2);

        // An insert elsewhere does not touch this list.
        inserted.clear();
        QVERIFY(m_doc->push(new InsertRowCommand(
            s, Kind::Note, vm({{"table_id", f.table[1]}, {"prompt_id", f.prompt[0]}, {"text", S("x")}}))));
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(resets.count(), 0);

        // Edit: one dataChanged on that cell.
        QSignalSpy changed(m.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(m_doc->push(new EditRowCommand(s, Kind::Note, m->idAt(2), vm({{"text", S("edited")}}))));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), m->index(2, 0));
        QCOMPARE(m->data(m->index(2, 0)).toString(), S("edited"));

        // Remove: one rowsRemoved.
        QSignalSpy removed(m.get(), &QAbstractItemModel::rowsRemoved);
        QVERIFY(m_doc->push(new RemoveRowCommand(s, Kind::Note, m->idAt(0))));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 0);
        QCOMPARE(ids(*m), stored(0, 0));

        // Move within the list, and out of it, and undo all of it.
        QVERIFY(m_doc->push(new MoveRowCommand(s, Kind::Note, m->idAt(0), {}, 2)));
        QCOMPARE(ids(*m), stored(0, 0));
        QVERIFY(
            m_doc->push(new MoveRowCommand(s, Kind::Note, m->idAt(0), vm({{"prompt_id", f.prompt[1]}}), 0)));
        QCOMPARE(m->rowCount(), 2);
        QCOMPARE(ids(*m), stored(0, 0));
        while (m_doc->undoStack()->canUndo())
            m_doc->undoStack()->undo();
        QCOMPARE(texts(*m), (QStringList {S("t0 p0 n0"), S("t0 p0 n1"), S("t0 p0 n2")}));
        while (m_doc->undoStack()->canRedo())
            m_doc->undoStack()->redo();
        QCOMPARE(ids(*m), stored(0, 0));

        // Deleting the whole table empties the list; undo brings it back.
        QVERIFY(m_doc->push(new RemoveRowCommand(s, Kind::Table, f.table[0])));
        QCOMPARE(m->rowCount(), 0);
        m_doc->undoStack()->undo();
        QCOMPARE(ids(*m), stored(0, 0));

        // Another filter.
        m->setFilter(vm({{"table_id", f.table[1]}, {"prompt_id", f.prompt[2]}}));
        QCOMPARE(texts(*m), (QStringList {S("t1 p2 n0"), S("t1 p2 n1"), S("t1 p2 n2")}));

        // Closing the document empties the model; opening it again refills it.
        const QString path = m_doc->path();
        m_doc->close();
        QCOMPARE(m->rowCount(), 0);
        QVERIFY(!m_doc->open(path));
        s = m_doc->store();
        QCOMPARE(texts(*m), (QStringList {S("t1 p2 n0"), S("t1 p2 n1"), S("t1 p2 n2")}));
    }

    void reorderIsAMoveNotAReset()
    {
        // A view keeps its selection and scroll position through a drag within the list only
        // if the model reports a move, not a reset.
        auto m = notes(0, 0);
        QAbstractItemModelTester tester(m.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        const QList<qint64> before = ids(*m);
        QSignalSpy moved(m.get(), &QAbstractItemModel::rowsMoved);
        QSignalSpy resets(m.get(), &QAbstractItemModel::modelReset);
        QPersistentModelIndex current(m->index(0, 0));
        QVERIFY(m_doc->push(new MoveRowCommand(s, Kind::Note, before[0], {}, 2))); // down
        QCOMPARE(ids(*m), (QList<qint64> {before[1], before[2], before[0]}));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(moved.first().at(1).toInt(), 0); // source row
        QCOMPARE(moved.first().at(4).toInt(), 3); // destination (before row 3)
        QCOMPARE(current.row(), 2); // the selection follows the row
        QVERIFY(m_doc->push(new MoveRowCommand(s, Kind::Note, before[2], {}, 0))); // up
        QCOMPARE(ids(*m), (QList<qint64> {before[2], before[1], before[0]}));
        QCOMPARE(moved.count(), 2);
        QCOMPARE(moved.last().at(1).toInt(), 1);
        QCOMPARE(moved.last().at(4).toInt(), 0);
        m_doc->undoStack()->undo();
        m_doc->undoStack()->undo();
        QCOMPARE(ids(*m), before);
        QCOMPARE(current.row(), 0);
        QCOMPARE(moved.count(), 4);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(m->data(m->index(0, 0), RowListModel::RowRole).value<Row>().position, 0);
        QCOMPARE(m->data(m->index(2, 0), RowListModel::RowRole).value<Row>().position, 2);
    }

    void editCanBringARowIn()
    {
        // Drivers linked to idea 0: linking another driver to it brings that driver into the list.
        RowListModel linked(m_doc.get(), Kind::Driver, {S("text")});
        QAbstractItemModelTester tester(&linked, QAbstractItemModelTester::FailureReportingMode::Fatal);
        linked.setFilter(vm({{"idea_id", f.idea[0]}}));
        QCOMPARE(texts(linked), QStringList {S("C1")});
        QVERIFY(m_doc->push(new EditRowCommand(s, Kind::Driver, f.c2, vm({{"idea_id", f.idea[0]}}))));
        QCOMPARE(texts(linked), (QStringList {S("C1"), S("C2")}));
        QVERIFY(m_doc->push(new EditRowCommand(s, Kind::Driver, f.c1, vm({{"idea_id", f.idea[1]}}))));
        QCOMPARE(texts(linked), QStringList {S("C2")});
        // Deleting the idea clears the link: the list empties; undo brings both back.
        QVERIFY(m_doc->push(new RemoveRowCommand(s, Kind::Idea, f.idea[0])));
        QCOMPARE(linked.rowCount(), 0);
        m_doc->undoStack()->undo();
        QCOMPARE(texts(linked), QStringList {S("C2")});
    }

    void failedMacroLeavesNoPhantoms()
    {
        auto m = notes(0, 0);
        QAbstractItemModelTester tester(m.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        const QStringList before = texts(*m);
        auto* macro = new MacroCommand(s, S("Paste"));
        new InsertRowCommand(
            s, Kind::Note, vm({{"table_id", f.table[0]}, {"prompt_id", f.prompt[0]}, {"text", S("phantom")}}),
            -1, {}, macro);
        new InsertRowCommand(s, Kind::Idea, vm({{"aim_id", f.aim[0]}, {"impact", 3.0}}), -1, {},
                             macro); // fails
        m_doc->push(macro);
        QCOMPARE(s->count(Kind::Note, m->filter()), 3);
        QCOMPARE(texts(*m), before);
    }

    void setDataIsUndoable()
    {
        auto m = notes(0, 1);
        QAbstractItemModelTester tester(m.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QUndoStack* u = m_doc->undoStack();
        const qint64 id = m->idAt(1);
        QVERIFY(m->flags(m->index(1, 0)) & Qt::ItemIsEditable);
        QVERIFY(m->flags(m->index(1, 1)) & Qt::ItemIsUserCheckable);
        QVERIFY(m->setData(m->index(1, 0), S("typed by the facilitator")));
        QCOMPARE(u->count(), 1);
        QCOMPARE(s->row(Kind::Note, id).str(S("text")), S("typed by the facilitator"));
        QVERIFY(m->setData(m->index(1, 1), int(Qt::Checked), Qt::CheckStateRole));
        QCOMPARE(u->count(), 2);
        QVERIFY(s->row(Kind::Note, id).flag(S("key_point")));
        QVERIFY(m->setData(m->index(1, 0), S("typed by the facilitator"))); // no change: no step
        QCOMPARE(u->count(), 2);
        u->undo();
        u->undo();
        QCOMPARE(m->data(m->index(1, 0)).toString(), S("t0 p1 n1"));
        QCOMPARE(m->data(m->index(1, 1), Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QCOMPARE(s->row(Kind::Note, id).str(S("text")), S("t0 p1 n1"));
        QVERIFY(!m->setData(m->index(1, 0), S("x"), Qt::DisplayRole));
    }

    void dragWithinAList_data()
    {
        QTest::addColumn<QList<int>>("dragged");
        QTest::addColumn<int>("dropAt");
        QTest::addColumn<QList<int>>("order"); // by original row
        QTest::newRow("last to first") << QList<int> {2} << 0 << QList<int> {2, 0, 1};
        QTest::newRow("first to end") << QList<int> {0} << 3 << QList<int> {1, 2, 0};
        QTest::newRow("first before last") << QList<int> {0} << 2 << QList<int> {1, 0, 2};
        QTest::newRow("two to end") << QList<int> {0, 1} << -1 << QList<int> {2, 0, 1};
        QTest::newRow("two split, to middle") << QList<int> {0, 2} << 1 << QList<int> {0, 2, 1};
        QTest::newRow("onto itself") << QList<int> {1} << 1 << QList<int> {0, 1, 2};
    }
    void dragWithinAList()
    {
        QFETCH(QList<int>, dragged);
        QFETCH(int, dropAt);
        QFETCH(QList<int>, order);
        auto m = notes(1, 1);
        QAbstractItemModelTester tester(m.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        const QList<qint64> original = ids(*m);
        const QStringList before = dump(s);
        QModelIndexList indexes;
        for (int r : dragged)
            indexes << m->index(r, 0) << m->index(r, 1);
        std::unique_ptr<QMimeData> mime(m->mimeData(indexes));
        QVERIFY(mime->hasFormat(RowListModel::mimeType()));
        QVERIFY(m->canDropMimeData(mime.get(), Qt::MoveAction, dropAt, 0, {}));
        QVERIFY(!m->canDropMimeData(mime.get(), Qt::CopyAction, dropAt, 0, {}));
        m->dropMimeData(mime.get(), Qt::MoveAction, dropAt, 0, {});
        QList<qint64> expected;
        for (int r : order)
            expected << original[r];
        QCOMPARE(ids(*m), expected);
        QCOMPARE(stored(1, 1), expected);
        QCOMPARE(positionProblem(s), QString());
        QVERIFY(m_doc->undoStack()->count() <= 1);
        if (m_doc->undoStack()->count()) {
            m_doc->undoStack()->undo();
            QCOMPARE(dump(s), before);
            QCOMPARE(ids(*m), original);
        }
    }

    void dragBetweenLists()
    {
        // Notes of prompt A dragged onto prompt B's list (same table), as one undo step.
        auto a = notes(0, 0);
        auto b = notes(0, 1);
        QAbstractItemModelTester ta(a.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester tb(b.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        const QList<qint64> aIds = ids(*a), bIds = ids(*b);
        const QStringList before = dump(s);
        std::unique_ptr<QMimeData> mime(a->mimeData({a->index(2, 0), a->index(0, 0)}));
        QVERIFY(b->canDropMimeData(mime.get(), Qt::MoveAction, 1, 0, {}));
        b->dropMimeData(mime.get(), Qt::MoveAction, 1, 0, {});
        QCOMPARE(ids(*a), QList<qint64> {aIds[1]});
        // Dropped in the order they were picked up, together, at row 1.
        QCOMPARE(ids(*b), (QList<qint64> {bIds[0], aIds[2], aIds[0], bIds[1], bIds[2]}));
        QCOMPARE(stored(0, 1), ids(*b));
        QCOMPARE(s->row(Kind::Note, aIds[0]).ref(S("prompt_id")), f.prompt[1]);
        QCOMPARE(positionProblem(s), QString());
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QCOMPARE(m_doc->undoStack()->undoText(), S("Move 2 item(s)"));
        m_doc->undoStack()->undo();
        QCOMPARE(dump(s), before);
        QCOMPARE(ids(*a), aIds);
        QCOMPARE(ids(*b), bIds);
        m_doc->undoStack()->redo();
        QCOMPARE(ids(*a), QList<qint64> {aIds[1]});

        // To another table's list, at the end.
        auto c = notes(1, 2);
        QAbstractItemModelTester tc(c.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        std::unique_ptr<QMimeData> one(a->mimeData({a->index(0, 0)}));
        c->dropMimeData(one.get(), Qt::MoveAction, -1, 0, {});
        QCOMPARE(a->rowCount(), 0);
        QCOMPARE(c->idAt(3), aIds[1]);
        QCOMPARE(s->row(Kind::Note, aIds[1]).ref(S("table_id")), f.table[1]);
    }

    void dropsThatAreRefused()
    {
        auto m = notes(0, 0);
        RowListModel ideas(m_doc.get(), Kind::Idea, {S("text")});
        ideas.setFilter(vm({{"aim_id", f.aim[0]}}));
        std::unique_ptr<QMimeData> ideaMime(ideas.mimeData({ideas.index(0, 0)}));
        QVERIFY(!m->canDropMimeData(ideaMime.get(), Qt::MoveAction, 0, 0, {}));
        QVERIFY(!m->dropMimeData(ideaMime.get(), Qt::MoveAction, 0, 0, {}));
        QMimeData plain;
        plain.setText(S("dragged from another program"));
        QVERIFY(!m->canDropMimeData(&plain, Qt::MoveAction, 0, 0, {}));
        QMimeData broken;
        broken.setData(RowListModel::mimeType(), QByteArray("\x01\x02", 2));
        QVERIFY(!m->canDropMimeData(&broken, Qt::MoveAction, 0, 0, {}));
        QCOMPARE(m_doc->undoStack()->count(), 0);
    }

    void readOnlyModel()
    {
        const QString path = m_doc->path();
        m_doc->close();
        QVERIFY(!m_doc->open(path, SessionFile::Mode::ReadOnly));
        s = m_doc->store();
        auto m = notes(0, 0);
        QAbstractItemModelTester tester(m.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(m->rowCount(), 3);
        QVERIFY(!(m->flags(m->index(0, 0)) & Qt::ItemIsEditable));
        QVERIFY(!m->setData(m->index(0, 0), S("x")));
        std::unique_ptr<QMimeData> mime(m->mimeData({m->index(0, 0)}));
        QVERIFY(!m->canDropMimeData(mime.get(), Qt::MoveAction, 2, 0, {}));
        QCOMPARE(texts(*m), (QStringList {S("t0 p0 n0"), S("t0 p0 n1"), S("t0 p0 n2")}));
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "test_models.moc"
