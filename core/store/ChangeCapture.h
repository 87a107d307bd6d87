// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_session;

namespace rt {

/** The tables whose rows travel between laptops: every kind's table and the identity tables.
 *  Everything else (meta, conflicts, the room's own bookkeeping) stays in its file. */
bool isSharedTable(const QString& table);

/** The raw handle under a QSQLITE connection (the same library this program links). */
sqlite3* sqliteHandle(const QSqlDatabase& db);

/**
 * Records the changes one transaction makes to the shared tables, with SQLite's session
 * extension: a changeset keyed by the rows' primary keys, which are the identities copies of a
 * session share. Made when a transaction begins and dropped when it ends, so it never grows
 * beyond one edit. Used by Store only.
 */
class ChangeCapture
{
public:
    explicit ChangeCapture(const QSqlDatabase& db);
    ~ChangeCapture();
    ChangeCapture(const ChangeCapture&) = delete;
    ChangeCapture& operator=(const ChangeCapture&) = delete;

    /** False when the session could not be made (see error()); nothing is then recorded. */
    bool isValid() const { return m_session != nullptr; }
    QString error() const { return m_error; }
    /** The net changes so far (empty when nothing shared changed); null on failure. */
    QByteArray changes();

    /** True when this program's SQLite was built with sessions (Debian's is). */
    static bool available();

private:
    sqlite3_session* m_session = nullptr;
    QString m_error;
};

} // namespace rt
