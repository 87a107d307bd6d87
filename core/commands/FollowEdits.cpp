// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/FollowEdits.h"

#include "commands/Edit.h"
#include "commands/RowCommands.h"
#include "domain/ActionStatus.h"
#include "domain/DueDate.h"
#include "session/Document.h"
#include "store/Columns.h"
#include "store/Store.h"

#include <QCoreApplication>

namespace rt::edit {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("rt::edit", text, nullptr, n);
}

QString stampOf(const QDateTime& at)
{
    return at.toString(Qt::ISODate);
}

QVariant dueValue(const std::optional<QDate>& due)
{
    return due && due->isValid() ? QVariant(due->toString(Qt::ISODate)) : QVariant();
}

/** The action's updates in log order. */
QList<Row> updatesOf(const Store* store, qint64 actionId)
{
    return store->rows(Kind::ActionUpdate, {{col::ActionId, actionId}});
}

} // namespace

bool setActionStatus(Document& doc, qint64 actionId, const QString& status)
{
    Store* store = doc.store();
    if (!store || !actionStatusFromKey(status, nullptr))
        return false;
    const Row action = store->row(Kind::Action, actionId);
    if (!action.isValid() || action.str(col::Status) == status)
        return false;
    return push(
        doc,
        new EditRowCommand(store, Kind::Action, actionId, {{col::Status, status}}, tr("Set action status")));
}

bool setActionDue(Document& doc, qint64 actionId, const std::optional<QDate>& due)
{
    Store* store = doc.store();
    if (!store)
        return false;
    const Row action = store->row(Kind::Action, actionId);
    const QVariant value = dueValue(due);
    if (!action.isValid() || action.values.value(col::Due) == value)
        return false;
    return push(doc,
                new EditRowCommand(store, Kind::Action, actionId, {{col::Due, value}}, tr("Set due date")));
}

bool setActionByWhen(Document& doc, qint64 actionId, const QString& words)
{
    Store* store = doc.store();
    if (!store)
        return false;
    const Row action = store->row(Kind::Action, actionId);
    if (!action.isValid() || action.str(col::ByWhen) == words)
        return false;
    const QDate eventDate = QDate::fromString(store->row(Kind::Event, 1).str(col::Date), Qt::ISODate);
    return push(
        doc,
        new EditRowCommand(store, Kind::Action, actionId,
                           {{col::ByWhen, words}, {col::Due, dueValue(DueDate::parse(words, eventDate))}},
                           tr("Edit by when")));
}

bool markActionsReviewed(Document& doc, const QList<qint64>& actions, const QDateTime& at)
{
    Store* store = doc.store();
    if (!store)
        return false;
    const QString when = stampOf(at);
    return push(doc,
                oneStep(store, actions.size(), tr("Mark action reviewed"),
                        QCoreApplication::translate("rt::edit", "Mark %n action(s) reviewed", nullptr,
                                                    int(actions.size())),
                        [&](qsizetype i, const QString& text, QUndoCommand* parent) {
                            return new EditRowCommand(store, Kind::Action, actions[i],
                                                      {{col::Reviewed, when}}, text, parent);
                        }));
}

qint64 addActionUpdate(Document& doc, qint64 actionId, const QString& text, const QString& status,
                       const QString& who, const QDateTime& at)
{
    Store* store = doc.store();
    if (!store || text.trimmed().isEmpty() || !actionStatusFromKey(status, nullptr)
        || !store->row(Kind::Action, actionId).isValid())
        return 0;
    const QString when = stampOf(at);
    QUndoCommand* step = newMacro(store, tr("Add progress update"));
    auto* insert = new InsertRowCommand(store, Kind::ActionUpdate,
                                        {{col::ActionId, actionId},
                                         {col::At, when},
                                         {col::Who, who},
                                         {col::Text, text},
                                         {col::Status, status}},
                                        -1, {}, step);
    new EditRowCommand(store, Kind::Action, actionId, {{col::Status, status}, {col::Reviewed, when}}, {},
                       step);
    return pushInsert(doc, step, insert);
}

bool editActionUpdate(Document& doc, qint64 updateId, const QString& text, const QString& status)
{
    Store* store = doc.store();
    if (!store || !actionStatusFromKey(status, nullptr))
        return false;
    const Row update = store->row(Kind::ActionUpdate, updateId);
    if (!update.isValid() || (update.str(col::Text) == text && update.str(col::Status) == status))
        return false;
    const qint64 actionId = update.ref(col::ActionId);
    const QList<Row> log = updatesOf(store, actionId);
    const bool latest = !log.isEmpty() && log.last().id == updateId;
    QUndoCommand* step = newMacro(store, tr("Edit progress update"));
    new EditRowCommand(store, Kind::ActionUpdate, updateId, {{col::Text, text}, {col::Status, status}}, {},
                       step);
    if (latest && store->row(Kind::Action, actionId).str(col::Status) != status)
        new EditRowCommand(store, Kind::Action, actionId, {{col::Status, status}}, {}, step);
    return push(doc, step);
}

bool removeActionUpdate(Document& doc, qint64 updateId)
{
    Store* store = doc.store();
    if (!store)
        return false;
    const Row update = store->row(Kind::ActionUpdate, updateId);
    if (!update.isValid())
        return false;
    const qint64 actionId = update.ref(col::ActionId);
    const QList<Row> log = updatesOf(store, actionId);
    QUndoCommand* step = newMacro(store, tr("Delete progress update"));
    new RemoveRowCommand(store, Kind::ActionUpdate, updateId, {}, step);
    if (log.size() >= 2 && log.last().id == updateId) {
        const QString previous = log.at(log.size() - 2).str(col::Status);
        if (store->row(Kind::Action, actionId).str(col::Status) != previous)
            new EditRowCommand(store, Kind::Action, actionId, {{col::Status, previous}}, {}, step);
    }
    return push(doc, step);
}

} // namespace rt::edit
