// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/NavigationModel.h"

namespace rt {

NavigationModel::NavigationModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void NavigationModel::setEntries(const QList<Entry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int NavigationModel::rowOf(const QString& key) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).key == key)
            return i;
    }
    return -1;
}

int NavigationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant NavigationModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return entry.title;
    case Qt::DecorationRole:
        return entry.icon;
    case Qt::ToolTipRole:
        return entry.shortcut.isEmpty() ? entry.title : tr("%1 (%2)").arg(entry.title, entry.shortcut);
    case KeyRole:
        return entry.key;
    default:
        return {};
    }
}

Qt::ItemFlags NavigationModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace rt
