// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/RoomPeerModel.h"

#include "store/Columns.h"
#include "store/Store.h"

namespace rt {

RoomPeerModel::RoomPeerModel(Store* store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    refresh();
}

int RoomPeerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_peers.size());
}

int RoomPeerModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void RoomPeerModel::refresh()
{
    beginResetModel();
    m_peers = m_store ? RoomRepository(*m_store).peers() : QList<RoomRepository::Peer>();
    m_now = QDateTime::currentDateTimeUtc();
    endResetModel();
}

QString RoomPeerModel::ago(const QString& isoTime, const QDateTime& now)
{
    const QDateTime at = QDateTime::fromString(isoTime, Qt::ISODateWithMs);
    if (!at.isValid())
        return tr("never");
    const qint64 s = qMax<qint64>(0, at.secsTo(now));
    if (s < 2)
        return tr("now");
    if (s < 120)
        return tr("%1 s ago").arg(s);
    if (s < 7200)
        return tr("%1 min ago").arg(s / 60);
    return tr("%1 h ago").arg(s / 3600);
}

QString RoomPeerModel::capturesLabel(const QString& captures) const
{
    const qsizetype colon = captures.indexOf(QLatin1Char(':'));
    if (!m_store || colon < 0)
        return captures;
    const QString what = captures.left(colon);
    const qint64 id = captures.mid(colon + 1).toLongLong();
    if (what == QLatin1String("table")) {
        const Row r = m_store->row(Kind::Table, id);
        return r.id ? tr("Table %1 · %2").arg(r.values.value(col::Number).toString(), r.str(col::Topic))
                    : captures;
    }
    if (what == QLatin1String("place")) {
        const Row r = m_store->row(Kind::Place, id);
        return r.id ? r.str(col::Name) : captures;
    }
    return captures;
}

QVariant RoomPeerModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_peers.size())
        return {};
    const RoomRepository::Peer& p = m_peers.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case LaptopColumn:
            return p.name.isEmpty() ? p.device : p.name;
        case CapturesColumn:
            return p.captures.isEmpty() ? tr("(not chosen)") : capturesLabel(p.captures);
        case ContactColumn:
            return ago(p.lastContact, m_now);
        case WaitingColumn:
            return p.backlog;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == ContactColumn)
        return QDateTime::fromString(p.lastContact, Qt::ISODateWithMs).toLocalTime().toString(Qt::TextDate);
    if (role == Qt::TextAlignmentRole && index.column() == WaitingColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RoomPeerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LaptopColumn:
        return tr("Laptop");
    case CapturesColumn:
        return tr("Captures");
    case ContactColumn:
        return tr("Last contact");
    case WaitingColumn:
        return tr("Edits waiting");
    default:
        return {};
    }
}

} // namespace rt
