// SPDX-License-Identifier: GPL-3.0-or-later
// The facade's note, prompt, table, agenda and event edits (commands/NoteEdits.h, AgendaEdits.h,
// EventEdits.h): each does what it says as one undo step with its undo text, undo restores the
// session exactly and redo again, and typing in one field merges into one step.
#include "Fixture.h"
#include "TestSupport.h"
#include "commands/AgendaEdits.h"
#include "commands/EventEdits.h"
#include "commands/NoteEdits.h"
#include "store/Columns.h"

#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using namespace rt;
using rt::test::dump;
using rt::test::positionProblem;
using rt::test::S;

class TestNoteEdits : public test::EditTest
{
    Q_OBJECT

    QList<Row> notes(qint64 table, qint64 prompt) const
    {
        return s->rows(Kind::Note, {{col::TableId, table}, {col::PromptId, prompt}});
    }
    QStringList texts(qint64 table, qint64 prompt) const
    {
        QStringList out;
        for (const Row& r : notes(table, prompt))
            out << r.str(col::Text);
        return out;
    }

private slots:
    void init() { openFixture(); }
    void cleanup() { m_doc.reset(); }

    void addNotes()
    {
        const qint64 t = f.table[0], p = f.prompt[1];
        oneStep([&] { return edit::addNotes(*m_doc, t, p, {S("  One  ")}); }, S("Add note"));
        QCOMPARE(texts(t, p).last(), S("One"));
        const Row added = notes(t, p).last();
        QVERIFY(!added.flag(col::KeyPoint));
        QVERIFY(!added.str(col::Created).isEmpty());
        QCOMPARE(added.str(col::Edited), added.str(col::Created));

        oneStep(
            [&] {
                return edit::addNotes(*m_doc, t, p, {S("a"), S(" "), S("b"), S("c")}, 1);
            },
            S("Add 3 note(s)"));
        QCOMPARE(texts(t, p).mid(1, 3), (QStringList {S("a"), S("b"), S("c")}));

        const int steps = u->count();
        QVERIFY(!edit::addNotes(*m_doc, t, p, {S("  "), QString()})); // blank: nothing, no step
        QCOMPARE(u->count(), steps);
        QCOMPARE(edit::splitNotes(S("x\r\n\n y \u2028z")), (QStringList {S("x"), S("y"), S("z")}));
        QCOMPARE(edit::cleanNote(S("\t keep  inner  \n")), S("keep  inner"));
    }

    void editNoteTextAndKeyPoints()
    {
        const QList<Row> list = notes(f.table[0], f.prompt[0]);
        const qint64 note = list[1].id;
        oneStep([&] { return edit::editNoteText(*m_doc, note, S(" Changed ")); }, S("Edit note"));
        QCOMPARE(s->row(Kind::Note, note).str(col::Text), S("Changed"));
        QVERIFY(!edit::editNoteText(*m_doc, note, S("   "))); // never left blank

        oneStep([&] { return edit::setKeyPoint(*m_doc, {note}, true); }, S("Mark key point"));
        QVERIFY(s->row(Kind::Note, note).flag(col::KeyPoint));
        oneStep([&] { return edit::setKeyPoint(*m_doc, {note}, false); }, S("Unmark key point"));
        oneStep(
            [&] {
                return edit::setKeyPoint(*m_doc, {list[1].id, list[2].id}, true);
            },
            S("Mark key points"));
        QVERIFY(s->row(Kind::Note, list[2].id).flag(col::KeyPoint));
        oneStep(
            [&] {
                return edit::setKeyPoint(*m_doc, {list[0].id, list[2].id}, false);
            },
            S("Unmark key points"));
        QVERIFY(!s->row(Kind::Note, list[0].id).flag(col::KeyPoint));
    }

    void moveNotes()
    {
        const qint64 t0 = f.table[0], t1 = f.table[1], p0 = f.prompt[0], p2 = f.prompt[2];
        QList<Row> list = notes(t0, p0);
        oneStep([&] { return edit::moveNote(*m_doc, list[0].id, t1, p2, 0); }, S("Move note"));
        QCOMPARE(notes(t1, p2).first().id, list[0].id);

        list = notes(t0, p0);
        oneStep(
            [&] {
                return edit::moveNotesTo(*m_doc, {list[1].id, list[0].id}, t0, p2);
            },
            S("Move 2 note(s)"));
        QCOMPARE(notes(t0, p2).last().id, list[0].id); // in the order given
        QCOMPARE(notes(t0, p2).at(3).id, list[1].id);

        list = notes(t0, f.prompt[1]);
        oneStep([&] { return edit::moveNotesToTable(*m_doc, {list[0].id}, t1); },
                S("Move note to Table 2 · Carers"));
        QCOMPARE(notes(t1, f.prompt[1]).last().id, list[0].id); // same prompt, other table
        list = notes(t0, f.prompt[1]);
        oneStep(
            [&] {
                return edit::moveNotesToTable(*m_doc, {list[0].id, list[1].id}, t1);
            },
            S("Move 2 note(s) to Table 2 · Carers"));
        QVERIFY(notes(t0, f.prompt[1]).isEmpty());
    }

    void moveNotesBy()
    {
        const qint64 t = f.table[1], p = f.prompt[1];
        const QList<Row> list = notes(t, p); // n0 n1 n2
        oneStep([&] { return edit::moveNotesBy(*m_doc, {list[0].id, list[1].id}, 1); }, S("Move 2 note(s)"));
        QCOMPARE(texts(t, p), (QStringList {S("t1 p1 n2"), S("t1 p1 n0"), S("t1 p1 n1")}));
        oneStep([&] { return edit::moveNotesBy(*m_doc, {list[0].id}, -1); }, S("Move note"));
        QCOMPARE(texts(t, p), (QStringList {S("t1 p1 n0"), S("t1 p1 n2"), S("t1 p1 n1")}));
        // At the edge: nothing to do and nothing to undo.
        const int steps = u->count();
        QVERIFY(!edit::moveNotesBy(*m_doc, {list[0].id}, -1));
        QVERIFY(!edit::moveNotesBy(*m_doc, {list[2].id, list[1].id}, 1));
        QCOMPARE(u->count(), steps);
    }

    void removeNotes()
    {
        const QList<Row> list = notes(f.table[0], f.prompt[0]);
        oneStep([&] { return edit::removeNotes(*m_doc, {list[1].id}); }, S("Delete note"));
        oneStep([&] { return edit::removeNotes(*m_doc, {list[0].id, list[2].id}); }, S("Delete 2 note(s)"));
        QVERIFY(notes(f.table[0], f.prompt[0]).isEmpty());
        QCOMPARE(texts(f.table[0], f.prompt[1]).size(), 3); // the other lists keep theirs
        QVERIFY(!edit::removeNotes(*m_doc, {}));
    }

    void prompts()
    {
        qint64 id = 0;
        oneStep(
            [&] {
                id = edit::addPrompt(*m_doc, S("What next?"));
                return id > 0;
            },
            S("Add prompt"));
        const Row p = s->row(Kind::Prompt, id);
        QCOMPARE(p.str(col::Question), S("What next?"));
        QCOMPARE(p.str(col::Key), S("prompt_4"));
        QCOMPARE(s->rows(Kind::Prompt).last().id, id);

        oneStep([&] { return edit::editPrompt(*m_doc, id, S(" What then? ")); }, S("Edit prompt"));
        QCOMPARE(s->row(Kind::Prompt, id).str(col::Question), S("What then?"));
        QVERIFY(!edit::editPrompt(*m_doc, id, S("What then?")));
        QVERIFY(!edit::editPrompt(*m_doc, id, S("  ")));

        // Its notes go with it and come back with undo.
        QVERIFY(edit::addNotes(*m_doc, f.table[0], id, {S("x"), S("y")}));
        oneStep([&] { return edit::removePrompt(*m_doc, id); }, S("Remove prompt “What then?”"));
        QCOMPARE(s->count(Kind::Note, {{col::PromptId, id}}), 0);
    }

    void tables()
    {
        qint64 id = 0;
        oneStep(
            [&] {
                id = edit::addTable(*m_doc);
                return id > 0;
            },
            S("Add table"));
        QCOMPARE(s->row(Kind::Table, id).ref(col::Number), 3);
        QCOMPARE(s->row(Kind::Table, id).str(col::Topic), QString());

        oneStep([&] { return edit::editTable(*m_doc, id, {7, S("Housing"), S("Ann")}); }, S("Edit table"));
        const Row t = s->row(Kind::Table, id);
        QCOMPARE(t.ref(col::Number), 7);
        QCOMPARE(t.str(col::Topic), S("Housing"));
        QCOMPARE(t.str(col::Facilitator), S("Ann"));
        QVERIFY(!edit::editTable(*m_doc, id, {7, S("Housing"), S("Ann")})); // nothing changed
        oneStep([&] { return edit::editTable(*m_doc, id, {7, QString(), S("Ann")}); }, S("Edit table"));
        QVERIFY(!s->row(Kind::Table, id).values.value(col::Topic).isNull()); // "" never NULL

        oneStep([&] { return edit::moveTable(*m_doc, id, 0); }, S("Move table"));
        QCOMPARE(s->rows(Kind::Table).first().id, id);

        // The table's notes go with it and come back with undo.
        oneStep([&] { return edit::removeTable(*m_doc, f.table[1]); }, S("Delete Table 2 · Carers"));
        QCOMPARE(s->count(Kind::Note, {{col::TableId, f.table[1]}}), 0);
    }

    void tableTypingMerges()
    {
        const qint64 id = f.table[0];
        const QStringList before = dump(s);
        for (const char* text : {"H", "Ho", "Hou"})
            QVERIFY(edit::editTableText(*m_doc, id, edit::TableText::Topic, S(text)));
        QCOMPARE(u->count(), 1);
        QCOMPARE(u->undoText(), S("Edit table"));
        QVERIFY(edit::editTableText(*m_doc, id, edit::TableText::Facilitator, S("Bo")));
        QCOMPARE(u->count(), 2); // another field: another step
        u->undo();
        u->undo();
        QCOMPARE(dump(s), before);
        u->redo();
        QCOMPARE(s->row(Kind::Table, id).str(col::Topic), S("Hou"));
    }

    void agendaItems()
    {
        // Times for the fixture's items, so a new one has somewhere to start.
        QVERIFY(edit::editAgendaItem(*m_doc, f.agenda[0], edit::AgendaText::Start, S("9:00")));
        QCOMPARE(s->row(Kind::AgendaItem, f.agenda[0]).str(col::Start), S("09:00"));
        oneStep([&] { return edit::editAgendaItem(*m_doc, f.agenda[0], edit::AgendaText::End, S(" 9.45 ")); },
                S("Edit agenda item"));
        QCOMPARE(s->row(Kind::AgendaItem, f.agenda[0]).str(col::End), S("09:45"));
        QVERIFY(edit::editAgendaItem(*m_doc, f.agenda[1], edit::AgendaText::Start, S("soon")));
        QCOMPARE(s->row(Kind::AgendaItem, f.agenda[1]).str(col::Start), S("soon")); // kept, flagged
        QVERIFY(!edit::editAgendaItem(*m_doc, f.agenda[1], edit::AgendaText::Start, S("soon")));

        qint64 id = 0;
        oneStep(
            [&] {
                id = edit::addAgendaItem(*m_doc, 1, S("Coffee"));
                return id > 0;
            },
            S("Add agenda item"));
        Row r = s->row(Kind::AgendaItem, id);
        QCOMPARE(r.position, 1);
        QCOMPARE(r.str(col::Start), S("09:45")); // when the one before ends
        QCOMPARE(r.str(col::End), S("10:15"));
        QCOMPARE(r.str(col::Kind), S("plenary"));
        QCOMPARE(r.str(col::Title), S("Coffee"));
        const qint64 first = edit::addAgendaItem(*m_doc, 0, S("Arrive"));
        QCOMPARE(s->row(Kind::AgendaItem, first).str(col::Start), S("09:00")); // nothing before it

        oneStep([&] { return edit::attachPoll(*m_doc, id, f.poll[1]); }, S("Attach poll"));
        QCOMPARE(s->row(Kind::AgendaItem, id).ref(col::PollId), f.poll[1]);
        QVERIFY(edit::attachPoll(*m_doc, id, 0));
        QVERIFY(s->row(Kind::AgendaItem, id).values.value(col::PollId).isNull());

        oneStep([&] { return edit::removeAgendaItem(*m_doc, id); }, S("Delete “Coffee”"));
        QVERIFY(!s->row(Kind::AgendaItem, id).isValid());
    }

    void reorderAgendaKeepsDurations()
    {
        // 09:00-09:30, 09:30-10:30, 10:30-10:45: moving the last to the front keeps each length.
        const char* times[][2] = {{"09:00", "09:30"}, {"09:30", "10:30"}, {"10:30", "10:45"}};
        for (int i = 0; i < 3; ++i) {
            QVERIFY(edit::editAgendaItem(*m_doc, f.agenda[i], edit::AgendaText::Start, S(times[i][0])));
            QVERIFY(edit::editAgendaItem(*m_doc, f.agenda[i], edit::AgendaText::End, S(times[i][1])));
        }
        oneStep([&] { return edit::reorderAgenda(*m_doc, 2, 0); }, S("Move “close”"));
        const QList<Row> items = s->rows(Kind::AgendaItem);
        QCOMPARE(items[0].id, f.agenda[2]);
        QCOMPARE(items[0].str(col::Start), S("09:00"));
        QCOMPARE(items[0].str(col::End), S("09:15"));
        QCOMPARE(items[2].str(col::Start), S("09:45"));
        QCOMPARE(items[2].str(col::End), S("10:45"));
        QVERIFY(!edit::reorderAgenda(*m_doc, 1, 1));
        QVERIFY(!edit::reorderAgenda(*m_doc, 0, 9));
    }

    void guidanceTypingMerges()
    {
        const qint64 item = f.agenda[1];
        const QStringList before = dump(s);
        for (const char* text : {"S", "Sa", "Say hello"})
            QVERIFY(edit::editAgendaGuidance(*m_doc, item, S(text)));
        QVERIFY(!edit::editAgendaGuidance(*m_doc, item, S("Say hello"))); // unchanged: no step
        QCOMPARE(u->count(), 1);
        QCOMPARE(u->undoText(), S("Edit guidance"));
        QVERIFY(edit::editAgendaGuidance(*m_doc, f.agenda[2], S("Other item")));
        QCOMPARE(u->count(), 2);
        QVERIFY(edit::editAgendaGuidance(*m_doc, item, QString())); // cleared: "", never NULL
        QVERIFY(!s->row(Kind::AgendaItem, item).values.value(col::Guidance).isNull());
        u->undo();
        QCOMPARE(s->row(Kind::AgendaItem, item).str(col::Guidance), S("Say hello"));
        u->undo();
        u->undo();
        QCOMPARE(dump(s), before);
    }

    void eventDetails()
    {
        edit::EventDetails d = edit::eventDetails(*m_doc);
        d.title = S("  Working well together ");
        d.date = S("2023-07-21");
        d.purpose = {S("Hear what works"), S(""), S("  Agree next steps  ")};
        d.language = S("pl");
        oneStep([&] { return edit::editEvent(*m_doc, d); }, S("Edit event details"));
        const Row e = s->rows(Kind::Event).first();
        QCOMPARE(e.str(col::Title), S("Working well together"));
        QCOMPARE(e.str(col::Purpose), S("[\"Hear what works\",\"Agree next steps\"]"));
        QCOMPARE(e.str(col::Language), S("pl"));
        const edit::EventDetails read = edit::eventDetails(*m_doc);
        QCOMPARE(read.purpose, (QStringList {S("Hear what works"), S("Agree next steps")}));
        QCOMPARE(read.date, S("2023-07-21"));
        QVERIFY(!edit::editEvent(*m_doc, d)); // nothing changed since
        QVERIFY(!edit::editEvent(*m_doc, read));
        // An empty purpose stays as it was ("" or "[]" alike).
        edit::EventDetails none = read;
        none.purpose = {S("  ")};
        QVERIFY(edit::editEvent(*m_doc, none));
        QCOMPARE(s->rows(Kind::Event).first().str(col::Purpose), S("[]"));
        QVERIFY(!edit::editEvent(*m_doc, none));
    }

    void eventTypingMerges()
    {
        const QStringList before = dump(s);
        for (const char* text : {"V", "Ve", "Venue"})
            QVERIFY(edit::editEventText(*m_doc, edit::EventText::Venue, S(text)));
        QCOMPARE(u->count(), 1);
        QCOMPARE(u->undoText(), S("Edit event details"));
        QVERIFY(edit::editEventText(*m_doc, edit::EventText::Organiser, S("Council")));
        QCOMPARE(u->count(), 2);
        QCOMPARE(s->rows(Kind::Event).first().str(col::Venue), S("Venue"));
        u->undo();
        u->undo();
        QCOMPARE(dump(s), before);
    }

    void readOnlyRefuses()
    {
        const QString path = m_doc->path();
        m_doc->close();
        QVERIFY(!m_doc->open(path, SessionFile::Mode::ReadOnly));
        s = m_doc->store();
        u = m_doc->undoStack();
        const QStringList before = dump(s);
        QVERIFY(!edit::addNotes(*m_doc, f.table[0], f.prompt[0], {S("x")}));
        QCOMPARE(edit::addTable(*m_doc), 0);
        QCOMPARE(edit::addAgendaItem(*m_doc, -1, S("x")), 0);
        QVERIFY(!edit::reorderAgenda(*m_doc, 0, 1));
        QVERIFY(!edit::editEventText(*m_doc, edit::EventText::Title, S("x")));
        QCOMPARE(u->count(), 0);
        QCOMPARE(dump(s), before);
    }
};

QTEST_GUILESS_MAIN(TestNoteEdits)
#include "test_noteedits.moc"
