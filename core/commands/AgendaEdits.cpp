// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/AgendaEdits.h"

#include "commands/AgendaCommands.h"
#include "commands/Edit.h"
#include "commands/RowCommands.h"
#include "domain/AgendaTimes.h"
#include "session/Document.h"
#include "store/Columns.h"
#include "store/Store.h"

#include <QCoreApplication>

namespace rt::edit {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("rt::edit", text);
}

} // namespace

qint64 addAgendaItem(Document& doc, int position, const QString& title)
{
    Store* store = doc.store();
    const QList<Row> items = store->rows(Kind::AgendaItem);
    const int at = position < 0 || position > items.size() ? int(items.size()) : position;
    int start = at > 0 ? agendatimes::parse(items[at - 1].str(col::End)) : -1;
    if (start < 0)
        start = 9 * 60;
    auto* insert = new InsertRowCommand(store, Kind::AgendaItem,
                                        {{col::Start, agendatimes::format(start)},
                                         {col::End, agendatimes::format(start + 30)},
                                         {col::Title, title},
                                         {col::Kind, QStringLiteral("plenary")},
                                         {col::Guidance, QStringLiteral("")}},
                                        at, tr("Add agenda item"));
    return pushInsert(doc, insert, insert);
}

bool editAgendaItem(Document& doc, qint64 item, AgendaText field, const QString& value)
{
    const QString* column = &col::Title;
    QString v = value;
    switch (field) {
    case AgendaText::Title:
        break;
    case AgendaText::Start:
    case AgendaText::End:
        column = field == AgendaText::Start ? &col::Start : &col::End;
        v = agendatimes::normalise(value.trimmed());
        break;
    case AgendaText::Kind:
        column = &col::Kind;
        break;
    }
    const Row before = doc.store()->row(Kind::AgendaItem, item);
    if (!before.isValid() || before.str(*column) == v)
        return false;
    return push(
        doc, new EditRowCommand(doc.store(), Kind::AgendaItem, item, {{*column, v}}, tr("Edit agenda item")));
}

bool attachPoll(Document& doc, qint64 item, qint64 poll)
{
    const Row before = doc.store()->row(Kind::AgendaItem, item);
    if (!before.isValid() || before.ref(col::PollId) == poll)
        return false;
    return push(doc,
                new EditRowCommand(doc.store(), Kind::AgendaItem, item,
                                   {{col::PollId, poll > 0 ? QVariant(poll) : QVariant()}},
                                   tr("Attach poll")));
}

namespace {
/** One of an item's text fields as typed: consecutive typing merges into one step (@p merge). */
bool editItemText(Document& doc, qint64 item, const QString& column, const QString& text,
                  const QString& label, MergeId merge)
{
    const Row before = doc.store()->row(Kind::AgendaItem, item);
    if (!before.isValid() || before.str(column) == text)
        return false;
    auto* edit = new EditRowCommand(doc.store(), Kind::AgendaItem, item, {{column, text}}, label);
    edit->setMergeable(merge);
    return push(doc, edit);
}
} // namespace

bool editAgendaGuidance(Document& doc, qint64 item, const QString& text)
{
    return editItemText(doc, item, col::Guidance, text, tr("Edit guidance"), AgendaGuidance);
}

bool editAgendaRoomText(Document& doc, qint64 item, const QString& text)
{
    return editItemText(doc, item, col::RoomText, text, tr("Edit what the room sees"), AgendaRoomText);
}

bool reorderAgenda(Document& doc, int from, int to)
{
    return push(doc, makeAgendaMoveCommand(doc.store(), from, to));
}

bool removeAgendaItem(Document& doc, qint64 item)
{
    const Row r = doc.store()->row(Kind::AgendaItem, item);
    if (!r.isValid())
        return false;
    return push(
        doc,
        new RemoveRowCommand(doc.store(), Kind::AgendaItem, item, tr("Delete “%1”").arg(r.str(col::Title))));
}

} // namespace rt::edit
