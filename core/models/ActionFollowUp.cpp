// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ActionFollowUp.h"

#include "commands/RowCommands.h"
#include "session/Document.h"
#include "store/Columns.h"
#include "store/Store.h"

#include <QCoreApplication>

namespace rt::followup {

namespace {
// Until the schema's own names land (issue 20's core half), spelt here once.
const QString StatusColumn = QStringLiteral("status");
const QString DueColumn = QStringLiteral("due");
const QString ReviewedColumn = QStringLiteral("reviewed");
} // namespace

QStringList statusKeys()
{
    return {QStringLiteral("not_started"), QStringLiteral("on_track"), QStringLiteral("at_risk"),
            QStringLiteral("off_track"),   QStringLiteral("done"),     QStringLiteral("stopped")};
}

QString statusLabel(const QString& key)
{
    static const char* const labels[]
        = {QT_TRANSLATE_NOOP("rt::followup", "Not started"), QT_TRANSLATE_NOOP("rt::followup", "On track"),
           QT_TRANSLATE_NOOP("rt::followup", "At risk"),     QT_TRANSLATE_NOOP("rt::followup", "Off track"),
           QT_TRANSLATE_NOOP("rt::followup", "Done"),        QT_TRANSLATE_NOOP("rt::followup", "Stopped")};
    return QCoreApplication::translate("rt::followup", labels[statusIndex(key)]);
}

int statusIndex(const QString& key)
{
    const int i = int(statusKeys().indexOf(key));
    return i < 0 ? 0 : i;
}

bool isClosed(const QString& key)
{
    return key == QLatin1String("done") || key == QLatin1String("stopped");
}

QString status(const Row& action)
{
    const QString s = action.str(StatusColumn);
    return s.isEmpty() ? statusKeys().constFirst() : s;
}

QDate due(const Row& action)
{
    return QDate::fromString(action.str(DueColumn), Qt::ISODate);
}

QString reviewed(const Row& action)
{
    return action.str(ReviewedColumn);
}

QList<Update> updates(const Store& store)
{
    Q_UNUSED(store)
    return {};
}

QList<Update> updates(const Store& store, qint64 actionId)
{
    QList<Update> out;
    const QList<Update> all = updates(store);
    for (const Update& u : all) {
        if (u.actionId == actionId)
            out << u;
    }
    return out;
}

QDate eventDate(const Store& store)
{
    const QList<Row> events = store.rows(Kind::Event);
    return events.isEmpty() ? QDate() : QDate::fromString(events.first().str(col::Date), Qt::ISODate);
}

bool isOverdue(const Row& action, const QDate& today)
{
    const QDate d = due(action);
    return d.isValid() && d < today && !isClosed(status(action));
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
    if (!doc.store() || !statusKeys().contains(key))
        return false;
    return doc.push(new EditRowCommand(doc.store(), Kind::Action, actionId, {{StatusColumn, key}}));
}

bool setDue(Document& doc, qint64 actionId, const QDate& due)
{
    if (!doc.store())
        return false;
    return doc.push(new EditRowCommand(doc.store(), Kind::Action, actionId,
                                       {{DueColumn, due.isValid() ? due.toString(Qt::ISODate) : QString()}}));
}

qint64 addUpdate(Document& doc, qint64 actionId, const QString& who, const QString& text,
                 const QString& status)
{
    Q_UNUSED(doc)
    Q_UNUSED(actionId)
    Q_UNUSED(who)
    Q_UNUSED(text)
    Q_UNUSED(status)
    return 0;
}

} // namespace rt::followup
