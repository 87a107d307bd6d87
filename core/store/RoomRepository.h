// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace rt {

class Store;

/**
 * The live room's bookkeeping in a session file: on a laptop, its edits the host has not yet
 * acknowledged (the outbox) and how far it has caught up; on the host, every change the room
 * applied (the log) and the laptops in it. None of it travels: it is not a shared table.
 */
class RoomRepository
{
public:
    /** One captured change set: an outbox entry (seq) or a log entry (gseq). */
    struct Entry
    {
        qint64 seq = 0;
        QString device; ///< log only: the laptop whose edit it was
        QString at;
        QByteArray changes;
    };
    /** A laptop the host has heard from. */
    struct Peer
    {
        QString device;
        QString name;
        QString captures; ///< e.g. "table:123" or "place:456"
        qint64 seq = 0; ///< its last outbox entry applied here
        qint64 gseq = 0; ///< how far it has caught up
        int backlog = 0; ///< outbox entries it still held when it last called
        QString lastContact;
    };

    explicit RoomRepository(const Store& store)
        : m_store(store)
    { }

    /** The room keys in meta: room_role ("host", "member" or ""), room_url, room_gseq, … */
    QString value(const QString& key) const;
    bool setValue(const QString& key, const QString& value);

    bool queue(const QByteArray& changes, const QString& at);
    /** Outbox entries after @p seq, oldest first, at most @p maxCount and about @p maxBytes. */
    QList<Entry> outbox(qint64 after, int maxCount, qint64 maxBytes) const;
    int outboxCount() const;
    /** The host has applied everything up to @p seq: forget it here. */
    bool acknowledge(qint64 seq);
    bool clearOutbox();
    /** Forgets the host's records (log, laptops, key): for a copy of the host's file. */
    bool clearHostRecords();

    bool log(const QString& device, const QByteArray& changes, const QString& at);
    QList<Entry> logAfter(qint64 gseq, int maxCount, qint64 maxBytes) const;
    qint64 lastGseq() const;

    QList<Peer> peers() const;
    Peer peer(const QString& device) const;
    bool putPeer(const Peer& peer);

private:
    QList<Entry> entries(const QString& sql, qint64 after, int maxCount, qint64 maxBytes,
                         bool withDevice) const;
    const Store& m_store;
};

} // namespace rt
