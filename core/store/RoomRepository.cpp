// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/RoomRepository.h"

#include "store/Store.h"

namespace rt {

QString RoomRepository::value(const QString& key) const
{
    QSqlQuery& q = m_store.prepared(QStringLiteral("SELECT value FROM meta WHERE key = :k"));
    q.bindValue(QStringLiteral(":k"), key);
    QString out;
    if (m_store.exec(q) && q.next())
        out = q.value(0).toString();
    q.finish();
    return out;
}

bool RoomRepository::setValue(const QString& key, const QString& value)
{
    QSqlQuery& q = m_store.prepared(QStringLiteral("INSERT INTO meta (key, value) VALUES (:k, :v) ON "
                                                   "CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.bindValue(QStringLiteral(":k"), key);
    q.bindValue(QStringLiteral(":v"), value.isNull() ? QStringLiteral("") : value);
    return m_store.exec(q);
}

bool RoomRepository::queue(const QByteArray& changes, const QString& at)
{
    QSqlQuery& q = m_store.prepared(QStringLiteral("INSERT INTO room_outbox (at, changes) VALUES (:at, :c)"));
    q.bindValue(QStringLiteral(":at"), at);
    q.bindValue(QStringLiteral(":c"), changes);
    return m_store.exec(q);
}

QList<RoomRepository::Entry> RoomRepository::entries(const QString& sql, qint64 after, int maxCount,
                                                     qint64 maxBytes, bool withDevice) const
{
    QSqlQuery& q = m_store.prepared(sql);
    q.bindValue(QStringLiteral(":after"), after);
    q.bindValue(QStringLiteral(":n"), maxCount);
    QList<Entry> out;
    qint64 bytes = 0;
    if (m_store.exec(q)) {
        while (q.next()) {
            Entry e;
            e.seq = q.value(0).toLongLong();
            e.at = q.value(1).toString();
            e.changes = q.value(2).toByteArray();
            if (withDevice)
                e.device = q.value(3).toString();
            // Always at least one, however big: a large edit must still get through.
            if (!out.isEmpty() && bytes + e.changes.size() > maxBytes)
                break;
            bytes += e.changes.size();
            out.append(e);
        }
    }
    q.finish();
    return out;
}

QList<RoomRepository::Entry> RoomRepository::outbox(qint64 after, int maxCount, qint64 maxBytes) const
{
    return entries(
        QStringLiteral("SELECT seq, at, changes FROM room_outbox WHERE seq > :after ORDER BY seq LIMIT :n"),
        after, maxCount, maxBytes, false);
}

int RoomRepository::outboxCount() const
{
    QSqlQuery& q = m_store.prepared(QStringLiteral("SELECT count(*) FROM room_outbox"));
    int n = 0;
    if (m_store.exec(q) && q.next())
        n = q.value(0).toInt();
    q.finish();
    return n;
}

bool RoomRepository::acknowledge(qint64 seq)
{
    QSqlQuery& q = m_store.prepared(QStringLiteral("DELETE FROM room_outbox WHERE seq <= :s"));
    q.bindValue(QStringLiteral(":s"), seq);
    return m_store.exec(q);
}

bool RoomRepository::clearOutbox()
{
    QSqlQuery& q = m_store.prepared(QStringLiteral("DELETE FROM room_outbox"));
    return m_store.exec(q);
}

bool RoomRepository::clearHostRecords()
{
    QSqlQuery& log = m_store.prepared(QStringLiteral("DELETE FROM room_log"));
    QSqlQuery& peers = m_store.prepared(QStringLiteral("DELETE FROM room_peer"));
    QSqlQuery& keys
        = m_store.prepared(QStringLiteral("DELETE FROM meta WHERE key IN ('room_secret', 'room_port')"));
    return m_store.exec(log) && m_store.exec(peers) && m_store.exec(keys);
}

bool RoomRepository::log(const QString& device, const QByteArray& changes, const QString& at)
{
    QSqlQuery& q
        = m_store.prepared(QStringLiteral("INSERT INTO room_log (device, at, changes) VALUES (:d, :at, :c)"));
    q.bindValue(QStringLiteral(":d"), device);
    q.bindValue(QStringLiteral(":at"), at);
    q.bindValue(QStringLiteral(":c"), changes);
    return m_store.exec(q);
}

QList<RoomRepository::Entry> RoomRepository::logAfter(qint64 gseq, int maxCount, qint64 maxBytes) const
{
    return entries(
        QStringLiteral(
            "SELECT gseq, at, changes, device FROM room_log WHERE gseq > :after ORDER BY gseq LIMIT :n"),
        gseq, maxCount, maxBytes, true);
}

qint64 RoomRepository::lastGseq() const
{
    QSqlQuery& q = m_store.prepared(QStringLiteral("SELECT coalesce(max(gseq), 0) FROM room_log"));
    qint64 n = 0;
    if (m_store.exec(q) && q.next())
        n = q.value(0).toLongLong();
    q.finish();
    return n;
}

namespace {
const QString PeerColumns = QStringLiteral("device, name, captures, seq, gseq, backlog, last_contact");

RoomRepository::Peer peerFrom(const QSqlQuery& q)
{
    RoomRepository::Peer p;
    p.device = q.value(0).toString();
    p.name = q.value(1).toString();
    p.captures = q.value(2).toString();
    p.seq = q.value(3).toLongLong();
    p.gseq = q.value(4).toLongLong();
    p.backlog = q.value(5).toInt();
    p.lastContact = q.value(6).toString();
    return p;
}
} // namespace

QList<RoomRepository::Peer> RoomRepository::peers() const
{
    QSqlQuery& q
        = m_store.prepared(QStringLiteral("SELECT %1 FROM room_peer ORDER BY name, device").arg(PeerColumns));
    QList<Peer> out;
    if (m_store.exec(q))
        while (q.next())
            out.append(peerFrom(q));
    q.finish();
    return out;
}

RoomRepository::Peer RoomRepository::peer(const QString& device) const
{
    QSqlQuery& q
        = m_store.prepared(QStringLiteral("SELECT %1 FROM room_peer WHERE device = :d").arg(PeerColumns));
    q.bindValue(QStringLiteral(":d"), device);
    Peer p;
    if (m_store.exec(q) && q.next())
        p = peerFrom(q);
    else
        p.device = device;
    q.finish();
    return p;
}

bool RoomRepository::putPeer(const Peer& p)
{
    QSqlQuery& q = m_store.prepared(QStringLiteral(
        "INSERT INTO room_peer (device, name, captures, seq, gseq, backlog, last_contact) "
        "VALUES (:d, :n, :c, :s, :g, :b, :t) ON CONFLICT(device) DO UPDATE SET name = excluded.name, "
        "captures = excluded.captures, seq = excluded.seq, gseq = excluded.gseq, backlog = excluded.backlog, "
        "last_contact = excluded.last_contact"));
    auto text = [](const QString& s) { return s.isNull() ? QStringLiteral("") : s; };
    q.bindValue(QStringLiteral(":d"), p.device);
    q.bindValue(QStringLiteral(":n"), text(p.name));
    q.bindValue(QStringLiteral(":c"), text(p.captures));
    q.bindValue(QStringLiteral(":s"), p.seq);
    q.bindValue(QStringLiteral(":g"), p.gseq);
    q.bindValue(QStringLiteral(":b"), p.backlog);
    q.bindValue(QStringLiteral(":t"), text(p.lastContact));
    return m_store.exec(q);
}

} // namespace rt
