// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/IdentityRepository.h"

#include "store/Schema.h"
#include "store/Store.h"

namespace rt {

namespace {
QString orEmpty(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
} // namespace

QString IdentityRepository::origin() const
{
    QSqlQuery& q = m_store.prepared(QStringLiteral("SELECT value FROM meta WHERE key = 'origin'"));
    QString out;
    if (m_store.exec(q) && q.next())
        out = q.value(0).toString();
    q.finish();
    return out;
}

bool IdentityRepository::setOrigin(const QString& origin)
{
    QSqlQuery& q = m_store.prepared(QStringLiteral("INSERT INTO meta (key, value) VALUES ('origin', :v) ON "
                                                   "CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.bindValue(QStringLiteral(":v"), origin);
    return m_store.exec(q);
}

QHash<QString, QString> IdentityRepository::deviceNames() const
{
    QHash<QString, QString> out;
    QSqlQuery& q = m_store.prepared(QStringLiteral("SELECT id, name FROM device"));
    if (m_store.exec(q)) {
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toString());
    }
    q.finish();
    return out;
}

QHash<QString, QString> IdentityRepository::deviceLastSeen() const
{
    QHash<QString, QString> out;
    QSqlQuery& q = m_store.prepared(QStringLiteral("SELECT id, last_seen FROM device"));
    if (m_store.exec(q)) {
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toString());
    }
    q.finish();
    return out;
}

bool IdentityRepository::putDevice(const QString& id, const QString& name, const QString& lastSeen)
{
    QSqlQuery& q = m_store.prepared(QStringLiteral(
        "INSERT INTO device (id, name, last_seen) VALUES (:id, :name, :at) ON CONFLICT(id) DO UPDATE SET "
        "name = CASE WHEN excluded.last_seen >= device.last_seen THEN excluded.name ELSE device.name END, "
        "last_seen = max(device.last_seen, excluded.last_seen)"));
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":name"), orEmpty(name));
    q.bindValue(QStringLiteral(":at"), orEmpty(lastSeen));
    return m_store.exec(q);
}

QHash<qint64, QHash<QString, Stamp>> IdentityRepository::stamps(Kind kind) const
{
    QHash<qint64, QHash<QString, Stamp>> out;
    QSqlQuery& q = m_store.prepared(
        QStringLiteral("SELECT row_id, field, at, device, base FROM stamp WHERE kind = :k"));
    q.bindValue(QStringLiteral(":k"), kindName(kind));
    if (m_store.exec(q)) {
        while (q.next())
            out[q.value(0).toLongLong()].insert(
                q.value(1).toString(), {q.value(2).toString(), q.value(3).toString(), q.value(4).toString()});
    }
    q.finish();
    return out;
}

QHash<qint64, Stamp> IdentityRepository::made(Kind kind) const
{
    QHash<qint64, Stamp> out;
    QSqlQuery& q = m_store.prepared(
        QStringLiteral("SELECT row_id, at, device, base FROM stamp WHERE kind = :k AND field = ''"));
    q.bindValue(QStringLiteral(":k"), kindName(kind));
    if (m_store.exec(q)) {
        while (q.next())
            out.insert(q.value(0).toLongLong(),
                       {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    }
    q.finish();
    return out;
}

bool IdentityRepository::putStamp(Kind kind, qint64 id, const QString& field, const Stamp& stamp)
{
    QSqlQuery& q = m_store.prepared(
        stamp.isNull()
            ? QStringLiteral("DELETE FROM stamp WHERE kind = :k AND row_id = :id AND field = :f")
            : QStringLiteral("INSERT OR REPLACE INTO stamp (kind, row_id, field, at, device, base) "
                             "VALUES (:k, :id, :f, :at, :d, :b)"));
    q.bindValue(QStringLiteral(":k"), kindName(kind));
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":f"), orEmpty(field));
    if (!stamp.isNull()) {
        q.bindValue(QStringLiteral(":at"), stamp.at);
        q.bindValue(QStringLiteral(":d"), stamp.device);
        q.bindValue(QStringLiteral(":b"), orEmpty(stamp.base));
    }
    return m_store.exec(q);
}

QHash<qint64, Stamp> IdentityRepository::tombstones(Kind kind) const
{
    QHash<qint64, Stamp> out;
    QSqlQuery& q
        = m_store.prepared(QStringLiteral("SELECT row_id, at, device FROM tombstone WHERE kind = :k"));
    q.bindValue(QStringLiteral(":k"), kindName(kind));
    if (m_store.exec(q)) {
        while (q.next())
            out.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toString(), {}});
    }
    q.finish();
    return out;
}

bool IdentityRepository::putTombstone(Kind kind, qint64 id, const Stamp& stamp)
{
    QSqlQuery& q = m_store.prepared(QStringLiteral(
        "INSERT OR REPLACE INTO tombstone (kind, row_id, at, device) VALUES (:k, :id, :at, :d)"));
    q.bindValue(QStringLiteral(":k"), kindName(kind));
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":at"), orEmpty(stamp.at));
    q.bindValue(QStringLiteral(":d"), orEmpty(stamp.device));
    return m_store.exec(q);
}

QList<IdentityRepository::Conflict> IdentityRepository::conflicts() const
{
    QList<Conflict> out;
    QSqlQuery& q = m_store.prepared(QStringLiteral(
        "SELECT id, kind, row_id, field, other, other_device, other_at, file FROM conflict ORDER BY id"));
    if (m_store.exec(q)) {
        while (q.next()) {
            out.append({q.value(0).toLongLong(), kindFromName(q.value(1).toString()), q.value(2).toLongLong(),
                        q.value(3).toString(), q.value(4), q.value(5).toString(), q.value(6).toString(),
                        q.value(7).toString()});
        }
    }
    q.finish();
    return out;
}

bool IdentityRepository::addConflict(const Conflict& c)
{
    // A conflict put back (undo) keeps its id; a new one gets the next.
    QSqlQuery& q = m_store.prepared(
        QStringLiteral("INSERT INTO conflict (id, kind, row_id, field, other, other_device, other_at, file) "
                       "VALUES (:cid, :k, :id, :f, :o, :d, :at, :file)"));
    q.bindValue(QStringLiteral(":cid"), c.id > 0 ? QVariant(c.id) : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindValue(QStringLiteral(":k"), kindName(c.kind));
    q.bindValue(QStringLiteral(":id"), c.rowId);
    q.bindValue(QStringLiteral(":f"), c.field);
    q.bindValue(QStringLiteral(":o"), c.other);
    q.bindValue(QStringLiteral(":d"), orEmpty(c.otherDevice));
    q.bindValue(QStringLiteral(":at"), orEmpty(c.otherAt));
    q.bindValue(QStringLiteral(":file"), orEmpty(c.file));
    return m_store.exec(q);
}

bool IdentityRepository::removeConflict(qint64 id)
{
    QSqlQuery& q = m_store.prepared(QStringLiteral("DELETE FROM conflict WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    return m_store.exec(q);
}

} // namespace rt
