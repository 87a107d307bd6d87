// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Database.h"

#include "domain/DueDate.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUrl>
#include <sqlite3.h>

namespace rt::db {

namespace {
bool run(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

QVariant scalar(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (q.exec(sql) && q.next())
        return q.value(0);
    return {};
}

bool openWith(const QString& connection, const QString& path, const QString& options, QString* error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(path);
    db.setConnectOptions(options);
    if (db.open())
        return true;
    if (error)
        *error = db.lastError().text();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(connection);
    return false;
}
} // namespace

bool open(const QString& connection, const QString& path, bool readOnly, QString* error)
{
    QUrl url = QUrl::fromLocalFile(path);
    url.setQuery(readOnly ? QStringLiteral("mode=ro") : QStringLiteral("mode=rw"));
    return openWith(connection, url.toString(QUrl::FullyEncoded), QStringLiteral("QSQLITE_OPEN_URI"), error);
}

bool openImmutable(const QString& connection, const QString& path, QString* error)
{
    QUrl url = QUrl::fromLocalFile(path);
    url.setQuery(QStringLiteral("mode=ro&immutable=1"));
    return openWith(connection, url.toString(QUrl::FullyEncoded), QStringLiteral("QSQLITE_OPEN_URI"), error);
}

bool create(const QString& connection, const QString& path, QString* error)
{
    return openWith(connection, path, QString(), error);
}

void close(const QString& connection)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

bool harden(QSqlDatabase& db, QString* error)
{
    // Set before anything else reads the schema of a file we did not write.
    return run(db, QStringLiteral("PRAGMA trusted_schema = OFF"), error)
        && run(db, QStringLiteral("PRAGMA cell_size_check = ON"), error)
        && run(db, QStringLiteral("PRAGMA mmap_size = 0"), error)
        && run(db, QStringLiteral("PRAGMA foreign_keys = ON"), error);
}

QString quickCheck(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        return q.lastError().text();
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    return problems.isEmpty() ? QStringLiteral("ok") : problems.first();
}

int userVersion(QSqlDatabase& db)
{
    return scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
}

qint32 applicationId(QSqlDatabase& db)
{
    return scalar(db, QStringLiteral("PRAGMA application_id")).toInt();
}

bool stamp(QSqlDatabase& db, qint32 applicationId, int userVersion, QString* error)
{
    // PRAGMA takes no bound parameters; both values are integers of the program.
    return run(db, QStringLiteral("PRAGMA application_id = %1").arg(applicationId), error)
        && run(db, QStringLiteral("PRAGMA user_version = %1").arg(userVersion), error);
}

bool runScript(QSqlDatabase& db, const QString& script, QString* error)
{
    static const QRegularExpression end(QStringLiteral(";\\s*(\\n|$)"));
    const QStringList statements = script.split(end, Qt::SkipEmptyParts);
    for (const QString& raw : statements) {
        QString sql;
        for (const QString& line : raw.split(QLatin1Char('\n'))) {
            const QString t = line.trimmed();
            if (!t.isEmpty() && !t.startsWith(QLatin1String("--")))
                sql += line + QLatin1Char('\n');
        }
        if (!sql.trimmed().isEmpty() && !run(db, sql, error))
            return false;
    }
    return true;
}

bool setWal(QSqlDatabase& db, QString* error)
{
    const QString mode = scalar(db, QStringLiteral("PRAGMA journal_mode = WAL")).toString();
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        if (error)
            *error = QStringLiteral("journal_mode is %1").arg(mode);
        return false;
    }
    // Checkpoints are ours (checkpointIfRoom), so none can start on a disk too full to finish it.
    return run(db, QStringLiteral("PRAGMA synchronous = NORMAL"), error)
        && run(db, QStringLiteral("PRAGMA wal_autocheckpoint = 0"), error);
}

namespace {
/** Whether the disk holding @p path has room for what a checkpoint adds to the file: the pages
 *  past its current end (pages already in the file are overwritten in place). */
bool roomForCheckpoint(QSqlDatabase& db, const QString& path)
{
    const qint64 pages = scalar(db, QStringLiteral("PRAGMA page_count")).toLongLong();
    const qint64 pageSize = scalar(db, QStringLiteral("PRAGMA page_size")).toLongLong();
    const qint64 growth = pages * pageSize - QFileInfo(path).size();
    if (growth <= 0)
        return true;
    const qint64 free = QStorageInfo(QFileInfo(path).absolutePath()).bytesAvailable();
    return free < 0 || free >= growth + 64 * 1024;
}
} // namespace

bool checkpointToSingleFile(QSqlDatabase& db, const QString& path, QString* error)
{
    if (!roomForCheckpoint(db, path)) {
        if (error)
            *error = QStringLiteral("ENOSPC");
        return false;
    }
    return run(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), error)
        && run(db, QStringLiteral("PRAGMA journal_mode = DELETE"), error);
}

void keepWalOnClose(QSqlDatabase& db)
{
    const QVariant v = db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0) {
        if (sqlite3* handle = *static_cast<sqlite3* const*>(v.constData()))
            sqlite3_db_config(handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    }
}

bool checkpointIfRoom(QSqlDatabase& db, const QString& path)
{
    return roomForCheckpoint(db, path) && run(db, QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"), nullptr);
}

bool vacuumInto(QSqlDatabase& db, const QString& target, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("VACUUM INTO :target"));
    q.bindValue(QStringLiteral(":target"), target);
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

bool setMeta(QSqlDatabase& db, const QString& key, const QString& value, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (:k, :v) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.bindValue(QStringLiteral(":k"), key);
    q.bindValue(QStringLiteral(":v"), value);
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

bool fillDueDates(QSqlDatabase& db, QString* error)
{
    QSqlQuery event(db);
    event.prepare(QStringLiteral("SELECT date FROM event WHERE id = 1"));
    const QString eventDate = event.exec() && event.next() ? event.value(0).toString() : QString();
    QSqlQuery actions(db);
    actions.prepare(QStringLiteral("SELECT id, by_when FROM action WHERE due IS NULL AND by_when <> ''"));
    if (!actions.exec()) {
        if (error)
            *error = actions.lastError().text();
        return false;
    }
    QSqlQuery set(db);
    set.prepare(QStringLiteral("UPDATE action SET due = :due WHERE id = :id"));
    while (actions.next()) {
        const QString due = DueDate::parseIso(actions.value(1).toString(), eventDate);
        if (due.isEmpty())
            continue;
        set.bindValue(QStringLiteral(":due"), due);
        set.bindValue(QStringLiteral(":id"), actions.value(0));
        if (!set.exec()) {
            if (error)
                *error = set.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace rt::db
