// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace rt::db {

/** Opens @p path through a file: URI so SQLite never creates a missing file. */
bool open(const QString& connection, const QString& path, bool readOnly, QString* error);
/** Opens @p path read-only as immutable: SQLite neither locks it nor creates anything beside it,
 *  so a file that is then refused is untouched. */
bool openImmutable(const QString& connection, const QString& path, QString* error);
/** Opens a new, empty database file (the caller has made sure nothing is there). */
bool create(const QString& connection, const QString& path, QString* error);
void close(const QString& connection);

/** Untrusted-input settings from SQLite's security advice, and foreign keys on. */
bool harden(QSqlDatabase& db, QString* error);
/** "ok", or SQLite's first complaint. */
QString quickCheck(QSqlDatabase& db);
int userVersion(QSqlDatabase& db);
qint32 applicationId(QSqlDatabase& db);
bool stamp(QSqlDatabase& db, qint32 applicationId, int userVersion, QString* error);
/** Runs a migration script (statements separated by ";" at line ends) inside the caller's transaction. */
bool runScript(QSqlDatabase& db, const QString& script, QString* error);
/** Schema 7's upgrade: each action's due date worked out from its "By when?" words (DueDate),
 *  where they name one; inside the caller's transaction. */
bool fillDueDates(QSqlDatabase& db, QString* error);
bool setWal(QSqlDatabase& db, QString* error);
/** Folds the WAL back and returns to a single-file rollback journal. Nothing is tried when the
 *  disk cannot hold the WAL's pages: a checkpoint cut short by a full disk leaves a main file
 *  whose header promises pages it lacks, which reads as damaged once copied without its -wal.
 *  @return false (with @p error) when the file was left in WAL mode */
bool checkpointToSingleFile(QSqlDatabase& db, const QString& path, QString* error = nullptr);
/** Closing must not try the checkpoint that checkpointToSingleFile() declined: SQLite's own
 *  checkpoint on closing the last connection would be cut short the same way. */
void keepWalOnClose(QSqlDatabase& db);
/** The same check for a passive checkpoint while editing (wal_autocheckpoint is off). */
bool checkpointIfRoom(QSqlDatabase& db, const QString& path);
bool vacuumInto(QSqlDatabase& db, const QString& target, QString* error);
bool setMeta(QSqlDatabase& db, const QString& key, const QString& value, QString* error);

} // namespace rt::db
