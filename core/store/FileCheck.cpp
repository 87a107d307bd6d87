// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/FileCheck.h"

#include "store/Database.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

namespace rt::db {

namespace {

struct SchemaObject
{
    QString type, name, table, sql;
    bool operator==(const SchemaObject& o) const
    {
        return type == o.type && name == o.name && table == o.table && sql == o.sql;
    }
};

struct Column
{
    QString name;
    QStringList storage; ///< the typeof() values a stored value may have
};

/** What this version's migrations make at one schema version. */
struct Expected
{
    QList<SchemaObject> objects;
    QHash<QString, QList<Column>> columns; ///< per table
    QStringList tables;
    QString error;
};

sqlite3* handleOf(QSqlDatabase& db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

QList<SchemaObject> schemaOf(QSqlDatabase& db, QString* error)
{
    QList<SchemaObject> out;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema "
                               "WHERE name NOT LIKE 'sqlite\\_stat%' ESCAPE '\\' ORDER BY type, name"))) {
        *error = q.lastError().text();
        return {};
    }
    while (q.next())
        out.append(
            {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return out;
}

QStringList storageFor(const QString& declared, bool notNull)
{
    const QString t = declared.toUpper();
    QStringList s;
    if (t.contains(QLatin1String("INT")))
        s << QStringLiteral("integer");
    else if (t.contains(QLatin1String("REAL")))
        s << QStringLiteral("real") << QStringLiteral("integer");
    else if (t.contains(QLatin1String("TEXT")))
        s << QStringLiteral("text");
    else
        return {}; // no declared type: anything goes
    if (!notNull)
        s << QStringLiteral("null");
    return s;
}

Expected build(const FileCheck::ScriptSource& scripts, int version)
{
    Expected e;
    const QString name = QStringLiteral("rt-expected-schema-%1").arg(version);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open()) {
            e.error = db.lastError().text();
        } else {
            for (int v = 1; v <= version && e.error.isEmpty(); ++v) {
                if (!runScript(db, scripts(v), &e.error) && e.error.isEmpty())
                    e.error = QStringLiteral("migration %1").arg(v);
            }
            if (e.error.isEmpty())
                e.objects = schemaOf(db, &e.error);
            for (const SchemaObject& o : std::as_const(e.objects)) {
                if (o.type != QLatin1String("table"))
                    continue;
                e.tables << o.name;
                QSqlQuery q(db);
                q.prepare(QStringLiteral("SELECT name, type, \"notnull\" FROM pragma_table_info(:t)"));
                q.bindValue(QStringLiteral(":t"), o.name);
                q.exec();
                while (q.next()) {
                    const QStringList storage = storageFor(q.value(1).toString(), q.value(2).toBool());
                    if (!storage.isEmpty())
                        e.columns[o.name].append({q.value(0).toString(), storage});
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return e;
}

const Expected& expected(const FileCheck::ScriptSource& scripts, int version)
{
    static QMutex mutex;
    static QHash<int, Expected> cache;
    QMutexLocker lock(&mutex);
    auto it = cache.find(version);
    if (it == cache.end())
        it = cache.insert(version, build(scripts, version));
    return *it;
}

QString quoted(const QString& identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QLatin1String("\"\""))
        + QLatin1Char('"');
}

QString describe(const SchemaObject& o)
{
    return QStringLiteral("%1 \"%2\"").arg(o.type, o.name);
}

int onProgress(void* timer)
{
    auto* t = static_cast<std::pair<QElapsedTimer, qint64>*>(timer);
    return t->first.elapsed() > t->second ? 1 : 0;
}

} // namespace

FileCheck::FileCheck(ScriptSource scripts, int deadlineMs)
    : m_scripts(std::move(scripts))
    , m_deadlineMs(deadlineMs)
{ }

QString FileCheck::run(QSqlDatabase& db, int version)
{
    sqlite3* handle = handleOf(db);
    std::pair<QElapsedTimer, qint64> clock;
    clock.first.start();
    clock.second = m_deadlineMs;
    // Checked every 1,000 virtual-machine steps: a hostile query or a huge file cannot run on.
    if (handle && m_deadlineMs > 0)
        sqlite3_progress_handler(handle, 1000, &onProgress, &clock);
    QString problem = schemaProblem(db, version);
    if (problem.isEmpty())
        problem = integrityProblem(db);
    if (problem.isEmpty())
        problem = referenceProblem(db);
    if (problem.isEmpty())
        problem = contentProblem(db, version);
    if (handle)
        sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    if (!problem.isEmpty() && m_deadlineMs > 0 && clock.first.elapsed() > m_deadlineMs)
        return tr("checking it took longer than %n second(s), so it was stopped", nullptr,
                  int((m_deadlineMs + 999) / 1000));
    return problem;
}

QString FileCheck::schemaProblem(QSqlDatabase& db, int version)
{
    const Expected& want = expected(m_scripts, version);
    if (!want.error.isEmpty())
        return tr("this version's own schema could not be built (%1)").arg(want.error);
    QString error;
    const QList<SchemaObject> have = schemaOf(db, &error);
    if (!error.isEmpty())
        return tr("its list of tables cannot be read (%1)").arg(error);
    for (const SchemaObject& o : have) {
        const auto same = std::find_if(want.objects.cbegin(), want.objects.cend(),
                                       [&](const SchemaObject& w) { return w.name == o.name; });
        if (same == want.objects.cend())
            return tr("it holds a %1 that Roundtable does not make").arg(describe(o));
        if (same->type != o.type)
            return tr("its \"%1\" is a %2 where Roundtable makes a %3").arg(o.name, o.type, same->type);
        if (!(*same == o))
            return tr("its %1 is not the one Roundtable makes").arg(describe(o));
    }
    for (const SchemaObject& w : want.objects) {
        const bool present = std::any_of(have.cbegin(), have.cend(),
                                         [&](const SchemaObject& o) { return o.name == w.name; });
        if (!present)
            return tr("its %1 is missing").arg(describe(w));
    }
    return {};
}

QString FileCheck::integrityProblem(QSqlDatabase& db)
{
    // integrity_check, not quick_check: only it finds an index that has lost a row, which hides
    // that row from every query that uses the index.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check(1)")))
        return q.lastError().text();
    if (q.next() && q.value(0).toString() != QLatin1String("ok"))
        return q.value(0).toString();
    return {};
}

QString FileCheck::referenceProblem(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return q.lastError().text();
    if (q.next()) {
        return tr("a row of \"%1\" (number %2) refers to a row of \"%3\" that does not exist")
            .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    }
    // A driver whose parents never reach the top is in a cycle; views would silently drop it.
    if (!q.exec(QStringLiteral("WITH RECURSIVE chain(id, parent, depth) AS ("
                               " SELECT id, parent_id, 0 FROM driver WHERE parent_id IS NOT NULL"
                               " UNION ALL SELECT chain.id, d.parent_id, chain.depth + 1 FROM chain"
                               " JOIN driver d ON d.id = chain.parent"
                               " WHERE d.parent_id IS NOT NULL AND chain.depth < 32)"
                               " SELECT id FROM chain WHERE depth >= 32 LIMIT 1")))
        return q.lastError().text();
    if (q.next())
        return tr("driver %1 is its own ancestor (a cycle in a driver diagram)").arg(q.value(0).toString());
    if (!q.exec(QStringLiteral("SELECT c.id FROM driver c JOIN driver p ON p.id = c.parent_id "
                               "WHERE p.aim_id <> c.aim_id LIMIT 1")))
        return q.lastError().text();
    if (q.next())
        return tr("driver %1 hangs under a driver of another aim").arg(q.value(0).toString());
    return {};
}

QString FileCheck::contentProblem(QSqlDatabase& db, int version)
{
    const Expected& want = expected(m_scripts, version);
    QSqlQuery q(db);
    for (const QString& table : want.tables) {
        const QList<Column> columns = want.columns.value(table);
        if (columns.isEmpty())
            continue;
        QStringList wrong;
        for (const Column& c : columns) {
            QStringList allowed;
            for (const QString& s : c.storage)
                allowed << QLatin1Char('\'') + s + QLatin1Char('\'');
            wrong << QStringLiteral("typeof(%1) NOT IN (%2)")
                         .arg(quoted(c.name), allowed.join(QLatin1Char(',')));
        }
        // Names come from this version's own schema, never from the file.
        if (!q.exec(QStringLiteral("SELECT 1 FROM %1 WHERE %2 LIMIT 1")
                        .arg(quoted(table), wrong.join(QLatin1String(" OR ")))))
            return q.lastError().text();
        if (q.next())
            return tr("a value in \"%1\" has the wrong type").arg(table);
    }
    if (!q.exec(QStringLiteral("SELECT count(*) FROM event")) || !q.next())
        return q.lastError().text();
    if (q.value(0).toInt() != 1)
        return tr("it has no event details");
    struct JsonColumn
    {
        const char* table;
        const char* column;
        const char* type;
    };
    static const JsonColumn json[]
        = {{"event", "purpose", "array"}, {"vote", "answer", "object"}, {"indicator", "vals", "array"}};
    for (const JsonColumn& j : json) {
        if (!want.tables.contains(QLatin1String(j.table)))
            continue;
        if (!q.exec(
                QStringLiteral("SELECT id FROM %1 WHERE json_valid(%2) = 0 OR json_type(%2) <> '%3' LIMIT 1")
                    .arg(quoted(QLatin1String(j.table)), quoted(QLatin1String(j.column)),
                         QLatin1String(j.type))))
            return q.lastError().text();
        if (q.next())
            return tr("the %1 of %2 %3 is not valid JSON")
                .arg(QLatin1String(j.column), QLatin1String(j.table), q.value(0).toString());
    }
    return {};
}

} // namespace rt::db
