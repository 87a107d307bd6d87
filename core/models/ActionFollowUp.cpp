// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ActionFollowUp.h"

#include "commands/FollowEdits.h"
#include "domain/ActionStatus.h"
#include "session/Document.h"
#include "store/Columns.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace rt::followup {

QStringList statusKeys()
{
    return actionStatusKeys();
}

QString statusLabel(const QString& key)
{
    return actionStatusLabel(statusKeys().value(statusIndex(key)));
}

int statusIndex(const QString& key)
{
    const int i = int(statusKeys().indexOf(key));
    return i < 0 ? 0 : i;
}

bool isClosed(const QString& key)
{
    return !actionStatusIsOpen(key);
}

QString status(const Row& action)
{
    const QString s = action.str(col::Status);
    return s.isEmpty() ? statusKeys().constFirst() : s;
}

QDate due(const Row& action)
{
    return QDate::fromString(action.str(col::Due), Qt::ISODate);
}

QString reviewed(const Row& action)
{
    return action.str(col::Reviewed);
}

QList<Update> updates(const Store& store)
{
    QList<Update> out;
    const QList<Row> rows = store.rows(Kind::ActionUpdate);
    out.reserve(rows.size());
    for (const Row& r : rows)
        out.append({r.id, r.ref(col::ActionId), r.str(col::At), r.str(col::Who), r.str(col::Text),
                    r.str(col::Status)});
    return out;
}

QList<Update> updates(const Store& store, qint64 actionId)
{
    QList<Update> out;
    const QList<Row> rows = store.rows(Kind::ActionUpdate, {{col::ActionId, actionId}});
    for (const Row& r : rows)
        out.append({r.id, r.ref(col::ActionId), r.str(col::At), r.str(col::Who), r.str(col::Text),
                    r.str(col::Status)});
    return out;
}

QDate eventDate(const Store& store)
{
    const QList<Row> events = store.rows(Kind::Event);
    return events.isEmpty() ? QDate() : QDate::fromString(events.first().str(col::Date), Qt::ISODate);
}

bool isOverdue(const Row& action, const QDate& today)
{
    return actionIsOverdue(status(action), action.str(col::Due), today);
}

bool isUnreviewed(const Row& action, const QDate& event)
{
    const QString r = reviewed(action);
    if (r.isEmpty())
        return true;
    const QDate when = QDate::fromString(r.left(10), Qt::ISODate);
    return event.isValid() && when.isValid() && when < event;
}

bool setStatus(Document& doc, qint64 actionId, const QString& key)
{
    return edit::setActionStatus(doc, actionId, key);
}

bool setStatusReviewed(Document& doc, qint64 actionId, const QString& key)
{
    if (doc.isReadOnly() || !doc.store() || !statusKeys().contains(key))
        return false;
    // One step: the board looked at it and said where it stands.
    doc.undoStack()->beginMacro(QCoreApplication::translate("rt::followup", "Review action"));
    const Row before = doc.store()->row(Kind::Action, actionId);
    const bool changed = status(before) != key && edit::setActionStatus(doc, actionId, key);
    const bool marked = edit::markActionsReviewed(doc, {actionId});
    doc.undoStack()->endMacro();
    return changed || marked;
}

bool setDue(Document& doc, qint64 actionId, const QDate& due)
{
    return edit::setActionDue(doc, actionId, due.isValid() ? std::optional<QDate>(due) : std::nullopt);
}

qint64 addUpdate(Document& doc, qint64 actionId, const QString& who, const QString& text,
                 const QString& status)
{
    return edit::addActionUpdate(doc, actionId, text, status, who);
}

} // namespace rt::followup
