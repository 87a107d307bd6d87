// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/NoteEdits.h"

#include "commands/Edit.h"
#include "commands/NoteCommands.h"
#include "commands/RowCommands.h"
#include "models/TableListModel.h"
#include "session/Document.h"
#include "store/Columns.h"
#include "store/Store.h"

#include <QCoreApplication>

#include <algorithm>

namespace rt::edit {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("rt::edit", text, disambiguation, n);
}

} // namespace

QString cleanNote(const QString& text)
{
    return NoteCommands::clean(text);
}

QStringList splitNotes(const QString& pasted)
{
    return NoteCommands::splitLines(pasted);
}

bool addNotes(Document& doc, qint64 table, qint64 prompt, const QStringList& texts, int position)
{
    return push(doc, NoteCommands::addNotes(doc.store(), table, prompt, texts, position));
}

bool editNoteText(Document& doc, qint64 note, const QString& text)
{
    const QString cleaned = cleanNote(text);
    if (cleaned.isEmpty())
        return false;
    return push(doc, NoteCommands::editText(doc.store(), note, cleaned));
}

bool setKeyPoint(Document& doc, const QList<qint64>& notes, bool keyPoint)
{
    Store* store = doc.store();
    if (notes.size() == 1)
        return push(doc, NoteCommands::setKeyPoint(store, notes.first(), keyPoint));
    return push(doc,
                oneStep(store, notes.size(), QString(),
                        keyPoint ? tr("Mark key points") : tr("Unmark key points"),
                        [&](qsizetype i, const QString& text, QUndoCommand* parent) {
                            return new EditRowCommand(store, Kind::Note, notes[i],
                                                      {{col::KeyPoint, keyPoint}}, text, parent);
                        }));
}

bool moveNote(Document& doc, qint64 note, qint64 table, qint64 prompt, int position)
{
    return push(doc, NoteCommands::move(doc.store(), note, table, prompt, position));
}

bool moveNotesTo(Document& doc, const QList<qint64>& notes, qint64 table, qint64 prompt)
{
    Store* store = doc.store();
    const int n = int(notes.size());
    return push(doc,
                oneStep(store, n, tr("Move note"), tr("Move %n note(s)", nullptr, n),
                        [&](qsizetype i, const QString& text, QUndoCommand* parent) {
                            return new MoveRowCommand(store, Kind::Note, notes[i],
                                                      {{col::TableId, table}, {col::PromptId, prompt}}, -1,
                                                      text, parent);
                        }));
}

bool moveNotesToTable(Document& doc, const QList<qint64>& notes, qint64 table)
{
    Store* store = doc.store();
    const int n = int(notes.size());
    const QString target = TableListModel::label(store->row(Kind::Table, table));
    return push(doc,
                oneStep(store, n, tr("Move note to %1").arg(target),
                        tr("Move %n note(s) to %1", nullptr, n).arg(target),
                        [&](qsizetype i, const QString& text, QUndoCommand* parent) {
                            return new MoveRowCommand(store, Kind::Note, notes[i], {{col::TableId, table}},
                                                      -1, text, parent);
                        }));
}

bool moveNotesBy(Document& doc, const QList<qint64>& notes, int delta)
{
    Store* store = doc.store();
    if (notes.isEmpty() || delta == 0)
        return false;
    QList<Row> rows;
    for (qint64 id : notes) {
        const Row r = store->row(Kind::Note, id);
        if (!r.isValid())
            return false;
        rows << r;
    }
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.position < b.position; });
    const int count = store->count(
        Kind::Note,
        {{col::TableId, rows.first().ref(col::TableId)}, {col::PromptId, rows.first().ref(col::PromptId)}});
    if (rows.first().position + delta < 0 || rows.last().position + delta >= count)
        return false; // already at the edge: nothing to do (and nothing to undo)
    // Moving up, the top one goes first; moving down, the bottom one, so none overtakes another.
    if (delta > 0)
        std::reverse(rows.begin(), rows.end());
    const int n = int(rows.size());
    return push(doc,
                oneStep(store, n, tr("Move note"), tr("Move %n note(s)", nullptr, n),
                        [&](qsizetype i, const QString& text, QUndoCommand* parent) {
                            return new MoveRowCommand(store, Kind::Note, rows[i].id, {},
                                                      rows[i].position + delta, text, parent);
                        }));
}

bool removeNotes(Document& doc, const QList<qint64>& notes)
{
    Store* store = doc.store();
    const int n = int(notes.size());
    return push(doc,
                oneStep(store, n, tr("Delete note"), tr("Delete %n note(s)", nullptr, n),
                        [&](qsizetype i, const QString& text, QUndoCommand* parent) {
                            return new RemoveRowCommand(store, Kind::Note, notes[i], text, parent);
                        }));
}

qint64 addPrompt(Document& doc, const QString& question)
{
    Store* store = doc.store();
    auto* insert = new InsertRowCommand(
        store, Kind::Prompt, {{col::Key, NoteCommands::freePromptKey(store)}, {col::Question, question}}, -1,
        tr("Add prompt"));
    return pushInsert(doc, insert, insert);
}

bool editPrompt(Document& doc, qint64 prompt, const QString& question)
{
    const QString text = question.trimmed();
    const Row before = doc.store()->row(Kind::Prompt, prompt);
    if (text.isEmpty() || !before.isValid() || before.str(col::Question) == text)
        return false;
    return push(
        doc,
        new EditRowCommand(doc.store(), Kind::Prompt, prompt, {{col::Question, text}}, tr("Edit prompt")));
}

bool removePrompt(Document& doc, qint64 prompt)
{
    const Row p = doc.store()->row(Kind::Prompt, prompt);
    if (!p.isValid())
        return false;
    return push(doc,
                new RemoveRowCommand(doc.store(), Kind::Prompt, prompt,
                                     tr("Remove prompt “%1”").arg(p.str(col::Question))));
}

qint64 addTable(Document& doc)
{
    Store* store = doc.store();
    qint64 number = 0;
    const QList<Row> tables = store->rows(Kind::Table);
    for (const Row& t : tables)
        number = qMax(number, t.ref(col::Number));
    auto* insert = new InsertRowCommand(
        store, Kind::Table,
        {{col::Number, number + 1}, {col::Topic, QStringLiteral("")}, {col::Facilitator, QStringLiteral("")}},
        -1, tr("Add table"));
    return pushInsert(doc, insert, insert);
}

bool editTable(Document& doc, qint64 table, const TableDetails& details)
{
    const Row before = doc.store()->row(Kind::Table, table);
    if (!before.isValid())
        return false;
    QVariantMap changes;
    if (before.ref(col::Number) != details.number)
        changes.insert(col::Number, details.number);
    if (before.str(col::Topic) != details.topic)
        changes.insert(col::Topic, details.topic);
    if (before.str(col::Facilitator) != details.facilitator)
        changes.insert(col::Facilitator, details.facilitator);
    if (changes.isEmpty())
        return false;
    return push(doc, new EditRowCommand(doc.store(), Kind::Table, table, changes, tr("Edit table")));
}

bool editTableText(Document& doc, qint64 table, TableText field, const QString& text)
{
    const QString& column = field == TableText::Topic ? col::Topic : col::Facilitator;
    const Row before = doc.store()->row(Kind::Table, table);
    if (!before.isValid() || before.str(column) == text)
        return false;
    auto* edit = new EditRowCommand(doc.store(), Kind::Table, table, {{column, text}}, tr("Edit table"));
    edit->setMergeable(TableField);
    return push(doc, edit);
}

bool removeTable(Document& doc, qint64 table)
{
    const Row t = doc.store()->row(Kind::Table, table);
    if (!t.isValid())
        return false;
    return push(
        doc,
        new RemoveRowCommand(doc.store(), Kind::Table, table, tr("Delete %1").arg(TableListModel::label(t))));
}

bool moveTable(Document& doc, qint64 table, int position)
{
    return push(doc, new MoveRowCommand(doc.store(), Kind::Table, table, {}, position, tr("Move table")));
}

} // namespace rt::edit
