// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/ActionStatus.h"

#include <QCoreApplication>

namespace rt {

namespace {
struct Entry
{
    ActionStatus status;
    const char* key;
    const char* label;
};
// clang-format off
const Entry Entries[] = {
    {ActionStatus::NotStarted, "not_started", QT_TRANSLATE_NOOP("rt::ActionStatus", "Not started")},
    {ActionStatus::OnTrack,    "on_track",    QT_TRANSLATE_NOOP("rt::ActionStatus", "On track")},
    {ActionStatus::AtRisk,     "at_risk",     QT_TRANSLATE_NOOP("rt::ActionStatus", "At risk")},
    {ActionStatus::OffTrack,   "off_track",   QT_TRANSLATE_NOOP("rt::ActionStatus", "Off track")},
    {ActionStatus::Done,       "done",        QT_TRANSLATE_NOOP("rt::ActionStatus", "Done")},
    {ActionStatus::Stopped,    "stopped",     QT_TRANSLATE_NOOP("rt::ActionStatus", "Stopped")},
};
// clang-format on
} // namespace

QString actionStatusKey(ActionStatus status)
{
    for (const Entry& e : Entries) {
        if (e.status == status)
            return QString::fromLatin1(e.key);
    }
    return {};
}

bool actionStatusFromKey(const QString& key, ActionStatus* out)
{
    for (const Entry& e : Entries) {
        if (key == QLatin1String(e.key)) {
            if (out)
                *out = e.status;
            return true;
        }
    }
    return false;
}

QStringList actionStatusKeys()
{
    QStringList keys;
    for (const Entry& e : Entries)
        keys << QString::fromLatin1(e.key);
    return keys;
}

QString actionStatusLabel(const QString& key)
{
    for (const Entry& e : Entries) {
        if (key == QLatin1String(e.key))
            return QCoreApplication::translate("rt::ActionStatus", e.label);
    }
    return key;
}

bool actionStatusIsOpen(const QString& key)
{
    return key != QLatin1String("done") && key != QLatin1String("stopped");
}

bool actionIsOverdue(const QString& status, const QString& due, const QDate& today)
{
    const QDate date = QDate::fromString(due, Qt::ISODate);
    return actionStatusIsOpen(status) && date.isValid() && date < today;
}

} // namespace rt
