// SPDX-License-Identifier: GPL-3.0-or-later
// Every edit is an undoable command: redo, undo, redo gives the same session each time; a macro
// is one step and all-or-nothing; typing merges; a read-only document takes no edits.
#include "Fixture.h"
#include "TestSupport.h"
#include "commands/RowCommands.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace rt;
using rt::test::dump;
using rt::test::positionProblem;
using rt::test::S;
using rt::test::vm;

class TestCommands : public test::EditTest
{
    Q_OBJECT

    QUndoCommand* make(const QString& name)
    {
        if (name == QLatin1String("insert note in the middle"))
            return new InsertRowCommand(
                s, Kind::Note, vm({{"table_id", f.table[0]}, {"prompt_id", f.prompt[0]}, {"text", S("new")}}),
                1);
        if (name == QLatin1String("insert driver under a parent"))
            return new InsertRowCommand(
                s, Kind::Driver, vm({{"aim_id", f.aim[0]}, {"parent_id", f.s1}, {"text", S("C3")}}), 0);
        if (name == QLatin1String("insert vote"))
            return new InsertRowCommand(
                s, Kind::Vote,
                vm({{"poll_id", f.poll[1]}, {"device", S("phone")}, {"answer", S("{\"choices\":[2]}")}}));
        if (name == QLatin1String("edit two fields of an idea"))
            return new EditRowCommand(s, Kind::Idea, f.idea[0], vm({{"impact", 0.1}, {"effort", 0.95}}));
        if (name == QLatin1String("edit event title"))
            return new EditRowCommand(s, Kind::Event, 1, vm({{"title", S("Health and work seminar")}}));
        if (name == QLatin1String("edit to NULL"))
            return new EditRowCommand(s, Kind::Action, f.action[0], vm({{"idea_id", QVariant()}}));
        if (name == QLatin1String("remove place (cascade)"))
            return new RemoveRowCommand(s, Kind::Place, f.place[0]);
        if (name == QLatin1String("remove poll (options, votes, agenda link)"))
            return new RemoveRowCommand(s, Kind::Poll, f.poll[0]);
        if (name == QLatin1String("remove middle driver"))
            return new RemoveRowCommand(s, Kind::Driver, f.s1);
        if (name == QLatin1String("remove table"))
            return new RemoveRowCommand(s, Kind::Table, f.table[0]);
        if (name == QLatin1String("move note within its list"))
            return new MoveRowCommand(s, Kind::Note, s->ids(Kind::Note).first(), {}, 2);
        if (name == QLatin1String("move note to another table and prompt"))
            return new MoveRowCommand(
                s, Kind::Note,
                s->ids(Kind::Note, vm({{"table_id", f.table[0]}, {"prompt_id", f.prompt[0]}})).first(),
                vm({{"table_id", f.table[1]}, {"prompt_id", f.prompt[2]}}), 0);
        if (name == QLatin1String("move aim to another place"))
            return new MoveRowCommand(s, Kind::Aim, f.aim[0], vm({{"place_id", f.place[1]}}), 1);
        if (name == QLatin1String("macro of everything")) {
            auto* m = new MacroCommand(s, S("Tidy"));
            new InsertRowCommand(s, Kind::Table, vm({{"number", 3}, {"topic", S("Addiction")}}), 0, {}, m);
            new EditRowCommand(s, Kind::Place, f.place[1], vm({{"name", S("Luton Borough")}}), {}, m);
            new MoveRowCommand(s, Kind::Idea, f.idea[1], {}, 0, {}, m);
            new RemoveRowCommand(s, Kind::Aim, f.aim[1], {}, m);
            new MoveRowCommand(s, Kind::Note, s->ids(Kind::Note).last(), vm({{"table_id", f.table[0]}}), 0,
                               {}, m);
            return m;
        }
        return nullptr;
    }

private slots:
    void init() { openFixture(); }
    void cleanup() { m_doc.reset(); }

    void redoUndoRedo_data()
    {
        QTest::addColumn<QString>("name");
        for (const char* n :
             {"insert note in the middle", "insert driver under a parent", "insert vote",
              "edit two fields of an idea", "edit event title", "edit to NULL", "remove place (cascade)",
              "remove poll (options, votes, agenda link)", "remove middle driver", "remove table",
              "move note within its list", "move note to another table and prompt",
              "move aim to another place", "macro of everything"})
            QTest::newRow(n) << S(n);
    }
    void redoUndoRedo()
    {
        QFETCH(QString, name);
        const QStringList before = dump(s);
        QUndoCommand* cmd = make(name);
        QVERIFY(cmd);
        QVERIFY(m_doc->push(cmd));
        QCOMPARE(u->count(), 1);
        const QStringList after = dump(s);
        QVERIFY(after != before);
        QCOMPARE(positionProblem(s), QString());
        for (int round = 0; round < 2; ++round) {
            u->undo();
            QCOMPARE(dump(s), before);
            u->redo();
            QCOMPARE(dump(s), after);
            QCOMPARE(positionProblem(s), QString());
        }
        // Still there after the file is closed and opened again: every step was committed.
        const QString path = m_doc->path();
        m_doc->close();
        QVERIFY(!m_doc->open(path));
        s = m_doc->store();
        QCOMPARE(dump(s), after);
    }

    void laterCommandsSeeTheSameIds()
    {
        // Undo of an insert and its redo give back the same id, so a later command that
        // refers to the row (a note in the new table) still works after undo/redo of both.
        const QStringList before = dump(s);
        auto* table = new InsertRowCommand(s, Kind::Table, vm({{"number", 5}}));
        QVERIFY(m_doc->push(table));
        const qint64 tableId = table->rowId();
        QVERIFY(m_doc->push(new InsertRowCommand(
            s, Kind::Note, vm({{"table_id", tableId}, {"prompt_id", f.prompt[0]}, {"text", S("x")}}))));
        const QStringList after = dump(s);
        u->undo();
        u->undo();
        QCOMPARE(dump(s), before);
        u->redo();
        QCOMPARE(s->row(Kind::Table, tableId).ref(QStringLiteral("number")), 5);
        u->redo();
        QCOMPARE(dump(s), after);
        QCOMPARE(s->count(Kind::Note, vm({{"table_id", tableId}})), 1);
    }

    void macroIsOneStepAndAtomic()
    {
        const QStringList before = dump(s);
        // The last child fails (impact outside 0..1): the earlier ones must not stay.
        auto* m = new MacroCommand(s, S("Add two"));
        new InsertRowCommand(s, Kind::Note,
                             vm({{"table_id", f.table[0]}, {"prompt_id", f.prompt[0]}, {"text", S("kept?")}}),
                             -1, {}, m);
        new EditRowCommand(s, Kind::Place, f.place[0], vm({{"name", S("Renamed")}}), {}, m);
        new InsertRowCommand(s, Kind::Idea, vm({{"aim_id", f.aim[0]}, {"impact", 7.0}}), -1, {}, m);
        m_doc->push(m);
        QCOMPARE(dump(s), before);
        QCOMPARE(u->count(), 0); // nothing to undo: nothing happened

        QVERIFY(m_doc->push(make(S("macro of everything"))));
        QCOMPARE(u->count(), 1);
        QCOMPARE(u->undoText(), S("Tidy"));
        u->undo();
        QCOMPARE(dump(s), before);
    }

    void typingMerges()
    {
        const QString original = s->row(Kind::Place, f.place[0]).str(QStringLiteral("name"));
        for (const char* text : {"B", "Be", "Bed", "Bedf"}) {
            auto* e = new EditRowCommand(s, Kind::Place, f.place[0], vm({{"name", S(text)}}));
            e->setMergeable(1);
            QVERIFY(m_doc->push(e));
        }
        QCOMPARE(u->count(), 1);
        QCOMPARE(s->row(Kind::Place, f.place[0]).str(QStringLiteral("name")), S("Bedf"));
        u->undo();
        QCOMPARE(s->row(Kind::Place, f.place[0]).str(QStringLiteral("name")), original);
        u->redo();
        QCOMPARE(s->row(Kind::Place, f.place[0]).str(QStringLiteral("name")), S("Bedf"));

        // Another field, another row, or an unmergeable edit: separate steps.
        auto* other = new EditRowCommand(s, Kind::Place, f.place[0], vm({{"priorities", S("Carers")}}));
        other->setMergeable(1);
        QVERIFY(m_doc->push(other));
        auto* otherRow = new EditRowCommand(s, Kind::Place, f.place[1], vm({{"priorities", S("Carers")}}));
        otherRow->setMergeable(1);
        QVERIFY(m_doc->push(otherRow));
        QVERIFY(m_doc->push(new EditRowCommand(s, Kind::Place, f.place[1], vm({{"priorities", S("Work")}}))));
        QVERIFY(m_doc->push(new EditRowCommand(s, Kind::Place, f.place[1], vm({{"priorities", S("Home")}}))));
        QCOMPARE(u->count(), 5);
        // A clean point stops merging: the saved state stays reachable.
        u->setClean();
        auto* after = new EditRowCommand(s, Kind::Place, f.place[1], vm({{"name", S("L")}}));
        after->setMergeable(1);
        QVERIFY(m_doc->push(after));
        QCOMPARE(u->count(), 6);
    }

    void failedCommandLeavesNoStep()
    {
        const QStringList before = dump(s);
        // push() says so (the caller keeps what was typed); a rule broken is not a disk failing.
        QSignalSpy saveFailed(m_doc.get(), &Document::saveFailed);
        QVERIFY(
            !m_doc->push(new InsertRowCommand(s, Kind::Idea, vm({{"aim_id", f.aim[0]}, {"effort", -1.0}}))));
        QVERIFY(m_doc->push(new RemoveRowCommand(s, Kind::Note, 424242))); // nothing there: nothing to do
        QVERIFY(!m_doc->push(new MoveRowCommand(s, Kind::Note, 424242, {}, 0)));
        QVERIFY(!m_doc->push(
            new EditRowCommand(s, Kind::Note, s->ids(Kind::Note).first(), vm({{"no_column", 1}}))));
        QCOMPARE(u->count(), 0);
        QCOMPARE(saveFailed.count(), 0);
        QVERIFY(!m_doc->hasSaveFailure());
        QCOMPARE(dump(s), before);
    }

    void readOnlyDocumentRefuses()
    {
        const QString path = m_doc->path();
        m_doc->close();
        QVERIFY(!m_doc->open(path, SessionFile::Mode::ReadOnly));
        s = m_doc->store();
        u = m_doc->undoStack();
        const QStringList before = dump(s);
        QSignalSpy refused(m_doc.get(), &Document::refused);
        QVERIFY(!m_doc->push(new EditRowCommand(s, Kind::Event, 1, vm({{"title", S("x")}}))));
        QVERIFY(!m_doc->push(new RemoveRowCommand(s, Kind::Place, f.place[0])));
        QVERIFY(!m_doc->push(new InsertRowCommand(s, Kind::Table, vm({{"number", 9}}))));
        QCOMPARE(refused.count(), 3);
        QVERIFY(refused.first().first().toString().contains(S("read-only")));
        QCOMPARE(u->count(), 0);
        QCOMPARE(dump(s), before);
    }
};

QTEST_GUILESS_MAIN(TestCommands)
#include "test_commands.moc"
