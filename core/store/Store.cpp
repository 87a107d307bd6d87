// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Store.h"

#include "store/ChangeCapture.h"
#include "store/Database.h"
#include "store/IdentityRepository.h"
#include "store/RoomRepository.h"

#include <QDateTime>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlRecord>
#include <sqlite3.h>

namespace rt {

namespace {
const QString Id = QStringLiteral("id");
const QString Position = QStringLiteral("position");

QString quoted(const QString& identifier)
{
    return QLatin1Char('"') + identifier + QLatin1Char('"');
}

/** Converts a stored value to the column's type; NULL stays an invalid QVariant. */
QVariant typed(const QVariant& v, int metaType)
{
    if (v.isNull())
        return {};
    switch (metaType) {
    case QMetaType::Bool:
        return v.toLongLong() != 0;
    case QMetaType::LongLong:
        return v.toLongLong();
    case QMetaType::Double:
        return v.toDouble();
    default:
        return v.toString();
    }
}

/** Lists follow position; votes, which have none, the order they were cast (ids are random). */
QString listOrder(const KindInfo& info)
{
    if (info.ordered)
        return QStringLiteral("position, id");
    return info.kind == Kind::Vote ? QStringLiteral("cast_at, id") : QStringLiteral("id");
}

QVariant bindable(const QVariant& v, int metaType)
{
    // A null QString is still text the user gave (""), not SQL NULL; only an invalid QVariant is NULL.
    if (v.typeId() == QMetaType::QString)
        return metaType == QMetaType::QString
            ? QVariant(v.toString().isNull() ? QStringLiteral("") : v.toString())
            : v;
    if (!v.isValid() || v.isNull())
        return QVariant(QMetaType(metaType == QMetaType::Bool ? QMetaType::LongLong : metaType));
    if (metaType == QMetaType::Bool)
        return qlonglong(v.toBool() ? 1 : 0);
    return v;
}
} // namespace

Store::Store(const QString& connectionName, QObject* parent)
    : QObject(parent)
    , m_connection(connectionName)
{ }

Store::~Store()
{
    m_cache.clear();
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

QSqlQuery& Store::prepared(const QString& sql) const
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end()) {
        auto q = std::make_unique<QSqlQuery>(database());
        if (!q->prepare(sql))
            fail(tr("Could not prepare a statement: %1").arg(q->lastError().text()));
        it = m_cache.emplace(sql, std::move(q)).first;
    }
    return *it->second;
}

namespace {
/** Whether SQLite's error is the disk's or the file's (full, I/O, gone, read-only), not a rule. */
bool isStorageError(const QSqlError& error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == SQLITE_FULL || code == SQLITE_IOERR || code == SQLITE_CANTOPEN || code == SQLITE_READONLY
        || code == SQLITE_CORRUPT || code == SQLITE_NOTADB || code == SQLITE_PROTOCOL;
}
} // namespace

bool Store::exec(QSqlQuery& query) const
{
    if (query.exec())
        return true;
    if (isStorageError(query.lastError()))
        emit const_cast<Store*>(this)->storageFailed(query.lastError().text());
    return fail(query.lastError().text());
}

bool Store::fail(const QString& message) const
{
    m_lastError = message;
    ++m_failures;
    emit const_cast<Store*>(this)->failed(message);
    return false;
}

bool Store::begin()
{
    if (m_depth++ > 0)
        return true;
    m_rollbackOnly = false;
    if (database().transaction()) {
        if (m_capture != Capture::Off)
            m_changes = std::make_unique<ChangeCapture>(database());
        return true;
    }
    m_depth = 0;
    return fail(database().lastError().text());
}

bool Store::finish(bool commit)
{
    Q_ASSERT(m_depth > 0);
    if (!commit)
        m_rollbackOnly = true;
    if (--m_depth > 0)
        return commit;
    if (m_rollbackOnly || !keepChanges()) {
        m_changes.reset();
        database().rollback();
        m_deviceRecorded = false;
        // Writes inside were already announced (rowsChanged/rowUpdated): views must re-read.
        emit reset();
        return false;
    }
    if (database().commit()) {
        afterCommit();
        return true;
    }
    // A commit that does not reach the disk is always the disk's failure.
    const QString error = database().lastError().text();
    database().rollback();
    m_deviceRecorded = false;
    emit reset();
    emit storageFailed(error);
    return fail(error);
}

bool Store::keepChanges()
{
    if (!m_changes)
        return true;
    // A laptop must not commit an edit its room will never hear of: no changes, no commit.
    QByteArray changes = m_changes->isValid() ? m_changes->changes() : QByteArray();
    const QString error = m_changes->error();
    m_changes.reset();
    if (changes.isNull()) {
        fail(tr("The change could not be recorded for the room: %1").arg(error));
        return false;
    }
    if (changes.isEmpty())
        return true;
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    RoomRepository room(*this);
    if (m_capture == Capture::Log)
        return room.log(m_captureDevice.isEmpty() ? m_device.id : m_captureDevice, changes, at);
    return room.queue(changes, at);
}

void Store::afterCommit()
{
    // wal_autocheckpoint is off (see db::setWal): fold the -wal in here, only while the disk has room.
    constexpr int Every = 64;
    constexpr qint64 Threshold = 4 << 20;
    if (!m_filePath.isEmpty() && ++m_commitsSinceCheckpoint >= Every) {
        m_commitsSinceCheckpoint = 0;
        if (QFileInfo(m_filePath + QStringLiteral("-wal")).size() > Threshold) {
            QSqlDatabase db = database();
            db::checkpointIfRoom(db, m_filePath);
        }
    }
    emit committed();
}

bool Store::probeWrite()
{
    Transaction tx(*this);
    QSqlQuery& q = prepared(QStringLiteral("UPDATE meta SET value = value WHERE key = 'created_with'"));
    return exec(q) && tx.commit();
}

Store::Transaction::Transaction(Store& store)
    : m_store(store)
{
    m_done = !m_store.begin();
}

Store::Transaction::~Transaction()
{
    if (!m_done)
        m_store.finish(false);
}

bool Store::Transaction::commit()
{
    if (m_done)
        return false;
    m_done = true;
    return m_store.finish(true);
}

QVariantMap Store::scopeOf(Kind kind, const QVariantMap& values) const
{
    QVariantMap scope;
    for (const QString& c : kindInfo(kind).scope)
        scope.insert(c, values.value(c));
    return scope;
}

QString Store::whereClause(const QVariantMap& filter, const QString& prefix) const
{
    QStringList parts;
    for (auto it = filter.cbegin(); it != filter.cend(); ++it)
        parts << quoted(it.key()) + QStringLiteral(" IS :") + prefix + it.key();
    return parts.isEmpty() ? QStringLiteral("1") : parts.join(QStringLiteral(" AND "));
}

void Store::bindAll(QSqlQuery& q, const QVariantMap& filter, const QString& prefix) const
{
    for (auto it = filter.cbegin(); it != filter.cend(); ++it)
        q.bindValue(QLatin1Char(':') + prefix + it.key(), it.value().isValid() ? it.value() : QVariant());
}

bool Store::shift(Kind kind, const QVariantMap& scope, int from, int delta)
{
    const KindInfo& info = kindInfo(kind);
    QSqlQuery& q
        = prepared(QStringLiteral("UPDATE %1 SET position = position + :delta WHERE %2 AND position >= :from")
                       .arg(quoted(info.table), whereClause(scope, QStringLiteral("s_"))));
    q.bindValue(QStringLiteral(":delta"), delta);
    q.bindValue(QStringLiteral(":from"), from);
    bindAll(q, scope, QStringLiteral("s_"));
    return exec(q);
}

bool Store::insertRaw(Kind kind, const Row& row)
{
    const KindInfo& info = kindInfo(kind);
    QStringList names, params;
    if (row.id > 0)
        names << Id, params << QStringLiteral(":id");
    if (info.ordered)
        names << Position, params << QStringLiteral(":position");
    for (const ColumnInfo& c : info.columns) {
        if (!row.values.contains(c.name))
            continue;
        names << quoted(c.name);
        params << QLatin1Char(':') + c.name;
    }
    QSqlQuery& q
        = prepared(names.isEmpty() ? QStringLiteral("INSERT INTO %1 DEFAULT VALUES").arg(quoted(info.table))
                                   : QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                         .arg(quoted(info.table), names.join(QLatin1Char(',')),
                                              params.join(QLatin1Char(','))));
    if (row.id > 0)
        q.bindValue(QStringLiteral(":id"), row.id);
    if (info.ordered)
        q.bindValue(QStringLiteral(":position"), row.position);
    for (const ColumnInfo& c : info.columns) {
        if (row.values.contains(c.name))
            q.bindValue(QLatin1Char(':') + c.name, bindable(row.values.value(c.name), c.metaType));
    }
    return exec(q);
}

bool Store::insertAsIs(Kind kind, const QList<const Row*>& rows)
{
    const KindInfo& info = kindInfo(kind);
    QStringList names {Id}, params {QStringLiteral("?")};
    if (info.ordered)
        names << Position, params << QStringLiteral("?");
    for (const ColumnInfo& c : info.columns)
        names << quoted(c.name), params << QStringLiteral("?");
    QSqlQuery& q
        = prepared(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                       .arg(quoted(info.table), names.join(QLatin1Char(',')), params.join(QLatin1Char(','))));
    for (const Row* row : rows) {
        int i = 0;
        q.bindValue(i++, row->id);
        if (info.ordered)
            q.bindValue(i++, row->position);
        for (const ColumnInfo& c : info.columns)
            q.bindValue(i++, bindable(row->values.value(c.name), c.metaType));
        if (!exec(q))
            return false;
    }
    return true;
}

qint64 Store::newId()
{
    // Above every id a file made before ids were random (those count up from 1), and exact
    // as a JSON number.
    constexpr qint64 Low = Q_INT64_C(1) << 32, High = Q_INT64_C(1) << 53;
    return Low + QRandomGenerator::global()->bounded(High - Low);
}

QString Store::stampTime()
{
    // Strictly increasing within this store, so two edits in one millisecond keep their order.
    QDateTime now = QDateTime::currentDateTimeUtc();
    QString at = now.toString(Qt::ISODateWithMs);
    if (at <= m_lastStamp)
        at = QDateTime::fromString(m_lastStamp, Qt::ISODateWithMs).addMSecs(1).toString(Qt::ISODateWithMs);
    m_lastStamp = at;
    return at;
}

bool Store::recordDevice()
{
    if (m_deviceRecorded)
        return true;
    // Known once the enclosing transaction commits; a rollback forgets it with the rest.
    m_deviceRecorded = IdentityRepository(*this).putDevice(
        m_device.id, m_device.name, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return m_deviceRecorded;
}

bool Store::stamp(Kind kind, qint64 id, const QString& field)
{
    if (!recordDevice())
        return false;
    // The base only changes when another laptop's change is replaced: a laptop editing its own
    // change again keeps what it built on.
    QSqlQuery& q = prepared(QStringLiteral(
        "INSERT INTO stamp (kind, row_id, field, at, device, base) VALUES (:k, :id, :f, :at, :d, '') "
        "ON CONFLICT(kind, row_id, field) DO UPDATE SET "
        "base = CASE WHEN stamp.device = excluded.device THEN stamp.base "
        "ELSE stamp.at || ' ' || stamp.device END, at = excluded.at, device = excluded.device"));
    q.bindValue(QStringLiteral(":k"), kindName(kind));
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":f"), field.isNull() ? QStringLiteral("") : field);
    q.bindValue(QStringLiteral(":at"), stampTime());
    q.bindValue(QStringLiteral(":d"), m_device.id);
    return exec(q);
}

bool Store::bury(Kind kind, qint64 id)
{
    return recordDevice() && IdentityRepository(*this).putTombstone(kind, id, {stampTime(), m_device.id, {}});
}

bool Store::unbury(Kind kind, qint64 id)
{
    QSqlQuery& q = prepared(QStringLiteral("DELETE FROM tombstone WHERE kind = :k AND row_id = :id"));
    q.bindValue(QStringLiteral(":k"), kindName(kind));
    q.bindValue(QStringLiteral(":id"), id);
    return exec(q);
}

QHash<QString, Stamp> Store::stamps(Kind kind, qint64 id) const
{
    QHash<QString, Stamp> out;
    QSqlQuery& q = prepared(
        QStringLiteral("SELECT field, at, device, base FROM stamp WHERE kind = :k AND row_id = :id"));
    q.bindValue(QStringLiteral(":k"), kindName(kind));
    q.bindValue(QStringLiteral(":id"), id);
    if (exec(q)) {
        while (q.next())
            out.insert(q.value(0).toString(),
                       {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    }
    q.finish();
    return out;
}

bool Store::restoreStamp(Kind kind, qint64 id, const QString& field, const Stamp& stamp)
{
    return IdentityRepository(*this).putStamp(kind, id, field, stamp);
}

qint64 Store::insert(Kind kind, const QVariantMap& values, int position)
{
    if (m_readOnly) {
        fail(tr("The session is open read-only."));
        return 0;
    }
    const KindInfo& info = kindInfo(kind);
    Transaction tx(*this);
    Row row;
    row.id = values.value(Id).toLongLong();
    if (row.id <= 0)
        row.id = newId();
    row.values = values;
    if (info.ordered) {
        const QVariantMap scope = scopeOf(kind, values);
        const int n = count(kind, scope);
        row.position = (position < 0 || position > n) ? n : position;
        if (row.position < n && !shift(kind, scope, row.position, 1))
            return 0;
    }
    if (!insertRaw(kind, row) || !unbury(kind, row.id) || !stamp(kind, row.id, QString()))
        return 0;
    if (!tx.commit())
        return 0;
    emit rowsChanged(kind);
    return row.id;
}

bool Store::update(Kind kind, qint64 id, const QString& column, const QVariant& value)
{
    if (m_readOnly)
        return fail(tr("The session is open read-only."));
    const KindInfo& info = kindInfo(kind);
    const ColumnInfo* c = info.column(column);
    if (!c)
        return fail(tr("There is no field %1 in %2.").arg(column, kindName(kind)));
    // Only a real change is stamped: writing the value a field already holds changes nothing.
    QSqlQuery& q = prepared(QStringLiteral("UPDATE %1 SET %2 = :v WHERE id = :id AND %2 IS NOT :w")
                                .arg(quoted(info.table), quoted(column)));
    q.bindValue(QStringLiteral(":v"), bindable(value, c->metaType));
    q.bindValue(QStringLiteral(":w"), bindable(value, c->metaType));
    q.bindValue(QStringLiteral(":id"), id);
    Transaction tx(*this);
    if (!exec(q))
        return false;
    if (q.numRowsAffected() > 0 && !stamp(kind, id, column))
        return false;
    if (!tx.commit())
        return false;
    emit rowUpdated(kind, id, column);
    return true;
}

void Store::collect(Kind kind, qint64 id, Snapshot& out) const
{
    const Row r = row(kind, id);
    if (!r.isValid())
        return;
    out.rows.append({kind, r});
    for (int k = 0; k < KindCount; ++k) {
        const KindInfo& other = kindInfo(Kind(k));
        // A tree kind (drivers) is reached through its roots only, so parents come before
        // children and nobody is collected twice.
        QString selfRef;
        for (const ColumnInfo& c : other.columns) {
            if (c.ref == other.kind && c.onDelete == OnDelete::Cascade)
                selfRef = c.name;
        }
        for (const ColumnInfo& c : other.columns) {
            if (c.ref != kind)
                continue;
            QVariantMap filter {{c.name, id}};
            if (!selfRef.isEmpty() && c.name != selfRef && c.onDelete == OnDelete::Cascade)
                filter.insert(selfRef, QVariant());
            const QList<qint64> refs = ids(other.kind, filter);
            for (qint64 refId : refs) {
                if (c.onDelete == OnDelete::Cascade)
                    collect(other.kind, refId, out);
                else
                    out.cleared.append({other.kind, refId, c.name, id});
            }
        }
    }
}

Snapshot Store::remove(Kind kind, qint64 id)
{
    Snapshot snap;
    if (m_readOnly) {
        fail(tr("The session is open read-only."));
        return snap;
    }
    const KindInfo& info = kindInfo(kind);
    Transaction tx(*this);
    collect(kind, id, snap);
    if (snap.isEmpty())
        return snap;
    // Cascaded rows of the same kind (child drivers) may be collected before their own
    // children were; references cleared by rows that cascade away are not ours to restore.
    QSet<QPair<int, qint64>> gone;
    for (const auto& e : snap.rows)
        gone.insert({int(e.kind), e.row.id});
    snap.cleared.erase(std::remove_if(snap.cleared.begin(), snap.cleared.end(),
                                      [&](const Snapshot::ClearedRef& c) {
                                          return gone.contains({int(c.kind), c.id});
                                      }),
                       snap.cleared.end());
    QSqlQuery& q = prepared(QStringLiteral("DELETE FROM %1 WHERE id = :id").arg(quoted(info.table)));
    q.bindValue(QStringLiteral(":id"), id);
    if (!exec(q))
        return {};
    // Every row that went, so a merge does not bring it back from a copy that still has it.
    for (const auto& e : std::as_const(snap.rows)) {
        if (!bury(e.kind, e.row.id))
            return {};
    }
    const Row& top = snap.rows.first().row;
    if (info.ordered && !shift(kind, scopeOf(kind, top.values), top.position + 1, -1))
        return {};
    if (!tx.commit())
        return {};
    QSet<int> kinds;
    for (const auto& e : snap.rows)
        kinds.insert(int(e.kind));
    for (int k : kinds)
        emit rowsChanged(Kind(k));
    for (const auto& c : snap.cleared)
        emit rowUpdated(c.kind, c.id, c.column);
    return snap;
}

bool Store::restore(const Snapshot& snapshot)
{
    if (snapshot.isEmpty())
        return true;
    if (m_readOnly)
        return fail(tr("The session is open read-only."));
    Transaction tx(*this);
    const auto& top = snapshot.rows.first();
    const KindInfo& info = kindInfo(top.kind);
    if (info.ordered && !shift(top.kind, scopeOf(top.kind, top.row.values), top.row.position, 1))
        return false;
    // A row refers to rows of its own kind (drivers): insert parents first, which collect() gives.
    for (const auto& e : snapshot.rows) {
        Row r = e.row;
        r.values.remove(Id);
        if (!insertRaw(e.kind, r) || !unbury(e.kind, r.id))
            return false;
    }
    for (const auto& c : snapshot.cleared) {
        QSqlQuery& q = prepared(QStringLiteral("UPDATE %1 SET %2 = :v WHERE id = :id")
                                    .arg(quoted(kindInfo(c.kind).table), quoted(c.column)));
        q.bindValue(QStringLiteral(":v"), c.target);
        q.bindValue(QStringLiteral(":id"), c.id);
        if (!exec(q))
            return false;
    }
    if (!tx.commit())
        return false;
    QSet<int> kinds;
    for (const auto& e : snapshot.rows)
        kinds.insert(int(e.kind));
    for (int k : kinds)
        emit rowsChanged(Kind(k));
    for (const auto& c : snapshot.cleared)
        emit rowUpdated(c.kind, c.id, c.column);
    return true;
}

bool Store::move(Kind kind, qint64 id, const QVariantMap& scope, int position)
{
    if (m_readOnly)
        return fail(tr("The session is open read-only."));
    const KindInfo& info = kindInfo(kind);
    if (!info.ordered)
        return fail(tr("%1 rows have no order.").arg(kindName(kind)));
    Transaction tx(*this);
    const Row r = row(kind, id);
    if (!r.isValid())
        return fail(tr("There is no %1 with id %2.").arg(kindName(kind)).arg(id));
    const QVariantMap oldScope = scopeOf(kind, r.values);
    QVariantMap newScope = oldScope;
    for (auto it = scope.cbegin(); it != scope.cend(); ++it)
        newScope.insert(it.key(), it.value());
    // Take the row out of its list (position -1), close the gap, open one where it goes.
    QSqlQuery& out
        = prepared(QStringLiteral("UPDATE %1 SET position = -1 WHERE id = :id").arg(quoted(info.table)));
    out.bindValue(QStringLiteral(":id"), id);
    if (!exec(out) || !shift(kind, oldScope, r.position + 1, -1))
        return false;
    const int n = count(kind, newScope) - (newScope == oldScope ? 1 : 0);
    const int target = (position < 0 || position > n) ? n : position;
    if (!shift(kind, newScope, target, 1))
        return false;
    QStringList sets {QStringLiteral("position = :position")};
    for (auto it = newScope.cbegin(); it != newScope.cend(); ++it)
        sets << quoted(it.key()) + QStringLiteral(" = :n_") + it.key();
    QSqlQuery& put = prepared(QStringLiteral("UPDATE %1 SET %2 WHERE id = :id")
                                  .arg(quoted(info.table), sets.join(QLatin1Char(','))));
    put.bindValue(QStringLiteral(":position"), target);
    put.bindValue(QStringLiteral(":id"), id);
    bindAll(put, newScope, QStringLiteral("n_"));
    if (!exec(put) || !stamp(kind, id, Position))
        return false;
    for (auto it = newScope.cbegin(); it != newScope.cend(); ++it) {
        if (it.value() != oldScope.value(it.key()) && !stamp(kind, id, it.key()))
            return false;
    }
    if (!tx.commit())
        return false;
    emit rowsChanged(kind);
    return true;
}

Row Store::row(Kind kind, qint64 id) const
{
    const KindInfo& info = kindInfo(kind);
    QSqlQuery& q = prepared(QStringLiteral("SELECT * FROM %1 WHERE id = :id").arg(quoted(info.table)));
    q.bindValue(QStringLiteral(":id"), id);
    Row r;
    if (exec(q) && q.next()) {
        r.id = q.value(Id).toLongLong();
        r.position = info.ordered ? q.value(Position).toInt() : -1;
        for (const ColumnInfo& c : info.columns)
            r.values.insert(c.name, typed(q.value(c.name), c.metaType));
    }
    q.finish();
    return r;
}

QList<Row> Store::rows(Kind kind, const QVariantMap& filter) const
{
    const KindInfo& info = kindInfo(kind);
    QSqlQuery& q
        = prepared(QStringLiteral("SELECT * FROM %1 WHERE %2 ORDER BY %3")
                       .arg(quoted(info.table), whereClause(filter, QStringLiteral("f_")), listOrder(info)));
    bindAll(q, filter, QStringLiteral("f_"));
    QList<Row> out;
    if (!exec(q))
        return out;
    const QSqlRecord rec = q.record();
    const int idIndex = rec.indexOf(Id);
    const int posIndex = rec.indexOf(Position);
    QList<int> indexes;
    for (const ColumnInfo& c : info.columns)
        indexes << rec.indexOf(c.name);
    while (q.next()) {
        Row r;
        r.id = q.value(idIndex).toLongLong();
        r.position = posIndex >= 0 ? q.value(posIndex).toInt() : -1;
        for (int i = 0; i < info.columns.size(); ++i)
            r.values.insert(info.columns[i].name, typed(q.value(indexes[i]), info.columns[i].metaType));
        out.append(r);
    }
    q.finish();
    return out;
}

QList<qint64> Store::ids(Kind kind, const QVariantMap& filter) const
{
    const KindInfo& info = kindInfo(kind);
    QSqlQuery& q
        = prepared(QStringLiteral("SELECT id FROM %1 WHERE %2 ORDER BY %3")
                       .arg(quoted(info.table), whereClause(filter, QStringLiteral("f_")), listOrder(info)));
    bindAll(q, filter, QStringLiteral("f_"));
    QList<qint64> out;
    if (exec(q)) {
        while (q.next())
            out.append(q.value(0).toLongLong());
    }
    q.finish();
    return out;
}

int Store::count(Kind kind, const QVariantMap& filter) const
{
    QSqlQuery& q
        = prepared(QStringLiteral("SELECT count(*) FROM %1 WHERE %2")
                       .arg(quoted(kindInfo(kind).table), whereClause(filter, QStringLiteral("f_"))));
    bindAll(q, filter, QStringLiteral("f_"));
    int n = 0;
    if (exec(q) && q.next())
        n = q.value(0).toInt();
    q.finish();
    return n;
}

qint64 Store::dataVersion() const
{
    QSqlQuery& q = prepared(QStringLiteral("PRAGMA data_version"));
    qint64 version = -1;
    if (exec(q) && q.next())
        version = q.value(0).toLongLong();
    q.finish();
    return version;
}

} // namespace rt
