// SPDX-License-Identifier: GPL-3.0-or-later
// A merged session's conflicts (commands/MergeEdits.h, models/ConflictModel.h): using the other
// value of a field puts it in as one undo step and swaps the conflict (the value that was in use
// becomes the other, with its laptop and time), undo and redo go back and forth exactly, the
// model lists what, both values and their laptops, and refuses what cannot be used.
#include "Fixture.h"
#include "commands/MergeEdits.h"
#include "models/ConflictModel.h"
#include "store/Columns.h"
#include "store/IdentityRepository.h"

#include <QtTest>

using namespace rt;
using rt::test::dump;
using rt::test::positionProblem;
using rt::test::S;
using Conflict = IdentityRepository::Conflict;

namespace {
const QString LaptopB = S("device-b");
const QString BAt = S("2023-07-21T10:05:00.000Z");
} // namespace

class TestMergeEdits : public test::EditTest
{
    Q_OBJECT

    /** Records a conflict on @p field of a row: @p other written by laptop B. */
    Conflict record(Kind kind, qint64 id, const QString& field, const QVariant& other)
    {
        IdentityRepository repo(*s);
        [&] { QVERIFY(repo.addConflict({0, kind, id, field, other, LaptopB, BAt, S("b.roundtable")})); }();
        const QList<Conflict> all = repo.conflicts();
        return all.isEmpty() ? Conflict() : all.last();
    }

    /** The conflict list without ids (they are the repository's to give), one line each. */
    QStringList conflictDump() const
    {
        QStringList out;
        for (const Conflict& c : IdentityRepository(*s).conflicts())
            out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                       .arg(kindName(c.kind))
                       .arg(c.rowId)
                       .arg(c.field, c.other.isNull() ? S("NULL") : c.other.toString(), c.otherDevice,
                            c.otherAt, c.file);
        out.sort();
        return out;
    }

    /** The step is one undo step named as it should be; undo and redo restore rows and conflicts exactly. */
    void usedExactly(const Conflict& c)
    {
        const QStringList rows = dump(s);
        const QStringList conflicts = conflictDump();
        const int steps = u->count();
        QVERIFY(edit::useConflictValue(*m_doc, c));
        QCOMPARE(u->count(), steps + 1);
        QCOMPARE(u->undoText(), S("Use other value from merge"));
        QCOMPARE(positionProblem(s), QString());
        const QStringList rowsAfter = dump(s);
        const QStringList conflictsAfter = conflictDump();
        QVERIFY(rowsAfter != rows);
        QVERIFY(conflictsAfter != conflicts);
        QCOMPARE(conflictsAfter.size(), conflicts.size());
        for (int round = 0; round < 2; ++round) {
            u->undo();
            QCOMPARE(dump(s), rows);
            QCOMPARE(conflictDump(), conflicts);
            u->redo();
            QCOMPARE(dump(s), rowsAfter);
            QCOMPARE(conflictDump(), conflictsAfter);
        }
    }

private slots:
    void init()
    {
        openFixture();
        s->setDevice({S("device-a"), S("Table 1 laptop")});
        IdentityRepository repo(*s);
        QVERIFY(repo.putDevice(S("device-a"), S("Table 1 laptop"), BAt));
        QVERIFY(repo.putDevice(LaptopB, S("Table 3 laptop"), BAt));
    }
    void cleanup() { m_doc.reset(); }

    void textValueIsUsedAndSwapped()
    {
        QVERIFY(s->update(Kind::Table, f.table[1], col::Facilitator, S("Ann")));
        const Stamp kept = s->stamps(Kind::Table, f.table[1]).value(col::Facilitator);
        QCOMPARE(kept.device, S("device-a"));
        const Conflict c = record(Kind::Table, f.table[1], col::Facilitator, S("Anne"));
        usedExactly(c);
        QCOMPARE(s->row(Kind::Table, f.table[1]).str(col::Facilitator), S("Anne"));
        // The conflict now holds the value that was in use, with its laptop and time.
        const QList<Conflict> all = IdentityRepository(*s).conflicts();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all[0].other.toString(), S("Ann"));
        QCOMPARE(all[0].otherDevice, S("device-a"));
        QCOMPARE(all[0].otherAt, kept.at);
        QCOMPARE(all[0].file, S("b.roundtable"));
        // Using it again swaps them back.
        QVERIFY(edit::useConflictValue(*m_doc, all[0]));
        QCOMPARE(s->row(Kind::Table, f.table[1]).str(col::Facilitator), S("Ann"));
        QCOMPARE(IdentityRepository(*s).conflicts().value(0).other.toString(), S("Anne"));
    }

    void numbersFlagsAndMoves()
    {
        // A number kept as text in the conflict list goes back as a number.
        usedExactly(record(Kind::Table, f.table[0], col::Number, S("7")));
        QCOMPARE(s->row(Kind::Table, f.table[0]).values.value(col::Number).toLongLong(), 7);
        // A flag.
        const qint64 note = s->ids(Kind::Note, {{col::TableId, f.table[0]}, {col::PromptId, f.prompt[0]}})[0];
        QVERIFY(s->row(Kind::Note, note).flag(col::KeyPoint));
        usedExactly(record(Kind::Note, note, col::KeyPoint, 0));
        QVERIFY(!s->row(Kind::Note, note).flag(col::KeyPoint));
        // A note put on another table by the other laptop moves there.
        usedExactly(record(Kind::Note, note, col::TableId, f.table[1]));
        QCOMPARE(s->row(Kind::Note, note).ref(col::TableId), f.table[1]);
        // Its place in the list.
        const qint64 place = f.place[1];
        QCOMPARE(s->row(Kind::Place, place).position, 1);
        usedExactly(record(Kind::Place, place, col::Position, 0));
        QCOMPARE(s->row(Kind::Place, place).position, 0);
    }

    void whatCannotBeUsedIsRefused()
    {
        // The value in use already.
        const Conflict same = record(Kind::Table, f.table[0], col::Topic, S("MSK"));
        noStep([&] { return edit::useConflictValue(*m_doc, same); });
        // A deleted row.
        const Conflict gone = record(Kind::Idea, f.idea[2], col::Text, S("pop-in"));
        QVERIFY(!s->remove(Kind::Idea, f.idea[2]).isEmpty());
        noStep([&] { return edit::useConflictValue(*m_doc, gone); });
        // A reference to a row that is not there, a driver under itself, a field no kind has.
        noStep([&] {
            return edit::useConflictValue(*m_doc,
                                          record(Kind::Note, s->ids(Kind::Note)[0], col::TableId, 42));
        });
        noStep(
            [&] { return edit::useConflictValue(*m_doc, record(Kind::Driver, f.p1, col::ParentId, f.c1)); });
        noStep([&] {
            return edit::useConflictValue(*m_doc, record(Kind::Table, f.table[0], S("colour"), S("red")));
        });
    }

    void modelListsBothValues()
    {
        QVERIFY(s->update(Kind::Table, f.table[1], col::Facilitator, S("Ann")));
        record(Kind::Table, f.table[1], col::Facilitator, S("Anne"));
        record(Kind::Place, f.place[0], col::Name, S("Bedford"));
        record(Kind::Table, f.table[0], col::Topic, S("MSK")); // same as in use
        ConflictModel model(m_doc.get());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(ConflictModel::ColumnCount));
        // Tables before places; then by what.
        auto cell = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(cell(0, ConflictModel::WhatColumn), S("Table 1 \"MSK\" – topic"));
        QCOMPARE(cell(1, ConflictModel::WhatColumn), S("Table 2 \"Carers\" – facilitator"));
        QCOMPARE(cell(2, ConflictModel::WhatColumn), S("Place \"Bedford Borough\" – name"));
        QCOMPARE(cell(1, ConflictModel::InUseColumn), S("Ann"));
        QVERIFY2(cell(1, ConflictModel::InUseFromColumn).startsWith(S("Table 1 laptop (this laptop), ")),
                 qPrintable(cell(1, ConflictModel::InUseFromColumn)));
        QCOMPARE(cell(1, ConflictModel::OtherColumn), S("Anne"));
        QVERIFY2(cell(1, ConflictModel::OtherFromColumn).startsWith(S("Table 3 laptop, ")),
                 qPrintable(cell(1, ConflictModel::OtherFromColumn)));
        QVERIFY(!model.isUsable(0));
        QVERIFY(!model.unusableReason(0).isEmpty());
        QVERIFY(model.isUsable(1));
        QVERIFY(model.isUsable(2));

        // Used: the two swap in the list, in place; undo swaps them back.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(edit::useConflictValue(*m_doc, model.conflict(1)));
        QCOMPARE(cell(1, ConflictModel::InUseColumn), S("Anne"));
        QCOMPARE(cell(1, ConflictModel::OtherColumn), S("Ann"));
        QVERIFY(cell(1, ConflictModel::OtherFromColumn).startsWith(S("Table 1 laptop (this laptop), ")));
        QVERIFY(model.isUsable(1));
        u->undo();
        QCOMPARE(cell(1, ConflictModel::InUseColumn), S("Ann"));
        QCOMPARE(cell(1, ConflictModel::OtherColumn), S("Anne"));
        QCOMPARE(reset.count(), 0);

        // A deleted row is listed, and cannot be used.
        QVERIFY(!s->remove(Kind::Place, f.place[0]).isEmpty());
        model.reload();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(2, ConflictModel::WhatColumn), S("A deleted place – name"));
        QVERIFY(!model.isUsable(2));
    }

    void readOnlySessionCannotUse()
    {
        QVERIFY(s->update(Kind::Table, f.table[1], col::Facilitator, S("Ann")));
        record(Kind::Table, f.table[1], col::Facilitator, S("Anne"));
        const QString path = m_doc->path();
        m_doc.reset();
        Document doc;
        QVERIFY(!doc.open(path, SessionFile::Mode::ReadOnly));
        ConflictModel model(&doc);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.isUsable(0));
        QVERIFY(!edit::useConflictValue(doc, model.conflict(0)));
        QCOMPARE(doc.store()->row(Kind::Table, f.table[1]).str(col::Facilitator), S("Ann"));
    }
};

QTEST_GUILESS_MAIN(TestMergeEdits)
#include "test_mergeedits.moc"
