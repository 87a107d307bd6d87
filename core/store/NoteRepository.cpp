// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/NoteRepository.h"

#include "store/Store.h"

namespace rt {

QHash<qint64, NoteRepository::TableStats> NoteRepository::stats() const
{
    QHash<qint64, TableStats> out;
    QSqlQuery& counts = m_store.prepared(
        QStringLiteral("SELECT table_id, prompt_id, count(*) FROM note GROUP BY table_id, prompt_id"));
    if (m_store.exec(counts)) {
        while (counts.next())
            out[counts.value(0).toLongLong()].perPrompt.insert(counts.value(1).toLongLong(),
                                                               counts.value(2).toInt());
    }
    counts.finish();
    QSqlQuery& keys = m_store.prepared(
        QStringLiteral("SELECT note.table_id, note.text FROM note JOIN prompt ON prompt.id = note.prompt_id "
                       "WHERE note.key_point <> 0 ORDER BY note.table_id, prompt.position, note.position"));
    if (m_store.exec(keys)) {
        while (keys.next())
            out[keys.value(0).toLongLong()].keyPoints << keys.value(1).toString();
    }
    keys.finish();
    return out;
}

QHash<qint64, int> NoteRepository::matchCounts(const QString& needle) const
{
    QHash<qint64, int> out;
    if (needle.isEmpty())
        return out;
    // Matched here, not with LIKE: SQLite folds case for ASCII only.
    QSqlQuery& q = m_store.prepared(QStringLiteral("SELECT table_id, text FROM note"));
    if (m_store.exec(q)) {
        while (q.next()) {
            if (q.value(1).toString().contains(needle, Qt::CaseInsensitive))
                ++out[q.value(0).toLongLong()];
        }
    }
    q.finish();
    return out;
}

} // namespace rt
