// SPDX-License-Identifier: GPL-3.0-or-later
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include "store/ChangeCapture.h"

#include "store/Schema.h"

#include <QSet>
#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace rt {

bool isSharedTable(const QString& table)
{
    static const QSet<QString> tables = [] {
        QSet<QString> out {QStringLiteral("stamp"), QStringLiteral("tombstone"), QStringLiteral("device")};
        for (int k = 0; k < KindCount; ++k)
            out.insert(kindInfo(Kind(k)).table);
        return out;
    }();
    return tables.contains(table);
}

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

namespace {
int sharedOnly(void*, const char* table)
{
    return isSharedTable(QString::fromUtf8(table)) ? 1 : 0;
}
} // namespace

ChangeCapture::ChangeCapture(const QSqlDatabase& db)
{
    sqlite3* handle = sqliteHandle(db);
    if (!handle) {
        m_error = QStringLiteral("no SQLite handle");
        return;
    }
    if (int rc = sqlite3session_create(handle, "main", &m_session); rc != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errstr(rc));
        m_session = nullptr;
        return;
    }
    sqlite3session_table_filter(m_session, &sharedOnly, nullptr);
    if (int rc = sqlite3session_attach(m_session, nullptr); rc != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3session_delete(m_session);
        m_session = nullptr;
    }
}

ChangeCapture::~ChangeCapture()
{
    if (m_session)
        sqlite3session_delete(m_session);
}

QByteArray ChangeCapture::changes()
{
    if (!m_session)
        return {};
    if (sqlite3session_isempty(m_session))
        return QByteArray(""); // empty, not null
    int size = 0;
    void* data = nullptr;
    if (int rc = sqlite3session_changeset(m_session, &size, &data); rc != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errstr(rc));
        return {};
    }
    QByteArray out(static_cast<const char*>(data), size);
    sqlite3_free(data);
    if (out.isNull())
        out = QByteArray("");
    return out;
}

bool ChangeCapture::available()
{
    return sqlite3_compileoption_used("ENABLE_SESSION")
        && sqlite3_compileoption_used("ENABLE_PREUPDATE_HOOK");
}

} // namespace rt
