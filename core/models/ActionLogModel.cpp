// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ActionLogModel.h"

#include "models/StoreAttachment.h"
#include "session/Document.h"

#include <QDateTime>
#include <QLocale>
#include <algorithm>

namespace rt {

ActionLogModel::ActionLogModel(Document* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    followStore(
        this, document,
        [this](Store& store) {
            connect(&store, &Store::rowsChanged, this, &ActionLogModel::reload, Qt::UniqueConnection);
            connect(&store, &Store::rowUpdated, this, &ActionLogModel::reload, Qt::UniqueConnection);
            connect(&store, &Store::reset, this, &ActionLogModel::reload, Qt::UniqueConnection);
            reload();
        },
        [this] {
            beginResetModel();
            m_updates.clear();
            m_action = 0;
            endResetModel();
        });
}

void ActionLogModel::setAction(qint64 actionId)
{
    m_action = actionId;
    reload();
}

void ActionLogModel::reload()
{
    beginResetModel();
    m_updates.clear();
    if (m_action && m_document && m_document->store())
        m_updates = followup::updates(*m_document->store(), m_action);
    std::reverse(m_updates.begin(), m_updates.end()); // newest first
    endResetModel();
}

int ActionLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_updates.size());
}

int ActionLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)
        || (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole))
        return {};
    const followup::Update& u = m_updates[index.row()];
    switch (index.column()) {
    case When: {
        const QDateTime at = QDateTime::fromString(u.at, Qt::ISODate);
        if (at.isValid() && u.at.size() > 10)
            return QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat) + QLatin1Char(' ')
                + QLocale().toString(at.toLocalTime().time(), QStringLiteral("HH:mm"));
        const QDate on = QDate::fromString(u.at.left(10), Qt::ISODate);
        return on.isValid() ? QLocale().toString(on, QLocale::ShortFormat) : u.at;
    }
    case Who:
        return u.who;
    case Status:
        return u.status.isEmpty() ? QString() : followup::statusLabel(u.status);
    case What:
        return u.text;
    }
    return {};
}

QVariant ActionLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Status:
        return tr("Status");
    case What:
        return tr("What they said");
    }
    return {};
}

} // namespace rt
