// SPDX-License-Identifier: GPL-3.0-or-later
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include "store/ChangeApply.h"

#include "domain/Stamp.h"
#include "store/ChangeCapture.h"
#include "store/Columns.h"
#include "store/IdentityRepository.h"
#include "store/Schema.h"
#include "store/Store.h"

#include <QHash>
#include <QList>
#include <QVariant>
#include <functional>
#include <memory>
#include <sqlite3.h>
#include <vector>

namespace rt {

namespace {

using ValuePtr = std::unique_ptr<sqlite3_value, decltype(&sqlite3_value_free)>;

ValuePtr copyOf(sqlite3_value* v)
{
    return ValuePtr(sqlite3_value_dup(v), &sqlite3_value_free);
}

QString textOf(sqlite3_value* v)
{
    if (!v || sqlite3_value_type(v) == SQLITE_NULL)
        return {};
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_value_text(v));
    return QString::fromUtf8(bytes, sqlite3_value_bytes(v));
}

QVariant variantOf(sqlite3_value* v)
{
    switch (v ? sqlite3_value_type(v) : SQLITE_NULL) {
    case SQLITE_INTEGER:
        return qint64(sqlite3_value_int64(v));
    case SQLITE_FLOAT:
        return sqlite3_value_double(v);
    case SQLITE_TEXT:
        return textOf(v);
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char*>(sqlite3_value_blob(v)), sqlite3_value_bytes(v));
    default:
        return {};
    }
}

bool same(sqlite3_value* a, sqlite3_value* b)
{
    if (!a || !b)
        return a == b;
    const int type = sqlite3_value_type(a);
    if (type != sqlite3_value_type(b))
        return false;
    switch (type) {
    case SQLITE_NULL:
        return true;
    case SQLITE_INTEGER:
        return sqlite3_value_int64(a) == sqlite3_value_int64(b);
    case SQLITE_FLOAT:
        return sqlite3_value_double(a) == sqlite3_value_double(b);
    default: {
        const int n = sqlite3_value_bytes(a);
        if (n != sqlite3_value_bytes(b))
            return false;
        const void* pa
            = type == SQLITE_TEXT ? static_cast<const void*>(sqlite3_value_text(a)) : sqlite3_value_blob(a);
        const void* pb
            = type == SQLITE_TEXT ? static_cast<const void*>(sqlite3_value_text(b)) : sqlite3_value_blob(b);
        return n == 0 || memcmp(pa, pb, size_t(n)) == 0;
    }
    }
}

/** Bookkeeping fields: the latest wins, and two laptops writing them differently is no conflict. */
bool quiet(const QString& field)
{
    return field == col::Edited || field == col::Created || field == col::CastAt || field == col::MergedAt
        || field == col::Source || field == col::Position;
}

QString stampKey(const QString& kind, qint64 row, const QString& field)
{
    return kind + QChar(0x1f) + QString::number(row) + QChar(0x1f) + field;
}

struct PendingUpdate
{
    QString table;
    qint64 id = 0;
    std::vector<std::pair<QString, ValuePtr>> columns;
};

/** What the conflict handler decides with: the stamps on both sides, taken before anything applies. */
struct Context
{
    bool recordConflicts = false;
    QString file;
    QHash<QString, Stamp> incoming;
    QHash<QString, Stamp> local;
    QHash<QString, QStringList> columns;
    std::vector<PendingUpdate> updates;
    QList<IdentityRepository::Conflict> conflicts;
    QSet<Kind> kinds;
    int refused = 0;
    /** Rows arriving that this file deleted, not restored by the same changes: they stay deleted. */
    QList<QPair<QString, qint64>> buried;
};

Kind kindOfTable(const QString& table)
{
    for (int k = 0; k < KindCount; ++k)
        if (kindInfo(Kind(k)).table == table)
            return Kind(k);
    return Kind::None;
}

QStringList columnNames(sqlite3* db, const QString& table)
{
    QStringList out;
    sqlite3_stmt* st = nullptr;
    // The name is one of isSharedTable()'s constants, never input.
    const QByteArray sql = QStringLiteral("PRAGMA table_info(\"%1\")").arg(table).toUtf8();
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) == SQLITE_OK)
        while (sqlite3_step(st) == SQLITE_ROW)
            out.append(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 1))));
    sqlite3_finalize(st);
    return out;
}

int primaryKeyColumn(sqlite3_changeset_iter* it)
{
    unsigned char* pk = nullptr;
    int n = 0;
    sqlite3changeset_pk(it, &pk, &n);
    for (int i = 0; i < n; ++i)
        if (pk[i])
            return i;
    return 0;
}

/** The stamp an incoming change to the stamp table carries: its key and (at, device). */
bool stampOf(sqlite3_changeset_iter* it, int op, QString* key, Stamp* stamp)
{
    auto value = [&](int i) {
        sqlite3_value* v = nullptr;
        if (op == SQLITE_INSERT || i >= 3)
            sqlite3changeset_new(it, i, &v);
        if (!v && op != SQLITE_INSERT)
            sqlite3changeset_old(it, i, &v);
        return v;
    };
    if (op == SQLITE_DELETE)
        return false;
    sqlite3_value* row = value(1);
    if (!row)
        return false;
    *key = stampKey(textOf(value(0)), sqlite3_value_int64(row), textOf(value(2)));
    stamp->at = textOf(value(3));
    stamp->device = textOf(value(4));
    return true;
}

int filterTable(void* p, const char* name)
{
    const QString table = QString::fromUtf8(name);
    if (!isSharedTable(table))
        return 0;
    if (Kind k = kindOfTable(table); k != Kind::None)
        static_cast<Context*>(p)->kinds.insert(k);
    return 1;
}

int onConflict(void* p, int type, sqlite3_changeset_iter* it)
{
    Context& c = *static_cast<Context*>(p);
    const char* name = nullptr;
    int count = 0, op = 0, indirect = 0;
    sqlite3changeset_op(it, &name, &count, &op, &indirect);
    const QString table = QString::fromUtf8(name);
    if (type == SQLITE_CHANGESET_NOTFOUND)
        return SQLITE_CHANGESET_OMIT; // deleted here (or already gone with its parent): it stays so
    if (type != SQLITE_CHANGESET_DATA && type != SQLITE_CHANGESET_CONFLICT) {
        ++c.refused;
        return SQLITE_CHANGESET_OMIT;
    }
    if (table == QLatin1String("tombstone"))
        return SQLITE_CHANGESET_OMIT;
    if (table == QLatin1String("device")) // names and last contact: the latest word
        return op == SQLITE_DELETE ? SQLITE_CHANGESET_OMIT : SQLITE_CHANGESET_REPLACE;
    if (table == QLatin1String("stamp")) {
        QString key;
        Stamp theirs;
        if (!stampOf(it, op, &key, &theirs))
            return SQLITE_CHANGESET_REPLACE;
        sqlite3_value *at = nullptr, *device = nullptr;
        sqlite3changeset_conflict(it, 3, &at);
        sqlite3changeset_conflict(it, 4, &device);
        const Stamp ours {textOf(at), textOf(device), {}};
        return ours < theirs ? SQLITE_CHANGESET_REPLACE : SQLITE_CHANGESET_OMIT;
    }
    if (op == SQLITE_DELETE)
        return SQLITE_CHANGESET_REPLACE; // deleted there after a change here: a deletion wins, as in a merge

    // An update whose row changed here too, or an insert of a row this file has: field by field.
    const Kind kind = kindOfTable(table);
    const QString kindName = rt::kindName(kind);
    const QStringList& names = c.columns[table];
    const int pkColumn = primaryKeyColumn(it);
    sqlite3_value* pk = nullptr;
    (op == SQLITE_INSERT ? sqlite3changeset_new : sqlite3changeset_old)(it, pkColumn, &pk);
    PendingUpdate update {table, pk ? sqlite3_value_int64(pk) : 0, {}};
    for (int i = 0; i < count && i < names.size(); ++i) {
        if (i == pkColumn)
            continue;
        sqlite3_value *theirs = nullptr, *ours = nullptr, *before = nullptr;
        sqlite3changeset_new(it, i, &theirs);
        if (!theirs)
            continue;
        sqlite3changeset_conflict(it, i, &ours);
        if (same(ours, theirs))
            continue;
        if (op == SQLITE_UPDATE)
            sqlite3changeset_old(it, i, &before);
        const QString& field = names.at(i);
        bool take = true;
        if (!before || !same(ours, before)) {
            // Both sides changed it: the later stamp wins; a change beats no stamp at all.
            const QString key = stampKey(kindName, update.id, field);
            const Stamp there = c.incoming.value(key), here = c.local.value(key);
            take = !there.isNull() ? (here.isNull() || here < there) : (here.isNull() || quiet(field));
            if (c.recordConflicts && !there.isNull() && !here.isNull() && there.device != here.device
                && !quiet(field)) {
                IdentityRepository::Conflict lost;
                lost.kind = kind;
                lost.rowId = update.id;
                lost.field = field;
                lost.other = variantOf(take ? ours : theirs);
                lost.otherDevice = take ? here.device : there.device;
                lost.otherAt = take ? here.at : there.at;
                lost.file = c.file;
                c.conflicts.append(lost);
            }
        }
        if (take)
            update.columns.emplace_back(field, copyOf(theirs));
    }
    if (!update.columns.empty())
        c.updates.push_back(std::move(update));
    return SQLITE_CHANGESET_OMIT;
}

/** The stamps the changes carry, and this file's stamps of the same rows, before anything applies. */
bool readStamps(Store& store, sqlite3* db, const QByteArray& changes, Context& c, QString* error)
{
    sqlite3_changeset_iter* it = nullptr;
    if (int rc = sqlite3changeset_start(&it, int(changes.size()), const_cast<char*>(changes.constData()));
        rc != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errstr(rc));
        return false;
    }
    QSet<QPair<QString, qint64>> rows, inserted, unburied;
    while (sqlite3changeset_next(it) == SQLITE_ROW) {
        const char* name = nullptr;
        int count = 0, op = 0, indirect = 0;
        sqlite3changeset_op(it, &name, &count, &op, &indirect);
        const QString table = QString::fromUtf8(name);
        if (!isSharedTable(table))
            continue;
        if (!c.columns.contains(table))
            c.columns.insert(table, columnNames(db, table));
        if (table == QLatin1String("stamp")) {
            QString key;
            Stamp s;
            if (stampOf(it, op, &key, &s))
                c.incoming.insert(key, s);
        } else if (table == QLatin1String("tombstone") && op == SQLITE_DELETE) {
            sqlite3_value *kind = nullptr, *row = nullptr;
            sqlite3changeset_old(it, 0, &kind);
            sqlite3changeset_old(it, 1, &row);
            if (kind && row)
                unburied.insert({textOf(kind), sqlite3_value_int64(row)});
        } else if (Kind k = kindOfTable(table); k != Kind::None && op != SQLITE_DELETE) {
            sqlite3_value* pk = nullptr;
            (op == SQLITE_INSERT ? sqlite3changeset_new : sqlite3changeset_old)(it, primaryKeyColumn(it),
                                                                                &pk);
            if (pk) {
                rows.insert({kindName(k), sqlite3_value_int64(pk)});
                if (op == SQLITE_INSERT)
                    inserted.insert({kindName(k), sqlite3_value_int64(pk)});
            }
        }
    }
    const int rc = sqlite3changeset_finalize(it);
    if (rc != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errstr(rc));
        return false;
    }
    QSqlQuery& q = store.prepared(
        QStringLiteral("SELECT field, at, device FROM stamp WHERE kind = :k AND row_id = :id"));
    for (const auto& row : rows) {
        q.bindValue(QStringLiteral(":k"), row.first);
        q.bindValue(QStringLiteral(":id"), row.second);
        if (!store.exec(q)) {
            *error = store.lastError();
            return false;
        }
        while (q.next())
            c.local.insert(stampKey(row.first, row.second, q.value(0).toString()),
                           Stamp {q.value(1).toString(), q.value(2).toString(), {}});
        q.finish();
    }
    QSqlQuery& t = store.prepared(QStringLiteral("SELECT 1 FROM tombstone WHERE kind = :k AND row_id = :id"));
    for (const auto& row : std::as_const(inserted)) {
        if (unburied.contains(row))
            continue;
        t.bindValue(QStringLiteral(":k"), row.first);
        t.bindValue(QStringLiteral(":id"), row.second);
        if (!store.exec(t)) {
            *error = store.lastError();
            return false;
        }
        if (t.next())
            c.buried.append({kindInfo(kindFromName(row.first)).table, row.second});
        t.finish();
    }
    return true;
}

bool run(sqlite3* db, const QByteArray& sql, const std::function<void(sqlite3_stmt*)>& bind, QString* error)
{
    sqlite3_stmt* st = nullptr;
    int rc = sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr);
    if (rc == SQLITE_OK) {
        bind(st);
        rc = sqlite3_step(st);
    }
    sqlite3_finalize(st);
    if (rc == SQLITE_DONE || rc == SQLITE_OK)
        return true;
    *error = QString::fromUtf8(sqlite3_errmsg(db));
    return false;
}

/** Rows whose parent is not here (deleted here, or never arrived): cleared or left out, as the
 *  schema's ON DELETE says, until none is left. */
bool dropOrphans(sqlite3* db, Context& c, QString* error)
{
    for (int round = 0; round < 16; ++round) {
        struct Orphan
        {
            QString table;
            qint64 rowid;
            int fk;
        };
        QList<Orphan> orphans;
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA foreign_key_check", -1, &st, nullptr) != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(db));
            return false;
        }
        while (sqlite3_step(st) == SQLITE_ROW)
            orphans.append({QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))),
                            sqlite3_column_int64(st, 1), sqlite3_column_int(st, 3)});
        sqlite3_finalize(st);
        if (orphans.isEmpty())
            return true;
        for (const Orphan& o : orphans) {
            if (!isSharedTable(o.table))
                continue;
            // What the foreign key says happens when its target goes.
            QString from, onDelete;
            const QByteArray list = QStringLiteral("PRAGMA foreign_key_list(\"%1\")").arg(o.table).toUtf8();
            if (sqlite3_prepare_v2(db, list.constData(), -1, &st, nullptr) == SQLITE_OK)
                while (sqlite3_step(st) == SQLITE_ROW)
                    if (sqlite3_column_int(st, 0) == o.fk) {
                        from = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 3)));
                        onDelete
                            = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 6)));
                    }
            sqlite3_finalize(st);
            const bool clear = onDelete.compare(QLatin1String("SET NULL"), Qt::CaseInsensitive) == 0;
            const QByteArray sql = clear
                ? QStringLiteral("UPDATE \"%1\" SET \"%2\" = NULL WHERE rowid = ?")
                      .arg(o.table, from)
                      .toUtf8()
                : QStringLiteral("DELETE FROM \"%1\" WHERE rowid = ?").arg(o.table).toUtf8();
            if (!run(
                    db, sql, [&](sqlite3_stmt* s) { sqlite3_bind_int64(s, 1, o.rowid); }, error))
                return false;
            if (!clear)
                ++c.refused;
            if (Kind k = kindOfTable(o.table); k != Kind::None)
                c.kinds.insert(k);
        }
    }
    return true;
}

} // namespace

ChangeApply::ChangeApply(Store& store, bool recordConflicts, const QString& fromFile)
    : m_store(store)
    , m_recordConflicts(recordConflicts)
    , m_file(fromFile)
{ }

ChangeApply::Outcome ChangeApply::apply(const QByteArray& changes)
{
    Outcome out;
    sqlite3* db = sqliteHandle(m_store.database());
    if (!db) {
        out.error = QStringLiteral("no SQLite handle");
        return out;
    }
    if (changes.isEmpty()) {
        out.ok = true;
        return out;
    }
    Context c;
    c.recordConflicts = m_recordConflicts;
    c.file = m_file;
    if (!readStamps(m_store, db, changes, c, &out.error))
        return out;
    const int rc = sqlite3changeset_apply(db, int(changes.size()), const_cast<char*>(changes.constData()),
                                          &filterTable, &onConflict, &c);
    if (rc != SQLITE_OK) {
        out.error = QString::fromUtf8(sqlite3_errmsg(db));
        return out;
    }
    for (const PendingUpdate& u : c.updates) {
        QStringList sets;
        for (const auto& column : u.columns)
            sets.append(QStringLiteral("\"%1\" = ?").arg(column.first));
        const QByteArray sql
            = QStringLiteral("UPDATE \"%1\" SET %2 WHERE id = ?").arg(u.table, sets.join(u',')).toUtf8();
        const bool ok = run(
            db, sql,
            [&](sqlite3_stmt* s) {
                int i = 1;
                for (const auto& column : u.columns)
                    sqlite3_bind_value(s, i++, column.second.get());
                sqlite3_bind_int64(s, i, u.id);
            },
            &out.error);
        if (!ok)
            return out;
    }
    for (const auto& row : std::as_const(c.buried)) {
        const QByteArray sql = QStringLiteral("DELETE FROM \"%1\" WHERE id = ?").arg(row.first).toUtf8();
        if (!run(
                db, sql, [&](sqlite3_stmt* s) { sqlite3_bind_int64(s, 1, row.second); }, &out.error))
            return out;
        ++c.refused;
    }
    if (!dropOrphans(db, c, &out.error))
        return out;
    IdentityRepository identity(m_store);
    for (const auto& conflict : std::as_const(c.conflicts))
        if (!identity.addConflict(conflict)) {
            out.error = m_store.lastError();
            return out;
        }
    out.ok = true;
    out.kinds = c.kinds;
    out.conflicts = int(c.conflicts.size());
    out.refused = c.refused;
    return out;
}

ForeignKeysOff::ForeignKeysOff(Store& store)
    : m_store(store)
{
    Q_ASSERT(!store.inTransaction());
    QSqlQuery& q = m_store.prepared(QStringLiteral("PRAGMA foreign_keys = OFF"));
    m_off = m_store.exec(q);
}

ForeignKeysOff::~ForeignKeysOff()
{
    QSqlQuery& q = m_store.prepared(QStringLiteral("PRAGMA foreign_keys = ON"));
    m_store.exec(q);
}

} // namespace rt
