// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/RoomRepository.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace rt {

class Store;

/**
 * The laptops in the room the open session hosts, one row each: its name, what it captures
 * (e.g. "Table 3 · Carers"), when the host last heard from it, and how many of its edits had not
 * arrived then. refresh() re-reads; the host calls it when a laptop calls and once a second, so
 * "12 s ago" stays true.
 */
class RoomPeerModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LaptopColumn, CapturesColumn, ContactColumn, WaitingColumn, ColumnCount };

    explicit RoomPeerModel(Store* store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void refresh();
    /** "Table 3 · Carers" for "table:ID", "Luton" for "place:ID", as the session names them. */
    QString capturesLabel(const QString& captures) const;
    /** "now", "12 s ago", "4 min ago" */
    static QString ago(const QString& isoTime, const QDateTime& now);

private:
    Store* m_store;
    QList<RoomRepository::Peer> m_peers;
    QDateTime m_now;
};

} // namespace rt
