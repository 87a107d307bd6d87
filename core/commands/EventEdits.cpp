// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/EventEdits.h"

#include "commands/Edit.h"
#include "commands/RowCommands.h"
#include "domain/JsonText.h"
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

Row eventRow(const Store* store)
{
    const QList<Row> rows = store ? store->rows(Kind::Event) : QList<Row>();
    return rows.isEmpty() ? Row() : rows.first();
}

QStringList keptLines(const QStringList& lines)
{
    QStringList kept;
    for (const QString& line : lines) {
        if (!line.trimmed().isEmpty())
            kept << line.trimmed();
    }
    return kept;
}

const QString& columnOf(EventText field)
{
    switch (field) {
    case EventText::Title:
        return col::Title;
    case EventText::Date:
        return col::Date;
    case EventText::Venue:
        return col::Venue;
    case EventText::Organiser:
        return col::Organiser;
    case EventText::Disclaimer:
        return col::Disclaimer;
    case EventText::Language:
        break;
    }
    return col::Language;
}

} // namespace

EventDetails eventDetails(const Document& doc)
{
    const Row event = eventRow(doc.store());
    return {event.str(col::Title),
            event.str(col::Date),
            event.str(col::Venue),
            event.str(col::Organiser),
            jsontext::stringList(event.str(col::Purpose)),
            event.str(col::Disclaimer),
            event.str(col::Language),
            event.str(col::NextSteps)};
}

bool editEvent(Document& doc, const EventDetails& details)
{
    const Row event = eventRow(doc.store());
    if (!event.isValid())
        return false;
    QVariantMap changed;
    const auto text = [&](const QString& column, const QString& value) {
        const QString v = value.trimmed();
        if (event.str(column) != v)
            changed.insert(column, v);
    };
    text(col::Title, details.title);
    text(col::Date, details.date);
    text(col::Venue, details.venue);
    text(col::Organiser, details.organiser);
    text(col::Disclaimer, details.disclaimer);
    text(col::Language, details.language);
    // Line breaks kept (one step a line), blank lines dropped.
    const QString steps = keptLines(details.nextSteps.split(QLatin1Char('\n'))).join(QLatin1Char('\n'));
    if (event.str(col::NextSteps) != steps)
        changed.insert(col::NextSteps, steps);
    // An empty purpose list is stored as "[]"; an untouched empty one stays as it was.
    const QStringList purpose = keptLines(details.purpose);
    if (jsontext::stringList(event.str(col::Purpose)) != purpose)
        changed.insert(col::Purpose, jsontext::fromStringList(purpose));
    if (changed.isEmpty())
        return false;
    return push(doc,
                new EditRowCommand(doc.store(), Kind::Event, event.id, changed, tr("Edit event details")));
}

bool editEventText(Document& doc, EventText field, const QString& text)
{
    const Row event = eventRow(doc.store());
    const QString& column = columnOf(field);
    if (!event.isValid() || event.str(column) == text)
        return false;
    auto* edit
        = new EditRowCommand(doc.store(), Kind::Event, event.id, {{column, text}}, tr("Edit event details"));
    edit->setMergeable(EventField);
    return push(doc, edit);
}

bool setExportSettings(Document& doc, const QString& json)
{
    const Row event = eventRow(doc.store());
    if (!event.isValid() || event.str(col::ExportSettings) == json)
        return false;
    return push(doc,
                new EditRowCommand(doc.store(), Kind::Event, event.id, {{col::ExportSettings, json}},
                                   tr("Change export settings")));
}

} // namespace rt::edit
